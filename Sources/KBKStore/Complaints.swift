import KBKDomain
internal import SQLiteDB

/// Citizen complaints and their append-only history (tables `complaint`, `complaint_event`).
public struct Complaints {
    let connection: Connection
    /// Whether the reader may not see a complaint's description (`Store.complaints`: the reader's
    /// `ReadAction.confidentialDescription`); never inside a write, which needs the whole row.
    let withholds: (Complaint) throws -> Bool
    /// Whether the reader may not see a whistle-blower's name and contact (`Store.complaints`: the
    /// reader's `ReadAction.whistleblowerIdentity`). Without a reader (inside a write, an export's
    /// own query), `Complaint.identityMayLeave` keeps them in.
    let withholdsIdentity: (Complaint) throws -> Bool

    init(
        connection: Connection, withholds: @escaping (Complaint) throws -> Bool = { _ in false },
        withholdsIdentity: @escaping (Complaint) throws -> Bool = { _ in false }
    ) {
        self.connection = connection
        self.withholds = withholds
        self.withholdsIdentity = withholdsIdentity
    }

    /// The complaint as the reader may see it.
    func readable(_ complaint: Complaint) throws -> Complaint {
        let shown = try withholdsIdentity(complaint) ? complaint.withholdingIdentity() : complaint
        return try withholds(shown) ? shown.withholdingDescription() : shown
    }

    public func find(_ ticket: Ticket) throws -> Complaint? {
        try connection.one(
            "SELECT \(Complaints.columns) WHERE c.ticket = ?", ticket.description, transform: Complaints.decode
        ).map(readable)
    }

    public func get(_ ticket: Ticket) throws -> Complaint {
        guard let complaint = try find(ticket) else {
            throw DomainError.notFound(kind: .complaint, key: ticket.description)
        }
        return complaint
    }

    public func events(of complaint: Complaint) throws -> [ComplaintEvent] {
        let events = try connection.query(
            "SELECT \(Complaints.eventColumns) FROM complaint_event e WHERE e.complaint_id = ? ORDER BY e.id",
            complaint.id, transform: Complaints.decodeEvent)
        return try withholds(complaint) ? events.map { $0.withholdingDescription() } : events
    }

    /// How many events the history holds, every complaint's together.
    public func eventCount() throws -> Int {
        try connection.count("SELECT count(*) FROM complaint_event")
    }

    /// The tickets of the complaints a unit holds now (that unit alone), oldest first: those in
    /// `statuses`, or every one but the rejected.
    public func ticketsHeld(by unit: String, statuses: [ComplaintStatus]? = nil) throws -> [Ticket] {
        let condition =
            statuses.map { "c.status IN (\($0.map { _ in "?" }.joined(separator: ", ")))" } ?? "c.status <> 'rejected'"
        let values: [SQLiteBindable] = [unit] + (statuses ?? []).map(\.rawValue)
        return try connection.prepare(
            """
            SELECT c.id, c.ticket FROM complaint c JOIN skpd u ON u.id = c.skpd_id WHERE u.code = ?
                AND \(condition) ORDER BY c.id
            """
        ).query(values) { row in
            let r = DecodedRow(row, table: "complaint")
            let text = try r.text(1, "ticket")
            guard let ticket = try? Ticket.parse(text) else {
                throw r.damaged("ticket", 1, "a ticket like ADU-2026-00012")
            }
            return ticket
        }
    }

    /// The complaints the filter selects, newest first, at most `filter.limit` of them.
    public func list(_ filter: ComplaintFilter, today: CivilDate) throws -> [Complaint] {
        let (table, whereClause, values) = try selection(filter, today: today)
        guard filter.readsRunningDeadline else {
            return try connection.prepare(
                """
                SELECT \(ComplaintColumn.list) FROM \(table) \(Complaints.joins)\(whereClause)
                \(Complaints.order(filter)) LIMIT ? OFFSET ?
                """
            ).query(values + [filter.limit, filter.offset], Complaints.decode).map(readable)
        }
        // Complaints are never deleted, so every id still has its row; one statement serves them all.
        let row = try connection.prepare("SELECT \(Complaints.columns) WHERE c.id = ?")
        precondition(filter.offset >= 0 && filter.limit >= 0, "a list's offset and limit are never negative")
        let (end, overflow) = filter.offset.addingReportingOverflow(filter.limit)
        let ids = try runningIDs(
            filter, table, whereClause, values, today: today, limit: overflow ? .max : end, ordered: true)
        return try ids.dropFirst(filter.offset).compactMap { id in
            try row.query([id], Complaints.decode).first.map(readable)
        }
    }

