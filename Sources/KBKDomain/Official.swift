/// What an official may do (the rights table is in the README). Scope is where: government-wide
/// roles act for every unit, the others for their own unit and every unit under it.
public enum OfficialRole: String, CaseIterable, Sendable {
    /// The office's system administrator: what a coordinator may, plus the registry, officials,
    /// import and backup.
    case admin
    /// The government-wide complaint desk.
    case coordinator
    /// The desk of one unit (and the units under it).
    case unitAdmin = "unit-admin"
    /// Acts on the complaints handed to them and on their group's meetings.
    case officer
    /// Leadership and inspectorate: reads everything except personal data.
    case viewer

    /// Whether the role's scope is the whole government rather than its official's unit.
    public var isGovernmentWide: Bool { self == .admin || self == .coordinator || self == .viewer }
}

/// An operating-system login name, as `useradd` accepts them by default on Debian: 1 to 32 of
/// lower-case letters, digits, `_`, `-` and `.`, starting with a letter or `_`.
public struct Login: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let value: String

    public static let maxLength = 32

    public init(_ text: String) throws(DomainError) {
        let trimmed = text.trimmingWhitespace()
        let scalars = trimmed.unicodeScalars
        let allowed = scalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0)
        }
        guard (1...Login.maxLength).contains(scalars.count), allowed,
            let first = scalars.first, ("a"..."z").contains(first) || first == "_"
        else {
            throw .malformed(
                field: "login", value: text,
                expected:
                    "an operating-system login: 1 to 32 lower-case letters, digits, '_', '-' or '.', starting with a letter or '_'"
            )
        }
        value = trimmed
    }

    public var description: String { value }

    public static func < (a: Login, b: Login) -> Bool { a.value < b.value }
}

/// An official's work e-mail address: one `@`, a dot in the domain, no spaces, at most 254 characters,
/// and none of the characters that delimit addresses in a mail header (`<>()[],;:\"`), so that it
/// names exactly one recipient where a notice's `To:` carries it.
public enum EmailAddress {
    public static func parse(_ text: String) throws(DomainError) -> String {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard trimmed.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !trimmed.unicodeScalars.contains(where: {
                $0 == " " || $0.properties.generalCategory == .control || "<>()[],;:\\\"".unicodeScalars.contains($0)
            })
        else {
            throw .malformed(
                field: "email", value: text, expected: "an e-mail address such as nama@purbalinggakab.go.id")
        }
        return trimmed
    }
}

/// A person who uses kbk, by login: who they are (NIP, name), where they work and what they may do.
public struct Official: Hashable, Sendable {
    public var id: Int64
    public var login: String
    /// Nil only for the first admin, whom kbk registered itself, until an admin gives it.
    public var nip: String?
    public var name: String
    /// The unit the official works in; for unit-wide roles also the scope (with the units under it).
    /// Nil only for the first admin until an admin gives it.
    public var unitCode: String?
    public var role: OfficialRole
    public var email: String?
    public var createdAt: Timestamp
    public var deactivatedAt: Timestamp?
    /// The language of their web pages, `id` or `en`; nil leaves it to the browser.
    public var language: String?

    public init(
        id: Int64, login: String, nip: String?, name: String, unitCode: String?, role: OfficialRole, email: String?,
        createdAt: Timestamp, deactivatedAt: Timestamp?
    ) {
        self.id = id
        self.login = login
        self.nip = nip
        self.name = name
        self.unitCode = unitCode
        self.role = role
        self.email = email
        self.createdAt = createdAt
        self.deactivatedAt = deactivatedAt
    }

    public var isActive: Bool { deactivatedAt == nil }

    /// The unit whose records (with those of the units under it) the official acts for; nil for a
    /// government-wide role, which acts for every unit.
    public var scopeUnit: String? { role.isGovernmentWide ? nil : unitCode ?? "" }
}

/// What the store asks permission for, one case per desk (the rights table is in the README).
/// Each official keeps to their desk: the government's complaint desk logs, verifies and hands
/// over, rejects and reassigns between units but does not answer for a unit; a unit answers,
/// settles and runs its work culture; the administrator keeps the registry.
public enum GuardedAction: String, CaseIterable, Sendable {
    /// Units, categories, holidays and settings.
    case manageRegistry = "change the registry (units, categories, holidays, settings)"
    case manageOfficials = "register or change officials"
    case importData = "import data"
    case backup = "copy the database"
    case revealIdentity = "reveal a complainant's identity"
    case exportPersonalData = "export complainants' personal data"
    /// `kbk publish`: the government's figures, without personal data, for the province.
    case publish = "publish the figures for the province"
    case logComplaint = "log a complaint"
    /// Correcting what was entered wrongly (subject, description, location, channel, category).
    case correctComplaint = "correct a complaint's details"
    /// Verifying and handing over, and passing a complaint on to another unit.
    case handOverComplaint = "hand over a complaint or pass it to another unit"
    case rejectComplaint = "reject a complaint"
    /// Passing a complaint that is not the government's business to the competent agency.
    case forwardComplaint = "forward a complaint to another agency"
    /// Disposing a complaint to an officer of the unit (disposisi).
    case assignComplaint = "assign a complaint to an officer"
    /// What the unit holding a complaint does with it: answer, hold, resume, resolve, close.
    case settleComplaint = "answer, hold, resume, resolve or close a complaint"
    /// Extending a complaint's settlement deadline, once, with a reason.
    case extendDeadline = "extend a complaint's settlement deadline"
    /// The complainant's objection reaches whichever desk they turn to.
    case reopenComplaint = "reopen a complaint"
    case noteComplaint = "add an internal note to a complaint"
    /// `complaint autoclose`: the government-wide sweep of answered complaints without a reply.
    case closeUnanswered = "close every unit's answered complaints without a reply"
    case escalate = "send the deadline notices"
    /// Groups and their members, SOPs, improvement actions, IKM surveys.
    case manageWorkCulture = "manage groups, SOPs, improvement actions or IKM surveys"
    /// A unit's yearly targets (Renstra IKU): the government's desk for every unit, a unit's desk
    /// for its own.
    case setTargets = "set or remove a unit's targets"
    case recordMeeting = "record a group's meeting"
    /// The government-wide coordination meetings and their action items.
    case coordinate = "record a coordination meeting or its action items"
    /// Marking a unit's coordination action item done.
    case completeCoordinationAction = "mark a coordination action item done"
    /// Any change at all: what a viewer may not do.
    case change = "change anything"

