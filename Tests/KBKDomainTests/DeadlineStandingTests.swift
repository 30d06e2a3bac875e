import KBKDomain
import Testing

/// Where a deadline stands, worked out by hand on November 2026 (Friday the 6th, a holiday on
/// Wednesday the 11th).
@Suite struct DeadlineStandingTests {
    let calendar = WorkingCalendar(holidays: [try! CivilDate.parse("2026-11-11")])

    func standing(due: String, on today: String) throws -> DeadlineStanding {
        DeadlineStanding.of(due: try CivilDate.parse(due), today: try CivilDate.parse(today), calendar: calendar)
    }

    @Test func beforeOnAndAfterTheDueDay() throws {
        #expect(try standing(due: "2026-11-06", on: "2026-11-06") == .dueToday)
        // Monday to Friday: 4 working days left.
        #expect(try standing(due: "2026-11-06", on: "2026-11-02") == .left(workingDays: 4))
        // Due Friday, read on the Saturday and Sunday: overdue, though no working day has passed.
        #expect(try standing(due: "2026-11-06", on: "2026-11-07") == .overdue(workingDays: 0))
        #expect(try standing(due: "2026-11-06", on: "2026-11-08").isOverdue)
        #expect(try standing(due: "2026-11-06", on: "2026-11-08").workingDaysLeft == 0)
        // The Thursday after: Monday, Tuesday and Thursday (Wednesday a holiday).
        #expect(try standing(due: "2026-11-06", on: "2026-11-12") == .overdue(workingDays: 3))
        #expect(try standing(due: "2026-11-06", on: "2026-11-12").workingDaysLeft == -3)
    }

    @Test func dueSoonIsWithinTheWorkingDaysAndNeverOverdue() throws {
        #expect(try standing(due: "2026-11-06", on: "2026-11-04").isDue(within: 2))
        #expect(try !standing(due: "2026-11-06", on: "2026-11-03").isDue(within: 2))
        #expect(try standing(due: "2026-11-06", on: "2026-11-06").isDue(within: 0))
        #expect(try !standing(due: "2026-11-06", on: "2026-11-07").isDue(within: 2))
    }
}
