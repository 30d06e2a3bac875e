import KBKDomain
import SQLiteDB

extension Row {
    /// A civil date column ('YYYY-MM-DD'), nil when NULL or unreadable.
    func date(_ index: Int32) -> CivilDate? {
        string(index).flatMap { try? CivilDate.parse($0) }
    }
}

extension CivilDate: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .text(description) }
}

extension Connection {
    /// Runs a query that yields at most one row.
    func one<T>(_ sql: String, _ values: SQLiteBindable..., transform: (Row) throws -> T) throws -> T? {
        try prepare(sql).query(values, transform).first
    }

    func count(_ sql: String, _ values: SQLiteBindable...) throws -> Int {
        try prepare(sql).query(values) { $0.int(0) ?? 0 }.first ?? 0
    }
}
