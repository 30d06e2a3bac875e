import KBKDomain
internal import SQLiteDB

/// One unit's open complaints today, by where their running deadline stands.
public struct UnitStanding: Sendable, Equatable {
    /// The unit's code; nil for what no unit holds yet (received, not handed over).
    public let unit: String?
    public var open = 0
    public var dueSoon = 0
    public var overdue = 0
    /// On hold: no deadline runs.
    public var paused = 0

    public init(unit: String?) { self.unit = unit }
}

/// The complaints received in one month, and how many of them are settled now.
public struct MonthFlow: Sendable, Equatable {
    /// "2026-11".
    public let month: String
    public var received = 0
    public var settled = 0
}

/// What a leader reads first: the open complaints per unit, and the last months' flow.
public struct DeskOverview: Sendable {
    public var units: [UnitStanding]
    public var months: [MonthFlow]
}

extension Complaints {
    /// Today's open complaints per unit of `scope` (the units' codes; nil: the whole government,
    /// with what no unit holds yet) and where their running deadlines stand, by the one definition
    /// (`DeadlineStanding`, due soon within `DeadlineStanding.dueSoonWorkingDays`, in each unit's
    /// calendar); and for each of the `months` months up to today's, the complaints received then
    /// and how many of them are settled now (`ComplaintStatus.settledWithResolution`).
    public func overview(scope: Set<String>?, today: CivilDate, months: Int) throws -> DeskOverview {
        var values: [SQLiteBindable] = []
        var scopeCondition = ""
        let idsByCode = try Units(connection: connection).idsByCode()
        let codesByID = Dictionary(uniqueKeysWithValues: idsByCode.map { ($1, $0) })
        if let scope {
            let ids = scope.compactMap { idsByCode[$0] }.sorted()
            values = ids
            scopeCondition = " AND c.skpd_id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))"
        }
        let calendars = try Holidays(connection: connection).unitCalendars()
        var byUnit: [String?: UnitStanding] = [:]
        var standings: [OverviewKey: DeadlineStanding] = [:]
        // The whole government's open complaints through the covering index, touching no table row
        // (as the inbox reads them); a scope's few through its units' index.
        let source = scope == nil ? "complaint c INDEXED BY complaint_open" : "complaint c"
        let open = try connection.prepare(
            """
            SELECT c.skpd_id, c.status, c.first_response_at IS NOT NULL, c.verify_due, c.respond_due, c.settle_due
            FROM \(source) WHERE \(Complaints.openCondition)\(scopeCondition)
            """)
        try open.bind(values)
        defer { open.reset() }
        while try open.step() {
            let r = DecodedRow(open.row, table: "complaint")
            let unit = open.row.int64(0).flatMap { codesByID[$0] }
            var standing = byUnit[unit] ?? UnitStanding(unit: unit)
            standing.open += 1
            let status: ComplaintStatus = try r.choice(1, "status", "a status")
            let due = EventDueDates(
                verify: try r.optionalDate(3, "verify_due"), respond: try r.optionalDate(4, "respond_due"),
                settle: try r.optionalDate(5, "settle_due"))
            if let running = ComplaintState.runningDeadline(
                status: status, responded: try r.bool(2, "first_response_at"), due: due)
            {
                let calendar = calendars.calendar(forStage: running.stage, unit: unit)
                let key = OverviewKey(due: running.due, week: calendar.week, unit: unit)
                let stands = standings[key] ?? DeadlineStanding.of(due: running.due, today: today, calendar: calendar)
                standings[key] = stands
                if DueState.overdue.holds(stands) { standing.overdue += 1 }
                if DueState.dueSoon.holds(stands) { standing.dueSoon += 1 }
            } else if status == .onHold {
                standing.paused += 1
            }
            byUnit[unit] = standing
        }
        let first = today.adding(days: 1 - today.day).adding(months: -(max(months, 1) - 1))
        var flows: [String: MonthFlow] = [:]
        var month = first
        while month <= today {
            let key = String(month.description.prefix(7))
            flows[key] = MonthFlow(month: key)
            month = month.adding(months: 1)
        }
        let settled = ComplaintStatus.sqlList(ComplaintStatus.settledWithResolution)
        let counted = try connection.prepare(
            """
            SELECT substr(c.received_on, 1, 7), count(*),
                   sum(c.status IN (\(settled)) AND c.resolved_at IS NOT NULL)
            FROM complaint c WHERE c.received_on >= ? AND c.received_on <= ?\(scopeCondition)
            GROUP BY 1
            """
        ).query([first.stored, today.stored] + values) { row in
            let r = DecodedRow(row, table: "complaint")
            return (
                month: try r.text(0, "received_on"), received: try r.int(1, "count"), settled: try r.int(2, "settled")
            )
        }
        for count in counted {
            flows[count.month]?.received = count.received
            flows[count.month]?.settled = count.settled
        }
        let units = byUnit.values.sorted { ($0.unit ?? "") < ($1.unit ?? "") }
        return DeskOverview(units: units, months: flows.values.sorted { $0.month < $1.month })
    }
}

/// A due date as one unit's calendar counts it: the standings of a desk are counted once per key.
private struct OverviewKey: Hashable {
    let due: CivilDate
    let week: WorkingWeek
    let unit: String?
}
