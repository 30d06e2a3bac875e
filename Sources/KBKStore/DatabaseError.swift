internal import SQLiteDB

/// A failure of the database itself (of SQLite, which the store keeps to itself): what kind it is,
/// SQLite's message, the SQL that was running and the file. Every connection the store opens
/// throws its errors as this type (`Connection.open`), so no SQLite error leaves the store.
public struct DatabaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, as much as the people at the doors need to tell apart.
    public enum Kind: Equatable, Sendable {
        /// Another process held the database past the busy timeout: trying again may work.
        case busy
        /// A rule of the schema refused the change (a unique key, a reference, a check, a trigger).
        case constraint(Constraint)
        /// The file is damaged, or is not a database at all.
        case corrupt
        /// The file cannot be opened: it or its folder is missing or not accessible.
        case cannotOpen
        /// The file, or the folder its companions go in, may only be read.
        case readOnly
        /// The operating system failed to read or write the file.
        case ioError
        /// The disk (or the file system's quota) is full.
        case diskFull
        /// Anything else: a misuse of SQL, a programming error.
        case other
    }

    /// Which rule of the schema refused a change.
    public enum Constraint: String, Sendable {
        case unique
        case primaryKey = "primary_key"
        case foreignKey = "foreign_key"
        case notNull = "not_null"
        case check, trigger, other
    }

    public let kind: Kind
    /// SQLite's message, e.g. "UNIQUE constraint failed: skpd.code".
    public let message: String
    /// The SQL that was running, when known.
    public let sql: String?
    /// The database file the error is about, when known.
    public let path: String?
    /// The whole account: SQLite's result code and its name, the message and the SQL.
    public let description: String

    /// An error of the given kind; `description` defaults to the kind and the message.
    public init(_ kind: Kind, message: String, sql: String? = nil, path: String? = nil, description: String? = nil) {
        self.kind = kind
        self.message = message
        self.sql = sql
        self.path = path
        self.description = description ?? "database error (\(kind)): \(message)"
    }

    /// True when a rule of the schema refused the change.
    public var isConstraintViolation: Bool {
        if case .constraint = kind { return true }
        return false
    }
}

extension DatabaseError {
    /// The store's account of an error of SQLite: the one place SQLite's result codes are read.
    init(_ error: SQLiteError) {
        let kind: Kind =
            if error.isBusy {
                .busy
            } else if error.isConstraintViolation {
                .constraint(Constraint(error.constraint))
            } else if error.isCorruption {
                .corrupt
            } else if error.isReadOnly {
                .readOnly
            } else if error.isCannotOpen {
                .cannotOpen
            } else if error.isDiskFull {
                .diskFull
            } else if error.isIOError {
                .ioError
            } else {
                .other
            }
        self.init(kind, message: error.message, sql: error.sql, path: error.path, description: error.description)
    }
}

extension DatabaseError.Constraint {
    fileprivate init(_ constraint: SQLiteError.Constraint?) {
        self =
            switch constraint {
            case .unique: .unique
            case .primaryKey: .primaryKey
            case .foreignKey: .foreignKey
            case .notNull: .notNull
            case .check: .check
            case .trigger: .trigger
            case .other, nil: .other
            }
    }
}

extension Connection {
    /// Opens a database for the store: every error of the connection, opening included, is
    /// thrown as a `DatabaseError`.
    static func open(
        _ path: String, mode: OpenMode = .readWriteCreate, busyTimeoutMilliseconds: Int32 = 5_000
    ) throws(DatabaseError) -> Connection {
        do {
            return try Connection(
                path: path, mode: mode, busyTimeoutMilliseconds: busyTimeoutMilliseconds,
                translatingErrors: DatabaseError.init)
        } catch let error as DatabaseError {
            throw error
        } catch {
            // Only SQLite's errors come out of opening, and they come translated.
            throw DatabaseError(.other, message: String(describing: error), path: path)
        }
    }
}
