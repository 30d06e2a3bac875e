import KBKDomain
import KBKPresentation
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

    static func unitsPage(
        _ request: CGIRequest, store: Store, official: Official, now: Timestamp, refill: Refill? = nil
    ) throws -> CGIResponse {
        .html(
            200,
            WebPages.units(
                try store.units.list(includeInactive: false, kind: nil, today: store.today), official: official,
                token: try token(for: official, in: store, at: now), language: request.language, base: request.base,
                refill: refill))
    }

    /// A post to `/units/add`: the unit registered; its code.
    static func addUnit(_ form: [String: String], store: Store) throws -> String {
        var draft = UnitDraft(
            code: try UnitCode(try form.requiredField("code")), name: try form.shortText("name"),
            kind: try UnitKind.parse(try form.requiredField("kind")))
        draft.parentCode = try form.filled("parent").map { try UnitCode($0) }
        draft.officialCode = try form.optionalShortText("official_code")
        draft.headName = try form.optionalShortText("head_name")
        draft.headNIP = try form.filled("head_nip").map { try NIP($0) }
        draft.staffCount = try form.filled("staff").map {
            try EnteredValue.integer($0, field: "staff", in: Unit.staffRange)
        }
        return try store.write { try $0.units.add(draft) }.code
    }

    /// A post to `/unit/CODE/ACTION`.
    static func unitChange(_ action: String, unit: UnitCode, form: [String: String], store: Store) throws {
        switch action {
        case "group":
            var draft = GroupDraft(unitCode: unit, name: try form.shortText("name"))
            draft.focus = try form.optionalShortText("focus")
            _ = try store.write { try $0.groups.add(draft) }
        case "meeting":
            let id = try groupID(try form.requiredField("group"))
            try groupChange("meeting", group: id, form: form, store: store)
        case "sop":
            var content = SOPContent(title: try form.shortText("title"), effectiveOn: try form.date("effective"))
            content.service = try form.optionalShortText("service")
            let months = try form.filled("review_months").map { (t: String) throws(DomainError) in
                try EnteredValue.integer(t, field: "review_months", in: SOPSchedule.reviewMonthsRange)
            }
            let number = try form.shortText("number")
            _ = try store.write { try $0.sops.add(number: number, unit: unit, content: content, reviewMonths: months) }
        case "revise":
            let number = try form.requiredField("sop")
            var changes = SOPContentChanges()
            changes.title = try form.optionalShortText("title")
            let effective = try form.date("effective")
            _ = try store.write {
                try $0.sops.revise(number, effectiveOn: effective, revisedOn: nil, changes: changes, reviewMonths: nil)
            }
        case "review":
            let number = try form.requiredField("sop")
            let outcome = try ReviewOutcome.parse(try form.requiredField("outcome"))
            let day = try form.date("date")
            let note = try form.optionalShortText("note")
            _ = try store.write { try $0.sops.review(number, on: day, outcome: outcome, note: note, reviewer: nil) }
        case "advance":
            let id = try EnteredValue.recordID(try form.requiredField("improvement"), field: "improvement")
            let stage = try ImprovementStage.parse(try form.requiredField("stage"))
            let note = try form.optionalLongText("note")
            _ = try store.write { try $0.improvements.advance(id, to: stage, note: note, on: nil) }
        case "ikm":
            let period = try ReportPeriod.parse(try form.requiredField("period"))
            let respondents = try EnteredValue.integer(
                try form.requiredField("respondents"), field: "respondents", in: IKMScore.respondentRange)
            let score = try IKMScore.fromAverages(
                try form.requiredField("averages").split(separator: ",", omittingEmptySubsequences: false).map(
                    String.init),
                respondents: respondents)
            _ = try store.write { try $0.surveys.add(unit: unit, period: period, score: score) }
        case "target":
            let year = try EnteredValue.integer(try form.requiredField("year"), field: "year", in: UnitTarget.years)
            /// Blank keeps the target as it is, "-" clears it (as `--on-time ''` does).
            func clearable<Value>(_ name: String, _ parse: (String) throws -> Value) throws -> Value?? {
                guard let text = form.filled(name) else { return nil }
                return text == "-" ? .some(nil) : .some(try parse(text))
            }
            var changes = TargetChanges()
            changes.settledBasisPoints = try clearable("settled") { try UnitTarget.parseShare($0, field: "settled") }
            changes.onTimeBasisPoints = try clearable("on_time") { try UnitTarget.parseShare($0, field: "on_time") }
            changes.ikmHundredths = try clearable("ikm") { try UnitTarget.parseIKM($0, field: "ikm") }
            changes.source = try clearable("source") { try TextRules.name($0, field: "source") }
            if changes.isEmpty { throw DomainError.invalid(field: "settled", value: "", reason: .empty) }
            _ = try store.write { try $0.targets.set(unit, year: year, changes) }
        case "remove-target":
            let year = try EnteredValue.integer(try form.requiredField("year"), field: "year", in: UnitTarget.years)
            _ = try store.write { try $0.targets.remove(unit, year: year) }
        case "revoke":
            let number = try form.requiredField("sop")
            // The page's own SOP: a form cannot revoke another unit's from here (the store checks the right).
            guard try store.sops.get(number).unitCode == unit.value else {
                throw WebFailure(status: 400, message: Msg.webNotThisPages(number), field: "sop")
            }
            let day = try form.date("date")
            _ = try store.write { try $0.sops.revoke(number, on: day) }
        case "assess":
            let year = try EnteredValue.integer(
                try form.requiredField("year"), field: "year", in: CivilDate.plausibleYears)
            let scores = try CoreValue.allCases.map {
                try EnteredValue.integer(
                    try form.requiredField("score-\($0.code)"), field: "score-\($0.code)", in: CoreValue.scores)
            }
            let day = try form.optionalDate("date")
            let note = try form.optionalShortText("note")
            _ = try store.write {
                try $0.assessments.add(unit: unit, year: year, scores: .values(scores), on: day, note: note)
            }
        case "edit":
            var changes = UnitChanges()
            changes.name = try form.shortText("name")
            changes.officialCode = .some(try form.optionalShortText("official_code"))
            changes.headName = .some(try form.optionalShortText("head_name"))
            changes.headNIP = .some(try form.filled("head_nip").map { try NIP($0) })
            changes.staffCount = .some(
                try form.filled("staff").map { try EnteredValue.integer($0, field: "staff", in: Unit.staffRange) })
            _ = try store.write { try $0.units.edit(unit, changes) }
        case "deactivate":
            let day = try form.date("date")
            let successor = try form.filled("successor").map { try UnitCode($0) }
            _ = try store.write { try $0.units.deactivate(unit, on: day, successor: successor) }
        default:
            throw notFound
        }
    }

    /// A post to `/group/ID/ACTION`.
    static func groupChange(_ action: String, group id: Int64, form: [String: String], store: Store) throws {
        switch action {
        case "meeting":
            let draft = MeetingDraft(
                heldOn: try form.date("date"),
                agenda: try form.optionalShortText("agenda"),
                minutes: try form.optionalLongText("minutes"))
            _ = try store.write { try $0.groups.addMeeting(id, draft) }
        case "member":
            let draft = MemberDraft(
                nip: try NIP(try form.requiredField("nip")), name: try form.shortText("name"),
                role: try GroupRole.parse(form.filled("role") ?? "member"), since: try form.optionalDate("since"))
            _ = try store.write { try $0.groups.addMember(id, draft) }
        case "remove-member":
            let nip = try NIP(try form.requiredField("nip"))
            let day = try form.date("date")
            _ = try store.write { try $0.groups.removeMember(id, nip: nip, on: day) }
        case "improvement":
            var draft = ImprovementDraft(groupID: id, title: try form.shortText("title"))
            draft.problem = try form.optionalLongText("problem")
            draft.target = try form.optionalLongText("target")
            draft.dueOn = try form.optionalDate("due")
            draft.complaints = try (form.filled("complaints") ?? "").split(whereSeparator: { $0 == " " || $0 == "," })
                .map { try Ticket.parse(String($0)) }
            _ = try store.write { try $0.improvements.add(draft) }
        case "link":
            let improvement = try EnteredValue.recordID(try form.requiredField("improvement"), field: "improvement")
            guard try store.improvements.get(improvement).groupID == id else {
                throw WebFailure(status: 400, message: Msg.webNotThisPages(String(improvement)), field: "improvement")
            }
            let ticket = try form.filled("complaint").map { try Ticket.parse($0) }
            let sop = form.filled("sop")
            let survey = try form.filled("survey").map { try EnteredValue.recordID($0, field: "survey") }
            let elements = try (form.filled("elements") ?? "").split(separator: ",").map {
                try IKMScore.parseElement(String($0).trimmingWhitespace())
            }
            if survey != nil && elements.isEmpty {
                throw DomainError.invalid(field: "elements", value: "", reason: .empty)
            }
            if survey == nil && !elements.isEmpty {
                throw DomainError.invalid(field: "survey", value: "", reason: .empty)
            }
            guard ticket != nil || sop != nil || survey != nil else {
                throw DomainError.invalid(field: "complaint", value: "", reason: .empty)
            }
            try store.write {
                if ticket != nil || sop != nil { try $0.improvements.link(improvement, complaint: ticket, sop: sop) }
                if let survey { try $0.improvements.link(improvement, survey: survey, elements: elements) }
            }
        case "rbk":
            let draft = RBKDraft(
                groupID: id, title: try form.shortText("title"), writtenOn: try form.optionalDate("date"),
                plan: try form.longText("plan"), doing: try form.longText("doing"),
                checking: try form.longText("checking"), acting: try form.longText("acting"),
                improvementIDs: try (form.filled("improvements") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }
                )
                .map { try EnteredValue.recordID(String($0), field: "improvements") })
            _ = try store.write { try $0.rbks.add(draft) }
        case "edit":
            var changes = GroupChanges()
            changes.name = try form.shortText("name")
            changes.focus = .some(try form.optionalShortText("focus"))
            _ = try store.write { try $0.groups.edit(id, changes) }
        case "dissolve":
            let day = try form.date("date")
            _ = try store.write { try $0.groups.dissolve(id, on: day) }
        default:
            throw notFound
        }
    }
}
