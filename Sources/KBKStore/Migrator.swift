import KBKDigest
import KBKDomain
internal import SQLiteDB

/// One numbered schema change, `NNNN_name.sql`.
public struct Migration: Hashable, Sendable {
    public let version: Int
    /// The file name, e.g. `0001_foundation.sql`.
    public let name: String
    public let sql: String
    /// SHA-256 of the SQL text, recorded when applied so that a later edit is noticed.
    public let checksum: String

    public init(name: String, sql: String) throws(MigrationError) {
        try self.init(name: name, sql: sql, checksum: SHA256.hexDigest(sql))
    }

    /// With the checksum computed already (the embedded migrations', at build time).
    init(name: String, sql: String, checksum: String) throws(MigrationError) {
        let digits = name.prefix(while: \.isASCIIDigit)
        guard digits.count == 4, let version = Int(digits), version > 0, name.hasSuffix(".sql"),
            name.dropFirst(4).first == "_"
        else {
            throw .badName(name)
        }
        self.version = version
        self.name = name
        self.sql = sql
        self.checksum = checksum
    }

    /// The migrations compiled into this binary, in version order.
    public static let embedded: [Migration] = EmbeddedMigrations.files
        // names are validated by the embedder at build time
        .map { try! Migration(name: $0.name, sql: $0.sql, checksum: $0.checksum) }
        .sorted { $0.version < $1.version }
}

/// A migration as recorded in a database.
public struct AppliedMigration: Hashable, Sendable {
    public let version: Int
    public let name: String
    public let checksum: String
    public let appliedAt: String
}

public enum MigrationError: Error, Equatable, Sendable {
    case badName(String)
    /// The database's copy of an applied migration differs from this binary's.
    case modified(name: String)
    /// The database holds a migration this binary does not know: it was made by a newer kbk.
    case unknown(name: String)
    /// A migration left rows referring to nothing; it was rolled back.
    case brokenReferences(name: String, table: String)
}

/// Where a database stands against the migrations this binary knows.
public struct MigrationStatus: Sendable {
    public var applied: [AppliedMigration] = []
    public var pending: [Migration] = []
    public var unknown: [AppliedMigration] = []
    public var modified: [AppliedMigration] = []

    /// The highest applied version, 0 for a new database.
    public var schemaVersion: Int { applied.map(\.version).max() ?? 0 }

    /// The first reason to refuse this database, if any.
    public var refusal: MigrationError? {
        if let first = modified.first { return .modified(name: first.name) }
        if let first = unknown.first { return .unknown(name: first.name) }
        return nil
    }
}

/// Applies numbered migrations, each in its own transaction, and refuses a database whose history
/// it does not understand instead of "repairing" it.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    static let table = "kbk_migrations"

    public init(migrations: [Migration] = Migration.embedded) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Where the database at `path` stands, read without changing anything.
    public func status(ofDatabaseAt path: String) throws -> MigrationStatus {
        try status(of: Connection.open(path, mode: .readOnly))
    }

    func status(of db: Connection) throws -> MigrationStatus {
        var status = MigrationStatus()
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        let recorded = try appliedMigrations(in: db)
        let appliedVersions = Set(recorded.map(\.version))
        for applied in recorded {
            status.applied.append(applied)
            if let migration = known[applied.version] {
                if migration.checksum != applied.checksum { status.modified.append(applied) }
            } else {
                status.unknown.append(applied)
            }
        }
        status.pending = migrations.filter { !appliedVersions.contains($0.version) }
        return status
    }

    func appliedMigrations(in db: Connection) throws -> [AppliedMigration] {
        guard try db.exists("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", Migrator.table) else {
            return []
        }
        return try db.query("SELECT version, name, checksum, applied_at FROM \(Migrator.table) ORDER BY version") {
            row in
            let r = DecodedRow(row, table: Migrator.table)
            return AppliedMigration(
                version: try r.int(0, "version"), name: try r.text(1, "name"), checksum: try r.text(2, "checksum"),
                appliedAt: try r.text(3, "applied_at"))
        }
    }

    /// Applies every pending migration in version order and returns those applied. `didApply` runs
    /// inside each migration's transaction, after its SQL (e.g. to write the audit trail).
    @discardableResult
    func migrate(_ db: Connection, at now: Timestamp, didApply: (Migration) throws -> Void = { _ in }) throws
        -> [Migration]
    {
        let status = try status(of: db)
        if let refusal = status.refusal { throw refusal }
        var applied: [Migration] = []
        // SQLite's way to change a table is to build it anew, which needs foreign keys off while the
        // old one is dropped (with them on, dropping checks every referring row, and a rebuild of a
        // million complaints took 54 s instead of 24). They are off only between migrations' BEGIN
        // and COMMIT, and every reference is checked before each migration commits.
        let enforcesForeignKeys = try db.scalar("PRAGMA foreign_keys")?.intValue == 1
        if enforcesForeignKeys && !status.pending.isEmpty { try db.execute("PRAGMA foreign_keys = OFF") }
        defer { if enforcesForeignKeys { try? db.execute("PRAGMA foreign_keys = ON") } }
        for migration in status.pending {
            let didRun = try db.transaction {
                try db.execute(
                    """
                    CREATE TABLE IF NOT EXISTS \(Migrator.table) (
                        version INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        checksum TEXT NOT NULL,
                        applied_at TEXT NOT NULL
                    ) STRICT
                    """)
                // Another process may have applied it while this one waited for the write lock.
                if try db.scalar("SELECT 1 FROM \(Migrator.table) WHERE version = ?", migration.version) != nil {
                    return false
                }
                try db.execute(migration.sql)
                if let broken = try db.foreignKeyCheck().first {
                    throw MigrationError.brokenReferences(name: migration.name, table: broken.table)
                }
                try db.run(
                    "INSERT INTO \(Migrator.table) (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)",
                    migration.version, migration.name, migration.checksum, now.utcString)
                try didApply(migration)
                return true
            }
            if didRun { applied.append(migration) }
        }
        return applied
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
