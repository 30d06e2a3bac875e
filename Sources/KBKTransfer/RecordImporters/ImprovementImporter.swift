import KBKDomain
import KBKStore

/// Improvements (`improvements`): a row opens one, moves it to a stage or links it to a complaint,
/// an SOP or an IKM survey element.
struct ImprovementImporter: RecordImporter {
    static let requiredColumns = ["id", "entry", "date"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let source = try record.require("id") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
        let entry = try record.require("entry") { (t: String) throws(DomainError) -> String in
            guard ["open", "stage", "link"].contains(t.lowercased()) else {
                throw .notAllowed(field: "entry", value: t, allowed: ["open", "stage", "link"])
            }
            return t.lowercased()
        }
        let date = try record.require("date", FieldParser.date)
        if entry == "open" {
            if try key(.improvements, source) != nil { return false }
            var draft = ImprovementDraft(
                groupID: try groupID(record), title: try record.require("title", FieldParser.name("title")))
            draft.problem = try record.parse("problem", FieldParser.long("problem"))
            draft.target = try record.parse("target", FieldParser.long("target"))
            draft.dueOn = try record.parse("due_on", FieldParser.date)
            draft.startedOn = date
            let improvement = try record.attempt("group") { try transaction.improvements.add(draft) }
            try remember(.improvements, source, String(improvement.id), in: transaction)
            return true
        }
        guard let mapped = try key(.improvements, source), let id = Int64(mapped) else {
            throw ImportProblem(
                line: record.line, column: "id", error: DomainError.notFound(kind: .improvement, key: source))
        }
        if entry == "stage" {
            let stage = try record.require("stage", ImprovementStage.parse)
            if try store.imports.improvementReached(id, stage: stage) { return false }
            _ = try record.attempt("stage") {
                try transaction.improvements.advance(
                    id, to: stage, note: try record.parse("note", FieldParser.long("note")), on: date)
            }
        } else {
            let ticket: Ticket? = try record.parse("complaint", Ticket.parse).map {
                try Ticket.parse(try key(.complaints, $0.description) ?? $0.description)
            }
            let sop = try record.parse("sop", FieldParser.name("sop"))
            let survey = try surveyElement(record)
            guard ticket != nil || sop != nil || survey != nil else {
                throw ImportProblem(
                    line: record.line, column: "complaint",
                    error: DomainError.invalid(field: "complaint, sop or survey_skpd", value: "", reason: .empty))
            }
            if let survey {
                if ticket == nil && sop == nil,
                    try store.imports.surveyElementLinked(improvement: id, survey: survey.id, element: survey.element)
                {
                    return false
                }
                _ = try record.attempt("survey_skpd") {
                    try transaction.improvements.link(id, survey: survey.id, elements: [survey.element], on: date)
                }
            }
            if ticket != nil || sop != nil {
                _ = try record.attempt(ticket == nil ? "sop" : "complaint") {
                    try transaction.improvements.link(id, complaint: ticket, sop: sop, on: date)
                }
            }
        }
        return true
    }

    /// The IKM survey element a link row names, nil when it names none: the survey found as the
    /// `ikm` kind is imported, by its unit (`survey_skpd`), its period's label (`survey_period`) and
    /// its service (`survey_service`, empty for a survey of the whole unit), in this database.
    private func surveyElement(_ record: Record) throws -> (id: Int64, element: Int)? {
        let columns = ["survey_skpd", "survey_period", "survey_service", "element"]
        guard columns.contains(where: { record.value($0) != nil }) else { return nil }
        let unit = try record.require("survey_skpd", UnitCode.init)
        let label = try record.require("survey_period", FieldParser.name("survey_period"))
        let service = try record.parse("survey_service", FieldParser.name("survey_service"))
        let element = try record.require("element", IKMScore.parseElement)
        let found = try store.imports.surveyIDs(unit: unit, service: service, label: label)
        guard let id = found.first else {
            let key = "\(unit.value) \(label)" + (service.map { " (\($0))" } ?? "")
            throw ImportProblem(
                line: record.line, column: "survey_period", error: DomainError.notFound(kind: .survey, key: key))
        }
        guard found.count == 1 else {
            throw ImportProblem(
                line: record.line, column: "survey_period",
                error: DomainError.invalid(
                    field: "survey_period", value: label, reason: .ambiguousSurvey(count: found.count)))
        }
        return (id, element)
    }
}
