import KBKAttachment
import KBKDomain
internal import SQLiteDB

/// A file to attach: checked by its content (`AttachmentCheck`) before anything is written, and
/// kept under its given name with the extension of what it is.
public struct AttachmentUpload: Sendable {
    public let name: String
    public let file: CheckedAttachment

    /// `field` names where the file came from in a refusal (`--attach`, a form's field).
    public init(name: String, bytes: [UInt8], field: String) throws(DomainError) {
        do {
            file = try AttachmentCheck.check(bytes)
        } catch {
            throw .invalid(field: field, value: name, reason: .unsafeAttachment(error))
        }
        self.name = Attachment.keptName(name, kind: file.mediaType)
    }
}

extension Writing where Repository == Complaints {
    /// Keeps `uploads` on the complaint with the event this change just wrote for it (its receipt,
    /// a response, a resolution): files come with an action, so the right and the scope are the
    /// action's. Each file's digests are in the audit entry's summary and its row is sealed.
    @discardableResult
    public func attach(_ uploads: [AttachmentUpload], to ticket: Ticket, public isPublic: Bool) throws
        -> [Attachment]
    {
        guard !uploads.isEmpty else { return [] }
        let complaint = try repository.get(ticket)
        guard let eventID = transaction.eventsWritten[complaint.id] else {
            throw DomainError.rule(.attachmentWithoutAction(ticket: ticket.description))
        }
        let field = "attachment"
        guard uploads.count <= AttachmentLimits.perAction else {
            throw DomainError.invalid(
                field: field, value: uploads[AttachmentLimits.perAction].name,
                reason: .unsafeAttachment(.tooMany(count: uploads.count, limit: AttachmentLimits.perAction)))
        }
        let held = try connection.count("SELECT count(*) FROM attachment WHERE complaint_id = ?", complaint.id)
        guard held + uploads.count <= AttachmentLimits.perComplaint else {
            throw DomainError.invalid(
                field: field, value: uploads[0].name,
                reason: .unsafeAttachment(.tooMany(count: held + uploads.count, limit: AttachmentLimits.perComplaint)))
        }
        var kept: [Attachment] = []
        var lines: [String] = []
        for upload in uploads {
            let file = upload.file
            let (original, shown) = (file.originalSHA256, file.shownSHA256)
            try connection.run(
                "INSERT INTO attachment_content (sha256, bytes) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
                original, file.original)
            if shown != original {
                try connection.run(
                    "INSERT INTO attachment_content (sha256, bytes) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
                    shown, file.shown)
            }
            try connection.run(
                """
                INSERT INTO attachment (complaint_id, event_id, name, media_type, width, height, original_sha256,
                    shown_sha256, public, added_at, added_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, complaint.id, eventID, upload.name, file.mediaType.rawValue, file.width, file.height, original,
                shown, isPublic, transaction.now.utcString, transaction.performer.name)
            kept.append(
                Attachment(
                    id: connection.lastInsertRowID, eventID: eventID, name: upload.name, mediaType: file.mediaType,
                    width: file.width, height: file.height, originalSHA256: original, shownSHA256: shown,
                    isPublic: isPublic, addedAt: transaction.now, addedBy: transaction.performer.name))
            lines.append(
                "#\(connection.lastInsertRowID) \(file.mediaType.rawValue) \(file.original.count) bytes sha256 \(original)"
                    + (shown == original ? "" : " shown \(shown)"))
        }
        // The summary names no file: a citizen's file name may name them; the digests prove the files.
        try transaction.audit(
            AuditRecord(
                .attach, .complaint, id: ticket.description,
                "attached \(uploads.count) file(s) to \(ticket)\(isPublic ? ", shown to citizens" : ""): "
                    + lines.joined(separator: "; ")))
        return kept
    }

    /// Shows one of the complaint's files on the citizen's status page, or stops showing it. Whoever
    /// may add a note to the complaint in its scope decides (the desk for its intake, the unit after).
    public func setAttachmentPublic(_ id: Int64, of ticket: Ticket, _ isPublic: Bool) throws -> Attachment {
        try transaction.require(.noteComplaint)
        let complaint = try repository.get(ticket)
        try transaction.requireScope(complaint.unitCode?.value, "show an attachment of \(ticket)")
        guard var attachment = try repository.attachments(of: complaint).first(where: { $0.id == id }) else {
            throw DomainError.rule(.noSuchAttachment(ticket: ticket.description, id: id))
        }
        guard attachment.isPublic != isPublic else { return attachment }
        try connection.run("UPDATE attachment SET public = ? WHERE id = ?", isPublic, id)
        attachment.isPublic = isPublic
        try transaction.audit(
            AuditRecord(
                .attach, .complaint, id: ticket.description,
                "\(isPublic ? "showed" : "stopped showing") attachment #\(id) of \(ticket) to citizens"))
        return attachment
    }

    /// The file as it was sent, metadata and all (a photo's GPS position, its camera): for those who
    /// may reveal a complainant's identity, and recorded as such a read.
    public func originalAttachment(_ id: Int64, of ticket: Ticket, reason: String) throws -> (Attachment, [UInt8]) {
        let complaint = try repository.get(ticket)
        guard let attachment = try repository.attachments(of: complaint).first(where: { $0.id == id }) else {
            throw DomainError.rule(.noSuchAttachment(ticket: ticket.description, id: id))
        }
        try recordIdentityReveal(complaint, reason: "original of attachment #\(id): \(reason)")
        return (attachment, try repository.content(attachment.originalSHA256))
    }
}

extension Complaints {
    static let attachmentColumns = """
        id, event_id, name, media_type, width, height, original_sha256, shown_sha256, public, added_at, added_by
        """

    static func decodeAttachment(_ row: Row) throws -> Attachment {
        let r = DecodedRow(row, table: "attachment")
        return Attachment(
            id: try r.int64(0, "id"), eventID: try r.int64(1, "event_id"), name: try r.text(2, "name"),
            mediaType: try r.choice(3, "media_type", "a media type"), width: r.optionalInt(4),
            height: r.optionalInt(5), originalSHA256: try r.text(6, "original_sha256"),
            shownSHA256: try r.text(7, "shown_sha256"), isPublic: try r.bool(8, "public"),
            addedAt: try r.instant(9, "added_at"), addedBy: try r.text(10, "added_by"))
    }

    /// The complaint's files in the order they came, none when the reader may not read its
    /// description: a confidential complaint's files are as confidential as its text.
    public func attachments(of complaint: Complaint) throws -> [Attachment] {
        guard try !withholds(complaint) else { return [] }
        return try connection.query(
            "SELECT \(Complaints.attachmentColumns) FROM attachment WHERE complaint_id = ? ORDER BY id", complaint.id,
            transform: Complaints.decodeAttachment)
    }

    /// The files citizens are shown on the complaint's status page: none of a confidential
    /// complaint, whose page another citizen following it as the original of theirs may read.
    public func publicAttachments(of complaint: Complaint) throws -> [Attachment] {
        guard !complaint.isConfidential else { return [] }
        return try connection.query(
            "SELECT \(Complaints.attachmentColumns) FROM attachment WHERE complaint_id = ? AND public = 1 ORDER BY id",
            complaint.id, transform: Complaints.decodeAttachment)
    }

    /// The bytes the reader is shown of one of the complaint's files: the copy without metadata.
    public func shownAttachment(_ id: Int64, of complaint: Complaint, publicOnly: Bool = false) throws -> (
        Attachment, [UInt8]
    ) {
        let files = publicOnly ? try publicAttachments(of: complaint) : try attachments(of: complaint)
        guard let attachment = files.first(where: { $0.id == id }) else {
            throw DomainError.rule(.noSuchAttachment(ticket: complaint.ticket.description, id: id))
        }
        return (attachment, try content(attachment.shownSHA256))
    }

    func content(_ sha256: String) throws -> [UInt8] {
        guard
            let bytes = try connection.one(
                "SELECT bytes FROM attachment_content WHERE sha256 = ?", sha256, transform: { $0.blob(0) }),
            let bytes
        else {
            throw DamagedRow(
                table: "attachment_content", rowID: sha256, column: "bytes", value: nil, expected: "the file's bytes")
        }
        return bytes
    }
}
