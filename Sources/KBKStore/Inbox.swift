import KBKDomain
internal import SQLiteDB

/// A queue of an official's inbox. A complaint may be in several (assigned to me and overdue).
public enum InboxQueue: String, CaseIterable, Sendable {
    /// Assigned to me.
    case mine
    /// In my scope and assigned to no one: for a unit's officials, what waits for disposition; for
    /// the government's desk, what no unit holds yet (to verify and hand over).
    case unassigned
    /// Its running deadline falls within the next N working days.
    case dueSoon = "due-soon"
    /// Its running deadline has passed.
    case overdue
}

/// One complaint waiting on an official, with the queues it is in and its running deadline.
public struct InboxEntry: Sendable {
    public let complaint: Complaint
    public let queues: [InboxQueue]
    public let stage: DeadlineStage?
    public let due: CivilDate?
    /// Where the running deadline stands today.
    public let standing: DeadlineStanding?
    /// Working days from today to the due date; negative once overdue (`DeadlineStanding`).
    public var workingDaysLeft: Int? { standing?.workingDaysLeft }
}

extension ComplaintStatus {
    /// A set of statuses as an SQL list (`'received', 'verified'`), in the enum's order so that the
    /// text matches a partial index's own. Only the enum's values, never anything a user typed.
    static func sqlList(_ statuses: some Collection<ComplaintStatus>) -> String {
        allCases.filter(statuses.contains).map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }
}

extension Complaints {
    /// The open statuses written out, not bound: SQLite uses a partial index only for a condition
    /// it can match to the index's own (`complaint_open`, migration 0019) when the statement is
    /// prepared. The values are the enum's, never anything a user typed.
    static let openCondition = "c.status IN (\(ComplaintStatus.sqlList(ComplaintStatus.open)))"

