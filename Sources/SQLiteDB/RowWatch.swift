import CSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rows written in a chosen set of tables, as SQLite's pre-update hook reports them, whatever
/// statement wrote them (a repository's, a trigger's, a migration's): for each row, its rowid and,
/// when it was changed or deleted, its content before the first such change (the before-image).
public final class RowWatch {
    /// One watched row.
    public struct Change {
        public let table: String
        public let rowID: Int64
        /// The row as it was before its first change since the last `take`, with its column names;
        /// nil for a row inserted since, or when the table's columns are not known (`columns`).
        public let before: [(name: String, value: SQLiteValue)]?
        /// True when the row was deleted.
        public let deleted: Bool
    }

    /// The watched tables' names, as C strings the hook's table name is compared with.
    private let names: [(name: String, cString: [CChar])]
    /// Each watched table's column names in their order, for the before-images.
    private var columnNames: [[String]?]
    private var changes: [Change] = []
    private var seen: [RowKey: Int] = [:]

    private struct RowKey: Hashable {
        let table: Int
        let rowID: Int64
    }

    init(tables: [String]) {
        names = tables.map { ($0, Array($0.utf8CString)) }
        columnNames = Array(repeating: nil, count: tables.count)
    }

    /// Sets the columns of a watched table (as `PRAGMA table_info` lists them), so that changes
    /// to it record their before-images. A table whose column count then differs (a migration
    /// added one) records none.
    public func setColumns(_ columns: [String], of table: String) {
        guard let index = names.firstIndex(where: { $0.name == table }) else { return }
        columnNames[index] = columns
    }

    fileprivate func record(
        _ handle: OpaquePointer?, _ operation: Int32, _ table: UnsafePointer<CChar>, _ oldRowID: Int64,
        _ newRowID: Int64
    ) {
        guard let index = names.firstIndex(where: { strcmp($0.cString, table) == 0 }) else { return }
        let rowID = operation == SQLITE_INSERT ? newRowID : oldRowID
        let key = RowKey(table: index, rowID: rowID)
        if let at = seen[key] {
            // A row inserted and then changed keeps no before-image; a later delete is remembered.
            if operation == SQLITE_DELETE {
                let first = changes[at]
                changes[at] = Change(table: first.table, rowID: rowID, before: first.before, deleted: true)
            }
            return
        }
        var before: [(name: String, value: SQLiteValue)]?
        if operation != SQLITE_INSERT, let columns = columnNames[index],
            Int(sqlite3_preupdate_count(handle)) == columns.count
        {
            before = columns.enumerated().map { column, name in
                var value: OpaquePointer?
                sqlite3_preupdate_old(handle, Int32(column), &value)
                return (name, SQLiteValue(value))
            }
        }
        seen[key] = changes.count
        changes.append(
            Change(table: names[index].name, rowID: rowID, before: before, deleted: operation == SQLITE_DELETE))
        // An update that moves a row to another rowid writes the new one too.
        if operation == SQLITE_UPDATE && newRowID != oldRowID {
            seen[RowKey(table: index, rowID: newRowID)] = changes.count
            changes.append(Change(table: names[index].name, rowID: newRowID, before: nil, deleted: false))
        }
    }

    /// The rows written since the last call, in the order first written, and forgets them.
    public func take() -> [Change] {
        defer {
            changes.removeAll(keepingCapacity: true)
            seen.removeAll(keepingCapacity: true)
        }
        return changes
    }

    /// Forgets what was recorded (a change rolled back).
    public func discard() { _ = take() }

    public var isEmpty: Bool { changes.isEmpty }
    /// How many rows were written since the last `take`.
    public var count: Int { changes.count }
}

extension SQLiteValue {
    /// The value a pre-update hook hands over.
    init(_ value: OpaquePointer?) {
        guard let value else {
            self = .null
            return
        }
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: self = .integer(sqlite3_value_int64(value))
        case SQLITE_FLOAT: self = .real(sqlite3_value_double(value))
        case SQLITE_TEXT:
            let count = Int(sqlite3_value_bytes(value))
            if let text = sqlite3_value_text(value) {
                self = .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
            } else {
                self = .text("")
            }
        case SQLITE_BLOB:
            let count = Int(sqlite3_value_bytes(value))
            if let bytes = sqlite3_value_blob(value), count > 0 {
                self = .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
            } else {
                self = .blob([])
            }
        default: self = .null
        }
    }
}

extension Connection {
    /// Starts recording the rows written in `tables`. One watch per connection; a later call
    /// replaces it.
    public func watchRows(in tables: [String]) -> RowWatch {
        let watch = RowWatch(tables: tables)
        rowWatch = watch
        sqlite3_preupdate_hook(
            handle,
            { context, handle, operation, _, table, oldRowID, newRowID in
                guard let context, let table else { return }
                Unmanaged<RowWatch>.fromOpaque(context).takeUnretainedValue()
                    .record(handle, operation, table, oldRowID, newRowID)
            }, Unmanaged.passUnretained(watch).toOpaque())
        return watch
    }

    /// The column names of a table, in their order.
    public func columnNames(of table: String) throws -> [String] {
        try query("SELECT name FROM pragma_table_info(?) ORDER BY cid", table) { $0.string(0) ?? "" }
    }
}
