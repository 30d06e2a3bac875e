import KBKDomain
import KBKStore

public enum ReportSection: String, CaseIterable, Sendable {
    case summary, units, categories, channels, topics, places, forwarded, trend, backlog, officers, escalations
    case lateEntries = "late-entries"
    case maladministration
    case culture, sops, improvements, ikm

    public static func parse(_ text: String) throws(DomainError) -> ReportSection {
        try parseChoice(text, field: "section")
    }

    /// The section's name in JSON and CSV, snake_case as every key there ("late_entries").
    public var dataKey: String { String(rawValue.map { $0 == "-" ? "_" : $0 }) }
}

/// What to report on.
public struct ReportRequest: Sendable {
    public var period: ReportPeriod
    /// This unit and the units under it; nil for the whole government.
    public var unit: UnitCode?
    public var sections: [ReportSection]
    /// Units with fewer valid complaints are listed but not ranked.
    public var minimumCases: Int
    public var timeZone: UTCOffset
    /// How many of the most overdue complaints the backlog lists; all are counted. The full list is
    /// `complaint list --overdue`: a report of a province would otherwise print tens of thousands.
    public var overdueListed = 50
    /// Replays every complaint from its events, instead of reading the derived values of the rows
    /// that did not change after the end: the second path of the differential test.
    @_spi(Testing) public var replayEveryComplaint = false

    public static let defaultMinimumCases = 5
    /// What `report --min-cases` accepts.
    public static let minimumCasesRange = 0...1_000_000
    /// What units are ranked by.
    public var rankBy: RankMeasure = .followUp
    /// How the IKM weights its nine elements.
    public var ikmWeighting: IKMWeighting = .exact
    /// Also computes the summary of the previous period of the same length, for the executive
    /// summary (`ExecutiveSummary`) of the printed report: a second pass, so only when it is shown.
    public var comparesWithPrevious = false

    public init(
        period: ReportPeriod, unit: UnitCode? = nil, sections: [ReportSection] = ReportSection.allCases,
        minimumCases: Int = defaultMinimumCases, timeZone: UTCOffset = .wib
    ) {
        self.period = period
        self.unit = unit
        self.sections = sections
        self.minimumCases = minimumCases
        self.timeZone = timeZone
    }
}

/// The complaint measures of one group of complaints (all, a unit, a category, a channel, a month).
public struct ComplaintFigures: Hashable, Sendable {
    public var received = 0
    public var rejected = 0
    public var followedUp = 0
    public var followedUpOnTime = 0
    public var settled = 0
    public var settledOnTime = 0
    public var reopened = 0
    /// Closed by the sweep after a response without a resolution (`AutoClose`): followed up, never
    /// settled; the complainant's silence is not a settlement on the merits.
    public var closedWithoutSettlement = 0
    /// Valid complaints whose settlement deadline had been extended (`complaint extend`).
    public var extended = 0
    /// Passed to the competent agency outside the government: counted apart, outside the valid ones.
    public var forwarded = 0
    public var medianDaysToResponse: Double?
    public var p90DaysToResponse: Double?
    public var medianDaysToSettlement: Double?
    public var p90DaysToSettlement: Double?
    public var averageRating: Double?

    public init() {}

    public var valid: Int { received - rejected - forwarded }
    public var followUpRate: Double? { Statistics.rate(followedUp, valid) }
    public var onTimeFollowUpRate: Double? { Statistics.rate(followedUpOnTime, valid) }
    public var settlementRate: Double? { Statistics.rate(settled, valid) }
    public var onTimeSettlementRate: Double? { Statistics.rate(settledOnTime, valid) }
}

/// What the units' ranking orders by: the follow-up rate (then the on-time follow-up rate), or one
/// of the two lists Purbalingga awards: the highest share of complaints resolved (then how many,
/// then on time), and the most complaints resolved (then the share, then on time).
public enum RankMeasure: String, CaseIterable, Sendable {
    case followUp = "follow-up"
    case resolved
    case resolvedCount = "resolved-count"

