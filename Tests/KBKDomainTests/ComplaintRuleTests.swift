import KBKDomain
import Testing

/// The life cycle restated independently of ComplaintLifecycle.table: every status × action pair.
let expectedTransitions: [ComplaintStatus: [ComplaintAction.Kind: ComplaintStatus]] = [
    .received: [
        .verify: .verified, .note: .received, .hold: .onHold, .reject: .rejected, .forward: .forwarded,
        .edit: .received,
    ],
    .verified: [
        .reassign: .verified, .respond: .inProgress, .note: .verified, .hold: .onHold, .resolve: .resolved,
        .reject: .rejected, .assign: .verified, .extend: .verified, .forward: .forwarded, .edit: .verified,
    ],
    .inProgress: [
        .reassign: .inProgress, .respond: .inProgress, .note: .inProgress, .hold: .onHold, .resolve: .resolved,
        .reject: .rejected, .assign: .inProgress, .extend: .inProgress, .forward: .forwarded, .edit: .inProgress,
    ],
    .onHold: [
        .resume: .verified, .note: .onHold, .assign: .onHold, .extend: .onHold, .reassign: .onHold,
        .edit: .onHold,
    ],
    .resolved: [.note: .resolved, .reopen: .inProgress, .close: .closed, .edit: .resolved],
    .closed: [:],
    .rejected: [:],
    .forwarded: [:],
]

struct StatusActionPair: CustomTestStringConvertible, Sendable {
    let status: ComplaintStatus
    let action: ComplaintAction.Kind
    var testDescription: String { "\(status.rawValue) × \(action.rawValue)" }

    static let all = ComplaintStatus.allCases.flatMap { status in
        ComplaintAction.Kind.allCases.map { StatusActionPair(status: status, action: $0) }
    }
}

@Suite struct ComplaintLifecycleTests {
    @Test(arguments: StatusActionPair.all)
    func everyStatusActionPair(_ pair: StatusActionPair) {
        let expected = expectedTransitions[pair.status]?[pair.action]
        #expect(ComplaintLifecycle.next(from: pair.status, action: pair.action, heldFrom: .verified) == expected)
    }

    @Test func resumeReturnsToTheStatusBeforeTheHold() {
        #expect(ComplaintLifecycle.next(from: .onHold, action: .resume, heldFrom: .inProgress) == .inProgress)
        #expect(ComplaintLifecycle.next(from: .onHold, action: .resume, heldFrom: .verified) == .verified)
    }

    @Test func finalStatusesAllowNothing() {
        #expect(ComplaintLifecycle.allowed(from: .closed).isEmpty)
        #expect(ComplaintLifecycle.allowed(from: .rejected).isEmpty)
        #expect(ComplaintLifecycle.allowed(from: .forwarded).isEmpty)
        #expect(ComplaintStatus.closed.isFinal && ComplaintStatus.rejected.isFinal && ComplaintStatus.forwarded.isFinal)
        #expect(ComplaintStatus.allCases.filter(\.isFinal).count == 3)
    }

    @Test(arguments: [
        (ComplaintStatus.received, ComplaintAction.Kind.resolve, ComplaintAction.Kind?.some(.verify)),
        (.received, .respond, .verify),
        (.onHold, .respond, .resume),
        (.resolved, .respond, .reopen),
        (.inProgress, .close, .resolve),
        (.verified, .close, .resolve),
        (.verified, .verify, nil),
        (.closed, .reopen, nil),
    ])
    func adviceNamesTheStepToTakeFirst(
        _ status: ComplaintStatus, _ action: ComplaintAction.Kind, _ first: ComplaintAction.Kind?
    ) {
        #expect(ComplaintLifecycle.prerequisite(for: action, from: status, heldFrom: .verified) == first)
    }
}

@Suite struct WorkingCalendarTests {
    let calendar = WorkingCalendar(
        holidays: Set(["2026-12-25", "2026-12-24", "2027-01-01", "2026-08-17"].map { try! CivilDate.parse($0) }))

