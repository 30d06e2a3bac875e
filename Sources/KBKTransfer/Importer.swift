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

    struct RowRollback: Error {}

    /// `folder`: the folder of the file read, where an attachments bundle keeps its files.
    public func run(
        _ kind: TransferKind, reader: inout CSVReader, dryRun: Bool, folder: String = ".",
        progress: (Int) -> Void = { _ in }
    ) throws -> ImportResult {
        guard let header = try reader.next() else { throw ImportHeaderError.empty }
        let names = header.map { $0.trimmingWhitespace().lowercased() }
        var importer = kind.recordImporter(store: store, bulkIndexThreshold: bulkIndexThreshold, folder: folder)
        let importerType = type(of: importer)
        let allowed = kind.columns(personalData: true) + importerType.extraColumns
        let unknown = names.filter { !allowed.contains($0) }
        if !unknown.isEmpty { throw ImportHeaderError.unknownColumns(unknown, allowed: allowed) }
        let missing = importerType.requiredColumns.filter { !names.contains($0) }
        if !missing.isEmpty { throw ImportHeaderError.missingColumns(missing) }
        var seen: Set<String> = []
        let repeated = names.filter { !seen.insert($0).inserted }
        if !repeated.isEmpty { throw ImportHeaderError.duplicateColumns(Array(Set(repeated)).sorted()) }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let sortedColumns = names.sorted()

        var result = ImportResult(kind: kind, dryRun: dryRun)
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
                            try importerType.checksRowsBeforeWriting && result.problemCount == 0
                            ? importer.importRow(record, in: transaction)
                            : transaction.savepoint { try importer.importRow(record, in: transaction) }
                        if outcome { result.imported += 1 } else { result.alreadyPresent += 1 }
                        // Sealed as they come, so that a big file's rows are not all held until its entry.
                        try transaction.sealRowsWrittenSoFar()
                    } catch let problem as ImportProblem {
                        // One refused row; each of its bad columns named, not only the first found.
                        result.problemCount += 1
                        for found in [problem] + importer.otherProblems(of: record, besides: problem)
                        where result.problems.count < problemLimit {
                            result.problems.append(found)
                        }
                    }
                    if result.rows % 1_000 == 0 { progress(result.rows) }
                    line = reader.line
                }
                for problem in try importer.finishRows(in: transaction) {
                    result.problemCount += 1
                    if result.problems.count < problemLimit { result.problems.append(problem) }
                }
                if result.problemCount > 0 || dryRun { throw RowRollback() }
                // Ticket counters and the indexes set aside only for a load that is kept: a rollback
                // restores the indexes without rebuilding them.
                let loaded = try importer.keepLoad()
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
