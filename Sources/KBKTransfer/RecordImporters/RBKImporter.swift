import KBKDomain
import KBKStore

/// RBKs (`rbk`), known again by the id they had in their source file.
struct RBKImporter: RecordImporter {
    static let requiredColumns = ["id", "group", "title", "plan", "do", "check", "act"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let source = try record.require("id") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
        if try key(.rbk, source) != nil {
            try checkSameContent(.rbk, source, record, column: "id")
            return false
        }
        let improvements = try (record.value("improvements") ?? "").split(separator: ";").map { id in
            let mapped = try key(.improvements, String(id)) ?? String(id)
            return try record.require("improvements") { (_: String) throws(DomainError) in
                try EnteredValue.recordID(mapped, field: "number")
            }
        }
        let draft = RBKDraft(
            groupID: try groupID(record), title: try record.require("title", FieldParser.name("title")),
            writtenOn: try record.parse("written_on", FieldParser.date),
            plan: try record.require("plan", FieldParser.long("plan")),
            doing: try record.require("do", FieldParser.long("do")),
            checking: try record.require("check", FieldParser.long("check")),
            acting: try record.require("act", FieldParser.long("act")), improvementIDs: improvements)
        let rbk = try record.attempt("improvements") { try transaction.rbks.add(draft) }
        try remember(.rbk, source, String(rbk.id), in: transaction)
        try rememberContent(.rbk, source, record, in: transaction)
        return true
    }
}
