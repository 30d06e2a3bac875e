import KBKDomain
import KBKPresentation
import KBKStore

/// What a citizen may see: status, dates, the public responses and their own replies; never names,
/// contacts, internal notes or a confidential description.
extension WebPages {
    /// A complaint as its citizen follows it: the record, its public history, its unit's name and
    /// each due date with how it stands.
    struct TrackedComplaint {
        let complaint: Complaint
        let events: [ComplaintEvent]
        let unitName: String?
        let dueLines: [(label: Text, value: String)]
        /// The files the desk shows to citizens, and the address that serves one (its id appended).
        var attachments: [Attachment] = []
        var fileLink = ""
        /// The desa or kelurahan it is about, as people name it ("Karangreja, kec. Karangreja").
        var village: String?
    }

    /// The forms the status page offers the citizen who gave the tracking code.
    struct CitizenForms {
        let session: WebCitizen.Session
        let code: String
        /// The act just recorded (`?done=`), shown when the complaint's history says so.
        let done: CitizenAct?
        let refill: Refill?
    }

    /// The citizens' status page, under the government's letterhead and with how to reach its desk.
    static func status(
        _ found: TrackedComplaint?, followed: TrackedComplaint? = nil, asked: Bool, ticket: String,
        document: ReportDocument, contact: String, timeZone: UTCOffset, language: Language, base: String,
        official: Official?, citizen: CitizenForms? = nil
    ) -> HTML {
        var body = ReportHTML.letterhead(document)
        if !contact.isEmpty { body += "<p class=\"contact\">\(Msg.webDeskContact(language)): \(contact)</p>" }
        if let refill = citizen?.refill { body += refill.notice(language, listingTyped: false) }
        let recordedAction: [CitizenAct: ComplaintAction.Kind] = [.reply: .note, .rate: .close, .object: .reopen]
        if let done = citizen?.done, let last = found?.events.last, last.actor == Actor.citizen.name,
            last.action == recordedAction[done]?.rawValue
        {
            body += "<p class=\"notice\" role=\"status\">\(Msg.citizenDone(language))</p>"
        }
        body += """
            <form method="get" action="\(base)/status" class="action">
            \(input("ticket", Msg.labelTicket, language, value: ticket, placeholder: "ADU-2026-00012"))
            \(input("code", Msg.webTrackingCode, language, placeholder: "XXXXX-XXXXX"))
            <button type="submit">\(Msg.webShowStatus(language))</button>
            </form>
            <p><a href="\(base)/status/new">\(Msg.citizenFileLink(language))</a></p>
            """
        if asked, found == nil {
            body += "<p class=\"error\">\(Msg.webNoSuchComplaint(language))</p>"
        }
        for (index, shown) in [found, followed].enumerated() {
            guard let found = shown else { continue }
            if index == 1 {
                body += "<h2>\(Msg.webFollowedInItsPlace(found.complaint.ticket.description)(language))</h2>"
            }
            let complaint = found.complaint
            func field(_ label: Text, _ value: String) -> HTML { "<dt>\(label(language))</dt><dd>\(value)</dd>" }
            body += "<dl class=\"fields\">"
            body += field(Msg.labelTicket, complaint.ticket.description)
            body += field(Msg.labelStatus, Msg.statusName(complaint.status)(language))
            body += field(Msg.labelReceived, LetterDates.deskInstant(complaint.receivedAt, timeZone, language))
            if !complaint.isConfidential { body += field(Msg.labelSubject, complaint.subject) }
            if let village = found.village { body += field(Msg.labelVillage, village) }
            if let unit = complaint.unitCode { body += field(Msg.webHandledBy, found.unitName ?? unit.value) }
            // Which deadline each date is, and how it stands: what the government owes and when.
            for line in found.dueLines { body += field(line.label, line.value) }
            body += "</dl><h3>\(Msg.webResponses(language))</h3>"
            // The desk's public answers, and everything the citizen wrote (a reply, an objection's
            // reason, a rating's comment): theirs to read back.
            let responses = found.events.filter { ($0.isPublic || $0.actor == Actor.citizen.name) && $0.text != nil }
            if responses.isEmpty {
                body += "<p>\(Msg.webNoResponseYet(language))</p>"
            }
            for event in responses {
                // The complainant's own replies are theirs: "You", not the desk's word for a note.
                let action = ComplaintAction.Kind(rawValue: event.action)
                let kind =
                    event.actor != Actor.citizen.name
                    ? action.map { $0.label(language) } ?? ""
                    : action == .note
                        ? Msg.citizenYou(language) : "\(Msg.citizenYou(language)) · \(action?.label(language) ?? "")"
                body += "<p><strong>\(LetterDates.deskInstant(event.at, timeZone, language))</strong>"
                body += " — \(kind)<br>\(event.text)</p>"
            }
            body += attachments(
                found.attachments, link: { found.fileLink + String($0.id) }, language: language, forTheDesk: false)
            if index == 0, let citizen { body += citizenForms(complaint, citizen, language: language, base: base) }
        }
        return layout(
            Msg.webComplaintStatus(language), body, language: language, base: base, official: official,
            brand: document.organisation.isEmpty ? nil : document.organisation)
    }

