/// A cross-unit technical coordination meeting (rapat koordinasi teknis), chaired by the
/// Assistant for Administration: who attended (by unit), what was decided, what each unit must do.
public struct CoordinationMeeting: Hashable, Sendable {
    public var id: Int64
    public var heldOn: CivilDate
    public var title: String
    public var chair: String?
    public var decisions: String?
    /// The attending units' codes, by code.
    public var units: [String]
    public var actions: [CoordinationAction]

    public init(
        id: Int64, heldOn: CivilDate, title: String, chair: String?, decisions: String?, units: [String],
        actions: [CoordinationAction]
    ) {
        self.id = id
        self.heldOn = heldOn
        self.title = title
        self.chair = chair
        self.decisions = decisions
        self.units = units
        self.actions = actions
    }
}

/// An action item of a coordination meeting: owned by one unit, due on a day, done or not.
public struct CoordinationAction: Hashable, Sendable {
    public var id: Int64
    public var meetingID: Int64
    public var ownerUnit: String
    public var text: String
    public var dueOn: CivilDate
    public var doneOn: CivilDate?
    public var doneNote: String?

    public init(
        id: Int64, meetingID: Int64, ownerUnit: String, text: String, dueOn: CivilDate, doneOn: CivilDate? = nil,
        doneNote: String? = nil
    ) {
        self.id = id
        self.meetingID = meetingID
        self.ownerUnit = ownerUnit
        self.text = text
        self.dueOn = dueOn
        self.doneOn = doneOn
        self.doneNote = doneNote
    }

    /// Done by `day` (inclusive).
    public func isDone(by day: CivilDate) -> Bool { doneOn.map { $0 <= day } ?? false }

    /// Past its due date and not done by `day`.
    public func isOverdue(on day: CivilDate) -> Bool { dueOn < day && !isDone(by: day) }
}

/// The ASN core values a unit assesses its work culture on (BerAKHLAK): UU 20/2023 tentang ASN
/// art. 4 names them, SE MenPAN-RB 20/2021 gives each three behaviour indicators.
public enum CoreValue: String, CaseIterable, Sendable {
    case service, accountable, competent, harmonious, loyal, adaptive, collaborative

    /// The value's Indonesian name, as the government writes it.
    public var name: String {
        switch self {
        case .service: "Berorientasi Pelayanan"
        case .accountable: "Akuntabel"
        case .competent: "Kompeten"
        case .harmonious: "Harmonis"
        case .loyal: "Loyal"
        case .adaptive: "Adaptif"
        case .collaborative: "Kolaboratif"
        }
    }

    /// The two letters its indicators' codes begin with: BO1–BO3 are Berorientasi Pelayanan's.
    public var code: String {
        switch self {
        case .service: "BO"
        case .accountable: "AK"
        case .competent: "KO"
        case .harmonious: "HA"
        case .loyal: "LO"
        case .adaptive: "AD"
        case .collaborative: "KL"
        }
    }

    /// Its three behaviour indicators, in the circular's order.
    public var indicators: [BehaviourIndicator] { BehaviourIndicator.all.filter { $0.value == self } }

    public static let scores = 1...5
}

/// One of the three behaviour indicators (panduan perilaku) of a core value, in the wording of
/// SE MenPAN-RB Nomor 20 Tahun 2021 tentang Implementasi Core Values dan Employer Branding ASN.
/// Migration 0038 keeps the same 21 in table `berakhlak_indicator`.
public struct BehaviourIndicator: Hashable, Sendable {
    /// The value's two letters and the indicator's number: `BO1` … `KL3`.
    public let code: String
    public let value: CoreValue
    /// 1–3, its place under its value.
    public let number: Int
    /// The circular's wording (Indonesian).
    public let text: String
    /// An English rendering.
    public let english: String

    public static let perValue = 3
    public static let source = "SE MenPAN-RB Nomor 20 Tahun 2021"

    init(_ value: CoreValue, _ number: Int, _ text: String, _ english: String) {
        self.code = value.code + String(number)
        self.value = value
        self.number = number
        self.text = text
        self.english = english
    }

