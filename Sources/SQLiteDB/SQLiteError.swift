import CSQLite

/// An error reported by SQLite, with everything needed to explain it: the extended result code,
/// SQLite's own message and the SQL that was running.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE`, `SQLITE_BUSY_SNAPSHOT`, ...).
    public let code: Int32
    public let message: String
    public let sql: String?
    /// The database file the error is about.
    public let path: String?

    public init(code: Int32, message: String, sql: String? = nil, path: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.path = path
    }

    /// The primary result code (`SQLITE_CONSTRAINT`, `SQLITE_BUSY`, ...).
    public var primaryCode: Int32 { code & 0xFF }

    /// The database stayed locked by another connection past the busy timeout: retrying may work.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// The file is not a database or its content is damaged.
    public var isCorruption: Bool { primaryCode == SQLITE_CORRUPT || primaryCode == SQLITE_NOTADB }

    public var isCannotOpen: Bool {
        primaryCode == SQLITE_CANTOPEN || primaryCode == SQLITE_PERM || primaryCode == SQLITE_READONLY
    }

    public var isIOError: Bool { primaryCode == SQLITE_IOERR || primaryCode == SQLITE_FULL }

    /// The database may only be read (a read-only file or folder, or a read-only connection).
    public var isReadOnly: Bool { primaryCode == SQLITE_READONLY }

    /// The disk is full.
    public var isDiskFull: Bool { primaryCode == SQLITE_FULL }

    public enum Constraint: String, Sendable {
        case unique
        case primaryKey = "primary_key"
        case foreignKey = "foreign_key"
        case notNull = "not_null"
        case check, trigger, other
    }

    /// Which kind of constraint failed, for constraint errors.
    public var constraint: Constraint? {
        guard isConstraintViolation else { return nil }
        // Extended constraint codes are SQLITE_CONSTRAINT | (n << 8); the C macros do not import.
        switch code >> 8 {
        case 8: return .unique
        case 6, 10: return .primaryKey
        case 3: return .foreignKey
        case 5: return .notNull
        case 1: return .check
        case 7: return .trigger
        default: return .other
        }
    }

    /// SQLite's symbolic name for the primary code, e.g. "constraint failed".
    public var codeDescription: String { String(cString: sqlite3_errstr(code)) }

    public var description: String {
        var text = "SQLite error \(code) (\(codeDescription)): \(message)"
        if let sql { text += " — while running: \(sql)" }
        return text
    }
}
