import KBKDomain
internal import SQLiteDB

/// Writes complaints and their events: the one place that knows how a `Complaint` maps onto the
/// `complaint` and `complaint_event` rows, shared by single commands and the bulk import.
struct ComplaintWriter {
    let connection: Connection
    let timeZone: UTCOffset
    /// When the events written were entered (the clock's time), beside the time each claims; nil
    /// for a history restored by `import`, whose entry times this database never saw.
    var enteredAt: Timestamp? = nil

    /// Binds the values derived from the history, in the column order of `derivedColumns`.
    private func bindDerived(_ complaint: Complaint, _ binder: inout Binder) throws {
        func localDate(_ instant: Timestamp?) -> CivilDate? { instant?.date(in: timeZone) }
        try binder.add(complaint.category.value)
        try binder.add(complaint.status.rawValue)
        try binder.add(complaint.heldFrom?.rawValue)
        try binder.add(complaint.heldSince?.utcString)
        try binder.add(complaint.heldWorkingDays)
        try binder.add(complaint.due.verify)
        try binder.add(complaint.due.respond)
        try binder.add(complaint.due.settle)
        try binder.add(complaint.verifiedAt?.utcString)
        try binder.add(complaint.handedOverOn)
        try binder.add(complaint.firstResponseAt?.utcString)
        try binder.add(localDate(complaint.firstResponseAt))
        try binder.add(complaint.firstResponseOnTime)
        try binder.add(complaint.resolvedAt?.utcString)
        try binder.add(localDate(complaint.resolvedAt))
        try binder.add(complaint.settledOnTime)
        try binder.add(complaint.closedAt?.utcString)
        try binder.add(complaint.rejectedAt?.utcString)
        try binder.add(complaint.rejectionReason?.rawValue)
        try binder.add(complaint.reopenCount)
        try binder.add(complaint.rating)
        try binder.add(complaint.ratingComment)
        try binder.add(complaint.lastEventAt.utcString)
        try binder.add(complaint.assignedTo?.value)
        try binder.add(complaint.verifyHeldWorkingDays)
        try binder.add(complaint.extendedWorkingDays)
        try binder.add(complaint.forwardedTo)
        try binder.add(complaint.forwardedAt?.utcString)
        try binder.add(complaint.forwardReference)
        try binder.add(complaint.due.respondBy?.utcString)
        try binder.add(complaint.heldSeconds)
        try binder.add(complaint.topic)
        try binder.add(complaint.maladministration?.rawValue)
    }

