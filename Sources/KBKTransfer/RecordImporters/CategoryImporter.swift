import KBKDomain
import KBKStore

/// Complaint categories with their deadlines (`categories`): an existing code is updated to what
/// the file holds.
struct CategoryImporter: RecordImporter {
    static let requiredColumns = ["code", "name", "settle_days"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let code = try record.require("code", CategoryCode.parse)
        let name = try record.require("name", FieldParser.name("name"))
        let deadlines = Deadlines(
            verifyDays: try record.parse("verify_days", FieldParser.integer(Deadlines.dayRange))
                ?? Deadlines.defaultVerifyDays,
            respondDays: try record.parse("respond_days", FieldParser.integer(Deadlines.dayRange))
                ?? Deadlines.defaultRespondDays,
            settleDays: try record.require("settle_days", FieldParser.integer(Deadlines.dayRange)),
            respondHours: try record.parse("respond_hours", FieldParser.integer(Deadlines.hourRange)))
        let source = try record.parse("source", FieldParser.name("source"))
        if let existing = try? store.categories.get(code) {
            if existing == Category(code: code, name: name, deadlines: deadlines, source: source ?? existing.source) {
                return false
            }
            _ = try record.attempt("code") {
                try transaction.categories.edit(code, name: name, source: source) { $0 = deadlines }
            }
        } else {
            _ = try record.attempt("code") {
                try transaction.categories.add(
                    Category(code: code, name: name, deadlines: deadlines, source: source))
            }
        }
        return true
    }
}
