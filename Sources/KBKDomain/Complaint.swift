/// Where a complaint came in.
public enum Channel: String, CaseIterable, Sendable {
    case lapor, sms, whatsapp, phone, email, letter
    case walkIn = "walk-in"
    case website
    case socialMedia = "social-media"
    case instagram, tiktok
    /// The province's complaint system (LaporGub Jawa Tengah), which passes complaints on.
    case laporgub
    case other
}

/// LAPOR!'s classification, and the whistle-blowing report (WBS, migration 0037).
public enum ComplaintKind: String, CaseIterable, Sendable {
    case complaint, aspiration, information
    /// A report of corruption or of a civil servant's misconduct (pengaduan tindak pidana korupsi /
    /// pelanggaran oleh ASN, the whistle-blowing system): handled by the inspectorate alone
    /// (`Unit.isInspectorate`), always confidential, and its reporter's identity read by no one
    /// outside the inspectorate holding it (`ReadAction.whistleblowerIdentity`).
    case whistleblowing

    /// Whether complaints of this kind go only to the inspectorate, confidentially.
    public var isWhistleblowing: Bool { self == .whistleblowing }
}

/// The Ombudsman's forms of maladministration (Peraturan Ombudsman RI Nomor 26 Tahun 2017 jo. Nomor
/// 48 Tahun 2020), which a complaint of the class "berkadar pengawasan" may carry (migration 0037).
/// The codes are the forms' Indonesian names in kebab case.
public enum Maladministration: String, CaseIterable, Sendable {
    case undueDelay = "penundaan-berlarut"
    case deviationFromProcedure = "penyimpangan-prosedur"
    case failureToServe = "tidak-memberikan-pelayanan"
    case incompetence = "tidak-kompeten"
    case abuseOfAuthority = "penyalahgunaan-wewenang"
    /// Permintaan imbalan (uang, barang dan jasa).
    case requestForReward = "permintaan-imbalan"
    case impropriety = "tidak-patut"
    case partiality = "berpihak"
    case discrimination = "diskriminasi"
    case conflictOfInterest = "konflik-kepentingan"

    /// The class of complaints that may carry a form.
    public static let category = Category.Cited.withSupervision

    /// A form by its code, or nil for an empty text (a correction that clears it); refused naming
    /// the allowed codes otherwise.
    public static func parseOptional(_ text: String) throws(DomainError) -> Maladministration? {
        if text.trimmingWhitespace().isEmpty { return nil }
        return try parseChoice(text, field: "maladministration")
    }

    /// Whether a complaint of `category` may carry `form`: nil may go with any class, a form only
    /// with the class "berkadar pengawasan".
    public static func check(_ form: Maladministration?, category: String, ticket: String) throws(DomainError) {
        guard let form, category != Maladministration.category else { return }
        throw .rule(.maladministrationOutsideClass(ticket: ticket, form: form.rawValue, category: category))
    }
}

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
}

/// What `--status` selects: one status, or `open`, every status that waits on the government.
public enum StatusSelection: String, CaseIterable, Sendable {
    case open, received, verified
    case inProgress = "in_progress"
    case onHold = "on_hold"
    case resolved, closed, rejected, forwarded

    public var statuses: [ComplaintStatus] {
        ComplaintStatus(rawValue: rawValue).map { [$0] } ?? ComplaintStatus.open
    }
}

public enum RejectionReason: String, CaseIterable, Sendable {
    case notAuthority = "not-authority"
    case duplicate, invalid, withdrawn

    /// The reason as the public answer says it to the citizen, in Indonesian (the language of the
    /// complaint desks; kbk keeps no language per complainant).
    public var citizenSentence: String {
        switch self {
        case .notAuthority: "Aduan ini bukan kewenangan Pemerintah Kabupaten."
        case .duplicate: "Aduan ini sama dengan aduan yang sudah kami terima dan sedang kami tindak lanjuti."
        case .invalid: "Aduan tidak dapat kami proses karena isinya tidak cukup jelas untuk ditindaklanjuti."
        case .withdrawn: "Aduan ditutup karena dicabut oleh pelapor."
        }
    }
}

/// What an official does to a complaint.
public enum ComplaintAction: String, CaseIterable, Sendable {
    case receive, verify, reassign, respond, note, hold, resume, resolve, reopen, close, reject, assign, extend
    case forward, edit
    /// A deadline notice (`kbk escalate`): recorded in the history by `system`, it changes nothing
    /// about the complaint, so it is no request and not in the life-cycle table.
    case escalate
}

/// What `complaint edit` can correct.
public enum CorrectableField: String, CaseIterable, Sendable {
    case subject, description, location, channel, category, topic
    /// When the complaint came in (a UTC instant `2026-11-16T01:00:00Z` in the request).
    case received
    /// The Ombudsman's form of maladministration (`Maladministration`), or none.
    case maladministration
}

/// The complaint life cycle as one table: for each status, the actions it allows and where they lead.
public enum ComplaintLifecycle {
    public enum Target: Sendable, Equatable {
        case to(ComplaintStatus)
        /// Back to the status the complaint had when it was put on hold.
        case statusBeforeHold
    }