    private static let derivedColumns = [
        "category", "status", "held_from", "held_since", "held_working_days", "verify_due", "respond_due", "settle_due",
        "verified_at",
        "verified_on", "first_response_at", "first_response_on", "first_response_on_time", "resolved_at", "resolved_on",
        "settled_on_time", "closed_at", "rejected_at", "rejection_reason", "reopen_count", "rating", "rating_comment",
        "last_event_at", "assigned_to", "verify_held_days", "extended_days", "forwarded_to",
        "forwarded_at", "forward_reference", "respond_by", "held_seconds", "topic", "maladministration",
    ]
    private static let intakeColumns = [
        "ticket", "year", "sequence", "received_at", "received_on", "channel", "kind", "subject", "description",
        "location",
        "external_ref", "sop_id", "complainant_name", "complainant_contact", "anonymous", "confidential", "skpd_id",
        "village_code", "latitude", "longitude",
    ]
    private static let insertSQL: StatementKey = {
        let columns = intakeColumns + derivedColumns
        return StatementKey(
            "INSERT INTO complaint (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
        )
    }()
    /// The intake values a correction (`complaint edit`) may change.
    private static let correctableColumns = [
        "subject", "description", "location", "channel", "received_at", "received_on", "village_code", "latitude",
        "longitude",
    ]
    private static let updateSQL = StatementKey(
        "UPDATE complaint SET skpd_id = coalesce(?, skpd_id), "
            + (derivedColumns + correctableColumns).map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?")
    private static let eventSQL = StatementKey(
        """
        INSERT INTO complaint_event (complaint_id, at, local_date, verify_due, respond_due, settle_due, actor, action,
                                     status_before, status_after, skpd_before, skpd_after, text, public, assignee,
                                     working_days, field, value_before, value_after, respond_by,
                                     escalation_stage, escalation_level, entered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)

    /// Inserts a complaint in its current state with the events that led to it; returns its id.
    func insert(
        _ complaint: Complaint, ticket: Ticket, unitID: Int64?, sopID: Int64?, events: [ComplaintEventDraft],
        actor: Actor
    ) throws -> Int64 {
        try connection.withCachedStatement(ComplaintWriter.insertSQL) { statement in
            try statement.execute { binder in
                try binder.add(complaint.ticket.description)
                try binder.add(ticket.year)
                try binder.add(ticket.sequence)
                try binder.add(complaint.receivedAt.utcString)
                try binder.add(complaint.receivedOn)
                try binder.add(complaint.channel.rawValue)
                try binder.add(complaint.kind.rawValue)
                try binder.add(complaint.subject)
                try binder.add(complaint.description)
                try binder.add(complaint.location)
                try binder.add(complaint.externalReference)
                try binder.add(sopID)
                try binder.add(complaint.complainantName)
                try binder.add(complaint.complainantContact)
                try binder.add(complaint.isAnonymous)
                try binder.add(complaint.isConfidential)
                try binder.add(unitID)
                try binder.add(complaint.villageCode)
                try binder.add(complaint.coordinates?.latitude)
                try binder.add(complaint.coordinates?.longitude)
                try bindDerived(complaint, &binder)
            }
        }
        let id = connection.lastInsertRowID
        for event in events { try append(event, to: id, actor: actor) }
        return id
    }

    /// Stores the derived values of a complaint after an action; `unitID` when it changed unit.
    func update(_ complaint: Complaint, unitID: Int64?) throws {
        try connection.withCachedStatement(ComplaintWriter.updateSQL) { statement in
            try statement.execute { binder in
                try binder.add(unitID)
                try bindDerived(complaint, &binder)
                try binder.add(complaint.subject)
                try binder.add(complaint.description)
                try binder.add(complaint.location)
                try binder.add(complaint.channel.rawValue)
                try binder.add(complaint.receivedAt.utcString)
                try binder.add(complaint.receivedOn)
                try binder.add(complaint.villageCode)
                try binder.add(complaint.coordinates?.latitude)
                try binder.add(complaint.coordinates?.longitude)
                try binder.add(complaint.id)
            }
        }
    }

    func append(_ event: ComplaintEventDraft, to complaintID: Int64, actor: Actor) throws {
        try connection.withCachedStatement(ComplaintWriter.eventSQL) { statement in
            try statement.execute { binder in
                try binder.add(complaintID)
                try binder.add(event.at.utcString)
                try binder.add(event.localDate)
                try binder.add(event.due.verify)
                try binder.add(event.due.respond)
                try binder.add(event.due.settle)
                try binder.add(actor.name)
                try binder.add(event.action.rawValue)
                try binder.add(event.statusBefore?.rawValue)
                try binder.add(event.statusAfter.rawValue)
                try binder.add(event.unitBefore)
                try binder.add(event.unitAfter)
                try binder.add(event.text)
                try binder.add(event.isPublic)
                try binder.add(event.assignee)
                try binder.add(event.workingDays)
                try binder.add(event.field)
                try binder.add(event.valueBefore)
                try binder.add(event.valueAfter)
                try binder.add(event.due.respondBy?.utcString)
                try binder.add(event.escalationStage?.rawValue)
                try binder.add(event.escalationLevel?.rawValue)
                try binder.add(enteredAt?.utcString)
            }
        }
    }
}

/// Answers a complaint action's questions from the database, loading the calendar at most once.
final class StoredReferences: ComplaintReferences {
    let connection: Connection
    private let cache: CalendarCache
    private var loadedCalendars: UnitCalendars?

    init(connection: Connection, cache: CalendarCache) {
        self.connection = connection
        self.cache = cache
    }

    func calendar(forUnit unit: UnitCode?) throws -> WorkingCalendar {
        let unit = unit?.value
        if let loadedCalendars { return loadedCalendars.calendar(forUnit: unit) }
        let calendars = try cache.calendars(connection)
        loadedCalendars = calendars
        return calendars.calendar(forUnit: unit)
    }

    func category(_ code: CategoryCode) throws -> Category {
        try Categories(connection: connection).get(code.value)
    }

    func topic(_ code: String) throws -> Topic {
        try Topics(connection: connection).get(code)
    }

    func activeUnit(_ code: UnitCode, on day: CivilDate) throws -> Unit {
        try Units(connection: connection).requireActive(code, today: day)
    }
}