    /// How many complaints the filter selects, without a limit: what "showing N of M" counts.
    public func count(_ filter: ComplaintFilter, today: CivilDate) throws -> Int {
        let (table, whereClause, values) = try selection(filter, today: today)
        guard filter.readsRunningDeadline else {
            // No condition reads the joined tables: the count is the complaint table's own, which
            // SQLite answers from an index (11 ms at 200,000 rows, where the joins took 120).
            return try connection.count("SELECT count(*) FROM \(table)\(whereClause)", values)
        }
        return try runningIDs(filter, table, whereClause, values, today: today, limit: .max, ordered: false).count
    }

    /// Newest first. The day of receipt leads so that SQLite walks its index and sorts only within
    /// the days it needs (a page of 50 at 200,000 rows: 12 ms, where sorting every row took 440);
    /// the day is the receipt's own in the office's zone, so the order is the time's.
    private static func order(_ filter: ComplaintFilter) -> String {
        filter.order == .oldest
            ? " ORDER BY c.received_on, c.received_at, c.id"
            : " ORDER BY c.received_on DESC, c.received_at DESC, c.id DESC"
    }

    /// The table to read (with the index to read it by) and the WHERE clause with its values for a filter.
    func selection(_ filter: ComplaintFilter, today: CivilDate) throws -> (String, String, [SQLiteBindable]) {
        var conditions: [String] = []
        var values: [SQLiteBindable] = []
        var table = "complaint c"
        if let unit = filter.unit {
            let units = Units(connection: connection)
            _ = try units.get(unit)
            let codes = filter.includeUnitsUnder ? try units.codesUnder(unit.value) : [unit.value]
            let idsByCode = try units.idsByCode()
            let ids = codes.compactMap { idsByCode[$0] }.sorted()
            // By the units' ids and their index: a unit's few thousand complaints, never the whole
            // government's open ones that the status index would give the planner (745 ms at
            // 200,000 where this takes 46), and a count from the complaint table alone.
            table = "complaint c INDEXED BY complaint_skpd_received"
            conditions.append("c.skpd_id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))")
            values += ids
        }
        if filter.withoutUnit { conditions.append("c.skpd_id IS NULL") }
        if let kind = filter.kind {
            conditions.append("c.kind = ?")
            values.append(kind.rawValue)
        }
        var statusConditions: [String] = []
        if !filter.statuses.isEmpty {
            statusConditions.append(
                "c.status IN (\(Array(repeating: "?", count: filter.statuses.count).joined(separator: ", ")))")
            values += filter.statuses.map(\.rawValue)
        }
        if filter.settled {
            statusConditions.append(
                "(c.status IN (\(ComplaintStatus.sqlList(ComplaintStatus.settledWithResolution))) AND c.resolved_at IS NOT NULL)"
            )
        }
        if !statusConditions.isEmpty { conditions.append("(" + statusConditions.joined(separator: " OR ") + ")") }
        if let category = filter.category {
            _ = try Categories(connection: connection).get(category.value)
            conditions.append("c.category = ?")
            values.append(category.value)
        }
        if let topic = filter.topic {
            _ = try Topics(connection: connection).get(topic)
            conditions.append("c.topic = ?")
            values.append(topic)
        }
        try ComplaintPlaces.narrow(to: filter.place, &conditions, &values, connection)
        if let channel = filter.channel {
            conditions.append("c.channel = ?")
            values.append(channel.rawValue)
        }
        if let from = filter.receivedFrom {
            conditions.append("c.received_on >= ?")
            values.append(from.stored)
        }
        if let to = filter.receivedTo {
            conditions.append("c.received_on <= ?")
            values.append(to.stored)
        }
        if let search = filter.search {
            let (condition, searchValues) = ComplaintSearch.condition(search)
            conditions.append(condition)
            values += searchValues
        }
        if let login = filter.assignedTo {
            conditions.append("c.assigned_to = ?")
            values.append(login.value)
        }
        switch filter.dueState {
        case .overdue?:
            // Only a candidate's running deadline can have passed; which one runs, and whether it
            // passed, is decided by the one definition (ComplaintState.runningDeadline).
            conditions.append(
                """
                c.status IN (\(ComplaintStatus.sqlList(ComplaintStatus.clockRunning)))
                AND (c.verify_due < ? OR c.respond_due < ? OR c.settle_due < ?)
                """)
            values += [today.stored, today.stored, today.stored]
        case .dueSoon?:
            // A candidate's running deadline is today or later; how many working days away it is
            // is decided per row in its unit's calendar (DeadlineStanding).
            conditions.append(
                """
                c.status IN (\(ComplaintStatus.sqlList(ComplaintStatus.clockRunning)))
                AND (c.verify_due >= ? OR c.respond_due >= ? OR c.settle_due >= ?)
                """)
            values += [today.stored, today.stored, today.stored]
        case .paused?:
            conditions.append("c.status = ?")
            values.append(ComplaintStatus.onHold.rawValue)
        case nil: break
        }
        // A candidate for a range of due dates or the order by them has a deadline running, one of
        // whose dates is in the range; which one runs is decided per row.
        if filter.dueFrom != nil || filter.dueTo != nil || filter.order == .due {
            conditions.append("c.status IN (\(ComplaintStatus.sqlList(ComplaintStatus.clockRunning)))")
        }
        for (bound, comparison) in [(filter.dueFrom, ">="), (filter.dueTo, "<=")] {
            guard let bound else { continue }
            conditions.append(
                "(c.verify_due \(comparison) ? OR c.respond_due \(comparison) ? OR c.settle_due \(comparison) ?)")
            values += [bound.stored, bound.stored, bound.stored]
        }
        return (table, conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), values)
    }

    /// The ids of the candidates whose running deadline stands in the filter's due state today and
    /// falls in its range of due dates, in the filter's order. The candidates' deadline columns
    /// alone are sorted, and whole rows read only for those chosen (sorting whole rows of every open
    /// complaint made the list a third slower). `ordered` false (a count) saves sorting them.
    func runningIDs(
        _ filter: ComplaintFilter, _ table: String, _ whereClause: String, _ values: [SQLiteBindable],
        today: CivilDate, limit: Int, ordered: Bool
    ) throws -> [Int64] {
        let candidates = try connection.prepare(
            """
            SELECT c.id, c.status, c.first_response_at IS NOT NULL, c.verify_due, c.respond_due, c.settle_due, u.code
            FROM \(table) \(Complaints.joins)\(whereClause)\(ordered ? Complaints.order(filter) : "")
            """)
        try candidates.bind(values)
        defer { candidates.reset() }
        let state = filter.dueState == .paused ? nil : filter.dueState
        // Overdue is a date's matter alone; due soon counts working days, in the unit's calendar.
        let calendars = state == .dueSoon ? try Holidays(connection: connection).unitCalendars() : nil
        // By due date, every candidate is read before the first can be named.
        let byDue = ordered && filter.order == .due
        var chosen: [(id: Int64, due: CivilDate)] = []
        while byDue || chosen.count < limit, try candidates.step() {
            let r = DecodedRow(candidates.row, table: "complaint")
            let due = EventDueDates(
                verify: try r.optionalDate(3, "verify_due"), respond: try r.optionalDate(4, "respond_due"),
                settle: try r.optionalDate(5, "settle_due"))
            guard
                let running = ComplaintState.runningDeadline(
                    status: try r.choice(1, "status", "a status"), responded: try r.bool(2, "first_response_at"),
                    due: due)
            else { continue }
            if let from = filter.dueFrom, running.due < from { continue }
            if let to = filter.dueTo, running.due > to { continue }
            let holds: Bool
            if let calendars, let state {
                let calendar = calendars.calendar(forStage: running.stage, unit: r.optionalText(6))
                holds = state.holds(DeadlineStanding.of(due: running.due, today: today, calendar: calendar))
            } else if state == .overdue {
                holds = running.due < today
            } else {
                holds = true
            }
            if holds { chosen.append((try r.int64(0, "id"), running.due)) }
        }
        // A stable sort: within a day, the order received (newest first) stays.
        if byDue {
            chosen = Array(
                chosen.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
                    .prefix(limit))
        }
        return chosen.map(\.id)
    }

    // MARK: Changes

    func activeSOPID(_ number: String, today: CivilDate) throws -> Int64 {
        let sop = try SOPs(connection: connection).get(number)
        guard sop.isActive(on: today) else {
            throw DomainError.rule(.sopRevoked("\(number) (\(sop.revokedOn?.description ?? "?"))"))
        }
        return sop.id
    }

}

