import Foundation
import Synchronization

/// A PostgreSQL server of the tests' own: a new cluster in a temporary folder, reached through a
/// Unix socket in that folder only (no TCP port, so parallel runs never collide), with fsync off.
/// Start one per suite and give each test a database of its own (`createDatabase`): initdb and
/// the server's start take about a second, a database about a quarter of one.
public final class PostgresCluster: @unchecked Sendable {
    /// The folder that holds the cluster (`data`), its log (`log`) and its socket.
    public let folder: String
    public var socketDirectory: String { folder }
    /// The role every connection uses: initdb makes it the superuser, trusted on the socket.
    public let user = "kbk"
    /// Given explicitly to the server and in every URL, so a PGPORT in the environment of the tests
    /// cannot send a connection to another socket name.
    public let port = 5432
    private let binaries: String
    /// Whether initdb and the server run as `postgres`: both refuse to run as root.
    private let asPostgresUser: Bool
    private let stopped = Atomic<Bool>(false)
    /// The server's process (runuser's, as root), kept while it runs.
    private var server: Process?

    /// Clusters still running, stopped when the test process exits: a suite keeps its cluster in
    /// a static, which is never released.
    private static let running = Mutex<[ObjectIdentifier: PostgresCluster]>([:])
    private static let registerExitHandler: Void = { atexit { PostgresCluster.stopAll() } }()

    private init(folder: String, binaries: String, asPostgresUser: Bool) {
        self.folder = folder
        self.binaries = binaries
        self.asPostgresUser = asPostgresUser
    }

    /// Makes a cluster in a new temporary folder and starts its server; returns once the server
    /// accepts connections. Throws, saying what to install, when PostgreSQL's server
    /// programs are missing.
    public static func start() throws -> PostgresCluster {
        ignoreBrokenPipes()
        let binaries = try serverBinaries()
        let asPostgresUser = geteuid() == 0
        if asPostgresUser {
            guard getpwnam("postgres") != nil, programOnPath("runuser") != nil else {
                throw PostgresClusterError(
                    "the tests run as root, and PostgreSQL's server refuses to: it runs as the user `postgres`"
                        + " through runuser, which Debian's postgresql package creates (apt-get install postgresql)")
            }
        }
        let folder = try makeFolder(traversableBy: asPostgresUser)
        let cluster = PostgresCluster(folder: folder, binaries: binaries, asPostgresUser: asPostgresUser)
        _ = registerExitHandler
        running.withLock { $0[ObjectIdentifier(cluster)] = cluster }
        do {
            if asPostgresUser {
                // The server writes its data, log and socket here as `postgres`.
                try cluster.check(runProcess("/bin/chown", ["-R", "postgres", folder]), "chown")
            }
            try cluster.check(
                cluster.runServerProgram(
                    "initdb",
                    [
                        "-D", folder + "/data", "--auth=trust", "-U", "kbk", "--encoding=UTF8", "--locale=C",
                        "--no-sync",
                    ]), "initdb")
            try cluster.startServer()
        } catch {
            cluster.stop()
            throw error
        }
        return cluster
    }

    deinit { stop() }

    /// Runs the server as a child of the tests, not through `pg_ctl start`: Foundation's Process
    /// learns that a program ended when a socket it hands the program is closed, and the server
    /// that pg_ctl leaves behind would hold that socket open, so waiting for pg_ctl never ends.
    /// The server's own Process ends with the server instead. Ready is what `pg_ctl -w` waits for:
    /// the status line of postmaster.pid saying so.
    private func startServer() throws {
        let logPath = folder + "/log"
        guard FileManager.default.createFile(atPath: logPath, contents: nil),
            let log = FileHandle(forWritingAtPath: logPath)
        else {
            throw PostgresClusterError("could not open \(logPath)")
        }
        defer { try? log.close() }
        // -F: no fsync, the data is thrown away; listen_addresses empty: the socket only.
        let program = binaries + "/postgres"
        let arguments = ["-D", folder + "/data", "-k", folder, "-c", "listen_addresses=", "-F", "-p", String(port)]
        let process = Process()
        if asPostgresUser, let runuser = Self.programOnPath("runuser") {
            process.executableURL = URL(fileURLWithPath: runuser)
            process.arguments = ["-u", "postgres", "--", program] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        }
        process.environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        try process.run()
        server = process
        let ready = waitUntil(seconds: 60) { serverStatus() == "ready" || !process.isRunning }
        guard ready, serverStatus() == "ready" else {
            throw PostgresClusterError("the server did not start:\n\(self.log)")
        }
    }

