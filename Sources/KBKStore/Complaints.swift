import KBKDomain
import SQLiteDB

/// What `complaint new` supplies.
public struct ComplaintDraft: Sendable {
    public var subject: String
    public var description: String
    public var channel: Channel
    public var kind: ComplaintKind = .complaint
    public var category: String?
    public var receivedAt: Timestamp?
    public var unit: UnitCode?
    public var location: String?
    public var complainantName: String?
    public var complainantContact: String?
    public var isAnonymous = false
    public var isConfidential = false
    public var externalReference: String?
    public var sopNumber: String?

    public init(subject: String, description: String, channel: Channel) {
        self.subject = subject
        self.description = description
        self.channel = channel
    }
}

/// One action on a complaint with what it needs.
public enum ComplaintRequest: Sendable {
    case verify(unit: UnitCode, category: String?)
    case reassign(to: UnitCode, reason: String)
    case respond(String)
    case note(String)
    case hold(reason: String)
    case resume
    case resolve(String)
    case reopen(reason: String)
    case close(rating: Int?, comment: String?)
    /// Closing by `autoclose`: no reply for this many working days after the resolution.
    case closeWithoutReply(afterWorkingDays: Int)
    case reject(RejectionReason, message: String?)

    public var action: ComplaintAction {
        switch self {
        case .verify: .verify
        case .reassign: .reassign
        case .respond: .respond
        case .note: .note
        case .hold: .hold
        case .resume: .resume
        case .resolve: .resolve
        case .reopen: .reopen
        case .close, .closeWithoutReply: .close
        case .reject: .reject
        }
    }
}

public struct ComplaintFilter: Sendable {
    public var unit: UnitCode?
    public var statuses: [ComplaintStatus] = []
    public var category: String?
    public var channel: Channel?
    public var overdueOnly = false
    public var receivedFrom: CivilDate?
    public var receivedTo: CivilDate?
    public var search: String?
    public var limit = 100

    public init() {}
}

/// Citizen complaints and their append-only history (tables `complaint`, `complaint_event`).
public struct Complaints {
    let connection: Connection

    public static let ratingRange = 1...4
    public static let autocloseRange = 1...60
    public static let defaultAutocloseDays = 10

    static let columns = """
        c.id, c.ticket, c.received_at, c.received_on, c.channel, c.kind, c.category, c.subject, c.description, c.location,
        c.external_ref, s.number, c.complainant_name, c.complainant_contact, c.anonymous, c.confidential, u.code, c.status,
        c.held_from, c.held_since, c.held_working_days, c.verify_due, c.respond_due, c.settle_due, c.verified_at,
        c.first_response_at, c.resolved_at, c.closed_at, c.rejected_at, c.rejection_reason, c.reopen_count, c.rating,
        c.rating_comment, c.last_event_at
        FROM complaint c LEFT JOIN skpd u ON u.id = c.skpd_id LEFT JOIN sop s ON s.id = c.sop_id
        """

    static func decode(_ row: Row) -> Complaint {
        func instant(_ index: Int32) -> Timestamp? { row.string(index).flatMap { try? Timestamp.parse($0) } }
        let epoch = CivilDate(daysSinceEpoch: 0)
        return Complaint(
            id: row.int64(0) ?? 0, ticket: row.string(1) ?? "", receivedAt: instant(2) ?? Timestamp(secondsSinceEpoch: 0),
            receivedOn: row.date(3) ?? epoch, channel: Channel(rawValue: row.string(4) ?? "") ?? .other,
            kind: ComplaintKind(rawValue: row.string(5) ?? "") ?? .complaint, category: row.string(6) ?? "",
            subject: row.string(7) ?? "", description: row.string(8) ?? "", location: row.string(9), externalReference: row.string(10),
            sopNumber: row.string(11), complainantName: row.string(12), complainantContact: row.string(13),
            isAnonymous: row.bool(14) ?? false, isConfidential: row.bool(15) ?? false, unitCode: row.string(16),
            status: ComplaintStatus(rawValue: row.string(17) ?? "") ?? .received, heldFrom: row.string(18).flatMap(ComplaintStatus.init),
            heldSince: instant(19), heldWorkingDays: row.int(20) ?? 0,
            due: DueDates(verify: row.date(21) ?? epoch, respond: row.date(22), settle: row.date(23)),
            verifiedAt: instant(24), firstResponseAt: instant(25), resolvedAt: instant(26), closedAt: instant(27),
            rejectedAt: instant(28), rejectionReason: row.string(29).flatMap(RejectionReason.init), reopenCount: row.int(30) ?? 0,
            rating: row.int(31), ratingComment: row.string(32), lastEventAt: instant(33) ?? Timestamp(secondsSinceEpoch: 0))
    }