extension Writing where Repository == Complaints {
    public func log(_ draft: ComplaintDraft) throws -> Complaint {
        try transaction.require(.logComplaint)
        try transaction.requireScope(draft.unit?.value, "log a complaint")
        let references = StoredReferences(connection: connection, cache: transaction.calendarCache)
        let (receivedAt, categoryCode) = try draft.intake(now: transaction.now)
        if draft.receivedAt != nil { try transaction.checkClaimedTime(receivedAt, field: "--received") }
        let category = try references.category(categoryCode).chosen()
        if let topic = draft.topic { _ = try references.topic(topic).chosen() }
        if let reference = draft.externalReference,
            try connection.one(
                "SELECT ticket FROM complaint WHERE external_ref = ?", reference, transform: { $0.string(0) }) != nil
        {
            throw DomainError.duplicate(kind: .externalReference, key: reference)
        }
        let sopID = try draft.sopNumber.map { try repository.activeSOPID($0, today: transaction.today) }
        try ComplaintPlaces.check(draft.villageCode, draft.coordinates, connection)

        let year = receivedAt.date(in: transaction.timeZone).year
        // An insert or update RETURNING its row always yields one.
        guard
            let sequence = try connection.one(
                "INSERT INTO ticket_counter (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
                year, transform: { try DecodedRow($0, table: "ticket_counter").int(0, "last") })
        else { throw DatabaseError(.other, message: "the ticket counter returned no row", path: connection.path) }
        let ticket = Ticket(year: year, sequence: sequence)
        var (complaint, received) = try Complaint.received(
            ticket: ticket, at: receivedAt, timeZone: transaction.timeZone, draft: draft,
            category: category, calendar: try references.calendar(forUnit: nil))
        complaint.id = try ComplaintWriter(
            connection: connection, timeZone: transaction.timeZone, enteredAt: transaction.now
        )
        .insert(
            complaint, ticket: ticket, unitID: nil, sopID: sopID, events: [received], actor: transaction.performer)
        // The receipt is the last row written: the event the citizen's evidence comes with.
        transaction.eventsWritten[complaint.id] = connection.lastInsertRowID
        // The summary names no complainant: the audit trail is read more widely than the complaint.
        try transaction.audit(
            AuditRecord(
                .create, .complaint, id: ticket.description,
                "logged \(ticket) via \(draft.channel.rawValue), category \(category.code)"
                    + (draft.topic.map { ", topic \($0)" } ?? "")
                    + (draft.receivedAt.map { $0 == transaction.now ? "" : ", received \($0.utcString)" } ?? "")))
        // The hand-over happens now, when the desk enters it, whatever the receipt claims: a desk
        // keying in last week's items today hands them over today.
        if let unit = draft.unit {
            // Logged and handed over in one: the complaint was never the government desk's to hold.
            return try act(ticket, .verify(unit: unit, category: nil), at: nil, handingOverOwnIntake: true)
        }
        return complaint
    }

