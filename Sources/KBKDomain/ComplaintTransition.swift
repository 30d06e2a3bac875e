/// What `complaint new` supplies.
public struct ComplaintDraft: Sendable {
    public var subject: String
    public var description: String
    public var channel: Channel
    public var kind: ComplaintKind = .complaint
    public var category: CategoryCode?
    /// What it is about, from the kept list; nil: not classified yet.
    public var topic: String?
    public var receivedAt: Timestamp?
    public var unit: UnitCode?
    public var location: String?
    /// The desa or kelurahan it is about (its BPS code, from the government's list).
    public var villageCode: String?
    /// The point a citizen's phone or a map gave.
    public var coordinates: Coordinates?
    public var complainantName: String?
    public var complainantContact: String?
    public var isAnonymous = false
    public var isConfidential = false
    public var externalReference: String?
    public var sopNumber: String?

    public init(subject: String, description: String, channel: Channel) {
        self.subject = subject
        self.description = description
        self.channel = channel
    }

    /// Whether the complaint is kept confidential: asked for, or a whistle-blowing report, which always is.
    public var keepsConfidential: Bool { isConfidential || kind.isWhistleblowing }

    /// When the complaint came in (now, unless given) and its category (by its kind, unless given);
    /// a receipt after `now` is refused.
    public func intake(now: Timestamp) throws(DomainError) -> (receivedAt: Timestamp, category: CategoryCode) {
        let receivedAt = receivedAt ?? now
        if receivedAt > now { throw .rule(.inTheFuture(field: "received", value: receivedAt, now: now)) }
        if let category { return (receivedAt, category) }
        return (receivedAt, try CategoryCode(Category.intakeDefault(for: kind)))
    }
}

/// What an official does to a complaint, with what it needs; its `kind` is what the life-cycle
/// table, the rights and the history know it by.
public enum ComplaintAction: Sendable {
    /// Verifying and handing over, in a class, with the Ombudsman's form of maladministration the
    /// complaint carries (only in the class "berkadar pengawasan").
    case verify(unit: UnitCode, category: CategoryCode?, maladministration: Maladministration? = nil)
    case reassign(to: UnitCode, reason: String)
    case respond(String)
    case note(String)
    /// The complainant's own message on the status page: a note the citizen reads back, so public.
    case reply(String)
    case hold(reason: String)
    case resume
    case resolve(String)
    case reopen(reason: String)
    case close(rating: Int?, comment: String?)
    /// Closing by `autoclose`: no reply for this many working days after the resolution, or after
    /// the response that is a complaint's latest action (`AutoClose`).
    case closeWithoutReply(afterWorkingDays: Int)
    case reject(RejectionReason, message: String?)
    /// Disposing the complaint to an official of its unit, by login (the store checks who may take it).
    case assign(to: Login, note: String?)
    /// Extending the settlement deadline by this many working days (once per complaint).
    case extend(workingDays: Int, reason: String)
    /// Not the government's business: to the competent agency, with why and its reference there.
    case forward(agency: String, reason: String, reference: String?)
    /// Correcting one field entered wrongly, with the reason.
    case correct(Correction, reason: String)

    /// How many working days one extension may grant in any class; each class may allow fewer
    /// (`Category.extensionDays`).
    public static let extensionRange = 1...60

    public var kind: Kind {
        switch self {
        case .verify: .verify
        case .reassign: .reassign
        case .respond: .respond
        case .note, .reply: .note
        case .hold: .hold
        case .resume: .resume
        case .resolve: .resolve
        case .reopen: .reopen
        case .close, .closeWithoutReply: .close
        case .reject: .reject
        case .assign: .assign
        case .extend: .extend
        case .forward: .forward
        case .correct: .edit
        }
    }
}

extension ComplaintAction {
    /// The status after the request, nil when the life cycle does not allow it. The sweep's closing
    /// is not an official's action: the life-cycle table lets no one close a complaint in progress,
    /// the sweep does once its complainant fell silent after a response (`AutoClose`).
    public func nextStatus(from status: ComplaintStatus, heldFrom: ComplaintStatus?) -> ComplaintStatus? {
        if case .closeWithoutReply = self { return AutoClose.closableStatuses.contains(status) ? .closed : nil }
        return ComplaintLifecycle.next(from: status, action: kind, heldFrom: heldFrom)
    }