    /// The roles that may.
    public var allowedRoles: [OfficialRole] {
        switch self {
        case .manageRegistry, .manageOfficials, .importData, .backup, .publish: [.admin]
        case .revealIdentity, .exportPersonalData, .rejectComplaint, .closeUnanswered, .escalate, .coordinate:
            [.admin, .coordinator]
        case .completeCoordinationAction, .setTargets: [.admin, .coordinator, .unitAdmin]
        case .logComplaint, .handOverComplaint, .extendDeadline, .forwardComplaint, .correctComplaint:
            [.admin, .coordinator, .unitAdmin]
        case .assignComplaint, .manageWorkCulture: [.unitAdmin]
        case .settleComplaint, .recordMeeting: [.unitAdmin, .officer]
        case .reopenComplaint, .noteComplaint, .change: [.admin, .coordinator, .unitAdmin, .officer]
        }
    }

    public func allows(_ role: OfficialRole) -> Bool { allowedRoles.contains(role) }

    /// Whether a coordinator or unit-admin may enter it as a paper record for another official
    /// (`--on-behalf-of`). The administrator's and the personal-data rights are exercised only in
    /// person: acting for someone who holds them would lend them to someone who does not.
    public var mayBeEnteredForAnother: Bool {
        switch self {
        case .manageRegistry, .manageOfficials, .importData, .backup, .revealIdentity, .exportPersonalData, .publish:
            false
        default: true
        }
    }
}

/// What the store asks before letting something out that not every official may read (the table
/// "who may read" in the README). Everything else a complaint holds (ticket, subject, status, dates,
/// history) and the registry are every official's to read; personal data is `GuardedAction`'s
/// (`revealIdentity`, `exportPersonalData`). The store decides (`Store.mayRead`, `Store.requireRead`),
/// so the command line and the web read alike.
public enum ReadAction: Hashable, Sendable {
    /// The description of a confidential complaint (and the values of its corrections), held by
    /// `unit` (nil: no unit holds it yet). Confidential, as LAPOR!'s *rahasia*: for the unit
    /// handling it and the government's desk that hands it over, not for the leadership's viewers.
    case confidentialDescription(ticket: String, unit: String?)
    /// The reporter's name and contact of a whistle-blowing complaint held by `unit` (nil: no unit
    /// yet), which `inspectorate` says is an inspectorate. For the officials of that inspectorate
    /// alone (unit-admins and officers whose own unit is an inspectorate and whose scope holds
    /// the complaint's unit): not the government's desk once it is logged, not an admin, not the
    /// leadership's viewers, and no one while no inspectorate holds it.
    case whistleblowerIdentity(ticket: String, unit: String?, inspectorate: Bool)
    /// The report of `unit` and the units under it; nil: the whole government's.
    case report(unit: String?)

    /// The unit the record belongs to; nil for the government as a whole (or no unit yet).
    public var unit: String? {
        switch self {
        case .confidentialDescription(_, let unit), .report(let unit), .whistleblowerIdentity(_, let unit, _): unit
        }
    }

    /// The roles that may, whatever the unit.
    public var governmentWideRoles: [OfficialRole] {
        switch self {
        case .confidentialDescription: [.admin, .coordinator]
        case .report: [.admin, .coordinator, .viewer]
        case .whistleblowerIdentity: []
        }
    }

    /// Whether the reader's own unit must be an inspectorate as well as in scope.
    public var needsInspectorateReader: Bool {
        if case .whistleblowerIdentity = self { return true }
        return false
    }

    /// The roles that may when the unit is within their scope (their unit and the units under it).
    /// What belongs to no unit, or to the whole government, is for the government-wide roles only.
    public var scopedRoles: [OfficialRole] {
        if case .whistleblowerIdentity(_, _, let inspectorate) = self, !inspectorate { return [] }
        return unit == nil ? [] : [.unitAdmin, .officer]
    }

    /// The one rule: `role` may, given whether the record's unit is within the official's scope.
    public func allows(_ role: OfficialRole, unitInScope: Bool) -> Bool {
        governmentWideRoles.contains(role) || (unitInScope && scopedRoles.contains(role))
    }

    /// What was asked, for a refusal.
    public var asked: String {
        switch self {
        case .confidentialDescription(let ticket, _): "read the description of the confidential complaint \(ticket)"
        case .report(let unit): unit.map { "read the report of \($0)" } ?? "read the whole government's report"
        case .whistleblowerIdentity(let ticket, _, _):
            "read the reporter's identity of the whistle-blowing complaint \(ticket)"
        }
    }
}
