import KBKAttachment
import KBKDigest
import KBKDomain
internal import SQLiteDB

/// An attachment as an export carries it: its complaint, the place of its event in the complaint's
/// history (1 for the receipt), and the file's row.
public struct ExportedAttachment: Sendable {
    public let ticket: String
    public let eventNumber: Int
    public let attachment: Attachment
}

extension Complaints {
    /// Every attachment in the order it came, with its event's place in its complaint's history; a
    /// confidential complaint's only with its personal data (`personalData`), as its description.
    public func exportedAttachments(personalData: Bool) throws -> [ExportedAttachment] {
        let columns = Complaints.attachmentColumns.split(separator: ",").map { "a." + String($0).trimmingWhitespace() }
        return try connection.query(
            """
            SELECT \(columns.joined(separator: ", ")), c.ticket,
                (SELECT count(*) FROM complaint_event e WHERE e.complaint_id = a.complaint_id AND e.id <= a.event_id)
            FROM attachment a JOIN complaint c ON c.id = a.complaint_id
            WHERE ? OR c.confidential = 0 ORDER BY a.id
            """, personalData
        ) { row in
            let r = DecodedRow(row, table: "attachment")
            return ExportedAttachment(
                ticket: try r.text(11, "ticket"), eventNumber: try r.int(12, "event"),
                attachment: try Complaints.decodeAttachment(row))
        }
    }

    /// The bytes kept under `sha256`: an original or a shown copy.
    public func attachmentBytes(_ sha256: String) throws -> [UInt8] { try content(sha256) }
}

extension Writing where Repository == Complaints {
    /// Restores an exported attachment (`kbk import attachments`) on the event at `eventNumber` of
    /// the complaint's history, with its time, author and visibility. `bytes` is the original when
    /// the bundle carries personal data, else the copy citizens see, which then stands for the
    /// original too; either must give the digest the row names. False when it is there already.
    public func restoreAttachment(
        _ ticket: Ticket, eventNumber: Int, name: String, bytes: [UInt8], sha256: String, shownSHA256: String,
        isPublic: Bool, addedAt: Timestamp, addedBy: String
    ) throws -> Bool {
        if !transaction.isImporting { try transaction.require(.importData) }
        let complaint = try repository.get(ticket)
        let digest = SHA256.hexDigest(bytes)
        guard digest == sha256 || digest == shownSHA256 else {
            throw DomainError.invalid(field: "sha256", value: name, reason: .unsafeAttachment(.digestDiffers))
        }
        let upload = try AttachmentUpload(name: name, bytes: bytes, field: "file")
        let file = upload.file
        guard
            let eventID = try connection.one(
                "SELECT id FROM complaint_event WHERE complaint_id = ? ORDER BY id LIMIT 1 OFFSET ?", complaint.id,
                eventNumber - 1, transform: { try DecodedRow($0, table: "complaint_event").int64(0, "id") })
        else {
            throw DomainError.outOfRange(
                field: "event", value: String(eventNumber),
                range: 1...max(1, try repository.events(of: complaint).count))
        }
        let present = try connection.count(
            "SELECT count(*) FROM attachment WHERE complaint_id = ? AND event_id = ? AND original_sha256 = ?",
            complaint.id, eventID, file.originalSHA256)
        if present > 0 { return false }
        for (key, content) in [(file.originalSHA256, file.original), (file.shownSHA256, file.shown)] {
            try connection.run(
                "INSERT INTO attachment_content (sha256, bytes) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING", key,
                content)
        }
        try connection.run(
            """
            INSERT INTO attachment (complaint_id, event_id, name, media_type, width, height, original_sha256,
                shown_sha256, public, added_at, added_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, complaint.id, eventID, upload.name, file.mediaType.rawValue, file.width, file.height,
            file.originalSHA256, file.shownSHA256, isPublic, addedAt.utcString, addedBy)
        try transaction.audit(
            AuditRecord(
                .attach, .complaint, id: ticket.description,
                "restored attachment #\(connection.lastInsertRowID) of \(ticket): \(file.mediaType.rawValue) "
                    + "sha256 \(file.originalSHA256)"
                    + (file.shownSHA256 == file.originalSHA256 ? "" : " shown \(file.shownSHA256)")))
        return true
    }
}