    func date(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    @Test(arguments: [
        ("2026-11-16", 3, "2026-11-19"), // Monday + 3 = Thursday
        ("2026-11-13", 3, "2026-11-18"), // Friday + 3 = Wednesday
        ("2026-11-14", 3, "2026-11-18"), // Saturday + 3 = Wednesday
        ("2026-11-15", 3, "2026-11-18"), // Sunday + 3 = Wednesday
        ("2026-11-20", 5, "2026-11-27"), // a whole week
        ("2026-08-14", 1, "2026-08-18"), // Friday, then Independence Day on Monday
        ("2026-12-23", 3, "2026-12-30"), // Christmas and collective leave
        ("2026-12-29", 3, "2027-01-04"), // across New Year's Day
        ("2026-12-31", 1, "2027-01-04"),
        ("2026-11-18", 0, "2026-11-18"),
        ("2026-11-16", 14, "2026-12-04"),
        ("2026-11-16", 60, "2027-02-11"),
    ])
    func addingWorkingDays(_ start: String, _ count: Int, _ expected: String) {
        #expect(calendar.adding(workingDays: count, to: date(start)).description == expected)
    }

    @Test(arguments: [
        ("2026-11-16", "2026-11-19", 3), ("2026-11-13", "2026-11-16", 1), ("2026-11-14", "2026-11-15", 0),
        ("2026-12-23", "2026-12-28", 1), ("2026-11-19", "2026-11-16", -3), ("2026-11-16", "2026-11-16", 0),
        // 2026 has 261 weekdays; less 1 January itself and three weekday holidays.
        ("2026-01-01", "2026-12-31", 257),
    ])
    func countingWorkingDays(_ start: String, _ end: String, _ expected: Int) {
        #expect(calendar.workingDays(from: date(start), to: date(end)) == expected)
    }

    /// Counting back what was added gives the count again, on every start day of two years.
    @Test func countingInvertsAdding() {
        var start = date("2026-01-01")
        while start < date("2028-01-01") {
            for count in [1, 3, 5, 14] {
                let due = calendar.adding(workingDays: count, to: start)
                #expect(calendar.workingDays(from: start, to: due) == count)
                #expect(calendar.isWorkingDay(due))
            }
            start = start.adding(days: 1)
        }
    }

    /// Six days: Saturdays work, Sundays and holidays do not. Every day: holidays too.
    @Test(arguments: [
        (WorkingWeek.sixDays, "2026-11-13", 3, "2026-11-17"), // Friday, Saturday, Monday, Tuesday
        (.sixDays, "2026-12-23", 3, "2026-12-29"), // Christmas Eve and Day off, Saturday 26th works
        (.everyDay, "2026-11-13", 3, "2026-11-16"),
        (.everyDay, "2026-12-23", 3, "2026-12-26"), // a hospital works on Christmas
        (.everyDay, "2026-11-16", 14, "2026-11-30"),
    ])
    func otherWorkingWeeks(_ week: WorkingWeek, _ start: String, _ count: Int, _ expected: String) {
        let other = calendar.on(week)
        #expect(other.adding(workingDays: count, to: date(start)).description == expected)
        #expect(other.workingDays(from: date(start), to: date(expected)) == count)
    }

    @Test(arguments: WorkingWeek.allCases)
    func countingInvertsAddingOnEveryWeek(_ week: WorkingWeek) {
        let other = calendar.on(week)
        var start = date("2026-01-01")
        while start < date("2027-02-01") {
            for count in [1, 5, 14, 60] {
                let due = other.adding(workingDays: count, to: start)
                #expect(other.workingDays(from: start, to: due) == count)
                #expect(other.isWorkingDay(due))
            }
            start = start.adding(days: 1)
        }
        #expect(other.isWorkingDay(date("2026-11-14")) == (week != .fiveDays)) // a Saturday
        #expect(other.isWorkingDay(date("2026-12-25")) == (week == .everyDay))
    }

    @Test func weekendsAndHolidaysAreNotWorkingDays() {
        #expect(!calendar.isWorkingDay(date("2026-11-14")))
        #expect(!calendar.isWorkingDay(date("2026-11-15")))
        #expect(!calendar.isWorkingDay(date("2026-12-25")))
        #expect(calendar.isWorkingDay(date("2026-11-16")))
    }

    @Test func theDayOfReceiptIsTheOfficesLocalDate() throws {
        // Friday 23:30 WIB is still Friday in the office, though Friday 16:30 in UTC.
        let friday = try Timestamp.parse("2026-11-13T23:30:00+07:00")
        #expect(friday.date(in: .wib).description == "2026-11-13")
        // One second after local midnight it is Saturday in the office, still Friday in UTC.
        let saturday = try Timestamp.parse("2026-11-13T17:00:01Z")
        #expect(saturday.date(in: .wib).description == "2026-11-14")
        #expect(saturday.date(in: .utc).description == "2026-11-13")
        // A Thursday 23:59 receipt is due on Tuesday; one minute later (Friday) on Wednesday.
        let deadlines = Deadlines(settleDays: 14)
        let thursday = try Timestamp.parse("2026-11-12T23:59:00+07:00").date(in: .wib)
        let fridayMidnight = try Timestamp.parse("2026-11-13T00:00:00+07:00").date(in: .wib)
        #expect(
            DueDates.compute(
                receivedOn: thursday, handedOver: nil, timeZone: .wib, deadlines: deadlines, heldWorkingDays: 0,
                calendar: calendar
            ).verify.description == "2026-11-17")
        #expect(
            DueDates.compute(
                receivedOn: fridayMidnight, handedOver: nil, timeZone: .wib, deadlines: deadlines, heldWorkingDays: 0,
                calendar: calendar
            ).verify.description == "2026-11-18")
    }

    @Test func holdsExtendResponseAndSettlementButNotVerification() {
        let deadlines = Deadlines(verifyDays: 3, respondDays: 5, settleDays: 14)
        let plain = DueDates.compute(
            receivedOn: date("2026-11-13"), handedOver: Timestamp(startOf: date("2026-11-16"), in: .wib),
            timeZone: .wib, deadlines: deadlines, heldWorkingDays: 0, calendar: calendar)
        let held = DueDates.compute(
            receivedOn: date("2026-11-13"), handedOver: Timestamp(startOf: date("2026-11-16"), in: .wib),
            timeZone: .wib, deadlines: deadlines, heldWorkingDays: 4, calendar: calendar)
        #expect(plain.verify == held.verify)
        #expect(plain.respond?.description == "2026-11-23")
        #expect(held.respond?.description == "2026-11-27")
        #expect(plain.settle?.description == "2026-12-04")
        #expect(held.settle?.description == "2026-12-10")
    }

    /// Clock hours, not working hours: a Friday-morning hand-over with a 24-hour target is due on
    /// Saturday morning, and a hold moves it on by the time it lasted; working days are untouched.
    @Test func anHourTargetCountsClockHoursFromTheHandOverAndPausesOnHold() throws {
        let deadlines = Deadlines(verifyDays: 3, respondDays: 5, settleDays: 14, respondHours: 24)
        let handedOver = try Timestamp.parse("2026-11-13T10:00:00+07:00")
        let plain = DueDates.compute(
            receivedOn: date("2026-11-12"), handedOver: handedOver, timeZone: .wib, deadlines: deadlines,
            heldWorkingDays: 0, calendar: calendar)
        #expect(plain.respondBy?.iso8601(in: .wib) == "2026-11-14T10:00:00+07:00")
        #expect(plain.respond?.description == "2026-11-14")
        #expect(plain.settle?.description == "2026-12-03")
        let held = DueDates.compute(
            receivedOn: date("2026-11-12"), handedOver: handedOver, timeZone: .wib, deadlines: deadlines,
            heldWorkingDays: 0, heldSeconds: 3 * 3600 + 60, calendar: calendar)
        #expect(held.respondBy?.iso8601(in: .wib) == "2026-11-14T13:01:00+07:00")
        let onTime = try Timestamp.parse("2026-11-14T10:00:00+07:00")
        let late = try Timestamp.parse("2026-11-14T10:00:01+07:00")
        #expect(plain.respondsInTime(at: onTime, on: onTime.date(in: .wib)) == true)
        #expect(plain.respondsInTime(at: late, on: late.date(in: .wib)) == false)
        // The same day is late by the hour; a day target would have judged it by the date alone.
        let byDays = DueDates.compute(
            receivedOn: date("2026-11-12"), handedOver: handedOver, timeZone: .wib,
            deadlines: Deadlines(verifyDays: 3, respondDays: 5, settleDays: 14), heldWorkingDays: 0,
            calendar: calendar)
        #expect(byDays.respondBy == nil)
        #expect(byDays.respondsInTime(at: late, on: date("2026-11-20")) == true)
        #expect(byDays.respondsInTime(at: late, on: date("2026-11-21")) == false)
    }
}

@Suite struct TicketTests {
    @Test(arguments: [
        ("ADU-2026-00012", 2026, 12), ("adu-2026-00001", 2026, 1), ("ADU-2027-123456", 2027, 123_456),
        (" ADU-2026-00012 ", 2026, 12), ("ADU-2026-999999999999999999", 2026, 999_999_999_999_999_999),
    ])
    func ticketsParse(_ text: String, _ year: Int, _ sequence: Int) throws {
        let ticket = try Ticket.parse(text)
        #expect(ticket == Ticket(year: year, sequence: sequence))
    }

    @Test(arguments: [
        "ADU-2026-12", "ADU-26-00012", "PGD-2026-00012", "ADU-2026-00000", "ADU-2026-0001x", "", "ADU202600012",
        "ADU-2026-00012-", "ADU-2O26-00012", "ADU-2026-99999999999999999999999",
    ])
    func badTicketsAreMalformed(_ text: String) {
        #expect(throws: DomainError.self) { try Ticket.parse(text) }
    }

    @Test func ticketsPrintWithFiveDigits() {
        #expect(Ticket(year: 2026, sequence: 12).description == "ADU-2026-00012")
        #expect(Ticket(year: 2026, sequence: 123_456).description == "ADU-2026-123456")
    }
}
