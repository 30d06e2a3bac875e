/// A rule of the domain that an input breaks. Each case names the offending value; the CLI turns
/// it into a one-line message in the user's language. A malformed option value (wrong shape) is a
/// usage error (exit 64); everything else here is a data error (exit 65).
public enum DomainError: Error, Sendable, Equatable {
    /// A value that does not have the required shape, e.g. a date that is not YYYY-MM-DD.
    case malformed(field: String, value: String, expected: String)
    /// A value outside the allowed set.
    case notAllowed(field: String, value: String, allowed: [String])
    /// A value outside a numeric range.
    case outOfRange(field: String, value: String, range: ClosedRange<Int>)
    /// A value of the right shape that breaks a rule, e.g. 2026-02-30.
    case invalid(field: String, value: String, reason: Reason)
    /// A NIP that fails one of its checks.
    case invalidNIP(value: String, problem: NIPProblem)
    /// No record with this key.
    case notFound(kind: RecordKind, key: String)
    /// A record with this key exists already.
    case duplicate(kind: RecordKind, key: String)
    /// A rule across records.
    case rule(RuleViolation)

    /// Whether the error is about the shape of what was typed (a usage error) rather than about
    /// its value: `--staff banyak` or `--kind dinas` is malformed, `--rating 5` is a value out of range.
    public var isMalformed: Bool {
        switch self {
        case .malformed, .notAllowed: true
        // What was typed lacks some indicators or names one twice: its shape, not a value, is wrong.
        case .invalid(_, _, .missingIndicators), .invalid(_, _, .givenTwice): true
        default: false
        }
    }
}

public enum RecordKind: String, Sendable, Equatable {
    case skpd, group, member, meeting, sop, setting, complaint, category, holiday, improvement, survey, official
    case externalReference = "external reference"
    case coordination
    case coordinationAction = "coordination action"
    case rbk, assessment
    case place
    case target
    case topic
}

/// Why a value of the right shape is refused.
public enum Reason: Sendable, Equatable {
    case noSuchDate
    /// Longer than allowed in Unicode scalars or UTF-8 bytes.
    case tooLong(TextLength)
    case empty
    case controlCharacters
    /// Nothing visible: only spaces, zero-width or other invisible characters.
    case invisible
    /// A CSV row with another number of fields than its header (the value is the row's count).
    case fieldCount(expected: Int)
    /// A row with a key imported before (a source ticket, a group id, an IKM period) holds other content.
    case differentContent
    /// A history that was rejected cannot also have been answered, resolved or closed.
    case contradictsRejection
    /// A LAPOR! record whose history (disposition, follow-up, finishing) ends in another status.
    case laporStatusDiffers(String)
    /// A date outside the years kbk accepts.
    case implausibleYear(ClosedRange<Int>)
    /// Left out of an export on purpose (a confidential complaint's description without personal data).
    case withheld
    /// An import's key (a unit, period label and service) fits this many IKM surveys, not one.
    case ambiguousSurvey(count: Int)
    /// A mail command kbk will not run (`mail.command`).
    case unsafeMailCommand(MailCommandProblem)
    /// An image kbk will not keep as the letterhead's emblem (`org.logo`).
    case unsafeLogo(LogoProblem)
    /// A file kbk will not keep as an attachment.
    case unsafeAttachment(AttachmentProblem)
    /// A desa's name that several desa share: each as "Name, Kecamatan", the form that names one.
    case ambiguousPlace([String])
    /// A kecamatan named where a desa or kelurahan is asked for.
    case notAVillage
    /// A desa or kelurahan named as the kecamatan another lies in.
    case notAKecamatan
    /// A point outside the government's box (`org.bounds`, "south,west,north,east").
    case outsideBounds(String)
    /// An assessment scored per indicator without a score for these behaviour indicators (codes).
    case missingIndicators([String])
    /// The same indicator (the value) given twice where each is given once.
    case givenTwice
    /// A self-assessment's value score given beside an indicator's: it is scored one way or the other.
    case scoredBothWays
}

