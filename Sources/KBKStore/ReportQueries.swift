import KBKDomain
internal import SQLiteDB

/// One complaint row as the report's complaint pass reads it.
public struct ReportComplaintRow: Sendable {
    public let id: Int64
    public let receivedOn: CivilDate
    public let channel: String
    public let category: String
    /// The complaint changed at or after the report's end: its row is later than the period.
    public let changedSinceEnd: Bool
    public let unitID: Int64?
    public let status: ComplaintStatus
    public let firstResponseOn: CivilDate?
    /// Nil until the complaint has a first response.
    public let firstResponseOnTime: Bool?
    public let resolvedOn: CivilDate?
    /// Nil until the complaint is settled.
    public let settledOnTime: Bool?
    public let reopenCount: Int
    public let extendedDays: Int
    public let forwardedTo: String?
    public let assignedTo: String?
    public let rating: Int?
    public let sopID: Int64?
    /// What it is about: a code of the kept topic list; nil when not classified.
    public let topic: String?
    /// The desa or kelurahan it is about (a BPS code of the list of places); nil when not given.
    public var villageCode: String? = nil
}

/// A complaint that may be open at the backlog's day.
public struct BacklogCandidate: Sendable {
    public let id: Int64
    public let ticket: String
    public let receivedOn: CivilDate
    public let category: String
    public let respondedBeforeEnd: Bool
    public let changedSinceEnd: Bool
    public let status: ComplaintStatus
    public let unitID: Int64?
    public let due: EventDueDates
}

/// The dates of an improvement action that the report counts.
public struct ImprovementDates: Sendable {
    public let unitCode: String
    public let startedOn: CivilDate
    public let dueOn: CivilDate?
    public let doneOn: CivilDate?
    /// Done or dropped, whichever came first.
    public let endedOn: CivilDate?
}

/// The reads of the performance report, streamed where the data is large. SQL stays here in the
/// store; the report's arithmetic stays in KBKReports. Statements are prepared once per report and
/// reused for every complaint.
public final class ReportQueries {
    let connection: Connection
    private var replayStatement: Statement?

    init(connection: Connection) {
        self.connection = connection
    }

    /// The day the first complaint was received, nil when there is none.
    public func earliestReceipt() throws -> CivilDate? {
        try connection.nullable("SELECT min(received_on) FROM complaint") {
            try DecodedRow($0, table: "complaint").optionalDate(0, "received_on")
        }
    }

    /// The complaints cited by an improvement action by `date`.
    public func complaintsCited(by date: CivilDate) throws -> Set<Int64> {
        Set(
            try connection.query(
                "SELECT DISTINCT complaint_id FROM improvement_complaint WHERE linked_on <= ?", date.description
            ) { row in
                try DecodedRow(row, table: "improvement_complaint").int64(0, "complaint_id")
            })
    }

    /// Every complaint received from `from` to `to`, one at a time.
    public func forEachComplaint(
        receivedFrom from: CivilDate, to: CivilDate, end: Timestamp,
        _ body: (ReportComplaintRow) throws -> Void
    ) throws {
        let statement = try connection.prepare(
            """
            SELECT c.id, c.received_on, c.channel, c.category, c.last_event_at >= ?, c.skpd_id, c.status,
                c.first_response_on,
                   c.first_response_on_time, c.resolved_on, c.settled_on_time, c.reopen_count, c.rating, c.sop_id,
                   c.extended_days, c.forwarded_to, c.assigned_to, c.topic, c.village_code
            FROM complaint c
            WHERE c.received_on BETWEEN ? AND ?
            """)
        try statement.bind([end.utcString, from.stored, to.stored])
        defer { statement.reset() }
        while try statement.step() {
            let r = DecodedRow(statement.row, table: "complaint")
            try body(
                ReportComplaintRow(
                    id: try r.int64(0, "id"), receivedOn: try r.date(1, "received_on"),
                    channel: try r.text(2, "channel"),
                    category: try r.text(3, "category"), changedSinceEnd: try r.bool(4, "last_event_at"),
                    unitID: r.optionalInt64(5),
                    status: try r.choice(6, "status", "a status"),
                    firstResponseOn: try r.optionalDate(7, "first_response_on"),
                    firstResponseOnTime: try r.optionalBool(8, "first_response_on_time"),
                    resolvedOn: try r.optionalDate(9, "resolved_on"),
                    settledOnTime: try r.optionalBool(10, "settled_on_time"),
                    reopenCount: try r.int(11, "reopen_count"), extendedDays: try r.int(14, "extended_days"),
                    forwardedTo: r.optionalText(15), assignedTo: r.optionalText(16),
                    rating: r.optionalInt(12), sopID: r.optionalInt64(13), topic: r.optionalText(17),
                    villageCode: r.optionalText(18)))
        }
    }

