/// The stages of an improvement action, a PDCA cycle: plan → do → check → act → done, or dropped.
public enum ImprovementStage: String, CaseIterable, Sendable {
    case plan, `do`, check, act, done, dropped

    public static func parse(_ text: String) throws(DomainError) -> ImprovementStage {
        try parseChoice(text, field: "stage")
    }

    /// The one stage that may follow; nil once done or dropped. Dropping is allowed from any open stage.
    public var next: ImprovementStage? {
        switch self {
        case .plan: .do
        case .do: .check
        case .check: .act
        case .act: .done
        case .done, .dropped: nil
        }
    }

    public var isFinished: Bool { self == .done || self == .dropped }

    public func allows(_ target: ImprovementStage) -> Bool {
        !isFinished && (target == next || target == .dropped)
    }
}

/// A work-culture group's improvement action, with the complaints it answers and the SOPs it revises.
public struct Improvement: Hashable, Sendable {
    public var id: Int64
    public var groupID: Int64
    public var unitCode: String
    public var title: String
    public var problem: String?
    public var target: String?
    public var dueOn: CivilDate?
    public var stage: ImprovementStage
    public var startedOn: CivilDate
    public var finishedOn: CivilDate?
    public var stages: [StageEntry]
    public var complaintTickets: [String]
    public var sopNumbers: [String]
    /// The IKM survey elements the action follows up ("tindak lanjut hasil SKM").
    public var surveyElements: [SurveyElement] = []

    /// One element (U1–U9) of one IKM survey an action addresses.
    public struct SurveyElement: Hashable, Sendable {
        public var surveyID: Int64
        /// 1 to 9: U1 … U9.
        public var element: Int
        public var linkedOn: CivilDate

        public init(surveyID: Int64, element: Int, linkedOn: CivilDate) {
            self.surveyID = surveyID
            self.element = element
            self.linkedOn = linkedOn
        }

        /// "U3".
        public var code: String { "U\(element)" }
    }

    public struct StageEntry: Hashable, Sendable {
        public var stage: ImprovementStage
        public var on: CivilDate
        public var note: String?
        public var actor: String

        public init(stage: ImprovementStage, on: CivilDate, note: String?, actor: String) {
            self.stage = stage
            self.on = on
            self.note = note
            self.actor = actor
        }
    }

    public init(
        id: Int64, groupID: Int64, unitCode: String, title: String, problem: String?, target: String?,
        dueOn: CivilDate?,
        stage: ImprovementStage, startedOn: CivilDate, finishedOn: CivilDate?, stages: [StageEntry],
        complaintTickets: [String],
        sopNumbers: [String]
    ) {
        self.id = id
        self.groupID = groupID
        self.unitCode = unitCode
        self.title = title
        self.problem = problem
        self.target = target
        self.dueOn = dueOn
        self.stage = stage
        self.startedOn = startedOn
        self.finishedOn = finishedOn
        self.stages = stages
        self.complaintTickets = complaintTickets
        self.sopNumbers = sopNumbers
    }

    /// Past its due date and still open.
    public func isOverdue(on today: CivilDate) -> Bool {
        !stage.isFinished && (dueOn.map { $0 < today } ?? false)
    }
}

/// A community satisfaction survey (IKM, PermenPAN-RB 14/2017), kept as exact fractions: the nine
/// element averages are `elementSums[i] / denominator` (answer sums over respondents, or averages
/// given with decimals scaled to whole numbers), so no binary floating point touches the grade.
public struct IKMScore: Hashable, Sendable {
    /// How many respondents a survey may record: at least one, and no more than a population.
    public static let respondentRange = 1...10_000_000
    /// How many users a surveyed service may have in the period (for the Krejcie–Morgan sample).
    public static let populationRange = 1...100_000_000

    public let elementSums: [Int]
    public let denominator: Int
    public let respondents: Int

    public static let elementNames = [
        "U1 persyaratan", "U2 prosedur", "U3 waktu penyelesaian", "U4 biaya/tarif", "U5 produk layanan",
        "U6 kompetensi pelaksana", "U7 perilaku pelaksana", "U8 penanganan pengaduan", "U9 sarana dan prasarana",
    ]

    public init(elementSums: [Int], denominator: Int, respondents: Int) {
        self.elementSums = elementSums
        self.denominator = denominator
        self.respondents = respondents
    }

    /// Respondents are at least the questionnaires counted. A denominator that is a power of ten is
    /// the scale of averages given with decimals (`fromAverages`), not a count of questionnaires.
    public func checkRespondents() throws(DomainError) {
        var scale = denominator
        while scale > 1 && scale % 10 == 0 { scale /= 10 }
        let isDecimalScale = scale == 1 && denominator > 1
        guard respondents >= denominator || isDecimalScale else {
            throw .rule(.fewerRespondentsThanQuestionnaires(respondents: respondents, questionnaires: denominator))
        }
    }

