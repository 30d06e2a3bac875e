import KBKDomain

/// The executive summary (ringkasan) that opens the printed report and makes the leadership's
/// one-page report: the period's headline rates against the previous period of the same length and
/// against the units' targets, the best and the weakest units, the main topics, and three to five
/// findings, each with the action it calls for. Every finding comes from a written rule
/// (docs/REPORTS.md, "The executive summary"), never from free prose, so two offices reading the
/// same figures read the same conclusions.
public struct ExecutiveSummary: Hashable, Sendable {
    /// The on-time follow-up rate below which timeliness is a finding of its own: kbk's threshold,
    /// not a regulation's (Permenpan-RB 5/2025 sets the deadlines, not a share to meet them by).
    public static let onTimeThreshold = 0.8
    /// The share of valid complaints on one topic from which the topic is a finding.
    public static let topicConcentration = 0.2
    /// The share of settled complaints reopened from which the quality of settlement is a finding.
    public static let reopenedThreshold = 0.05
    /// How many units the best and the weakest lists name, and how many topics.
    public static let listed = 3
    public static let maximumFindings = 5
    /// The sections the summary reads: the figures, the ranking, the topics and the backlog.
    public static let sections: [ReportSection] = [.summary, .units, .topics, .backlog]

    /// A rate as the summary prints it (to 0.1 %), so that a printed change is the difference of
    /// the two printed rates.
    public static func printed(_ rate: Double) -> Double { (rate * 1_000).rounded() / 1_000 }

    public var period: ReportPeriod
    public var current: ComplaintFigures
    /// The previous period of the same length (`ReportPeriod.previous`), when the database covers it.
    public var previousPeriod: ReportPeriod
    public var previous: ComplaintFigures?
    /// Ranked units (not the kecamatan and kelurahan, ranked apart), best first.
    public var best: [UnitFigures]
    /// The lowest ranked units, lowest first; none of them is also among the best.
    public var weakest: [UnitFigures]
    /// The units with a settlement target for the period's year, and those of them that met it.
    public var unitsWithTarget: [UnitFigures]
    public var unitsMissingTarget: [UnitFigures]
    /// The most frequent classified topics, most first.
    public var mainTopics: [TopicFigures]
    public var overdueOpen: Int
    public var openOlderThanSixtyDays: Int
    public var findings: [Finding]

    /// One conclusion with the action it calls for.
    public enum Finding: Hashable, Sendable {
        /// Always: the follow-up rate, its change, and the valid complaints still without a response.
        case followUp(rate: Double?, change: Double?, unanswered: Int)
        /// Always: the settlement rate and its change.
        case settlement(rate: Double?, change: Double?, unsettled: Int)
        /// Always: the on-time follow-up rate; `short` when below `onTimeThreshold`, naming the
        /// ranked units answering on time least.
        case timeliness(rate: Double?, short: Bool, slowest: [UnitFigures])
        /// Units that missed their settlement target.
        case targetsMissed(missed: [UnitFigures], of: Int)
        /// Open complaints past their deadline at the period's end.
        case overdueBacklog(overdue: Int, olderThanSixtyDays: Int)
        /// One topic holds at least `topicConcentration` of the valid complaints.
        case topicConcentration(TopicFigures, share: Double)
        /// At least `reopenedThreshold` of the settled complaints were reopened.
        case reopened(count: Int, share: Double)
        /// Without targets: the weakest ranked units by follow-up.
        case weakestUnits([UnitFigures])
    }

    /// The summary of a report built with its previous period (`ReportRequest.comparesWithPrevious`).
    public init(_ report: Report) {
        period = report.period
        current = report.summary
        previousPeriod = report.period.previous
        previous = report.previousSummary
        let ranked = report.units.filter { $0.group == .agencies && $0.rank != nil }.sorted {
            ($0.rank ?? .max) < ($1.rank ?? .max)
        }
        let best = Array(ranked.prefix(Self.listed))
        let weakest = Array(ranked.dropFirst(best.count).suffix(Self.listed).reversed())
        self.best = best
        self.weakest = weakest
        let unitsWithTarget = report.units.filter { $0.code != nil && $0.settlementTargetMet != nil }
        let unitsMissingTarget = unitsWithTarget.filter { $0.settlementTargetMet == false }
        self.unitsWithTarget = unitsWithTarget
        self.unitsMissingTarget = unitsMissingTarget
        let mainTopics = Array(report.topics.filter { $0.topic != nil && $0.figures.valid > 0 }.prefix(Self.listed))
        let (overdueOpen, openOlderThanSixtyDays) = (report.backlog.overdueCount, report.backlog.buckets.last ?? 0)
        self.overdueOpen = overdueOpen
        self.openOlderThanSixtyDays = openOlderThanSixtyDays

        let (current, previous) = (report.summary, report.previousSummary)
        func change(_ rate: KeyPath<ComplaintFigures, Double?>) -> Double? {
            guard let now = current[keyPath: rate], let before = previous?[keyPath: rate] else { return nil }
            return Self.printed(now) - Self.printed(before)
        }
        let onTime = current.onTimeFollowUpRate
        let short = onTime.map { $0 < Self.onTimeThreshold } ?? false
        let slowest = ranked.sorted {
            ($0.figures.onTimeFollowUpRate ?? 0, $0.code ?? "") < ($1.figures.onTimeFollowUpRate ?? 0, $1.code ?? "")
        }
        var findings: [Finding] = [
            .followUp(
                rate: current.followUpRate, change: change(\.followUpRate),
                unanswered: current.valid - current.followedUp),
            .settlement(
                rate: current.settlementRate, change: change(\.settlementRate),
                unsettled: current.valid - current.settled),
            .timeliness(rate: onTime, short: short, slowest: short ? Array(slowest.prefix(Self.listed)) : []),
        ]
        if !unitsMissingTarget.isEmpty {
            findings.append(.targetsMissed(missed: unitsMissingTarget, of: unitsWithTarget.count))
        } else if unitsWithTarget.isEmpty, !weakest.isEmpty {
            findings.append(.weakestUnits(weakest))
        }
        if overdueOpen > 0 {
            findings.append(.overdueBacklog(overdue: overdueOpen, olderThanSixtyDays: openOlderThanSixtyDays))
        }
        if let top = mainTopics.first, let share = Statistics.rate(top.figures.valid, current.valid),
            share >= Self.topicConcentration
        {
            findings.append(.topicConcentration(top, share: share))
        }
        if let share = Statistics.rate(current.reopened, current.settled), share >= Self.reopenedThreshold {
            findings.append(.reopened(count: current.reopened, share: share))
        }
        self.mainTopics = mainTopics
        self.findings = Array(findings.prefix(Self.maximumFindings))
    }
}
