public enum ComplaintStatus: String, CaseIterable, Sendable {
    case received, verified
    case inProgress = "in_progress"
    case onHold = "on_hold"
    case resolved, closed, rejected
    /// Not the government's business: passed to the competent agency (final, not a rejection).
    case forwarded

    public var isFinal: Bool { self == .closed || self == .rejected || self == .forwarded }
    /// Still waiting for the government to act (not resolved, closed or rejected).
    public var isOpen: Bool { !isFinal && self != .resolved }
}

extension ComplaintStatus {
    /// Waiting on the government (received, verified, in progress, on hold): `--status open`, the
    /// backlog, what a reorganisation must hand on.
    public static let open: [ComplaintStatus] = allCases.filter(\.isOpen)
    /// A deadline's clock runs (open and not on hold).
    public static let clockRunning: [ComplaintStatus] = allCases.filter {
        ComplaintState.runningStage(status: $0, responded: false) != nil
    }
    /// Held by a unit: handed over and not yet answered for good (verified, in progress, on hold).
    public static let heldByUnit: [ComplaintStatus] = open.filter { $0 != .received }
    /// Settled as it stands now, with a resolution on record: resolved, or closed after one. A
    /// complaint reopened, or closed for the complainant's silence without a resolution, is not
    /// (docs/REPORTS.md, `settled`, at the end of a period that ends now).
    public static let settledWithResolution: [ComplaintStatus] = [.resolved, .closed]
}

/// What `--status` selects: one status, or `open`, every status that waits on the government.
public enum StatusSelection: String, CaseIterable, Sendable {
    case open, received, verified
    case inProgress = "in_progress"
    case onHold = "on_hold"
    case resolved, closed, rejected, forwarded
    /// Settled now: resolved, or closed after a resolution (`ComplaintStatus.settledWithResolution`).
    case settled

    /// The statuses selected; `settled` is a condition of its own (`ComplaintFilter.settled`).
    public var statuses: [ComplaintStatus] {
        switch self {
        case .open: ComplaintStatus.open
        case .settled: []
        default: ComplaintStatus(rawValue: rawValue).map { [$0] } ?? []
        }
    }
}

extension ComplaintAction {
    /// What happens to a complaint, as its history records it: the kind of each action, and the
    /// two events that are no official's action on it (its receipt, a deadline notice).
    public enum Kind: String, CaseIterable, Sendable {
        case receive, verify, reassign, respond, note, hold, resume, resolve, reopen, close, reject, assign, extend
        case forward, edit
        /// A deadline notice (`kbk escalate`): recorded in the history by `system`, it changes nothing
        /// about the complaint, so it is no action and not in the life-cycle table.
        case escalate
    }
}

/// What `complaint edit` can correct.
public enum CorrectableField: String, CaseIterable, Sendable {
    case subject, description, location, channel, category, topic
    /// When the complaint came in (a UTC instant `2026-11-16T01:00:00Z` in the request).
    case received
    /// The Ombudsman's form of maladministration (`Maladministration`), or none.
    case maladministration
    /// The desa or kelurahan it is about (its BPS code), and the point ("latitude,longitude").
    case desa, point
}

/// A citizen complaint as stored, with the values derived from its history.
public struct Complaint: Hashable, Sendable {
    /// The complainant's satisfaction at closing, as on the paper form: 1 (not satisfied) to 4.
    public static let ratingRange = 1...4

    public var id: Int64
    public var ticket: Ticket
    public var receivedAt: Timestamp
    public var receivedOn: CivilDate
    public var channel: Channel
    public var kind: ComplaintKind
    public var category: CategoryCode
    public var subject: String
    public var description: String
    public var location: String?
    /// The desa or kelurahan it is about (a BPS code of the government's list of places).
    public var villageCode: String?
    /// The point a citizen's phone or a map gave, within the government's box.
    public var coordinates: Coordinates?
    public var externalReference: String?
    public var sopNumber: String?
    public var complainantName: String?
    public var complainantContact: String?
    public var isAnonymous: Bool
    /// Whether the complainant's name and contact may leave kbk in a personal-data export: an
    /// anonymous complainant's never do, nor a whistle-blower's.
    public var identityMayLeave: Bool { !isAnonymous && !kind.isWhistleblowing }
    public var isConfidential: Bool
    public var unitCode: UnitCode?
    public var status: ComplaintStatus
    public var heldFrom: ComplaintStatus?
    public var heldSince: Timestamp?
    public var heldWorkingDays: Int
    public var due: DueDates
    public var verifiedAt: Timestamp?
    public var firstResponseAt: Timestamp?
    public var resolvedAt: Timestamp?
    public var closedAt: Timestamp?
    public var rejectedAt: Timestamp?
    public var rejectionReason: RejectionReason?
    public var reopenCount: Int
    public var rating: Int?
    public var ratingComment: String?
    public var lastEventAt: Timestamp
    /// The office date of the (latest) hand-over, from which response and settlement are counted.
    public var handedOverOn: CivilDate?
    /// Whether the first public response came on or before the response due date in force then.
    public var firstResponseOnTime: Bool?
    /// Whether the latest resolution came on or before the settlement due date in force then.
    public var settledOnTime: Bool?
    /// The login of the official the unit disposed the complaint to (disposisi); cleared when the
    /// complaint passes to another unit.
    public var assignedTo: Login?
    /// Working days on hold before verification: they move the verification date on, while
    /// `heldWorkingDays` (on hold after the hand-over) move the response and settlement dates.
    public var verifyHeldWorkingDays = 0
    /// Working days the settlement deadline was extended by (`complaint extend`, once); 0 if never.
    public var extendedWorkingDays = 0
    /// For a forwarded complaint: the agency it went to, when, and that agency's reference.
    public var forwardedTo: String?
    public var forwardedAt: Timestamp?
    public var forwardReference: String?
    /// Clock seconds on hold after the hand-over, which move an hour target on.
    public var heldSeconds = 0
    /// True when the description of this confidential complaint was withheld from the reader
    /// (`ReadAction.confidentialDescription`): `description` is then empty.
    public var isDescriptionWithheld = false
    /// What it is about (a code of the kept topic list); nil: not classified yet.
    public var topic: String?
    /// The Ombudsman's form of maladministration, for a complaint of the class "berkadar pengawasan".
    public var maladministration: Maladministration?
    /// True when the reporter's name and contact of this whistle-blowing complaint were withheld
    /// from the reader (`ReadAction.whistleblowerIdentity`): both are then nil.
    public var isIdentityWithheld = false

