/// How far a running deadline has gone: `kbk escalate` sends one notice per complaint, stage and
/// level, at half and three quarters of the span to whoever holds the complaint, and once the
/// deadline has passed also to the leadership.
public enum EscalationLevel: Int, CaseIterable, Comparable, Sendable {
    case half = 50
    case threeQuarters = 75
    case overdue = 100

    public static func < (a: EscalationLevel, b: EscalationLevel) -> Bool { a.rawValue < b.rawValue }

    /// The level a working-day deadline has reached on `today`: the working days from `start` (the
    /// receipt or the hand-over) up to and including today, against those up to the due date; a
    /// notice early in the day warns of what the day's end will reach. Overdue once the due date has
    /// passed, as everywhere else.
    public static func reached(start: CivilDate, due: CivilDate, today: CivilDate, calendar: WorkingCalendar)
        -> EscalationLevel?
    {
        if today > due { return .overdue }
        let span = max(1, calendar.workingDays(from: start, to: due))
        let elapsed = max(0, calendar.workingDays(from: start, to: today))
        return level(elapsed: elapsed, span: span)
    }

    /// The level an hour target has reached at `now`, by clock seconds (holds are in `dueBy` already,
    /// and the share of the span they took is counted as elapsed, as with working days).
    public static func reached(start: Timestamp, dueBy: Timestamp, now: Timestamp) -> EscalationLevel? {
        if now > dueBy { return .overdue }
        let span = max(1, dueBy.secondsSinceEpoch - start.secondsSinceEpoch)
        return level(elapsed: max(0, now.secondsSinceEpoch - start.secondsSinceEpoch), span: span)
    }

    private static func level<N: BinaryInteger>(elapsed: N, span: N) -> EscalationLevel? {
        if elapsed * 4 >= span * 3 { return .threeQuarters }
        if elapsed * 2 >= span { return .half }
        return nil
    }
}

/// One official a deadline notice goes to, with the address their record had when it was sent.
public struct NoticeRecipient: Hashable, Sendable {
    public var login: String
    public var name: String
    public var email: String?
    /// In copy: the leadership told of an overdue complaint, beside whoever holds it.
    public var isCopy: Bool

    public init(login: String, name: String, email: String?, isCopy: Bool) {
        self.login = login
        self.name = name
        self.email = email
        self.isCopy = isCopy
    }
}

/// How a notice left: through the mail command, as a file in a folder, or not at all because none
/// of its recipients has an address (it stays in `kbk notices` and the complaint's history).
public enum NoticeDelivery: String, CaseIterable, Sendable {
    case mail, folder
    case noAddress = "no-address"
}

/// A deadline notice: which complaint, which deadline, the level it reached, and to whom. Before it
/// is recorded it has no id; once recorded it waits for delivery until `deliveredAt` is set.
public struct Notice: Hashable, Sendable {
    public var id: Int64?
    public var eventID: Int64?
    public var messageID: String?
    public var complaintID: Int64
    public var ticket: String
    public var subject: String
    public var status: ComplaintStatus
    public var unitCode: String?
    public var unitName: String?
    public var assignedTo: String?
    public var stage: DeadlineStage
    public var level: EscalationLevel
    public var due: CivilDate
    /// For an hour target: the instant the response is due by.
    public var dueBy: Timestamp?
    /// Working days from the notice's day to the due date; negative once overdue.
    public var workingDaysLeft: Int
    public var at: Timestamp
    public var recipients: [NoticeRecipient]
    public var deliveredAt: Timestamp?
    public var delivery: NoticeDelivery?
    public var lastError: String?

    public init(
        complaintID: Int64, ticket: String, subject: String, status: ComplaintStatus, unitCode: String?,
        unitName: String?, assignedTo: String?, stage: DeadlineStage, level: EscalationLevel, due: CivilDate,
        dueBy: Timestamp?, workingDaysLeft: Int, at: Timestamp, recipients: [NoticeRecipient]
    ) {
        self.complaintID = complaintID
        self.ticket = ticket
        self.subject = subject
        self.status = status
        self.unitCode = unitCode
        self.unitName = unitName
        self.assignedTo = assignedTo
        self.stage = stage
        self.level = level
        self.due = due
        self.dueBy = dueBy
        self.workingDaysLeft = workingDaysLeft
        self.at = at
        self.recipients = recipients
    }
}
