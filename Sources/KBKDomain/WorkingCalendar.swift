/// Working days: Monday to Friday, less public holidays and collective leave days.
public struct WorkingCalendar: Sendable {
    public let holidays: Set<CivilDate>

    public init(holidays: Set<CivilDate> = []) {
        self.holidays = holidays
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        date.isoWeekday <= 5 && !holidays.contains(date)
    }

    /// The date `count` working days after `date` (not counting `date` itself): 3 working days after
    /// a Friday, or after the Saturday or Sunday that follows it, is the next Wednesday.
    public func adding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        var day = date
        var remaining = count
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
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
