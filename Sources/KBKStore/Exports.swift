import KBKDomain
internal import SQLiteDB

/// One event of a complaint's history as `export events` writes it: the event and the complaint
/// values an import needs to replay it (the category a verification chose, the rating of a close,
/// the reason of a rejection).
public struct ExportedEvent: Sendable {
    public let ticket: String
    /// The event as the complaint's timeline shows it (a confidential description's correction withheld).
    public let event: ComplaintEvent
    public let category: String
    public let rating: Int?
    public let rejectionReason: String?
    /// For a forwarding: the agency and its reference (final, so the complaint's own).
    public let agency: String?
    public let agencyReference: String?

    public var at: Timestamp { event.at }
    public var actor: String { event.actor }
    public var action: String { event.action }
}

/// An improvement action with every dated entry of its history, as `export improvements` writes it.
public struct ImprovementHistory: Sendable {
    public let id: Int64
    public let groupID: Int64
    public let startedOn: CivilDate
    public let title: String
    public let problem: String?
    public let target: String?
    public let dueOn: CivilDate?
    /// The stages after `plan`, in order: stage, date reached, note.
    public let stages: [(stage: String, on: CivilDate, note: String?)]
    public let complaintLinks: [(ticket: String, on: CivilDate)]
    public let sopLinks: [(number: String, on: CivilDate)]
    /// The IKM survey elements it addresses, each survey by what an import finds it by: its unit,
    /// its period's label and its service.
    public let surveyLinks: [(unit: String, period: String, service: String?, element: Int, on: CivilDate)]
}

/// The reads `export` needs beyond the repositories' own: whole tables in the order an import
/// reads them back. SQL stays here, in the store.
public struct Exports {
    let connection: Connection

    /// Every complaint, in the order they were logged.
    public func complaints() throws -> [Complaint] {
        try connection.query("SELECT \(Complaints.columns) ORDER BY c.id", transform: Complaints.decode)
    }

    /// Every membership, ended ones too, in the order they began.
    public func memberships() throws -> [Membership] {
        try connection.query("SELECT \(Groups.memberColumns) ORDER BY since, id", transform: Groups.decodeMember)
    }

    /// Every meeting, oldest first, with its attendees' NIPs in NIP order.
    public func meetings() throws -> [Meeting] {
        let attendees = try connection.prepare(Groups.attendeesSQL)
        return try connection.query(
            "SELECT \(Groups.meetingColumns) ORDER BY held_on, id"
        ) {
            try Groups.decodeMeeting($0, attendees: attendees)
        }
    }

    /// Every event but the receipts (an import makes those from the complaint rows) and the deadline
    /// notices (this database's own, which the importing one sends for itself), in order.
    public func events() throws -> [ExportedEvent] {
        // An event's columns, a confidential description's old and new text left out, then its complaint's.
        let eventColumns = ComplaintEventColumn.allCases.map { column in
            switch column {
            case .valueBefore, .valueAfter:
                "CASE WHEN e.field = 'description' AND c.confidential = 1 THEN NULL ELSE \(column.sql) END"
            default: column.sql
            }
        }
        let complaint = Int32(ComplaintEventColumn.allCases.count)
        return try connection.query(
            """
            SELECT \(eventColumns.joined(separator: ", ")),
                c.ticket, c.category, c.rating, c.rejection_reason, c.forwarded_to, c.forward_reference
            FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id
            WHERE e.action NOT IN ('receive', 'escalate') ORDER BY e.id
            """
        ) { row in
            let r = DecodedRow(row, table: "complaint_event")
            return ExportedEvent(
                ticket: try r.text(complaint, "ticket"), event: try Complaints.decodeEvent(row),
                category: try r.text(complaint + 1, "category"), rating: r.optionalInt(complaint + 2),
                rejectionReason: r.optionalText(complaint + 3), agency: r.optionalText(complaint + 4),
                agencyReference: r.optionalText(complaint + 5))
        }
    }

    /// Every improvement action by id, with its stages and links.
    public func improvementHistories() throws -> [ImprovementHistory] {
        let stages = try connection.prepare(
            "SELECT id, stage, on_date, note FROM improvement_stage WHERE improvement_id = ? AND stage <> 'plan' ORDER BY id"
        )
        let complaints = try connection.prepare(
            """
            SELECT c.ticket, l.linked_on FROM improvement_complaint l JOIN complaint c ON c.id = l.complaint_id
            WHERE l.improvement_id = ? ORDER BY c.id
            """)
        let sops = try connection.prepare(
            """
            SELECT s.number, l.linked_on FROM improvement_sop l JOIN sop s ON s.id = l.sop_id
            WHERE l.improvement_id = ? ORDER BY s.number
            """)
        let surveys = try connection.prepare(
            """
            SELECT u.code, s.period_label, s.service, l.element, l.linked_on
            FROM improvement_survey l JOIN ikm_survey s ON s.id = l.survey_id JOIN skpd u ON u.id = s.skpd_id
            WHERE l.improvement_id = ? ORDER BY s.id, l.element
            """)
        return try connection.query(
            "SELECT id, group_id, started_on, title, problem, target, due_on FROM improvement ORDER BY id"
        ) { row in
            let r = DecodedRow(row, table: "improvement")
            let id = try r.int64(0, "id")
            return ImprovementHistory(
                id: id, groupID: try r.int64(1, "group_id"), startedOn: try r.date(2, "started_on"),
                title: try r.text(3, "title"),
                problem: r.optionalText(4), target: r.optionalText(5), dueOn: try r.optionalDate(6, "due_on"),
                stages: try stages.query([id]) {
                    let s = DecodedRow($0, table: "improvement_stage")
                    return (try s.text(1, "stage"), try s.date(2, "on_date"), s.optionalText(3))
                },
                complaintLinks: try complaints.query([id]) {
                    let l = DecodedRow($0, table: "improvement_complaint", idColumn: 0)
                    return (try l.text(0, "ticket"), try l.date(1, "linked_on"))
                },
                sopLinks: try sops.query([id]) {
                    let l = DecodedRow($0, table: "improvement_sop", idColumn: 0)
                    return (try l.text(0, "number"), try l.date(1, "linked_on"))
                },
                surveyLinks: try surveys.query([id]) {
                    let l = DecodedRow($0, table: "improvement_survey", idColumn: 0)
                    return (
                        try l.text(0, "skpd"), try l.text(1, "period_label"), l.optionalText(2),
                        try l.int(3, "element"), try l.date(4, "linked_on")
                    )
                })
        }
    }

    /// The latest public text of a complaint's history (its last answer), for Open311's status notes.
    public func latestPublicText(complaintID: Int64) throws -> String? {
        try connection.one(
            """
            SELECT text FROM complaint_event WHERE complaint_id = ? AND public = 1 AND text IS NOT NULL
            ORDER BY id DESC LIMIT 1
            """, complaintID
        ) { try DecodedRow($0, table: "complaint_event").text(0, "text") }
    }
}

extension Store {
    public var exports: Exports { Exports(connection: connection) }
}
