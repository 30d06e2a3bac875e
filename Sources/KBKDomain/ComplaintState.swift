/// The due dates an event left in force. Before the hand-over only verification has one.
public struct EventDueDates: Sendable, Hashable {
    public var verify: CivilDate?
    public var respond: CivilDate?
    public var settle: CivilDate?
    /// For an hour target: the instant the first response was due by.
    public var respondBy: Timestamp?

    public init(verify: CivilDate?, respond: CivilDate?, settle: CivilDate?, respondBy: Timestamp? = nil) {
        self.verify = verify
        self.respond = respond
        self.settle = settle
        self.respondBy = respondBy
    }

    public init(_ due: DueDates) {
        self.init(verify: due.verify, respond: due.respond, settle: due.settle, respondBy: due.respondBy)
    }
}

/// What one stored event says about its complaint: the facts a replay needs.
public struct EventFacts: Sendable, Hashable {
    public var action: ComplaintAction.Kind
    public var statusAfter: ComplaintStatus
    public var unitAfter: String?
    /// The office date of the event.
    public var localDate: CivilDate
    /// The due dates in force after the event (the event's own response or resolution is judged
    /// against them: neither changes a due date).
    public var due: EventDueDates
    /// For an assignment: the login the complaint went to.
    public var assignee: String?
    /// The event's instant, read when it is judged against an hour target (`due.respondBy`).
    public var at: Timestamp?

    public init(
        action: ComplaintAction.Kind, statusAfter: ComplaintStatus, unitAfter: String?, localDate: CivilDate,
        due: EventDueDates
    ) {
        self.action = action
        self.statusAfter = statusAfter
        self.unitAfter = unitAfter
        self.localDate = localDate
        self.due = due
    }
}

/// A complaint's state at an instant: what its events up to that instant left. This is the one
/// definition of "where a complaint stood" that the report (every section), the backlog,
/// `complaint list --overdue` and `complaint show` use; the derived columns of a complaint row are
/// a cache of it for the latest instant (a differential test compares the two on the demo).
public struct ComplaintState: Sendable, Hashable {
    public var status: ComplaintStatus = .received
    public var unit: String?
    public var due = EventDueDates(verify: nil, respond: nil, settle: nil)
    /// The office date of the first public response (a response, or a resolution before any).
    public var firstResponseOn: CivilDate?
    public var firstResponseOnTime = false
    /// The office date of the latest resolution, unless the complaint was reopened since.
    public var settledOn: CivilDate?
    public var settledOnTime = false
    public var reopened = false
    /// Whether the settlement deadline was extended.
    public var extended = false
    /// The login the complaint is assigned to (`complaint assign`), cleared when it passes on.
    public var assignedTo: String?
    /// Whether any event was applied: a complaint without events before an instant did not exist yet.
    public private(set) var hasEvents = false

    public init() {}

    /// The state with the derived values a complaint row keeps (for a row with no later change).
    public init(
        status: ComplaintStatus, unit: String?, due: EventDueDates, firstResponseOn: CivilDate?,
        firstResponseOnTime: Bool,
        settledOn: CivilDate?, settledOnTime: Bool, reopened: Bool
    ) {
        self.status = status
        self.unit = unit
        self.due = due
        self.firstResponseOn = firstResponseOn
        self.firstResponseOnTime = firstResponseOnTime
        self.settledOn = settledOn
        self.settledOnTime = settledOnTime
        self.reopened = reopened
        self.hasEvents = true
    }

    /// The state after `events`, applied in order.
    public static func after(_ events: some Sequence<EventFacts>) -> ComplaintState {
        var state = ComplaintState()
        for event in events { state.apply(event) }
        return state
    }

    public mutating func apply(_ event: EventFacts) {
        hasEvents = true
        status = event.statusAfter
        unit = event.unitAfter
        due = event.due
        switch event.action {
        case .respond, .resolve:
            if firstResponseOn == nil {
                firstResponseOn = event.localDate
                firstResponseOnTime =
                    OnTime.response(
                        at: event.at, on: event.localDate, respond: event.due.respond, respondBy: event.due.respondBy)
                    ?? false
            }
            if event.action == .resolve {
                settledOn = event.localDate
                settledOnTime = OnTime.settlement(on: event.localDate, settle: event.due.settle) ?? false
            }
        case .extend:
            extended = true
        case .assign:
            assignedTo = event.assignee
        case .reassign, .forward:
            assignedTo = nil
        case .reopen:
            reopened = true
            settledOn = nil
            settledOnTime = false
        default:
            break
        }
    }

    public var hasResponded: Bool { firstResponseOn != nil }

    /// Which deadline the complaint is running against, if any.
    public var runningDeadline: (stage: DeadlineStage, due: CivilDate)? {
        ComplaintState.runningDeadline(status: status, responded: hasResponded, due: due)
    }

    /// Overdue on `day`: the running deadline already passed.
    public func isOverdue(on day: CivilDate) -> Bool {
        runningDeadline.map { $0.due < day } ?? false
    }

    /// Verification until the hand-over, then the first response, then settlement. None while on
    /// hold (the clock pauses) or once resolved, closed or rejected.
    public static func runningDeadline(status: ComplaintStatus, responded: Bool, due: EventDueDates)
        -> (stage: DeadlineStage, due: CivilDate)?
    {
        guard let stage = runningStage(status: status, responded: responded) else { return nil }
        let date =
            switch stage {
            case .verify: due.verify
            case .respond: due.respond
            case .settle: due.settle
            }
        return date.map { (stage, $0) }
    }

    /// The stage whose clock runs in `status`: none on hold or once final.
    public static func runningStage(status: ComplaintStatus, responded: Bool) -> DeadlineStage? {
        switch status {
        case .received: .verify
        case .verified, .inProgress: responded ? .settle : .respond
        case .onHold, .resolved, .closed, .rejected, .forwarded: nil
        }
    }
}
