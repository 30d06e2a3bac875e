import KBKDomain
import KBKPresentation
import PostgresDB

/// The province's database on PostgreSQL: kbk-province's commands, over libpq.
public struct ProvincePostgres: ProvinceDatabase {
    public init() {}

    /// A connection speaking UTC, its errors as the command line tells them.
    static func connect(_ url: String) throws -> PGConnection {
        do {
            let connection = try PGConnection(url: url)
            try connection.execute("SET TimeZone = 'UTC'")
            return connection
        } catch {
            throw ProvinceDatabaseError(message: error.message, isConnection: true)
        }
    }

    /// Runs `body`, telling PostgreSQL's errors as the province's (naming `file`, when loading one).
    static func talking<T>(file: String? = nil, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PostgresError {
            throw ProvinceDatabaseError(message: error.description, isConnection: false, file: file)
        }
    }

    package func carriesPassword(_ url: String) -> Bool { PGConnection.carriesPassword(url) }

    package func initialise(url: String) throws -> [String] {
        let connection = try Self.connect(url)
        return try Self.talking { try ProvinceMigrator(connection: connection).migrate() }
    }

    package func load(url: String, file: String, acceptRewrite reason: String?) throws -> ProvinceLoad {
        let bundle = try BundleFile.read(file)
        let connection = try Self.connect(url)
        try Self.talking { try ProvinceMigrator(connection: connection).requireCurrent() }
        return try Self.talking(file: file) {
            try BundleLoader(connection: connection, bundle: bundle).load(acceptRewrite: reason)
        }
    }

    package func figures(url: String, period: ReportPeriod) throws -> ProvinceFigures {
        let connection = try Self.connect(url)
        return try Self.talking {
            try ProvinceMigrator(connection: connection).requireCurrent()
            return try ProvinceQueries(connection: connection).figures(period: period)
        }
    }

    package func status(url: String) throws -> [ProvinceGovernmentStatus] {
        let connection = try Self.connect(url)
        return try Self.talking {
            try ProvinceMigrator(connection: connection).requireCurrent()
            return try ProvinceQueries(connection: connection).status()
        }
    }
}

/// Applies `Migrations/province/NNNN_name.sql` (embedded at build time), each once, in its own
/// transaction, under an advisory lock so that two `init`s at once apply each migration once.
struct ProvinceMigrator {
    let connection: PGConnection
    /// pg_advisory_xact_lock's key for the province's migrations ("kbkp").
    static let lockKey = "1801610352"

    func migrate() throws -> [String] {
        // Under the lock too: two inits at once would both create the table.
        try connection.transaction {
            _ = try connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
            try connection.execute(
                """
                CREATE TABLE IF NOT EXISTS schema_migration (
                    version    integer PRIMARY KEY,
                    name       text NOT NULL,
                    checksum   text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now(),
                    applied_by text NOT NULL DEFAULT current_user
                )
                """)
        }
        var applied: [String] = []
        for file in EmbeddedMigrations.files {
            let version = Int(file.name.prefix(4)) ?? 0
            try connection.transaction {
                _ = try connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
                let done = try connection.query(
                    "SELECT checksum FROM schema_migration WHERE version = $1", [String(version)])
                if let checksum = done.first?[0] {
                    guard checksum == file.checksum else {
                        throw PostgresError(message: "migration \(file.name) was applied with another content")
                    }
                    return
                }
                try connection.execute(file.sql)
                _ = try connection.command(
                    "INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)",
                    [String(version), file.name, file.checksum])
                applied.append(file.name)
            }
        }
        return applied
    }

    /// The schema must be the one this program's migrations make: `init` first.
    func requireCurrent() throws {
        let known = try connection.query("SELECT to_regclass('schema_migration') IS NOT NULL")
        let versions =
            known.first?[0] == "t"
            ? Set(try connection.query("SELECT version FROM schema_migration").compactMap { $0[0].flatMap { Int($0) } })
            : []
        let expected = Set(EmbeddedMigrations.files.map { Int($0.name.prefix(4)) ?? 0 })
        guard expected.isSubset(of: versions) else { throw ProvinceRefusal.notInitialised }
    }
}