    /// Logs a complaint (`log`) and gives it a tracking code for the complainant, returned once;
    /// the receipt's audit entry covers both.
    /// `formKey`: the web intake form's one-use key; a form already sent is refused, naming the
    /// complaint it recorded (`IntakeKey`).
    public func logTracked(_ draft: ComplaintDraft, formKey: IntakeKey? = nil) throws
        -> (Complaint, trackingCode: String)
    {
        // The right first, as every change asks it: the key tells nothing to whoever may not log.
        try transaction.require(.logComplaint)
        if let formKey, let ticket = try repository.recorded(by: formKey) {
            throw DomainError.rule(.intakeFormSent(ticket: ticket.description))
        }
        let complaint = try log(draft)
        if let formKey {
            try connection.run(
                "INSERT INTO intake_key (key, complaint_id) VALUES (?, ?)", formKey.value, complaint.id)
        }
        return (complaint, try setTrackingCode(of: complaint))
    }

    /// Applies one action (see `Complaint.apply`) and stores the result with its event, in the
    /// caller's transaction. `performedBy` records another official as the actor of the event
    /// (importing a history); the audit trail still names who did the import.
    public func act(
        _ ticket: Ticket, _ request: ComplaintAction, at requestedAt: Timestamp?, performedBy: Actor? = nil
    ) throws -> Complaint {
        try act(ticket, request, at: requestedAt, performedBy: performedBy, handingOverOwnIntake: false)
    }

