import KBKDomain
internal import SQLiteDB

/// What `coordination add` records.
public struct CoordinationDraft: Sendable {
    public var heldOn: CivilDate
    public var title: String
    public var chair: String?
    public var decisions: String?
    public var units: [UnitCode]

    public init(heldOn: CivilDate, title: String, chair: String? = nil, decisions: String? = nil, units: [UnitCode]) {
        self.heldOn = heldOn
        self.title = title
        self.chair = chair
        self.decisions = decisions
        self.units = units
    }
}

/// Coordination meetings, their attending units and action items (tables `coordination_meeting`,
/// `coordination_attendee`, `coordination_action`).
public struct Coordination {
    let connection: Connection

    /// The columns an action item is read from, in the order of the SELECT list (`SelectedColumn`).
    enum ActionColumn: Int32, SelectedColumn {
        case id, meetingId, owner, text, dueOn, doneOn, doneNote

        static let alias: String? = "a"
        var joined: String? { self == .owner ? "u.code" : nil }
    }

    static let actionColumns = "\(ActionColumn.list) FROM coordination_action a JOIN skpd u ON u.id = a.owner_id"

    static func decodeAction(_ row: Row) throws -> CoordinationAction {
        let r = ColumnRow<ActionColumn>(row, table: "coordination_action")
        return CoordinationAction(
            id: try r.int64(.id), meetingID: try r.int64(.meetingId), ownerUnit: try r.text(.owner),
            text: try r.text(.text), dueOn: try r.date(.dueOn), doneOn: try r.optionalDate(.doneOn),
            doneNote: r.optionalText(.doneNote))
    }

    /// The columns a meeting is read from (its units and action items come apart).
    enum MeetingColumn: Int32, SelectedColumn {
        case id, heldOn, title, chair, decisions

        static let alias: String? = "m"
        var joined: String? { nil }
    }

    public func get(_ id: Int64) throws -> CoordinationMeeting {
        guard let meeting = try meetings(where: "WHERE m.id = ?", [id]).first else {
            throw DomainError.notFound(kind: .coordination, key: String(id))
        }
        return meeting
    }

    /// Meetings by date (the year's, when given), each with its units and action items.
    public func list(year: Int?) throws -> [CoordinationMeeting] {
        guard let year else { return try meetings(where: "", []) }
        return try meetings(where: "WHERE m.held_on >= ? AND m.held_on < ?", ["\(year)-01-01", "\(year + 1)-01-01"])
    }

    /// The meetings `condition` selects, with their units and action items: three queries whatever
    /// their number (the report's culture section reads every meeting).
    private func meetings(where condition: String, _ values: [SQLiteBindable]) throws -> [CoordinationMeeting] {
        var meetings = try connection.prepare(
            "SELECT \(MeetingColumn.list) FROM coordination_meeting m \(condition) ORDER BY m.held_on, m.id"
        ).query(values) { row in
            let r = ColumnRow<MeetingColumn>(row, table: "coordination_meeting")
            return CoordinationMeeting(
                id: try r.int64(.id), heldOn: try r.date(.heldOn), title: try r.text(.title),
                chair: r.optionalText(.chair), decisions: r.optionalText(.decisions), units: [], actions: [])
        }
        guard !meetings.isEmpty else { return [] }
        let position = Dictionary(uniqueKeysWithValues: meetings.enumerated().map { ($1.id, $0) })
        let units = try connection.prepare(
            """
            SELECT c.meeting_id, u.code FROM coordination_attendee c JOIN skpd u ON u.id = c.skpd_id
            JOIN coordination_meeting m ON m.id = c.meeting_id \(condition) ORDER BY u.code
            """
        ).query(values) { row in
            let r = DecodedRow(row, table: "coordination_attendee")
            return (try r.int64(0, "meeting_id"), try r.text(1, "skpd"))
        }
        for (meeting, unit) in units { if let index = position[meeting] { meetings[index].units.append(unit) } }
        let actions = try connection.prepare(
            "SELECT \(Coordination.actionColumns) JOIN coordination_meeting m ON m.id = a.meeting_id \(condition) "
                + "ORDER BY a.id"
        ).query(values, Coordination.decodeAction)
        for action in actions {
            if let index = position[action.meetingID] { meetings[index].actions.append(action) }
        }
        return meetings
    }

