import KBKDomain
import KBKStore

/// How the rows of one kind become records. `Importer.run` reads the file, keeps the one
/// transaction and gathers the problems; a conforming type knows only its kind's columns.
protocol RecordImporter {
    /// The store rows are checked against; they are written through the import's transaction.
    var store: Store { get }
    /// Columns a file of this kind must have.
    static var requiredColumns: [String] { get }
    /// Columns an import also accepts besides those an export writes (a LAPOR! export's history).
    static var extraColumns: [String] { get }
    /// Whether a row is checked whole before anything of it is written: while the import is clean,
    /// such a row needs no savepoint of its own.
    static var checksRowsBeforeWriting: Bool { get }

    /// Imports one row; returns false when it was already present.
    mutating func importRow(_ record: Record, in transaction: Transaction) throws -> Bool
    /// Work left until every row is in; returns the rows it refuses.
    func finishRows(in transaction: Transaction) throws -> [ImportProblem]
    /// Work only a load that is kept needs (a rollback undoes what it would undo); returns what
    /// the audit record adds.
    func keepLoad() throws -> String?
    /// The checks of columns that need nothing but the value: run over a refused row, they name
    /// each of its bad columns, not only the first the import met.
    func columnChecks() -> [String: ColumnCheck]
    /// For columns that name a record, a lookup that throws when the record does not exist.
    func referenceChecks() -> [String: (String) throws -> Void]
}

/// A check of a column's value, by the parser the import reads it with.
typealias ColumnCheck = (String) throws(DomainError) -> Void

extension RecordImporter {
    static var extraColumns: [String] { [] }
    static var checksRowsBeforeWriting: Bool { false }
    func finishRows(in transaction: Transaction) throws -> [ImportProblem] { [] }
    func keepLoad() throws -> String? { nil }
    func columnChecks() -> [String: ColumnCheck] { [:] }
    func referenceChecks() -> [String: (String) throws -> Void] { [:] }
}

extension TransferKind {
    /// The importer of this kind's rows.
    /// `folder`: where the file read lies, for the files an attachments bundle holds beside it.
    func recordImporter(store: Store, bulkIndexThreshold: Int, folder: String) -> any RecordImporter {
        switch self {
        case .holidays: HolidayImporter(store: store)
        case .categories: CategoryImporter(store: store)
        case .topics: TopicImporter(store: store)
        case .places: PlaceImporter(store: store)
        case .skpd: UnitImporter(store: store)
        case .targets: TargetImporter(store: store)
        case .sops: SOPImporter(store: store)
        case .groups: GroupImporter(store: store)
        case .members: MemberImporter(store: store)
        case .meetings: MeetingImporter(store: store)
        case .complaints: ComplaintImporter(store: store, bulkIndexThreshold: bulkIndexThreshold)
        case .events: EventImporter(store: store, bulkIndexThreshold: bulkIndexThreshold)
        case .attachments: AttachmentImporter(store: store, folder: folder)
        case .lapor: LaporImporter(store: store, bulkIndexThreshold: bulkIndexThreshold)
        case .ikm: SurveyImporter(store: store)
        case .improvements: ImprovementImporter(store: store)
        case .coordination: CoordinationImporter(store: store)
        case .actions: ActionItemImporter(store: store)
        case .rbk: RBKImporter(store: store)
        case .culture: AssessmentImporter(store: store)
        }
    }
}

extension RecordImporter {
    /// The problems of `record` beside `first`: required columns left empty, values the column
    /// checks refuse, records named that do not exist; in the file's column order.
    func otherProblems(of record: Record, besides first: ImportProblem) -> [ImportProblem] {
        let checks = columnChecks()
        let references = referenceChecks()
        guard !checks.isEmpty || !references.isEmpty else { return [] }
        var problems: [ImportProblem] = []
        for (column, _) in record.index.sorted(by: { $0.value < $1.value }) where column != first.column {
            guard let value = record.value(column) else {
                if Self.requiredColumns.contains(column) {
                    problems.append(
                        ImportProblem(
                            line: record.line, column: column,
                            error: DomainError.invalid(field: column, value: "", reason: .empty)))
                }
                continue
            }
            do {
                try checks[column]?(value)
            } catch {
                problems.append(ImportProblem(line: record.line, column: column, error: error))
                continue
            }
            do {
                try references[column]?(value)
            } catch let error as DomainError {
                problems.append(ImportProblem(line: record.line, column: column, error: error))
            } catch {
                // Only a record that is not there is the row's fault.
            }
        }
        return problems
    }

    /// The check that `parse` accepts a value.
    func check<T>(_ parse: @escaping (String) throws(DomainError) -> T) -> ColumnCheck {
        { (text: String) throws(DomainError) in _ = try parse(text) }
    }

    /// The check that a value is one of `E`'s, named `field` when it is not.
    func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ field: String) -> ColumnCheck
    where E.RawValue == String {
        { (text: String) throws(DomainError) in _ = try parseChoice(text, field: field) as E }
    }

    /// Throws when the unit a `skpd` value names does not exist.
    func unitExists(_ value: String) throws {
        _ = try store.units.get(try UnitCode(value))
    }
}

/// Lookups of what earlier rows and imports brought in, shared by the kinds.
extension RecordImporter {
    func time(_ text: String) throws(DomainError) -> Timestamp {
        if text.count == 10 { return Timestamp(startOf: try CivilDate.parseEntered(text), in: store.timeZone) }
        return try Timestamp.parseEntered(text, defaultOffset: store.timeZone)
    }

    /// The id here of a record of `kind` imported with the key `source`.
    func key(_ kind: TransferKind, _ source: String) throws -> String? {
        try store.imports.key(kind.rawValue, source)
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
        guard let earlier = try store.imports.key(kind.contentKind, source), earlier != record.contentFingerprint
        else { return }
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
}
