import KBKDomain
import KBKPresentation
import KBKStore

/// Photos and documents on the web: a file field on the intake form and on the forms of the steps
/// that carry proof (a response, a resolution, a note), the complaint's files on its page, and each
/// file served to whoever may read the complaint, or to its citizen when the desk shows it. What a
/// file is, is decided by its content through the store's `AttachmentUpload`, as on the command line.
enum WebAttachments {
    static let field = "attach"
    static let publicField = "attach_public"
    /// The steps whose forms carry files.
    static let carriedBy: Set<ComplaintAction.Kind> = [.respond, .resolve, .note]
    static let accepted = AttachmentMediaType.allCases.map(\.rawValue).joined(separator: ",")

    /// The files a form sent, each checked by its content; a refused one names itself and the field.
    static func uploads(_ request: CGIRequest) throws -> [AttachmentUpload] {
        let files = request.files.filter { $0.field == field }
        guard files.count <= AttachmentLimits.perAction else {
            throw DomainError.invalid(
                field: field, value: files[AttachmentLimits.perAction].filename,
                reason: .unsafeAttachment(.tooMany(count: files.count, limit: AttachmentLimits.perAction)))
        }
        return try files.map { try AttachmentUpload(name: $0.filename, bytes: $0.bytes, field: field) }
    }

    /// Keeps the uploads with the step this change just wrote for the complaint.
    static func keep(
        _ uploads: [AttachmentUpload], _ request: CGIRequest, on ticket: Ticket, _ transaction: Transaction
    )
        throws
    {
        try transaction.complaints.attach(uploads, to: ticket, public: request.form[publicField] == "1")
    }

    /// The file field and the choice to show the files to the citizen.
    static func fields(_ f: FormFields, showable: Bool = true, hint: Text = Msg.webAttachmentHint) -> HTML {
        let language = f.language
        var out =
            f.label(field, Msg.labelAttachments)
                + """
                <input type="file" id="\(f.id(field))" name="\(field)" multiple \
                accept="\(accepted)"\(f.invalid(field))>\
                <small class="hint">\(hint(language))</small>
                """
        // A form that comes back has lost its files: the browser never fills a file field in.
        if !f.typed.isEmpty { out += "<small class=\"hint\">\(Msg.webAttachmentsChooseAgain(language))</small>" }
        if showable { out += f.checkbox(publicField, Msg.webAttachmentsPublic) }
        return out
    }

    /// A file served: its own media type, never sniffed, never run (a sandbox with nothing allowed),
    /// shown in the page for an image and saved for a PDF.
    static func response(_ attachment: Attachment, _ bytes: [UInt8]) -> CGIResponse {
        let ascii = String(
            attachment.name.unicodeScalars.map {
                $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_"
            })
        let encoded = CGIRequest.percentEncoded(attachment.name)
        let disposition = attachment.mediaType.isImage ? "inline" : "attachment"
        return CGIResponse(
            status: 200,
            headers: [
                ("Content-Type", attachment.mediaType.rawValue),
                ("Content-Disposition", "\(disposition); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"),
                ("Content-Security-Policy", "default-src 'none'; sandbox"), ("X-Content-Type-Options", "nosniff"),
                ("Referrer-Policy", "no-referrer"), ("Cache-Control", "private, no-store"),
            ], body: bytes)
    }
}

extension KBKWeb {
    /// `GET /complaint/TICKET/attachment/ID`: the file without its metadata, for whoever may read the
    /// complaint (a confidential complaint's files only within its scope, as its text).
    static func attachmentFile(_ ticketText: String, _ idText: String, store: Store) throws -> CGIResponse {
        let complaint = try store.complaints.get(try Ticket.parse(ticketText))
        guard let id = Int64(idText) else { throw notFound }
        do {
            let (attachment, bytes) = try store.complaints.shownAttachment(id, of: complaint)
            return WebAttachments.response(attachment, bytes)
        } catch DomainError.rule(.noSuchAttachment) {
            throw notFound
        }
    }

