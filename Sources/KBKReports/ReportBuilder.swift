import KBKDomain
import KBKStore

/// Computes reports from the database. Complaint rows carry their derived values, so the usual case
/// reads one row per complaint; a complaint with events after the period's end is replayed from its
/// events before that end, so a past period's figures never change.
public struct ReportBuilder {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Whether the database holds the previous period whole enough to compare with: its first
    /// complaint came in no later than that period's first week. A government that began keeping
    /// complaints in kbk halfway through it would otherwise read a rise that is only the start.
    public static func coversPreviousPeriod(earliestReceipt: CivilDate?, _ previous: ReportPeriod) -> Bool {
        guard let earliestReceipt else { return false }
        return earliestReceipt <= previous.from.adding(days: 6)
    }

    public func build(_ request: ReportRequest) throws -> Report {
        let period = request.period
        let end = period.end(in: request.timeZone)
        let units = Dictionary(
            uniqueKeysWithValues: try store.units.list(includeInactive: true, kind: nil, today: period.to).map {
                ($0.code, $0)
            })
        // Units by id, so that complaint rows need no join with skpd.
        let unitCodes = Dictionary(uniqueKeysWithValues: units.values.map { ($0.id, $0.code) })
        var scope: Set<String>?
        if let code = request.unit {
            guard units[code.value] != nil else { throw DomainError.notFound(kind: .skpd, key: code.value) }
            scope = try store.units.codesUnder(code.value)
        }
        // Whose report it is decides who may read it (the store's rule, `ReadAction.report`).
        let queries = try store.reportQueries(for: request.unit?.value)
        let earliest = try queries.earliestReceipt()
        let index = WorkingDayIndexes(
            calendars: try store.holidays.unitCalendars(),
            from: min(earliest ?? period.from, period.from).adding(days: -1),
            to: period.to.adding(days: 1))
        var report = Report(
            period: period, timeZone: request.timeZone, generatedAt: store.now, unit: request.unit?.value,
            scope: scope.map { $0.sorted() } ?? [], minimumCases: request.minimumCases, rankBy: request.rankBy,
            ikmWeighting: request.ikmWeighting, sections: request.sections, backlog: Backlog(asOf: period.to))
        report.auditHead = try store.auditLog.head()
        report.unitNames = units.mapValues(\.name)
        if request.comparesWithPrevious, request.sections.contains(.summary),
            Self.coversPreviousPeriod(earliestReceipt: earliest, period.previous)
        {
            var previous = request
            previous.period = period.previous
            previous.sections = [.summary]
            previous.comparesWithPrevious = false
            report.previousSummary = try build(previous).summary
        }
        let wants = Set(request.sections)
        if !wants.isDisjoint(with: [
            .summary, .units, .categories, .channels, .topics, .places, .forwarded, .trend, .officers, .sops,
            .improvements,
        ]) {
            try addComplaintFigures(
                to: &report, request: request, end: end, scope: scope, units: units, unitCodes: unitCodes, index: index,
                queries: queries)
        }
        if wants.contains(.backlog) {
            // A period that has not ended yet is described as of today.
            let asOf = min(period.to, store.today)
            report.backlog = try backlog(
                asOf: asOf, end: min(end, Timestamp(startOf: asOf.adding(days: 1), in: request.timeZone)),
                scope: scope, unitCodes: unitCodes, index: index, listed: max(0, request.overdueListed),
                replayAll: request.replayEveryComplaint, queries: queries)
        }
        if wants.contains(.escalations) {
            report.escalations = try escalations(
                from: Timestamp(startOf: period.from, in: request.timeZone), to: end, scope: scope, units: units,
                queries: queries)
        }
        if wants.contains(.lateEntries) {
            report.lateEntries = try lateEntries(
                from: Timestamp(startOf: period.from, in: request.timeZone), to: end, timeZone: request.timeZone,
                scope: scope, units: units, index: index, queries: queries)
        }
        if wants.contains(.maladministration) {
            report.maladministration = try maladministration(
                receivedFrom: period.from, to: period.to, end: end, scope: scope, units: units, queries: queries)
        }
        if wants.contains(.culture) {
            report.culture = try culture(period: period, scope: scope, units: units, queries: queries)
            let scored = report.culture.compactMap { $0.assessment?.indicatorScores }.filter { !$0.isEmpty }
            if !scored.isEmpty {
                report.cultureIndicators = BehaviourIndicator.all.map { indicator in
                    IndicatorFigures(
                        indicator: indicator,
                        scores: scored.compactMap { entries in entries.first { $0.indicator == indicator }?.score })
                }
            }
        }
        if wants.contains(.ikm) {
            report.ikm = try ikm(period: period, scope: scope, units: units, weighting: request.ikmWeighting)
            if request.unit == nil {
                report.ikmKabupaten = try kabupatenIKM(period: period, units: units, weighting: request.ikmWeighting)
            }
        }
        // Each unit is held to its targets for the year of the period's end.
        let targets = try store.targets.forYear(report.targetYear)
        for index in report.units.indices {
            report.units[index].target = report.units[index].code.flatMap { targets[$0] }
        }
        for index in report.ikm.indices where report.ikm[index].service == nil {
            report.ikm[index].targetHundredths = targets[report.ikm[index].code]?.ikmHundredths
        }
        return report
    }

    // MARK: Units

    typealias UnitInfo = Unit

    /// Units to list: those that existed at the period's end (formed by then, not yet ended), within the scope.
    func unitsInScope(_ units: [String: UnitInfo], scope: Set<String>?, on date: CivilDate) -> [UnitInfo] {
        units.values.filter { unit in (scope?.contains(unit.code) ?? true) && unit.existed(on: date) }
            .sorted { $0.code < $1.code }
    }
}

/// One WorkingDayIndex per working week a unit keeps, over the same span.
struct WorkingDayIndexes {
    let calendars: UnitCalendars
    private let office: WorkingDayIndex
    private let others: [WorkingWeek: WorkingDayIndex]

    init(calendars: UnitCalendars, from: CivilDate, to: CivilDate) {
        self.calendars = calendars
        office = WorkingDayIndex(calendar: calendars.office, from: from, to: to)
        others = Dictionary(
            uniqueKeysWithValues: calendars.weeksInUse.map {
                ($0, WorkingDayIndex(calendar: calendars.office.on($0), from: from, to: to))
            })
    }

    func forUnit(_ code: String?) -> WorkingDayIndex {
        others[calendars.week(ofUnit: code)] ?? office
    }

    /// Verification counts on the desk's (office) week, the later stages on the unit's.
    func forStage(_ stage: DeadlineStage, unit code: String?) -> WorkingDayIndex {
        stage == .verify ? forUnit(nil) : forUnit(code)
    }
}