    /// A complaint's events before `end`, in order.
    public func forEachEvent(ofComplaint id: Int64, before end: Timestamp, _ body: (EventFacts) throws -> Void) throws {
        let statement =
            try replayStatement
            ?? connection.prepare(
                """
                SELECT id, action, status_after, skpd_after, local_date, verify_due, respond_due, settle_due, assignee,
                       respond_by, at
                FROM complaint_event
                WHERE complaint_id = ? AND at < ? ORDER BY id
                """)
        replayStatement = statement
        try statement.bind([id, end.utcString])
        defer { statement.reset() }
        while try statement.step() {
            // The instant is parsed only where an hour target judges it.
            try body(
                try ReportQueries.eventFacts(DecodedRow(statement.row, table: "complaint_event"), withInstant: false))
        }
    }

    /// An event's facts from a row whose columns 1 to 10 are `action, status_after, skpd_after,
    /// local_date, verify_due, respond_due, settle_due, assignee, respond_by, at`: the replay's read
    /// of an event, for the report and for a bundle. `at` is read when asked for, or when an hour
    /// target judges the response by it.
    static func eventFacts(_ r: DecodedRow, withInstant: Bool) throws -> EventFacts {
        var facts = EventFacts(
            action: try r.choice(1, "action", "an action"), statusAfter: try r.choice(2, "status_after", "a status"),
            unitAfter: r.optionalText(3), localDate: try r.date(4, "local_date"),
            due: EventDueDates(
                verify: try r.optionalDate(5, "verify_due"), respond: try r.optionalDate(6, "respond_due"),
                settle: try r.optionalDate(7, "settle_due"), respondBy: try r.optionalInstant(9, "respond_by")))
        facts.assignee = r.optionalText(8)
        if withInstant || facts.due.respondBy != nil { facts.at = try r.instant(10, "at") }
        return facts
    }

    /// The complaint's state as its events before `end` left it (`ComplaintState`, the one definition).
    public func state(ofComplaint id: Int64, before end: Timestamp) throws -> ComplaintState {
        var state = ComplaintState()
        try forEachEvent(ofComplaint: id, before: end) { state.apply($0) }
        return state
    }

    /// Complaints that may be open at `end`: open now, or changed at or after it. The candidates come
    /// from the status and last-event indexes: an OR of the two made SQLite scan every complaint.
    public func forEachBacklogCandidate(end: Timestamp, _ body: (BacklogCandidate) throws -> Void) throws {
        let open = ComplaintStatus.sqlList(ComplaintStatus.open)
        let candidates = try connection.prepare(
            """
            SELECT c.id, c.ticket, c.received_on, c.category,
                   c.first_response_at IS NOT NULL AND c.first_response_at < ?, c.last_event_at >= ?,
                   c.status, c.skpd_id, c.verify_due, c.respond_due, c.settle_due
            FROM complaint c
            WHERE c.id IN (SELECT id FROM complaint WHERE status IN (\(open))
                           UNION ALL
                           SELECT id FROM complaint WHERE last_event_at >= ?
                               AND status NOT IN (\(open)))
              AND c.received_at < ?
            ORDER BY c.id
            """)
        let endText = end.utcString
        try candidates.bind([endText, endText, endText, endText])
        defer { candidates.reset() }
        while try candidates.step() {
            let r = DecodedRow(candidates.row, table: "complaint")
            try body(
                BacklogCandidate(
                    id: try r.int64(0, "id"), ticket: try r.text(1, "ticket"), receivedOn: try r.date(2, "received_on"),
                    category: try r.text(3, "category"),
                    respondedBeforeEnd: try r.bool(4, "first_response_at"),
                    changedSinceEnd: try r.bool(5, "last_event_at"), status: try r.choice(6, "status", "a status"),
                    unitID: r.optionalInt64(7),
                    due: EventDueDates(
                        verify: try r.optionalDate(8, "verify_due"), respond: try r.optionalDate(9, "respond_due"),
                        settle: try r.optionalDate(10, "settle_due"))))
        }
    }

