import KBKDomain
internal import SQLiteDB

/// A notice to a citizen as recorded: which complaint and event, on what occasion, by what channel,
/// and how it left. `contact` and `text` (the event's public text) are read only to send it.
public struct CitizenNotice: Sendable {
    public let id: Int64
    public let ticket: String
    public let occasion: CitizenNoticeOccasion
    public let channel: CitizenNoticeChannel
    public let recordedAt: Timestamp
    public let deliveredAt: Timestamp?
    public let delivery: String?
    public let lastError: String?
    /// The contact the complainant left, the unit holding the complaint and the event's public text.
    public let contact: String
    public let unitCode: String?
    public let unitName: String?
    public let text: String?
}

/// Notices to citizens (migration 0045): recorded with the event they tell of, sent by `kbk
/// escalate` through the mail program or the gateway program, each once.
public struct CitizenNotices {
    let connection: Connection

    /// The notices recorded, newest first; `waitingOnly`, those not sent yet; `claimedBy`, a run's.
    public func list(since: CivilDate? = nil, waitingOnly: Bool = false, claimedBy: String? = nil) throws
        -> [CitizenNotice]
    {
        var conditions: [String] = []
        var values: [SQLiteBindable] = []
        if let claimedBy {
            conditions.append("n.claimed_by = ?")
            values.append(claimedBy)
        }
        if let since {
            conditions.append("e.local_date >= ?")
            values.append(since.stored)
        }
        if waitingOnly { conditions.append("n.delivered_at IS NULL") }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try connection.prepare(
            """
            SELECT n.id, c.ticket, n.occasion, n.channel, n.recorded_at, n.delivered_at, n.delivery, n.last_error,
                   c.complainant_contact, u.code, u.name, CASE WHEN e.public THEN e.text END
            FROM citizen_notice n JOIN complaint_event e ON e.id = n.event_id JOIN complaint c ON c.id = n.complaint_id
            LEFT JOIN skpd u ON u.id = c.skpd_id
            \(whereClause)
            ORDER BY n.id DESC
            """
        ).query(values) { row in
            let r = DecodedRow(row, table: "citizen_notice")
            return CitizenNotice(
                id: try r.int64(0, "id"), ticket: try r.text(1, "ticket"),
                occasion: try r.choice(2, "occasion", "an occasion"), channel: try r.choice(3, "channel", "a channel"),
                recordedAt: try r.instant(4, "recorded_at"), deliveredAt: try r.optionalInstant(5, "delivered_at"),
                delivery: r.optionalText(6), lastError: r.optionalText(7), contact: r.optionalText(8) ?? "",
                unitCode: r.optionalText(9), unitName: r.optionalText(10), text: r.optionalText(11))
        }
    }
}

extension Store {
    public var citizenNotices: CitizenNotices { CitizenNotices(connection: connection) }
}

extension Writing where Repository == CitizenNotices {
    /// Records the notice an event tells the complainant, when it is an occasion and they can be
    /// reached; nothing for a history restored or replayed (an import, the demo's past), which the
    /// citizen lived through then, nor for what the citizen did themselves.
    func record(for action: ComplaintAction, of complaint: Complaint, event: Int64) throws {
        guard !transaction.isImporting, !transaction.replaysHistory, transaction.citizen == nil,
            let occasion = CitizenNoticeOccasion(action),
            let channel = CitizenNoticeChannel(
                contact: complaint.complainantContact, anonymous: complaint.isAnonymous, intake: complaint.channel)
        else { return }
        try connection.run(
            """
            INSERT INTO citizen_notice (event_id, complaint_id, occasion, channel, recorded_at)
            VALUES (?, ?, ?, ?, ?)
            """, event, complaint.id, occasion.rawValue, channel.rawValue, transaction.now.utcString)
    }

    /// Claims every waiting notice no other run is sending, as `Escalations.claimWaiting` does.
    public func claimWaiting(run: String) throws -> [CitizenNotice] {
        try transaction.require(.escalate)
        let stale = Timestamp(secondsSinceEpoch: transaction.now.secondsSinceEpoch - Escalations.claimTimeoutSeconds)
        try connection.run(
            """
            UPDATE citizen_notice SET claimed_by = ?, claimed_at = ?
            WHERE delivered_at IS NULL AND (claimed_by IS NULL OR claimed_at <= ?)
            """, run, transaction.now.utcString, stale.utcString)
        let claimed = connection.changes
        guard claimed > 0 else { return [] }
        try transaction.audit(
            AuditRecord(
                .update, .notice, id: nil, "run \(run) claimed \(claimed) waiting notice(s) to citizens for sending"))
        return try repository.list(waitingOnly: true, claimedBy: run).reversed()
    }

    /// Marks a notice as gone, or as having no gateway to go through; the audit entry names the
    /// channel, never the contact.
    public func delivered(_ notice: CitizenNotice, via delivery: String) throws {
        try transaction.require(.escalate)
        try connection.run(
            """
            UPDATE citizen_notice SET delivered_at = ?, delivery = ?, last_error = NULL
            WHERE id = ? AND delivered_at IS NULL
            """, transaction.now.utcString, delivery, notice.id)
        try transaction.audit(
            AuditRecord(
                .update, .notice, id: "citizen-\(notice.id)",
                "notice to the citizen of \(notice.ticket) (\(notice.occasion.rawValue), \(notice.channel.rawValue)) "
                    + "delivered by \(delivery)"))
    }

    /// Keeps why a notice could not leave and lets its claim go; the next run tries it again.
    public func failed(_ notice: CitizenNotice, reason: String) throws {
        try transaction.require(.escalate)
        let kept = String(reason.prefix(2000))
        try connection.run(
            "UPDATE citizen_notice SET last_error = ?, claimed_by = NULL, claimed_at = NULL WHERE id = ?", kept,
            notice.id)
        try transaction.audit(
            AuditRecord(
                .update, .notice, id: "citizen-\(notice.id)",
                "notice to the citizen of \(notice.ticket) could not be sent: \(kept)"))
    }
}

extension Transaction {
    public var citizenNotices: Writing<CitizenNotices> { Writing(self, CitizenNotices(connection: connection)) }
}
