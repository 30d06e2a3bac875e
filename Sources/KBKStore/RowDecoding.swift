import KBKDomain
import SQLiteDB

extension Row {
    /// A civil date column ('YYYY-MM-DD'), nil when NULL or unreadable. Read from the column's bytes:
    /// a report reads hundreds of thousands, and making a String of each cost more than the query.
    public func date(_ index: Int32) -> CivilDate? {
        withText(index) { CivilDate(isoBytes: $0) } ?? nil
    }
}

extension CivilDate: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .text(description) }
}

extension Binder {
    mutating func add(_ date: CivilDate?) throws {
        try add(date?.description)
    }
}

extension Connection {
    /// Runs a query that yields at most one row.
    func one<T>(_ sql: String, _ values: SQLiteBindable..., transform: (Row) throws -> T) throws -> T? {
        try withCachedStatement(sql) { statement in
            try statement.bind(values)
            return try statement.step() ? try transform(statement.row) : nil
        }
    }

    func count(_ sql: String, _ values: SQLiteBindable...) throws -> Int {
        try withCachedStatement(sql) { statement in
            try statement.bind(values)
            return try statement.step() ? statement.row.int(0) ?? 0 : 0
        }
    }
}
