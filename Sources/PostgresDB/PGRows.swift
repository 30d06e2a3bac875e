/// The rows a query returned, every value as PostgreSQL's text for it (nil for NULL): the caller
/// parses what it asked for, the way it would read a CSV of the same rows.
public struct PGRows: Sendable, RandomAccessCollection {
    public let columns: [String]
    public let rows: [[String?]]

    public init(columns: [String], rows: [[String?]]) {
        self.columns = columns
        self.rows = rows
    }

    public var startIndex: Int { rows.startIndex }
    public var endIndex: Int { rows.endIndex }

    public subscript(_ row: Int) -> PGRow { PGRow(columns: columns, values: rows[row]) }

    /// The value in `row` under `column`; nil for NULL. A column the query does not return is a
    /// mistake in the program, not in the data, and stops it, as an index out of range does.
    public func value(_ row: Int, _ column: String) -> String? { self[row][column] }
}

/// One row of a result: its values by position or by column name.
public struct PGRow: Sendable {
    public let columns: [String]
    public let values: [String?]

    public init(columns: [String], values: [String?]) {
        self.columns = columns
        self.values = values
    }

    public subscript(_ index: Int) -> String? { values[index] }

    /// The value under `column` (the first, when two share the name); see `PGRows.value(_:_:)`.
    public subscript(_ column: String) -> String? {
        guard let index = columns.firstIndex(of: column) else {
            preconditionFailure("no column named \(column); the columns are \(columns.joined(separator: ", "))")
        }
        return values[index]
    }
}