    public static let table: [ComplaintStatus: [ComplaintAction: Target]] = [
        // A hold before verification waits for the complainant's missing data.
        .received: [
            .verify: .to(.verified), .note: .to(.received), .hold: .to(.onHold), .reject: .to(.rejected),
            .forward: .to(.forwarded), .edit: .to(.received),
        ],
        // A resolution is itself a public response, so a verified complaint may be resolved at once.
        .verified: [
            .reassign: .to(.verified), .respond: .to(.inProgress), .note: .to(.verified), .hold: .to(.onHold),
            .assign: .to(.verified), .extend: .to(.verified), .forward: .to(.forwarded),
            .resolve: .to(.resolved), .reject: .to(.rejected), .edit: .to(.verified),
        ],
        .inProgress: [
            .reassign: .to(.inProgress), .respond: .to(.inProgress), .note: .to(.inProgress), .hold: .to(.onHold),
            .assign: .to(.inProgress), .extend: .to(.inProgress), .forward: .to(.forwarded),
            .resolve: .to(.resolved), .reject: .to(.rejected), .edit: .to(.inProgress),
        ],
        // A held complaint can be passed on (its unit ending, or the wrong unit); it stays on hold.
        .onHold: [
            .resume: .statusBeforeHold, .note: .to(.onHold), .assign: .to(.onHold), .extend: .to(.onHold),
            .reassign: .to(.onHold), .edit: .to(.onHold),
        ],
        .resolved: [.note: .to(.resolved), .reopen: .to(.inProgress), .close: .to(.closed), .edit: .to(.resolved)],
        .closed: [:],
        .rejected: [:],
    ]

    /// The status after `action`, or the refusal naming what the status allows.
    public static func next(from status: ComplaintStatus, action: ComplaintAction, heldFrom: ComplaintStatus?)
        -> ComplaintStatus?
    {
        switch table[status]?[action] {
        case .to(let next): next
        case .statusBeforeHold: heldFrom ?? .verified
        case nil: nil
        }
    }

    /// The actions allowed from `status`, in a stable order.
    public static func allowed(from status: ComplaintStatus) -> [ComplaintAction] {
        ComplaintAction.allCases.filter { table[status]?[$0] != nil }
    }
}

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

    public init(verifyDays: Int = 3, respondDays: Int = 5, settleDays: Int, respondHours: Int? = nil) {
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

/// A ticket number `ADU-2026-00012`: the year of receipt and a sequence without gaps within it.
public struct Ticket: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let sequence: Int

    public init(year: Int, sequence: Int) {
        self.year = year
        self.sequence = sequence
    }

    public var description: String { "ADU-\(pad(year, 4))-\(pad(sequence, 5))" }

    public static func parse(_ text: String) throws(DomainError) -> Ticket {
        // The stored form `ADU-2026-00012`, read from its bytes: an events file names a ticket on every line.
        if let ticket = text.utf8.withContiguousStorageIfAvailable(Ticket.parseStored) ?? nil { return ticket }
        let parts = text.trimmingWhitespace().uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "ADU", parts[1].count == 4, parts[2].count >= 5,
            let year = parseDigits(ArraySlice(parts[1].utf8)), let sequence = parseDigits(ArraySlice(parts[2].utf8)),
            sequence > 0
        else {
            throw .malformed(field: "ticket", value: text, expected: "a ticket like ADU-2026-00012")
        }
        return Ticket(year: year, sequence: sequence)
    }
}

extension Ticket {
    static func parseStored(_ bytes: UnsafeBufferPointer<UInt8>) -> Ticket? {
        guard bytes.count >= 14, bytes[0] == UInt8(ascii: "A"), bytes[1] == UInt8(ascii: "D"),
            bytes[2] == UInt8(ascii: "U"),
            bytes[3] == UInt8(ascii: "-"), bytes[8] == UInt8(ascii: "-")
        else { return nil }
        var year = 0
        for position in 4..<8 {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            year = year * 10 + Int(digit)
        }
        guard bytes.count <= 9 + 18 else { return nil }
        var sequence = 0
        for position in 9..<bytes.count {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            sequence = sequence * 10 + Int(digit)
        }
        return sequence > 0 ? Ticket(year: year, sequence: sequence) : nil
    }
}

/// A category code such as `general`: 2–32 lower-case letters, digits or '-'.
public enum CategoryCode {
    public static func parse(_ text: String) throws(DomainError) -> String {
        let code = text.trimmingWhitespace().lowercased()
        guard (2...32).contains(code.count),
            code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else {
            throw .malformed(field: "category", value: text, expected: "2 to 32 lower-case letters, digits or '-'")
        }
        return code
    }
}

/// Parses one of an enum's raw values, naming the allowed ones when it is not.
public func parseChoice<T: RawRepresentable & CaseIterable>(_ text: String, field: String) throws(DomainError) -> T
where T.RawValue == String {
    guard let value = T(rawValue: text.trimmingWhitespace().lowercased()) else {
        throw .notAllowed(field: field, value: text, allowed: T.allCases.map(\.rawValue))
    }
    return value
}