    /// From questionnaires: each a row of nine answers 1–4.
    public static func fromAnswers(_ rows: [[Int]]) -> IKMScore {
        var sums = Array(repeating: 0, count: 9)
        for row in rows { for (index, answer) in row.enumerated() where index < 9 { sums[index] += answer } }
        return IKMScore(elementSums: sums, denominator: rows.count, respondents: rows.count)
    }

    /// From nine element averages written with decimals ("3.12"), each between 1 and 4.
    public static func fromAverages(_ texts: [String], respondents: Int) throws(DomainError) -> IKMScore {
        guard texts.count == 9 else {
            throw .malformed(field: "averages", value: texts.joined(separator: ","), expected: "nine averages a1,…,a9")
        }
        var scaled: [(Int, Int)] = []
        for text in texts {
            let trimmed = text.trimmingWhitespace().replacingComma()
            let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let whole = Int(parts[0]),
                parts.count == 1 || (!parts[1].isEmpty && parts[1].count <= 6),
                parts.count == 1 || Int(parts[1]) != nil, parts[0].allSatisfy(\.isNumber),
                parts.count == 1 || parts[1].allSatisfy(\.isNumber)
            else {
                throw .malformed(field: "average", value: text, expected: "a number like 3.12")
            }
            guard (0...4).contains(whole) else { throw .outOfRange(field: "average", value: text, range: 1...4) }
            let decimals = parts.count == 2 ? parts[1].count : 0
            var scale = 1
            for _ in 0..<decimals { scale *= 10 }
            let value = whole * scale + (parts.count == 2 ? Int(parts[1])! : 0)
            guard value >= scale, value <= 4 * scale else {
                throw .outOfRange(field: "average", value: text, range: 1...4)
            }
            scaled.append((value, scale))
        }
        let denominator = scaled.map(\.1).max() ?? 1
        return IKMScore(
            elementSums: scaled.map { $0.0 * (denominator / $0.1) }, denominator: denominator, respondents: respondents)
    }

    /// Element average (NRR) i, as a Double for display only.
    public func average(_ index: Int) -> Double { Double(elementSums[index]) / Double(denominator) }

    /// The IKM (1–4) = Σ averages × 1/9, for display.
    public var index: Double { Double(elementSums.reduce(0, +)) / Double(9 * denominator) }

    /// The converted IKM (25–100) in hundredths, rounded half up from the exact fraction
    /// 25 × Σ sums / (9 × denominator): 88.305 exactly becomes 8831.
    public var convertedHundredths: Int { convertedHundredths(.exact) }

    /// The converted IKM with the weighting given: 25 × Σ averages × 1/9 exactly, or × 0.111 as
    /// many offices publish it (25 × 0.111 = 2.775, so 2775 × Σ sums / (10 × denominator) hundredths).
    public func convertedHundredths(_ weighting: IKMWeighting) -> Int {
        let total = elementSums.reduce(0, +)
        let (numerator, denominator) =
            switch weighting {
            case .exact: (2_500 * total, 9 * self.denominator)
            case .published: (2_775 * total, 10 * self.denominator)
            }
        return (2 * numerator + denominator) / (2 * denominator)
    }

    public var converted: Double { Double(convertedHundredths) / 100 }

    public var grade: IKMGrade { IKMGrade(hundredths: convertedHundredths) }

    /// Several surveys as one (a unit's services in one period): each element's average weighted
    /// by respondents, kept exact over the least common multiple of the denominators.
    public static func pooled(_ scores: [IKMScore]) -> IKMScore? {
        guard let first = scores.first else { return nil }
        if scores.count == 1 { return first }
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        var common = 1
        for score in scores {
            let (product, overflow) = common.multipliedReportingOverflow(
                by: score.denominator / gcd(common, score.denominator))
            guard !overflow, product < 1 << 40 else { return pooledApproximately(scores) }
            common = product
        }
        let respondents = scores.reduce(0) { $0 + $1.respondents }
        // The pooled denominator must leave room for 2 × 2,775 × 36 × it in `convertedHundredths`:
        // many units' surveys (the kabupaten's IKM) soon pass that, and are then pooled to a millionth.
        let (denominator, overflow) = common.multipliedReportingOverflow(by: respondents)
        guard !overflow, denominator < 1 << 40 else { return pooledApproximately(scores) }
        var sums = Array(repeating: 0, count: 9)
        for score in scores {
            let scale = common / score.denominator * score.respondents
            for index in 0..<9 { sums[index] += score.elementSums[index] * scale }
        }
        return IKMScore(elementSums: sums, denominator: denominator, respondents: respondents)
    }

