/// What a citizen may do on the web without a login: file a complaint, and with their ticket and
/// tracking code reply, rate and object. Each act is the audit trail's `warga:web` (a login has no
/// colon, so no official can be confused with a citizen), and each is limited per network address.
public enum CitizenAct: String, CaseIterable, Sendable {
    /// A complaint filed on the public form (channel `website`).
    case file
    /// A message added to the complaint's timeline (a public note: it changes no status or deadline).
    case reply
    /// A resolved complaint rated and so closed (the complainant's confirmation).
    case rate
    /// An objection to a resolution: the complaint reopened, counted against the unit.
    case object

    /// How many of this act one network address may make in an hour and in a day. Filing is the
    /// rarest (a household files a few complaints a year; a village head might file several in
    /// one sitting); a conversation about one's own complaint may be longer.
    public var limits: (perHour: Int, perDay: Int) {
        switch self {
        case .file: (5, 20)
        case .reply: (10, 40)
        case .rate, .object: (5, 20)
        }
    }

    /// The rights this act stands for: the checks the desk's own act passes (a filing's files
    /// are kept as any action's are, with the right to note).
    public var guardedActions: Set<GuardedAction> {
        switch self {
        case .file: [.logComplaint, .noteComplaint]
        case .reply: [.noteComplaint]
        case .rate: [.settleComplaint]
        case .object: [.reopenComplaint]
        }
    }
}

extension Actor {
    /// The citizen on the public web pages: every act of theirs in the audit trail and in a
    /// complaint's history carries this name.
    public static let citizen = try! Actor("warga:web")

    /// Whether the act is the complainant's own (a reply, a rating, an objection on the status page).
    public var isCitizen: Bool { self == .citizen }
}
