/// Working days: Monday to Friday, less public holidays and collective leave days.
public struct WorkingCalendar: Sendable {
    public let holidays: Set<CivilDate>
    /// The holidays as day numbers: a due date walks day by day, and a bulk import computes millions.
    private let holidayNumbers: Set<Int>

    public init(holidays: Set<CivilDate> = []) {
        self.holidays = holidays
        holidayNumbers = Set(holidays.map(\.daysSinceEpoch))
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        isWorkingDay(number: date.daysSinceEpoch)
    }

    private func isWorkingDay(number day: Int) -> Bool {
        // 1970-01-01 (day 0) was a Thursday: weekday index 0 = Monday … 6 = Sunday.
        let weekday = ((day + 3) % 7 + 7) % 7
        return weekday < 5 && (holidayNumbers.isEmpty || !holidayNumbers.contains(day))
    }

    /// The date `count` working days after `date` (not counting `date` itself): 3 working days after
    /// a Friday, or after the Saturday or Sunday that follows it, is the next Wednesday.
    public func adding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        var day = date.daysSinceEpoch
        var remaining = count
        while remaining > 0 {
            day += 1
            if isWorkingDay(number: day) { remaining -= 1 }
        }
        return CivilDate(daysSinceEpoch: day)
    }

    /// Working days after `start` up to and including `end`; negative when `end` is before `start`.
    public func workingDays(from start: CivilDate, to end: CivilDate) -> Int {
        if end < start { return -workingDays(from: end, to: start) }
        // Whole weeks hold five weekdays each; walk only the remainder.
        let span = end.daysSinceEpoch - start.daysSinceEpoch
        var weekdays = span / 7 * 5
        var day = start.adding(days: span / 7 * 7)
        while day < end {
            day = day.adding(days: 1)
            if day.isoWeekday <= 5 { weekdays += 1 }
        }
        let holidaysInside = holidays.reduce(0) { count, holiday in
            count + (start < holiday && holiday <= end && holiday.isoWeekday <= 5 ? 1 : 0)
        }
        return weekdays - holidaysInside
    }
}

/// Where a day off comes from: a national public holiday or a collective leave day (cuti bersama)
/// set by the joint ministerial decree of the year, or a day the office recorded itself.
public enum HolidayKind: String, CaseIterable, Sendable {
    case national, collective, local

    public static func parse(_ text: String) throws(DomainError) -> HolidayKind {
        try parseChoice(text, field: "kind")
    }
}

/// A day that is not a working day, with what made it one.
public struct Holiday: Sendable, Equatable {
    public var date: CivilDate
    public var name: String
    public var kind: HolidayKind
    /// The decree that set it (`SKB 1497/2025, 2/2025, 5/2025`); nil for most days recorded by hand.
    public var source: String?

    public init(date: CivilDate, name: String, kind: HolidayKind = .local, source: String? = nil) {
        self.date = date
        self.name = name
        self.kind = kind
        self.source = source
    }
}
