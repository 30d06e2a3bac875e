/// A complaint category (a deadline class) with its deadlines.
public struct Category: Hashable, Sendable {
    public var code: String
    public var name: String
    public var deadlines: Deadlines
    /// The rule the days come from (`UU 14/2008 … Pasal 22`), nil when none was recorded.
    public var source: String?
    /// The most working days the one extension of a complaint in this class may grant; 0: none.
    public var extensionDays: Int
    /// Whether new complaints, hand-overs and corrections may choose the class. One out of use still
    /// counts the deadlines of the complaints already in it.
    public var isInUse: Bool
    /// The class that took a retired one's place, named when the old code is chosen.
    public var replacedBy: String?

    /// What an extension may grant at most in any class (the bound of migration 0012).
    public static let extensionDayRange = 0...ComplaintAction.extensionRange.upperBound

    public init(
        code: String, name: String, deadlines: Deadlines, source: String? = nil,
        extensionDays: Int = ComplaintAction.extensionRange.upperBound, isInUse: Bool = true,
        replacedBy: String? = nil
    ) {
        self.code = code
        self.name = name
        self.deadlines = deadlines
        self.source = source
        self.extensionDays = extensionDays
        self.isInUse = isInUse
        self.replacedBy = replacedBy
    }

    /// The classes kbk ships with their sources (migration 0032); docs/SOURCES.md cites each.
    public enum Cited {
        /// Permintaan informasi / pengaduan normatif: settled in 5 working days.
        public static let informationOrNormative = "informasi-normatif"
        /// Pengaduan tidak berkadar pengawasan: 14.
        public static let withoutSupervision = "tidak-berkadar-pengawasan"
        /// Pengaduan berkadar pengawasan (perlu pemeriksaan): 60.
        public static let withSupervision = "berkadar-pengawasan"
        /// Pengaduan ringan: 2, shipped out of use.
        public static let light = "ringan"
        /// Permohonan informasi publik to the PPID (UU 14/2008): 10, one extension of at most 7.
        public static let publicInformation = "ppid"
    }

    /// The class a complaint takes at intake when none is given: by LAPOR!'s kind, an information
    /// request settles as one, a complaint or an aspiration as one without supervision; a
    /// whistle-blowing report, which the inspectorate examines, as one with supervision.
    public static func intakeDefault(for kind: ComplaintKind) -> String {
        switch kind {
        case .information: Cited.informationOrNormative
        case .complaint, .aspiration: Cited.withoutSupervision
        case .whistleblowing: Cited.withSupervision
        }
    }

    /// The class as chosen for a complaint (at intake, a hand-over or a correction): refused when it
    /// is out of use, naming what replaced it.
    public func chosen() throws(DomainError) -> Category {
        guard isInUse else { throw .rule(.categoryNotInUse(category: code, replacedBy: replacedBy)) }
        return self
    }

    /// The working days one extension may grant in this class; nil when it allows none.
    public var extensionRange: ClosedRange<Int>? { extensionDays > 0 ? 1...extensionDays : nil }

    /// Whether an extension of `workingDays` is within what this class allows.
    public func checkExtension(_ workingDays: Int, ticket: String) throws(DomainError) {
        guard workingDays <= extensionDays else {
            throw .rule(
                .extensionBeyondClass(
                    ticket: ticket, category: code, workingDays: workingDays, limit: extensionDays))
        }
    }
}

/// A category code such as `general`: 2–32 lower-case letters, digits or '-'.
public struct CategoryCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(DomainError) {
        // A code as stored (every row read back) is already in its form: checked byte by byte.
        let bytes = text.utf8
        if (2...32).contains(bytes.count), bytes.allSatisfy({ CategoryCode.isCodeByte($0) }) {
            value = text
            return
        }
        let code = text.trimmingWhitespace().lowercased()
        guard (2...32).contains(code.count),
            code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else {
            throw .malformed(field: "category", value: text, expected: "2 to 32 lower-case letters, digits or '-'")
        }
        value = code
    }

    private static func isCodeByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }

    /// The code as text, checked: for the many places that keep codes as text (`Category.code`).
    public static func parse(_ text: String) throws(DomainError) -> String { try CategoryCode(text).value }

    public var description: String { value }

    public static func < (a: CategoryCode, b: CategoryCode) -> Bool { a.value < b.value }
}
