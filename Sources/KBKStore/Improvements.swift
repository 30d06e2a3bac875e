import KBKDomain
internal import SQLiteDB

public struct ImprovementDraft: Sendable {
    public var groupID: Int64
    public var title: String
    public var problem: String?
    public var target: String?
    public var dueOn: CivilDate?
    public var startedOn: CivilDate?
    public var complaints: [Ticket] = []
    public var sops: [String] = []

    public init(groupID: Int64, title: String) {
        self.groupID = groupID
        self.title = title
    }
}

/// Improvement actions of work-culture groups (tables `improvement`, `improvement_stage`,
/// `improvement_complaint`, `improvement_sop`).
public struct Improvements {
    let connection: Connection

    /// The columns an action is read from, in the order of the SELECT list (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case id, groupId, skpd, title, problem, target, dueOn, stage, startedOn, finishedOn

        static let alias: String? = "i"
        var joined: String? { self == .skpd ? "u.code" : nil }
    }

    static let from = "FROM improvement i JOIN kbk_group g ON g.id = i.group_id JOIN skpd u ON u.id = g.skpd_id"

    /// The columns of `improvement_stage`, in the order a stage entry is read.
    enum StageColumn: Int32, SelectedColumn {
        case id, stage, onDate, note, actor

        static let alias: String? = nil
        var joined: String? { nil }
    }

    public func get(_ id: Int64) throws -> Improvement {
        guard
            let row = try connection.one(
                "SELECT \(Column.list) \(Improvements.from) WHERE i.id = ?", id,
                transform: { row in
                    let r = ColumnRow<Column>(row, table: "improvement")
                    return (
                        try r.int64(.id), try r.int64(.groupId), try r.text(.skpd), try r.text(.title),
                        r.optionalText(.problem), r.optionalText(.target), try r.optionalDate(.dueOn),
                        try r.choice(.stage, "a PDCA stage") as ImprovementStage, try r.date(.startedOn),
                        try r.optionalDate(.finishedOn)
                    )
                })
        else { throw DomainError.notFound(kind: .improvement, key: String(id)) }
        let stages = try connection.query(
            "SELECT \(StageColumn.list) FROM improvement_stage WHERE improvement_id = ? ORDER BY id", id
        ) {
            let r = ColumnRow<StageColumn>($0, table: "improvement_stage")
            return Improvement.StageEntry(
                stage: try r.choice(.stage, "a PDCA stage"), on: try r.date(.onDate), note: r.optionalText(.note),
                actor: try r.text(.actor))
        }
        let tickets = try connection.query(
            """
            SELECT c.ticket FROM improvement_complaint l JOIN complaint c ON c.id = l.complaint_id
            WHERE l.improvement_id = ? ORDER BY c.id
            """, id
        ) { try DecodedRow($0, table: "complaint").text(0, "ticket") }
        let sops = try connection.query(
            """
            SELECT s.number FROM improvement_sop l JOIN sop s ON s.id = l.sop_id WHERE l.improvement_id = ?
            ORDER BY s.number
            """, id
        ) { try DecodedRow($0, table: "sop").text(0, "number") }
        var improvement = Improvement(
            id: row.0, groupID: row.1, unitCode: row.2, title: row.3, problem: row.4, target: row.5, dueOn: row.6,
            stage: row.7, startedOn: row.8, finishedOn: row.9, stages: stages, complaintTickets: tickets,
            sopNumbers: sops)
        improvement.surveyElements = try connection.query(
            """
            SELECT survey_id, element, linked_on FROM improvement_survey WHERE improvement_id = ?
            ORDER BY survey_id, element
            """, id
        ) {
            let r = DecodedRow($0, table: "improvement_survey")
            return Improvement.SurveyElement(
                surveyID: try r.int64(0, "survey_id"), element: try r.int(1, "element"),
                linkedOn: try r.date(2, "linked_on"))
        }
        return improvement
    }

    /// An action's link to an element of a survey, with what the report needs to tell whether the
    /// action still stood at a date: linked by then and not dropped by then.
    public struct SurveyLink: Hashable, Sendable {
        public var improvementID: Int64
        public var surveyID: Int64
        /// 1 to 9: U1 … U9.
        public var element: Int
        public var linkedOn: CivilDate
        /// The day the action was dropped, if it was.
        public var droppedOn: CivilDate?

        /// Linked on or before `date`, and not dropped by then.
        public func stands(on date: CivilDate) -> Bool {
            linkedOn <= date && (droppedOn.map { $0 > date } ?? true)
        }
    }

    /// Every action's link to a survey element.
    public func surveyLinks() throws -> [SurveyLink] {
        try connection.query(
            """
            SELECT l.improvement_id, l.survey_id, l.element, l.linked_on,
                CASE WHEN i.stage = 'dropped' THEN i.finished_on END
            FROM improvement_survey l JOIN improvement i ON i.id = l.improvement_id
            ORDER BY l.survey_id, l.element, l.improvement_id
            """
        ) {
            let r = DecodedRow($0, table: "improvement_survey")
            return SurveyLink(
                improvementID: try r.int64(0, "improvement_id"), surveyID: try r.int64(1, "survey_id"),
                element: try r.int(2, "element"), linkedOn: try r.date(3, "linked_on"),
                droppedOn: try r.optionalDate(4, "finished_on"))
        }
    }

    /// The actions that address elements of a survey, each with the elements it addresses.
    public func addressing(surveyID: Int64) throws -> [(improvement: Improvement, elements: [Int])] {
        let links = try connection.query(
            "SELECT improvement_id, element FROM improvement_survey WHERE survey_id = ? ORDER BY improvement_id, element",
            surveyID
        ) { row in
            let r = DecodedRow(row, table: "improvement_survey")
            return (try r.int64(0, "improvement_id"), try r.int(1, "element"))
        }
        var order: [Int64] = []
        var elements: [Int64: [Int]] = [:]
        for (id, element) in links {
            if elements[id] == nil { order.append(id) }
            elements[id, default: []].append(element)
        }
        return try order.map { (try get($0), elements[$0] ?? []) }
    }

    public func list(group: Int64?, unit: UnitCode?, stage: ImprovementStage?, overdueOnly: Bool, today: CivilDate)
        throws -> [Improvement]
    {
        var sql =
            "SELECT i.id \(Improvements.from) WHERE 1 = 1"
        var values: [SQLiteBindable] = []
        if let group {
            _ = try Groups(connection: connection).get(group)
            sql += " AND i.group_id = ?"
            values.append(group)
        }
        if let unit {
            let codes = try Units(connection: connection).codesUnder(try Units(connection: connection).get(unit).code)
            sql += " AND u.code IN (\(Array(repeating: "?", count: codes.count).joined(separator: ", ")))"
            values += codes.sorted()
        }
        if let stage {
            sql += " AND i.stage = ?"
            values.append(stage.rawValue)
        }
        if overdueOnly {
            sql += " AND i.stage NOT IN ('done', 'dropped') AND i.due_on < ?"
            values.append(today.stored)
        }
        return try connection.prepare(sql + " ORDER BY i.id").query(values) {
            try DecodedRow($0, table: "improvement").int64(0, "id")
        }.map(get)
    }

    /// Actions that cite a complaint, or that are linked to an SOP.
    public func citing(complaintID: Int64) throws -> [Improvement] {
        try connection.query(
            "SELECT improvement_id FROM improvement_complaint WHERE complaint_id = ? ORDER BY improvement_id",
            complaintID
        ) { try DecodedRow($0, table: "improvement_complaint").int64(0, "improvement_id") }.map(get)
    }

    public func linked(sopID: Int64) throws -> [Improvement] {
        try connection.query(
            "SELECT improvement_id FROM improvement_sop WHERE sop_id = ? ORDER BY improvement_id", sopID
        ) { try DecodedRow($0, table: "improvement_sop").int64(0, "improvement_id") }.map(get)
    }

    // MARK: Changes

}

