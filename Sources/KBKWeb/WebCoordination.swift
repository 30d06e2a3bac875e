import KBKDomain
import KBKPresentation
import KBKStore

/// The coordination meetings' pages (`/coordination?year=YYYY` and `/coordination/ID`): the rapat
/// koordinasi teknis of a year with their action items, which every official reads, and the forms
/// of `kbk coordination add`, `action add` and `action done` through the same store calls, which
/// check the right (and, for marking an item done, the owner unit's scope) again.
extension KBKWeb {
    static func coordinationPage(
        _ request: CGIRequest, store: Store, official: Official, now: Timestamp, refill: Refill? = nil
    ) throws -> CGIResponse {
        let year = try yearAsked(request, today: store.today)
        return .html(
            200,
            WebPages.coordination(
                try store.coordination.list(year: year), year: year,
                openActions: try store.coordination.actions(owners: nil, openOnly: true),
                units: try store.units.list(includeInactive: true, kind: nil, today: store.today),
                today: store.today, token: try token(for: official, in: store, at: now), official: official,
                language: request.language, base: request.base, refill: refill))
    }

    static func coordinationMeetingPage(
        _ id: Int64, store: Store, official: Official, request: CGIRequest, now: Timestamp, refill: Refill? = nil
    ) throws -> CGIResponse {
        .html(
            200,
            WebPages.coordinationMeeting(
                try store.coordination.get(id),
                units: try store.units.list(includeInactive: true, kind: nil, today: store.today),
                today: store.today, token: try token(for: official, in: store, at: now), official: official,
                language: request.language, base: request.base, refill: refill))
    }

    static func coordinationID(_ text: String) throws -> Int64 {
        guard let id = Int64(text), id > 0 else {
            throw WebFailure(
                status: 404,
                message: Text(
                    en: "no coordination meeting has the number '\(text)'",
                    id: "tidak ada rapat koordinasi dengan nomor '\(text)'"))
        }
        return id
    }

    /// A post to `/coordination/add`: the meeting, with the units ticked; its page's address.
    static func addCoordination(_ form: [String: String], store: Store) throws -> Int64 {
        let units = try form.keys.filter { $0.hasPrefix("unit-") }.sorted().map {
            try UnitCode(String($0.dropFirst("unit-".count)))
        }
        guard !units.isEmpty else { throw WebFailure(status: 400, message: Msg.webTickAUnit, field: "units") }
        let draft = CoordinationDraft(
            heldOn: try form.date("held"), title: try form.shortText("title"),
            chair: try form.optionalShortText("chair"),
            decisions: try form.optionalLongText("decisions"), units: units)
        return try store.write { try $0.coordination.add(draft) }.id
    }

    /// A post to `/coordination/ID/ACTION`.
    static func coordinationChange(_ action: String, meeting id: Int64, form: [String: String], store: Store) throws {
        switch action {
        case "action":
            let owner = try UnitCode(try form.requiredField("owner"))
            let text = try form.shortText("text")
            let due = try form.date("due")
            _ = try store.write { try $0.coordination.addAction(to: id, owner: owner, text: text, due: due) }
        case "done":
            let item = try EnteredValue.recordID(try form.requiredField("item"), field: "item")
            // The item must be this meeting's: a form cannot mark another meeting's item from here.
            guard try store.coordination.get(id).actions.contains(where: { $0.id == item }) else {
                throw WebFailure(status: 400, message: Msg.webNoSuchActionItem(String(item)), field: "item")
            }
            let day = try form.optionalDate("on") ?? store.today
            _ = try store.write { try $0.coordination.complete(item, on: day, note: try form.optionalLongText("note")) }
        default:
            throw notFound
        }
    }
}

extension WebPages {
    /// A year's coordination meetings, every open action item, and the form to record a meeting.
    static func coordination(
        _ meetings: [CoordinationMeeting], year: Int, openActions: [CoordinationAction], units: [Unit],
        today: CivilDate, token: String, official: Official, language: Language, base: String, refill: Refill?
    ) -> HTML {
        let path = "\(base)/coordination"
        var body: HTML = "<p class=\"years\"><a href=\"\(path)?year=\(year - 1)\">\(year - 1)</a> "
        body += "<strong>\(year)</strong> <a href=\"\(path)?year=\(year + 1)\">\(year + 1)</a></p>"
        if meetings.isEmpty { body += "<p>\(Msg.webNoCoordinationThisYear(year)(language))</p>" }
        body +=
            meetings.isEmpty
            ? HTML()
            : table(
                [
                    Msg.labelID, Msg.labelDate, Msg.labelTitle, Msg.webAttendingUnits, Msg.webActionItems,
                    Msg.webDoneOn,
                    Msg.webLate,
                ],
                meetings.map { meeting in
                    [
                        "<a href=\"\(path)/\(meeting.id)\">\(meeting.id)</a>",
                        "\(LetterDates.tableDate(meeting.heldOn, language))", "\(meeting.title)",
                        "\(meeting.units.count)", "\(meeting.actions.count)",
                        "\(meeting.actions.filter { $0.isDone(by: today) }.count)",
                        "\(meeting.actions.filter { $0.isOverdue(on: today) }.count)",
                    ]
                }, language: language)
        body += "<h2>\(Msg.webOpenActionItems(language))</h2>"
        body +=
            openActions.isEmpty
            ? "<p>\(Msg.webNoOpenActionItems(language))</p>"
            : actionTable(openActions, units: units, today: today, language: language, base: base)
        if GuardedAction.coordinate.allows(official.role) {
            body += "<h2>\(Msg.webActions(language))</h2>"
            body += registryForm(
                path, "add", Msg.webRecordCoordination,
                { fields in
                    fields.input("held", Msg.webDate, required: true, value: today.description)
                        + fields.input("title", Msg.labelTitle, required: true)
                        + fields.input("chair", Msg.webChair, placeholder: "Asisten Administrasi Umum")
                        + fields.textarea("decisions", Msg.webDecisions)
                        + "<fieldset><legend>\(Msg.webAttendingUnits(language))</legend>"
                        + units.filter { $0.existed(on: today) }.map { unit in
                            let shown = "\(unit.name) (\(unit.code))"
                            return fields.checkbox("unit-\(unit.code)", Text(en: shown, id: shown))
                        }.joined()
                        + "</fieldset>"
                }, token: token, language: language, refill: refill)
        }
        return layout(
            "\(Msg.webCoordination(language)) \(year)", body, language: language, base: base, official: official,
            refill: refill)
    }

