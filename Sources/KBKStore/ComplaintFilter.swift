import KBKDomain

/// What a list of complaints selects (`complaint list`, the web's complaints page), and its order.
public struct ComplaintFilter: Sendable {
    public var unit: UnitCode?
    /// With the units under `unit` (a kecamatan's kelurahan, an agency's UPT).
    public var includeUnitsUnder = false
    /// Only those no unit holds yet (received, or held before their hand-over).
    public var withoutUnit = false
    public var kind: ComplaintKind?
    /// The order of the list: newest received first unless asked otherwise.
    public var order = ComplaintOrder.newest
    public var statuses: [ComplaintStatus] = []
    /// Also (or, without `statuses`, only) those settled now: resolved, or closed after a resolution.
    public var settled = false
    public var category: CategoryCode?
    public var topic: String?
    /// Only those about this place: a desa or kelurahan (10 digits), or any of a kecamatan's (7).
    public var place: String?
    public var channel: Channel?
    /// Only those whose running deadline stands so today (in the unit's working calendar).
    public var dueState: DueState?
    /// Only the overdue: `dueState == .overdue`.
    public var overdueOnly: Bool {
        get { dueState == .overdue }
        set { dueState = newValue ? .overdue : (dueState == .overdue ? nil : dueState) }
    }
    public var receivedFrom: CivilDate?
    public var receivedTo: CivilDate?
    /// Only those whose running deadline falls on or after, and on or before, these days.
    public var dueFrom: CivilDate?
    public var dueTo: CivilDate?
    public var search: String?
    /// Only those assigned to this login.
    public var assignedTo: Login?
    public var limit = ComplaintFilter.defaultLimit
    /// How many of the selected complaints to pass over before the first shown (a page's start).
    public var offset = 0

    /// How many complaints a list shows unless asked for more (`complaint list --limit`).
    public static let defaultLimit = 100
    /// How many complaints one list may ask for (`complaint list --limit`).
    public static let limitRange = 0...1_000_000

    public init() {}

    /// Whether it asks for paused complaints by their running deadline (a range of due dates, or
    /// the order by due date): a paused complaint has none, so the list could never hold one.
    public var asksPausedByRunningDeadline: Bool {
        dueState == .paused && (dueFrom != nil || dueTo != nil || order == .due)
    }

    /// Whether the list needs each complaint's running deadline, which the one definition
    /// (`ComplaintState.runningDeadline`) decides per row: a due state, a range of due dates, or
    /// the order by due date.
    var readsRunningDeadline: Bool {
        (dueState != nil && dueState != .paused) || dueFrom != nil || dueTo != nil || order == .due
    }
}

/// How a list of complaints is ordered.
public enum ComplaintOrder: String, CaseIterable, Sendable {
    /// The latest received first.
    case newest
    case oldest
    /// The soonest running deadline first (the most overdue leading); only complaints whose
    /// deadline runs are listed, as the others have no due date to order by.
    case due
}