    public func find(_ ticket: Ticket) throws -> Complaint? {
        try connection.one("SELECT \(Complaints.columns) WHERE c.ticket = ?", ticket.description, transform: Complaints.decode)
    }

    public func get(_ ticket: Ticket) throws -> Complaint {
        guard let complaint = try find(ticket) else { throw DomainError.notFound(kind: .complaint, key: ticket.description) }
        return complaint
    }

    public func events(of complaint: Complaint) throws -> [ComplaintEvent] {
        try connection.query("""
            SELECT id, at, actor, action, status_before, status_after, skpd_before, skpd_after, text, public
            FROM complaint_event WHERE complaint_id = ? ORDER BY id
            """, complaint.id) { row in
            ComplaintEvent(id: row.int64(0) ?? 0, at: row.string(1).flatMap { try? Timestamp.parse($0) } ?? Timestamp(secondsSinceEpoch: 0),
                           actor: row.string(2) ?? "", action: row.string(3) ?? "",
                           statusBefore: row.string(4).flatMap(ComplaintStatus.init),
                           statusAfter: ComplaintStatus(rawValue: row.string(5) ?? "") ?? .received,
                           unitBefore: row.string(6), unitAfter: row.string(7), text: row.string(8), isPublic: row.bool(9) ?? false)
        }
    }