    public func action(_ id: Int64) throws -> CoordinationAction {
        guard
            let action = try connection.one(
                "SELECT \(Coordination.actionColumns) WHERE a.id = ?", id, transform: Coordination.decodeAction)
        else { throw DomainError.notFound(kind: .coordinationAction, key: String(id)) }
        return action
    }

    /// Action items by due date: one unit's (and those under it), or all; open ones only if asked.
    public func actions(owners: Set<String>?, openOnly: Bool) throws -> [CoordinationAction] {
        var sql = "SELECT \(Coordination.actionColumns)"
        if openOnly { sql += " WHERE a.done_on IS NULL" }
        let all = try connection.query(sql + " ORDER BY a.due_on, a.id", transform: Coordination.decodeAction)
        return owners.map { owners in all.filter { owners.contains($0.ownerUnit) } } ?? all
    }
}

/// Risalah Budaya Kerja of the groups (tables `rbk`, `rbk_improvement`).
public struct RBKs {
    let connection: Connection

    /// The columns a risalah is read from, in the order of the SELECT list (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case id, groupId, skpd, title, writtenOn, plan, doing, checking, acting

        static let alias: String? = "r"
        var joined: String? { self == .skpd ? "u.code" : nil }
    }

    static let columns = """
        \(Column.list) FROM rbk r JOIN kbk_group g ON g.id = r.group_id JOIN skpd u ON u.id = g.skpd_id
        """

    static func decode(_ row: Row) throws -> RBK {
        let r = ColumnRow<Column>(row, table: "rbk")
        return RBK(
            id: try r.int64(.id), groupID: try r.int64(.groupId), unitCode: try r.text(.skpd),
            title: try r.text(.title),
            writtenOn: try r.date(.writtenOn), plan: try r.text(.plan), doing: try r.text(.doing),
            checking: try r.text(.checking), acting: try r.text(.acting), improvementIDs: [])
    }

    public func get(_ id: Int64) throws -> RBK {
        guard let rbk = try rbks(where: "WHERE r.id = ?", [id]).first else {
            throw DomainError.notFound(kind: .rbk, key: String(id))
        }
        return rbk
    }

    /// A group's write-ups (or every group's), by date.
    public func list(group: Int64?) throws -> [RBK] {
        guard let group else { return try rbks(where: "", []) }
        _ = try Groups(connection: connection).get(group)
        return try rbks(where: "WHERE r.group_id = ?", [group])
    }

    /// The write-ups `condition` selects with the actions they cite, in two queries.
    private func rbks(where condition: String, _ values: [SQLiteBindable]) throws -> [RBK] {
        var rbks = try connection.prepare("SELECT \(RBKs.columns) \(condition) ORDER BY r.written_on, r.id")
            .query(values, RBKs.decode)
        guard !rbks.isEmpty else { return [] }
        let position = Dictionary(uniqueKeysWithValues: rbks.enumerated().map { ($1.id, $0) })
        let links = try connection.prepare(
            """
            SELECT l.rbk_id, l.improvement_id FROM rbk_improvement l JOIN rbk r ON r.id = l.rbk_id \(condition)
            ORDER BY l.improvement_id
            """
        ).query(values) { row in
            let r = DecodedRow(row, table: "rbk_improvement")
            return (try r.int64(0, "rbk_id"), try r.int64(1, "improvement_id"))
        }
        for (rbk, improvement) in links {
            if let index = position[rbk] { rbks[index].improvementIDs.append(improvement) }
        }
        return rbks
    }
}

/// What `group rbk add` records.
public struct RBKDraft: Sendable {
    public var groupID: Int64
    public var title: String
    public var writtenOn: CivilDate?
    public var plan: String
    public var doing: String
    public var checking: String
    public var acting: String
    public var improvementIDs: [Int64]

    public init(
        groupID: Int64, title: String, writtenOn: CivilDate? = nil, plan: String, doing: String, checking: String,
        acting: String, improvementIDs: [Int64] = []
    ) {
        self.groupID = groupID
        self.title = title
        self.writtenOn = writtenOn
        self.plan = plan
        self.doing = doing
        self.checking = checking
        self.acting = acting
        self.improvementIDs = improvementIDs
    }
}

