import KBKDomain
import KBKStore

/// Events of complaints (`events`), each applied through the store as the commands apply it; an
/// event already recorded is present.
struct EventImporter: RecordImporter {
    static let requiredColumns = ["ticket", "at", "action"]
    static let checksRowsBeforeWriting = true
    let store: Store
    let bulkIndexThreshold: Int
    /// A big events file updates complaints faster without their secondary indexes (see BulkIndexes).
    var eventIndexes: BulkIndexes?
    /// The search index is kept once at the end of the file, not per event (see SearchIndexBatch).
    var searchIndex: SearchIndexBatch?

    mutating func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let ticket = try ticket(record)
        let at = try record.require("at", time)
        let action: ComplaintAction.Kind = try record.require("action") { (t: String) throws(DomainError) in
            try parseChoice(t, field: "action")
        }
        let text = try record.parse("text", FieldParser.long("text"))
        let actor = try record.parse("actor") { (t: String) throws(DomainError) in try Actor(t) }
        // A correction names its field; a hand-over that set a form of maladministration names that.
        let correctedField =
            action == .edit || action == .verify ? try record.parse("field", FieldParser.name("field")) : nil
        if try store.imports.eventExists(ticket: ticket, at: at, action: action, field: correctedField) {
            return false
        }
        if searchIndex == nil { searchIndex = try SearchIndexBatch(in: transaction) }
        func unit() throws -> UnitCode { try record.require("skpd", UnitCode.init) }
        let request: ComplaintAction
        switch action {
        case .receive, .escalate:
            // A receipt comes from the complaints file; a deadline notice is this database's own.
            throw ImportProblem(
                line: record.line, column: "action",
                error: DomainError.notAllowed(
                    field: "action", value: action.rawValue,
                    allowed: ComplaintAction.Kind.allCases.filter { $0 != .receive && $0 != .escalate }.map(\.rawValue))
            )
        case .verify:
            // The form of maladministration a hand-over set leaves as its field and value.
            let form: Maladministration? =
                record.value("field") == CorrectableField.maladministration.rawValue
                ? try record.parse("value") { (t: String) throws(DomainError) in
                    try Maladministration.parseOptional(t)
                } ?? nil : nil
            request = .verify(
                unit: try unit(), category: try record.parse("category", CategoryCode.init), maladministration: form)
        case .reassign: request = .reassign(to: try unit(), reason: text ?? "(imported)")
        case .respond: request = .respond(text ?? "(imported response)")
        // The complainant's reply comes back as one, public as it was.
        case .note where actor == Actor.citizen: request = .reply(text ?? "")
        case .note: request = .note(text ?? "(imported note)")
        case .hold: request = .hold(reason: text ?? "(imported)")
        case .resume: request = .resume
        case .resolve: request = .resolve(text ?? "(imported resolution)")
        case .reopen: request = .reopen(reason: text ?? "(imported)")
        case .close where try store.complaints.get(ticket).status == .inProgress:
            // Only the sweep closes a complaint in progress: its complainant fell silent after a response.
            request = .closeWithoutReply(
                afterWorkingDays: AutoClose.silentDays(in: text) ?? AutoClose.defaultWorkingDays)
        case .close:
            request = .close(
                rating: try record.parse("rating", FieldParser.integer(Complaint.ratingRange)), comment: text)
        case .reject:
            request = .reject(
                try record.parse("reason") { (t: String) throws(DomainError) in try parseChoice(t, field: "reason") }
                    ?? .invalid,
                message: text)
        case .assign:
            request = .assign(
                to: try record.require("assignee") { (t: String) throws(DomainError) in try Login(t) },
                note: text)
        case .extend:
            request = .extend(
                workingDays: try record.require("working_days", FieldParser.integer(ComplaintAction.extensionRange)),
                reason: text ?? "(imported)")
        case .forward:
            request = .forward(
                agency: try record.require("agency", FieldParser.name("agency")),
                reason: text ?? "(imported)", reference: try record.parse("reference", FieldParser.name("reference")))
        case .edit:
            let field: CorrectableField = try record.require("field") { (t: String) throws(DomainError) in
                try parseChoice(t, field: "field")
            }
            // A confidential description leaves without its value: such a row is refused, as every
            // field but the location needs one.
            let correction: Correction =
                switch field {
                case .subject: .subject(try record.require("value", FieldParser.name("value")))
                case .description: .description(try record.require("value", FieldParser.long("value")))
                case .location: .location(try record.parse("value", FieldParser.name("value")))
                case .channel:
                    .channel(
                        try record.require("value") { (t: String) throws(DomainError) in
                            try parseChoice(t, field: "channel")
                        })
                case .category: .category(try record.require("value", CategoryCode.init))
                case .topic: .topic(try record.parse("value", Topic.parseCode))
                case .received: .received(try record.require("value", time))
                case .maladministration:
                    .maladministration(
                        try record.parse("value") { (t: String) throws(DomainError) in
                            try Maladministration.parseOptional(t)
                        } ?? nil)
                case .desa:
                    .village(
                        try record.parse("value") { (t: String) throws(DomainError) in
                            try Place.parseCode(t, field: "value")
                        })
                case .point:
                    .point(
                        try record.parse("value") { (t: String) throws(DomainError) in
                            try Coordinates.parse(stored: t, field: "value")
                        })
                }
            // A complaints file holds each complaint as it is now, so a correction it already shows is
            // restored as history rather than made again.
            if try store.complaints.get(ticket).stored(field) == correction.storedValue {
                _ = try record.attempt("action") {
                    try transaction.complaints.restoreCorrection(
                        ticket, field: field, before: try record.parse("previous", FieldParser.long("previous")),
                        reason: text ?? "(imported)", at: at, performedBy: actor ?? transaction.actor)
                }
                try countEvent(in: transaction)
                return true
            }
            request = .correct(correction, reason: text ?? "(imported)")
        }
        _ = try record.attempt("action") { try transaction.complaints.act(ticket, request, at: at, performedBy: actor) }
        try countEvent(in: transaction)
        return true
    }

    private mutating func countEvent(in transaction: Transaction) throws {
        if eventIndexes == nil {
            eventIndexes = try BulkIndexes(table: "complaint", in: transaction)
            eventIndexes?.threshold = bulkIndexThreshold
        }
        try eventIndexes?.rowWritten()
    }

    func keepLoad() throws -> String? {
        try eventIndexes?.rebuild()
        try searchIndex?.finish()
        return nil
    }

    /// The complaint an events row names in `ticket`: a ticket of the source (mapped to this
    /// database's), or the complaint's external reference, such as its LAPOR! tracking number.
    private func ticket(_ record: Record) throws -> Ticket {
        // Parsed once: the external reference is looked up only for what is not a ticket.
        let text = try record.require("ticket") { (t: String) throws(DomainError) in t }
        let source: String
        do {
            source = try Ticket.parse(text).description
        } catch {
            guard let found = try store.imports.ticket(externalReference: text.trimmingWhitespace()) else {
                throw ImportProblem(line: record.line, column: "ticket", error: error)
            }
            return try record.attempt("ticket") { try Ticket.parse(found) }
        }
        let mapped = try key(.complaints, source) ?? source
        return try record.attempt("ticket") { try Ticket.parse(mapped) }
    }

    func columnChecks() -> [String: ColumnCheck] {
        let time = self.time
        return [
            "at": check(time), "action": choice(ComplaintAction.Kind.self, "action"),
            "actor": check(Actor.init), "skpd": check(UnitCode.init), "category": check(CategoryCode.parse),
            "rating": check(FieldParser.integer(Complaint.ratingRange)),
            "reason": choice(RejectionReason.self, "reason"), "assignee": check(Login.init),
            "working_days": check(FieldParser.integer(ComplaintAction.extensionRange)),
            "agency": check(FieldParser.name("agency")), "reference": check(FieldParser.name("reference")),
            "field": choice(CorrectableField.self, "field"),
        ]
    }

    func referenceChecks() -> [String: (String) throws -> Void] {
        [
            "skpd": unitExists,
            "ticket": { value in
                if try store.imports.ticket(externalReference: value) != nil { return }
                let source = try Ticket.parse(value).description
                _ = try store.complaints.get(try Ticket.parse(try key(.complaints, source) ?? source))
            },
        ]
    }
}