    /// The right the action needs on `complaint` (with its unit in scope). A hold before
    /// verification, and its end, are the verifier's: no unit holds the complaint yet.
    public func guardedAction(on complaint: Complaint) -> GuardedAction {
        switch self {
        case .hold where complaint.status == .received, .resume where complaint.heldFrom == .received:
            return .handOverComplaint
        default:
            return guardedAction
        }
    }

    /// The right the action needs once a unit holds the complaint.
    public var guardedAction: GuardedAction {
        switch self {
        case .verify, .reassign: .handOverComplaint
        case .reject: .rejectComplaint
        case .respond, .hold, .resume, .resolve, .close: .settleComplaint
        case .closeWithoutReply: .closeUnanswered
        case .reopen: .reopenComplaint
        case .note, .reply: .noteComplaint
        case .assign: .assignComplaint
        case .extend: .extendDeadline
        case .forward: .forwardComplaint
        case .correct: .correctComplaint
        }
    }
}

/// One field of a complaint entered wrongly, with its right value (`location` nil clears it).
public enum Correction: Sendable, Hashable {
    case subject(String)
    case description(String)
    case location(String?)
    case channel(Channel)
    case category(CategoryCode)
    /// A topic from the kept list, or nil to leave the complaint unclassified.
    case topic(String?)
    case received(Timestamp)
    /// The Ombudsman's form of maladministration; nil clears it.
    case maladministration(Maladministration?)
    /// The desa or kelurahan by its BPS code, and the point; nil clears either.
    case village(String?)
    case point(Coordinates?)

    /// The value as a correction event keeps it (what `Complaint.stored` gives once corrected).
    public var storedValue: String? {
        switch self {
        case .subject(let value), .description(let value): value
        case .category(let code): code.value
        case .location(let value), .topic(let value): value
        case .channel(let value): value.rawValue
        case .received(let instant): instant.utcString
        case .maladministration(let form): form?.rawValue
        case .village(let code): code
        case .point(let point): point?.stored
        }
    }

    public var field: CorrectableField {
        switch self {
        case .subject: .subject
        case .description: .description
        case .location: .location
        case .channel: .channel
        case .category: .category
        case .topic: .topic
        case .received: .received
        case .maladministration: .maladministration
        case .village: .desa
        case .point: .point
        }
    }
}

extension Complaint {
    /// The history entry of a correction this complaint already shows (an imported complaint row
    /// holds the corrected value): nothing changes but the time of the last event.
    public mutating func restoreCorrection(
        of field: CorrectableField, before: String?, reason: String, at: Timestamp, timeZone: UTCOffset
    ) throws(DomainError) -> ComplaintEventDraft {
        if at < lastEventAt {
            throw .rule(.beforePreviousEvent(ticket: ticket.description, value: at, previous: lastEventAt))
        }
        lastEventAt = at
        return ComplaintEventDraft(
            at: at, localDate: at.date(in: timeZone), due: due, action: .edit, statusBefore: status,
            statusAfter: status, unitBefore: unitCode?.value, unitAfter: unitCode?.value, text: reason, isPublic: false,
            field: field.rawValue, valueBefore: before, valueAfter: stored(field))
    }

    /// A correctable field's value as a correction event keeps it.
    public func stored(_ field: CorrectableField) -> String? {
        switch field {
        case .subject: subject
        case .description: description
        case .location: location
        case .channel: channel.rawValue
        case .category: category.value
        case .topic: topic
        case .received: receivedAt.utcString
        case .maladministration: maladministration?.rawValue
        case .desa: villageCode
        case .point: coordinates?.stored
        }
    }
}

/// What a complaint action needs to know beyond the complaint: the working calendar, the categories'
/// deadlines and which units may take a complaint. The store answers from the database one question
/// at a time; a bulk import answers from tables it loaded once.
public protocol ComplaintReferences {
    /// The calendar the deadlines of a complaint held by `unit` (none: the office's desk) count on.
    func calendar(forUnit unit: UnitCode?) throws -> WorkingCalendar
    func category(_ code: CategoryCode) throws -> Category
    func topic(_ code: String) throws -> Topic
    /// The unit, if it exists and is active on `day` (the action's: a history imported or recorded
    /// later hands complaints to the units of its time); a DomainError otherwise.
    func activeUnit(_ code: UnitCode, on day: CivilDate) throws -> Unit
}

