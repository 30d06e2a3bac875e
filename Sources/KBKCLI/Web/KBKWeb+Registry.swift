import KBKDomain
import KBKStore

/// The registry forms' posts, through the same store calls as `kbk group`, `kbk sop`,
/// `kbk improvement` and `kbk ikm`, which decide the role and the scope.
extension KBKWeb {
    static func groupID(_ text: String) throws -> Int64 {
        guard let id = Int64(text), id > 0 else {
            throw WebFailure(
                status: 404,
                message: Text(en: "no group has the id '\(text)'", id: "tidak ada kelompok dengan id '\(text)'"))
        }
        return id
    }

    static func date(_ form: [String: String], _ field: String) throws -> CivilDate {
        try CivilDate.parseEntered(try form.requiredField(field), field: field)
    }

    static func optionalDate(_ form: [String: String], _ field: String) throws -> CivilDate? {
        try form.filled(field).map { try CivilDate.parseEntered($0, field: field) }
    }

    static func short(_ form: [String: String], _ field: String) throws -> String {
        try TextRules.name(try form.requiredField(field), field: field)
    }

    /// A post to `/unit/CODE/ACTION`.
    static func unitChange(_ action: String, unit: UnitCode, form: [String: String], store: Store) throws {
        switch action {
        case "group":
            var draft = GroupDraft(unitCode: unit, name: try short(form, "name"))
            draft.focus = try TextRules.optional(form.filled("focus"), field: "focus")
            _ = try store.write { try $0.groups.add(draft) }
        case "meeting":
            let id = try groupID(try form.requiredField("group"))
            try groupChange("meeting", group: id, form: form, store: store)
        case "sop":
            var content = SOPContent(title: try short(form, "title"), effectiveOn: try date(form, "effective"))
            content.service = try TextRules.optional(form.filled("service"), field: "service")
            let months = try form.filled("review_months").map { (t: String) throws(DomainError) in
                try Invocation.integer(t, field: "review_months", in: SOPSchedule.reviewMonthsRange)
            }
            let number = try short(form, "number")
            _ = try store.write { try $0.sops.add(number: number, unit: unit, content: content, reviewMonths: months) }
        case "revise":
            let number = try form.requiredField("sop")
            var changes = SOPContentChanges()
            changes.title = try TextRules.optional(form.filled("title"), field: "title")
            let effective = try date(form, "effective")
            _ = try store.write {
                try $0.sops.revise(number, effectiveOn: effective, revisedOn: nil, changes: changes, reviewMonths: nil)
            }
        case "review":
            let number = try form.requiredField("sop")
            let outcome = try ReviewOutcome.parse(try form.requiredField("outcome"))
            let day = try date(form, "date")
            let note = try TextRules.optional(form.filled("note"), field: "note")
            _ = try store.write { try $0.sops.review(number, on: day, outcome: outcome, note: note, reviewer: nil) }
        case "advance":
            let id = Int64(
                try Invocation.integer(try form.requiredField("improvement"), field: "improvement", in: 1...Int.max))
            let stage = try ImprovementStage.parse(try form.requiredField("stage"))
            let note = try TextRules.optional(form.filled("note"), field: "note", long: true)
            _ = try store.write { try $0.improvements.advance(id, to: stage, note: note, on: nil) }
        case "ikm":
            let period = try ReportPeriod.parse(try form.requiredField("period"))
            let respondents = try Invocation.integer(
                try form.requiredField("respondents"), field: "respondents", in: 1...10_000_000)
            let score = try IKMScore.fromAverages(
                try form.requiredField("averages").split(separator: ",", omittingEmptySubsequences: false).map(
                    String.init),
                respondents: respondents)
            _ = try store.write { try $0.surveys.add(unit: unit, period: period, score: score) }
        default:
            throw notFound
        }
    }

    /// A post to `/group/ID/ACTION`.
    static func groupChange(_ action: String, group id: Int64, form: [String: String], store: Store) throws {
        switch action {
        case "meeting":
            let draft = MeetingDraft(
                heldOn: try date(form, "date"),
                agenda: try TextRules.optional(form.filled("agenda"), field: "agenda"),
                minutes: try TextRules.optional(form.filled("minutes"), field: "minutes", long: true))
            _ = try store.write { try $0.groups.addMeeting(id, draft) }
        case "member":
            let draft = MemberDraft(
                nip: try NIP(try form.requiredField("nip")), name: try short(form, "name"),
                role: try GroupRole.parse(form.filled("role") ?? "member"), since: try optionalDate(form, "since"))
            _ = try store.write { try $0.groups.addMember(id, draft) }
        case "remove-member":
            let nip = try NIP(try form.requiredField("nip"))
            let day = try date(form, "date")
            _ = try store.write { try $0.groups.removeMember(id, nip: nip, on: day) }
        case "improvement":
            var draft = ImprovementDraft(groupID: id, title: try short(form, "title"))
            draft.problem = try TextRules.optional(form.filled("problem"), field: "problem", long: true)
            draft.target = try TextRules.optional(form.filled("target"), field: "target", long: true)
            draft.dueOn = try optionalDate(form, "due")
            draft.complaints = try (form.filled("complaints") ?? "").split(whereSeparator: { $0 == " " || $0 == "," })
                .map { try Ticket.parse(String($0)) }
            _ = try store.write { try $0.improvements.add(draft) }
        default:
            throw notFound
        }
    }
}