/// The units' yearly work-culture self-assessments (tables `culture_assessment`, and
/// `culture_indicator_score` for those scored per behaviour indicator).
public struct Assessments {
    let connection: Connection

    /// The columns an assessment is read from, in the order of the SELECT list (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case id, skpd, year, service, accountable, competent, harmonious, loyal, adaptive, collaborative, assessedOn
        case note

        static let alias: String? = "a"
        var joined: String? { self == .skpd ? "u.code" : nil }
        /// The seven core values' columns, in `CoreValue`'s order.
        static let values: [Column] = [
            .service, .accountable, .competent, .harmonious, .loyal, .adaptive, .collaborative,
        ]
    }

    static let columns = "\(Column.list) FROM culture_assessment a JOIN skpd u ON u.id = a.skpd_id"

    /// An assessment's row; one scored per indicator (its seven value columns NULL) gets its
    /// indicator scores from `indicators`, by assessment id.
    static func decode(_ row: Row, indicators: [Int64: [IndicatorScore]]) throws -> CultureAssessment {
        let r = ColumnRow<Column>(row, table: "culture_assessment")
        let id = try r.int64(.id)
        let scores: CultureScores
        if row.isNull(Column.service.rawValue) {
            let entries = indicators[id] ?? []
            guard entries.count == BehaviourIndicator.all.count else {
                throw DamagedRow(
                    table: "culture_assessment", rowID: String(id), column: "culture_indicator_score",
                    value: "\(entries.count)", expected: "21 indicator scores")
            }
            scores = .indicators(entries)
        } else {
            scores = .values(try Column.values.map { try r.int($0) })
        }
        return CultureAssessment(
            id: id, unitCode: try r.text(.skpd), year: try r.int(.year), scores: scores,
            assessedOn: try r.date(.assessedOn), note: r.optionalText(.note))
    }

    /// Assessments by year and unit (one year's, when given).
    public func list(year: Int?) throws -> [CultureAssessment] {
        guard let year else { return try assessments(where: "", [], order: "a.year, u.code") }
        return try assessments(where: "WHERE a.year = ?", [year], order: "u.code")
    }

    /// A unit's assessment of a year.
    public func get(unit code: UnitCode, year: Int) throws -> CultureAssessment {
        let unit = try Units(connection: connection).get(code)
        guard let assessment = try assessments(where: "WHERE a.skpd_id = ? AND a.year = ?", [unit.id, year]).first
        else { throw DomainError.notFound(kind: .assessment, key: "\(unit.code) \(year)") }
        return assessment
    }

    /// The assessments `condition` selects with their indicator scores, in two queries.
    private func assessments(where condition: String, _ values: [SQLiteBindable], order: String = "a.id") throws
        -> [CultureAssessment]
    {
        var indicators: [Int64: [IndicatorScore]] = [:]
        let byCode = Dictionary(uniqueKeysWithValues: BehaviourIndicator.all.map { ($0.code, $0) })
        let scores = try connection.prepare(
            """
            SELECT s.assessment_id, s.indicator, s.score, s.evidence, s.evidence_ref
            FROM culture_indicator_score s JOIN berakhlak_indicator i ON i.code = s.indicator
            JOIN culture_assessment a ON a.id = s.assessment_id \(condition)
            ORDER BY s.assessment_id, i.sort_order
            """
        ).query(values) { row in
            let r = DecodedRow(row, table: "culture_indicator_score")
            let code = try r.text(1, "indicator")
            guard let indicator = byCode[code] else { throw r.damaged("indicator", 1, "an indicator code") }
            return (
                try r.int64(0, "assessment_id"),
                IndicatorScore(
                    indicator, score: try r.int(2, "score"), evidence: r.optionalText(3), evidenceRef: r.optionalText(4)
                )
            )
        }
        for (id, score) in scores { indicators[id, default: []].append(score) }
        return try connection.prepare("SELECT \(Assessments.columns) \(condition) ORDER BY \(order)").query(values) {
            try Assessments.decode($0, indicators: indicators)
        }
    }
}

extension Store {
    public var coordination: Coordination { Coordination(connection: connection) }
    public var rbks: RBKs { RBKs(connection: connection) }
    public var assessments: Assessments { Assessments(connection: connection) }
}