/// IKM surveys (table `ikm_survey`).
public struct Surveys {
    let connection: Connection

    public struct Survey: Hashable, Sendable {
        public let id: Int64
        public let unitCode: String
        public let period: ReportPeriod
        public let score: IKMScore
        /// The service surveyed; nil for a survey of the whole unit.
        public let service: String?
        /// The service's users the survey samples, when known.
        public let population: Int?

        /// The Krejcie–Morgan sample for the population, when it is known and the survey has fewer.
        public var shortOfSample: Int? {
            guard let population else { return nil }
            let sample = IKMScore.krejcieMorganSample(population: population)
            return score.respondents < sample ? sample : nil
        }
    }

    /// The columns a survey is read from, in the order of the SELECT list (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case id, skpd, periodLabel, periodFrom, periodTo, respondents, denominator, u1, u2, u3, u4, u5, u6, u7, u8
        case u9, service, population

        static let alias: String? = "s"
        var joined: String? { self == .skpd ? "u.code" : nil }
        /// The sums of U1 … U9, in order.
        static let elements: [Column] = [.u1, .u2, .u3, .u4, .u5, .u6, .u7, .u8, .u9]
    }

    static let columns = "\(Column.list) FROM ikm_survey s JOIN skpd u ON u.id = s.skpd_id"

    static func decode(_ row: Row) throws -> Survey {
        let r = ColumnRow<Column>(row, table: "ikm_survey")
        return Survey(
            id: try r.int64(.id), unitCode: try r.text(.skpd),
            period: try ReportPeriod(
                from: try r.date(.periodFrom), to: try r.date(.periodTo), label: try r.text(.periodLabel)),
            score: IKMScore(
                elementSums: try Column.elements.map { try r.int($0) }, denominator: try r.int(.denominator),
                respondents: try r.int(.respondents)),
            service: r.optionalText(.service), population: r.optionalInt(.population))
    }

    public func get(_ id: Int64) throws -> Survey {
        guard let survey = try connection.one("SELECT \(Surveys.columns) WHERE s.id = ?", id, transform: Surveys.decode)
        else {
            throw DomainError.notFound(kind: .survey, key: String(id))
        }
        return survey
    }

    /// Surveys by unit and end of period; `overlapping` keeps those whose period meets it.
    public func list(unit: UnitCode?, overlapping period: ReportPeriod?) throws -> [Survey] {
        var sql = "SELECT \(Surveys.columns) WHERE 1 = 1"
        var values: [SQLiteBindable] = []
        if let unit {
            _ = try Units(connection: connection).get(unit)
            sql += " AND u.code = ?"
            values.append(unit.value)
        }
        if let period {
            sql += " AND s.period_to >= ? AND s.period_from <= ?"
            values += [period.from.stored, period.to.stored]
        }
        return try connection.prepare(sql + " ORDER BY u.code, s.period_to, s.id").query(values, Surveys.decode)
    }

}

