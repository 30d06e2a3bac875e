import KBKDomain
import KBKStore

/// Public holidays (`holidays`): a date already in the calendar is present.
struct HolidayImporter: RecordImporter {
    static let requiredColumns = ["date", "name"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let date = try record.require("date", FieldParser.date)
        let name = try record.require("name", FieldParser.name("name"))
        let kind = try record.parse("kind", HolidayKind.parse) ?? .local
        let source = try record.parse("source", FieldParser.name("source"))
        if try store.holidays.contains(date) { return false }
        _ = try record.attempt("date") {
            try transaction.holidays.add(Holiday(date: date, name: name, kind: kind, source: source))
        }
        return true
    }
}
