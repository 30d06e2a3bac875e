import KBKDomain
import KBKStore

/// One refused row: where, which column, and why (a DomainError or another error the CLI explains).
public struct ImportProblem: Error, Sendable {
    public let line: Int
    public let column: String?
    public let error: Error
}

/// The header itself is wrong: unknown or missing columns, or no header at all.
public enum ImportHeaderError: Error, Equatable, Sendable {
    case empty
    case unknownColumns([String], allowed: [String])
    case missingColumns([String])
    /// A column name appears more than once: which of the two is meant cannot be told.
    case duplicateColumns([String])
}

public struct ImportResult: Sendable {
    public var kind: TransferKind
    public var rows = 0
    public var imported = 0
    public var alreadyPresent = 0
    /// Every refused row, up to the limit; `problemCount` counts them all.
    public var problems: [ImportProblem] = []
    public var problemCount = 0
    public var dryRun = false

    public var succeeded: Bool { problemCount == 0 }
}

/// Brings CSV files into the database through the same store code as the commands: every row is
/// checked by the same rules, all rows go in one transaction, and one bad row means nothing is written.
public struct Importer {
    let store: Store
    public var problemLimit = 20
    /// Rows after which a big complaints or events file sets the complaint indexes aside (see BulkIndexes).
    public var bulkIndexThreshold = 20_000

    public init(store: Store) {
        self.store = store
    }

    static func required(_ kind: TransferKind) -> [String] {
        switch kind {
        case .holidays: ["date", "name"]
        case .categories: ["code", "name", "settle_days"]
        case .topics: ["code", "name", "name_en", "lapor_category"]
        case .skpd: ["code", "name", "kind"]
        case .targets: ["skpd", "year"]
        case .sops: ["number", "skpd", "entry", "effective_on"]
        case .groups: ["skpd", "name"]
        case .members: ["group", "nip", "name"]
        case .meetings: ["group", "held_on"]
        case .complaints: ["subject", "description", "channel"]
        case .events: ["ticket", "at", "action"]
        case .improvements: ["id", "entry", "date"]
        case .ikm: ["skpd", "period", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]
        case .coordination: ["id", "held_on", "title", "units"]
        case .actions: ["meeting", "owner", "text", "due_on"]
        case .rbk: ["id", "group", "title", "plan", "do", "check", "act"]
        // The seven value columns, or `indicator` and `score`, by row.
        case .culture: ["skpd", "year"]
        }
    }

    struct RowRollback: Error {}

    /// Kinds whose rows are checked whole (by `Complaint.apply`) before anything of them is written.
    static func checksRowsBeforeWriting(_ kind: TransferKind) -> Bool {
        kind == .complaints || kind == .events
    }

    public func run(
        _ kind: TransferKind, reader: inout CSVReader, dryRun: Bool,
        progress: (Int) -> Void = { _ in }
    ) throws -> ImportResult {
        guard let header = try reader.next() else { throw ImportHeaderError.empty }
        let names = header.map { $0.trimmingWhitespace().lowercased() }
        let allowed = kind.columns(personalData: true) + kind.optionalImportColumns
        let unknown = names.filter { !allowed.contains($0) }
        if !unknown.isEmpty { throw ImportHeaderError.unknownColumns(unknown, allowed: allowed) }
        let missing = Importer.required(kind).filter { !names.contains($0) }
        if !missing.isEmpty { throw ImportHeaderError.missingColumns(missing) }
        var seen: Set<String> = []
        let repeated = names.filter { !seen.insert($0).inserted }
        if !repeated.isEmpty { throw ImportHeaderError.duplicateColumns(Array(Set(repeated)).sorted()) }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let sortedColumns = names.sorted()

        var result = ImportResult(kind: kind, dryRun: dryRun)
        var context = RowContext(store: store, kind: kind, bulkIndexThreshold: bulkIndexThreshold)
        // One transaction writes every row, with a page cache large enough for it (see Imports.write).
        do {
            try store.imports.write { transaction in
                try transaction.authoriseImport()
                var line = reader.line
                while let fields = try reader.next() {
                    result.rows += 1
                    let record = Record(fields: fields, index: index, line: line, sortedColumns: sortedColumns)
                    do {
                        // A row with more or fewer fields than the header has its values under the wrong names.
                        if fields.count != names.count {
                            throw ImportProblem(
                                line: line, column: nil,
                                error: DomainError.invalid(
                                    field: "row", value: String(fields.count),
                                    reason: .fieldCount(expected: names.count)))
                        }
                        // A savepoint per row keeps a refused row's partial writes from confusing the checks of
                        // later rows. It copies every page a row touches into the statement journal (~30 writes
                        // a row), so kinds checked whole before they write need one only once the import is
                        // failing anyway and only reports problems.
                        let outcome =
                            try Importer.checksRowsBeforeWriting(kind) && result.problemCount == 0
                            ? context.importRow(record, in: transaction)
                            : transaction.savepoint { try context.importRow(record, in: transaction) }
                        if outcome { result.imported += 1 } else { result.alreadyPresent += 1 }
                    } catch let problem as ImportProblem {
                        // One refused row; each of its bad columns named, not only the first found.
                        result.problemCount += 1
                        for found in [problem] + context.otherProblems(of: record, besides: problem)
                        where result.problems.count < problemLimit {
                            result.problems.append(found)
                        }
                    }
                    if result.rows % 1_000 == 0 { progress(result.rows) }
                    line = reader.line
                }
                for problem in try context.finish(in: transaction) {
                    result.problemCount += 1
                    if result.problems.count < problemLimit { result.problems.append(problem) }
                }
                if result.problemCount > 0 || dryRun { throw RowRollback() }
                // Ticket counters and the indexes set aside only for a load that is kept: a rollback
                // restores the indexes without rebuilding them.
                let loaded = try context.loader?.finish()
                try context.eventIndexes?.rebuild()
                try transaction.audit(
                    AuditRecord(
                        .create, .database, id: nil,
                        "imported \(result.imported) \(kind.rawValue) row(s), \(result.alreadyPresent) already present"
                            + (loaded.map { " (\($0))" } ?? "")))
            }
        } catch is RowRollback {
            // Nothing written: every problem is in the result.
        }
        return result
    }
}

