import CSQLite

/// A prepared statement. Keep one and reuse it (bind, step, reset) on hot paths.
public final class Statement {
    let handle: OpaquePointer
    public let sql: String
    // Unowned: the connection's statement cache holds statements, so a strong reference would keep
    // both alive forever. A statement must not outlive its connection.
    private unowned let connection: Connection
    /// Set while a cached statement is in use, so a nested use of the same SQL prepares its own.
    var isInUse = false
    private lazy var columnIndexByName: [String: Int32] = {
        var map: [String: Int32] = [:]
        for index in 0..<columnCount {
            let name = String(cString: sqlite3_column_name(handle, index))
            if map[name] == nil { map[name] = index }
        }
        return map
    }()

    init(connection: Connection, sql: String) throws {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection.handle, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw connection.error(code: code, sql: sql)
        }
        self.handle = statement
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    public var columnCount: Int32 { sqlite3_column_count(handle) }

    public var columnNames: [String] {
        (0..<columnCount).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    public var parameterCount: Int32 { sqlite3_bind_parameter_count(handle) }

    // MARK: Binding

    /// Binds a value to a 1-based parameter position.
    public func bind(_ value: SQLiteBindable, at position: Int32) throws {
        try bind(value.sqliteValue, at: position)
    }

    func bind(_ value: SQLiteValue, at position: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, position)
        case .integer(let int):
            code = sqlite3_bind_int64(handle, position, int)
        case .real(let double):
            code = sqlite3_bind_double(handle, position, double)
        case .text(var text):
            try bindText(&text, at: position)
            return
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                // A zero-length blob with a nil pointer would bind NULL; zeroblob keeps it a blob.
                guard let base = buffer.baseAddress, buffer.count > 0 else {
                    return sqlite3_bind_zeroblob(handle, position, 0)
                }
                return sqlite3_bind_blob64(handle, position, base, sqlite3_uint64(buffer.count), kbk_sqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    /// Binds text with its byte length, so text with an embedded NUL survives whole.
    func bindText(_ text: inout String, at position: Int32) throws {
        let code = text.withUTF8 { bytes in
            sqlite3_bind_text64(
                handle, position,
                UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                    .assumingMemoryBound(to: CChar.self), sqlite3_uint64(bytes.count), kbk_sqlite_transient(),
                UInt8(SQLITE_UTF8))
        }
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    /// Binds a value to a named parameter such as `:name`, `@name` or `$name`.
    public func bind(_ value: SQLiteBindable, named name: String) throws {
        let position = sqlite3_bind_parameter_index(handle, name)
        guard position > 0 else {
            throw connection.translated(
                SQLiteError(
                    code: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql, path: connection.path))
        }
        try bind(value, at: position)
    }

    /// Resets the statement and binds `values` by position.
    public func bind(_ values: [SQLiteBindable]) throws {
        try resetAndClear()
        guard values.count == Int(parameterCount) else {
            throw connection.translated(
                SQLiteError(
                    code: SQLITE_RANGE, message: "statement takes \(parameterCount) parameters, \(values.count) given",
                    sql: sql))
        }
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Resets the statement and binds `values` by parameter name (with its prefix, e.g. ":id").
    public func bind(_ values: [String: SQLiteBindable]) throws {
        try resetAndClear()
        for (name, value) in values {
            try bind(value, named: name)
        }
    }

    // MARK: Execution

    /// Advances to the next row; returns false when the statement is done.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = connection.error(code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    public func reset() {
        sqlite3_reset(handle)
    }

    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    private func resetAndClear() throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Runs the statement to completion with parameters bound one after another by `body`, without
    /// boxing them in an array of existentials: the form for statements run once per imported row.
    public func execute(binding body: (inout Binder) throws -> Void) throws {
        try resetAndClear()
        defer { sqlite3_reset(handle) }
        var binder = Binder(statement: self)
        try body(&binder)
        guard binder.position - 1 == parameterCount else {
            throw connection.translated(
                SQLiteError(
                    code: SQLITE_RANGE,
                    message: "statement takes \(parameterCount) parameters, \(binder.position - 1) given", sql: sql))
        }
        while try step() {}
    }

    /// Runs the statement to completion with the given positional parameters.
    public func execute(_ values: [SQLiteBindable] = []) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Runs the statement and maps each row.
    public func query<T>(_ values: [SQLiteBindable] = [], _ transform: (Row) throws -> T) throws -> [T] {
        try bind(values)
        defer { sqlite3_reset(handle) }
        var results: [T] = []
        while try step() {
            results.append(try transform(Row(statement: self)))
        }
        return results
    }

    /// The current row; valid after `step()` returned true.
    public var row: Row { Row(statement: self) }

    func columnIndex(named name: String) throws -> Int32 {
        guard let index = columnIndexByName[name] else {
            throw connection.translated(
                SQLiteError(
                    code: SQLITE_RANGE,
                    message: "no column named \(name); columns are \(columnNames.joined(separator: ", "))", sql: sql))
        }
        return index
    }
}

/// Read access to the current row of a statement. Reading NULL or a missing column gives `nil`,
/// never a crash.
public struct Row {
    let statement: Statement

    public var columnCount: Int32 { statement.columnCount }

    public func value(at index: Int32) -> SQLiteValue {
        guard index >= 0, index < statement.columnCount else { return .null }
        let handle = statement.handle
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, index) else { return .null }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            return .null
        }
    }

    /// Whether the column is NULL (or out of range), without reading its value.
    public func isNull(_ index: Int32) -> Bool {
        index < 0 || index >= statement.columnCount || sqlite3_column_type(statement.handle, index) == SQLITE_NULL
    }

    /// The UTF-8 bytes of a text column, lent to `body` without making a String; nil unless text.
    public func withText<T>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T? {
        guard index >= 0, index < statement.columnCount, sqlite3_column_type(statement.handle, index) == SQLITE_TEXT,
            let text = sqlite3_column_text(statement.handle, index)
        else { return nil }
        return try body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement.handle, index))))
    }

    public func value(named name: String) throws -> SQLiteValue {
        value(at: try statement.columnIndex(named: name))
    }

    public func int(_ index: Int32) -> Int? {
        switch value(at: index) {
        case .integer(let value): Int(exactly: value)
        case .real(let value): Int(exactly: value)
        default: nil
        }
    }

    public func int64(_ index: Int32) -> Int64? {
        if case .integer(let value) = value(at: index) { return value }
        return nil
    }

    public func double(_ index: Int32) -> Double? {
        switch value(at: index) {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }

    public func string(_ index: Int32) -> String? {
        switch value(at: index) {
        case .text(let value): value
        case .integer(let value): String(value)
        case .real(let value): String(value)
        default: nil
        }
    }

    public func blob(_ index: Int32) -> [UInt8]? {
        switch value(at: index) {
        case .blob(let value): value
        case .text(let value): Array(value.utf8)
        default: nil
        }
    }

    public func bool(_ index: Int32) -> Bool? {
        int64(index).map { $0 != 0 }
    }

    public func int(_ name: String) throws -> Int? { int(try statement.columnIndex(named: name)) }
    public func int64(_ name: String) throws -> Int64? { int64(try statement.columnIndex(named: name)) }
    public func double(_ name: String) throws -> Double? { double(try statement.columnIndex(named: name)) }
    public func string(_ name: String) throws -> String? { string(try statement.columnIndex(named: name)) }
    public func blob(_ name: String) throws -> [UInt8]? { blob(try statement.columnIndex(named: name)) }
    public func bool(_ name: String) throws -> Bool? { bool(try statement.columnIndex(named: name)) }
}

/// Binds a statement's parameters in order; see `Statement.execute(binding:)`. Plain overloads, not
/// a generic: a generic across the module boundary looks its type metadata up at every call.
public struct Binder {
    let statement: Statement
    fileprivate(set) var position: Int32 = 1

    public mutating func add(_ value: String?) throws {
        if var text = value {
            try statement.bindText(&text, at: position)
        } else {
            try statement.bind(SQLiteValue.null, at: position)
        }
        position += 1
    }

    public mutating func add(_ value: Int64?) throws {
        try statement.bind(value.map(SQLiteValue.integer) ?? .null, at: position)
        position += 1
    }

    public mutating func add(_ value: Int?) throws {
        try add(value.map(Int64.init))
    }

    public mutating func add(_ value: Bool?) throws {
        try add(value.map { $0 ? Int64(1) : 0 })
    }

    public mutating func add(_ value: Double?) throws {
        try statement.bind(value.map(SQLiteValue.real) ?? .null, at: position)
        position += 1
    }
}
