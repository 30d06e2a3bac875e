import KBKDomain
import SQLiteDB

/// Writes complaints and their events: the one place that knows how a `Complaint` maps onto the
/// `complaint` and `complaint_event` rows, shared by single commands and the bulk import.
struct ComplaintWriter {
    let connection: Connection
    let timeZone: UTCOffset

    /// The values derived from the history, in the column order of `derivedColumns`.
    private func derivedValues(_ complaint: Complaint) -> [SQLiteBindable?] {
        func localDate(_ instant: Timestamp?) -> CivilDate? { instant?.date(in: timeZone) }
        return [complaint.category, complaint.status.rawValue, complaint.heldFrom?.rawValue, complaint.heldSince?.utcString,
                complaint.heldWorkingDays, complaint.due.verify, complaint.due.respond, complaint.due.settle,
                complaint.verifiedAt?.utcString, complaint.handedOverOn, complaint.firstResponseAt?.utcString,
                localDate(complaint.firstResponseAt), complaint.firstResponseOnTime, complaint.resolvedAt?.utcString,
                localDate(complaint.resolvedAt), complaint.settledOnTime, complaint.closedAt?.utcString, complaint.rejectedAt?.utcString,
                complaint.rejectionReason?.rawValue, complaint.reopenCount, complaint.rating, complaint.ratingComment,
                complaint.lastEventAt.utcString]
    }

    private static let derivedColumns = [
        "category", "status", "held_from", "held_since", "held_working_days", "verify_due", "respond_due", "settle_due", "verified_at",
        "verified_on", "first_response_at", "first_response_on", "first_response_on_time", "resolved_at", "resolved_on",
        "settled_on_time", "closed_at", "rejected_at", "rejection_reason", "reopen_count", "rating", "rating_comment", "last_event_at",
    ]
    private static let intakeColumns = [
        "ticket", "year", "sequence", "received_at", "received_on", "channel", "kind", "subject", "description", "location",
        "external_ref", "sop_id", "complainant_name", "complainant_contact", "anonymous", "confidential", "skpd_id",
    ]
    private static let insertSQL: String = {
        let columns = intakeColumns + derivedColumns
        return "INSERT INTO complaint (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
    }()
    private static let updateSQL =
        "UPDATE complaint SET skpd_id = coalesce(?, skpd_id), " + derivedColumns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?"
    private static let eventSQL = """
        INSERT INTO complaint_event (complaint_id, at, local_date, verify_due, respond_due, settle_due, actor, action,
                                     status_before, status_after, skpd_before, skpd_after, text, public)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Inserts a complaint in its current state with the events that led to it; returns its id.
    func insert(_ complaint: Complaint, ticket: Ticket, unitID: Int64?, sopID: Int64?, events: [ComplaintEventDraft], actor: Actor) throws -> Int64 {
        let intake: [SQLiteBindable?] = [
            complaint.ticket, ticket.year, ticket.sequence, complaint.receivedAt.utcString, complaint.receivedOn, complaint.channel.rawValue,
            complaint.kind.rawValue, complaint.subject, complaint.description, complaint.location, complaint.externalReference, sopID,
            complaint.complainantName, complaint.complainantContact, complaint.isAnonymous, complaint.isConfidential, unitID,
        ]
        try connection.withCachedStatement(ComplaintWriter.insertSQL) { try $0.execute(bindable(intake + derivedValues(complaint))) }
        let id = connection.lastInsertRowID
        for event in events { try append(event, to: id, actor: actor) }
        return id
    }

    /// Stores the derived values of a complaint after an action; `unitID` when it changed unit.
    func update(_ complaint: Complaint, unitID: Int64?) throws {
        try connection.withCachedStatement(ComplaintWriter.updateSQL) {
            try $0.execute(bindable([unitID] + derivedValues(complaint) + [complaint.id]))
        }
    }

    func append(_ event: ComplaintEventDraft, to complaintID: Int64, actor: Actor) throws {
        try connection.withCachedStatement(ComplaintWriter.eventSQL) {
            try $0.execute(bindable([
                complaintID, event.at.utcString, event.localDate, event.due.verify, event.due.respond, event.due.settle, actor.name,
                event.action.rawValue, event.statusBefore?.rawValue, event.statusAfter.rawValue, event.unitBefore, event.unitAfter,
                event.text, event.isPublic,
            ]))
        }
    }

    private func bindable(_ values: [SQLiteBindable?]) -> [SQLiteBindable] {
        values.map { $0 ?? SQLiteValue.null }
    }
}

/// Answers a complaint action's questions from the database, loading the calendar at most once.
final class StoredReferences: ComplaintReferences {
    let connection: Connection
    let today: CivilDate
    private var loadedCalendar: WorkingCalendar?

    init(connection: Connection, today: CivilDate) {
        self.connection = connection
        self.today = today
    }

    func calendar() throws -> WorkingCalendar {
        if let loadedCalendar { return loadedCalendar }
        let calendar = try Holidays(connection: connection).calendar()
        loadedCalendar = calendar
        return calendar
    }

    func category(_ code: String) throws -> Category {
        try Categories(connection: connection).get(code)
    }

    func activeUnit(_ code: UnitCode) throws -> Unit {
        try Units(connection: connection).requireActive(code, today: today)
    }
}