    /// `act`; `handingOverOwnIntake` is the hand-over of `log --skpd`, where whoever may log the
    /// complaint for the unit hands it over in the same step.
    private func act(
        _ ticket: Ticket, _ request: ComplaintAction, at requestedAt: Timestamp?, performedBy: Actor? = nil,
        handingOverOwnIntake: Bool
    ) throws -> Complaint {
        var complaint = try repository.get(ticket)
        // A unit's officials act on the complaints their units hold, and hand over or forward only
        // to units of theirs; what no unit holds yet is the government desk's.
        // What the life cycle does not allow is refused as such first: "verify it first" tells
        // anyone asking more than who else might have asked.
        let action = request.kind
        if request.nextStatus(from: complaint.status, heldFrom: complaint.heldFrom) == nil {
            throw DomainError.rule(
                .actionNotAllowed(ticket: complaint.ticket.description, action: action, status: complaint.status))
        }
        try transaction.require(request.guardedAction(on: complaint))
        switch request {
        case .verify(let unit, _, _):
            // What no unit holds yet is the government desk's to hand over: a unit's admin may not
            // take a complaint into their own unit (issue 28).
            if !handingOverOwnIntake {
                try transaction.requireScope(complaint.unitCode?.value, "hand over \(complaint.ticket)")
            }
            try transaction.requireScope(unit.value, "hand over \(complaint.ticket)")
        case .reassign(let unit, _):
            try transaction.requireScope(complaint.unitCode?.value, "pass on \(complaint.ticket)")
            try transaction.requireScope(unit.value, "pass on \(complaint.ticket)")
        case .correct(let correction, _) where [.desa, .point].contains(correction.field):
            try transaction.requireScope(complaint.unitCode?.value, "correct \(complaint.ticket)")
            try ComplaintPlaces.check(correction, connection)
        case .correct(.received(let newAt), _):
            try transaction.requireScope(complaint.unitCode?.value, "correct \(complaint.ticket)")
            // The receipt comes before everything that happened to the complaint.
            let firstAfter = try connection.nullable(
                "SELECT min(at) FROM complaint_event WHERE complaint_id = ? AND action <> 'receive'", complaint.id
            ) { try DecodedRow($0, table: "complaint_event").optionalInstant(0, "at") }
            if let first = firstAfter, newAt > first {
                throw DomainError.rule(
                    .receivedAfterItsEvents(ticket: complaint.ticket.description, value: newAt, first: first))
            }
        case .assign(let login, _):
            try transaction.requireScope(complaint.unitCode?.value, "assign \(complaint.ticket)")
            // A restored history names officials this database may not have.
            if !transaction.isImporting { try requireAssignee(login.value, of: complaint) }
        default:
            try transaction.requireScope(complaint.unitCode?.value, "\(request.kind.rawValue) \(complaint.ticket)")
        }
        try transaction.requireAssignment(of: complaint, request.kind)
        if let requestedAt { try transaction.checkClaimedTime(requestedAt, field: "--at") }
        if case .correct(.received(let newAt), _) = request {
            try transaction.checkClaimedTime(newAt, field: "--received")
        }
        let before = complaint
        let step = try complaint.apply(
            request, at: requestedAt ?? transaction.now, now: transaction.now, timeZone: transaction.timeZone,
            references: StoredReferences(connection: connection, cache: transaction.calendarCache))
        let writer = ComplaintWriter(
            connection: connection, timeZone: transaction.timeZone,
            enteredAt: transaction.isImporting ? nil : transaction.now)
        try writer.update(complaint, unitID: step.newUnit?.id)
        try writer.append(step.event, to: complaint.id, actor: performedBy ?? transaction.performer)
        let eventID = connection.lastInsertRowID
        transaction.eventsWritten[complaint.id] = eventID
        try transaction.citizenNotices.record(for: request, of: complaint, event: eventID)
        var summary =
            "\(step.event.action.rawValue) \(complaint.ticket): \(before.status.rawValue) → \(complaint.status.rawValue)"
        if before.unitCode != complaint.unitCode {
            summary += ", unit \(before.unitCode?.value ?? "-") → \(complaint.unitCode?.value ?? "-")"
        }
        // A time typed by hand is a claim: the entry's own time says when it was entered.
        if let requestedAt, requestedAt != transaction.now, !transaction.isImporting {
            summary += ", dated \(requestedAt.utcString)"
        }
        try transaction.audit(AuditRecord(.act, .complaint, id: complaint.ticket.description, summary))
        return complaint
    }