/// The history entry one action leaves, before it has an id.
public struct ComplaintEventDraft: Sendable, Hashable {
    public var at: Timestamp
    public var localDate: CivilDate
    public var due: DueDates
    public var action: ComplaintAction.Kind
    public var statusBefore: ComplaintStatus?
    public var statusAfter: ComplaintStatus
    public var unitBefore: String?
    public var unitAfter: String?
    public var text: String?
    public var isPublic: Bool
    /// For an assignment: the login the complaint was disposed to.
    public var assignee: String? = nil
    /// For an extension: the working days granted.
    public var workingDays: Int? = nil
    /// For a correction: the field and its value before and after.
    public var field: String? = nil
    public var valueBefore: String? = nil
    public var valueAfter: String? = nil
    /// For a deadline notice: the stage whose deadline ran and the level it reached.
    public var escalationStage: DeadlineStage? = nil
    public var escalationLevel: EscalationLevel? = nil

    public init(
        at: Timestamp, localDate: CivilDate, due: DueDates, action: ComplaintAction.Kind,
        statusBefore: ComplaintStatus?,
        statusAfter: ComplaintStatus, unitBefore: String?, unitAfter: String?, text: String?, isPublic: Bool,
        assignee: String? = nil, workingDays: Int? = nil, field: String? = nil, valueBefore: String? = nil,
        valueAfter: String? = nil
    ) {
        self.at = at
        self.localDate = localDate
        self.due = due
        self.action = action
        self.statusBefore = statusBefore
        self.statusAfter = statusAfter
        self.unitBefore = unitBefore
        self.unitAfter = unitAfter
        self.text = text
        self.isPublic = isPublic
        self.assignee = assignee
        self.workingDays = workingDays
        self.field = field
        self.valueBefore = valueBefore
        self.valueAfter = valueAfter
    }
}

/// What applying an action changed besides the complaint's own fields.
public struct ComplaintStep: Sendable {
    public var event: ComplaintEventDraft
    /// The unit the action handed the complaint to, when it did.
    public var newUnit: Unit?
}

extension Complaint {
    /// A complaint as logged, before any action: due for verification, in no unit yet.
    public static func received(
        ticket: Ticket, at receivedAt: Timestamp, timeZone: UTCOffset, draft: ComplaintDraft,
        category: Category, calendar: WorkingCalendar
    ) throws(DomainError) -> (Complaint, ComplaintEventDraft) {
        let receivedOn = receivedAt.date(in: timeZone)
        let due = DueDates.compute(
            receivedOn: receivedOn, handedOver: nil, timeZone: timeZone, deadlines: category.deadlines,
            heldWorkingDays: 0, calendar: calendar)
        var complaint = Complaint(
            id: 0, ticket: ticket, receivedAt: receivedAt, receivedOn: receivedOn, channel: draft.channel,
            kind: draft.kind,
            category: try CategoryCode(category.code), subject: draft.subject, description: draft.description,
            location: draft.location,
            externalReference: draft.externalReference, sopNumber: draft.sopNumber,
            complainantName: draft.complainantName,
            complainantContact: draft.complainantContact, isAnonymous: draft.isAnonymous,
            isConfidential: draft.keepsConfidential,
            unitCode: nil, status: .received, heldFrom: nil, heldSince: nil, heldWorkingDays: 0, due: due,
            verifiedAt: nil,
            firstResponseAt: nil, resolvedAt: nil, closedAt: nil, rejectedAt: nil, rejectionReason: nil, reopenCount: 0,
            rating: nil,
            ratingComment: nil, lastEventAt: receivedAt)
        complaint.topic = draft.topic
        complaint.villageCode = draft.villageCode
        complaint.coordinates = draft.coordinates
        let event = ComplaintEventDraft(
            at: receivedAt, localDate: receivedOn, due: due, action: .receive, statusBefore: nil,
            statusAfter: .received, unitBefore: nil, unitAfter: nil, text: nil, isPublic: false)
        return (complaint, event)
    }

