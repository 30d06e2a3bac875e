/// A unit's targets for a year, as its strategic plan (Renstra) sets its key performance
/// indicators (IKU): the share of valid complaints settled, optionally the share settled on time,
/// and the converted IKM (25–100). Renstra runs five years and its yearly targets change, so a
/// target belongs to a unit and a year.
///
/// Shares are kept in hundredths of a percent (9000 = 90 %), the IKM in hundredths (8250 = 82.50),
/// so that whether a target was met is decided on whole numbers (`TargetRule`).
public struct UnitTarget: Hashable, Sendable {
    public var unitCode: String
    public var year: Int
    /// The share of valid complaints settled, in hundredths of a percent.
    public var settledBasisPoints: Int?
    /// The share of valid complaints settled on time, in hundredths of a percent.
    public var onTimeBasisPoints: Int?
    /// The converted IKM, in hundredths.
    public var ikmHundredths: Int?
    /// Where the figures come from, e.g. "Renstra 2021–2026, IKU 3".
    public var source: String?

    public init(
        unitCode: String, year: Int, settledBasisPoints: Int? = nil, onTimeBasisPoints: Int? = nil,
        ikmHundredths: Int? = nil, source: String? = nil
    ) {
        self.unitCode = unitCode
        self.year = year
        self.settledBasisPoints = settledBasisPoints
        self.onTimeBasisPoints = onTimeBasisPoints
        self.ikmHundredths = ikmHundredths
        self.source = source
    }

    /// The years a target may be set for.
    public static let years = 2000...2100
    /// The range of a share in hundredths of a percent, and of the converted IKM in hundredths.
    public static let shareRange = 0...10_000
    public static let ikmRange = 2_500...10_000

    /// Whether it holds any target at all.
    public var isEmpty: Bool { settledBasisPoints == nil && onTimeBasisPoints == nil && ikmHundredths == nil }

    /// A percentage typed as `90`, `87.5` or `87,5` (at most two decimals), 0 to 100, in hundredths
    /// of a percent.
    public static func parseShare(_ text: String, field: String) throws(DomainError) -> Int {
        guard let value = hundredths(text), shareRange.contains(value) else {
            throw .malformed(
                field: field, value: text,
                expected: "a percentage from 0 to 100 with at most two decimals, e.g. 90 or 87.5")
        }
        return value
    }

    /// A converted IKM typed as `82.5` or `82,50` (at most two decimals), 25 to 100, in hundredths.
    public static func parseIKM(_ text: String, field: String) throws(DomainError) -> Int {
        guard let value = hundredths(text), ikmRange.contains(value) else {
            throw .malformed(
                field: field, value: text,
                expected: "a converted IKM from 25 to 100 with at most two decimals, e.g. 82.5")
        }
        return value
    }

    /// `87.5` → 8750; nil unless digits with an optional point or comma and at most two decimals.
    static func hundredths(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: trimmed.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, (1...3).contains(whole.count),
            whole.allSatisfy({ $0.isASCII && $0.isNumber }), let wholeValue = Int(whole)
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(digits)
            else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        return wholeValue * 100 + fraction
    }
}

/// How a figure stands against its target: the one rule every door (tables, CSV, JSON, HTML, the
/// web) reads. A target is met when the actual figure is at least the target; with nothing to
/// measure (no valid complaint, no survey) there is neither a gap nor a verdict.
public enum TargetRule {
    /// Whether `count` of `valid` reaches a share of `basisPoints` hundredths of a percent, exactly:
    /// count / valid ≥ basisPoints / 10,000.
    public static func met(_ count: Int, of valid: Int, basisPoints: Int) -> Bool? {
        guard valid > 0 else { return nil }
        return count * 10_000 >= basisPoints * valid
    }

    /// The share `count / valid` minus the target, as a fraction (−0.05: five percentage points short).
    public static func gap(_ count: Int, of valid: Int, basisPoints: Int) -> Double? {
        guard valid > 0 else { return nil }
        return Double(count * 10_000 - basisPoints * valid) / Double(valid * 10_000)
    }

    /// Whether a converted IKM, rounded to two decimals as published, reaches the target.
    public static func met(ikmHundredths actual: Int?, target: Int) -> Bool? {
        actual.map { $0 >= target }
    }

    /// The converted IKM minus the target, in hundredths.
    public static func gap(ikmHundredths actual: Int?, target: Int) -> Int? {
        actual.map { $0 - target }
    }

    /// The year whose targets a report of the period from `from` to `to` reads: the year of its
    /// last day, so that a period spanning two years is held to the targets of the later one.
    public static func year(ofPeriodEnding to: CivilDate) -> Int { to.year }
}
