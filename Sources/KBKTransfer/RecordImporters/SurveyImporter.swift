import KBKDomain
import KBKStore

/// IKM surveys (`ikm`): the element sums of one survey of a unit (or one of its services) for a
/// period; the same figures already stored are present, others a problem.
struct SurveyImporter: RecordImporter {
    static let requiredColumns = ["skpd", "period", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let unit = try record.require("skpd", UnitCode.init)
        let label = try record.require("period") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
        let named = try? ReportPeriod.parse(label)
        let from = try record.parse("from", FieldParser.date) ?? named?.from
        let to = try record.parse("to", FieldParser.date) ?? named?.to
        guard let from, let to else {
            throw ImportProblem(
                line: record.line, column: "period",
                error: DomainError.malformed(
                    field: "period", value: label, expected: "2026, 2026-S1, … or from and to columns"))
        }
        let period = try record.attempt("to") { try ReportPeriod(from: from, to: to, label: label) }
        let sums = try (1...9).map { try record.require("u\($0)", FieldParser.integer(0...Int(Int32.max))) }
        let denominator = try record.parse("denominator", FieldParser.integer(1...Int(Int32.max))) ?? 1
        let respondents = try record.parse("respondents", FieldParser.integer(IKMScore.respondentRange)) ?? denominator
        let score = IKMScore(elementSums: sums, denominator: denominator, respondents: respondents)
        try record.attempt("respondents") { try score.checkRespondents() }
        guard sums.allSatisfy({ $0 >= denominator && $0 <= 4 * denominator }) else {
            throw ImportProblem(
                line: record.line, column: "u1",
                error: DomainError.outOfRange(field: "element average", value: "", range: 1...4))
        }
        let service = try record.parse("service", FieldParser.name("service"))
        let population = try record.parse("population", FieldParser.integer(IKMScore.populationRange))
        let stored = try store.imports.surveyFigures(unit: unit, service: service, from: from, to: to)
        if let stored {
            guard stored == [respondents, denominator] + sums else {
                throw ImportProblem(
                    line: record.line, column: "period",
                    error: DomainError.invalid(field: "period", value: label, reason: .differentContent))
            }
            return false
        }
        _ = try record.attempt("skpd") {
            try transaction.surveys.add(
                unit: unit, period: period, score: score, service: service, population: population)
        }
        return true
    }
}
