import KBKDomain
import KBKStore

/// Units (`skpd`): a code already there is present. A unit that ended is deactivated only once every
/// unit of the file exists, as its successor may come later in the file.
struct UnitImporter: RecordImporter {
    static let requiredColumns = ["code", "name", "kind"]
    let store: Store
    /// Units deactivated once every unit of the file exists (a successor may come later in the file).
    var deactivations: [Deactivation] = []

    mutating func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let code = try record.require("code", UnitCode.init)
        if try store.units.find(code) != nil { return false }
        var draft = UnitDraft(
            code: code, name: try record.require("name", FieldParser.name("name")),
            kind: try record.require("kind", UnitKind.parse))
        draft.officialCode = try record.parse("official_code", FieldParser.name("official code"))
        draft.parentCode = try record.parse("parent", UnitCode.init)
        draft.staffCount = try record.parse("staff", FieldParser.integer(Unit.staffRange))
        draft.headName = try record.parse("head_name", FieldParser.name("head name"))
        draft.headNIP = try record.parse("head_nip", NIP.init)
        draft.workingWeek = try record.parse("working_week", WorkingWeek.parse) ?? .fiveDays
        draft.formedOn = try record.parse("formed_on", FieldParser.date)
        _ = try record.attempt("parent") { try transaction.units.add(draft) }
        // Read by the parser of `skpd deactivate --successor-for`.
        let routes =
            try record.parse("successor_routes") { (text: String) throws(DomainError) in
                try Succession.routes(joined: text, field: "successor_routes")
            } ?? []
        if let on = try record.parse("deactivated_on", FieldParser.date) {
            deactivations.append(
                Deactivation(
                    line: record.line, code: code, on: on, successor: try record.parse("successor", UnitCode.init),
                    routes: routes))
        } else if !routes.isEmpty {
            // Routes say who took an ended unit's work over: without the day it ended they mean nothing.
            throw ImportProblem(
                line: record.line, column: "deactivated_on",
                error: DomainError.invalid(field: "deactivated_on", value: "", reason: .empty))
        }
        return true
    }

    /// Deactivates the units that ended, in the order they ended (a successor that ended later is
    /// still there to take the work). Returns the rows they refuse.
    func finishRows(in transaction: Transaction) throws -> [ImportProblem] {
        var problems: [ImportProblem] = []
        for item in deactivations.sorted(by: { ($0.on, $0.line) < ($1.on, $1.line) }) {
            let record = Record(fields: [], index: [:], line: item.line, sortedColumns: [])
            do {
                _ = try transaction.savepoint {
                    try record.attempt(nil) {
                        try transaction.units.deactivate(
                            item.code, on: item.on, successor: item.successor, routes: item.routes
                        ).unit
                    }
                }
            } catch let problem as ImportProblem {
                problems.append(
                    ImportProblem(line: problem.line, column: item.column(for: problem.error), error: problem.error))
            }
        }
        return problems
    }
}

/// A unit of a `skpd` file that ended: deactivated once every unit of the file exists.
struct Deactivation {
    let line: Int
    let code: UnitCode
    let on: CivilDate
    let successor: UnitCode?
    let routes: [SuccessionRoute]

    /// The column of the row a refusal of the deactivation is the fault of: the successor or a
    /// route it names, else the date.
    func column(for error: Error) -> String {
        func naming(_ code: String) -> String {
            if code == successor?.value { return "successor" }
            return routes.contains { $0.successor == code } ? "successor_routes" : "deactivated_on"
        }
        switch error as? DomainError {
        case .notFound(.category, _)?, .rule(.duplicateRoute)?: return "successor_routes"
        case .notFound(.skpd, let key)?: return naming(key)
        case .rule(.unitInactive(let key))?: return naming(key)
        case .rule(.parentIsItself)?: return successor == code ? "successor" : "successor_routes"
        default: return "deactivated_on"
        }
    }
}