    /// Restores a correction from an export whose complaint rows already hold the corrected value:
    /// the history gains the correction as it was (field, value before and after, reason), and the
    /// complaint, which already has the value, is not changed again.
    public func restoreCorrection(
        _ ticket: Ticket, field: CorrectableField, before: String?, reason: String, at: Timestamp, performedBy: Actor
    ) throws {
        try transaction.require(.importData)
        var complaint = try repository.get(ticket)
        let event = try complaint.restoreCorrection(
            of: field, before: before, reason: reason, at: at, timeZone: transaction.timeZone)
        let writer = ComplaintWriter(
            connection: connection, timeZone: transaction.timeZone,
            enteredAt: transaction.isImporting ? nil : transaction.now)
        try writer.update(complaint, unitID: nil)
        try writer.append(event, to: complaint.id, actor: performedBy)
        try transaction.audit(
            AuditRecord(
                .act, .complaint, id: complaint.ticket.description,
                "restored a correction of \(field.rawValue) of \(complaint.ticket)"))
    }

    /// Who may take a complaint: an active officer or unit-admin whose scope holds its unit.
    private func requireAssignee(_ login: String, of complaint: Complaint) throws {
        let assignee = try Officials(connection: connection).get(try Login(login))
        guard try Complaints.mayTake(complaint, assignee, units: Units(connection: connection)) else {
            throw DomainError.rule(
                .notAnAssignee(
                    ticket: complaint.ticket.description, login: assignee.login, unit: complaint.unitCode?.value ?? "-")
            )
        }
    }

    /// Closes the answered complaints whose complainant did not reply for `days` working days
    /// (`AutoClose`: after the resolution, or after a response that is still the latest action).
    /// Returns their tickets.
    public func autoclose(afterWorkingDays days: Int) throws -> [String] {
        try transaction.require(.closeUnanswered)
        let calendar = try Holidays(connection: connection).calendar()
        let candidates = try connection.query(
            """
            SELECT c.ticket, c.status, c.resolved_on, e.action, e.public, e.local_date
            FROM complaint c
            LEFT JOIN complaint_event e ON e.id = (
                SELECT max(id) FROM complaint_event WHERE complaint_id = c.id AND action <> 'escalate')
            WHERE c.status IN (\(ComplaintStatus.sqlList(AutoClose.closableStatuses))) ORDER BY c.id
            """
        ) {
            let r = DecodedRow($0, table: "complaint")
            let action: ComplaintAction.Kind? = try r.optionalChoice(3, "action", "an action")
            let latest = try action.map {
                AutoClose.LatestAction(
                    action: $0, isPublic: try r.bool(4, "public"), on: try r.date(5, "local_date"))
            }
            return (
                ticket: try r.text(0, "ticket"), status: try r.choice(1, "status", "a status") as ComplaintStatus,
                resolvedOn: try r.optionalDate(2, "resolved_on"), latest: latest
            )
        }
        var closed: [String] = []
        for candidate in candidates {
            guard
                AutoClose.isDue(
                    status: candidate.status, resolvedOn: candidate.resolvedOn, latest: candidate.latest,
                    afterWorkingDays: days, today: transaction.today, calendar: calendar),
                let ticket = try? Ticket.parse(candidate.ticket)
            else { continue }
            let ticketText = candidate.ticket
            let complaint = try repository.get(ticket)
            let at = max(transaction.now, complaint.lastEventAt)
            _ = try act(ticket, .closeWithoutReply(afterWorkingDays: days), at: at)
            closed.append(ticketText)
        }
        return closed
    }