extension Writing where Repository == Coordination {
    public func add(_ draft: CoordinationDraft) throws -> CoordinationMeeting {
        try transaction.require(.coordinate)
        // A coordination meeting is of units: one that no unit attended is not one.
        guard !draft.units.isEmpty else { throw DomainError.invalid(field: "units", value: "", reason: .empty) }
        let units = Units(connection: connection)
        var attending: [Unit] = []
        for code in draft.units where !attending.contains(where: { $0.code == code.value }) {
            attending.append(try units.requireActive(code, today: draft.heldOn))
        }
        if draft.heldOn > transaction.today {
            throw DomainError.rule(.dateInTheFuture(field: "--held", value: draft.heldOn, today: transaction.today))
        }
        try connection.run(
            "INSERT INTO coordination_meeting (held_on, title, chair, decisions, created_at) VALUES (?, ?, ?, ?, ?)",
            draft.heldOn.stored, draft.title, draft.chair, draft.decisions, transaction.now.utcString)
        let id = connection.lastInsertRowID
        for unit in attending {
            try connection.run("INSERT INTO coordination_attendee (meeting_id, skpd_id) VALUES (?, ?)", id, unit.id)
        }
        try transaction.audit(
            AuditRecord(
                .create, .coordination, id: String(id),
                "recorded coordination meeting \(id) \"\(draft.title)\" of \(draft.heldOn), \(attending.count) unit(s)")
        )
        return try repository.get(id)
    }

    /// An action item for `owner`, decided at meeting `meetingID`, due on `due`.
    public func addAction(to meetingID: Int64, owner: UnitCode, text: String, due: CivilDate) throws
        -> CoordinationAction
    {
        try transaction.require(.coordinate)
        let meeting = try repository.get(meetingID)
        // The owner existed when the meeting decided it (a merged unit's item stays its own).
        let unit = try Units(connection: connection).requireActive(owner, today: meeting.heldOn)
        if due < meeting.heldOn {
            throw DomainError.rule(.dateBefore(field: "due", value: due, other: "the meeting", limit: meeting.heldOn))
        }
        try connection.run(
            """
            INSERT INTO coordination_action (meeting_id, owner_id, text, due_on, created_at) VALUES (?, ?, ?, ?, ?)
            """, meetingID, unit.id, text, due.stored, transaction.now.utcString)
        let id = connection.lastInsertRowID
        try transaction.audit(
            AuditRecord(
                .create, .coordination, id: "action \(id)",
                "added action item \(id) of coordination meeting \(meetingID) for \(unit.code), due \(due)"))
        return try repository.action(id)
    }

    /// Marks an action item done on `day`, by its owner unit's desk or the coordinator.
    public func complete(_ id: Int64, on day: CivilDate, note: String?) throws -> CoordinationAction {
        let action = try repository.action(id)
        try transaction.require(.completeCoordinationAction)
        try transaction.requireScope(action.ownerUnit, "mark coordination action item \(id) done")
        if action.doneOn != nil { throw DomainError.rule(.alreadyEnded(kind: .coordinationAction, key: String(id))) }
        let meeting = try repository.get(action.meetingID)
        if day < meeting.heldOn {
            throw DomainError.rule(.dateBefore(field: "--on", value: day, other: "the meeting", limit: meeting.heldOn))
        }
        if day > transaction.today {
            throw DomainError.rule(.dateInTheFuture(field: "--on", value: day, today: transaction.today))
        }
        try connection.run(
            "UPDATE coordination_action SET done_on = ?, done_note = ? WHERE id = ?", day.stored, note, id)
        try transaction.audit(
            AuditRecord(
                .update, .coordination, id: "action \(id)",
                "marked action item \(id) of \(action.ownerUnit) done on \(day)\(day > action.dueOn ? " (late)" : "")"))
        return try repository.action(id)
    }
}

