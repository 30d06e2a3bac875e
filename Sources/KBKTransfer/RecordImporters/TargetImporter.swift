import KBKDomain
import KBKStore

/// A unit's targets for a year, set through `skpd target set`'s store call: the row holds them
/// whole, so an empty figure clears that target; the same targets already set are present.
struct TargetImporter: RecordImporter {
    static let requiredColumns = ["skpd", "year"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let unit = try record.require("skpd", UnitCode.init)
        let year = try record.require("year", FieldParser.integer(UnitTarget.years))
        func share(_ column: String) throws -> Int? {
            try record.parse(column) { (text: String) throws(DomainError) in
                try UnitTarget.parseShare(text, field: column)
            }
        }
        let wanted = UnitTarget(
            unitCode: unit.value, year: year, settledBasisPoints: try share("settled"),
            onTimeBasisPoints: try share("on_time"),
            ikmHundredths: try record.parse("ikm") { (text: String) throws(DomainError) in
                try UnitTarget.parseIKM(text, field: "ikm")
            },
            source: try record.parse("source", FieldParser.name("source")))
        if wanted.isEmpty {
            throw ImportProblem(
                line: record.line, column: "settled",
                error: DomainError.invalid(field: "settled, on_time or ikm", value: "", reason: .empty))
        }
        if try store.targets.find(unit.value, year: year) == wanted { return false }
        let changes = TargetChanges(
            settledBasisPoints: .some(wanted.settledBasisPoints), onTimeBasisPoints: .some(wanted.onTimeBasisPoints),
            ikmHundredths: .some(wanted.ikmHundredths), source: .some(wanted.source))
        do {
            _ = try transaction.targets.set(unit, year: year, changes)
        } catch let error as DomainError {
            // A unit that ended before the year began has nothing to be held to that year.
            let column = if case .rule(.unitInactive) = error { "year" } else { "skpd" }
            throw ImportProblem(line: record.line, column: column, error: error)
        }
        return true
    }
}
