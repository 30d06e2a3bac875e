import KBKDomain
internal import SQLiteDB

/// Deadline notices (`kbk escalate`, `kbk notices`): `escalate` events in the complaint history and
/// their messages (tables `notice`, `notice_recipient`).
public struct Escalations {
    let connection: Connection

    /// The notices due at `now` that were never recorded: for each complaint whose running deadline
    /// has reached a level above the highest one already noticed for that stage, one notice at the
    /// level reached (a complaint first seen at 80 % gets the 75 % notice, not both).
    public func due(now: Timestamp, timeZone: UTCOffset) throws -> [Notice] {
        let today = now.date(in: timeZone)
        let calendars = try Holidays(connection: connection).unitCalendars()
        let noticed = try highestLevels()
        let people = try Recipients(connection: connection)
        let candidates = try connection.query(
            """
            SELECT c.id, c.ticket, c.subject, c.status, c.first_response_at IS NOT NULL, c.verify_due, c.respond_due,
                   c.settle_due, c.respond_by, c.received_on, c.verified_on, c.verified_at, u.code, u.name,
                   c.assigned_to
            FROM complaint c LEFT JOIN skpd u ON u.id = c.skpd_id
            WHERE c.status IN (\(ComplaintStatus.sqlList(ComplaintStatus.clockRunning)))
            ORDER BY c.id
            """
        ) { row in
            let r = DecodedRow(row, table: "complaint")
            return (
                id: try r.int64(0, "id"), ticket: try r.text(1, "ticket"), subject: try r.text(2, "subject"),
                status: try r.choice(3, "status", "a status") as ComplaintStatus,
                responded: try r.bool(4, "first_response_at"),
                due: EventDueDates(
                    verify: try r.optionalDate(5, "verify_due"), respond: try r.optionalDate(6, "respond_due"),
                    settle: try r.optionalDate(7, "settle_due"), respondBy: try r.optionalInstant(8, "respond_by")),
                receivedOn: try r.date(9, "received_on"), handedOverOn: try r.optionalDate(10, "verified_on"),
                handedOverAt: try r.optionalInstant(11, "verified_at"), unit: r.optionalText(12),
                unitName: r.optionalText(13), assignedTo: r.optionalText(14)
            )
        }
        var notices: [Notice] = []
        for complaint in candidates {
            guard
                let running = ComplaintState.runningDeadline(
                    status: complaint.status, responded: complaint.responded, due: complaint.due)
            else { continue }
            let calendar = calendars.calendar(forStage: running.stage, unit: complaint.unit)
            let level: EscalationLevel?
            if running.stage == .respond, let dueBy = complaint.due.respondBy, let start = complaint.handedOverAt {
                level = EscalationLevel.reached(start: start, dueBy: dueBy, now: now)
            } else {
                let start = running.stage == .verify ? complaint.receivedOn : complaint.handedOverOn
                guard let start else { continue }
                level = EscalationLevel.reached(start: start, due: running.due, today: today, calendar: calendar)
            }
            guard let level else { continue }
            if let previous = noticed[complaint.id]?[running.stage], level <= previous { continue }
            notices.append(
                Notice(
                    complaintID: complaint.id, ticket: complaint.ticket.description, subject: complaint.subject,
                    status: complaint.status, unitCode: complaint.unit, unitName: complaint.unitName,
                    assignedTo: complaint.assignedTo, stage: running.stage, level: level, due: running.due,
                    dueBy: running.stage == .respond ? complaint.due.respondBy : nil,
                    workingDaysLeft: DeadlineStanding.of(due: running.due, today: today, calendar: calendar)
                        .workingDaysLeft, at: now,
                    recipients: people.for(unit: complaint.unit, assignedTo: complaint.assignedTo, level: level)))
        }
        return notices
    }

    /// The highest level noticed so far per complaint and stage.
    private func highestLevels() throws -> [Int64: [DeadlineStage: EscalationLevel]] {
        var levels: [Int64: [DeadlineStage: EscalationLevel]] = [:]
        let rows = try connection.query(
            """
            SELECT complaint_id, escalation_stage, max(escalation_level) FROM complaint_event
            WHERE escalation_level IS NOT NULL GROUP BY complaint_id, escalation_stage
            """
        ) { row in
            let r = DecodedRow(row, table: "complaint_event")
            return (
                try r.int64(0, "complaint_id"), try r.choice(1, "escalation_stage", "a stage") as DeadlineStage,
                try r.escalationLevel(2, "escalation_level")
            )
        }
        for (id, stage, level) in rows { levels[id, default: [:]][stage] = level }
        return levels
    }

