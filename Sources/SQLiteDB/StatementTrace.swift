import CSQLite

/// The statements a connection runs, as their SQL text (parameters unexpanded: no value bound to
/// them is seen): what a test of query plans needs to know which statements the code runs.
public final class StatementTrace {
    public private(set) var statements: [String] = []
    fileprivate var seen: Set<String> = []

    fileprivate func record(_ sql: String) {
        if seen.insert(sql).inserted { statements.append(sql) }
    }
}

extension Connection {
    /// Records the SQL of every statement this connection starts, each once, until `stopTracing`.
    public func traceStatements() -> StatementTrace {
        let trace = StatementTrace()
        statementTrace = trace
        sqlite3_trace_v2(
            handle, UInt32(SQLITE_TRACE_STMT),
            { _, context, statement, _ in
                guard let context, let statement else { return 0 }
                if let text = sqlite3_sql(OpaquePointer(statement)) {
                    Unmanaged<StatementTrace>.fromOpaque(context).takeUnretainedValue().record(String(cString: text))
                }
                return 0
            }, Unmanaged.passUnretained(trace).toOpaque())
        return trace
    }

    public func stopTracing() {
        sqlite3_trace_v2(handle, 0, nil, nil)
        statementTrace = nil
    }

    /// The query plan SQLite chooses for `sql`, one line per step (`EXPLAIN QUERY PLAN`), with
    /// every parameter left unbound (NULL): the plan does not depend on the values.
    public func queryPlan(_ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, "EXPLAIN QUERY PLAN " + sql, -1, &statement, nil)
        defer { sqlite3_finalize(statement) }
        guard code == SQLITE_OK, let statement else {
            throw SQLiteError(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql, path: path)
        }
        var lines: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            lines.append(sqlite3_column_text(statement, 3).map { String(cString: $0) } ?? "")
        }
        return lines
    }
}