    public static func parse(_ text: String) throws(DomainError) -> RankMeasure {
        try parseChoice(text, field: "--rank-by")
    }
}

/// The table a unit is ranked in: the agencies (dinas, badan, secretariats…) or, apart from them,
/// the kecamatan and kelurahan, which serve a territory rather than a sector.
public enum RankGroup: String, CaseIterable, Sendable {
    case agencies, districts

    public static func of(_ kind: UnitKind?) -> RankGroup {
        kind == .district || kind == .subdistrict ? .districts : .agencies
    }
}

public struct UnitFigures: Hashable, Sendable {
    /// Nil for complaints not yet handed to any unit.
    public var code: String?
    public var name: String?
    public var group: RankGroup = .agencies
    public var rank: Int?
    /// How many units were ranked: the whole government's, also in a report narrowed to a unit,
    /// so that a unit reads "25 of 25" there rather than first of a table of one.
    public var rankedUnits: Int?
    public var figures: ComplaintFigures
    /// The unit's targets for the year of the period's end (`skpd target set`), if any.
    public var target: UnitTarget?

    public init(
        code: String?, name: String?, group: RankGroup = .agencies, rank: Int? = nil, rankedUnits: Int? = nil,
        figures: ComplaintFigures
    ) {
        self.code = code
        self.name = name
        self.group = group
        self.rank = rank
        self.rankedUnits = rankedUnits
        self.figures = figures
    }
}

extension UnitFigures {
    /// The settlement target as a fraction (0.9 for 90 %), the settlement rate minus it, and
    /// whether it was met (`TargetRule`); nil without a target or without valid complaints.
    public var settlementTarget: Double? { target?.settledBasisPoints.map { Double($0) / 10_000 } }
    public var settlementVsTarget: Double? {
        target?.settledBasisPoints.flatMap { TargetRule.gap(figures.settled, of: figures.valid, basisPoints: $0) }
    }
    public var settlementTargetMet: Bool? {
        target?.settledBasisPoints.flatMap { TargetRule.met(figures.settled, of: figures.valid, basisPoints: $0) }
    }
    /// The same for the on-time settlement rate.
    public var onTimeSettlementTarget: Double? { target?.onTimeBasisPoints.map { Double($0) / 10_000 } }
    public var onTimeSettlementVsTarget: Double? {
        target?.onTimeBasisPoints.flatMap {
            TargetRule.gap(figures.settledOnTime, of: figures.valid, basisPoints: $0)
        }
    }
    public var onTimeSettlementTargetMet: Bool? {
        target?.onTimeBasisPoints.flatMap {
            TargetRule.met(figures.settledOnTime, of: figures.valid, basisPoints: $0)
        }
    }
}

/// The complaints of the period on one topic of the kept list, with the LAPOR! category the topic
/// is filed under; `topic` nil: complaints not classified.
public struct TopicFigures: Hashable, Sendable {
    public var topic: String?
    public var name: String?
    public var nameEnglish: String?
    public var laporCategory: String?
    public var figures: ComplaintFigures
}

/// A kecamatan's or a desa's figures; `code` nil for the complaints that name no place.
public struct PlaceFigures: Hashable, Sendable {
    public var code: String?
    public var kind: PlaceKind?
    public var name: String?
    public var figures: ComplaintFigures
}

public struct KeyedFigures: Hashable, Sendable {
    public var key: String
    public var name: String?
    public var figures: ComplaintFigures
}

public struct OverdueComplaint: Hashable, Sendable {
    public var ticket: String
    public var unit: String?
    public var category: String
    public var status: ComplaintStatus
    public var stage: DeadlineStage
    public var due: CivilDate
    public var workingDaysOverdue: Int
}

public struct Backlog: Hashable, Sendable {
    public static let bucketLabels = ["0-5", "6-14", "15-60", "over-60"]

    public var asOf: CivilDate
    public var open = 0
    /// Open complaints by age in working days: ≤ 5, 6–14, 15–60, > 60.
    public var buckets = [0, 0, 0, 0]
    /// Open complaints past their running deadline.
    public var overdueCount = 0
    /// The most overdue of them, most overdue first (up to `ReportRequest.overdueListed`).
    public var overdue: [OverdueComplaint] = []

