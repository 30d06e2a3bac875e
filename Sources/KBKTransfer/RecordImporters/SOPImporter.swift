import KBKDomain
import KBKStore

/// SOPs (`sops`): each row a revision, a review or a revocation; an SOP whose number existed before
/// the import is present.
struct SOPImporter: RecordImporter {
    static let requiredColumns = ["number", "skpd", "entry", "effective_on"]
    let store: Store
    /// SOP numbers that existed before this import: their rows are already present.
    var existingSOPs: Set<String>?

    mutating func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        if existingSOPs == nil {
            existingSOPs = try store.imports.sopNumbers()
        }
        let number = try record.require("number", FieldParser.name("number"))
        if existingSOPs?.contains(number) == true { return false }
        let entry = try record.require("entry") { (t: String) throws(DomainError) -> String in
            guard ["revision", "review", "revoke"].contains(t.lowercased()) else {
                throw .notAllowed(field: "entry", value: t, allowed: ["revision", "review", "revoke"])
            }
            return t.lowercased()
        }
        let date = try record.parse("date", FieldParser.date)
        switch entry {
        case "revision":
            let content = SOPContent(
                title: try record.require("title", FieldParser.name("title")),
                service: try record.parse("service", FieldParser.name("service")),
                legalBasis: try record.parse("legal_basis", FieldParser.long("legal basis")),
                madeOn: try record.parse("made_on", FieldParser.date),
                effectiveOn: try record.require("effective_on", FieldParser.date),
                approvedByName: try record.parse("approved_by_name", FieldParser.name("approved by name")),
                approvedByNIP: try record.parse("approved_by_nip", NIP.init)?.digits,
                serviceDays: try record.parse("service_days", FieldParser.integer(SOPSchedule.serviceDaysRange)))
            let reviewMonths = try record.parse("review_months", FieldParser.integer(SOPSchedule.reviewMonthsRange))
            if try store.sops.find(number) == nil {
                let unit = try record.require("skpd", UnitCode.init)
                _ = try record.attempt("skpd") {
                    try transaction.sops.add(number: number, unit: unit, content: content, reviewMonths: reviewMonths)
                }
            } else {
                var changes = SOPContentChanges()
                changes.title = content.title
                changes.service = .some(content.service)
                changes.legalBasis = .some(content.legalBasis)
                changes.approvedByName = .some(content.approvedByName)
                changes.approvedByNIP = .some(try content.approvedByNIP.map { try NIP($0) })
                changes.serviceDays = .some(content.serviceDays)
                _ = try record.attempt("date") {
                    try transaction.sops.revise(
                        number, effectiveOn: content.effectiveOn, revisedOn: date, changes: changes,
                        reviewMonths: reviewMonths)
                }
            }
        case "review":
            let outcome = try record.require("outcome", ReviewOutcome.parse)
            let reviewDate = try date ?? record.require("date", FieldParser.date)
            _ = try record.attempt("date") {
                try transaction.sops.review(
                    number, on: reviewDate, outcome: outcome, note: try record.parse("note", FieldParser.long("note")),
                    reviewer: try record.parse("reviewer_nip", NIP.init))
            }
        default:
            let revokeDate = try date ?? record.require("date", FieldParser.date)
            _ = try record.attempt("date") { try transaction.sops.revoke(number, on: revokeDate) }
        }
        return true
    }
}
