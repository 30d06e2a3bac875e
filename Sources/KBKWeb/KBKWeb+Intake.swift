import KBKDomain
import KBKPresentation
import KBKStore

/// The intake form's post, read as `kbk complaint new` reads its options, and the address the
/// receipt sends the citizen to.
extension KBKWeb {
    static func intakePage(
        store: Store, official: Official, now: Timestamp, request: CGIRequest, refill: Refill?
    ) throws -> CGIResponse {
        let choices = WebPages.IntakeChoices(
            units: try store.units.list(includeInactive: false, kind: nil, today: store.today),
            categories: try store.categories.list(), topics: try store.topics.list(), places: try store.places.list(),
            now: String(now.iso8601(in: store.timeZone).prefix(16)))
        return .html(
            200,
            WebPages.intake(
                official: official, token: try token(for: official, in: store, at: now), choices: choices,
                language: request.language, base: request.base, refill: refill))
    }

    /// `POST /intake/whatsapp`: a chat pasted from WhatsApp read as `complaint new --from-whatsapp`
    /// reads its file, and the intake form filled in from it for the desk to check and send.
    /// Nothing is written.
    static func whatsAppIntake(_ form: [String: String], store: Store) throws -> Refill {
        let pasted = try form.requiredField("chat")
        guard pasted.utf8.count <= 64 * 1024, let chat = WhatsAppMessage.parse(pasted) else {
            let message = Text(
                en: Msg.notAWhatsAppChat(Msg.webThePastedText.en).en,
                id: Msg.notAWhatsAppChat(Msg.webThePastedText.id).id)
            throw WebFailure(status: 400, message: message, field: "chat")
        }
        var typed = [
            "subject": chat.subject, "description": chat.text, "channel": Channel.whatsapp.rawValue,
            "received": String(chat.sentAt(in: store.timeZone).iso8601(in: store.timeZone).prefix(16)),
        ]
        if let number = chat.number { typed["contact"] = number.digits } else { typed["name"] = chat.sender }
        return Refill(action: "intake", form: typed, reason: .prefilled)
    }

    /// What the intake form posted, as `kbk complaint new` reads its options.
    static func intakeDraft(_ form: [String: String], store: Store, now: Timestamp) throws -> ComplaintDraft {
        var draft = try sharedDraft(
            form, channel: try parseChoice(form.filled("channel") ?? Channel.whatsapp.rawValue, field: "channel"),
            store: store)
        draft.receivedAt = try form.filled("received").map { (text: String) throws(DomainError) in
            try EnteredValue.officeTime(
                text, field: "received", timeZone: store.timeZone, now: now, today: store.today)
        }
        draft.category = try form.filled("category").map(CategoryCode.init)
        draft.topic = try form.filled("topic").map(Topic.parseCode)
        draft.unit = try form.filled("skpd").map(UnitCode.init)
        draft.complainantName = try TextRules.optional(form.filled("name"), field: "complainant name")
        draft.complainantContact = try TextRules.optional(form.filled("contact"), field: "complainant contact")
        draft.externalReference = try form.optionalShortText("external_ref")
        draft.sopNumber = try form.optionalShortText("sop")
        return draft
    }

    /// What the desk's intake form and the citizen's public form both ask: subject and description,
    /// kind, address, desa and point, anonymous and confidential. The rest is each form's own (the
    /// citizen sets no class, unit, time or reference).
    static func sharedDraft(_ form: [String: String], channel: Channel, store: Store) throws -> ComplaintDraft {
        guard let subject = form.filled("subject"), let description = form.filled("description") else {
            throw WebFailure(
                status: 400,
                message: Text(en: "the subject and the description are needed", id: "pokok dan isi wajib diisi"),
                field: form.filled("subject") == nil ? "subject" : "description")
        }
        var draft = ComplaintDraft(
            subject: try TextRules.name(subject, field: "subject"),
            description: try TextRules.optional(description, field: "description", long: true) ?? "",
            channel: channel)
        draft.kind = try parseChoice(form.filled("kind") ?? ComplaintKind.complaint.rawValue, field: "kind")
        draft.location = try form.optionalShortText("location")
        try WebPlaces.read(form, store: store, into: &draft)
        draft.isAnonymous = form.filled("anonymous") != nil
        draft.isConfidential = form.filled("confidential") != nil
        return draft
    }
}