    /// The whistle-blowing complaint as a reader outside the inspectorate holding it sees it: the
    /// reporter's name and contact withheld.
    public func withholdingIdentity() -> Complaint {
        var copy = self
        copy.complainantName = nil
        copy.complainantContact = nil
        copy.isIdentityWithheld = true
        return copy
    }

    /// The complaint as a reader outside its scope sees it: the description withheld.
    public func withholdingDescription() -> Complaint {
        var copy = self
        copy.description = ""
        copy.isDescriptionWithheld = true
        return copy
    }

    public init(
        id: Int64, ticket: Ticket, receivedAt: Timestamp, receivedOn: CivilDate, channel: Channel, kind: ComplaintKind,
        category: CategoryCode, subject: String, description: String, location: String?, externalReference: String?,
        sopNumber: String?, complainantName: String?, complainantContact: String?, isAnonymous: Bool,
        isConfidential: Bool,
        unitCode: UnitCode?, status: ComplaintStatus, heldFrom: ComplaintStatus?, heldSince: Timestamp?,
        heldWorkingDays: Int,
        due: DueDates, verifiedAt: Timestamp?, firstResponseAt: Timestamp?, resolvedAt: Timestamp?,
        closedAt: Timestamp?,
        rejectedAt: Timestamp?, rejectionReason: RejectionReason?, reopenCount: Int, rating: Int?,
        ratingComment: String?,
        lastEventAt: Timestamp
    ) {
        self.id = id
        self.ticket = ticket
        self.receivedAt = receivedAt
        self.receivedOn = receivedOn
        self.channel = channel
        self.kind = kind
        self.category = category
        self.subject = subject
        self.description = description
        self.location = location
        self.externalReference = externalReference
        self.sopNumber = sopNumber
        self.complainantName = complainantName
        self.complainantContact = complainantContact
        self.isAnonymous = isAnonymous
        self.isConfidential = isConfidential
        self.unitCode = unitCode
        self.status = status
        self.heldFrom = heldFrom
        self.heldSince = heldSince
        self.heldWorkingDays = heldWorkingDays
        self.due = due
        self.verifiedAt = verifiedAt
        self.firstResponseAt = firstResponseAt
        self.resolvedAt = resolvedAt
        self.closedAt = closedAt
        self.rejectedAt = rejectedAt
        self.rejectionReason = rejectionReason
        self.reopenCount = reopenCount
        self.rating = rating
        self.ratingComment = ratingComment
        self.lastEventAt = lastEventAt
    }

    /// Which deadline the complaint is running against now, if any, by the one definition
    /// (`ComplaintState.runningDeadline`) over the derived values this row keeps.
    public var runningDeadline: (stage: DeadlineStage, due: CivilDate)? {
        ComplaintState.runningDeadline(
            status: status, responded: firstResponseAt != nil,
            due: EventDueDates(due))
    }

    /// Overdue on `today`: a running deadline already passed.
    public func isOverdue(on today: CivilDate) -> Bool {
        runningDeadline.map { $0.due < today } ?? false
    }
}

/// One entry of a complaint's history.
public struct ComplaintEvent: Hashable, Sendable {
    public var id: Int64
    public var at: Timestamp
    public var actor: String
    public var action: String
    public var statusBefore: ComplaintStatus?
    public var statusAfter: ComplaintStatus
    public var unitBefore: String?
    public var unitAfter: String?
    public var text: String?
    public var isPublic: Bool
    /// For an assignment: the login of the official the complaint was disposed to.
    public var assignee: String?
    /// For an extension: the working days granted.
    public var workingDays: Int?
    /// For a correction: the field, and its value before and after (nil: empty).
    public var field: String?
    public var valueBefore: String?
    public var valueAfter: String?
    /// When the event was entered, where that was recorded (migration 0027): `at` is the time it
    /// claims, which a time typed by hand may set in the past.
    public var enteredAt: Timestamp?

    /// The event as a reader who may not read the complaint's description sees it: a correction of
    /// the description without its values.
    public func withholdingDescription() -> ComplaintEvent {
        guard field == "description" else { return self }
        var copy = self
        copy.valueBefore = nil
        copy.valueAfter = nil
        return copy
    }

    public init(
        id: Int64, at: Timestamp, actor: String, action: String, statusBefore: ComplaintStatus?,
        statusAfter: ComplaintStatus,
        unitBefore: String?, unitAfter: String?, text: String?, isPublic: Bool
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.statusBefore = statusBefore
        self.statusAfter = statusAfter
        self.unitBefore = unitBefore
        self.unitAfter = unitAfter
        self.text = text
        self.isPublic = isPublic
    }
}