extension Store {
    public var improvements: Improvements { Improvements(connection: connection) }
    public var surveys: Surveys { Surveys(connection: connection) }
}

extension Writing where Repository == Improvements {
    public func add(_ draft: ImprovementDraft) throws -> Improvement {
        let group = try Groups(connection: connection).get(draft.groupID)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(group.unitCode, "open an improvement action")
        let started = draft.startedOn ?? transaction.today
        guard group.period.contains(started) else { throw DomainError.rule(.groupDissolved(id: Int(group.id))) }
        if let due = draft.dueOn, due < started {
            throw DomainError.rule(.dateBefore(field: "due", value: due, other: "started", limit: started))
        }
        try connection.run(
            """
            INSERT INTO improvement (group_id, title, problem, target, due_on, stage, started_on, created_at)
            VALUES (?, ?, ?, ?, ?, 'plan', ?, ?)
            """, group.id, draft.title, draft.problem, draft.target, draft.dueOn?.stored, started.stored,
            transaction.now.utcString)
        let id = connection.lastInsertRowID
        try connection.run(
            "INSERT INTO improvement_stage (improvement_id, stage, on_date, note, actor) VALUES (?, 'plan', ?, ?, ?)",
            id, started.stored, draft.problem, transaction.performer.name)
        try transaction.audit(
            AuditRecord(
                .create, .improvement, id: String(id),
                "opened improvement \(id) \"\(draft.title)\" of group \(group.id)"))
        for ticket in draft.complaints { try link(id, complaint: ticket, sop: nil, on: started) }
        for sop in draft.sops { try link(id, complaint: nil, sop: sop, on: started) }
        return try repository.get(id)
    }

    /// Moves an action one stage forward (or drops it), on `date`.
    public func advance(_ id: Int64, to stage: ImprovementStage, note: String?, on date: CivilDate?) throws
        -> Improvement
    {
        let improvement = try repository.get(id)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(improvement.unitCode, "advance improvement action \(id)")
        guard improvement.stage.allows(stage) else {
            throw DomainError.rule(.stageNotAllowed(id: Int(id), from: improvement.stage, to: stage))
        }
        // Dropping an action needs its reason.
        if stage == .dropped && (note ?? "").isEmpty {
            throw DomainError.invalid(field: "note", value: "", reason: .empty)
        }
        let day = date ?? transaction.today
        let last = improvement.stages.last?.on ?? improvement.startedOn
        if day < last {
            throw DomainError.rule(.dateBefore(field: "stage date", value: day, other: "previous stage", limit: last))
        }
        if day > transaction.today {
            throw DomainError.rule(
                .inTheFuture(
                    field: "--at", value: Timestamp(startOf: day, in: transaction.timeZone), now: transaction.now))
        }
        try connection.run(
            "INSERT INTO improvement_stage (improvement_id, stage, on_date, note, actor) VALUES (?, ?, ?, ?, ?)",
            id, stage.rawValue, day.stored, note, transaction.performer.name)
        try connection.run(
            "UPDATE improvement SET stage = ?, finished_on = ? WHERE id = ?", stage.rawValue,
            stage.isFinished ? day.stored : nil, id)
        try transaction.audit(
            AuditRecord(
                .advance, .improvement, id: String(id),
                "improvement \(id): \(improvement.stage.rawValue) → \(stage.rawValue) on \(day)"))
        return try repository.get(id)
    }