    /// How long a claim holds (see `claimWaiting`): a run that has not sent a notice it claimed
    /// ten minutes ago has died, or hangs in its mail command; the next run sends it. A run sends
    /// each message in well under a second, so no live run loses a claim to this.
    public static let claimTimeoutSeconds: Int64 = 600

    /// A new run's id: 16 random hexadecimal digits, naming the claims it takes.
    public static func newRunID() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Recorded notices, newest first: all, those not yet delivered, or those from `since` on;
    /// with `claimedBy`, those that run has claimed.
    public func list(since: CivilDate? = nil, undeliveredOnly: Bool = false, claimedBy: String? = nil) throws
        -> [Notice]
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
        if undeliveredOnly { conditions.append("n.delivered_at IS NULL") }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try connection.prepare(
            """
            SELECT n.id, n.event_id, n.message_id, n.delivered_at, n.delivery, n.last_error, e.at, e.escalation_stage,
                   e.escalation_level, e.status_after, e.skpd_after, c.id, c.ticket, c.subject, u.name, c.assigned_to,
                   e.verify_due, e.respond_due, e.settle_due, e.respond_by, e.local_date
            FROM notice n JOIN complaint_event e ON e.id = n.event_id JOIN complaint c ON c.id = e.complaint_id
            LEFT JOIN skpd u ON u.code = e.skpd_after
            \(whereClause)
            ORDER BY n.id DESC
            """
        ).query(values) { row in
            let r = DecodedRow(row, table: "notice")
            let stage: DeadlineStage = try r.choice(7, "escalation_stage", "a stage")
            let due = EventDueDates(
                verify: try r.optionalDate(16, "verify_due"), respond: try r.optionalDate(17, "respond_due"),
                settle: try r.optionalDate(18, "settle_due"), respondBy: try r.optionalInstant(19, "respond_by"))
            let (stageDue, dueColumn): (CivilDate?, Int32) =
                switch stage {
                case .verify: (due.verify, 16)
                case .respond: (due.respond, 17)
                case .settle: (due.settle, 18)
                }
            // A notice is of a stage whose deadline its event recorded.
            guard let stageDue else {
                throw DecodedRow(row, table: "complaint_event", idColumn: 1)
                    .damaged("\(stage.rawValue)_due", dueColumn, "a date like 2026-11-20")
            }
            let day = try r.date(20, "local_date")
            var notice = Notice(
                complaintID: try r.int64(11, "complaint_id"), ticket: try r.text(12, "ticket"),
                subject: try r.text(13, "subject"), status: try r.choice(9, "status_after", "a status"),
                unitCode: r.optionalText(10), unitName: r.optionalText(14), assignedTo: r.optionalText(15),
                stage: stage, level: try r.escalationLevel(8, "escalation_level"), due: stageDue,
                dueBy: stage == .respond ? due.respondBy : nil, workingDaysLeft: 0, at: try r.instant(6, "at"),
                recipients: [])
            let id = try r.int64(0, "id")
            notice.id = id
            notice.eventID = try r.int64(1, "event_id")
            notice.messageID = try r.text(2, "message_id")
            notice.deliveredAt = try r.optionalInstant(3, "delivered_at")
            notice.delivery = try r.optionalChoice(4, "delivery", "a delivery")
            notice.lastError = r.optionalText(5)
            return (notice, day, id)
        }
        let calendars = try Holidays(connection: connection).unitCalendars()
        let recipients = try connection.prepare(
            "SELECT login, name, email, copy FROM notice_recipient WHERE notice_id = ? ORDER BY copy, login")
        return try rows.map { row in
            var (notice, day, id) = row
            notice.recipients = try recipients.query([id]) { row in
                let r = DecodedRow(row, table: "notice_recipient")
                return NoticeRecipient(
                    login: try r.text(0, "login"), name: try r.text(1, "name"), email: r.optionalText(2),
                    isCopy: try r.bool(3, "copy"))
            }
            // As the notice said it: working days from the day it was recorded.
            notice.workingDaysLeft =
                DeadlineStanding.of(
                    due: notice.due, today: day,
                    calendar: calendars.calendar(forStage: notice.stage, unit: notice.unitCode)
                ).workingDaysLeft
            return notice
        }
    }
}

