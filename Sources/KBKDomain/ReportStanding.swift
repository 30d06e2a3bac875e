/// How one complaint counts in the performance report as it stood at an instant: the one reading of
/// a complaint's state (`ComplaintState`, or a row's cache of it) into the report's figures. The
/// regency's report adds these up; a bundle for the province (`kbk publish`) carries them, so that
/// the province adds up the same decisions rather than making them again.
public struct ReportStanding: Sendable, Hashable {
    /// Which count of the cohort received: rejected and forwarded complaints stand apart from the
    /// valid ones every rate divides by.
    public enum Cohort: String, Sendable, CaseIterable {
        case rejected, forwarded, valid
    }

    public var cohort: Cohort
    /// A public response (respond or resolve) by the instant.
    public var followedUp = false
    /// Its first public response came on or before the response deadline in force then.
    public var followedUpOnTime = false
    /// Resolved at the instant (and not reopened since).
    public var settled = false
    /// The latest resolution came on or before the settlement deadline in force then.
    public var settledOnTime = false
    /// Closed by the sweep after a response without a resolution: followed up, never settled.
    public var closedWithoutSettlement = false
    public var reopened = false
    public var extended = false
    /// In the backlog: received, verified, in progress or on hold at the instant.
    public var open = false

    public init(
        status: ComplaintStatus, firstResponseOn: CivilDate?, firstResponseOnTime: Bool, settledOn: CivilDate?,
        settledOnTime: Bool, reopened: Bool, extended: Bool
    ) {
        open = status.isOpen
        switch status {
        case .rejected:
            cohort = .rejected
            return
        case .forwarded:
            cohort = .forwarded
            return
        default:
            cohort = .valid
        }
        followedUp = firstResponseOn != nil
        followedUpOnTime = followedUp && firstResponseOnTime
        settled = settledOn != nil
        self.settledOnTime = settled && settledOnTime
        closedWithoutSettlement = !settled && status == .closed
        self.reopened = reopened
        self.extended = extended
    }

    /// The standing of a complaint in `state`. Before its first event a complaint counts as received
    /// but is in no backlog: the backlog holds the complaints some event had opened by then.
    public init(_ state: ComplaintState) {
        self.init(
            status: state.status, firstResponseOn: state.firstResponseOn,
            firstResponseOnTime: state.firstResponseOnTime,
            settledOn: state.settledOn, settledOnTime: state.settledOnTime, reopened: state.reopened,
            extended: state.extended)
        if !state.hasEvents { open = false }
    }
}