/// Why an image is refused as `org.logo`: it must be a well-formed PNG or JPEG, or an SVG that
/// is well-formed XML with nothing in it that runs or loads anything from elsewhere, because the
/// report embeds it and whoever opens the image on its own would run what it holds.
public enum LogoProblem: Error, Sendable, Equatable {
    /// Neither a PNG's nor a JPEG's first bytes, and no XML.
    case unknownFormat
    /// A PNG signature that is not whole, or no IHDR chunk first and IEND chunk last.
    case brokenPNG
    /// A JPEG that does not begin with FF D8 FF or end with FF D9.
    case brokenJPEG
    /// An SVG whose bytes are not UTF-8.
    case notUTF8
    /// An SVG that declares another encoding than UTF-8.
    case encoding(String)
    /// An SVG that is not well-formed XML (the line the parser stopped at).
    case malformedXML(line: Int)
    /// A document type or entity declaration (entity expansion, external entities).
    case doctype
    /// A processing instruction (`<?xml-stylesheet …?>`); the XML declaration is not one.
    case processingInstruction(String)
    /// The root element (its name as written) is not `svg`.
    case root(String)
    /// An element that runs code or embeds other documents (`script`, `foreignObject`, …).
    case element(String)
    /// An attribute whose name begins with `on` (`onload`, `onclick`).
    case eventAttribute(String)
    /// A reference (`href`, `xlink:href`, `src`) that is neither `#id` nor a PNG or JPEG data URI.
    case externalReference(attribute: String, value: String)
    /// An animation (`animate`, `set`) of a reference or an event attribute.
    case animatedReference(String)
    /// What in a style or presentation attribute could load or run something (`url(http://…)`,
    /// `@import`, `expression(`, `javascript:`, a CSS escape).
    case unsafeStyle(String)
}

/// Why `mail.command` is refused: it must name a sendmail-compatible program that only root can
/// change, with fixed sendmail options, so that whoever may change a setting cannot make
/// `kbk escalate` run code of their choosing.
public enum MailCommandProblem: Error, Sendable, Equatable {
    /// The program is not an absolute path, or the text holds control characters or is too long.
    case shape
    /// The program (or the file a link names) is a shell or an interpreter: it would run code.
    case interpreter(String)
    /// An argument that is not one of the sendmail options kbk allows.
    case argument(String)
    /// The program cannot be examined (the system's reason: no such file, …).
    case unreadable(path: String, reason: String)
    /// Not a regular file that can be executed.
    case notExecutableFile(String)
    /// The file, or its folder, is not owned by root.
    case notOwnedByRoot(String)
    /// The file, or its folder, can be written by its group or by others.
    case writableByOthers(String)
}

/// A text's length in Unicode scalars and UTF-8 bytes, with the limits of its field, so that a
/// message can tell the length without echoing the text.
public struct TextLength: Sendable, Equatable {
    public let scalars: Int
    public let bytes: Int
    public let maxScalars: Int
    public let maxBytes: Int

    public init(_ text: String, maxScalars: Int, maxBytes: Int) {
        scalars = text.unicodeScalars.count
        bytes = text.utf8.count
        self.maxScalars = maxScalars
        self.maxBytes = maxBytes
    }
}

/// What is wrong with a NIP, part by part.
public enum NIPProblem: Sendable, Equatable {
    case notDigits
    case length(Int)
    case birthDate
    case appointmentMonth
    case appointmentBeforeBirth
    case gender
    case serial
    case agreementCount
}

