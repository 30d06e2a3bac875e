import KBKDomain
internal import SQLiteDB

/// What `kbk check` finds in a database file. Built without migrating or writing anything, so it
/// also describes damaged databases and ones made by another kbk version.
public struct HealthReport: Sendable {
    public let path: String
    /// Set when the file could not be read as a SQLite database at all.
    public var unreadable: String?
    public var integrityProblems: [String] = []
    public var foreignKeyViolations: [ForeignKeyViolation] = []
    public var migrations = MigrationStatus()
    public var tableRowCounts: [(table: String, rows: Int)] = []
    /// How the schema differs from the one kbk's migrations make for this version.
    public var schemaDifferences: [SchemaDifference] = []
    /// The audit trail's hash chain, recomputed; nil before the migration that made it.
    public var auditChain: AuditChain.Verification?
    /// Sealed rows (complaints, events, officials, units, settings) that are not what their last
    /// audit entry sealed: the first hundred, and how many in all (migration 0027 on).
    public var rowProblems: [RowSealProblem] = []
    public var rowProblemCount = 0
    /// Years in which open complaints' deadlines fall while no national day is recorded for them
    /// (`Holidays.yearsWithoutNationalDaysAmongOpenDeadlines`): a warning, not a fault.
    public var yearsWithoutNationalDays: [Int] = []
    /// Complaints whose entry in the search index is not what their rows give (missing, stale, or
    /// an entry without a complaint); nil before the migration that made the index.
    public var staleSearchEntries: Int?

    /// The audit chain's first broken entry, if any.
    public var brokenAuditEntry: (entry: Int64, position: Int, reason: AuditChain.Problem)? {
        if case .broken(let entry, let position, let reason) = auditChain { return (entry, position, reason) }
        return nil
    }

    /// Integrity, references, schema and audit chain are sound.
    public var isSound: Bool {
        unreadable == nil && integrityProblems.isEmpty && foreignKeyViolations.isEmpty && schemaDifferences.isEmpty
            && brokenAuditEntry == nil && rowProblemCount == 0 && (staleSearchEntries ?? 0) == 0
    }
    /// This kbk can use the database (no edited or unknown migrations).
    public var isCompatible: Bool { migrations.refusal == nil }
}

/// A row whose reference points nowhere (`PRAGMA foreign_key_check`).
public struct ForeignKeyViolation: Sendable, Equatable {
    public let table: String
    /// The referring row's rowid; nil for a table without one.
    public let rowID: Int64?
    /// The table it should refer to.
    public let parent: String
}

public enum DatabaseHealth {
    /// What the check is doing, for a progress line.
    public enum Step: Sendable {
        case integrity, references, schema, tables
        /// The sealed rows against their seals.
        case records
        /// Entries of the audit trail re-hashed so far, of all.
        case auditTrail(checked: Int, of: Int)

        /// The audit entries re-hashed so far (0 before that step).
        public var entriesChecked: Int {
            if case .auditTrail(let checked, _) = self { return checked }
            return 0
        }
    }

    /// Examines the database read-only: nothing is created, migrated or switched to WAL, so
    /// another program's file or an empty one is left exactly as it was.
    public static func check(
        path: String, migrator: Migrator = Migrator(), step: (Step) -> Void = { _ in }
    ) throws -> HealthReport {
        switch DatabaseFileKind.inspect(path) {
        case .missing, .empty: throw StoreError.databaseMissing(path: path)
        case .folder, .notRegular: throw StoreError.notADatabaseFile(path: path)
        case .otherProgram: throw StoreError.notKBKDatabase(path: path)
        case .notSQLite: throw StoreError.notSQLite(path: path)
        case .kbk: break
        }
        var report = HealthReport(path: path)
        do {
            let connection = try Connection.open(path, mode: .readOnly)
            step(.integrity)
            report.integrityProblems = try connection.integrityCheck()
            step(.references)
            report.foreignKeyViolations = try connection.foreignKeyCheck().map {
                ForeignKeyViolation(table: $0.table, rowID: $0.rowID, parent: $0.parent)
            }
            step(.schema)
            (report.migrations, report.schemaDifferences) = try SchemaVerifier(migrator: migrator).check(connection)
            step(.tables)
            report.tableRowCounts = try tableRowCounts(connection)
            if report.migrations.schemaVersion >= AuditLog.chainVersion {
                let entries = report.tableRowCounts.first { $0.table == "audit_log" }?.rows ?? 0
                report.auditChain = try AuditLog(connection: connection).verify {
                    step(.auditTrail(checked: $0, of: entries))
                }
            }
            step(.records)
            (report.rowProblems, report.rowProblemCount) = try RowSeals.verifyAll(connection)
            if report.migrations.schemaVersion >= ComplaintSearch.indexVersion && report.schemaDifferences.isEmpty {
                report.staleSearchEntries = try ComplaintSearch.staleEntries(connection)
            }
            // Reads through an index the schema check vouches for: not on a schema changed around kbk.
            if report.migrations.schemaVersion >= Holidays.nationalCalendarVersion && report.schemaDifferences.isEmpty {
                report.yearsWithoutNationalDays = try Holidays(connection: connection)
                    .yearsWithoutNationalDaysAmongOpenDeadlines()
            }
        } catch let error as DatabaseError where error.kind == .corrupt {
            report.unreadable = error.message
        }
        return report
    }

    static func tableRowCounts(_ connection: Connection) throws -> [(table: String, rows: Int)] {
        let tables = try connection.query(
            // The search index's shadow tables (FTS5's own) are its inner workings, not tables of kbk.
            """
            SELECT name FROM pragma_table_list
            WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name
            """
        ) { try DecodedRow($0, table: "sqlite_schema").text(0, "name") }
        return try tables.map { table in
            (table, try connection.count("SELECT count(*) FROM \(Connection.quoteIdentifier(table))"))
        }
    }
}