    /// The 21 indicators: the values in `CoreValue.allCases` order, each one's three in order.
    public static let all: [BehaviourIndicator] = [
        .init(.service, 1, "Memahami dan memenuhi kebutuhan masyarakat", "Understands and meets the public's needs"),
        .init(
            .service, 2, "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Friendly, quick, solution-minded and dependable"),
        .init(.service, 3, "Melakukan perbaikan tiada henti", "Keeps improving, without end"),
        .init(
            .accountable, 1,
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
            "Carries out duties honestly, responsibly, carefully, with discipline and high integrity"),
        .init(
            .accountable, 2,
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
            "Uses the state's wealth and property responsibly, effectively and efficiently"),
        .init(.accountable, 3, "Tidak menyalahgunakan kewenangan jabatan", "Does not abuse the authority of office"),
        .init(
            .competent, 1, "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Raises own competence to meet ever-changing challenges"),
        .init(.competent, 2, "Membantu orang lain belajar", "Helps others learn"),
        .init(.competent, 3, "Melaksanakan tugas dengan kualitas terbaik", "Carries out duties to the best quality"),
        .init(
            .harmonious, 1, "Menghargai setiap orang apapun latar belakangnya",
            "Respects everyone, whatever their background"),
        .init(.harmonious, 2, "Suka menolong orang lain", "Is glad to help others"),
        .init(.harmonious, 3, "Membangun lingkungan kerja yang kondusif", "Builds a conducive working environment"),
        .init(
            .loyal, 1,
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, "
                + "setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
            "Holds firmly to the Pancasila ideology and the 1945 Constitution, loyal to the Unitary State of "
                + "the Republic of Indonesia and its lawful government"),
        .init(
            .loyal, 2, "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
            "Guards the good name of fellow civil servants, superiors, the agency and the state"),
        .init(.loyal, 3, "Menjaga rahasia jabatan dan negara", "Keeps official and state secrets"),
        .init(.adaptive, 1, "Cepat menyesuaikan diri menghadapi perubahan", "Adapts quickly to change"),
        .init(
            .adaptive, 2, "Terus berinovasi dan mengembangkan kreativitas", "Keeps innovating and developing creativity"
        ),
        .init(.adaptive, 3, "Bertindak proaktif", "Acts proactively"),
        .init(
            .collaborative, 1, "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Gives all parties the chance to contribute"),
        .init(
            .collaborative, 2, "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Is open to working together to create added value"),
        .init(
            .collaborative, 3, "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
            "Mobilises the use of resources for shared goals"),
    ]

    /// The codes in order, as messages list what is allowed.
    public static let codes = all.map(\.code)

    /// The indicator a code names, in any case (`bo1` is BO1).
    public static func parse(_ text: String, field: String = "indicator") throws(DomainError) -> BehaviourIndicator {
        let code = text.trimmingWhitespace().uppercased()
        guard let indicator = all.first(where: { $0.code == code }) else {
            throw .notAllowed(field: field, value: text, allowed: codes)
        }
        return indicator
    }
}

/// A unit's score on one behaviour indicator (1–5), with its evidence (bukti dukung): a short
/// text, a reference such as a document's number or a link, either, both or neither.
public struct IndicatorScore: Hashable, Sendable {
    public var indicator: BehaviourIndicator
    public var score: Int
    public var evidence: String?
    public var evidenceRef: String?

    public init(_ indicator: BehaviourIndicator, score: Int, evidence: String? = nil, evidenceRef: String? = nil) {
        self.indicator = indicator
        self.score = score
        self.evidence = evidence
        self.evidenceRef = evidenceRef
    }
}

/// How an assessment was scored: the seven values directly (as before migration 0038), or each
/// value's three behaviour indicators, the value's score then being their mean.
public enum CultureScores: Hashable, Sendable {
    /// Seven scores 1–5 in `CoreValue.allCases` order.
    case values([Int])
    /// The 21 indicator scores in `BehaviourIndicator.all` order.
    case indicators([IndicatorScore])

    public enum Basis: String, Sendable, CaseIterable {
        case values, indicators
    }

    public var basis: Basis {
        switch self {
        case .values: .values
        case .indicators: .indicators
        }
    }

