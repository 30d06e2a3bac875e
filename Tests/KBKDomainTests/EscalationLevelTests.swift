import Testing

@testable import KBKDomain

@Suite struct EscalationLevelTests {
    func date(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    /// Handed over on Monday 2 November 2026 with 10 working days, the deadline is Monday the 16th;
    /// with a holiday on Wednesday the 4th it is Tuesday the 17th, and every level comes a day later.
    @Test func aWorkingDayDeadlineReachesItsLevelsOnTheCalendarWithHolidays() {
        let plain = WorkingCalendar(holidays: [])
        let holiday = WorkingCalendar(holidays: [date("2026-11-04")])
        let start = date("2026-11-02")
        let due = plain.adding(workingDays: 10, to: start)
        let dueWithHoliday = holiday.adding(workingDays: 10, to: start)
        #expect(due.description == "2026-11-16")
        #expect(dueWithHoliday.description == "2026-11-17")
        func level(_ day: String, _ calendar: WorkingCalendar, _ due: CivilDate) -> EscalationLevel? {
            EscalationLevel.reached(start: start, due: due, today: date(day), calendar: calendar)
        }
        // 4 of 10 working days, then 5 (50 %), 7 (still 50 %), 8 (75 %); the due day is 75 %; overdue after.
        #expect(level("2026-11-06", plain, due) == nil)
        #expect(level("2026-11-09", plain, due) == .half)
        #expect(level("2026-11-11", plain, due) == .half)
        #expect(level("2026-11-12", plain, due) == .threeQuarters)
        #expect(level("2026-11-16", plain, due) == .threeQuarters)
        #expect(level("2026-11-17", plain, due) == .overdue)
        // The weekend counts nothing: Saturday and Sunday stand where Friday stood.
        #expect(level("2026-11-07", plain, due) == nil)
        #expect(level("2026-11-09", holiday, dueWithHoliday) == nil)
        #expect(level("2026-11-10", holiday, dueWithHoliday) == .half)
        #expect(level("2026-11-13", holiday, dueWithHoliday) == .threeQuarters)
        #expect(level("2026-11-17", holiday, dueWithHoliday) == .threeQuarters)
        #expect(level("2026-11-18", holiday, dueWithHoliday) == .overdue)
    }

    @Test func anHourTargetReachesItsLevelsByTheClock() throws {
        let start = try Timestamp.parse("2026-11-06T16:00:00+07:00")
        let dueBy = try Timestamp.parse("2026-11-07T16:00:00+07:00")
        func level(_ text: String) throws -> EscalationLevel? {
            EscalationLevel.reached(start: start, dueBy: dueBy, now: try Timestamp.parse(text))
        }
        #expect(try level("2026-11-07T03:59:59+07:00") == nil)
        #expect(try level("2026-11-07T04:00:00+07:00") == .half)
        #expect(try level("2026-11-07T10:00:00+07:00") == .threeQuarters)
        #expect(try level("2026-11-07T16:00:00+07:00") == .threeQuarters)
        #expect(try level("2026-11-07T16:00:01+07:00") == .overdue)
    }
}
