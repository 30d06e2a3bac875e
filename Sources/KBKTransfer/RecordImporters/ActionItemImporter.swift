import KBKDomain
import KBKStore

/// Action items of coordination meetings (`actions`), known again by their content: they have no
/// id of their own.
struct ActionItemImporter: RecordImporter {
    static let requiredColumns = ["meeting", "owner", "text", "due_on"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let fingerprint = record.contentFingerprint
        if try key(.actions, fingerprint) != nil { return false }
        let source = try record.require("meeting") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
        guard let meeting = Int64(try key(.coordination, source) ?? source) else {
            throw ImportProblem(
                line: record.line, column: "meeting", error: DomainError.notFound(kind: .coordination, key: source))
        }
        let action = try record.attempt("owner") {
            try transaction.coordination.addAction(
                to: meeting, owner: try record.require("owner", UnitCode.init),
                text: try record.require("text", FieldParser.long("text")),
                due: try record.require("due_on", FieldParser.date))
        }
        if let done = try record.parse("done_on", FieldParser.date) {
            let note = try record.parse("done_note", FieldParser.long("done note"))
            _ = try record.attempt("done_on") {
                try transaction.coordination.complete(action.id, on: done, note: note)
            }
        }
        try remember(.actions, fingerprint, String(action.id), in: transaction)
        return true
    }
}
