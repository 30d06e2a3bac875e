/// Checks for free text typed by officials: names, titles, notes.
public enum TextRules {
    public static let maxNameLength = 200
    public static let maxLongTextLength = 100_000

    /// A required single-line name: trimmed, 1 to 200 characters, no control characters.
    public static func name(_ text: String, field: String) throws(DomainError) -> String {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .invalid(field: field, value: text, reason: .empty) }
        return try checked(trimmed, field: field, maxLength: maxNameLength, allowNewlines: false)
    }

    /// Optional text: nil when empty after trimming; newlines and tabs allowed only in long text.
    public static func optional(_ text: String?, field: String, long: Bool = false) throws(DomainError) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        return try checked(trimmed, field: field, maxLength: long ? maxLongTextLength : maxNameLength, allowNewlines: long)
    }

    static func checked(_ text: String, field: String, maxLength: Int, allowNewlines: Bool) throws(DomainError) -> String {
        // Printable ASCII, the usual case, needs neither grapheme counting nor Unicode properties.
        if text.utf8.count <= maxLength && text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return text }
        guard text.count <= maxLength else { throw .invalid(field: field, value: text, reason: .tooLong(max: maxLength)) }
        let badControl = text.unicodeScalars.contains { scalar in
            guard scalar.properties.generalCategory == .control else { return false }
            return !(allowNewlines && (scalar == "\n" || scalar == "\t" || scalar == "\r"))
        }
        guard !badControl else { throw .invalid(field: field, value: text, reason: .controlCharacters) }
        return text
    }
}

/// The short code officials type for a unit, e.g. `DINKES`: 2–32 letters, digits, `.`, `-`, `_`,
/// unique without regard to case and kept upper-case.
public struct UnitCode: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(DomainError) {
        let trimmed = text.trimmingWhitespace()
        guard (2...32).contains(trimmed.count),
              trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }) else {
            throw .malformed(field: "unit code", value: text, expected: "2 to 32 letters, digits, '.', '-' or '_'")
        }
        value = trimmed.uppercased()
    }

    public var description: String { value }
}

/// Kinds of regional work unit (UU 23/2014 art. 209, PP 18/2016).
public enum UnitKind: String, CaseIterable, Sendable {
    case secretariat
    case dprdSecretariat = "dprd-secretariat"
    case inspectorate
    case agency
    case board
    case district
    case subdistrict
    case uptd
    case hospital
    case other

    public static func parse(_ text: String) throws(DomainError) -> UnitKind { try parseChoice(text, field: "kind") }
}

/// A member's role in a work-culture group.
public enum GroupRole: String, CaseIterable, Sendable {
    case chair, facilitator, secretary, member

    public static func parse(_ text: String) throws(DomainError) -> GroupRole { try parseChoice(text, field: "role") }
}

/// The conclusion of a periodic SOP review.
public enum ReviewOutcome: String, CaseIterable, Sendable {
    case keep, revise, revoke

    public static func parse(_ text: String) throws(DomainError) -> ReviewOutcome { try parseChoice(text, field: "outcome") }
}

/// Group size bounds: no regulation fixes them; quality-circle practice uses 4 to 10 members.
public struct GroupSizeBounds: Sendable, Equatable {
    public let minimum: Int
    public let maximum: Int

    public static let standard = GroupSizeBounds(minimum: 4, maximum: 10)

    public init(minimum: Int, maximum: Int) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Whether `count` active members is outside the bounds (a warning, never a refusal).
    public func isOutside(_ count: Int) -> Bool { count < minimum || count > maximum }
}

/// When an SOP's next periodic review falls due.
public enum SOPSchedule {
    public static let defaultReviewMonths = 12
    public static let reviewMonthsRange = 1...60
    public static let serviceDaysRange = 1...365

    /// `months` after the latest of the SOP's revisions and reviews.
    public static func nextReviewDue(lastRevision: CivilDate, lastReview: CivilDate?, months: Int) -> CivilDate {
        max(lastRevision, lastReview ?? lastRevision).adding(months: months)
    }
}

/// A span of days a membership, group or unit is active: from `start` on, until the day before `end`.
public struct ActivePeriod: Sendable, Equatable {
    public let start: CivilDate?
    public let end: CivilDate?

    public init(start: CivilDate?, end: CivilDate?) {
        self.start = start
        self.end = end
    }

    public func contains(_ date: CivilDate) -> Bool {
        (start.map { $0 <= date } ?? true) && (end.map { date < $0 } ?? true)
    }
}