    /// Recomputes the due dates of complaints still waiting on the government (all, or one category's)
    /// after the calendar or a category's deadlines changed. Returns how many moved.
    func recomputeDueDates(category: String?) throws -> Int {
        try Complaints.recomputeDueDates(connection, timeZone: transaction.timeZone, category: category)
    }

    /// Records that someone looked at a complainant's identity, and why.
    /// A whistle-blower's identity is revealed only to an official of the inspectorate holding the
    /// complaint (`ReadAction.whistleblowerIdentity`), never by the desks' `revealIdentity` right.
    public func recordIdentityReveal(_ complaint: Complaint, reason: String) throws {
        if complaint.kind.isWhistleblowing {
            try transaction.requireWhistleblowerRead(complaint)
        } else {
            try transaction.require(.revealIdentity)
        }
        try transaction.audit(
            AuditRecord(
                .revealIdentity, .complaint, id: complaint.ticket.description,
                "revealed the complainant's identity of \(complaint.ticket): \(reason)"))
    }
}

extension Transaction {
    public var complaints: Writing<Complaints> { Writing(self, Complaints(connection: connection)) }
}

extension Complaints {
    /// Recomputes the due dates of complaints still waiting on the government (all, or one category's)
    /// on the calendar and deadlines now recorded; also run by the migration that ships the national
    /// calendar. Returns how many moved.
    static func recomputeDueDates(_ connection: Connection, timeZone: UTCOffset, category: String?) throws -> Int {
        let calendars = try Holidays(connection: connection).unitCalendars()
        let deadlines = try Categories(connection: connection).deadlinesByCode()
        var sql = """
            SELECT c.id, c.category, c.received_on, c.verified_at, c.held_working_days, c.verify_due, c.respond_due,
                c.settle_due, c.verify_held_days, c.extended_days, c.respond_by, c.held_seconds, u.code
            FROM complaint c LEFT JOIN skpd u ON u.id = c.skpd_id
            WHERE c.status IN (\(ComplaintStatus.sqlList(ComplaintStatus.open)))
            """
        var values: [SQLiteBindable] = []
        if let category {
            sql += " AND c.category = ?"
            values.append(category)
        }
        let rows = try connection.prepare(sql).query(values) { row in
            let r = DecodedRow(row, table: "complaint")
            return (
                id: try r.int64(0, "id"), category: try r.text(1, "category"), receivedOn: try r.date(2, "received_on"),
                handedOver: try r.optionalInstant(3, "verified_at"), held: try r.int(4, "held_working_days"),
                stored: DueDates(
                    verify: try r.date(5, "verify_due"), respond: try r.optionalDate(6, "respond_due"),
                    settle: try r.optionalDate(7, "settle_due"), respondBy: try r.optionalInstant(10, "respond_by")),
                verifyHeld: try r.int(8, "verify_held_days"), extended: try r.int(9, "extended_days"),
                heldSeconds: try r.int(11, "held_seconds"), unit: r.optionalText(12)
            )
        }
        let update = try connection.prepare(
            "UPDATE complaint SET verify_due = ?, respond_due = ?, settle_due = ?, respond_by = ? WHERE id = ?")
        var moved = 0
        for row in rows {
            guard let categoryDeadlines = deadlines[row.category] else { continue }
            let due = DueDates.compute(
                receivedOn: row.receivedOn, handedOver: row.handedOver, timeZone: timeZone,
                deadlines: categoryDeadlines, heldWorkingDays: row.held, heldSeconds: row.heldSeconds,
                verifyHeldWorkingDays: row.verifyHeld, extendedWorkingDays: row.extended,
                calendar: calendars.calendar(forUnit: row.unit), deskCalendar: calendars.office)
            if due != row.stored {
                try update.execute([
                    due.verify.stored, due.respond?.stored, due.settle?.stored, due.respondBy?.utcString, row.id,
                ])
                moved += 1
            }
        }
        return moved
    }
}
