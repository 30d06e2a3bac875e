/// Days allowed for each stage, from a complaint's category (LAPOR! policy defaults).
public struct Deadlines: Sendable, Hashable {
    public var verifyDays: Int
    public var respondDays: Int
    public var settleDays: Int
    /// A first-response target in clock hours from the hand-over (a service standard's "1 × 24 jam"),
    /// which replaces `respondDays` when set.
    public var respondHours: Int?

    public static let dayRange = 1...365
    public static let hourRange = 1...720
    /// The deadlines a class has unless it sets its own (SP4N-LAPOR!, docs/SOURCES.md): 3 working
    /// days to verify and hand over, 5 to a first response; each class sets its settlement.
    public static let defaultVerifyDays = 3
    public static let defaultRespondDays = 5

    public init(
        verifyDays: Int = defaultVerifyDays, respondDays: Int = defaultRespondDays, settleDays: Int,
        respondHours: Int? = nil
    ) {
        self.verifyDays = verifyDays
        self.respondDays = respondDays
        self.settleDays = settleDays
        self.respondHours = respondHours
    }

    /// How the first response is counted: in working days (clearing an hour target) or clock hours.
    public enum ResponseTarget: Sendable, Hashable {
        case workingDays(Int)
        case hours(Int)
    }

    public mutating func setResponse(_ target: ResponseTarget) {
        switch target {
        case .workingDays(let days):
            respondDays = days
            respondHours = nil
        case .hours(let hours):
            respondHours = hours
        }
    }

    /// Both counted from hand-over: a settlement due before the first response is a contradiction.
    public func check(category: String) throws(DomainError) {
        guard settleDays >= respondDays else {
            throw .rule(.settleBeforeResponse(category: category, respondDays: respondDays, settleDays: settleDays))
        }
    }
}

/// The due dates of one complaint: verification counted from receipt, first response and settlement
/// from hand-over. Working days on hold move the dates of the stage they paused on.
public struct DueDates: Sendable, Hashable {
    public var verify: CivilDate
    public var respond: CivilDate?
    public var settle: CivilDate?
    /// The instant the first response is due by, for a category that counts it in clock hours; the
    /// response is on time when it comes at or before it, and `respond` is its office date.
    public var respondBy: Timestamp?

    public init(verify: CivilDate, respond: CivilDate?, settle: CivilDate?, respondBy: Timestamp? = nil) {
        self.verify = verify
        self.respond = respond
        self.settle = settle
        self.respondBy = respondBy
    }

    /// The years its deadlines fall in: each must have its national days recorded, or the days
    /// count Lebaran as a working day (`kbk check`, `inbox` and `escalate` warn; the store's
    /// `yearsWithoutNationalDaysAmongOpenDeadlines` reads the same three columns).
    public var years: Set<Int> { Set([verify, respond, settle].compactMap { $0?.year }) }

    /// `heldSeconds` is the clock time on hold after the hand-over: an hour target pauses like a
    /// day target, by the time the complaint actually waited. Verification is the government desk's
    /// and counts on `deskCalendar` (the office's week); the later dates on the holding unit's `calendar`.
    public static func compute(
        receivedOn: CivilDate, handedOver: Timestamp?, timeZone: UTCOffset, deadlines: Deadlines,
        heldWorkingDays: Int, heldSeconds: Int = 0, verifyHeldWorkingDays: Int = 0, extendedWorkingDays: Int = 0,
        calendar: WorkingCalendar, deskCalendar: WorkingCalendar? = nil
    ) -> DueDates {
        let handedOverOn = handedOver?.date(in: timeZone)
        var respondBy: Timestamp?
        if let handedOver, let hours = deadlines.respondHours {
            respondBy = Timestamp(
                secondsSinceEpoch: handedOver.secondsSinceEpoch + Int64(hours) * 3600 + Int64(heldSeconds))
        }
        return DueDates(
            verify: (deskCalendar ?? calendar).adding(
                workingDays: deadlines.verifyDays + verifyHeldWorkingDays, to: receivedOn),
            respond: respondBy?.date(in: timeZone)
                ?? handedOverOn.map { calendar.adding(workingDays: deadlines.respondDays + heldWorkingDays, to: $0) },
            settle: handedOverOn.map {
                calendar.adding(workingDays: deadlines.settleDays + heldWorkingDays + extendedWorkingDays, to: $0)
            },
            respondBy: respondBy)
    }

    /// Whether a first response at `instant` (office date `date`) meets the response deadline.
    public func respondsInTime(at instant: Timestamp, on date: CivilDate) -> Bool? {
        OnTime.response(at: instant, on: date, respond: respond, respondBy: respondBy)
    }

    /// Whether a resolution on office date `date` meets the settlement deadline.
    public func settlesInTime(on date: CivilDate) -> Bool? { OnTime.settlement(on: date, settle: settle) }
}

/// When a deadline is met: one definition for the action that meets it (`Complaint.apply`), the
/// replay the reports make of a complaint's events (`ComplaintState`) and the complaint page.
public enum OnTime {
    /// A first response: by the instant of an hour target, else on or before the due day; nil
    /// without a response deadline.
    public static func response(at instant: Timestamp?, on date: CivilDate, respond: CivilDate?, respondBy: Timestamp?)
        -> Bool?
    {
        if let respondBy, let instant { return instant <= respondBy }
        return respond.map { date <= $0 }
    }

    /// A resolution: on or before the settlement's due day; nil without one.
    public static func settlement(on date: CivilDate, settle: CivilDate?) -> Bool? {
        settle.map { byDueDay(date, due: $0) }
    }

    /// A deadline counted in days (verification, settlement): met on or before its due day.
    public static func byDueDay(_ date: CivilDate, due: CivilDate) -> Bool { date <= due }
}

public enum DeadlineStage: String, Sendable, CaseIterable {
    case verify, respond, settle
}

/// When an event keyed in after the fact counts as entered late: the trail's own measure of how
/// much of a period was written down afterwards (`--at`, `--received`), reported per unit.
public enum LateEntry {
    /// The working days an event may be entered after the day it claims: the next working day is
    /// still in time (a letter received late on Friday is keyed in on Monday).
    public static let workingDaysAllowed = 1

    /// Whether an event claiming `claimed` and entered on `entered` was entered late.
    public static func isLate(claimed: CivilDate, entered: CivilDate, calendar: WorkingDayIndex) -> Bool {
        calendar.workingDays(from: claimed, to: entered) > workingDaysAllowed
    }
}

/// Perpres 76/2013: a complaint is settled within 60 days of its complete file, which kbk takes as
/// the hand-over (verification). Those are calendar days, so a settlement counted in working days
/// (the 60-working-day class, or an extension) may fall after them.
public enum PerpresSettlementLimit {
    public static let calendarDays = 60

    /// The last day Perpres 76/2013 allows for `complaint`, when its settlement is still to come and
    /// its deadline falls after that day; nil otherwise (no hand-over yet, settled, ended, or within).
    public static func exceeded(by complaint: Complaint) -> CivilDate? {
        guard complaint.status.isOpen, let handedOver = complaint.handedOverOn, let settle = complaint.due.settle
        else { return nil }
        let limit = handedOver.adding(days: calendarDays)
        return settle > limit ? limit : nil
    }
}
