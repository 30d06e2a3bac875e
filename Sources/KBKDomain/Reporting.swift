/// The span of civil dates a report covers, both ends included.
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    public let from: CivilDate
    public let to: CivilDate
    /// How it was asked for: "2026-Q3", "2026-11", or "2026-01-01..2026-03-31".
    public let label: String

    public init(from: CivilDate, to: CivilDate, label: String? = nil) throws(DomainError) {
        try ReportPeriod.checkOrder(from: from, to: to)
        self.from = from
        self.to = to
        self.label = label ?? "\(from)..\(to)"
    }

    public var description: String { label }

    /// The rule of every span of dates a person gives (a report's period, a list's `--from`/`--to`):
    /// the first day is not after the last.
    public static func checkOrder(
        from: CivilDate, to: CivilDate, fromField: String = "--from", toField: String = "--to"
    ) throws(DomainError) {
        guard from <= to else { throw .rule(.dateBefore(field: toField, value: to, other: fromField, limit: from)) }
    }

    /// The period of the same length just before this one: as many whole months when it is whole
    /// months (2023 → 2022, 2026-Q3 → 2026-Q2), else as many days, labelled as `parse` would read it.
    public var previous: ReportPeriod {
        let after = to.adding(days: 1)
        let start: CivilDate
        if from.day == 1 && after.day == 1 {
            let months = (after.year - from.year) * 12 + after.month - from.month
            start = from.adding(months: -months)
        } else {
            start = from.adding(days: -(to.daysSinceEpoch - from.daysSinceEpoch + 1))
        }
        let end = from.adding(days: -1)
        // The order holds by construction: `start` is at least a day before `from`.
        return (try? ReportPeriod(from: start, to: end, label: ReportPeriod.calendarLabel(from: start, to: end)))
            ?? self
    }

    /// The label of a span that is a calendar year, half, quarter or month ("2025", "2025-S2",
    /// "2025-Q3", "2025-07"), as `parse` reads it; nil for any other span.
    static func calendarLabel(from start: CivilDate, to end: CivilDate) -> String? {
        guard start.day == 1, end.adding(days: 1).day == 1, start.year == end.year else { return nil }
        let months = end.month - start.month + 1
        switch (months, start.month) {
        case (12, 1): return String(start.year)
        case (6, 1), (6, 7): return "\(start.year)-S\(start.month == 1 ? 1 : 2)"
        case (3, 1), (3, 4), (3, 7), (3, 10): return "\(start.year)-Q\((start.month - 1) / 3 + 1)"
        case (1, _): return "\(start.year)-" + (start.month < 10 ? "0" : "") + String(start.month)
        default: return nil
        }
    }

    /// The instant the period ends: the office's midnight after its last day. Events before it count.
    public func end(in offset: UTCOffset) -> Timestamp { Timestamp(startOf: to.adding(days: 1), in: offset) }

    /// Parses `2026`, `2026-Q3`, `2026-S1` or `2026-11`.
    public static func parse(_ text: String) throws(DomainError) -> ReportPeriod {
        let expected = "a year (2026), quarter (2026-Q3), half (2026-S1) or month (2026-11)"
        let upper = text.trimmingWhitespace().uppercased()
        let parts = upper.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, let year = parseDigits(ArraySlice(yearText.utf8)),
            year >= 1
        else {
            throw .malformed(field: "period", value: text, expected: expected)
        }
        guard CivilDate.plausibleYears.contains(year) else {
            throw .invalid(field: "period", value: text, reason: .implausibleYear(CivilDate.plausibleYears))
        }
        func span(_ firstMonth: Int, _ months: Int) -> ReportPeriod {
            let from = CivilDate(year: year, month: firstMonth, day: 1)!
            let to = from.adding(months: months).adding(days: -1)
            return (try? ReportPeriod(from: from, to: to, label: upper)) ?? ReportPeriod(unchecked: from, to)
        }
        switch parts.count {
        case 1: return span(1, 12)
        case 2:
            let rest = parts[1]
            if rest.count == 2, rest.first == "Q", let quarter = Int(rest.dropFirst()), (1...4).contains(quarter) {
                return span((quarter - 1) * 3 + 1, 3)
            }
            if rest.count == 2, rest.first == "S", let half = Int(rest.dropFirst()), (1...2).contains(half) {
                return span((half - 1) * 6 + 1, 6)
            }
            if rest.count == 2, let month = parseDigits(ArraySlice(rest.utf8)), (1...12).contains(month) {
                return span(month, 1)
            }
            throw .malformed(field: "period", value: text, expected: expected)
        default:
            throw .malformed(field: "period", value: text, expected: expected)
        }
    }

    private init(unchecked from: CivilDate, _ to: CivilDate) {
        self.from = from
        self.to = to
        label = "\(from)..\(to)"
    }
}

/// Medians and percentiles as the reports define them.
public enum Statistics {
    /// The middle value; the mean of the two middle values when the count is even. Nil when empty.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The nearest-rank percentile: the smallest value with at least `p` percent of values at or below it.
    public static func percentile(_ p: Int, of values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = (p * sorted.count + 99) / 100 // ceil(p/100 × n)
        return Double(sorted[max(rank, 1) - 1])
    }

    /// `part / whole`, or nil when there is nothing to divide by.
    public static func rate(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}

/// Working days between any two dates of a span in constant time, from a running count per day.
public struct WorkingDayIndex: Sendable {
    let first: CivilDate
    let counts: [Int]
    let calendar: WorkingCalendar

    public init(calendar: WorkingCalendar, from: CivilDate, to: CivilDate) {
        self.calendar = calendar
        first = from
        var counts: [Int] = []
        counts.reserveCapacity(max(0, to.daysSinceEpoch - from.daysSinceEpoch + 1))
        var running = 0
        var day = from
        while day <= to {
            if calendar.isWorkingDay(day) { running += 1 }
            counts.append(running)
            day = day.adding(days: 1)
        }
        self.counts = counts
    }

    /// Working days after `start` up to and including `end` (as WorkingCalendar.workingDays).
    public func workingDays(from start: CivilDate, to end: CivilDate) -> Int {
        let a = start.daysSinceEpoch - first.daysSinceEpoch
        let b = end.daysSinceEpoch - first.daysSinceEpoch
        guard a >= 0, b >= 0, a < counts.count, b < counts.count else {
            return calendar.workingDays(from: start, to: end)
        }
        return counts[b] - counts[a]
    }
}

extension String {
    /// `value` with exactly `places` decimals, rounded half away from zero ("88.31"), without Foundation.
    public init(format1 value: Double, places: Int) {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let whole = scaled / scale
        let fractionText = String(scaled % scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        self =
            places == 0
            ? sign + String(whole)
            : sign + "\(whole)." + String(repeating: "0", count: places - fractionText.count) + fractionText
    }
}
