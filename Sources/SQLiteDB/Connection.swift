import CSQLite

/// How to open a database file.
public enum OpenMode: Sendable {
    /// Open for reading and writing; create the file when it does not exist.
    case readWriteCreate
    /// Open an existing file for reading and writing; fail when it does not exist.
    case readWrite
    /// Open an existing file for reading only.
    case readOnly
}

/// One connection to a SQLite database. Not shareable between threads: give each thread or
/// process its own connection; SQLite's locking (WAL, busy timeout) coordinates them.
public final class Connection {
    let handle: OpaquePointer
    public let path: String
    let busyTimeoutMilliseconds: Int32
    private var savepointDepth = 0
    /// Prepared statements by SQL text, reused by `run`, `query` and `scalar`.
    private var statementCache: [String: Statement] = [:]
    private var keyedStatementCache: [ObjectIdentifier: Statement] = [:]
    /// The rows being watched (`watchRows`), kept alive while SQLite's hook points at it.
    var rowWatch: RowWatch?
    /// Kept alive while SQLite calls back into it.
    var statementTrace: StatementTrace?
    /// What the errors of this connection and its statements are thrown as (see `init`).
    let translation: ((SQLiteError) -> any Error)?

    /// Opens `path` (a file, or ":memory:") with extended result codes, foreign keys on, WAL,
    /// `synchronous = NORMAL` and the given busy timeout. Every error of the connection and of its
    /// statements, opening included, is thrown as `translatingErrors` makes it, when given: a
    /// module that keeps SQLiteDB out of its own interface turns them into its own type there,
    /// in one place.
    public convenience init(
        path: String, mode: OpenMode = .readWriteCreate, busyTimeoutMilliseconds: Int32 = 5_000,
        translatingErrors translation: ((SQLiteError) -> any Error)? = nil
    ) throws {
        try self.init(
            path: path, mode: mode, busyTimeoutMilliseconds: busyTimeoutMilliseconds, configure: true,
            translation: translation)
    }

