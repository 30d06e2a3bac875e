/// Where a running deadline stands on a day: the one definition the inbox, the complaint page,
/// lists and the web read, never recomputed at a door. A deadline is overdue once its due day has
/// passed, even when no working day lies between (due on Friday, read on Saturday: overdue by 0
/// working days, not "0 left").
public enum DeadlineStanding: Hashable, Sendable {
    /// Due today.
    case dueToday
    /// Due after today, with the working days to it.
    case left(workingDays: Int)
    /// Due before today, with the working days since (0 over a weekend or holiday).
    case overdue(workingDays: Int)

    /// What "due soon" means by default in an inbox: within this many working days.
    public static let dueSoonWorkingDays = 2
    /// How far ahead an official may ask "due soon" to look.
    public static let dueSoonRange = 0...60

    public static func of(due: CivilDate, today: CivilDate, calendar: WorkingCalendar) -> DeadlineStanding {
        if due == today { return .dueToday }
        if due > today { return .left(workingDays: calendar.workingDays(from: today, to: due)) }
        return .overdue(workingDays: calendar.workingDays(from: due, to: today))
    }

    public var isOverdue: Bool { if case .overdue = self { true } else { false } }

    /// Due within `workingDays` working days from today, not yet overdue ("due soon").
    public func isDue(within workingDays: Int) -> Bool {
        switch self {
        case .dueToday: true
        case .left(let days): days <= workingDays
        case .overdue: false
        }
    }

    /// Working days to the due day, negative once overdue (0 when due today, and when overdue over
    /// a weekend): the number scripts read as `working_days_left`.
    public var workingDaysLeft: Int {
        switch self {
        case .dueToday: 0
        case .left(let days): days
        case .overdue(let days): -days
        }
    }
}

/// How a list picks complaints by their running deadline (`complaint list --due`, the web's filter).
public enum DueState: String, CaseIterable, Sendable {
    /// Due within `DeadlineStanding.dueSoonWorkingDays` working days, not yet overdue.
    case dueSoon = "due-soon"
    /// Its running deadline has passed.
    case overdue
    /// On hold: no deadline runs until it resumes.
    case paused

    /// Whether a running deadline that stands so is in this state (paused: none runs).
    public func holds(_ standing: DeadlineStanding) -> Bool {
        switch self {
        case .dueSoon: standing.isDue(within: DeadlineStanding.dueSoonWorkingDays)
        case .overdue: standing.isOverdue
        case .paused: false
        }
    }
}