/// One CSV row, by column name; empty fields read as absent.
struct Record {
    let fields: [String]
    let index: [String: Int]
    let line: Int
    /// The header's names in sorted order, for `contentFingerprint`.
    let sortedColumns: [String]

    /// What the row holds, whatever the order of its columns: FNV-1a over the non-empty fields by
    /// column name, as hexadecimal.
    var contentFingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for column in sortedColumns {
            guard let value = value(column) else { continue }
            for byte in column.utf8 + [0x1F] + value.utf8 + [0x1E] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return String(hash, radix: 16)
    }

    /// The field under `column`, as exported: a formula guard (`'=…`) is taken off again.
    func value(_ column: String) -> String? {
        guard let position = index[column], position < fields.count else { return nil }
        let text = fields[position].trimmingWhitespace()
        return text.isEmpty ? nil : FormulaGuard.unprotect(fields[position])
    }

    /// Parses a column, naming it when the value is refused.
    func parse<T>(_ column: String, _ parser: (String) throws(DomainError) -> T) throws -> T? {
        guard let text = value(column) else { return nil }
        do {
            return try parser(text)
        } catch {
            throw ImportProblem(line: line, column: column, error: error)
        }
    }

    func require<T>(_ column: String, _ parser: (String) throws(DomainError) -> T) throws -> T {
        guard let value = try parse(column, parser) else {
            throw ImportProblem(
                line: line, column: column, error: DomainError.invalid(field: column, value: "", reason: .empty))
        }
        return value
    }

    /// Runs a store call, attributing a refusal to `column`; a complaint that does not exist is
    /// the fault of the row's `ticket`, whatever the call was.
    func attempt<T>(_ column: String?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DomainError {
            if case .notFound(.complaint, _) = error, value("ticket") != nil {
                throw ImportProblem(line: line, column: "ticket", error: error)
            }
            throw ImportProblem(line: line, column: column, error: error)
        } catch let error as DatabaseError where error.isConstraintViolation {
            throw ImportProblem(line: line, column: column, error: error)
        }
    }
}