/// A citizen complaint as stored, with the values derived from its history.
public struct Complaint: Hashable, Sendable {
    public var id: Int64
    public var ticket: String
    public var receivedAt: Timestamp
    public var receivedOn: CivilDate
    public var channel: Channel
    public var kind: ComplaintKind
    public var category: String
    public var subject: String
    public var description: String
    public var location: String?
    public var externalReference: String?
    public var sopNumber: String?
    public var complainantName: String?
    public var complainantContact: String?
    public var isAnonymous: Bool
    /// Whether the complainant's name and contact may leave kbk in a personal-data export: an
    /// anonymous complainant's never do, nor a whistle-blower's.
    public var identityMayLeave: Bool { !isAnonymous && !kind.isWhistleblowing }
    public var isConfidential: Bool
    public var unitCode: String?
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
    public var assignedTo: String?
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
        id: Int64, ticket: String, receivedAt: Timestamp, receivedOn: CivilDate, channel: Channel, kind: ComplaintKind,
        category: String, subject: String, description: String, location: String?, externalReference: String?,
        sopNumber: String?, complainantName: String?, complainantContact: String?, isAnonymous: Bool,
        isConfidential: Bool,
        unitCode: String?, status: ComplaintStatus, heldFrom: ComplaintStatus?, heldSince: Timestamp?,
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

/// A complaint category (a deadline class) with its deadlines.
public struct Category: Hashable, Sendable {
    public var code: String
    public var name: String
    public var deadlines: Deadlines
    /// The rule the days come from (`UU 14/2008 … Pasal 22`), nil when none was recorded.
    public var source: String?
    /// The most working days the one extension of a complaint in this class may grant; 0: none.
    public var extensionDays: Int
    /// Whether new complaints, hand-overs and corrections may choose the class. One out of use still
    /// counts the deadlines of the complaints already in it.
    public var isInUse: Bool
    /// The class that took a retired one's place, named when the old code is chosen.
    public var replacedBy: String?

    /// What an extension may grant at most in any class (the bound of migration 0012).
    public static let extensionDayRange = 0...ComplaintRequest.extensionRange.upperBound

    public init(
        code: String, name: String, deadlines: Deadlines, source: String? = nil,
        extensionDays: Int = ComplaintRequest.extensionRange.upperBound, isInUse: Bool = true,
        replacedBy: String? = nil
    ) {
        self.code = code
        self.name = name
        self.deadlines = deadlines
        self.source = source
        self.extensionDays = extensionDays
        self.isInUse = isInUse
        self.replacedBy = replacedBy
    }

    /// The classes kbk ships with their sources (migration 0032); docs/SOURCES.md cites each.
    public enum Cited {
        /// Permintaan informasi / pengaduan normatif: settled in 5 working days.
        public static let informationOrNormative = "informasi-normatif"
        /// Pengaduan tidak berkadar pengawasan: 14.
        public static let withoutSupervision = "tidak-berkadar-pengawasan"
        /// Pengaduan berkadar pengawasan (perlu pemeriksaan): 60.
        public static let withSupervision = "berkadar-pengawasan"
        /// Pengaduan ringan: 2, shipped out of use.
        public static let light = "ringan"
        /// Permohonan informasi publik to the PPID (UU 14/2008): 10, one extension of at most 7.
        public static let publicInformation = "ppid"
    }

    /// The class a complaint takes at intake when none is given: by LAPOR!'s kind, an information
    /// request settles as one, a complaint or an aspiration as one without supervision; a
    /// whistle-blowing report, which the inspectorate examines, as one with supervision.
    public static func intakeDefault(for kind: ComplaintKind) -> String {
        switch kind {
        case .information: Cited.informationOrNormative
        case .complaint, .aspiration: Cited.withoutSupervision
        case .whistleblowing: Cited.withSupervision
        }
    }

    /// The class as chosen for a complaint (at intake, a hand-over or a correction): refused when it
    /// is out of use, naming what replaced it.
    public func chosen() throws(DomainError) -> Category {
        guard isInUse else { throw .rule(.categoryNotInUse(category: code, replacedBy: replacedBy)) }
        return self
    }

    /// The working days one extension may grant in this class; nil when it allows none.
    public var extensionRange: ClosedRange<Int>? { extensionDays > 0 ? 1...extensionDays : nil }

    /// Whether an extension of `workingDays` is within what this class allows.
    public func checkExtension(_ workingDays: Int, ticket: String) throws(DomainError) {
        guard workingDays <= extensionDays else {
            throw .rule(
                .extensionBeyondClass(
                    ticket: ticket, category: code, workingDays: workingDays, limit: extensionDays))
        }
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

extension ComplaintLifecycle {
    /// The one action that would make `action` possible from `status`, for advice such as "verify it
    /// first"; nil when there is none (a final status, or an action that is never possible again).
    public static func prerequisite(
        for action: ComplaintAction, from status: ComplaintStatus, heldFrom: ComplaintStatus?
    ) -> ComplaintAction? {
        for step in allowed(from: status) where step != .note && step != action {
            if let next = next(from: status, action: step, heldFrom: heldFrom), next != status,
                table[next]?[action] != nil
            {
                return step
            }
        }
        return nil
    }
}