    /// Applies one action: checks the life-cycle table and the event time, and updates the values
    /// derived from the history. The one definition of what an action does, used by the store for a
    /// single command and by the bulk import for a whole history.
    public mutating func apply(
        _ request: ComplaintAction, at: Timestamp, now: Timestamp, timeZone: UTCOffset,
        references: some ComplaintReferences
    ) throws -> ComplaintStep {
        if at > now { throw DomainError.rule(.inTheFuture(field: "--at", value: at, now: now)) }
        if at < lastEventAt {
            throw DomainError.rule(.beforePreviousEvent(ticket: ticket.description, value: at, previous: lastEventAt))
        }
        let action = request.kind
        guard let next = request.nextStatus(from: status, heldFrom: heldFrom) else {
            throw DomainError.rule(.actionNotAllowed(ticket: ticket.description, action: action, status: status))
        }
        let before = status
        let unitBefore = unitCode?.value
        let atDate = at.date(in: timeZone)
        var text: String?
        var isPublic = false
        var recomputeDue = false
        var newUnit: Unit?
        var assignee: String?
        var workingDays: Int?
        var corrected: (field: String, before: String?, after: String?)?
        let formBefore = maladministration
        func respondFirst() {
            guard firstResponseAt == nil else { return }
            firstResponseAt = at
            // Judged against the due date in force now, and kept: later holds or holidays do not rewrite history.
            firstResponseOnTime = due.respondsInTime(at: at, on: atDate)
        }
        switch request {
        case .verify(let code, let categoryCode, let form):
            let unit = try references.activeUnit(code, on: atDate)
            try checkHolder(unit)
            if let categoryCode { category = try CategoryCode(try references.category(categoryCode).chosen().code) }
            if let form {
                maladministration = form
                // The form the hand-over sets is kept in its event, as a correction keeps its value.
                if form != formBefore {
                    corrected = (CorrectableField.maladministration.rawValue, formBefore?.rawValue, form.rawValue)
                }
            }
            unitCode = try UnitCode(unit.code)
            newUnit = unit
            verifiedAt = at
            handedOverOn = atDate
            recomputeDue = true
        case .reassign(let code, let reason):
            // Held before verification, no unit holds it yet: it is verified and handed over, not passed on.
            guard unitCode != nil else {
                throw DomainError.rule(.actionNotAllowed(ticket: ticket.description, action: action, status: status))
            }
            let unit = try references.activeUnit(code, on: atDate)
            guard unit.code != unitCode?.value else {
                throw DomainError.rule(.sameUnit(ticket: ticket.description, unit: unit.code))
            }
            try checkHolder(unit)
            unitCode = try UnitCode(unit.code)
            newUnit = unit
            text = reason
            assignedTo = nil
            // The deadlines count on the new unit's week from now on.
            recomputeDue = true
        case .respond(let message):
            text = message
            isPublic = true
            respondFirst()
        case .note(let message):
            text = message
        case .reply(let message):
            text = message
            isPublic = true
        case .hold(let reason):
            heldFrom = status
            heldSince = at
            text = reason
        case .resume:
            let heldOn = (heldSince ?? at).date(in: timeZone)
            let days = max(0, try references.calendar(forUnit: unitCode).workingDays(from: heldOn, to: atDate))
            if heldFrom == .received {
                verifyHeldWorkingDays += days
            } else {
                heldWorkingDays += days
                heldSeconds += max(0, Int(at.secondsSinceEpoch - (heldSince ?? at).secondsSinceEpoch))
            }
            heldFrom = nil
            heldSince = nil
            recomputeDue = true
        case .resolve(let message):
            text = message
            isPublic = true
            respondFirst()
            resolvedAt = at
            settledOnTime = due.settlesInTime(on: atDate)
        case .reopen(let reason):
            text = reason
            reopenCount += 1
            resolvedAt = nil
            settledOnTime = nil
        case .close(let givenRating, let comment):
            closedAt = at
            rating = givenRating
            ratingComment = comment
            text = comment
        case .closeWithoutReply(let days):
            closedAt = at
            text =
                "closed automatically: no reply \(days) working days after the "
                + (before == .resolved ? "resolution" : "response")
        case .reject(let reason, let message):
            rejectedAt = at
            rejectionReason = reason
            text = message
            isPublic = message != nil
        case .assign(let login, let note):
            guard login != assignedTo else {
                throw DomainError.rule(.alreadyAssigned(ticket: ticket.description, login: login.value))
            }
            assignedTo = login
            assignee = login.value
            text = note
        case .extend(let days, let reason):
            guard extendedWorkingDays == 0 else {
                throw DomainError.rule(.alreadyExtended(ticket: ticket.description, workingDays: extendedWorkingDays))
            }
            try references.category(category).checkExtension(days, ticket: ticket.description)
            extendedWorkingDays = days
            workingDays = days
            text = reason
            recomputeDue = true
        case .correct(let correction, let reason):
            let field = correction.field
            let before = stored(field)
            switch correction {
            case .subject(let value): subject = value
            case .description(let value): description = value
            case .location(let value): location = value
            case .channel(let value): channel = value
            case .category(let code):
                category = try CategoryCode(try references.category(code).chosen().code)
                // The running deadlines follow the new category from now on; past events keep theirs.
                recomputeDue = true
            case .topic(let code):
                topic = try code.map { try references.topic($0).chosen().code }
            case .received(let instant):
                if instant > now { throw DomainError.rule(.inTheFuture(field: "--received", value: instant, now: now)) }
                receivedAt = instant
                receivedOn = instant.date(in: timeZone)
                recomputeDue = true
            case .maladministration(let form): maladministration = form
            case .village(let code): villageCode = code
            case .point(let point): coordinates = point
            }
            let after = stored(field)
            guard after != before else {
                throw DomainError.rule(.correctionChangesNothing(ticket: ticket.description, field: field.rawValue))
            }
            corrected = (field.rawValue, before, after)
            text = reason
        case .forward(let agency, let reason, let reference):
            forwardedTo = agency
            forwardedAt = at
            forwardReference = reference
            assignedTo = nil
            text = reason
            isPublic = true
        }
        // Whatever changed the class or the form, a form stays only in the class "berkadar pengawasan".
        try Maladministration.check(maladministration, category: category.value, ticket: ticket.description)
        status = next
        lastEventAt = at
        if recomputeDue {
            due = DueDates.compute(
                receivedOn: receivedOn, handedOver: verifiedAt, timeZone: timeZone,
                deadlines: try references.category(category).deadlines,
                heldWorkingDays: heldWorkingDays, heldSeconds: heldSeconds,
                verifyHeldWorkingDays: verifyHeldWorkingDays,
                extendedWorkingDays: extendedWorkingDays, calendar: try references.calendar(forUnit: unitCode),
                deskCalendar: try references.calendar(forUnit: nil))
        }
        let event = ComplaintEventDraft(
            at: at, localDate: atDate, due: due, action: action, statusBefore: before, statusAfter: next,
            unitBefore: unitBefore, unitAfter: unitCode?.value, text: text, isPublic: isPublic, assignee: assignee,
            workingDays: workingDays, field: corrected?.field, valueBefore: corrected?.before,
            valueAfter: corrected?.after)
        return ComplaintStep(event: event, newUnit: newUnit)
    }

    /// Who may hold the complaint: any unit, but a whistle-blowing report only an inspectorate.
    func checkHolder(_ unit: Unit) throws(DomainError) {
        guard kind.isWhistleblowing, !unit.isInspectorate else { return }
        throw .rule(.whistleblowingOutsideInspectorate(ticket: ticket.description, unit: unit.code))
    }
}

/// What a complaint on hold (tunda) waits for, named so that a desk sees at a glance whose move
/// it is. The history keeps it at the head of the hold's reason, in the government's language:
/// "Menunggu pengadu: foto lokasi".
public enum HoldAwaiting: String, CaseIterable, Sendable {
    case complainant
    case otherAgency = "other-agency"
    case fieldCheck = "field-check"
    case budget
    case thirdParty = "third-party"

    /// How the history names it.
    public var recorded: String {
        switch self {
        case .complainant: "Menunggu pengadu"
        case .otherAgency: "Menunggu instansi lain"
        case .fieldCheck: "Menunggu pemeriksaan lapangan"
        case .budget: "Menunggu anggaran"
        case .thirdParty: "Menunggu pihak ketiga"
        }
    }

    /// The hold's reason with what it waits for at its head.
    public func reason(_ typed: String) -> String { "\(recorded): \(typed)" }
}