    /// The pooled averages to a millionth, when the exact denominator would not fit.
    private static func pooledApproximately(_ scores: [IKMScore]) -> IKMScore {
        let respondents = scores.reduce(0) { $0 + $1.respondents }
        let sums = (0..<9).map { index in
            let weighted = scores.reduce(0.0) { $0 + $1.average(index) * Double($1.respondents) }
            return Int((weighted / Double(respondents) * 1_000_000).rounded())
        }
        return IKMScore(elementSums: sums, denominator: 1_000_000, respondents: respondents)
    }

    /// The Krejcie–Morgan sample size for a population (χ² = 3.841 for one degree of freedom at 95 %,
    /// p = 0.5, margin 0.05), rounded to the nearest whole respondent as their table gives it:
    /// 100 → 80, 1,000 → 278, 10,000 → 370, a million → 384.
    public static func krejcieMorganSample(population: Int) -> Int {
        let n = Double(population)
        let chiSquare = 3.841
        let sample = chiSquare * n * 0.25 / (0.0025 * (n - 1) + chiSquare * 0.25)
        return min(population, Int((sample).rounded(.toNearestOrAwayFromZero)))
    }

    /// An element as written on the questionnaire, "U1" to "U9" (or "u3", "3"): its number 1–9.
    public static func parseElement(_ text: String) throws(DomainError) -> Int {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.hasPrefix("U") || trimmed.hasPrefix("u") ? String(trimmed.dropFirst()) : trimmed
        guard digits.count == 1, let number = Int(digits), (1...9).contains(number) else {
            throw .malformed(field: "element", value: text, expected: "an element U1 to U9")
        }
        return number
    }

    /// The element with the lowest average (the first, on a tie).
    public var weakestElement: Int {
        var weakest = 0
        for index in 1..<9 where elementSums[index] < elementSums[weakest] { weakest = index }
        return weakest
    }
}

/// The whole government's IKM (Purbalingga publishes one figure for the kabupaten): the questionnaires
/// of every unit's latest survey in the period pooled into one survey, so that each element's average
/// is over all respondents — each unit weighs as many as it asked — then converted and graded like a
/// unit's. A plain mean of the units' scores would let a unit that asked 50 people count as much as one
/// that asked 1,000; it is kept beside the figure for comparison only.
public struct KabupatenIKM: Hashable, Sendable {
    /// The pooled survey: its respondents are all the units' respondents.
    public let score: IKMScore
    /// Each unit's own score, as the pooled one was made of.
    public let unitScores: [IKMScore]

    /// nil when no unit was surveyed.
    public init?(unitScores: [IKMScore]) {
        guard let pooled = IKMScore.pooled(unitScores) else { return nil }
        self.score = pooled
        self.unitScores = unitScores
    }

    public var unitsSurveyed: Int { unitScores.count }
    public var respondents: Int { score.respondents }

    public func convertedHundredths(_ weighting: IKMWeighting) -> Int { score.convertedHundredths(weighting) }

    public func grade(_ weighting: IKMWeighting) -> IKMGrade {
        IKMGrade(hundredths: convertedHundredths(weighting))
    }

    /// The plain mean of the units' converted scores (each rounded to hundredths first, as published),
    /// rounded half up: for comparison with the pooled figure, not the figure itself.
    public func meanOfUnitsHundredths(_ weighting: IKMWeighting) -> Int {
        let total = unitScores.reduce(0) { $0 + $1.convertedHundredths(weighting) }
        return (2 * total + unitScores.count) / (2 * unitScores.count)
    }
}

/// How the nine element averages are weighted into the IKM: exactly 1/9 each, as PermenPAN-RB 14/2017
/// defines it, or 0.111 each, the rounded weight many offices publish with (it gives a little less).
public enum IKMWeighting: String, CaseIterable, Sendable {
    case exact
    case published = "0.111"

    public static func parse(_ text: String) throws(DomainError) -> IKMWeighting {
        try parseChoice(text, field: "ikm-weight")
    }
}

/// Grade on the converted value rounded to two decimals: 88.31–100 A, 76.61–88.30 B, 65.00–76.60 C, 25.00–64.99 D.
public enum IKMGrade: String, Sendable, CaseIterable {
    case a = "A"
    case b = "B"
    case c = "C"
    case d = "D"

    public init(hundredths: Int) {
        switch hundredths {
        case 8_831...: self = .a
        case 7_661...8_830: self = .b
        case 6_500...7_660: self = .c
        default: self = .d
        }
    }

    public var label: String {
        switch self {
        case .a: "Sangat Baik"
        case .b: "Baik"
        case .c: "Kurang Baik"
        case .d: "Tidak Baik"
        }
    }
}

extension String {
    /// "3,12" as written in Indonesian becomes "3.12".
    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
