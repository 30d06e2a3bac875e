import KBKDomain
internal import SQLiteDB

extension Row {
    /// A civil date column ('YYYY-MM-DD'), nil when NULL or unreadable. Read from the column's bytes:
    /// a report reads hundreds of thousands, and making a String of each cost more than the query.
    func date(_ index: Int32) -> CivilDate? {
        guard let date = withText(index, { CivilDate(isoBytes: $0) }) else { return nil }
        return date
    }
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

    /// True when the query yields a row.
    func exists(_ sql: String, _ values: SQLiteBindable...) throws -> Bool {
        try withCachedStatement(sql) { statement in
            try statement.bind(values)
            return try statement.step()
        }
    }

    /// The first row's value, nil when there is no row or the value is NULL (an aggregate of no
    /// rows, a nullable column).
    func nullable<T>(_ sql: String, _ values: SQLiteBindable..., transform: (Row) throws -> T?) throws -> T? {
        try withCachedStatement(sql) { statement in
            try statement.bind(values)
            return try statement.step() ? try transform(statement.row) : nil
        }
    }

    /// The number a `SELECT count(*) …` yields.
    func count(_ sql: String, _ values: SQLiteBindable...) throws -> Int {
        try count(sql, values)
    }

    func count(_ sql: String, _ values: [SQLiteBindable]) throws -> Int {
        try withCachedStatement(sql) { statement in
            try statement.bind(values)
            guard try statement.step(), let count = statement.row.int(0) else {
                throw DatabaseError(.other, message: "a count yielded no number", sql: sql, path: path)
            }
            return count
        }
    }
}

/// A stored value that cannot be what its column holds: an unknown status, an unreadable
/// timestamp, NULL where the model needs a value. Reads raise it instead of taking a plausible
/// default, so a damaged row is reported, never shown as something it is not.
public struct DamagedRow: Error, Equatable, Sendable {
    public let table: String
    /// The row's id (or key) in that table.
    public let rowID: String
    public let column: String
    /// The stored value as text, nil for NULL.
    public let value: String?
    /// What the column holds, e.g. "a status", "an ISO 8601 time".
    public let expected: String
}

/// A row read into a domain value: each accessor names its column, and anything that cannot be
/// decoded throws `DamagedRow` with the table, the row and the value.
struct DecodedRow {
    let row: Row
    let table: String
    /// Where the row's id is; read only for an error (a report decodes a million rows).
    let idColumn: Int32

    init(_ row: Row, table: String, idColumn: Int32 = 0) {
        self.row = row
        self.table = table
        self.idColumn = idColumn
    }

    var rowID: String { row.string(idColumn) ?? "?" }

    func damaged(_ column: String, _ index: Int32, _ expected: String) -> DamagedRow {
        DamagedRow(table: table, rowID: rowID, column: column, value: row.string(index), expected: expected)
    }

