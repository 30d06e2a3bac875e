import KBKDomain
import KBKStore

/// Improvement groups (`groups`), known again by the id they had in their source file.
struct GroupImporter: RecordImporter {
    static let requiredColumns = ["skpd", "name"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let source = record.value("id")
        if let source, try key(.groups, source) != nil {
            try checkSameContent(.groups, source, record, column: "id")
            return false
        }
        var draft = GroupDraft(
            unitCode: try record.require("skpd", UnitCode.init),
            name: try record.require("name", FieldParser.name("name")))
        draft.decreeNumber = try record.parse("decree_number", FieldParser.name("decree number"))
        draft.decreeDate = try record.parse("decree_date", FieldParser.date)
        draft.formedOn = try record.parse("formed_on", FieldParser.date)
        draft.focus = try record.parse("focus", FieldParser.long("focus"))
        draft.section = try record.parse("section", FieldParser.name("section"))
        draft.sectionHeadName = try record.parse("section_head_name", FieldParser.name("section head name"))
        draft.sectionHeadNIP = try record.parse("section_head_nip", NIP.init)
        let group = try record.attempt("skpd") { try transaction.groups.add(draft) }
        if let source {
            try remember(.groups, source, String(group.id), in: transaction)
            try rememberContent(.groups, source, record, in: transaction)
        }
        if let dissolved = try record.parse("dissolved_on", FieldParser.date) {
            _ = try record.attempt("dissolved_on") { try transaction.groups.dissolve(group.id, on: dissolved) }
        }
        return true
    }
}