    /// Links elements (1–9) of an IKM survey of the group's unit (or a unit under it) that the action
    /// addresses; an element linked before is left as it was.
    public func link(_ id: Int64, survey surveyID: Int64, elements: [Int], on date: CivilDate? = nil) throws {
        let improvement = try repository.get(id)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(improvement.unitCode, "link improvement action \(id)")
        let survey = try Surveys(connection: connection).get(surveyID)
        let units = try Units(connection: connection).codesUnder(improvement.unitCode)
        guard units.contains(survey.unitCode) else {
            throw DomainError.rule(.outsideUnit(kind: .survey, key: String(surveyID), unit: improvement.unitCode))
        }
        let day = date ?? transaction.today
        for element in Set(elements).sorted() {
            guard (1...9).contains(element) else {
                throw DomainError.malformed(field: "element", value: String(element), expected: "an element U1 to U9")
            }
            try connection.run(
                """
                INSERT OR IGNORE INTO improvement_survey (improvement_id, survey_id, element, linked_on)
                VALUES (?, ?, ?, ?)
                """, id, surveyID, element, day.stored)
            if connection.changes > 0 {
                try transaction.audit(
                    AuditRecord(
                        .link, .improvement, id: String(id),
                        "improvement \(id) addresses U\(element) of IKM survey \(surveyID) of \(survey.unitCode) "
                            + "(\(survey.period.label))"))
            }
        }
    }

    /// Links a complaint or an SOP of the group's unit (or a unit under it).
    public func link(_ id: Int64, complaint ticket: Ticket?, sop number: String?, on date: CivilDate? = nil) throws {
        let improvement = try repository.get(id)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(improvement.unitCode, "link improvement action \(id)")
        let units = try Units(connection: connection).codesUnder(improvement.unitCode)
        let day = date ?? transaction.today
        if let ticket {
            let complaint = try Complaints(connection: connection).get(ticket)
            guard let unit = complaint.unitCode?.value, units.contains(unit) else {
                throw DomainError.rule(
                    .outsideUnit(kind: .complaint, key: complaint.ticket.description, unit: improvement.unitCode))
            }
            try connection.run(
                "INSERT OR IGNORE INTO improvement_complaint (improvement_id, complaint_id, linked_on) VALUES (?, ?, ?)",
                id, complaint.id, day.stored)
            if connection.changes > 0 {
                try transaction.audit(
                    AuditRecord(.link, .improvement, id: String(id), "improvement \(id) cites \(complaint.ticket)"))
            }
        }
        if let number {
            let sop = try SOPs(connection: connection).get(number)
            guard units.contains(sop.unitCode) else {
                throw DomainError.rule(.outsideUnit(kind: .sop, key: number, unit: improvement.unitCode))
            }
            try connection.run(
                "INSERT OR IGNORE INTO improvement_sop (improvement_id, sop_id, linked_on) VALUES (?, ?, ?)", id,
                sop.id, day.stored)
            if connection.changes > 0 {
                try transaction.audit(
                    AuditRecord(.link, .improvement, id: String(id), "improvement \(id) revises SOP \(number)"))
            }
        }
    }
}

extension Writing where Repository == Surveys {
    public func add(
        unit code: UnitCode, period: ReportPeriod, score: IKMScore, service: String? = nil, population: Int? = nil
    ) throws -> Surveys.Survey {
        try score.checkRespondents()
        let unit = try Units(connection: connection).get(code)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(unit.code, "record an IKM survey")
        let sums = score.elementSums
        try connection.run(
            """
            INSERT INTO ikm_survey (skpd_id, period_label, period_from, period_to, respondents, denominator, u1, u2,
                u3, u4, u5, u6, u7, u8, u9, created_at, service, population)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, unit.id, period.label, period.from.stored, period.to.stored, score.respondents, score.denominator,
            sums[0], sums[1],
            sums[2], sums[3],
            sums[4], sums[5], sums[6], sums[7], sums[8], transaction.now.utcString, service, population)
        let id = connection.lastInsertRowID
        let of = service.map { " (\($0))" } ?? ""
        try transaction.audit(
            AuditRecord(
                .create, .survey, id: String(id),
                "recorded IKM survey \(id) of \(unit.code)\(of) for \(period.label): \(score.converted) (\(score.grade.rawValue))"
            ))
        return try repository.get(id)
    }
}

extension Transaction {
    public var improvements: Writing<Improvements> { Writing(self, Improvements(connection: connection)) }
    public var surveys: Writing<Surveys> { Writing(self, Surveys(connection: connection)) }
}
