/// A regional work unit (SKPD/OPD).
public struct Unit: Hashable, Sendable {
    /// The staff a unit may count.
    public static let staffRange = 0...1_000_000

    public var id: Int64
    public var code: String
    public var name: String
    public var kind: UnitKind
    public var officialCode: String?
    public var parentCode: String?
    public var staffCount: Int?
    public var headName: String?
    public var headNIP: String?
    public var deactivatedOn: CivilDate?
    /// The default successor: the unit taking whatever no route of `successorRoutes` names.
    public var successorCode: String?
    /// The successor of each function handed to a unit of its own (a category, a section).
    public var successorRoutes: [SuccessionRoute] = []
    /// The days a week it serves, on which its complaints' deadlines count.
    public var workingWeek: WorkingWeek
    /// The day it began, for a unit formed while kbk kept the government (a reorganisation's new
    /// dinas); nil when it was there before.
    public var formedOn: CivilDate?

    /// Whether the unit is an inspectorate (kind `inspectorate`, the Inspektorat): the only holder
    /// of whistle-blowing complaints and the only reader of their reporters.
    public var isInspectorate: Bool { kind == .inspectorate }

    public init(
        id: Int64, code: String, name: String, kind: UnitKind, officialCode: String? = nil, parentCode: String? = nil,
        staffCount: Int? = nil, headName: String? = nil, headNIP: String? = nil, deactivatedOn: CivilDate? = nil,
        successorCode: String? = nil, workingWeek: WorkingWeek = .fiveDays
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.officialCode = officialCode
        self.parentCode = parentCode
        self.staffCount = staffCount
        self.headName = headName
        self.headNIP = headNIP
        self.deactivatedOn = deactivatedOn
        self.successorCode = successorCode
        self.workingWeek = workingWeek
    }

    public func isActive(on date: CivilDate) -> Bool {
        ActivePeriod(start: nil, end: deactivatedOn).contains(date)
    }

    /// Whether it existed on `date`: formed by then and not yet ended. A report lists the units
    /// that existed at its period's end.
    public func existed(on date: CivilDate) -> Bool {
        ActivePeriod(start: formedOn, end: deactivatedOn).contains(date)
    }

    /// Who took its work over when it ended: nil while it is active or when nobody did.
    public var succession: Succession? {
        guard deactivatedOn != nil, successorCode != nil || !successorRoutes.isEmpty else { return nil }
        return try? Succession(default: successorCode, routes: successorRoutes)
    }
}

/// A work-culture group (KBK) of a unit, set up by the unit head's decree.
public struct Group: Hashable, Sendable {
    public var id: Int64
    public var unitCode: String
    public var name: String
    public var decreeNumber: String?
    public var decreeDate: CivilDate?
    public var formedOn: CivilDate
    public var focus: String?
    public var dissolvedOn: CivilDate?
    /// The section of the unit the group belongs to (seksi, subbidang, subbagian), and its head.
    public var section: String?
    public var sectionHeadName: String?
    public var sectionHeadNIP: String?

    public init(
        id: Int64, unitCode: String, name: String, decreeNumber: String?, decreeDate: CivilDate?,
        formedOn: CivilDate, focus: String?, dissolvedOn: CivilDate?, section: String? = nil,
        sectionHeadName: String? = nil, sectionHeadNIP: String? = nil
    ) {
        self.section = section
        self.sectionHeadName = sectionHeadName
        self.sectionHeadNIP = sectionHeadNIP
        self.id = id
        self.unitCode = unitCode
        self.name = name
        self.decreeNumber = decreeNumber
        self.decreeDate = decreeDate
        self.formedOn = formedOn
        self.focus = focus
        self.dissolvedOn = dissolvedOn
    }

    public var period: ActivePeriod { ActivePeriod(start: formedOn, end: dissolvedOn) }
}

/// A civil servant's membership of a group, from `since` until the day before `until`.
public struct Membership: Hashable, Sendable {
    public var id: Int64
    public var groupID: Int64
    public var nip: String
    public var name: String
    public var role: GroupRole
    public var since: CivilDate
    public var until: CivilDate?

    public init(
        id: Int64, groupID: Int64, nip: String, name: String, role: GroupRole, since: CivilDate, until: CivilDate?
    ) {
        self.id = id
        self.groupID = groupID
        self.nip = nip
        self.name = name
        self.role = role
        self.since = since
        self.until = until
    }