    public func list(_ filter: ComplaintFilter, today: CivilDate) throws -> [Complaint] {
        var conditions: [String] = []
        var values: [SQLiteBindable] = []
        if let unit = filter.unit {
            _ = try Units(connection: connection).get(unit)
            conditions.append("u.code = ?")
            values.append(unit.value)
        }
        if !filter.statuses.isEmpty {
            conditions.append("c.status IN (\(Array(repeating: "?", count: filter.statuses.count).joined(separator: ", ")))")
            values += filter.statuses.map(\.rawValue)
        }
        if let category = filter.category {
            _ = try Categories(connection: connection).get(category)
            conditions.append("c.category = ?")
            values.append(category)
        }
        if let channel = filter.channel {
            conditions.append("c.channel = ?")
            values.append(channel.rawValue)
        }
        if let from = filter.receivedFrom {
            conditions.append("c.received_on >= ?")
            values.append(from)
        }
        if let to = filter.receivedTo {
            conditions.append("c.received_on <= ?")
            values.append(to)
        }
        if let search = filter.search {
            let pattern = "%" + search.map { "%_\\".contains($0) ? "\\\($0)" : String($0) }.joined() + "%"
            conditions.append("(c.subject LIKE ? ESCAPE '\\' OR (c.confidential = 0 AND c.description LIKE ? ESCAPE '\\'))")
            values += [pattern, pattern]
        }
        if filter.overdueOnly {
            // The running deadline, as Complaint.runningDeadline defines it, already passed.
            conditions.append("""
                ((c.status = 'received' AND c.verify_due < ?)
                 OR (c.status IN ('verified', 'in_progress') AND c.first_response_at IS NULL AND c.respond_due < ?)
                 OR (c.status IN ('verified', 'in_progress') AND c.first_response_at IS NOT NULL AND c.settle_due < ?))
                """)
            values += [today, today, today]
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        values.append(filter.limit)
        return try connection.prepare("SELECT \(Complaints.columns)\(whereClause) ORDER BY c.received_at DESC, c.id DESC LIMIT ?")
            .query(values, Complaints.decode)
    }

    // MARK: Changes

    public func log(_ draft: ComplaintDraft, in transaction: Transaction) throws -> Complaint {
        let receivedAt = draft.receivedAt ?? transaction.now
        try checkNotFuture(receivedAt, field: "received", transaction)
        let categoryCode = draft.category ?? (draft.kind == .information ? "information-request" : "general")
        let category = try Categories(connection: connection).get(categoryCode)
        if let reference = draft.externalReference,
           try connection.one("SELECT ticket FROM complaint WHERE external_ref = ?", reference, transform: { $0.string(0) }) != nil {
            throw DomainError.duplicate(kind: .externalReference, key: reference)
        }
        var sopID: Int64?
        if let number = draft.sopNumber {
            let sop = try SOPs(connection: connection).get(number)
            guard sop.isActive(on: transaction.today) else { throw DomainError.rule(.sopRevoked("\(number) (\(sop.revokedOn?.description ?? "?"))")) }
            sopID = sop.id
        }
        if let unit = draft.unit { _ = try Units(connection: connection).requireActive(unit, today: transaction.today) }

        let receivedOn = receivedAt.date(in: transaction.timeZone)
        let sequence = try connection.one(
            "INSERT INTO ticket_counter (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
            receivedOn.year, transform: { $0.int(0) ?? 0 }) ?? 0
        let ticket = Ticket(year: receivedOn.year, sequence: sequence)
        let due = DueDates.compute(receivedOn: receivedOn, handedOverOn: nil, deadlines: category.deadlines, heldWorkingDays: 0,
                                   calendar: try Holidays(connection: connection).calendar())
        try connection.run("""
            INSERT INTO complaint (ticket, year, sequence, received_at, received_on, channel, kind, category, subject, description,
                                   location, external_ref, sop_id, complainant_name, complainant_contact, anonymous, confidential,
                                   status, verify_due, last_event_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)
            """, ticket.description, ticket.year, ticket.sequence, receivedAt.utcString, receivedOn, draft.channel.rawValue,
                           draft.kind.rawValue, category.code, draft.subject, draft.description, draft.location, draft.externalReference,
                           sopID, draft.complainantName, draft.complainantContact, draft.isAnonymous, draft.isConfidential,
                           due.verify, receivedAt.utcString)
        let complaintID = connection.lastInsertRowID
        try appendEvent(complaintID: complaintID, at: receivedAt, localDate: receivedOn, due: due, actor: transaction.actor, action: "receive",
                        before: nil, after: .received, unitBefore: nil, unitAfter: nil, text: nil, isPublic: false)
        // The summary names no complainant: the audit trail is read more widely than the complaint.
        try transaction.audit(AuditRecord(.create, .complaint, id: ticket.description,
                                          "logged \(ticket) via \(draft.channel.rawValue), category \(category.code)"))
        if let unit = draft.unit {
            return try act(ticket, .verify(unit: unit, category: nil), at: receivedAt, in: transaction)
        }
        return try get(ticket)
    }

    /// Applies one action: checks the life-cycle table and the event time, updates the derived
    /// values on the complaint row and appends the event, all in the caller's transaction.
    /// `performedBy` records another official as the actor of the event (importing a history); the
    /// audit trail still names who did the import.
    public func act(_ ticket: Ticket, _ request: ComplaintRequest, at requestedAt: Timestamp?, performedBy: Actor? = nil,
                    in transaction: Transaction) throws -> Complaint {
        var complaint = try get(ticket)
        let at = requestedAt ?? transaction.now
        try checkNotFuture(at, field: "--at", transaction)
        if at < complaint.lastEventAt {
            throw DomainError.rule(.beforePreviousEvent(ticket: complaint.ticket, value: at, previous: complaint.lastEventAt))
        }
        let action = request.action
        guard let next = ComplaintLifecycle.next(from: complaint.status, action: action, heldFrom: complaint.heldFrom) else {
            throw DomainError.rule(.actionNotAllowed(ticket: complaint.ticket, action: action, status: complaint.status))
        }
        let before = complaint.status
        let unitBefore = complaint.unitCode
        let atDate = at.date(in: transaction.timeZone)
        var text: String?
        var isPublic = false
        var verifiedOn: CivilDate?
        var recomputeDue = false
        // Judged against the due dates in force now, and kept: later holds or holidays do not rewrite history.
        var firstResponseOnTime: Bool?
        var settledOnTime: Bool?
        // Set only when the action hands the complaint to a unit; the row keeps its unit otherwise.
        var newUnitID: Int64?
        switch request {
        case .verify(let unitCode, let categoryCode):
            let unit = try Units(connection: connection).requireActive(unitCode, today: transaction.today)
            if let categoryCode { complaint.category = try Categories(connection: connection).get(categoryCode).code }
            complaint.unitCode = unit.code
            newUnitID = unit.id
            complaint.verifiedAt = at
            verifiedOn = atDate
            recomputeDue = true
        case .reassign(let unitCode, let reason):
            let unit = try Units(connection: connection).requireActive(unitCode, today: transaction.today)
            guard unit.code != complaint.unitCode else { throw DomainError.rule(.sameUnit(ticket: complaint.ticket, unit: unit.code)) }
            complaint.unitCode = unit.code
            newUnitID = unit.id
            text = reason
        case .respond(let message):
            text = message
            isPublic = true
            if complaint.firstResponseAt == nil {
                complaint.firstResponseAt = at
                firstResponseOnTime = complaint.due.respond.map { atDate <= $0 }
            }
        case .note(let message):
            text = message
        case .hold(let reason):
            complaint.heldFrom = complaint.status
            complaint.heldSince = at
            text = reason
        case .resume:
            let calendar = try Holidays(connection: connection).calendar()
            let heldOn = (complaint.heldSince ?? at).date(in: transaction.timeZone)
            complaint.heldWorkingDays += max(0, calendar.workingDays(from: heldOn, to: atDate))
            complaint.heldFrom = nil
            complaint.heldSince = nil
            recomputeDue = true
        case .resolve(let message):
            text = message
            isPublic = true
            if complaint.firstResponseAt == nil {
                complaint.firstResponseAt = at
                firstResponseOnTime = complaint.due.respond.map { atDate <= $0 }
            }
            complaint.resolvedAt = at
            settledOnTime = complaint.due.settle.map { atDate <= $0 }
        case .reopen(let reason):
            text = reason
            complaint.reopenCount += 1
            complaint.resolvedAt = nil
        case .close(let rating, let comment):
            complaint.closedAt = at
            complaint.rating = rating
            complaint.ratingComment = comment
            text = comment
        case .closeWithoutReply(let days):
            complaint.closedAt = at
            text = "closed automatically: no reply \(days) working days after the resolution"
        case .reject(let reason, let message):
            complaint.rejectedAt = at
            complaint.rejectionReason = reason
            text = message
            isPublic = message != nil
        }
        complaint.status = next
        complaint.lastEventAt = at
        if recomputeDue {
            let storedHandOver = try storedDate("verified_on", complaint.id)
            let handedOverOn = verifiedOn ?? storedHandOver
            complaint.due = DueDates.compute(receivedOn: complaint.receivedOn, handedOverOn: handedOverOn,
                                             deadlines: try Categories(connection: connection).get(complaint.category).deadlines,
                                             heldWorkingDays: complaint.heldWorkingDays,
                                             calendar: try Holidays(connection: connection).calendar())
        }
        func localDate(_ instant: Timestamp?) -> CivilDate? { instant?.date(in: transaction.timeZone) }
        try connection.run("""
            UPDATE complaint SET category = ?, skpd_id = coalesce(?, skpd_id), status = ?, held_from = ?, held_since = ?, held_working_days = ?,
                verify_due = ?, respond_due = ?, settle_due = ?, verified_at = ?, verified_on = coalesce(?, verified_on),
                first_response_at = ?, first_response_on = ?, resolved_at = ?, resolved_on = ?, closed_at = ?, rejected_at = ?,
                rejection_reason = ?, reopen_count = ?, rating = ?, rating_comment = ?, last_event_at = ?,
                first_response_on_time = coalesce(?, first_response_on_time),
                settled_on_time = CASE WHEN ? IS NULL THEN NULL ELSE coalesce(?, settled_on_time) END
            WHERE id = ?
            """, complaint.category, newUnitID, complaint.status.rawValue, complaint.heldFrom?.rawValue, complaint.heldSince?.utcString,
                           complaint.heldWorkingDays, complaint.due.verify, complaint.due.respond, complaint.due.settle,
                           complaint.verifiedAt?.utcString, verifiedOn, complaint.firstResponseAt?.utcString,
                           localDate(complaint.firstResponseAt), complaint.resolvedAt?.utcString, localDate(complaint.resolvedAt),
                           complaint.closedAt?.utcString, complaint.rejectedAt?.utcString, complaint.rejectionReason?.rawValue,
                           complaint.reopenCount, complaint.rating, complaint.ratingComment, at.utcString,
                           firstResponseOnTime, complaint.resolvedAt?.utcString, settledOnTime, complaint.id)
        try appendEvent(complaintID: complaint.id, at: at, localDate: atDate, due: complaint.due, actor: performedBy ?? transaction.actor,
                        action: action.rawValue, before: before, after: next, unitBefore: unitBefore, unitAfter: complaint.unitCode,
                        text: text, isPublic: isPublic)
        var summary = "\(action.rawValue) \(complaint.ticket): \(before.rawValue) → \(next.rawValue)"
        if unitBefore != complaint.unitCode { summary += ", unit \(unitBefore ?? "-") → \(complaint.unitCode ?? "-")" }
        try transaction.audit(AuditRecord(.act, .complaint, id: complaint.ticket, summary))
        return complaint
    }

    /// Closes resolved complaints that had no reply for `days` working days. Returns their tickets.
    public func autoclose(afterWorkingDays days: Int, in transaction: Transaction) throws -> [String] {
        let calendar = try Holidays(connection: connection).calendar()
        let candidates = try connection.query("SELECT ticket, resolved_on FROM complaint WHERE status = 'resolved' ORDER BY id") {
            ($0.string(0) ?? "", $0.date(1))
        }
        var closed: [String] = []
        for (ticketText, resolvedOn) in candidates {
            guard let resolvedOn, calendar.workingDays(from: resolvedOn, to: transaction.today) >= days,
                  let ticket = try? Ticket.parse(ticketText) else { continue }
            let complaint = try get(ticket)
            let at = max(transaction.now, complaint.lastEventAt)
            _ = try act(ticket, .closeWithoutReply(afterWorkingDays: days), at: at, in: transaction)
            closed.append(ticketText)
        }
        return closed
    }

    /// Recomputes the due dates of complaints still waiting on the government (all, or one category's)
    /// after the calendar or a category's deadlines changed. Returns how many moved.
    func recomputeDueDates(category: String?, in transaction: Transaction) throws -> Int {
        let calendar = try Holidays(connection: connection).calendar()
        let deadlines = Dictionary(uniqueKeysWithValues: try Categories(connection: connection).list().map { ($0.code, $0.deadlines) })
        var sql = """
            SELECT id, category, received_on, verified_on, held_working_days, verify_due, respond_due, settle_due FROM complaint
            WHERE status IN ('received', 'verified', 'in_progress', 'on_hold')
            """
        var values: [SQLiteBindable] = []
        if let category {
            sql += " AND category = ?"
            values.append(category)
        }
        let rows = try connection.prepare(sql).query(values) { row in
            (row.int64(0) ?? 0, row.string(1) ?? "", row.date(2), row.date(3), row.int(4) ?? 0,
             DueDates(verify: row.date(5) ?? CivilDate(daysSinceEpoch: 0), respond: row.date(6), settle: row.date(7)))
        }
        let update = try connection.prepare("UPDATE complaint SET verify_due = ?, respond_due = ?, settle_due = ? WHERE id = ?")
        var moved = 0
        for (id, code, receivedOn, verifiedOn, held, stored) in rows {
            guard let receivedOn, let categoryDeadlines = deadlines[code] else { continue }
            let due = DueDates.compute(receivedOn: receivedOn, handedOverOn: verifiedOn, deadlines: categoryDeadlines,
                                       heldWorkingDays: held, calendar: calendar)
            if due != stored {
                try update.execute([due.verify, due.respond, due.settle, id])
                moved += 1
            }
        }
        return moved
    }

    /// Records that someone looked at a complainant's identity.
    public func recordIdentityReveal(_ complaint: Complaint, in transaction: Transaction) throws {
        try transaction.audit(AuditRecord(.revealIdentity, .complaint, id: complaint.ticket,
                                          "revealed the complainant's identity of \(complaint.ticket)"))
    }

    // MARK: Helpers

    private func checkNotFuture(_ instant: Timestamp, field: String, _ transaction: Transaction) throws {
        if instant > transaction.now { throw DomainError.rule(.inTheFuture(field: field, value: instant, now: transaction.now)) }
    }

    private func storedDate(_ column: String, _ id: Int64) throws -> CivilDate? {
        try connection.one("SELECT \(column) FROM complaint WHERE id = ?", id) { $0.date(0) } ?? nil
    }

    private func appendEvent(complaintID: Int64, at: Timestamp, localDate: CivilDate, due: DueDates, actor: Actor, action: String,
                             before: ComplaintStatus?, after: ComplaintStatus, unitBefore: String?, unitAfter: String?, text: String?,
                             isPublic: Bool) throws {
        try connection.run("""
            INSERT INTO complaint_event (complaint_id, at, local_date, verify_due, respond_due, settle_due, actor, action,
                                         status_before, status_after, skpd_before, skpd_after, text, public)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, complaintID, at.utcString, localDate, due.verify, due.respond, due.settle, actor.name, action, before?.rawValue,
                           after.rawValue, unitBefore, unitAfter, text, isPublic)
    }
}

extension Store {
    public var complaints: Complaints { Complaints(connection: connection) }
}
