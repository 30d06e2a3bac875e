import CLibPQ

/// One connection to a PostgreSQL server through libpq. Not shareable between threads: give each
/// thread its own connection (libpq allows one command at a time on a connection).
public final class PGConnection {
    let handle: OpaquePointer
    /// Where the server's notices and warnings go; nil drops them. libpq's default prints them on
    /// standard error, in the middle of a command's own output.
    public var noticeHandler: ((String) -> Void)?
    private var savepointDepth = 0

    /// Connects to `url`, a `postgresql://` URI or a conninfo string (`host=... dbname=...`); the
    /// password, when not in it, comes from `.pgpass` or the server trusts the socket's peer. The
    /// connection speaks UTF-8 whatever the URL says, since every text is read and bound as UTF-8.
    /// A failure is thrown as libpq's message on one line, without a password the URL holds.
    public init(url: String, applicationName: String = "kbk-province") throws(PostgresError) {
        // Later entries override what `dbname` expands to; connect_timeout comes first so the URL
        // may set its own, and without one a host that drops packets would hang the command.
        let keywords = ["connect_timeout", "dbname", "client_encoding", "application_name", nil]
        let values = ["10", url, "UTF8", applicationName, nil]
        let connection = withCStrings(keywords) { keywords in
            withCStrings(values) { values in PQconnectdbParams(keywords, values, 1) }
        }
        guard let connection else { throw PostgresError(message: "libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = oneLine(PQerrorMessage(connection)) ?? "could not connect to PostgreSQL"
            PQfinish(connection)
            throw PostgresError(message: redactingPasswords(of: url, in: message))
        }
        handle = connection
        PQsetNoticeProcessor(
            handle,
            { context, message in
                guard let context, let message else { return }
                let connection = Unmanaged<PGConnection>.fromOpaque(context).takeUnretainedValue()
                guard let handler = connection.noticeHandler else { return }
                handler(oneLine(message) ?? "")
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit { PQfinish(handle) }

    /// The server's version as a number: 150004 for 15.4.
    public var serverVersion: Int { Int(PQserverVersion(handle)) }

    /// The role the connection logged in as.
    public var user: String { PQuser(handle).map { String(cString: $0) } ?? "" }

    /// Whether a transaction is open (and whether an error inside it is waiting for a rollback).
    public var isInTransaction: Bool {
        let status = PQtransactionStatus(handle)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    // MARK: Running SQL

    /// Runs one or more statements without parameters (a migration's script); stops at the first
    /// that fails, and the ones before it stay done unless the script has its own transaction.
    public func execute(_ sql: String) throws(PostgresError) {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result)
    }

    /// Runs one statement with its parameters bound as text (`$1`, `$2`, ...; nil binds NULL) and
    /// reads every row it returns. Values are never spliced into the SQL.
    public func query(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PGRows {
        let result = try run(sql, parameters)
        defer { PQclear(result) }
        let columns = columnNames(of: result)
        var rows: [[String?]] = []
        rows.reserveCapacity(Int(PQntuples(result)))
        for row in 0..<PQntuples(result) {
            rows.append(values(of: result, row: row, columns: columns.count))
        }
        return PGRows(columns: columns, rows: rows)
    }

    /// Runs one statement with its parameters and answers how many rows it inserted, updated,
    /// deleted or copied (0 for a statement that counts none).
    @discardableResult
    public func command(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> Int {
        let result = try run(sql, parameters)
        defer { PQclear(result) }
        return PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
    }

    /// Runs one query and hands its rows to `body` one at a time as the server sends them, so a
    /// large result is never held whole. When `body` throws, the rest of the rows are read and
    /// dropped (the connection stays usable) and its error is rethrown.
    public func forEachRow(_ sql: String, _ parameters: [String?] = [], _ body: (PGRow) throws -> Void) throws {
        try checkParameters(parameters)
        let sent = withCStrings(parameters) { values in
            PQsendQueryParams(handle, sql, Int32(clamping: parameters.count), nil, values, nil, nil, 0)
        }
        guard sent == 1 else { throw PostgresError(result: nil, connection: handle) }
        // Without single-row mode (it can only fail right after sending) the rows come in one result.
        _ = PQsetSingleRowMode(handle)
        var failure: (any Error)?
        var columns: [String]?
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            guard failure == nil else { continue }
            switch PQresultStatus(result) {
            case PGRES_SINGLE_TUPLE, PGRES_TUPLES_OK:
                let names = columns ?? columnNames(of: result)
                columns = names
                for row in 0..<PQntuples(result) {
                    do {
                        try body(PGRow(columns: names, values: values(of: result, row: row, columns: names.count)))
                    } catch {
                        failure = error
                        break
                    }
                }
            case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
                break
            case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
                failure = PostgresError(message: "a COPY cannot be read row by row; use copyIn")
                abandonCopy(PQresultStatus(result))
            default:
                failure = PostgresError(result: result, connection: handle)
            }
        }
        if let failure { throw failure }
    }

    /// Sends one statement with its parameters and answers its successful result (to be cleared by
    /// the caller); a failed one is cleared here and thrown.
    private func run(_ sql: String, _ parameters: [String?]) throws(PostgresError) -> OpaquePointer {
        try checkParameters(parameters)
        let result = withCStrings(parameters) { values in
            PQexecParams(handle, sql, Int32(clamping: parameters.count), nil, values, nil, nil, 0)
        }
        do {
            try check(result)
        } catch {
            PQclear(result)
            throw error
        }
        guard let result else { throw PostgresError(result: nil, connection: handle) }
        return result
    }

    /// libpq reads a text parameter up to its first NUL, so such a value would arrive cut short;
    /// PostgreSQL's text cannot hold one anyway (the server's code for it is 22021).
    private func checkParameters(_ parameters: [String?]) throws(PostgresError) {
        for (index, value) in parameters.enumerated() where value?.utf8.contains(0) == true {
            throw PostgresError(
                sqlState: "22021", message: "parameter $\(index + 1) holds a NUL character, which text cannot hold")
        }
    }

    /// Throws the error of a result that did not succeed. A statement that started a COPY is not
    /// one these functions can serve: the COPY is ended so the connection stays usable.
    func check(_ result: OpaquePointer?) throws(PostgresError) {
        guard let result else { throw PostgresError(result: nil, connection: handle) }
        let status = PQresultStatus(result)
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            abandonCopy(status)
            throw PostgresError(message: "a COPY runs through copyIn, not as a plain statement")
        default:
            throw PostgresError(result: result, connection: handle)
        }
    }

    /// Ends a COPY the caller did not mean to start and reads every result left, dropping them.
    func abandonCopy(_ status: ExecStatusType) {
        if status == PGRES_COPY_OUT {
            var buffer: UnsafeMutablePointer<CChar>?
            while PQgetCopyData(handle, &buffer, 0) > 0 { PQfreemem(buffer) }
        } else {
            _ = PQputCopyEnd(handle, "kbk: this COPY was not expected")
        }
        while let result = PQgetResult(handle) {
            let status = PQresultStatus(result)
            PQclear(result)
            // A statement after the COPY in the same script may start another one.
            if status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH {
                abandonCopy(status)
                return
            }
        }
    }

    private func columnNames(of result: OpaquePointer) -> [String] {
        (0..<PQnfields(result)).map { PQfname(result, $0).map { String(cString: $0) } ?? "" }
    }

    private func values(of result: OpaquePointer, row: Int32, columns: Int) -> [String?] {
        (0..<Int32(columns)).map { column in
            guard PQgetisnull(result, row, column) == 0, let value = PQgetvalue(result, row, column) else {
                return nil
            }
            let bytes = UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self)
            return String(
                decoding: UnsafeBufferPointer(start: bytes, count: Int(PQgetlength(result, row, column))), as: UTF8.self
            )
        }
    }

    // MARK: Transactions

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws (its
    /// error is rethrown; a failed rollback is not, the connection has lost the transaction
    /// anyway). Inside another transaction it runs in a savepoint of its own. A statement that
    /// failed inside `body` and was caught there still fails the transaction, as PostgreSQL
    /// refuses to commit it.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction { return try savepoint(body) }
        try execute("BEGIN")
        let result: T
        do {
            result = try body()
            try refuseFailedTransaction()
            try execute("COMMIT")
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
        return result
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "kbk_savepoint_\(savepointDepth)"
        try execute("SAVEPOINT \(name)")
        let result: T
        do {
            result = try body()
            try refuseFailedTransaction()
            try execute("RELEASE SAVEPOINT \(name)")
        } catch {
            if isInTransaction { try? execute("ROLLBACK TO SAVEPOINT \(name); RELEASE SAVEPOINT \(name)") }
            throw error
        }
        return result
    }

    /// COMMIT of a transaction an error aborted answers ROLLBACK without failing: the caller would
    /// believe its rows were written.
    private func refuseFailedTransaction() throws(PostgresError) {
        guard PQtransactionStatus(handle) == PQTRANS_INERROR else { return }
        throw PostgresError(
            sqlState: "25P02", message: "a statement in the transaction failed, so it was rolled back")
    }
}

/// Lends `body` the strings as a C array of NUL-terminated strings (nil stays a null pointer), all
/// in one buffer rather than one allocation each.
func withCStrings<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(strings.reduce(0) { $0 + ($1?.utf8.count ?? 0) + 1 })
    let offsets = strings.map { string -> Int? in
        guard let string else { return nil }
        defer {
            bytes.append(contentsOf: string.utf8)
            bytes.append(0)
        }
        return bytes.count
    }
    return bytes.withUnsafeBytes { buffer in
        let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
        let pointers = offsets.map { offset in offset.flatMap { base.map(UnsafePointer.init)?.advanced(by: $0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}

extension PGConnection {
    /// Whether `url` (a `postgresql://` URL or a connection string) sets a password, as libpq itself
    /// reads it: percent-escaped keywords, spaces around `=` and every other spelling included. A
    /// text libpq cannot read sets none (connecting with it fails anyway).
    public static func carriesPassword(_ url: String) -> Bool {
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(url, &error) else {
            if let error { PQfreemem(error) }
            return false
        }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "password", let value = option.pointee.val, value.pointee != 0 {
                return true
            }
            option += 1
        }
        return false
    }
}