    public static func bucket(forAge days: Int) -> Int {
        switch days {
        case ...5: 0
        case 6...14: 1
        case 15...60: 2
        default: 3
        }
    }
}

/// One BerAKHLAK behaviour indicator across the units in a report that scored their assessment of
/// the period's last year per indicator.
public struct IndicatorFigures: Hashable, Sendable {
    public var indicator: BehaviourIndicator
    /// Units that scored it.
    public var units = 0
    /// The mean of their scores in hundredths (rounded half up); nil when none scored it.
    public var meanHundredths: Int?
    /// Units that scored it 1 or 2, below the scale's middle.
    public var low = 0

    public init(indicator: BehaviourIndicator, scores: [Int]) {
        self.indicator = indicator
        units = scores.count
        meanHundredths = scores.isEmpty ? nil : CultureAssessment.hundredths(scores.reduce(0, +), over: scores.count)
        low = scores.filter { $0 <= 2 }.count
    }
}

public struct CultureFigures: Hashable, Sendable {
    public var code: String
    public var name: String
    public var activeGroups = 0
    public var members = 0
    public var staff: Int?
    public var meetings = 0
    /// Risalah Budaya Kerja its groups wrote in the period.
    public var rbks = 0
    /// Coordination meetings of the period it attended.
    public var coordinationMeetings = 0
    /// Its coordination action items due by the period's end: all, done by then, overdue then.
    public var coordinationActions = 0
    public var coordinationActionsDone = 0
    public var coordinationActionsOverdue = 0
    /// Its work-culture self-assessment of the period's last year, if made by the period's end.
    public var assessment: CultureAssessment?
    /// Its average over the core values, in hundredths; nil without an assessment.
    public var assessmentHundredths: Int? { assessment?.averageHundredths }
    public var weakestValue: CoreValue? { assessment?.weakest }
    /// The lowest-scored behaviour indicator, for an assessment scored per indicator.
    public var weakestIndicator: IndicatorScore? { assessment?.weakestIndicator }

    public init(
        code: String, name: String, activeGroups: Int = 0, members: Int = 0, staff: Int? = nil, meetings: Int = 0
    ) {
        self.code = code
        self.name = name
        self.activeGroups = activeGroups
        self.members = members
        self.staff = staff
        self.meetings = meetings
    }

    public var staffShare: Double? { staff.flatMap { Statistics.rate(members, $0) } }
    public var meetingsPerGroup: Double? { Statistics.rate(meetings, activeGroups) }
}

public struct SOPFigures: Hashable, Sendable {
    public var code: String
    public var name: String
    public var activeSOPs = 0
    public var overdueForReview = 0
    public var complaintsWithOverdueSOP = 0

    public init(
        code: String, name: String, activeSOPs: Int = 0, overdueForReview: Int = 0, complaintsWithOverdueSOP: Int = 0
    ) {
        self.code = code
        self.name = name
        self.activeSOPs = activeSOPs
        self.overdueForReview = overdueForReview
        self.complaintsWithOverdueSOP = complaintsWithOverdueSOP
    }
}

public struct ImprovementFigures: Hashable, Sendable {
    public var code: String
    public var name: String
    /// Actions started in the period, finished (done) in it, and open but past their due date at its end.
    public var opened = 0
    public var finished = 0
    public var overdue = 0
    /// Valid complaints of the period held by the unit, and those cited by an action by the end.
    public var validComplaints = 0
    public var citedComplaints = 0
    /// The unit's SOPs revised in the period after an action linked to them began.
    public var sopsRevised = 0

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    public var citedShare: Double? { Statistics.rate(citedComplaints, validComplaints) }
}