    func text(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> String {
        guard let value = row.string(index) else { throw damaged(column(), index, "a text") }
        return value
    }

    func optionalText(_ index: Int32) -> String? { row.string(index) }

    func int64(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> Int64 {
        guard let value = row.int64(index) else { throw damaged(column(), index, "a whole number") }
        return value
    }

    func int(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> Int {
        guard let value = row.int(index) else { throw damaged(column(), index, "a whole number") }
        return value
    }

    func optionalInt(_ index: Int32) -> Int? { row.int(index) }

    func optionalDouble(_ index: Int32) -> Double? { row.double(index) }

    /// A value coded as a number (a working week of 5, 6 or 7 days).
    func numberedChoice<T: RawRepresentable>(_ index: Int32, _ column: @autoclosure () -> String, _ what: String)
        throws(DamagedRow) -> T
    where T.RawValue == Int {
        guard let number = row.int(index), let value = T(rawValue: number) else { throw damaged(column(), index, what) }
        return value
    }

    func optionalInt64(_ index: Int32) -> Int64? { row.int64(index) }

    func bool(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> Bool {
        guard let value = row.int(index), value == 0 || value == 1 else { throw damaged(column(), index, "0 or 1") }
        return value == 1
    }

    // The optional accessors read the value first and ask whether it is NULL only when there is
    // none: a report decodes a million rows, and asking first doubled the calls into SQLite.
    func optionalBool(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> Bool? {
        if let value = row.int(index), value == 0 || value == 1 { return value == 1 }
        guard row.isNull(index) else { throw damaged(column(), index, "0 or 1") }
        return nil
    }

    func instant(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> Timestamp {
        guard let text = row.string(index), let value = try? Timestamp.parse(text) else {
            throw damaged(column(), index, "a time like 2026-11-20T02:30:00Z")
        }
        return value
    }

    func optionalInstant(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> Timestamp? {
        if let text = row.string(index), let value = try? Timestamp.parse(text) { return value }
        guard row.isNull(index) else { throw damaged(column(), index, "a time like 2026-11-20T02:30:00Z") }
        return nil
    }

    func date(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> CivilDate {
        guard let value = row.date(index) else { throw damaged(column(), index, "a date like 2026-11-20") }
        return value
    }

    func optionalDate(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> CivilDate? {
        if let value = row.date(index) { return value }
        guard row.isNull(index) else { throw damaged(column(), index, "a date like 2026-11-20") }
        return nil
    }

    /// A coded value (a status, a channel…); `what` names the kind for the message ("a status").
    func choice<T: RawRepresentable>(_ index: Int32, _ column: @autoclosure () -> String, _ what: String)
        throws(DamagedRow) -> T
    where T.RawValue == String {
        guard let text = row.string(index), let value = T(rawValue: text) else { throw damaged(column(), index, what) }
        return value
    }

    func optionalChoice<T: RawRepresentable>(_ index: Int32, _ column: @autoclosure () -> String, _ what: String)
        throws(DamagedRow) -> T?
    where T.RawValue == String {
        if let text = row.string(index), let value = T(rawValue: text) { return value }
        guard row.isNull(index) else { throw damaged(column(), index, what) }
        return nil
    }
}

extension DecodedRow {
    func escalationLevel(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> EscalationLevel {
        guard let number = row.int(index), let level = EscalationLevel(rawValue: number) else {
            throw damaged(column(), index, "50, 75 or 100")
        }
        return level
    }
}

extension DecodedRow {
    /// A value checked on its way in (a ticket, a unit code, a login), checked again on its way out:
    /// a stored value its parser refuses is a damaged row, not a plain string passed on.
    func validated<T>(
        _ index: Int32, _ column: @autoclosure () -> String, _ what: String, _ parse: (String) throws(DomainError) -> T
    ) throws(DamagedRow) -> T {
        guard let text = row.string(index), let value = try? parse(text) else { throw damaged(column(), index, what) }
        return value
    }

    /// As `validated`, NULL being nil.
    func optionalValidated<T>(
        _ index: Int32, _ column: @autoclosure () -> String, _ what: String, _ parse: (String) throws(DomainError) -> T
    ) throws(DamagedRow) -> T? {
        guard let text = row.string(index) else { return nil }
        guard let value = try? parse(text) else { throw damaged(column(), index, what) }
        return value
    }

    func ticket(_ index: Int32, _ column: @autoclosure () -> String = "ticket") throws(DamagedRow) -> Ticket {
        try validated(index, column(), "a ticket like ADU-2026-00012", Ticket.parse)
    }

    func optionalUnitCode(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> UnitCode? {
        try optionalValidated(index, column(), "a unit code", UnitCode.init)
    }

    func categoryCode(_ index: Int32, _ column: @autoclosure () -> String = "category") throws(DamagedRow)
        -> CategoryCode
    {
        try validated(index, column(), "a category code", CategoryCode.init)
    }

    func optionalLogin(_ index: Int32, _ column: @autoclosure () -> String) throws(DamagedRow) -> Login? {
        try optionalValidated(index, column(), "a login", Login.init)
    }
}

extension CivilDate {
    /// The date as a column holds it ('YYYY-MM-DD'), to bind as a parameter.
    var stored: String { description }
}

/// The columns a query selects, in the order of its SELECT list. Each case names a column once,
/// and both the list (`list`) and the decoding (`ColumnRow`, which reads a case by its position)
/// follow from it: a column is added in one place. A case is the column's name in camel case
/// (`receivedAt` reads `c.received_at`), through the query's alias if it has one, unless `joined`
/// gives the SQL of a joined table's column.
protocol SelectedColumn: RawRepresentable, CaseIterable where RawValue == Int32 {
    /// The alias of the query's main table, e.g. "c"; nil when the columns are named bare.
    static var alias: String? { get }
    /// The SQL of a column read from a joined table (`u.code`), nil for one of the main table.
    var joined: String? { get }
}

extension SelectedColumn {
    /// The column's name in its table, e.g. `received_at`: what a damaged row names.
    var name: String {
        var name = ""
        for character in String(describing: self) {
            if character.isUppercase {
                name += "_" + character.lowercased()
            } else {
                name.append(character)
            }
        }
        return name
    }

    /// The column as the SELECT list reads it.
    var sql: String {
        if let joined { return joined }
        guard let alias = Self.alias else { return name }
        return "\(alias).\(name)"
    }

    /// The SELECT list: every column, in the order of the cases.
    static var list: String { allCases.map(\.sql).joined(separator: ", ") }
}

/// A row selected by `Column.list`, read by column: each accessor takes the case, and reads its
/// position; a value that cannot be decoded throws `DamagedRow` naming the column.
struct ColumnRow<Column: SelectedColumn> {
    let decoded: DecodedRow

    init(_ row: Row, table: String) {
        decoded = DecodedRow(row, table: table)
    }

    func text(_ column: Column) throws(DamagedRow) -> String { try decoded.text(column.rawValue, column.name) }
    func optionalText(_ column: Column) -> String? { decoded.optionalText(column.rawValue) }
    func int64(_ column: Column) throws(DamagedRow) -> Int64 { try decoded.int64(column.rawValue, column.name) }
    func optionalInt64(_ column: Column) -> Int64? { decoded.optionalInt64(column.rawValue) }
    func optionalDouble(_ column: Column) -> Double? { decoded.optionalDouble(column.rawValue) }
    func int(_ column: Column) throws(DamagedRow) -> Int { try decoded.int(column.rawValue, column.name) }
    func optionalInt(_ column: Column) -> Int? { decoded.optionalInt(column.rawValue) }
    func bool(_ column: Column) throws(DamagedRow) -> Bool { try decoded.bool(column.rawValue, column.name) }
    func optionalBool(_ column: Column) throws(DamagedRow) -> Bool? {
        try decoded.optionalBool(column.rawValue, column.name)
    }
    func instant(_ column: Column) throws(DamagedRow) -> Timestamp { try decoded.instant(column.rawValue, column.name) }
    func optionalInstant(_ column: Column) throws(DamagedRow) -> Timestamp? {
        try decoded.optionalInstant(column.rawValue, column.name)
    }
    func date(_ column: Column) throws(DamagedRow) -> CivilDate { try decoded.date(column.rawValue, column.name) }
    func optionalDate(_ column: Column) throws(DamagedRow) -> CivilDate? {
        try decoded.optionalDate(column.rawValue, column.name)
    }
    func choice<T: RawRepresentable>(_ column: Column, _ what: String) throws(DamagedRow) -> T
    where T.RawValue == String {
        try decoded.choice(column.rawValue, column.name, what)
    }
    func optionalChoice<T: RawRepresentable>(_ column: Column, _ what: String) throws(DamagedRow) -> T?
    where T.RawValue == String {
        try decoded.optionalChoice(column.rawValue, column.name, what)
    }
    func numberedChoice<T: RawRepresentable>(_ column: Column, _ what: String) throws(DamagedRow) -> T
    where T.RawValue == Int {
        try decoded.numberedChoice(column.rawValue, column.name, what)
    }
    func damaged(_ column: Column, _ expected: String) -> DamagedRow {
        decoded.damaged(column.name, column.rawValue, expected)
    }

    func ticket(_ column: Column) throws(DamagedRow) -> Ticket { try decoded.ticket(column.rawValue, column.name) }
    func categoryCode(_ column: Column) throws(DamagedRow) -> CategoryCode {
        try decoded.categoryCode(column.rawValue, column.name)
    }
    func optionalUnitCode(_ column: Column) throws(DamagedRow) -> UnitCode? {
        try decoded.optionalUnitCode(column.rawValue, column.name)
    }
    func optionalLogin(_ column: Column) throws(DamagedRow) -> Login? {
        try decoded.optionalLogin(column.rawValue, column.name)
    }
}