    /// What the citizen may still do with their complaint, by the life cycle's own table: reply
    /// while a note may be added, rate or object while it is resolved.
    static func citizenForms(_ complaint: Complaint, _ citizen: CitizenForms, language: Language, base: String)
        -> HTML
    {
        func allows(_ action: ComplaintAction) -> Bool {
            action.nextStatus(from: complaint.status, heldFrom: complaint.heldFrom) != nil
        }
        func form(_ action: String, _ title: Text, hint: Text?, _ fields: (FormFields) -> HTML, _ send: Text) -> HTML {
            let f = citizen.refill?.fields(for: action, language: language) ?? FormFields(language: language)
            f.idPrefix = action + "-"
            let hint: HTML = hint.map { "<p class=\"hint\">\($0(language))</p>" } ?? ""
            return """
                <form method="post" action="\(base)/status/\(action)" class="action" enctype="multipart/form-data">
                <h3>\(title(language))</h3>\(hint)
                \(WebCitizen.hidden(citizen.session, language: language, idPrefix: f.idPrefix))
                <input type="hidden" name="ticket" value="\(complaint.ticket.description)">
                <input type="hidden" name="code" value="\(citizen.code)">
                \(fields(f))\(f.formProblem())
                <button type="submit">\(send(language))</button>
                </form>
                """
        }
        var out = HTML()
        if allows(.close(rating: nil, comment: nil)) {
            let scale = Complaint.ratingRange.reversed().map { ("\($0)", Msg.citizenRatingWord($0)(language)) }
            out += form(
                "rate", Msg.citizenRateTitle, hint: Msg.citizenRateHint,
                { $0.choice("rating", Msg.citizenRating, scale) + $0.textarea("comment", Msg.citizenComment) },
                Msg.citizenRateSend)
        }
        if allows(.reopen(reason: "")) {
            out += form(
                "object", Msg.citizenObjectTitle, hint: Msg.citizenObjectHint,
                { $0.textarea("reason", Msg.citizenObjectReason, required: true) }, Msg.citizenObjectSend)
        }
        if allows(.reply("")) {
            out += form(
                "reply", Msg.citizenReplyTitle, hint: nil,
                { $0.textarea("message", Msg.citizenReplyField, required: true) }, Msg.citizenReplySend)
        }
        return out
    }

    /// The public filing form: what happened and where, photos, who is filing (or anonymous).
    static func filing(
        session: WebCitizen.Session, places: [Place], document: ReportDocument, contact: String, language: Language,
        base: String, refill: Refill?
    ) -> HTML {
        let f = refill?.fields(for: "new", language: language) ?? FormFields(language: language)
        var fields = f.input("subject", Msg.citizenSubject, required: true)
        fields += f.textarea("description", Msg.citizenDescription, required: true)
        fields += f.choice("kind", Msg.labelKind, ComplaintKind.allCases.map { ($0.rawValue, $0.label(language)) })
        fields += WebPlaces.fields(f, places: places)
        fields += f.input("location", Msg.citizenLocation)
        fields += WebAttachments.fields(f, showable: false, hint: Msg.citizenAttachmentHint)
        fields += "<fieldset><legend>\(Msg.labelComplainant(language))</legend>"
        fields += f.input("name", Msg.citizenName) + f.input("contact", Msg.citizenContact)
        fields += f.checkbox("anonymous", Msg.citizenAnonymous) + f.checkbox("confidential", Msg.citizenConfidential)
        fields += "</fieldset>"
        var body = ReportHTML.letterhead(document)
        if !contact.isEmpty { body += "<p class=\"contact\">\(Msg.webDeskContact(language)): \(contact)</p>" }
        if let refill { body += refill.notice(language, listingTyped: false) }
        body += """
            <p>\(Msg.citizenFileIntro(language))</p>
            <form method="post" action="\(base)/status/new" class="action" enctype="multipart/form-data">
            \(WebCitizen.hidden(session, language: language))
            <input type="hidden" name="form_key" value="\(f.typed["form_key"] ?? IntakeKey().value)">
            \(f.formProblem())\(fields)
            <button type="submit">\(Msg.citizenSend(language))</button>
            </form>
            """
        return layout(
            Msg.citizenFileTitle(language), body, language: language, base: base, official: nil,
            brand: document.organisation.isEmpty ? nil : document.organisation)
    }

    /// After filing: the ticket and the tracking code, once, with the way to the status page.
    static func citizenReceipt(
        _ complaint: Complaint, trackingCode: String, document: ReportDocument, timeZone: UTCOffset,
        language: Language, base: String
    ) -> HTML {
        func field(_ label: Text, _ value: String) -> HTML { "<dt>\(label(language))</dt><dd>\(value)</dd>" }
        var body = ReportHTML.letterhead(document)
        body += "<h2 class=\"sheet-title\">\(Msg.citizenReceiptTitle(language))</h2>"
        body += "<p>\(Msg.citizenKeepCode(language))</p><dl class=\"fields\">"
        body += field(Msg.labelTicket, complaint.ticket.description)
        body += "<dt>\(Msg.webTrackingCode(language))</dt><dd><span class=\"code\">\(trackingCode)</span></dd>"
        body += field(Msg.labelReceived, LetterDates.deskInstant(complaint.receivedAt, timeZone, language))
        body += field(Msg.labelSubject, complaint.subject)
        body += "</dl>"
        let link =
            "\(base)/status?" + CGIRequest.query([("ticket", complaint.ticket.description), ("code", trackingCode)])
        body += "<p><a href=\"\(link)\">\(Msg.citizenFollowNow(language))</a></p>"
        return layout(
            Msg.citizenReceiptTitle(language), body, language: language, base: base, official: nil,
            brand: document.organisation.isEmpty ? nil : document.organisation)
    }
}