    /// Each score in range and, per indicator, one for each of the 21 in order.
    public func validated() throws(DomainError) -> CultureScores {
        switch self {
        case .values(let scores):
            guard scores.count == CoreValue.allCases.count else {
                throw .malformed(
                    field: "scores", value: scores.map(String.init).joined(separator: ","),
                    expected: CultureAssessment.sevenScores)
            }
            for score in scores where !CoreValue.scores.contains(score) {
                throw .outOfRange(field: "score", value: String(score), range: CoreValue.scores)
            }
        case .indicators(let scores):
            var byCode: [String: IndicatorScore] = [:]
            for var entry in scores {
                entry.evidence = try TextRules.optional(entry.evidence, field: "evidence", long: true)
                entry.evidenceRef = try TextRules.optional(entry.evidenceRef, field: "evidence reference")
                guard byCode.updateValue(entry, forKey: entry.indicator.code) == nil else {
                    throw .invalid(field: "indicator", value: entry.indicator.code, reason: .givenTwice)
                }
                guard CoreValue.scores.contains(entry.score) else {
                    throw .outOfRange(field: entry.indicator.code, value: String(entry.score), range: CoreValue.scores)
                }
            }
            let missing = BehaviourIndicator.codes.filter { byCode[$0] == nil }
            if !missing.isEmpty {
                throw .invalid(field: "indicators", value: "", reason: .missingIndicators(missing))
            }
            return .indicators(BehaviourIndicator.all.compactMap { byCode[$0.code] })
        }
        return self
    }
}

/// A unit's self-assessment of its work culture for a year: the seven core values scored 1–5,
/// each directly or as the mean of its three behaviour indicators.
public struct CultureAssessment: Hashable, Sendable {
    public var id: Int64
    public var unitCode: String
    public var year: Int
    public var scores: CultureScores
    public var assessedOn: CivilDate
    public var note: String?

    public init(
        id: Int64, unitCode: String, year: Int, scores: CultureScores, assessedOn: CivilDate, note: String? = nil
    ) {
        self.id = id
        self.unitCode = unitCode
        self.year = year
        self.scores = scores
        self.assessedOn = assessedOn
        self.note = note
    }

    static let sevenScores = "seven scores 1–5, like 4,4,3,4,5,3,4"
    static let twentyOneScores = "21 scores 1–5, in the order BO1,BO2,BO3,AK1,…,KL3"

    /// The indicator scores, empty for an assessment scored per value.
    public var indicatorScores: [IndicatorScore] {
        if case .indicators(let scores) = scores { return scores }
        return []
    }

    /// Each value's sum of scores and how many were summed (1 per value, or its 3 indicators), by
    /// `CoreValue.allCases` order: every figure below is derived from these, exactly.
    var valueSums: [(sum: Int, count: Int)] {
        switch scores {
        case .values(let scores): scores.map { ($0, 1) }
        case .indicators(let scores):
            CoreValue.allCases.map { value in
                (scores.filter { $0.indicator.value == value }.reduce(0) { $0 + $1.score }, BehaviourIndicator.perValue)
            }
        }
    }

    /// Each value's score in hundredths (rounded half up), by `CoreValue.allCases` order: the score
    /// given, or the mean of its three indicators (4, 4, 3 is 3.67, 367).
    public var valueHundredths: [Int] {
        valueSums.map { CultureAssessment.hundredths($0.sum, over: $0.count) }
    }

    /// The average over the seven values, in hundredths (rounded half up): 3.57 is 357. Per
    /// indicator it is the mean of the seven means, which is the mean of the 21 scores.
    public var averageHundredths: Int {
        let sums = valueSums
        return CultureAssessment.hundredths(sums.reduce(0) { $0 + $1.sum }, over: sums.reduce(0) { $0 + $1.count })
    }

    /// The weakest value, by its exact score (the first, on a tie).
    public var weakest: CoreValue {
        let sums = valueSums
        var weakest = 0
        for index in sums.indices where sums[index].sum < sums[weakest].sum { weakest = index }
        return CoreValue.allCases[weakest]
    }

    /// The indicator scored lowest; on a tie, the one under the lower-scored value, then the first in
    /// order. Nil for an assessment scored per value.
    public var weakestIndicator: IndicatorScore? {
        let sums = valueSums
        let position = Dictionary(uniqueKeysWithValues: CoreValue.allCases.enumerated().map { ($1, $0) })
        func valueSum(_ entry: IndicatorScore) -> Int { sums[position[entry.indicator.value] ?? 0].sum }
        return indicatorScores.min { a, b in (a.score, valueSum(a)) < (b.score, valueSum(b)) }
    }

    /// `sum / count` in hundredths, rounded half up (scores are positive): the one rounding of every
    /// mean of scores.
    public static func hundredths(_ sum: Int, over count: Int) -> Int {
        (200 * sum + count) / (2 * count)
    }

    /// Seven scores `s1,…,s7` in the order of `CoreValue.allCases`, each 1–5.
    public static func parseScores(_ text: String) throws(DomainError) -> [Int] {
        try parseList(text, count: CoreValue.allCases.count, field: "scores", expected: sevenScores)
    }

