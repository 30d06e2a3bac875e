import KBKDomain
import SQLiteDB

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
    /// Working days from today to the due date; negative once overdue.
    public let workingDaysLeft: Int?
}

extension Complaints {
    /// What waits on `official` today: complaints still waiting on the government that are
    /// assigned to them or lie in their scope (narrowed to `unit` and the units under it), in the
    /// queues they belong to, soonest due first. `dueWithin` working days make "due soon". An
    /// officer's inbox holds only what is assigned to them.
    public func inbox(for official: Official, unit: UnitCode?, dueWithin: Int, today: CivilDate) throws
        -> [InboxEntry]
    {
        try inbox(for: official, unit: unit, dueWithin: dueWithin, today: today, limit: nil).entries
    }

    /// The inbox with at most `limit` entries (all when nil), the soonest due, and the counts of all.
    public func inbox(for official: Official, unit: UnitCode?, dueWithin: Int, today: CivilDate, limit: Int?)
        throws -> InboxPage
    {
        let units = Units(connection: connection)
        let calendar = try Holidays(connection: connection).calendar()
        var scope: Set<String>?
        if let home = official.scopeUnit { scope = try units.codesUnder(home) }
        let narrowed = try unit.map { try units.codesUnder(try units.get($0).code) }
        if let narrowed { scope = scope.map { $0.intersection(narrowed) } ?? narrowed }
        let governmentWide = official.scopeUnit == nil
        // An officer acts only on what is assigned to them, so that is all that waits on them.
        let onlyMine = official.role == .officer
        // SQL pre-selects what can be in a queue (open, and mine or in scope); the queues are decided below.
        let open = ComplaintStatus.allCases.filter(\.isOpen)
        var conditions = ["c.status IN (\(open.map { _ in "?" }.joined(separator: ", ")))"]
        var values: [SQLiteBindable] = open.map(\.rawValue)
        // By the units' ids, so that SQLite reads the scope's complaints through the unit index
        // (and the assigned ones through theirs) instead of every open complaint of the government.
        let unitIDs = Dictionary(
            uniqueKeysWithValues: try connection.query("SELECT code, id FROM skpd") { row in
                (row.string(0) ?? "", row.int64(1) ?? 0)
            })
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
        let candidates = try connection.prepare(
            """
            SELECT c.id, u.code, c.assigned_to, c.status, c.first_response_at IS NOT NULL, c.verify_due,
                   c.respond_due, c.settle_due
            \(Complaints.from) WHERE \(conditions.joined(separator: " AND ")) ORDER BY c.received_at, c.id
            """
        ).query(values) { row in
            let r = DecodedRow(row, table: "complaint")
            return (
                id: try r.int64(0, "id"), unit: r.optionalText(1), assignedTo: r.optionalText(2),
                running: ComplaintState.runningDeadline(
                    status: try r.choice(3, "status", "a status"), responded: try r.bool(4, "first_response_at"),
                    due: EventDueDates(
                        verify: try r.optionalDate(5, "verify_due"), respond: try r.optionalDate(6, "respond_due"),
                        settle: try r.optionalDate(7, "settle_due")))
            )
        }
        var found: [(id: Int64, queues: [InboxQueue], stage: DeadlineStage?, due: CivilDate?, left: Int?)] = []
        for complaint in candidates {
            let assignedToMe = complaint.assignedTo == official.login
            if onlyMine && !assignedToMe { continue }
            if let narrowed, !narrowed.contains(complaint.unit ?? "") { continue }
            let inScope = complaint.unit.map { code in scope.map { $0.contains(code) } ?? true }
            var queues: [InboxQueue] = []
            if assignedToMe { queues.append(.mine) }
            if complaint.assignedTo == nil {
                if governmentWide ? complaint.unit == nil && unit == nil : inScope == true {
                    queues.append(.unassigned)
                }
            }
            let running = complaint.running
            let left = running.map { calendar.workingDays(from: today, to: $0.due) }
            if let running, inScope ?? (governmentWide && unit == nil) {
                if running.due < today {
                    queues.append(.overdue)
                } else if let left, left <= dueWithin {
                    queues.append(.dueSoon)
                }
            }
            guard !queues.isEmpty else { continue }
            found.append((complaint.id, queues, running?.stage, running?.due, left))
        }
        // Soonest due first; what has no running deadline (on hold) after, oldest first.
        let ordered = found.enumerated().sorted { a, b in
            switch (a.element.due, b.element.due) {
            case (let x?, let y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.offset < b.offset
            }
        }.map(\.element)
        let chosen = limit.map { Array(ordered.prefix($0)) } ?? ordered
        var complaints: [Int64: Complaint] = [:]
        for batch in stride(from: 0, to: chosen.count, by: 500) {
            let ids = chosen[batch..<min(batch + 500, chosen.count)].map(\.id)
            for complaint in try connection.prepare(
                "SELECT \(Complaints.columns) WHERE c.id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))"
            ).query(ids, Complaints.decode) {
                complaints[complaint.id] = complaint
            }
        }
        let entries = chosen.compactMap { entry in
            complaints[entry.id].map {
                InboxEntry(
                    complaint: $0, queues: entry.queues, stage: entry.stage, due: entry.due, workingDaysLeft: entry.left
                )
            }
        }
        var counts: [InboxQueue: Int] = [:]
        for entry in found { for queue in entry.queues { counts[queue, default: 0] += 1 } }
        return InboxPage(entries: entries, counts: counts, total: found.count)
    }
}

/// An inbox with its entries cut at a limit: the counts and the total are of all of them.
public struct InboxPage: Sendable {
    public let entries: [InboxEntry]
    public let counts: [InboxQueue: Int]
    public let total: Int
}
