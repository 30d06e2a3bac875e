import KBKDomain
import KBKStore

/// Coordination meetings (`coordination`), known again by the id they had in their source file.
struct CoordinationImporter: RecordImporter {
    static let requiredColumns = ["id", "held_on", "title", "units"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let source = try record.require("id") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
        if try key(.coordination, source) != nil {
            try checkSameContent(.coordination, source, record, column: "id")
            return false
        }
        let units = try (record.value("units") ?? "").split(separator: ";").map { code in
            try record.require("units") { (_: String) throws(DomainError) in try UnitCode(String(code)) }
        }
        let draft = CoordinationDraft(
            heldOn: try record.require("held_on", FieldParser.date),
            title: try record.require("title", FieldParser.name("title")),
            chair: try record.parse("chair", FieldParser.name("chair")),
            decisions: try record.parse("decisions", FieldParser.long("decisions")), units: units)
        let meeting = try record.attempt("units") { try transaction.coordination.add(draft) }
        try remember(.coordination, source, String(meeting.id), in: transaction)
        try rememberContent(.coordination, source, record, in: transaction)
        return true
    }
}