extension RowContext {
    /// The checks of a complaints or events row's columns that need nothing but the value: run
    /// over a refused row, they name each of its bad columns, not only the first the import met.
    /// The parsers are the import's own.
    func columnChecks() -> [String: (String) throws(DomainError) -> Void] {
        let time = self.time
        func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ field: String)
            -> (String) throws(DomainError) -> Void where E.RawValue == String
        {
            { (text: String) throws(DomainError) in _ = try parseChoice(text, field: field) as E }
        }
        func check<T>(_ parse: @escaping (String) throws(DomainError) -> T) -> (String) throws(DomainError) -> Void {
            { (text: String) throws(DomainError) in _ = try parse(text) }
        }
        switch kind {
        case .complaints:
            var checks: [String: (String) throws(DomainError) -> Void] = [
                "ticket": check(Ticket.parse), "received_at": check(time), "channel": choice(Channel.self, "channel"),
                "kind": choice(ComplaintKind.self, "kind"), "category": check(CategoryCode.parse),
                "topic": check(Topic.parseCode),
                "subject": check(RowContext.name("subject")), "description": check(RowContext.long("description")),
                "location": check(RowContext.name("location")),
                "external_ref": check(RowContext.name("external reference")), "sop": check(RowContext.name("sop")),
                "anonymous": check(RowContext.flag), "confidential": check(RowContext.flag),
                "skpd": check(UnitCode.init), "rating": check(RowContext.integer(Complaints.ratingRange)),
                "rejection_reason": choice(RejectionReason.self, "rejection reason"),
            ]
            for column in ["verified_at", "responded_at", "resolved_at", "closed_at", "rejected_at"] {
                checks[column] = check(time)
            }
            return checks
        case .events:
            return [
                "ticket": { _ in }, "at": check(time), "action": choice(ComplaintAction.self, "action"),
                "actor": check(Actor.init), "skpd": check(UnitCode.init), "category": check(CategoryCode.parse),
                "rating": check(RowContext.integer(Complaints.ratingRange)),
                "reason": choice(RejectionReason.self, "reason"), "assignee": check(Login.init),
                "working_days": check(RowContext.integer(ComplaintRequest.extensionRange)),
                "agency": check(RowContext.name("agency")), "reference": check(RowContext.name("reference")),
                "field": choice(CorrectableField.self, "field"),
            ]
        default:
            return [:]
        }
    }

    /// The problems of `record` beside `first`: required columns left empty, values its column
    /// checks refuse, a unit or (for events) a complaint that does not exist; in the file's
    /// column order.
    func otherProblems(of record: Record, besides first: ImportProblem) -> [ImportProblem] {
        let checks = columnChecks()
        guard !checks.isEmpty else { return [] }
        var problems: [ImportProblem] = []
        for (column, _) in record.index.sorted(by: { $0.value < $1.value }) where column != first.column {
            guard let value = record.value(column) else {
                if Importer.required(kind).contains(column) {
                    problems.append(
                        ImportProblem(
                            line: record.line, column: column,
                            error: DomainError.invalid(field: column, value: "", reason: .empty)))
                }
                continue
            }
            guard let check = checks[column] else { continue }
            do {
                try check(value)
                if let missing = missingRecord(column, value) {
                    problems.append(ImportProblem(line: record.line, column: column, error: missing))
                }
            } catch {
                problems.append(ImportProblem(line: record.line, column: column, error: error))
            }
        }
        return problems
    }

    /// The unit a `skpd` value names, or (for events) the complaint a `ticket` names, when it does
    /// not exist.
    func missingRecord(_ column: String, _ value: String) -> Error? {
        do {
            switch (column, kind) {
            case ("skpd", _): _ = try store.units.get(try UnitCode(value))
            case ("ticket", .events):
                if try store.imports.ticket(externalReference: value) != nil { return nil }
                let source = try Ticket.parse(value).description
                _ = try store.complaints.get(try Ticket.parse(try key(.complaints, source) ?? source))
            default: break
            }
            return nil
        } catch let error as DomainError {
            return error
        } catch {
            return nil
        }
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

/// What one import needs to remember between rows.
struct RowContext {
    let store: Store
    let kind: TransferKind
    let bulkIndexThreshold: Int
    /// Units deactivated once every unit of the file exists (a successor may come later in the file).
    var deactivations: [Deactivation] = []
    /// SOP numbers that existed before this import: their rows are already present.
    var existingSOPs: Set<String>?
    /// Complaints are replayed in memory and written in bulk.
    var loader: ComplaintLoader?
    /// A big events file updates complaints faster without their secondary indexes (see BulkIndexes).
    var eventIndexes: BulkIndexes?
    /// Self-assessments scored per indicator, gathered row by row (a row per indicator) until all 21
    /// are there, by unit and year.
    var pendingAssessments: [String: PendingAssessment] = [:]

    static func date(_ text: String) throws(DomainError) -> CivilDate { try CivilDate.parseEntered(text) }

    static func integer(_ range: ClosedRange<Int>) -> (String) throws(DomainError) -> Int {
        { (text: String) throws(DomainError) -> Int in
            guard let value = Int(text.trimmingWhitespace()) else {
                throw .malformed(
                    field: "number", value: text,
                    expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            guard range.contains(value) else { throw .outOfRange(field: "number", value: text, range: range) }
            return value
        }
    }
    static func name(_ field: String) -> (String) throws(DomainError) -> String {
        { (text: String) throws(DomainError) in try TextRules.name(text, field: field) }
    }
    static func long(_ field: String) -> (String) throws(DomainError) -> String {
        { (text: String) throws(DomainError) in try TextRules.optional(text, field: field, long: true) ?? "" }
    }
    static func flag(_ text: String) throws(DomainError) -> Bool {
        switch text.lowercased() {
        case "true", "1", "yes", "ya": return true
        case "false", "0", "no", "tidak": return false
        default: throw .notAllowed(field: "flag", value: text, allowed: ["true", "false"])
        }
    }
    func time(_ text: String) throws(DomainError) -> Timestamp {
        if text.count == 10 { return Timestamp(startOf: try CivilDate.parseEntered(text), in: store.timeZone) }
        return try Timestamp.parseEntered(text, defaultOffset: store.timeZone)
    }

    func key(_ kind: TransferKind, _ source: String) throws -> String? {
        try key(kind.rawValue, source)
    }

    func key(_ kind: String, _ source: String) throws -> String? {
        try store.imports.key(kind, source)
    }

    func remember(_ kind: TransferKind, _ source: String, _ target: String, in transaction: Transaction) throws {
        try transaction.rememberImportKey(kind.rawValue, source, target)
    }

    /// Remembers what a keyed row (a source ticket, a group id) held, so that a later row with the
    /// same key is told apart: the same content is already present, other content is a problem.
    func rememberContent(_ kind: TransferKind, _ source: String, _ record: Record, in transaction: Transaction) throws {
        try transaction.rememberImportKey(kind.contentKind, source, record.contentFingerprint)
    }

    /// For a row whose key was imported before: fine when it holds what that row held (or when the
    /// earlier import kept no fingerprint), a problem on `column` otherwise.
    func checkSameContent(_ kind: TransferKind, _ source: String, _ record: Record, column: String) throws {
        guard let earlier = try key(kind.contentKind, source), earlier != record.contentFingerprint else { return }
        throw ImportProblem(
            line: record.line, column: column,
            error: DomainError.invalid(field: column, value: source, reason: .differentContent))
    }

    /// A group by the id it had in its source file, else by its id here.
    func groupID(_ record: Record) throws -> Int64 {
        let source = try record.require("group") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
        if let mapped = try key(.groups, source), let id = Int64(mapped) { return id }
        guard let id = Int64(source) else {
            throw ImportProblem(
                line: record.line, column: "group", error: DomainError.notFound(kind: .group, key: source))
        }
        return id
    }

    /// A ticket by the ticket it had in its source database, else as it is here.
    /// The complaint an events row names in `ticket`: a ticket of the source (mapped to this
    /// database's), or the complaint's external reference, such as its LAPOR! tracking number.
    func ticket(_ record: Record) throws -> Ticket {
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

    /// Imports one row; returns false when it was already present.
    mutating func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        switch kind {
        case .holidays:
            let date = try record.require("date", RowContext.date)
            let name = try record.require("name", RowContext.name("name"))
            let kind = try record.parse("kind", HolidayKind.parse) ?? .local
            let source = try record.parse("source", RowContext.name("source"))
            if try store.holidays.contains(date) { return false }
            _ = try record.attempt("date") {
                try transaction.holidays.add(Holiday(date: date, name: name, kind: kind, source: source))
            }
        case .categories:
            let code = try record.require("code", CategoryCode.parse)
            let name = try record.require("name", RowContext.name("name"))
            let deadlines = Deadlines(
                verifyDays: try record.parse("verify_days", RowContext.integer(Deadlines.dayRange)) ?? 3,
                respondDays: try record.parse("respond_days", RowContext.integer(Deadlines.dayRange)) ?? 5,
                settleDays: try record.require("settle_days", RowContext.integer(Deadlines.dayRange)),
                respondHours: try record.parse("respond_hours", RowContext.integer(Deadlines.hourRange)))
            let source = try record.parse("source", RowContext.name("source"))
            if let existing = try? store.categories.get(code) {
                if existing == Category(code: code, name: name, deadlines: deadlines, source: source ?? existing.source)
                {
                    return false
                }
                _ = try record.attempt("code") {
                    try transaction.categories.edit(code, name: name, source: source) { $0 = deadlines }
                }
            } else {
                _ = try record.attempt("code") {
                    try transaction.categories.add(
                        Category(code: code, name: name, deadlines: deadlines, source: source))
                }
            }
        case .topics:
            let topic = Topic(
                code: try record.require("code", Topic.parseCode),
                name: try record.require("name", RowContext.name("name")),
                nameEnglish: try record.require("name_en", RowContext.name("name_en")),
                laporCategory: try record.require("lapor_category", RowContext.name("lapor_category")),
                isInUse: try record.parse("in_use", RowContext.flag) ?? true)
            // An existing code is updated, as categories are: the file holds the topic as it is now.
            let existing: Topic?
            do {
                existing = try store.topics.get(topic.code)
            } catch DomainError.notFound {
                existing = nil
            }
            if let existing {
                if existing == topic { return false }
                _ = try record.attempt("code") {
                    try transaction.topics.edit(topic.code) { $0 = topic }
                }
            } else {
                _ = try record.attempt("code") { try transaction.topics.add(topic) }
            }
        case .skpd:
            let code = try record.require("code", UnitCode.init)
            if try store.units.find(code) != nil { return false }
            var draft = UnitDraft(
                code: code, name: try record.require("name", RowContext.name("name")),
                kind: try record.require("kind", UnitKind.parse))
            draft.officialCode = try record.parse("official_code", RowContext.name("official code"))
            draft.parentCode = try record.parse("parent", UnitCode.init)
            draft.staffCount = try record.parse("staff", RowContext.integer(0...1_000_000))
            draft.headName = try record.parse("head_name", RowContext.name("head name"))
            draft.headNIP = try record.parse("head_nip", NIP.init)
            draft.workingWeek = try record.parse("working_week", WorkingWeek.parse) ?? .fiveDays
            draft.formedOn = try record.parse("formed_on", RowContext.date)
            _ = try record.attempt("parent") { try transaction.units.add(draft) }
            // Read by the parser of `skpd deactivate --successor-for`.
            let routes =
                try record.parse("successor_routes") { (text: String) throws(DomainError) in
                    try Succession.routes(joined: text, field: "successor_routes")
                } ?? []
            if let on = try record.parse("deactivated_on", RowContext.date) {
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
        case .targets:
            return try importTarget(record, in: transaction)
        case .sops:
            return try importSOP(record, in: transaction)
        case .groups:
            let source = record.value("id")
            if let source, try key(.groups, source) != nil {
                try checkSameContent(.groups, source, record, column: "id")
                return false
            }
            var draft = GroupDraft(
                unitCode: try record.require("skpd", UnitCode.init),
                name: try record.require("name", RowContext.name("name")))
            draft.decreeNumber = try record.parse("decree_number", RowContext.name("decree number"))
            draft.decreeDate = try record.parse("decree_date", RowContext.date)
            draft.formedOn = try record.parse("formed_on", RowContext.date)
            draft.focus = try record.parse("focus", RowContext.long("focus"))
            draft.section = try record.parse("section", RowContext.name("section"))
            draft.sectionHeadName = try record.parse("section_head_name", RowContext.name("section head name"))
            draft.sectionHeadNIP = try record.parse("section_head_nip", NIP.init)
            let group = try record.attempt("skpd") { try transaction.groups.add(draft) }
            if let source {
                try remember(.groups, source, String(group.id), in: transaction)
                try rememberContent(.groups, source, record, in: transaction)
            }
            if let dissolved = try record.parse("dissolved_on", RowContext.date) {
                _ = try record.attempt("dissolved_on") { try transaction.groups.dissolve(group.id, on: dissolved) }
            }
        case .members:
            let group = try groupID(record)
            let nip = try record.require("nip", NIP.init)
            let since = try record.parse("since", RowContext.date)
            if let since, try store.imports.membershipExists(group: group, nip: nip.digits, since: since) {
                return false
            }
            let draft = MemberDraft(
                nip: nip, name: try record.require("name", RowContext.name("name")),
                role: try record.parse("role", GroupRole.parse) ?? .member, since: since)
            _ = try record.attempt("nip") { try transaction.groups.addMember(group, draft) }
            if let until = try record.parse("until", RowContext.date) {
                _ = try record.attempt("until") { try transaction.groups.removeMember(group, nip: nip, on: until) }
            }
        case .meetings:
            let group = try groupID(record)
            var draft = MeetingDraft(heldOn: try record.require("held_on", RowContext.date))
            draft.agenda = try record.parse("agenda", RowContext.long("agenda"))
            draft.minutes = try record.parse("minutes", RowContext.long("minutes"))
            draft.attendees = try (record.value("attendees") ?? "").split(separator: ";").map { nip in
                try record.require("attendees") { (_: String) throws(DomainError) in try NIP(String(nip)) }
            }
            if try store.imports.meetingExists(
                group: group, heldOn: draft.heldOn, agenda: draft.agenda, minutes: draft.minutes)
            {
                return false
            }
            _ = try record.attempt("attendees") { try transaction.groups.addMeeting(group, draft) }
        case .complaints:
            return try importComplaint(record, in: transaction)
        case .events:
            return try importEvent(record, in: transaction)
        case .improvements:
            return try importImprovement(record, in: transaction)
        case .coordination, .actions, .rbk, .culture:
            return try importCulture(record, in: transaction)
        case .ikm:
            let unit = try record.require("skpd", UnitCode.init)
            let label = try record.require("period") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
            let named = try? ReportPeriod.parse(label)
            let from = try record.parse("from", RowContext.date) ?? named?.from
            let to = try record.parse("to", RowContext.date) ?? named?.to
            guard let from, let to else {
                throw ImportProblem(
                    line: record.line, column: "period",
                    error: DomainError.malformed(
                        field: "period", value: label, expected: "2026, 2026-S1, … or from and to columns"))
            }
            let period = try record.attempt("to") { try ReportPeriod(from: from, to: to, label: label) }
            let sums = try (1...9).map { try record.require("u\($0)", RowContext.integer(0...Int(Int32.max))) }
            let denominator = try record.parse("denominator", RowContext.integer(1...Int(Int32.max))) ?? 1
            let respondents = try record.parse("respondents", RowContext.integer(1...10_000_000)) ?? denominator
            let score = IKMScore(elementSums: sums, denominator: denominator, respondents: respondents)
            try record.attempt("respondents") { try score.checkRespondents() }
            guard sums.allSatisfy({ $0 >= denominator && $0 <= 4 * denominator }) else {
                throw ImportProblem(
                    line: record.line, column: "u1",
                    error: DomainError.outOfRange(field: "element average", value: "", range: 1...4))
            }
            let service = try record.parse("service", RowContext.name("service"))
            let population = try record.parse("population", RowContext.integer(1...100_000_000))
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
        }
        return true
    }

    /// A unit's targets for a year, set through `skpd target set`'s store call: the row holds them
    /// whole, so an empty figure clears that target; the same targets already set are present.
    private func importTarget(_ record: Record, in transaction: Transaction) throws -> Bool {
        let unit = try record.require("skpd", UnitCode.init)
        let year = try record.require("year", RowContext.integer(UnitTarget.years))
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
            source: try record.parse("source", RowContext.name("source")))
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

    private func importImprovement(_ record: Record, in transaction: Transaction) throws -> Bool {
        let source = try record.require("id") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
        let entry = try record.require("entry") { (t: String) throws(DomainError) -> String in
            guard ["open", "stage", "link"].contains(t.lowercased()) else {
                throw .notAllowed(field: "entry", value: t, allowed: ["open", "stage", "link"])
            }
            return t.lowercased()
        }
        let date = try record.require("date", RowContext.date)
        if entry == "open" {
            if try key(.improvements, source) != nil { return false }
            var draft = ImprovementDraft(
                groupID: try groupID(record), title: try record.require("title", RowContext.name("title")))
            draft.problem = try record.parse("problem", RowContext.long("problem"))
            draft.target = try record.parse("target", RowContext.long("target"))
            draft.dueOn = try record.parse("due_on", RowContext.date)
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
                    id, to: stage, note: try record.parse("note", RowContext.long("note")), on: date)
            }
        } else {
            let ticket: Ticket? = try record.parse("complaint", Ticket.parse).map {
                try Ticket.parse(try key(.complaints, $0.description) ?? $0.description)
            }
            let sop = try record.parse("sop", RowContext.name("sop"))
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
        let label = try record.require("survey_period", RowContext.name("survey_period"))
        let service = try record.parse("survey_service", RowContext.name("survey_service"))
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

    private mutating func importSOP(_ record: Record, in transaction: Transaction) throws -> Bool {
        if existingSOPs == nil {
            existingSOPs = try store.imports.sopNumbers()
        }
        let number = try record.require("number", RowContext.name("number"))
        if existingSOPs?.contains(number) == true { return false }
        let entry = try record.require("entry") { (t: String) throws(DomainError) -> String in
            guard ["revision", "review", "revoke"].contains(t.lowercased()) else {
                throw .notAllowed(field: "entry", value: t, allowed: ["revision", "review", "revoke"])
            }
            return t.lowercased()
        }
        let date = try record.parse("date", RowContext.date)
        switch entry {
        case "revision":
            let content = SOPContent(
                title: try record.require("title", RowContext.name("title")),
                service: try record.parse("service", RowContext.name("service")),
                legalBasis: try record.parse("legal_basis", RowContext.long("legal basis")),
                madeOn: try record.parse("made_on", RowContext.date),
                effectiveOn: try record.require("effective_on", RowContext.date),
                approvedByName: try record.parse("approved_by_name", RowContext.name("approved by name")),
                approvedByNIP: try record.parse("approved_by_nip", NIP.init)?.digits,
                serviceDays: try record.parse("service_days", RowContext.integer(SOPSchedule.serviceDaysRange)))
            let reviewMonths = try record.parse("review_months", RowContext.integer(SOPSchedule.reviewMonthsRange))
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
            let reviewDate = try date ?? record.require("date", RowContext.date)
            _ = try record.attempt("date") {
                try transaction.sops.review(
                    number, on: reviewDate, outcome: outcome, note: try record.parse("note", RowContext.long("note")),
                    reviewer: try record.parse("reviewer_nip", NIP.init))
            }
        default:
            let revokeDate = try date ?? record.require("date", RowContext.date)
            _ = try record.attempt("date") { try transaction.sops.revoke(number, on: revokeDate) }
        }
        return true
    }

    /// A complaint with its LAPOR!-style history columns, replayed in memory and written once.
    private mutating func importComplaint(_ record: Record, in transaction: Transaction) throws -> Bool {
        let source = try record.parse("ticket", Ticket.parse)?.description
        if let source, try key(.complaints, source) != nil {
            try checkSameContent(.complaints, source, record, column: "ticket")
            return false
        }
        let reference = try record.parse("external_ref", RowContext.name("external reference"))
        if let reference, try store.imports.complaintExists(externalReference: reference) { return false }
        let confidential = try record.parse("confidential", RowContext.flag) ?? false
        if confidential && record.value("description") == nil {
            throw ImportProblem(
                line: record.line, column: "description",
                error: DomainError.invalid(field: "description", value: "", reason: .withheld))
        }
        var draft = ComplaintDraft(
            subject: try record.require("subject", RowContext.name("subject")),
            description: try record.require("description", RowContext.long("description")),
            channel: try record.require("channel") { (t: String) throws(DomainError) in
                try parseChoice(t, field: "channel")
            })
        draft.kind =
            try record.parse("kind") { (t: String) throws(DomainError) in try parseChoice(t, field: "kind") }
            ?? .complaint
        draft.category = try record.parse("category", CategoryCode.parse)
        draft.topic = try record.parse("topic", Topic.parseCode)
        draft.receivedAt = try record.parse("received_at", time)
        draft.location = try record.parse("location", RowContext.name("location"))
        draft.externalReference = reference
        draft.sopNumber = try record.parse("sop", RowContext.name("sop"))
        draft.isAnonymous = try record.parse("anonymous", RowContext.flag) ?? false
        draft.isConfidential = confidential
        draft.complainantName = try record.parse("complainant_name", RowContext.name("complainant name"))
        draft.complainantContact = try record.parse("complainant_contact", RowContext.name("complainant contact"))
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
        func act(_ column: String, _ request: ComplaintRequest, _ at: Timestamp) throws {
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
        if let at = try record.parse("rejected_at", time) {
            let reason: RejectionReason =
                try record.parse("rejection_reason") { (t: String) throws(DomainError) in
                    try parseChoice(t, field: "rejection reason")
                } ?? .invalid
            try act("rejected_at", .reject(reason, message: nil), at)
        } else {
            if let at = try record.parse("responded_at", time) {
                try act(
                    "responded_at",
                    .respond(try record.parse("response", RowContext.long("response")) ?? "(imported response)"), at)
            }
            if let at = try record.parse("resolved_at", time) {
                try act(
                    "resolved_at",
                    .resolve(try record.parse("resolution", RowContext.long("resolution")) ?? "(imported resolution)"),
                    at)
            }
            if let at = try record.parse("closed_at", time) {
                try act(
                    "closed_at",
                    .close(
                        rating: try record.parse("rating", RowContext.integer(Complaints.ratingRange)), comment: nil),
                    at)
            }
        }
        let complaint = try record.attempt(nil) { try loader.store(pending) }
        if let source {
            try remember(.complaints, source, complaint.ticket, in: transaction)
            try rememberContent(.complaints, source, record, in: transaction)
        }
        return true
    }

    private mutating func importEvent(_ record: Record, in transaction: Transaction) throws -> Bool {
        let ticket = try ticket(record)
        let at = try record.require("at", time)
        let action: ComplaintAction = try record.require("action") { (t: String) throws(DomainError) in
            try parseChoice(t, field: "action")
        }
        let text = try record.parse("text", RowContext.long("text"))
        let actor = try record.parse("actor") { (t: String) throws(DomainError) in try Actor(t) }
        // A correction names its field; a hand-over that set a form of maladministration names that.
        let correctedField =
            action == .edit || action == .verify ? try record.parse("field", RowContext.name("field")) : nil
        if try store.imports.eventExists(ticket: ticket, at: at, action: action, field: correctedField) {
            return false
        }
        func unit() throws -> UnitCode { try record.require("skpd", UnitCode.init) }
        let request: ComplaintRequest
        switch action {
        case .receive, .escalate:
            // A receipt comes from the complaints file; a deadline notice is this database's own.
            throw ImportProblem(
                line: record.line, column: "action",
                error: DomainError.notAllowed(
                    field: "action", value: action.rawValue,
                    allowed: ComplaintAction.allCases.filter { $0 != .receive && $0 != .escalate }.map(\.rawValue)))
        case .verify:
            // The form of maladministration a hand-over set leaves as its field and value.
            let form: Maladministration? =
                record.value("field") == CorrectableField.maladministration.rawValue
                ? try record.parse("value") { (t: String) throws(DomainError) in
                    try Maladministration.parseOptional(t)
                } ?? nil : nil
            request = .verify(
                unit: try unit(), category: try record.parse("category", CategoryCode.parse), maladministration: form)
        case .reassign: request = .reassign(to: try unit(), reason: text ?? "(imported)")
        case .respond: request = .respond(text ?? "(imported response)")
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
                rating: try record.parse("rating", RowContext.integer(Complaints.ratingRange)), comment: text)
        case .reject:
            request = .reject(
                try record.parse("reason") { (t: String) throws(DomainError) in try parseChoice(t, field: "reason") }
                    ?? .invalid,
                message: text)
        case .assign:
            request = .assign(
                to: try record.require("assignee") { (t: String) throws(DomainError) in try Login(t).value },
                note: text)
        case .extend:
            request = .extend(
                workingDays: try record.require("working_days", RowContext.integer(ComplaintRequest.extensionRange)),
                reason: text ?? "(imported)")
        case .forward:
            request = .forward(
                agency: try record.require("agency", RowContext.name("agency")),
                reason: text ?? "(imported)", reference: try record.parse("reference", RowContext.name("reference")))
        case .edit:
            let field: CorrectableField = try record.require("field") { (t: String) throws(DomainError) in
                try parseChoice(t, field: "field")
            }
            // A confidential description leaves without its value: such a row is refused, as every
            // field but the location needs one.
            let correction: Correction =
                switch field {
                case .subject: .subject(try record.require("value", RowContext.name("value")))
                case .description: .description(try record.require("value", RowContext.long("value")))
                case .location: .location(try record.parse("value", RowContext.name("value")))
                case .channel:
                    .channel(
                        try record.require("value") { (t: String) throws(DomainError) in
                            try parseChoice(t, field: "channel")
                        })
                case .category: .category(try record.require("value", CategoryCode.parse))
                case .topic: .topic(try record.parse("value", Topic.parseCode))
                case .received: .received(try record.require("value", time))
                case .maladministration:
                    .maladministration(
                        try record.parse("value") { (t: String) throws(DomainError) in
                            try Maladministration.parseOptional(t)
                        } ?? nil)
                }
            // A complaints file holds each complaint as it is now, so a correction it already shows is
            // restored as history rather than made again.
            if try store.complaints.get(ticket).stored(field) == correction.storedValue {
                _ = try record.attempt("action") {
                    try transaction.complaints.restoreCorrection(
                        ticket, field: field, before: try record.parse("previous", RowContext.long("previous")),
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

    /// Work left until every row is in: unit deactivations, in the order the units ended (a
    /// successor that ended later is still there to take the work). Returns the rows they refuse.
    mutating func finish(in transaction: Transaction) throws -> [ImportProblem] {
        var problems: [ImportProblem] = []
        // A self-assessment whose rows do not give all 21 indicators is not written.
        for pending in pendingAssessments.values.sorted(by: { $0.line < $1.line }) {
            let missing = BehaviourIndicator.codes.filter { code in
                !pending.entries.contains { $0.indicator.code == code }
            }
            problems.append(
                ImportProblem(
                    line: pending.line, column: "indicator",
                    error: DomainError.invalid(field: "indicator", value: "", reason: .missingIndicators(missing))))
        }
        pendingAssessments = [:]
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

extension RowContext {
    /// A coordination meeting (by its source id), an action item, an RBK (by its source id) or a
    /// self-assessment. Rows without an id of their own are known again by their content.
    mutating func importCulture(_ record: Record, in transaction: Transaction) throws -> Bool {
        switch kind {
        case .coordination:
            let source = try record.require("id") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
            if try key(.coordination, source) != nil {
                try checkSameContent(.coordination, source, record, column: "id")
                return false
            }
            let units = try (record.value("units") ?? "").split(separator: ";").map { code in
                try record.require("units") { (_: String) throws(DomainError) in try UnitCode(String(code)) }
            }
            let draft = CoordinationDraft(
                heldOn: try record.require("held_on", RowContext.date),
                title: try record.require("title", RowContext.name("title")),
                chair: try record.parse("chair", RowContext.name("chair")),
                decisions: try record.parse("decisions", RowContext.long("decisions")), units: units)
            let meeting = try record.attempt("units") { try transaction.coordination.add(draft) }
            try remember(.coordination, source, String(meeting.id), in: transaction)
            try rememberContent(.coordination, source, record, in: transaction)
        case .actions:
            let fingerprint = record.contentFingerprint
            if try key(.actions, fingerprint) != nil { return false }
            let source = try record.require("meeting") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
            guard let meeting = Int64(try key(.coordination, source) ?? source) else {
                throw ImportProblem(
                    line: record.line, column: "meeting", error: DomainError.notFound(kind: .coordination, key: source))
            }
            let action = try record.attempt("owner") {
                try transaction.coordination.addAction(
                    to: meeting, owner: try record.require("owner", UnitCode.init),
                    text: try record.require("text", RowContext.long("text")),
                    due: try record.require("due_on", RowContext.date))
            }
            if let done = try record.parse("done_on", RowContext.date) {
                let note = try record.parse("done_note", RowContext.long("done note"))
                _ = try record.attempt("done_on") {
                    try transaction.coordination.complete(action.id, on: done, note: note)
                }
            }
            try remember(.actions, fingerprint, String(action.id), in: transaction)
        case .rbk:
            let source = try record.require("id") { (t: String) throws(DomainError) in t.trimmingWhitespace() }
            if try key(.rbk, source) != nil {
                try checkSameContent(.rbk, source, record, column: "id")
                return false
            }
            let improvements = try (record.value("improvements") ?? "").split(separator: ";").map { id in
                let mapped = try key(.improvements, String(id)) ?? String(id)
                return try record.require("improvements") { (_: String) throws(DomainError) in
                    Int64(try RowContext.integer(1...Int.max)(mapped))
                }
            }
            let draft = RBKDraft(
                groupID: try groupID(record), title: try record.require("title", RowContext.name("title")),
                writtenOn: try record.parse("written_on", RowContext.date),
                plan: try record.require("plan", RowContext.long("plan")),
                doing: try record.require("do", RowContext.long("do")),
                checking: try record.require("check", RowContext.long("check")),
                acting: try record.require("act", RowContext.long("act")), improvementIDs: improvements)
            let rbk = try record.attempt("improvements") { try transaction.rbks.add(draft) }
            try remember(.rbk, source, String(rbk.id), in: transaction)
            try rememberContent(.rbk, source, record, in: transaction)
        case .culture:
            return try importAssessment(record, in: transaction)
        default:
            preconditionFailure("importCulture is for coordination, actions, rbk and culture")
        }
        return true
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

extension RowContext {
    /// A self-assessment row: the seven value scores (one row per assessment), or one indicator's
    /// score with its evidence (21 rows, written once the last of them is read). An assessment
    /// already in the database with the same scores is skipped; with other scores it is a problem.
    mutating func importAssessment(_ record: Record, in transaction: Transaction) throws -> Bool {
        let unit = try record.require("skpd", UnitCode.init)
        let year = try record.require("year", RowContext.integer(2000...2100))
        let on = try record.parse("assessed_on", RowContext.date)
        let note = try record.parse("note", RowContext.long("note"))
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
                try record.require(value.rawValue, RowContext.integer(CoreValue.scores))
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
            indicator, score: try record.require("score", RowContext.integer(CoreValue.scores)),
            evidence: try record.parse("evidence", RowContext.long("evidence")),
            evidenceRef: try record.parse("evidence_ref", RowContext.name("evidence reference")))
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
}