/// A rule between records that a change would break.
public enum RuleViolation: Sendable, Equatable {
    /// One network address has made as many of a citizen's act as it may in the window (hours).
    case citizenLimit(act: CitizenAct, limit: Int, hours: Int)
    /// A web intake form sent again after it recorded this complaint.
    case intakeFormSent(ticket: String)
    /// Files given without an action on the complaint to carry them (attachments come with one).
    case attachmentWithoutAction(ticket: String)
    /// No attachment with this number on this complaint (or none the reader may see).
    case noSuchAttachment(ticket: String, id: Int64)
    /// A complaint named as its own duplicate's original.
    case duplicateOfItself(ticket: String)
    /// The original named is itself a duplicate of `original`: that one is the original.
    case originalIsADuplicate(ticket: String, original: String)
    /// The original named was rejected: it is followed up by no one.
    case originalRejected(ticket: String)
    case parentMustBeDistrict(child: String, parent: String)
    case parentIsItself(String)
    case unitInactive(String)
    case groupDissolved(id: Int)
    case secondChair(group: Int, chair: String)
    case alreadyActiveMember(nip: String, group: Int)
    case notAMember(nip: String, group: Int)
    case notAMemberOn(nip: String, group: Int, date: CivilDate)
    /// `field` (`value`) must not be before `other` (`limit`).
    case dateBefore(field: String, value: CivilDate, other: String, limit: CivilDate)
    /// A national holiday or collective leave day (set by a decree) changed or removed without
    /// the reason: a decree's day is corrected only with the reason on the record.
    case decreedDayNeedsReason(CivilDate)
    case sopRevoked(String)
    case alreadyEnded(kind: RecordKind, key: String)
    /// The complaint's status does not allow the action.
    case actionNotAllowed(ticket: String, action: ComplaintAction.Kind, status: ComplaintStatus)
    /// An event time after the present.
    case inTheFuture(field: String, value: Timestamp, now: Timestamp)
    /// A time typed by hand further back than the window the database allows (`clock.backdate-days`).
    case beyondBackdateWindow(field: String, value: Timestamp, earliest: Timestamp, days: Int)
    /// An event time before the complaint's previous event.
    case beforePreviousEvent(ticket: String, value: Timestamp, previous: Timestamp)
    /// Reassigning a complaint to the unit that already has it.
    case sameUnit(ticket: String, unit: String)
    /// Ending a unit that still holds open complaints, without a successor to take them.
    case unitHoldsOpenComplaints(unit: String, count: Int)
    /// Ending a unit whose open complaints of a function (`category:general`) no route and no
    /// default successor take.
    case noSuccessorFor(unit: String, function: String, count: Int)
    /// The same function given two successors.
    case duplicateRoute(String)
    /// A corrected receipt time after the complaint's first event after its receipt.
    case receivedAfterItsEvents(ticket: String, value: Timestamp, first: Timestamp)
    /// A correction that gives a field the value it has.
    case correctionChangesNothing(ticket: String, field: String)
    /// A second extension of a complaint's settlement deadline.
    case alreadyExtended(ticket: String, workingDays: Int)
    /// A class out of use chosen for a complaint, with the class that replaced it, if any.
    case categoryNotInUse(category: String, replacedBy: String?)
    /// A topic out of use chosen for a complaint.
    case topicNotInUse(topic: String)
    /// An extension longer than the complaint's class allows (`limit` 0: none).
    case extensionBeyondClass(ticket: String, category: String, workingDays: Int, limit: Int)
    /// Assigning a complaint to the official who already has it.
    case alreadyAssigned(ticket: String, login: String)
    /// Assigning a complaint to someone who cannot act on it: not an officer or unit-admin of its unit.
    case notAnAssignee(ticket: String, login: String, unit: String)
    /// An improvement action may only move to its next stage, or be dropped.
    case stageNotAllowed(id: Int, from: ImprovementStage, to: ImprovementStage)
    /// A complaint or SOP linked to an action of a unit it does not belong to (or one under it).
    case outsideUnit(kind: RecordKind, key: String, unit: String)
    /// A date that has not come yet, for something that must have happened (a meeting).
    case dateInTheFuture(field: String, value: CivilDate, today: CivilDate)
    /// An RBK citing an improvement action of another group.
    case improvementOfAnotherGroup(id: Int, group: Int)
    /// A category whose settlement comes before its first response.
    case settleBeforeResponse(category: String, respondDays: Int, settleDays: Int)
    /// Deactivating or demoting the last active admin would leave nobody to manage officials.
    case lastAdmin(login: String)
    /// An IKM survey counting more questionnaires than it had respondents.
    case fewerRespondentsThanQuestionnaires(respondents: Int, questionnaires: Int)
    /// A form of maladministration on a complaint whose class is not "berkadar pengawasan".
    case maladministrationOutsideClass(ticket: String, form: String, category: String)
    /// A whistle-blowing complaint handed to a unit that is not an inspectorate.
    case whistleblowingOutsideInspectorate(ticket: String, unit: String)
}