    /// `GET /status/attachment?ticket=&code=&id=`: a file the desk shows to the citizen, of the
    /// complaint the ticket and code open or of the original it follows.
    static func publicAttachmentFile(_ request: CGIRequest, store: Store) throws -> CGIResponse {
        guard
            let complaint = try store.complaints.tracked(
                ticket: request.query["ticket"] ?? "", code: request.query["code"] ?? ""),
            let id = request.query["id"].flatMap({ Int64($0) })
        else { throw notFound }
        var candidates = [complaint]
        if let original = try store.complaints.original(of: complaint) {
            candidates.append(try store.complaints.get(original))
        }
        for candidate in candidates {
            if let file = try? store.complaints.shownAttachment(id, of: candidate, publicOnly: true) {
                return WebAttachments.response(file.0, file.1)
            }
        }
        throw notFound
    }
}

extension WebPages {
    /// The complaint's files on its page: a thumbnail for each photo, a link for each document,
    /// with whether the citizen sees it.
    /// `forTheDesk`: whether each says that the citizen sees it (on the citizen's own page, all do).
    /// `control`: the form that shows a file to the citizen or stops showing it, where the reader may.
    static func attachments(
        _ list: [Attachment], link: (Attachment) -> String, language: Language, forTheDesk: Bool = true,
        control: (Attachment) -> HTML = { _ in HTML() }
    ) -> HTML {
        guard !list.isEmpty else { return HTML() }
        var out: HTML = "<h2>\(Msg.labelAttachments(language))</h2><ul class=\"attachments\">"
        for attachment in list {
            let href = link(attachment)
            let shown: HTML =
                attachment.isPublic && forTheDesk
                ? " <span class=\"badge\">\(Msg.labelShownToCitizen(language))</span>" : HTML()
            let size = attachment.width.flatMap { width in attachment.height.map { "\(width)×\($0)" } } ?? ""
            if attachment.mediaType.isImage {
                out += """
                    <li><a href="\(href)"><img src="\(href)" alt="\(attachment.name)" loading="lazy" \
                    width="160"></a><span>#\(String(attachment.id)) \(attachment.name) \(size)</span>\(shown)\
                    \(control(attachment))</li>
                    """
            } else {
                out +=
                    "<li><a href=\"\(href)\">#\(String(attachment.id)) \(attachment.name) (PDF)</a>\(shown)\(control(attachment))</li>"
            }
        }
        return out + "</ul>"
    }
}

extension WebAttachments {
    /// The form that shows a file to the citizen or stops showing it (`POST
    /// /complaint/TICKET/attachment-visibility`), through the store's `setAttachmentPublic`, which
    /// checks the right and the scope again.
    static func visibilityControl(
        _ complaint: Complaint, official: Official, token: String, language: Language, base: String
    ) -> (Attachment) -> HTML {
        guard GuardedAction.noteComplaint.allows(official.role) else { return { _ in HTML() } }
        return { attachment in
            let label = attachment.isPublic ? Msg.webStopShowingToCitizen : Msg.webShowToCitizen
            return """
                <form method="post" action="\(base)/complaint/\(complaint.ticket)/attachment-visibility" \
                class="inline"><input type="hidden" name="csrf" value="\(token)">\
                <input type="hidden" name="id" value="\(String(attachment.id))">\
                <input type="hidden" name="public" value="\(attachment.isPublic ? "0" : "1")">\
                <button type="submit">\(label(language))</button></form>
                """
        }
    }

    /// `POST /complaint/TICKET/attachment-visibility`.
    static func setVisibility(_ ticket: Ticket, form: [String: String], store: Store) throws {
        guard let id = Int64(try form.requiredField("id")), let shown = form["public"], shown == "0" || shown == "1"
        else {
            throw WebFailure(
                status: 400, message: Text(en: "the form names no attachment", id: "formulir tidak menyebut lampiran"))
        }
        _ = try store.write { try $0.complaints.setAttachmentPublic(id, of: ticket, shown == "1") }
    }
}
