/// Checks for free text typed by officials: names, titles, notes.
///
/// Lengths count Unicode scalars, not characters (graphemes): a character can hold any number of
/// combining marks, so one letter with two million marks is one character and 4 MB. A name may
/// have 200 scalars, long text 100,000, which bounds the bytes too (at most four each; checked
/// first, since counting bytes costs nothing). For Latin text, precomposed as keyboards type it,
/// scalars and characters are the same. The database backs the same bounds: SQLite's `length()`
/// counts scalars (the columns' CHECKs, and the triggers of migration 0007).
public enum TextRules {
    public static let maxNameLength = 200
    public static let maxLongTextLength = 100_000
    public static let maxNameBytes = 4 * maxNameLength
    public static let maxLongTextBytes = 4 * maxLongTextLength

    /// A required single-line name: trimmed, within the name limits, no control characters.
    public static func name(_ text: String, field: String) throws(DomainError) -> String {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .invalid(field: field, value: text, reason: .empty) }
        return try checked(trimmed, field: field, long: false)
    }

    /// Optional text: nil when empty after trimming; newlines and tabs allowed only in long text.
    public static func optional(_ text: String?, field: String, long: Bool = false) throws(DomainError) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        return try checked(trimmed, field: field, long: long)
    }

    static func checked(_ text: String, field: String, long: Bool) throws(DomainError) -> String {
        let maxScalars = long ? maxLongTextLength : maxNameLength
        let maxBytes = long ? maxLongTextBytes : maxNameBytes
        // Printable ASCII, the usual case, needs no Unicode properties.
        if text.utf8.count <= maxScalars && text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return text }
        let scalars = text.unicodeScalars
        guard text.utf8.count <= maxBytes, scalars.count <= maxScalars else {
            throw .invalid(
                field: field, value: text,
                reason: .tooLong(TextLength(text, maxScalars: maxScalars, maxBytes: maxBytes)))
        }
        let badControl = scalars.contains { scalar in
            if isBidiOverride(scalar) { return true }
            guard scalar.properties.generalCategory == .control else { return false }
            return !(long && (scalar == "\n" || scalar == "\t" || scalar == "\r"))
        }
        guard !badControl else { throw .invalid(field: field, value: text, reason: .controlCharacters) }
        guard scalars.contains(where: isVisible) else { throw .invalid(field: field, value: text, reason: .invisible) }
        return text
    }

    /// The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
    /// make the text after them read in another order than it is stored ("Trojan Source"), so a
    /// subject or a name would show something else than what was typed, sorted and searched. They
    /// are refused as control characters. The marks U+200E, U+200F and U+061C are not: they reorder
    /// nothing by themselves (they only give a neutral character such as a comma or a digit beside
    /// them a direction), Arabic-script text (names, quotations) needs them, and a text of marks
    /// alone is still refused as holding nothing visible.
    public static func isBidiOverride(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Whether a scalar shows something on its own: not a space, a control or format character
    /// (zero-width space and joiners, the byte-order mark), a combining mark alone, or one of the
    /// blank letters Unicode has (Hangul fillers, the blank Braille pattern).
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value > 0x20 && scalar.value < 0x7F }
        if scalar.properties.isWhitespace { return false }
        switch scalar.value {
        case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x180E: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark, .spacingMark, .unassigned, .privateUse, .surrogate,
            .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }
}

/// The short code officials type for a unit, e.g. `DINKES`: 2–32 letters, digits, `.`, `-`, `_`,
/// unique without regard to case and kept upper-case.
public struct UnitCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(DomainError) {
        // A code as stored (every row read back) is already in its form: checked byte by byte.
        let bytes = text.utf8
        if (2...32).contains(bytes.count), bytes.allSatisfy({ UnitCode.isStoredCodeByte($0) }) {
            value = text
            return
        }
        let trimmed = text.trimmingWhitespace()
        guard (2...32).contains(trimmed.count),
            trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") })
        else {
            throw .malformed(field: "unit code", value: text, expected: "2 to 32 letters, digits, '.', '-' or '_'")
        }
        value = trimmed.uppercased()
    }

    private static func isStoredCodeByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    public var description: String { value }

    public static func < (a: UnitCode, b: UnitCode) -> Bool { a.value < b.value }
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

    public static func parse(_ text: String) throws(DomainError) -> ReviewOutcome {
        try parseChoice(text, field: "outcome")
    }
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