/// Who a notice goes to, from the officials and units as they are now.
struct Recipients {
    private let active: [String: Official]
    private let coordinators: [Official]
    private let unitAdmins: [String: [Official]]
    private let byNIP: [String: Official]
    private let units: [String: (parent: String?, headNIP: String?)]

    init(connection: Connection) throws {
        let officials = try Officials(connection: connection).list(includeInactive: false, unit: nil, role: nil)
        active = Dictionary(uniqueKeysWithValues: officials.map { ($0.login, $0) })
        coordinators = officials.filter { $0.role == .coordinator }
        unitAdmins = Dictionary(grouping: officials.filter { $0.role == .unitAdmin && $0.unitCode != nil }) {
            $0.unitCode ?? ""
        }
        byNIP = Dictionary(officials.compactMap { official in official.nip.map { ($0, official) } }) { first, _ in first
        }
        let rows = try connection.query(
            "SELECT u.code, p.code, u.head_nip FROM skpd u LEFT JOIN skpd p ON p.id = u.parent_id"
        ) { row in
            let r = DecodedRow(row, table: "skpd")
            return (try r.text(0, "code"), r.optionalText(1), r.optionalText(2))
        }
        units = Dictionary(uniqueKeysWithValues: rows.map { ($0.0, (parent: $0.1, headNIP: $0.2)) })
    }

    /// At half and three quarters: the assigned official, else the unit's admins, else the admins
    /// of the nearest unit above that has some (a kelurahan without its own admin: the kecamatan's),
    /// else (no unit yet, or none above with admins) the coordinators' desk. Overdue: also, in copy,
    /// the head of the unit above (the unit's own head for a unit at the top) and the coordinators.
    func `for`(unit: String?, assignedTo: String?, level: EscalationLevel) -> [NoticeRecipient] {
        var primary: [Official] = []
        if let assignedTo, let official = active[assignedTo] {
            primary = [official]
        } else {
            var current = unit
            var visited = Set<String>()
            while let code = current, primary.isEmpty, visited.insert(code).inserted {
                primary = unitAdmins[code] ?? []
                current = units[code]?.parent
            }
            if primary.isEmpty { primary = coordinators }
        }
        var copies: [Official] = []
        if level == .overdue {
            if let unit, let record = units[unit] {
                let above = record.parent.flatMap { units[$0] } ?? record
                if let nip = above.headNIP, let head = byNIP[nip] { copies.append(head) }
            }
            copies += coordinators
        }
        var seen = Set<String>()
        func recipient(_ official: Official, copy: Bool) -> NoticeRecipient? {
            guard seen.insert(official.login).inserted else { return nil }
            return NoticeRecipient(login: official.login, name: official.name, email: official.email, isCopy: copy)
        }
        return primary.sorted { $0.login < $1.login }.compactMap { recipient($0, copy: false) }
            + copies.compactMap { recipient($0, copy: true) }
    }
}

extension Store {
    public var escalations: Escalations { Escalations(connection: connection) }
}

