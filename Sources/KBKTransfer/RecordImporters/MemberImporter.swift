import KBKDomain
import KBKStore

/// Members of groups (`members`): a membership from the same day is present.
struct MemberImporter: RecordImporter {
    static let requiredColumns = ["group", "nip", "name"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let group = try groupID(record)
        let nip = try record.require("nip", NIP.init)
        let since = try record.parse("since", FieldParser.date)
        if let since, try store.imports.membershipExists(group: group, nip: nip.digits, since: since) {
            return false
        }
        let draft = MemberDraft(
            nip: nip, name: try record.require("name", FieldParser.name("name")),
            role: try record.parse("role", GroupRole.parse) ?? .member, since: since)
        _ = try record.attempt("nip") { try transaction.groups.addMember(group, draft) }
        if let until = try record.parse("until", FieldParser.date) {
            _ = try record.attempt("until") { try transaction.groups.removeMember(group, nip: nip, on: until) }
        }
        return true
    }
}
