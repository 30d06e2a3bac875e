import KBKDomain
import KBKStore

/// Self-assessments (`culture`): each row the seven value scores of one assessment, or one
/// indicator's score with its evidence (21 rows, written once the last of them is read). An
/// assessment already in the database with the same scores is present; with other scores it is a
/// problem.
struct AssessmentImporter: RecordImporter {
    // The seven value columns, or `indicator` and `score`, by row.
    static let requiredColumns = ["skpd", "year"]
    let store: Store
    /// Self-assessments scored per indicator, gathered row by row (a row per indicator) until all 21
    /// are there, by unit and year.
    var pendingAssessments: [String: PendingAssessment] = [:]

    mutating func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let unit = try record.require("skpd", UnitCode.init)
        let year = try record.require("year", FieldParser.integer(CivilDate.plausibleYears))
        let on = try record.parse("assessed_on", FieldParser.date)
        let note = try record.parse("note", FieldParser.long("note"))
        let existing = try store.assessments.list(year: year).first { $0.unitCode == unit.value }
        func differs(_ column: String, _ value: String) -> ImportProblem {
            ImportProblem(
                line: record.line, column: column,
                error: DomainError.invalid(field: column, value: value, reason: .differentContent))
        }
        guard let code = record.value("indicator") else {
            for column in ["score", "evidence", "evidence_ref"] where record.value(column) != nil {
                throw ImportProblem(
                    line: record.line, column: "indicator",
                    error: DomainError.invalid(field: "indicator", value: "", reason: .empty))
            }
            let scores = try CoreValue.allCases.map { value in
                try record.require(value.rawValue, FieldParser.integer(CoreValue.scores))
            }
            if let existing {
                guard existing.scores == .values(scores) else { throw differs("year", String(year)) }
                return false
            }
            _ = try record.attempt("skpd") {
                try transaction.assessments.add(unit: unit, year: year, scores: .values(scores), on: on, note: note)
            }
            return true
        }
        if let value = CoreValue.allCases.first(where: { record.value($0.rawValue) != nil }) {
            throw ImportProblem(
                line: record.line, column: value.rawValue,
                error: DomainError.invalid(
                    field: value.rawValue, value: record.value(value.rawValue) ?? "", reason: .scoredBothWays))
        }
        let indicator = try record.require("indicator") { (t: String) throws(DomainError) in
            try BehaviourIndicator.parse(t)
        }
        let entry = IndicatorScore(
            indicator, score: try record.require("score", FieldParser.integer(CoreValue.scores)),
            evidence: try record.parse("evidence", FieldParser.long("evidence")),
            evidenceRef: try record.parse("evidence_ref", FieldParser.name("evidence reference")))
        if let existing {
            guard existing.indicatorScores.contains(entry) else { throw differs("indicator", code) }
            return false
        }
        let key = "\(unit.value.uppercased()) \(year)"
        var pending = pendingAssessments[key] ?? PendingAssessment(line: record.line)
        if pending.entries.contains(where: { $0.indicator == indicator }) {
            throw ImportProblem(
                line: record.line, column: "indicator",
                error: DomainError.invalid(field: "indicator", value: indicator.code, reason: .givenTwice))
        }
        // The assessment's date and note, as each of its rows repeats them: given on any row, the same on all.
        if let on, let first = pending.assessedOn, first != on { throw differs("assessed_on", on.description) }
        if let note, let first = pending.note, first != note { throw differs("note", note) }
        pending.assessedOn = pending.assessedOn ?? on
        pending.note = pending.note ?? note
        pending.entries.append(entry)
        guard pending.entries.count == BehaviourIndicator.all.count else {
            pendingAssessments[key] = pending
            return true
        }
        pendingAssessments[key] = nil
        _ = try record.attempt("skpd") {
            try transaction.assessments.add(
                unit: unit, year: year, scores: .indicators(pending.entries), on: pending.assessedOn,
                note: pending.note)
        }
        return true
    }

    /// Refuses each assessment scored per indicator whose rows did not give all 21 indicators.
    func finishRows(in transaction: Transaction) throws -> [ImportProblem] {
        pendingAssessments.values.sorted(by: { $0.line < $1.line }).map { pending in
            let missing = BehaviourIndicator.codes.filter { code in
                !pending.entries.contains { $0.indicator.code == code }
            }
            return ImportProblem(
                line: pending.line, column: "indicator",
                error: DomainError.invalid(field: "indicator", value: "", reason: .missingIndicators(missing)))
        }
    }
}

/// A self-assessment scored per indicator while its rows come in: where it began, its date and
/// note, and the indicators read so far.
struct PendingAssessment {
    let line: Int
    var assessedOn: CivilDate?
    var note: String?
    var entries: [IndicatorScore] = []
}
