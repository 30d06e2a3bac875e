import KBKDomain
import KBKStore

/// Complaints (`complaints`) with their LAPOR!-style history columns, replayed in memory and written
/// in bulk: known again by their source ticket or their external reference.
struct ComplaintImporter: RecordImporter {
    static let requiredColumns = ["subject", "description", "channel"]
    static let extraColumns = [
        "complainant_name", "complainant_contact", "skpd", "verified_at", "responded_at", "response",
        "resolved_at", "resolution", "closed_at", "rating", "rejected_at", "rejection_reason", "forwarded_to",
        "forwarded_at",
    ]
    static let checksRowsBeforeWriting = true
    let store: Store
    let bulkIndexThreshold: Int
    /// Complaints are replayed in memory and written in bulk.
    var loader: ComplaintLoader?
    /// The complaint the last row stored (for `LaporImporter`'s check of its status).
    var lastImported: Complaint?

    mutating func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let source = try record.parse("ticket", Ticket.parse)?.description
        if let source, try key(.complaints, source) != nil {
            try checkSameContent(.complaints, source, record, column: "ticket")
            return false
        }
        let reference = try record.parse("external_ref", FieldParser.name("external reference"))
        if let reference, try store.imports.complaintExists(externalReference: reference) { return false }
        let confidential = try record.parse("confidential", FieldParser.flag) ?? false
        if confidential && record.value("description") == nil {
            throw ImportProblem(
                line: record.line, column: "description",
                error: DomainError.invalid(field: "description", value: "", reason: .withheld))
        }
        var draft = ComplaintDraft(
            subject: try record.require("subject", FieldParser.name("subject")),
            description: try record.require("description", FieldParser.long("description")),
            channel: try record.require("channel") { (t: String) throws(DomainError) in
                try parseChoice(t, field: "channel")
            })
        draft.kind =
            try record.parse("kind") { (t: String) throws(DomainError) in try parseChoice(t, field: "kind") }
            ?? .complaint
        draft.category = try record.parse("category", CategoryCode.init)
        draft.topic = try record.parse("topic", Topic.parseCode)
        draft.receivedAt = try record.parse("received_at", time)
        draft.location = try record.parse("location", FieldParser.name("location"))
        draft.villageCode = try record.parse("desa") { (t: String) throws(DomainError) in
            try Place.parseCode(t, field: "desa")
        }
        if let latitude = record.value("lat"), let longitude = record.value("long") {
            draft.coordinates = try record.require("lat") { (_: String) throws(DomainError) in
                try Coordinates.parse(latitude: latitude, longitude: longitude)
            }
        }
        draft.externalReference = reference
        draft.sopNumber = try record.parse("sop", FieldParser.name("sop"))
        draft.isAnonymous = try record.parse("anonymous", FieldParser.flag) ?? false
        draft.isConfidential = confidential
        draft.complainantName = try record.parse("complainant_name", FieldParser.name("complainant name"))
        draft.complainantContact = try record.parse("complainant_contact", FieldParser.name("complainant contact"))
        let unit = try record.parse("skpd", UnitCode.init)
        let verifiedAt = try record.parse("verified_at", time)
        if verifiedAt == nil { draft.unit = unit }
        if loader == nil {
            loader = try ComplaintLoader(store, in: transaction)
            loader?.indexes.threshold = bulkIndexThreshold
        }
        guard let loader else { return false }
        var pending = try record.attempt(draft.unit == nil ? nil : "skpd") { try loader.receive(draft) }
        // A history given as columns (a LAPOR! export) becomes the events it stands for, in order.
        func act(_ column: String, _ request: ComplaintAction, _ at: Timestamp) throws {
            try record.attempt(column) { try loader.apply(request, at: at, to: &pending) }
        }
        if let verifiedAt {
            guard let unit else {
                throw ImportProblem(
                    line: record.line, column: "skpd",
                    error: DomainError.invalid(field: "skpd", value: "", reason: .empty))
            }
            try act("verified_at", .verify(unit: unit, category: nil), verifiedAt)
        }
        if record.value("rejected_at") != nil,
            let column = ["resolved_at", "closed_at", "responded_at"].first(where: { record.value($0) != nil })
        {
            throw ImportProblem(
                line: record.line, column: column,
                error: DomainError.invalid(
                    field: column, value: record.value(column) ?? "", reason: .contradictsRejection))
        }
        if let at = try record.parse("forwarded_at", time) {
            // Not the government's business (LAPOR!'s Bukan Wewenang): to the agency named.
            let agency = try record.require("forwarded_to", FieldParser.name("forwarded_to"))
            try act("forwarded_at", .forward(agency: agency, reason: "(imported)", reference: nil), at)
        } else if let at = try record.parse("rejected_at", time) {
            let reason: RejectionReason =
                try record.parse("rejection_reason") { (t: String) throws(DomainError) in
                    try parseChoice(t, field: "rejection reason")
                } ?? .invalid
            try act("rejected_at", .reject(reason, message: nil), at)
        } else {
            if let at = try record.parse("responded_at", time) {
                try act(
                    "responded_at",
                    .respond(try record.parse("response", FieldParser.long("response")) ?? "(imported response)"), at)
            }
            if let at = try record.parse("resolved_at", time) {
                try act(
                    "resolved_at",
                    .resolve(try record.parse("resolution", FieldParser.long("resolution")) ?? "(imported resolution)"),
                    at)
            }
            if let at = try record.parse("closed_at", time) {
                // Closed without a resolution: the sweep's closing after a response, as LAPOR! closes
                // a report its complainant left unanswered.
                let closing: ComplaintAction =
                    record.value("resolved_at") == nil && record.value("responded_at") != nil
                    ? .closeWithoutReply(afterWorkingDays: AutoClose.defaultWorkingDays)
                    : .close(
                        rating: try record.parse("rating", FieldParser.integer(Complaint.ratingRange)), comment: nil)
                try act("closed_at", closing, at)
            }
        }
        let complaint = try record.attempt(nil) { try loader.store(pending) }
        lastImported = complaint
        if let source {
            try remember(.complaints, source, complaint.ticket.description, in: transaction)
            try rememberContent(.complaints, source, record, in: transaction)
        }
        return true
    }

    func keepLoad() throws -> String? {
        try loader?.finish()
    }

    func columnChecks() -> [String: ColumnCheck] {
        let time = self.time
        var checks: [String: ColumnCheck] = [
            "ticket": check(Ticket.parse), "received_at": check(time), "channel": choice(Channel.self, "channel"),
            "kind": choice(ComplaintKind.self, "kind"), "category": check(CategoryCode.parse),
            "topic": check(Topic.parseCode),
            "subject": check(FieldParser.name("subject")), "description": check(FieldParser.long("description")),
            "location": check(FieldParser.name("location")),
            "desa": check { (t: String) throws(DomainError) in try Place.parseCode(t, field: "desa") },
            "external_ref": check(FieldParser.name("external reference")), "sop": check(FieldParser.name("sop")),
            "anonymous": check(FieldParser.flag), "confidential": check(FieldParser.flag),
            "skpd": check(UnitCode.init), "rating": check(FieldParser.integer(Complaint.ratingRange)),
            "rejection_reason": choice(RejectionReason.self, "rejection reason"),
        ]
        for column in ["verified_at", "responded_at", "resolved_at", "closed_at", "rejected_at", "forwarded_at"] {
            checks[column] = check(time)
        }
        return checks
    }

    func referenceChecks() -> [String: (String) throws -> Void] {
        ["skpd": unitExists]
    }
}
