import CLibPQ

/// An error reported by PostgreSQL or by libpq, with the fields a caller decides on: the SQLSTATE
/// (`23505` for a unique violation, `42601` for a syntax error) and the constraint it names.
public struct PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The five-character SQLSTATE; nil for errors libpq finds itself (no connection, a lost one).
    public let sqlState: String?
    /// The server's primary message, or libpq's on one line.
    public let message: String
    public let detail: String?
    /// The constraint a violation names (`unit_pkey`), so a caller can say which rule was broken.
    public let constraint: String?

    public init(sqlState: String? = nil, message: String, detail: String? = nil, constraint: String? = nil) {
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.constraint = constraint
    }

    /// The error a failed result carries; libpq's message for the connection when the result has
    /// none of its own (or there is no result: out of memory, nothing could be sent).
    init(result: OpaquePointer?, connection: OpaquePointer) {
        guard let result else {
            self.init(message: oneLine(PQerrorMessage(connection)) ?? "PostgreSQL gave no result")
            return
        }
        func field(_ code: Int32) -> String? {
            PQresultErrorField(result, code).map { String(cString: $0) }
        }
        let primary =
            field(kbk_pg_diag_message_primary).flatMap(oneLine) ?? oneLine(PQresultErrorMessage(result))
            ?? oneLine(PQerrorMessage(connection)) ?? "PostgreSQL failed without a message"
        self.init(
            sqlState: field(kbk_pg_diag_sqlstate), message: primary, detail: field(kbk_pg_diag_message_detail),
            constraint: field(kbk_pg_diag_constraint_name))
    }

    /// A unique or primary key constraint refused a row.
    public var isUniqueViolation: Bool { sqlState == "23505" }

    public var description: String {
        var text = "PostgreSQL error"
        if let sqlState { text += " \(sqlState)" }
        text += ": " + message
        // A detail may hold several lines (a CONTEXT of a function); a description stays on one.
        if let detail, let line = joinedLines(detail) { text += " (\(line))" }
        return text
    }
}

/// The first line of libpq's text that holds anything, trimmed: libpq ends messages with a newline
/// and adds hints on further lines ("Is the server running locally...").
func oneLine(_ text: UnsafePointer<CChar>?) -> String? {
    guard let text else { return nil }
    return oneLine(String(cString: text))
}

func oneLine(_ text: String) -> String? {
    for line in text.split(whereSeparator: \.isNewline) {
        let text = trimmed(line)
        if !text.isEmpty { return text }
    }
    return nil
}

func joinedLines(_ text: String) -> String? {
    let lines = text.split(whereSeparator: \.isNewline).map(trimmed).filter { !$0.isEmpty }
    return lines.isEmpty ? nil : lines.joined(separator: " ")
}

func trimmed(_ text: Substring) -> String {
    let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
    let end = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? start
    return String(text[start..<max(start, end)])
}