    /// What waits on `official` today: complaints still waiting on the government that are
    /// assigned to them or lie in their scope (narrowed to `unit` and the units under it), in the
    /// queues they belong to, soonest due first. `dueWithin` working days make "due soon". An
    /// officer's inbox holds only what is assigned to them.
    ///
    /// At most `limit` entries (all when nil), the soonest due after the first `offset` (a page's
    /// start), and the counts of all.
    public func inbox(
        for official: Official, unit: UnitCode?, dueWithin: Int, today: CivilDate, limit: Int?, offset: Int = 0
    ) throws -> InboxPage {
        let units = Units(connection: connection)
        let calendars = try Holidays(connection: connection).unitCalendars()
        var scope: Set<String>?
        if let home = official.scopeUnit { scope = try units.codesUnder(home) }
        let narrowed = try unit.map { try units.codesUnder(try units.get($0).code) }
        if let narrowed { scope = scope.map { $0.intersection(narrowed) } ?? narrowed }
        let governmentWide = official.scopeUnit == nil
        // An officer acts only on what is assigned to them, so that is all that waits on them.
        let onlyMine = official.role == .officer
        // SQL pre-selects what can be in a queue (open, and mine or in scope); the queues are decided below.
        var conditions = [Complaints.openCondition]
        var values: [SQLiteBindable] = []
        // By the units' ids, so that SQLite reads the scope's complaints through the unit index
        // (and the assigned ones through theirs) instead of every open complaint of the government.
        let unitIDs = try units.idsByCode()
        func among(_ codes: Set<String>) -> String {
            let ids = codes.sorted().compactMap { unitIDs[$0] }
            values += ids
            return "c.skpd_id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))"
        }
        if onlyMine {
            conditions.append("c.assigned_to = ?")
            values.append(official.login)
        } else if let scope {
            values.append(official.login)
            conditions.append("(c.assigned_to = ? OR \(among(scope)))")
        }
        if let narrowed { conditions.append(among(narrowed)) }
        // The queues are decided on the few columns they need; whole rows are read only for the
        // entries returned (a government-wide desk's inbox counts tens of thousands).
        // A government-wide desk reads every open complaint: through the covering index, in arrival
        // order, it touches no table row (SQLite's planner, without statistics, would take the
        // status index and read each row). A scope reads its units' few through their index.
        let source = scope == nil && !onlyMine ? "complaint c INDEXED BY complaint_open" : "complaint c"
        let scopeIDs = scope.map { Set($0.compactMap { unitIDs[$0] }) }
        let narrowedIDs = narrowed.map { Set($0.compactMap { unitIDs[$0] }) }
        let codesByID = Dictionary(uniqueKeysWithValues: unitIDs.map { ($1, $0) })
        // Tens of thousands of rows: each is decided on integers, and only the running stage's
        // due date is decoded; the working days to a due date are counted once per date.
        var standings: [DaysLeftKey: DeadlineStanding] = [:]
        var found: [Candidate] = []
        let statement = try connection.prepare(
            """
            SELECT c.id, c.skpd_id, c.assigned_to IS NULL, c.assigned_to IS ?, c.status,
                   c.first_response_at IS NOT NULL, c.verify_due, c.respond_due, c.settle_due
            FROM \(source) WHERE \(conditions.joined(separator: " AND ")) ORDER BY c.received_at, c.id
            """)
        try statement.bind([official.login] + values)
        defer { statement.reset() }
        while try statement.step() {
            let row = statement.row
            let r = DecodedRow(row, table: "complaint")
            let unitID = row.int64(1)
            let assignedToMe = try r.bool(3, "assigned_to")
            if onlyMine && !assignedToMe { continue }
            if let narrowedIDs, !(unitID.map(narrowedIDs.contains) ?? false) { continue }
            let inScope = unitID.map { id in scopeIDs.map { $0.contains(id) } ?? true }
            var queues: QueueSet = []
            if assignedToMe { queues.insert(.mine) }
            if try r.bool(2, "assigned_to") {
                if governmentWide ? unitID == nil && unit == nil : inScope == true { queues.insert(.unassigned) }
            }
            let stage = ComplaintState.runningStage(
                status: try r.choice(4, "status", "a status"), responded: try r.bool(5, "first_response_at"))
            var due: CivilDate?
            var standing: DeadlineStanding?
            if let stage {
                let column: Int32 =
                    switch stage {
                    case .verify: 6
                    case .respond: 7
                    case .settle: 8
                    }
                due = try r.optionalDate(column, "\(stage.rawValue)_due")
            }
            if let due, let stage {
                let calendar = calendars.calendar(forStage: stage, unit: unitID.flatMap { codesByID[$0] })
                let key = DaysLeftKey(due: due, week: calendar.week)
                let stands = standings[key] ?? DeadlineStanding.of(due: due, today: today, calendar: calendar)
                standings[key] = stands
                standing = stands
                if inScope ?? (governmentWide && unit == nil) {
                    if stands.isOverdue {
                        queues.insert(.overdue)
                    } else if stands.isDue(within: dueWithin) {
                        queues.insert(.dueSoon)
                    }
                }
            }
            guard !queues.isEmpty else { continue }
            found.append(
                Candidate(
                    id: try r.int64(0, "id"), queues: queues, stage: due == nil ? nil : stage, due: due,
                    standing: standing))
        }
        // Soonest due first; what has no running deadline (on hold) after; arrival order within.
        let ordered = found.indices.sorted { i, j in
            switch (found[i].due, found[j].due) {
            case (let x?, let y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: i < j
            }
        }
        precondition(offset >= 0 && (limit ?? 0) >= 0, "an inbox page's offset and limit are never negative")
        let after = ordered.dropFirst(offset)
        let chosen = (limit.map { Array(after.prefix($0)) } ?? Array(after)).map { found[$0] }
        var complaints: [Int64: Complaint] = [:]
        for batch in stride(from: 0, to: chosen.count, by: 500) {
            let ids = chosen[batch..<min(batch + 500, chosen.count)].map(\.id)
            for complaint in try connection.prepare(
                "SELECT \(Complaints.columns) WHERE c.id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))"
            ).query(ids, Complaints.decode) {
                complaints[complaint.id] = try readable(complaint)
            }
        }
        let entries = chosen.compactMap { entry in
            complaints[entry.id].map {
                InboxEntry(
                    complaint: $0, queues: InboxQueue.allCases.filter { entry.queues.contains(QueueSet($0)) },
                    stage: entry.stage, due: entry.due, standing: entry.standing)
            }
        }
        var counts: [InboxQueue: Int] = [:]
        for queue in InboxQueue.allCases {
            let member = QueueSet(queue)
            counts[queue] = found.count { $0.queues.contains(member) }
        }
        return InboxPage(entries: entries, counts: counts, total: found.count)
    }
}

/// A complaint that is in at least one queue, before its row is read.
private struct Candidate {
    let id: Int64
    let queues: QueueSet
    let stage: DeadlineStage?
    let due: CivilDate?
    let standing: DeadlineStanding?
}

/// The queues of a candidate as bits: no array to allocate for each of tens of thousands.
private struct QueueSet: OptionSet {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }
    init(_ queue: InboxQueue) { self.init(rawValue: 1 << UInt8(InboxQueue.allCases.firstIndex(of: queue)!)) }
    static let mine = QueueSet(.mine)
    static let unassigned = QueueSet(.unassigned)
    static let dueSoon = QueueSet(.dueSoon)
    static let overdue = QueueSet(.overdue)
}

/// An inbox with its entries cut at a limit: the counts and the total are of all of them.
public struct InboxPage: Sendable {
    public let entries: [InboxEntry]
    public let counts: [InboxQueue: Int]
    public let total: Int
}

/// A due date on a working week: the working days left to it are counted once per pair.
private struct DaysLeftKey: Hashable {
    let due: CivilDate
    let week: WorkingWeek
}