    public var period: ActivePeriod { ActivePeriod(start: since, end: until) }
}

/// A group meeting with its minutes and the members who attended.
public struct Meeting: Hashable, Sendable {
    public var id: Int64
    public var groupID: Int64
    public var heldOn: CivilDate
    public var agenda: String?
    public var minutes: String?
    public var attendeeNIPs: [String]

    public init(id: Int64, groupID: Int64, heldOn: CivilDate, agenda: String?, minutes: String?, attendeeNIPs: [String])
    {
        self.id = id
        self.groupID = groupID
        self.heldOn = heldOn
        self.agenda = agenda
        self.minutes = minutes
        self.attendeeNIPs = attendeeNIPs
    }
}

/// The content of one revision of an SOP (revision 0 is the original).
public struct SOPContent: Hashable, Sendable {
    public var title: String
    public var service: String?
    public var legalBasis: String?
    public var madeOn: CivilDate?
    public var effectiveOn: CivilDate
    public var approvedByName: String?
    public var approvedByNIP: String?
    public var serviceDays: Int?

    public init(
        title: String, service: String? = nil, legalBasis: String? = nil, madeOn: CivilDate? = nil,
        effectiveOn: CivilDate,
        approvedByName: String? = nil, approvedByNIP: String? = nil, serviceDays: Int? = nil
    ) {
        self.title = title
        self.service = service
        self.legalBasis = legalBasis
        self.madeOn = madeOn
        self.effectiveOn = effectiveOn
        self.approvedByName = approvedByName
        self.approvedByNIP = approvedByNIP
        self.serviceDays = serviceDays
    }
}

public struct SOPRevision: Hashable, Sendable {
    public var revision: Int
    public var revisedOn: CivilDate?
    public var content: SOPContent

    public init(revision: Int, revisedOn: CivilDate?, content: SOPContent) {
        self.revision = revision
        self.revisedOn = revisedOn
        self.content = content
    }

    /// The date this revision was made: its revision date, else (the original) its making or effective date.
    public var datedOn: CivilDate { revisedOn ?? content.madeOn ?? content.effectiveOn }
}

public struct SOPReview: Hashable, Sendable {
    public var id: Int64
    public var reviewedOn: CivilDate
    public var outcome: ReviewOutcome
    public var note: String?
    public var reviewerNIP: String?

    public init(id: Int64, reviewedOn: CivilDate, outcome: ReviewOutcome, note: String?, reviewerNIP: String?) {
        self.id = id
        self.reviewedOn = reviewedOn
        self.outcome = outcome
        self.note = note
        self.reviewerNIP = reviewerNIP
    }
}

/// A standard operating procedure with every revision and review.
public struct SOP: Hashable, Sendable {
    public var id: Int64
    public var number: String
    public var unitCode: String
    public var reviewMonths: Int
    public var revokedOn: CivilDate?
    /// Oldest first; never empty.
    public var revisions: [SOPRevision]
    /// Oldest first.
    public var reviews: [SOPReview]

    public init(
        id: Int64, number: String, unitCode: String, reviewMonths: Int, revokedOn: CivilDate?, revisions: [SOPRevision],
        reviews: [SOPReview]
    ) {
        self.id = id
        self.number = number
        self.unitCode = unitCode
        self.reviewMonths = reviewMonths
        self.revokedOn = revokedOn
        self.revisions = revisions
        self.reviews = reviews
    }

    public var current: SOPRevision { revisions[revisions.count - 1] }

    /// The first day the SOP existed: when the original was made, else when it took effect.
    public var startedOn: CivilDate { revisions[0].content.madeOn ?? revisions[0].content.effectiveOn }

    public var nextReviewDue: CivilDate {
        SOPSchedule.nextReviewDue(
            lastRevision: current.datedOn, lastReview: reviews.map(\.reviewedOn).max(), months: reviewMonths)
    }

    public func isActive(on date: CivilDate) -> Bool {
        ActivePeriod(start: nil, end: revokedOn).contains(date)
    }

    /// Whether the periodic review falls due by `day`, that day included: what `sop list
    /// --review-due` lists, so that a review due today is on the list.
    public func isReviewDue(on day: CivilDate) -> Bool { isActive(on: day) && nextReviewDue <= day }

    /// Whether the review is past due on `day`: what the report counts, the web marks and a
    /// complaint under the SOP is counted by.
    public func isOverdueForReview(on day: CivilDate) -> Bool { isActive(on: day) && nextReviewDue < day }
}