extension Writing where Repository == RBKs {
    public func add(_ draft: RBKDraft) throws -> RBK {
        let group = try Groups(connection: connection).get(draft.groupID)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(group.unitCode, "write an RBK of group \(group.id)")
        // Written up on or after the group began (a dissolved group's past work may still be).
        let written = draft.writtenOn ?? transaction.today
        if written < group.formedOn {
            throw DomainError.rule(.dateBefore(field: "date", value: written, other: "formed", limit: group.formedOn))
        }
        let improvements = Improvements(connection: connection)
        for id in Set(draft.improvementIDs) {
            let improvement = try improvements.get(id)
            guard improvement.groupID == group.id else {
                throw DomainError.rule(.improvementOfAnotherGroup(id: Int(id), group: Int(group.id)))
            }
        }
        try connection.run(
            """
            INSERT INTO rbk (group_id, title, written_on, plan, doing, checking, acting, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, group.id, draft.title, written.stored, draft.plan, draft.doing, draft.checking, draft.acting,
            transaction.now.utcString)
        let id = connection.lastInsertRowID
        for improvement in Set(draft.improvementIDs).sorted() {
            try connection.run("INSERT INTO rbk_improvement (rbk_id, improvement_id) VALUES (?, ?)", id, improvement)
        }
        try transaction.audit(
            AuditRecord(
                .create, .rbk, id: String(id),
                "wrote RBK \(id) \"\(draft.title)\" of group \(group.id) (\(draft.improvementIDs.count) improvement action(s))"
            ))
        return try repository.get(id)
    }
}

extension Writing where Repository == Assessments {
    /// Records a unit's self-assessment for a year, scored per value or per indicator (with the
    /// indicators' evidence); a second one for the same year is refused.
    public func add(unit code: UnitCode, year: Int, scores: CultureScores, on day: CivilDate?, note: String?) throws
        -> CultureAssessment
    {
        let unit = try Units(connection: connection).get(code)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(unit.code, "record a work-culture self-assessment")
        let scores = try scores.validated()
        if try connection.one(
            "SELECT 1 FROM culture_assessment WHERE skpd_id = ? AND year = ?", unit.id, year, transform: { _ in true })
            != nil
        {
            throw DomainError.duplicate(kind: .assessment, key: "\(unit.code) \(year)")
        }
        let assessed = day ?? transaction.today
        let values: [Int?]
        switch scores {
        case .values(let scores): values = scores.map { $0 }
        case .indicators: values = Array(repeating: nil, count: CoreValue.allCases.count)
        }
        try connection.run(
            """
            INSERT INTO culture_assessment (skpd_id, year, service, accountable, competent, harmonious, loyal, adaptive,
                collaborative, assessed_on, note, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, unit.id, year, values[0], values[1], values[2], values[3], values[4], values[5], values[6],
            assessed.stored,
            note, transaction.now.utcString)
        let id = connection.lastInsertRowID
        var detail: String
        switch scores {
        case .values(let scores):
            detail = scores.map(String.init).joined(separator: ",")
        case .indicators(let entries):
            for entry in entries {
                try connection.run(
                    """
                    INSERT INTO culture_indicator_score (assessment_id, indicator, score, evidence, evidence_ref)
                    VALUES (?, ?, ?, ?, ?)
                    """, id, entry.indicator.code, entry.score, entry.evidence, entry.evidenceRef)
            }
            // "BO 4,4,3 AK 5,4,4 …": every score, by value.
            detail =
                "per indicator "
                + CoreValue.allCases.map { value in
                    value.code + " "
                        + entries.filter { $0.indicator.value == value }.map { String($0.score) }.joined(separator: ",")
                }.joined(separator: " ")
            let evidenced = entries.filter { $0.evidence != nil || $0.evidenceRef != nil }
            if !evidenced.isEmpty {
                detail += "; evidence for " + evidenced.map(\.indicator.code).joined(separator: ",")
            }
        }
        let assessment = try repository.get(unit: UnitCode(unit.code), year: year)
        try transaction.audit(
            AuditRecord(
                .create, .assessment, id: String(id),
                "recorded the work-culture self-assessment of \(unit.code) for \(year): \(detail)"))
        return assessment
    }
}

extension Transaction {
    public var coordination: Writing<Coordination> { Writing(self, Coordination(connection: connection)) }
    public var rbks: Writing<RBKs> { Writing(self, RBKs(connection: connection)) }
    public var assessments: Writing<Assessments> { Writing(self, Assessments(connection: connection)) }
}