    /// The deadline notices recorded from `start` to `end`: per unit at the time and complaint, the
    /// highest level reached and how many notices. Every notice has its level: the condition on it
    /// lets SQLite read migration 0016's partial index of the notices instead of every event.
    public func escalations(from start: Timestamp, to end: Timestamp) throws -> [(
        unit: String?, complaintID: Int64, level: EscalationLevel, notices: Int
    )] {
        try connection.prepare(
            """
            SELECT skpd_after, complaint_id, max(escalation_level), count(*) FROM complaint_event
            WHERE escalation_level IS NOT NULL AND action = 'escalate' AND at >= ? AND at < ?
            GROUP BY skpd_after, complaint_id
            """
        ).query([start.utcString, end.utcString]) { row in
            let r = DecodedRow(row, table: "complaint_event")
            return (
                r.optionalText(0), try r.int64(1, "complaint_id"), try r.escalationLevel(2, "escalation_level"),
                try r.int(3, "count")
            )
        }
    }

    /// The events claiming a time from `start` to `end` that were entered more than 24 hours after
    /// it: those that may have been entered late (LateEntry decides on working days). The unit is
    /// the one holding the complaint after the event; nil before verification. The condition is
    /// migration 0029's partial index's, word for word.
    public func eventsEnteredAfterADay(from start: Timestamp, to end: Timestamp) throws -> [(
        unit: String?, complaintID: Int64, at: Timestamp, enteredAt: Timestamp
    )] {
        try connection.prepare(
            """
            SELECT coalesce(skpd_after, skpd_before), complaint_id, at, entered_at FROM complaint_event
            WHERE entered_at IS NOT NULL AND julianday(entered_at) - julianday(at) > 1 AND at >= ? AND at < ?
            """
        ).query([start.utcString, end.utcString]) { row in
            let r = DecodedRow(row, table: "complaint_event")
            return (
                r.optionalText(0), try r.int64(1, "complaint_id"), try r.instant(2, "at"),
                try r.instant(3, "entered_at")
            )
        }
    }

    /// The complaints received from `from` to `to` that carried a form of maladministration at
    /// `end`: the value of their last event before `end` that set or corrected it (migration 0037's
    /// partial index, whose condition the query repeats), with the unit holding them after their
    /// last event before `end` (nil before the hand-over). A form cleared by then is no row.
    public func maladministrationAtEnd(receivedFrom from: CivilDate, to: CivilDate, end: Timestamp) throws -> [(
        unit: String?, form: String
    )] {
        try connection.prepare(
            """
            SELECT (SELECT h.skpd_after FROM complaint_event h
                    WHERE h.complaint_id = m.complaint_id AND h.at < ?1 ORDER BY h.id DESC LIMIT 1),
                   m.value_after
            FROM complaint_event m JOIN complaint c ON c.id = m.complaint_id
            WHERE m.field = 'maladministration' AND m.at < ?1 AND c.received_on BETWEEN ?2 AND ?3
                AND m.id = (SELECT max(l.id) FROM complaint_event l
                            WHERE l.complaint_id = m.complaint_id AND l.field = 'maladministration' AND l.at < ?1)
                AND m.value_after IS NOT NULL
            """
        ).query([end.utcString, from.stored, to.stored]) { row in
            let r = DecodedRow(row, table: "complaint_event")
            return (r.optionalText(0), try r.text(1, "value_after"))
        }
    }