    /// 21 indicator scores in the order of `BehaviourIndicator.all`, each 1–5.
    public static func parseIndicatorScores(_ text: String) throws(DomainError) -> [IndicatorScore] {
        let scores = try parseList(
            text, count: BehaviourIndicator.all.count, field: "indicators", expected: twentyOneScores)
        return zip(BehaviourIndicator.all, scores).map { IndicatorScore($0, score: $1) }
    }

    static func parseList(_ text: String, count: Int, field: String, expected: String) throws(DomainError) -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingWhitespace()
        }
        guard parts.count == count else { throw .malformed(field: field, value: text, expected: expected) }
        var scores: [Int] = []
        for part in parts {
            guard let score = Int(part), CoreValue.scores.contains(score) else {
                throw .outOfRange(field: "score", value: part, range: CoreValue.scores)
            }
            scores.append(score)
        }
        return scores
    }

    /// `CODE=TEXT` as `--indicator`, `--evidence` and `--evidence-ref` take it: the indicator and
    /// the text after the first `=`, trimmed.
    public static func parseCoded(_ text: String, field: String) throws(DomainError) -> (
        BehaviourIndicator, String
    ) {
        guard let equals = text.firstIndex(of: "=") else {
            throw .malformed(field: field, value: text, expected: "CODE=VALUE, like BO1=4 (codes BO1 … KL3)")
        }
        let indicator = try BehaviourIndicator.parse(String(text[..<equals]), field: field)
        return (indicator, String(text[text.index(after: equals)...]).trimmingWhitespace())
    }

    /// The 21 indicator scores from `--indicator CODE=SCORE` (each indicator once), or from the
    /// list `--indicators`, with the evidence given as `CODE=TEXT` and `CODE=REFERENCE` (each
    /// indicator at most once in each).
    public static func indicatorScores(
        list: String?, pairs: [String], evidence: [String], evidenceRefs: [String]
    ) throws(DomainError) -> [IndicatorScore] {
        var byCode: [String: IndicatorScore] = [:]
        if let list {
            for entry in try parseIndicatorScores(list) { byCode[entry.indicator.code] = entry }
        }
        for pair in pairs {
            let (indicator, text) = try parseCoded(pair, field: "--indicator")
            guard byCode[indicator.code] == nil else {
                throw .invalid(field: "--indicator", value: indicator.code, reason: .givenTwice)
            }
            guard let score = Int(text), CoreValue.scores.contains(score) else {
                throw .outOfRange(field: indicator.code, value: text, range: CoreValue.scores)
            }
            byCode[indicator.code] = IndicatorScore(indicator, score: score)
        }
        let missing = BehaviourIndicator.codes.filter { byCode[$0] == nil }
        if !missing.isEmpty {
            throw .invalid(field: "--indicator", value: "", reason: .missingIndicators(missing))
        }
        for (option, entries, isReference) in [("--evidence", evidence, false), ("--evidence-ref", evidenceRefs, true)]
        {
            var seen: Set<String> = []
            for entry in entries {
                let (indicator, text) = try parseCoded(entry, field: option)
                guard seen.insert(indicator.code).inserted else {
                    throw .invalid(field: option, value: indicator.code, reason: .givenTwice)
                }
                if isReference {
                    byCode[indicator.code]?.evidenceRef = try TextRules.optional(text, field: option)
                } else {
                    byCode[indicator.code]?.evidence = try TextRules.optional(text, field: option, long: true)
                }
            }
        }
        return BehaviourIndicator.all.compactMap { byCode[$0.code] }
    }
}

/// A group's Risalah Budaya Kerja: its work of a period written up Plan–Do–Check–Act.
public struct RBK: Hashable, Sendable {
    public var id: Int64
    public var groupID: Int64
    public var unitCode: String
    public var title: String
    public var writtenOn: CivilDate
    public var plan: String
    public var doing: String
    public var checking: String
    public var acting: String
    /// The group's improvement actions the write-up reports on.
    public var improvementIDs: [Int64]

    public init(
        id: Int64, groupID: Int64, unitCode: String, title: String, writtenOn: CivilDate, plan: String, doing: String,
        checking: String, acting: String, improvementIDs: [Int64]
    ) {
        self.id = id
        self.groupID = groupID
        self.unitCode = unitCode
        self.title = title
        self.writtenOn = writtenOn
        self.plan = plan
        self.doing = doing
        self.checking = checking
        self.acting = acting
        self.improvementIDs = improvementIDs
    }
}
