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

/// The ASN core values a unit assesses its work culture on (BerAKHLAK, SE MenPAN-RB 20/2021).
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

    public static let scores = 1...5
}

/// A unit's self-assessment of its work culture for a year: each core value scored 1–5.
public struct CultureAssessment: Hashable, Sendable {
    public var id: Int64
    public var unitCode: String
    public var year: Int
    /// By `CoreValue.allCases` order.
    public var scores: [Int]
    public var assessedOn: CivilDate
    public var note: String?

    public init(
        id: Int64, unitCode: String, year: Int, scores: [Int], assessedOn: CivilDate, note: String? = nil
    ) {
        self.id = id
        self.unitCode = unitCode
        self.year = year
        self.scores = scores
        self.assessedOn = assessedOn
        self.note = note
    }

    /// The average over the seven values, in hundredths (rounded half up): 3.57 is 357.
    public var averageHundredths: Int {
        let total = scores.reduce(0, +)
        return (200 * total + scores.count) / (2 * scores.count)
    }

    /// The weakest value (the first, on a tie).
    public var weakest: CoreValue {
        var weakest = 0
        for index in scores.indices where scores[index] < scores[weakest] { weakest = index }
        return CoreValue.allCases[weakest]
    }

    /// Seven scores `s1,…,s7` in the order of `CoreValue.allCases`, each 1–5.
    public static func parseScores(_ text: String) throws(DomainError) -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingWhitespace()
        }
        guard parts.count == CoreValue.allCases.count else {
            throw .malformed(field: "scores", value: text, expected: "seven scores 1–5, like 4,4,3,4,5,3,4")
        }
        var scores: [Int] = []
        for part in parts {
            guard let score = Int(part), CoreValue.scores.contains(score) else {
                throw .outOfRange(field: "score", value: part, range: CoreValue.scores)
            }
            scores.append(score)
        }
        return scores
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