    /// The eighth line of postmaster.pid: starting, ready or stopping.
    private func serverStatus() -> String? {
        guard let text = try? String(contentsOfFile: folder + "/data/postmaster.pid", encoding: .utf8) else {
            return nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 7 ? lines[7].trimmingCharacters(in: .whitespaces) : nil
    }

    /// A URL for `database` on this cluster, as `PGConnection(url:)` and psql take it.
    public func url(database: String) -> String {
        "postgresql:///\(encoded(database))?host=\(encoded(folder))&port=\(port)&user=\(user)"
    }

    /// Creates an empty database (from template1) and answers its URL.
    public func createDatabase(_ name: String) throws -> String {
        try check(
            runProcess(binaries + "/createdb", ["-h", folder, "-p", String(port), "-U", user, name]), "createdb")
        return url(database: name)
    }

    /// Runs `sql` with psql in `database` (without the user's .psqlrc, stopping at the first error)
    /// and answers its rows unaligned, columns separated by `|`, without its last newline: what a
    /// test compares with hand-written SQL.
    public func psql(_ database: String, _ sql: String) throws -> String {
        let result = try check(
            runProcess(
                binaries + "/psql",
                [
                    "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", String(port), "-U", user, "-d",
                    database, "-c", sql,
                ]), "psql")
        return result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
    }

    /// The server's log, for a failing test to show.
    public var log: String { (try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? "" }

    /// Stops the server at once and removes the folder; safe to call again. What `pg_ctl -m
    /// immediate stop -w` does, without starting a process, as this also runs when the test
    /// process exits: SIGQUIT ends the server without a checkpoint (the data is thrown away), and
    /// the server removes postmaster.pid as it ends.
    public func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        Self.running.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(self)) }
        let pidFile = folder + "/data/postmaster.pid"
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let pid = text.split(separator: "\n").first.flatMap({ pid_t($0) }), pid > 0, kill(pid, SIGQUIT) == 0
        {
            _ = waitUntil(seconds: 30) { !FileManager.default.fileExists(atPath: pidFile) }
        } else if let server, server.isRunning {
            // Not started far enough to write its pid: runuser passes SIGTERM on to it.
            server.terminate()
            _ = waitUntil(seconds: 30) { !server.isRunning }
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func stopAll() {
        for cluster in running.withLock({ Array($0.values) }) { cluster.stop() }
    }

    /// Runs one of the server's programs, as `postgres` when the tests run as root.
    private func runServerProgram(_ name: String, _ arguments: [String]) throws -> ProcessResult {
        let program = binaries + "/" + name
        guard asPostgresUser, let runuser = Self.programOnPath("runuser") else {
            return try runProcess(program, arguments)
        }
        return try runProcess(runuser, ["-u", "postgres", "--", program] + arguments)
    }

    @discardableResult
    private func check(_ result: ProcessResult, _ what: String) throws -> ProcessResult {
        guard result.status == 0 else {
            let output = (result.stderr + result.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
            throw PostgresClusterError("\(what) failed (exit \(result.status)): \(output)\n\(log)")
        }
        return result
    }

    private func encoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// A new folder, 0755 so `postgres` can reach it when the tests run as root. Under /tmp for
    /// root (a TMPDIR under /root is closed to `postgres`) and when TMPDIR is long: a socket's path
    /// holds at most 107 bytes.
    private static func makeFolder(traversableBy postgresUser: Bool) throws -> String {
        var parent = NSTemporaryDirectory()
        if postgresUser || parent.utf8.count > 40 { parent = "/tmp/" }
        if !parent.hasSuffix("/") { parent += "/" }
        var template = Array((parent + "kbk-pg-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw PostgresClusterError("could not make a temporary folder under \(parent): errno \(errno)")
        }
        let folder = String(cString: made)
        chmod(folder, 0o755)
        return folder
    }

    /// The folder of initdb and postgres: `pg_config --bindir`, else PATH, else Debian's newest
    /// /usr/lib/postgresql/N/bin (libpq-dev's pg_config may be of another version than the server).
    private static func serverBinaries() throws -> String {
        func hasServer(_ folder: String) -> Bool {
            ["initdb", "postgres", "createdb", "psql"].allSatisfy {
                FileManager.default.isExecutableFile(atPath: folder + "/" + $0)
            }
        }
        if let pgConfig = programOnPath("pg_config"), let result = try? runProcess(pgConfig, ["--bindir"]),
            result.status == 0
        {
            let folder = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            if hasServer(folder) { return folder }
        }
        if let initdb = programOnPath("initdb") {
            let folder = (initdb as NSString).deletingLastPathComponent
            if hasServer(folder) { return folder }
        }
        let debian = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: debian)) ?? []).compactMap { Int($0) }
        for version in versions.sorted(by: >) where hasServer("\(debian)/\(version)/bin") {
            return "\(debian)/\(version)/bin"
        }
        throw PostgresClusterError(
            "PostgreSQL's server programs (initdb, postgres) were not found: install them with"
                + " `apt-get install postgresql` (or put them on PATH)")
    }

    /// The first executable `name` on PATH and the usual system folders.
    private static func programOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders =
            path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin"]
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

public struct PostgresClusterError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