    /// One meeting: who attended, what it decided, its action items, and the forms to add an item
    /// (the coordinator's desk) and to mark one done (its owner unit's desk or the coordinator).
    static func coordinationMeeting(
        _ meeting: CoordinationMeeting, units: [Unit], today: CivilDate, token: String, official: Official,
        language: Language, base: String, refill: Refill?
    ) -> HTML {
        let names = Dictionary(units.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        var body: HTML = "<dl class=\"fields\">"
        body += "<dt>\(Msg.labelDate(language))</dt><dd>\(LetterDates.date(meeting.heldOn, language))</dd>"
        body += "<dt>\(Msg.webChair(language))</dt><dd>\(meeting.chair ?? "-")</dd>"
        body += "<dt>\(Msg.webAttendingUnits(language))</dt><dd>"
        body += meeting.units.map { "<a href=\"\(base)/unit/\($0)\">\(names[$0] ?? $0)</a>" as HTML }
            .joined(separator: ", ")
        body += "</dd><dt>\(Msg.webDecisions(language))</dt><dd>\(meeting.decisions ?? "-")</dd></dl>"
        body += "<h2>\(Msg.webActionItems(language))</h2>"
        body += actionTable(meeting.actions, units: units, today: today, language: language, base: base)
        let path = "\(base)/coordination/\(meeting.id)"
        var forms = HTML()
        if GuardedAction.coordinate.allows(official.role) {
            forms += registryForm(
                path, "action", Msg.webAddActionItem,
                {
                    $0.choice(
                        "owner", Msg.webOwnerUnit,
                        units.filter { $0.existed(on: meeting.heldOn) }.map { ($0.code, "\($0.name) (\($0.code))") })
                        + $0.input("text", Msg.webWhatMustBeDone, required: true)
                        + $0.input("due", Msg.labelDue, required: true, placeholder: today.description)
                }, token: token, language: language, refill: refill)
        }
        let open = meeting.actions.filter { $0.doneOn == nil }
        if GuardedAction.completeCoordinationAction.allows(official.role), !open.isEmpty {
            forms += registryForm(
                path, "done", Msg.webMarkActionDone,
                {
                    $0.choice(
                        "item", Msg.webActionItem,
                        open.map { (String($0.id), "\($0.id) — \($0.ownerUnit): \($0.text)") })
                        + $0.input("on", Msg.webDate, required: true, value: today.description)
                        + $0.textarea("note", Msg.webWhatWasDone)
                }, token: token, language: language, refill: refill)
        }
        if !forms.isEmpty { body += "<h2>\(Msg.webActions(language))</h2>" + forms }
        return layout(
            "\(Msg.webCoordinationMeeting(language)) \(meeting.id) — \(meeting.title)", body, language: language,
            base: base, official: official, refill: refill)
    }

    static func actionTable(
        _ actions: [CoordinationAction], units: [Unit], today: CivilDate, language: Language, base: String
    ) -> HTML {
        let names = Dictionary(units.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        return table(
            [
                Msg.labelID, Msg.webCoordinationMeeting, Msg.webOwnerUnit, Msg.webWhatMustBeDone, Msg.labelDue,
                Msg.webDoneOn,
            ],
            actions.map { action in
                let late = action.isOverdue(on: today)
                return [
                    "\(action.id)",
                    "<a href=\"\(base)/coordination/\(action.meetingID)\">\(action.meetingID)</a>",
                    "<a href=\"\(base)/unit/\(action.ownerUnit)\">\(names[action.ownerUnit] ?? action.ownerUnit)</a>",
                    "\(action.text)",
                    "<span class=\"\(late ? "overdue" : "ok")\">\(LetterDates.tableDate(action.dueOn, language))</span>",
                    "\(action.doneOn.map { LetterDates.tableDate($0, language) } ?? "-")"
                        + (action.doneNote.map { "<br>\($0)" as HTML } ?? HTML()),
                ]
            }, language: language)
    }
}