    init(
        path: String, mode: OpenMode, busyTimeoutMilliseconds: Int32, configure: Bool,
        translation: ((SQLiteError) -> any Error)?
    ) throws {
        // No SQLITE_OPEN_URI: a path typed by a user is a file name, never a URI with options.
        var flags = SQLITE_OPEN_NOMUTEX
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            let extended = db.map { sqlite3_extended_errcode($0) } ?? code
            sqlite3_close_v2(db)
            let error = SQLiteError(code: extended, message: message, path: path)
            throw translation?(error) ?? error
        }
        self.translation = translation
        self.handle = db
        self.path = path
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
        guard configure else { return }
        do {
            try execute("PRAGMA foreign_keys = ON")
            if mode != .readOnly {
                // journal_mode answers with a row; reading it through a statement keeps exec quiet.
                _ = try prepare("PRAGMA journal_mode = WAL").query { $0.string(0) }
                try execute("PRAGMA synchronous = FULL")
            }
        } catch {
            sqlite3_close_v2(db)
            throw error
        }
    }

    deinit {
        if rowWatch != nil { sqlite3_preupdate_hook(handle, nil, nil) }
        statementCache.removeAll()
        keyedStatementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs `body` with a prepared statement for `sql`, prepared once per connection and reused.
    /// A nested use of the same SQL while the cached one is busy gets a statement of its own.
    public func withCachedStatement<T>(_ sql: String, _ body: (Statement) throws -> T) throws -> T {
        try withStatement(cachedIn: \.statementCache, under: sql, sql: sql, body)
    }

    /// Like `withCachedStatement(_:_:)` for SQL run once per row of a bulk operation: the cache is
    /// found by the key's identity, not by hashing the text of the SQL each time.
    public func withCachedStatement<T>(_ key: StatementKey, _ body: (Statement) throws -> T) throws -> T {
        try withStatement(cachedIn: \.keyedStatementCache, under: ObjectIdentifier(key), sql: key.sql, body)
    }

    private func withStatement<Key: Hashable, T>(
        cachedIn cache: ReferenceWritableKeyPath<Connection, [Key: Statement]>, under key: Key,
        sql: String, _ body: (Statement) throws -> T
    ) throws -> T {
        let statement: Statement
        if let cached = self[keyPath: cache][key], !cached.isInUse {
            statement = cached
        } else {
            statement = try prepare(sql)
            if self[keyPath: cache][key] == nil { self[keyPath: cache][key] = statement }
        }
        statement.isInUse = true
        defer {
            statement.isInUse = false
            statement.reset()
        }
        return try body(statement)
    }

    func error(code: Int32, sql: String?) -> any Error {
        let extended = sqlite3_extended_errcode(handle)
        // The connection's last error may belong to a later call; trust it only when its primary code agrees.
        let chosen = (extended & 0xFF) == (code & 0xFF) ? extended : code
        return translated(
            SQLiteError(code: chosen, message: String(cString: sqlite3_errmsg(handle)), sql: sql, path: path))
    }

    /// The error as this connection throws it (see `init`).
    func translated(_ error: SQLiteError) -> any Error { translation?(error) ?? error }

    /// The SQLite library version, e.g. "3.40.1".
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    // MARK: Running SQL

    /// Runs one or more statements that take no parameters (schema scripts, pragmas).
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errorMessage)
            let extended = sqlite3_extended_errcode(handle)
            throw translated(
                SQLiteError(
                    code: extended & 0xFF == code & 0xFF ? extended : code, message: message, sql: sql, path: path))
        }
    }

    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// Runs one statement with positional parameters.
    public func run(_ sql: String, _ values: SQLiteBindable...) throws {
        try withCachedStatement(sql) { try $0.execute(values) }
    }

    /// Runs one query with positional parameters and maps its rows.
    public func query<T>(_ sql: String, _ values: SQLiteBindable..., transform: (Row) throws -> T) throws -> [T] {
        try withCachedStatement(sql) { try $0.query(values, transform) }
    }

    /// The first column of the first row, or nil when there is no row.
    public func scalar(_ sql: String, _ values: SQLiteBindable...) throws -> SQLiteValue? {
        try withCachedStatement(sql) { statement in
            try statement.bind(values)
            return try statement.step() ? statement.row.value(at: 0) : nil
        }
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Rows changed since the connection opened.
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    // MARK: Transactions

    /// Runs `body` in a write transaction (`BEGIN IMMEDIATE`, so concurrent writers queue on the
    /// busy timeout instead of deadlocking). Inside another transaction it nests as a savepoint.
    /// When `body` throws, everything it did is rolled back and the error is rethrown.
    /// Inside a transaction, `body` runs in a savepoint of its own, or, with `joiningEnclosing`,
    /// as part of the enclosing transaction: when any failure there rolls everything back anyway,
    /// a savepoint only copies every page it touches (thousands of steps: a third of the time).
    public func transaction<T>(joiningEnclosing: Bool = false, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            return joiningEnclosing ? try body() : try savepoint(body)
        }
        try execute("BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
            try execute("COMMIT")
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
        return result
    }

    /// Runs `body` inside a savepoint; rolls back to it when `body` throws.
    /// Runs `body` in a deferred transaction: every read in it sees one snapshot of the database,
    /// even while other processes commit (several reads that must agree with each other). Nothing
    /// is locked for writing; the transaction is always ended (committed, having written nothing).
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction { return try body() }
        try execute("BEGIN DEFERRED")
        defer { if isInTransaction { try? execute("COMMIT") } }
        return try body()
    }

    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "kbk_savepoint_\(savepointDepth)"
        // Cached statements: an import makes several savepoints per row.
        try run("SAVEPOINT \(name)")
        let result: T
        do {
            result = try body()
            try run("RELEASE \(name)")
        } catch {
            if isInTransaction {
                try? run("ROLLBACK TO \(name)")
                try? run("RELEASE \(name)")
            }
            throw error
        }
        return result
    }

    // MARK: Maintenance

    /// Copies the whole database into a new file at `destinationPath` with SQLite's online backup:
    /// a consistent snapshot even while other connections write.
    public func backup(to destinationPath: String) throws {
        let destination = try Connection(
            path: destinationPath, mode: .readWriteCreate, busyTimeoutMilliseconds: busyTimeoutMilliseconds,
            configure: false, translation: translation)
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw destination.error(code: sqlite3_errcode(destination.handle), sql: nil)
        }
        var code: Int32
        var waitedMilliseconds: Int32 = 0
        repeat {
            // -1 copies every page in one step, holding one read snapshot of the source.
            code = sqlite3_backup_step(backup, -1)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED {
                guard waitedMilliseconds < busyTimeoutMilliseconds else { break }
                sqlite3_sleep(20)
                waitedMilliseconds += 20
            }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw destination.error(code: code == SQLITE_DONE ? finish : code, sql: nil)
        }
    }

    /// `PRAGMA integrity_check`: an empty array when the database is sound, otherwise SQLite's findings.
    public func integrityCheck(maxErrors: Int = 100) throws -> [String] {
        let findings = try prepare("PRAGMA integrity_check(\(max(1, maxErrors)))").query { $0.string(0) ?? "" }
        return findings == ["ok"] ? [] : findings
    }

    public struct ForeignKeyViolation: Sendable, Equatable {
        public let table: String
        public let rowID: Int64?
        public let parent: String
        public let constraintIndex: Int
    }

    /// `PRAGMA foreign_key_check`: every row whose reference points nowhere.
    public func foreignKeyCheck() throws -> [ForeignKeyViolation] {
        try prepare("PRAGMA foreign_key_check").query { row in
            ForeignKeyViolation(
                table: row.string(0) ?? "", rowID: row.int64(1), parent: row.string(2) ?? "",
                constraintIndex: row.int(3) ?? 0)
        }
    }

    /// Quotes an identifier (table or column name) for use in SQL text.
    public static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(count)
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}

/// SQL to keep prepared under a key of its own; make one per statement and keep it (a `static let`).
public final class StatementKey: Sendable {
    public let sql: String

    public init(_ sql: String) {
        self.sql = sql
    }
}