public struct IKMFigures: Hashable, Sendable {
    public var code: String
    public var name: String
    /// The service of this row; nil for the unit as a whole (its services' surveys pooled).
    public var service: String?
    /// The latest survey ending in the period.
    public var period: String?
    public var respondents: Int?
    public var convertedHundredths: Int?
    public var grade: IKMGrade?
    /// The unit's survey before that one.
    public var previousHundredths: Int?
    /// The Krejcie–Morgan sample for the surveyed population, when the respondents are fewer.
    public var shortOfSample: Int?
    /// Whether a survey of the unit ended in the twelve months up to the period's end: the
    /// regulation asks for at least one a year.
    public var surveyedInYear = false
    /// The unit's IKM target for the year of the period's end, in hundredths; nil on a service's row.
    public var targetHundredths: Int?
    /// The row's element with the lowest average, 1–9 (U1 … U9).
    public var weakestElement: Int?
    /// Whether an improvement action addresses that element of the row's surveys (`improvement link
    /// --survey`), linked by the period's end and not dropped by then.
    public var weakestElementAddressed: Bool?

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// The converted IKM minus the target, in hundredths, and whether it was met (`TargetRule`).
    public var vsTargetHundredths: Int? {
        targetHundredths.flatMap { TargetRule.gap(ikmHundredths: convertedHundredths, target: $0) }
    }
    public var targetMet: Bool? {
        targetHundredths.flatMap { TargetRule.met(ikmHundredths: convertedHundredths, target: $0) }
    }

    public var changeHundredths: Int? {
        guard let convertedHundredths, let previousHundredths else { return nil }
        return convertedHundredths - previousHundredths
    }
}

/// The whole government's IKM (`KabupatenIKM`): every unit's latest survey in the period pooled.
public struct KabupatenIKMFigures: Hashable, Sendable {
    public var convertedHundredths: Int
    public var grade: IKMGrade
    public var respondents: Int
    public var unitsSurveyed: Int
    /// The units active at the period's end: those not surveyed are not in the figure.
    public var units: Int
    /// The plain mean of the units' scores, for comparison.
    public var meanOfUnitsHundredths: Int
    /// 1–9 (U1 … U9).
    public var weakestElement: Int
    /// The same figure for the period of the same length before, when a unit was surveyed then.
    public var previousPeriod: String
    public var previousHundredths: Int?

    public init(
        convertedHundredths: Int, grade: IKMGrade, respondents: Int, unitsSurveyed: Int, units: Int,
        meanOfUnitsHundredths: Int, weakestElement: Int, previousPeriod: String, previousHundredths: Int?
    ) {
        self.convertedHundredths = convertedHundredths
        self.grade = grade
        self.respondents = respondents
        self.unitsSurveyed = unitsSurveyed
        self.units = units
        self.meanOfUnitsHundredths = meanOfUnitsHundredths
        self.weakestElement = weakestElement
        self.previousPeriod = previousPeriod
        self.previousHundredths = previousHundredths
    }

    public var changeHundredths: Int? { previousHundredths.map { convertedHundredths - $0 } }
}

/// How many complaints went to one agency outside the government.
public struct AgencyCount: Hashable, Sendable {
    public var agency: String
    public var count: Int
}

/// An official's complaints assigned to them and not yet answered at the end of the period.
public struct OfficerBacklog: Hashable, Sendable {
    public var login: String
    /// The official's name and NIP, as a filed report names people.
    public var name: String?
    public var nip: String?
    /// The unit holding them (the first, should they be spread over several).
    public var unit: String?
    public var unanswered: Int
}

/// Per unit, the complaints whose deadlines reached each level during the period (`kbk escalate`),
/// each complaint counted once, at the highest level its notices reached.
public struct EscalationFigures: Hashable, Sendable {
    /// The unit holding the complaint when the notice went; nil before verification.
    public var unit: String?
    public var name: String?
    public var half = 0
    public var threeQuarters = 0
    public var overdue = 0
    /// Every notice recorded, all levels.
    public var notices = 0

    public var complaints: Int { half + threeQuarters + overdue }
}

/// Per unit, the events of the period entered late (`LateEntry`): how much of the trail behind
/// its figures was written down afterwards.
public struct LateEntryFigures: Hashable, Sendable {
    /// The unit holding the complaint after the event; nil before the hand-over to a unit.
    public var unit: String?
    public var name: String?
    public var events = 0
    /// The complaints those events belong to.
    public var complaints = 0
    /// The most working days between an event's claimed day and the day it was entered.
    public var longestWorkingDays = 0