extension Writing where Repository == Escalations {
    /// Records the notices due now, each as an `escalate` event by `system` with its message
    /// waiting for delivery; computed inside this transaction, so that two runs at once cannot both
    /// record one. `mailDomain` names the messages (`<kbk.notice.EVENT.TICKET@DOMAIN>`).
    public func record(mailDomain: String) throws -> [Notice] {
        try transaction.require(.escalate)
        var notices = try repository.due(now: transaction.now, timeZone: transaction.timeZone)
        guard !notices.isEmpty else { return [] }
        let writer = ComplaintWriter(connection: connection, timeZone: transaction.timeZone, enteredAt: transaction.now)
        let system = try Actor("system")
        let dueStatement = try connection.prepare(
            "SELECT verify_due, respond_due, settle_due, respond_by FROM complaint WHERE id = ?")
        for index in notices.indices {
            let notice = notices[index]
            let due = try dueStatement.query([notice.complaintID]) { row in
                let r = DecodedRow(row, table: "complaint")
                return DueDates(
                    verify: try r.date(0, "verify_due"), respond: try r.optionalDate(1, "respond_due"),
                    settle: try r.optionalDate(2, "settle_due"), respondBy: try r.optionalInstant(3, "respond_by"))
            }[0]
            var event = ComplaintEventDraft(
                at: notice.at, localDate: transaction.today, due: due, action: .escalate, statusBefore: notice.status,
                statusAfter: notice.status, unitBefore: notice.unitCode, unitAfter: notice.unitCode,
                text:
                    "deadline notice: \(notice.level.rawValue)% of the \(notice.stage.rawValue) deadline, due \(notice.due)",
                isPublic: false)
            event.escalationStage = notice.stage
            event.escalationLevel = notice.level
            try writer.append(event, to: notice.complaintID, actor: system)
            let eventID = connection.lastInsertRowID
            let messageID = "<kbk.notice.\(eventID).\(notice.ticket)@\(mailDomain)>"
            try connection.run("INSERT INTO notice (event_id, message_id) VALUES (?, ?)", eventID, messageID)
            let noticeID = connection.lastInsertRowID
            for recipient in notice.recipients {
                try connection.run(
                    "INSERT INTO notice_recipient (notice_id, login, name, email, copy) VALUES (?, ?, ?, ?, ?)",
                    noticeID, recipient.login, recipient.name, recipient.email, recipient.isCopy)
            }
            notices[index].id = noticeID
            notices[index].eventID = eventID
            notices[index].messageID = messageID
        }
        let counts = EscalationLevel.allCases.map { level in
            "\(notices.filter { $0.level == level }.count) at \(level.rawValue)%"
        }
        try transaction.audit(
            AuditRecord(
                .create, .notice, id: nil,
                "recorded \(notices.count) deadline notice(s): \(counts.joined(separator: ", "))"))
        return notices
    }

    /// Claims for the run `run` (`Escalations.newRunID`) every notice still waiting that no other
    /// run is sending: unclaimed, or claimed longer than `claimTimeoutSeconds` ago by a run that
    /// died. One short transaction, so that of two runs at once each notice goes to one; only the
    /// claiming run hands it to the mail command. Returns the notices claimed, oldest first.
    public func claimWaiting(run: String) throws -> [Notice] {
        try transaction.require(.escalate)
        let stale = Timestamp(secondsSinceEpoch: transaction.now.secondsSinceEpoch - Escalations.claimTimeoutSeconds)
        try connection.run(
            """
            UPDATE notice SET claimed_by = ?, claimed_at = ?
            WHERE delivered_at IS NULL AND (claimed_by IS NULL OR claimed_at <= ?)
            """, run, transaction.now.utcString, stale.utcString)
        let claimed = connection.changes
        guard claimed > 0 else { return [] }
        try transaction.audit(
            AuditRecord(.update, .notice, id: nil, "run \(run) claimed \(claimed) waiting notice(s) for sending"))
        return try repository.list(undeliveredOnly: true, claimedBy: run).reversed()
    }

    /// Marks a notice as gone (or as having no address to go to), with the audit entry saying how.
    public func delivered(_ notice: Notice, via delivery: NoticeDelivery) throws {
        try transaction.require(.escalate)
        guard let id = notice.id else { return }
        try connection.run(
            "UPDATE notice SET delivered_at = ?, delivery = ?, last_error = NULL WHERE id = ? AND delivered_at IS NULL",
            transaction.now.utcString, delivery.rawValue, id)
        let addressed = notice.recipients.compactMap(\.email)
        try transaction.audit(
            AuditRecord(
                .update, .notice, id: String(id),
                "notice \(id) on \(notice.ticket) (\(notice.level.rawValue)% \(notice.stage.rawValue)) delivered by \(delivery.rawValue)"
                    + (addressed.isEmpty ? "" : " to \(addressed.count) address(es)")))
    }

    /// Keeps why a notice could not leave; it is tried again on the next run.
    public func failed(_ notice: Notice, reason: String) throws {
        try transaction.require(.escalate)
        guard let id = notice.id else { return }
        let kept = String(reason.prefix(2000))
        // The claim is let go: the next run tries the notice at once.
        try connection.run(
            "UPDATE notice SET last_error = ?, claimed_by = NULL, claimed_at = NULL WHERE id = ?", kept, id)
        try transaction.audit(
            AuditRecord(.update, .notice, id: String(id), "notice \(id) on \(notice.ticket) could not be sent: \(kept)")
        )
    }
}

extension Transaction {
    public var escalations: Writing<Escalations> { Writing(self, Escalations(connection: connection)) }
}
