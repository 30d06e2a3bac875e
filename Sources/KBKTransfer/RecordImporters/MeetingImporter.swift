import KBKDomain
import KBKStore

/// Meetings of groups (`meetings`): one with the same day, agenda and minutes is present.
struct MeetingImporter: RecordImporter {
    static let requiredColumns = ["group", "held_on"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let group = try groupID(record)
        var draft = MeetingDraft(heldOn: try record.require("held_on", FieldParser.date))
        draft.agenda = try record.parse("agenda", FieldParser.long("agenda"))
        draft.minutes = try record.parse("minutes", FieldParser.long("minutes"))
        draft.attendees = try (record.value("attendees") ?? "").split(separator: ";").map { nip in
            try record.require("attendees") { (_: String) throws(DomainError) in try NIP(String(nip)) }
        }
        if try store.imports.meetingExists(
            group: group, heldOn: draft.heldOn, agenda: draft.agenda, minutes: draft.minutes)
        {
            return false
        }
        _ = try record.attempt("attendees") { try transaction.groups.addMeeting(group, draft) }
        return true
    }
}
