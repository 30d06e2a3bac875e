/// The days a week a unit serves. Civil servants work five (Perpres 21/2023); a unit that serves
/// the public directly may set others (article 7): a health centre open on Saturdays, a hospital's
/// emergency room or the fire service every day.
public enum WorkingWeek: Int, CaseIterable, Sendable {
    /// Monday to Friday, less holidays and collective leave.
    case fiveDays = 5
    /// Monday to Saturday, less holidays and collective leave.
    case sixDays = 6
    /// Every day, holidays included: a service that never closes.
    case everyDay = 7

    public static func parse(_ text: String) throws(DomainError) -> WorkingWeek {
        guard let days = Int(text), let week = WorkingWeek(rawValue: days) else {
            throw DomainError.notAllowed(field: "working week", value: text, allowed: ["5", "6", "7"])
        }
        return week
    }
}

/// Working days of a working week, less public holidays and collective leave days (none for a
/// unit that serves every day).
public struct WorkingCalendar: Sendable {
    public let holidays: Set<CivilDate>
    public let week: WorkingWeek
    /// The holidays as day numbers: a due date walks day by day, and a bulk import computes millions.
    private let holidayNumbers: Set<Int>

    public init(holidays: Set<CivilDate> = [], week: WorkingWeek = .fiveDays) {
        self.week = week
        self.holidays = week == .everyDay ? [] : holidays
        holidayNumbers = Set(self.holidays.map(\.daysSinceEpoch))
    }

    /// The same holidays on another working week.
    public func on(_ week: WorkingWeek) -> WorkingCalendar {
        week == self.week ? self : WorkingCalendar(holidays: holidays, week: week)
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        isWorkingDay(number: date.daysSinceEpoch)
    }

    private func isWorkingDay(number day: Int) -> Bool {
        // 1970-01-01 (day 0) was a Thursday: weekday index 0 = Monday … 6 = Sunday.
        let weekday = ((day + 3) % 7 + 7) % 7
        return weekday < week.rawValue && (holidayNumbers.isEmpty || !holidayNumbers.contains(day))
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
        // Whole weeks hold the week's working days each; walk only the remainder.
        let span = end.daysSinceEpoch - start.daysSinceEpoch
        let days = week.rawValue
        var weekdays = span / 7 * days
        var day = start.adding(days: span / 7 * 7)
        while day < end {
            day = day.adding(days: 1)
            if day.isoWeekday <= days { weekdays += 1 }
        }
        let holidaysInside = holidays.reduce(0) { count, holiday in
            count + (start < holiday && holiday <= end && holiday.isoWeekday <= days ? 1 : 0)
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