    public init(unit: String?, name: String?, events: Int = 0, complaints: Int = 0, longestWorkingDays: Int = 0) {
        self.unit = unit
        self.name = name
        self.events = events
        self.complaints = complaints
        self.longestWorkingDays = longestWorkingDays
    }
}

/// Per unit, the complaints received in the period that carried one form of maladministration at
/// the period's end (the Ombudsman's forms, `Maladministration`).
public struct MaladministrationFigures: Hashable, Sendable {
    /// The unit holding the complaint at the period's end; nil before the hand-over to a unit.
    public var unit: String?
    public var name: String?
    public var form: Maladministration
    public var complaints = 0

    public init(unit: String?, name: String?, form: Maladministration, complaints: Int = 0) {
        self.unit = unit
        self.name = name
        self.form = form
        self.complaints = complaints
    }
}

/// A performance report: every figure as of the end of the period.
public struct Report: Hashable, Sendable {
    public var period: ReportPeriod
    public var timeZone: UTCOffset
    public var generatedAt: Timestamp
    public var unit: String?
    /// The units the report covers when `unit` is set (it and the units under it).
    public var scope: [String]
    public var minimumCases: Int
    public var rankBy: RankMeasure = .followUp
    public var ikmWeighting: IKMWeighting = .exact
    public var sections: [ReportSection]
    public var summary = ComplaintFigures()
    /// The previous period's summary when asked for (`ReportRequest.comparesWithPrevious`) and the
    /// database covers that period (`ReportBuilder.coversPreviousPeriod`); nil otherwise.
    public var previousSummary: ComplaintFigures?
    /// Every unit's name by its code, for the printed report, which names units rather than coding them.
    public var unitNames: [String: String] = [:]
    public var units: [UnitFigures] = []
    public var categories: [KeyedFigures] = []
    public var channels: [KeyedFigures] = []
    /// Every topic with complaints in the period, the most frequent first; the unclassified last.
    public var topics: [TopicFigures] = []
    /// Each kecamatan with complaints in the period, followed by its desa and kelurahan that have
    /// some; complaints without a place last.
    public var places: [PlaceFigures] = []
    /// Where the forwarded complaints went: each agency with its count, most first.
    public var forwardedTo: [AgencyCount] = []
    /// Assigned and not yet answered, per official, most first.
    public var unansweredByOfficer: [OfficerBacklog] = []
    /// Deadline notices of the period per unit, most overdue first.
    public var escalations: [EscalationFigures] = []
    /// Events of the period entered late, per unit, most first.
    public var lateEntries: [LateEntryFigures] = []
    /// Complaints of the period by unit and form of maladministration: units in code order, each
    /// unit's forms most first.
    public var maladministration: [MaladministrationFigures] = []
    public var trend: [KeyedFigures] = []
    public var backlog: Backlog
    public var culture: [CultureFigures] = []
    /// Each behaviour indicator across the units that scored per indicator; empty when none did.
    public var cultureIndicators: [IndicatorFigures] = []
    public var sops: [SOPFigures] = []
    public var improvements: [ImprovementFigures] = []
    public var ikm: [IKMFigures] = []
    /// The kabupaten's IKM: in a whole-government report with the `ikm` section only.
    public var ikmKabupaten: KabupatenIKMFigures?
    /// The audit trail's head when the report was made: printed in its footer, so that a filed
    /// report pins the trail (`kbk audit verify --head`).
    public var auditHead: AuditChain.Head?

    /// The year whose targets the report holds the units to: that of the period's last day.
    public var targetYear: Int { TargetRule.year(ofPeriodEnding: period.to) }

    /// The report without the time it was made and the audit head then, for comparing two runs.
    public var contentOnly: Report {
        var copy = self
        copy.generatedAt = Timestamp(secondsSinceEpoch: 0)
        copy.auditHead = nil
        return copy
    }
}