    /// Active groups per unit on `date`.
    public func activeGroupsByUnit(on date: CivilDate) throws -> [String: Int] {
        try counts(
            """
            SELECT u.code, count(*) FROM kbk_group g JOIN skpd u ON u.id = g.skpd_id
            WHERE g.formed_on <= ? AND (g.dissolved_on IS NULL OR g.dissolved_on > ?) GROUP BY u.code
            """, [date.stored, date.stored])
    }

    /// Distinct active members of active groups per unit on `date`.
    public func activeMembersByUnit(on date: CivilDate) throws -> [String: Int] {
        try counts(
            """
            SELECT u.code, count(DISTINCT m.nip) FROM group_member m JOIN kbk_group g ON g.id = m.group_id
            JOIN skpd u ON u.id = g.skpd_id
            WHERE m.since <= ? AND (m.until IS NULL OR m.until > ?) AND g.formed_on <= ? AND (g.dissolved_on IS NULL
                OR g.dissolved_on > ?)
            GROUP BY u.code
            """, [date.stored, date.stored, date.stored, date.stored])
    }

    /// Group meetings per unit held from `from` to `to`.
    public func meetingsByUnit(from: CivilDate, to: CivilDate) throws -> [String: Int] {
        try counts(
            """
            SELECT u.code, count(*) FROM group_meeting m JOIN kbk_group g ON g.id = m.group_id
            JOIN skpd u ON u.id = g.skpd_id
            WHERE m.held_on BETWEEN ? AND ? GROUP BY u.code
            """, [from.stored, to.stored])
    }

    /// Every improvement action's dates, with the unit of its group.
    public func improvementDates() throws -> [ImprovementDates] {
        try connection.query(
            """
            SELECT i.id, u.code, i.started_on, i.due_on,
                   (SELECT min(on_date) FROM improvement_stage s WHERE s.improvement_id = i.id AND s.stage = 'done'),
                   (SELECT min(on_date) FROM improvement_stage s WHERE s.improvement_id = i.id
                       AND s.stage IN ('done', 'dropped'))
            FROM improvement i JOIN kbk_group g ON g.id = i.group_id JOIN skpd u ON u.id = g.skpd_id
            """
        ) { row in
            let r = DecodedRow(row, table: "improvement")
            return ImprovementDates(
                unitCode: try r.text(1, "skpd"), startedOn: try r.date(2, "started_on"),
                dueOn: try r.optionalDate(3, "due_on"),
                doneOn: try r.optionalDate(4, "done stage"), endedOn: try r.optionalDate(5, "end stage"))
        }
    }

    /// SOPs per unit revised from `from` to `to` after an improvement action linked to them (by `to`) began.
    public func sopsRevisedAfterActions(from: CivilDate, to: CivilDate) throws -> [String: Int] {
        try counts(
            """
            SELECT u.code, count(DISTINCT s.id) FROM improvement_sop l
            JOIN improvement i ON i.id = l.improvement_id JOIN sop s ON s.id = l.sop_id JOIN skpd u ON u.id = s.skpd_id
            JOIN sop_revision r ON r.sop_id = s.id AND r.revision > 0
            WHERE l.linked_on <= ? AND r.revised_on BETWEEN ? AND ? AND r.revised_on >= i.started_on
            GROUP BY u.code
            """, [to.stored, from.stored, to.stored])
    }

    private func counts(_ sql: String, _ values: [SQLiteBindable]) throws -> [String: Int] {
        Dictionary(
            uniqueKeysWithValues: try connection.prepare(sql).query(values) { row in
                let r = DecodedRow(row, table: "skpd")
                return (try r.text(0, "code"), try r.int(1, "count"))
            })
    }
}

extension Store {
    /// The report's reads, for one report of `unit` (nil: the whole government), if the official
    /// running kbk may read it (`ReadAction.report`); its statements are kept for the report's length.
    public func reportQueries(for unit: String?) throws -> ReportQueries {
        try requireRead(.report(unit: unit))
        return ReportQueries(connection: connection)
    }
}
