import Foundation
import KBKFiles
import KBKTestSupport
import SQLiteDB
import Testing

/// Issue 28: a killed `kbk backup` left its hidden copy of the whole database (complainants' data
/// included) beside the target for good. A real `kbk backup` is held while its copy is staged: the
/// test holds the database's write lock, so the backup has copied and waits to write its audit entry.
@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct BackupLeftoverTests {
    let binary = builtExecutable()

    /// The staged copies (and their journals) of `target` in `folder`.
    func staged(_ folder: String, _ target: String = "backup.sqlite") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasPrefix(".\(target).kbk-") && ($0.hasSuffix(".tmp") || $0.hasSuffix(".tmp-journal"))
                && $0 != ".\(target).kbk-ABC.tmp"
        }.sorted()
    }

    /// Waits (at most 60 s) until `condition` holds.
    func wait(until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while !condition() {
            if Date() > deadline { return false }
            usleep(5_000)
        }
        return true
    }

    /// `kbk` as a shell would start it: no signal blocked or ignored (the test runner's threads
    /// block them, and a child would inherit that), output to /dev/null.
    func spawn(_ arguments: [String], environment: [String]) -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        #expect(posix_spawn(&child, binary, &actions, &attributes, &argv, &envp) == 0)
        return child
    }

    /// The wait status of `child` once it has ended.
    func waitFor(_ child: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// A database, its write lock held, and a `kbk backup` that has staged its copy and waits.
    func heldBackup(_ folder: TemporaryFolder) throws -> (Connection, pid_t) {
        let path = folder.file("kbk.sqlite")
        #expect(try runProcess(binary, ["--db", path, "init"]).status == 0)
        let holder = try Connection(path: path)
        try holder.execute("BEGIN IMMEDIATE")
        let child = spawn(
            ["--db", path, "backup", folder.file("backup.sqlite")],
            environment: ["KBK_BUSY_TIMEOUT_MS=600000", "PATH=/usr/bin:/bin"])
        let copied = wait {
            staged(folder.path).contains { name in
                name.hasSuffix(".tmp")
                    && ((try? FileManager.default.attributesOfItem(atPath: folder.file(name))[.size] as? Int) ?? 0)
                        > 0
            }
        }
        #expect(copied, "no staged copy appeared")
        return (holder, child)
    }

    @Test(arguments: [SIGINT, SIGTERM]) func aBackupAskedToStopRemovesItsCopy(signal: Int32) throws {
        let folder = TemporaryFolder()
        let (holder, child) = try heldBackup(folder)
        kill(child, signal)
        let status = waitFor(child)
        try holder.execute("ROLLBACK")
        // Ended by that signal, as if kbk had not caught it, and nothing left behind.
        #expect(status & 0x7F == signal)
        #expect(staged(folder.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.file("backup.sqlite")))
    }

    @Test func aKilledBackupsCopyIsPrivateAndTheNextBackupRemovesIt() throws {
        let folder = TemporaryFolder()
        let (holder, child) = try heldBackup(folder)
        kill(child, SIGKILL)
        #expect(waitFor(child) & 0x7F == SIGKILL)
        try holder.execute("ROLLBACK")
        let leftovers = staged(folder.path)
        #expect(!leftovers.isEmpty)
        for name in leftovers { #expect(try permissions(of: folder.file(name)) == 0o600, "\(name)") }
        // A copy of another target, and a file that only looks alike, are not this backup's business.
        let other = folder.file(".report.html.kbk-abc123.tmp")
        let lookalike = folder.file(".backup.sqlite.kbk-ABC.tmp")
        for path in [other, lookalike] {
            #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        }
        let next = try runProcess(binary, ["--db", folder.file("kbk.sqlite"), "backup", folder.file("backup.sqlite")])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(staged(folder.path).isEmpty)
        #expect(FileManager.default.fileExists(atPath: other) && FileManager.default.fileExists(atPath: lookalike))
        #expect(try permissions(of: folder.file("backup.sqlite")) == 0o600)
    }

    /// The staging run's lock keeps a copy in progress from being taken for a leftover.
    @Test func aCopyBeingWrittenIsNotALeftover() throws {
        let folder = TemporaryFolder()
        let output = try OutputFile(folder.file("backup.sqlite"), protecting: nil, force: false, isPrivate: true)
        let live = try output.stage()
        try live.write(Array("SQLite format 3".utf8))
        #expect(StaleStagedFiles.remove(named: "backup.sqlite", in: folder.path).isEmpty)
        #expect(FileManager.default.fileExists(atPath: live.temporaryPath))
        // A fresh empty file nobody has locked yet may be one another run is about to lock.
        let fresh = folder.file(".backup.sqlite.kbk-zz9.tmp")
        #expect(FileManager.default.createFile(atPath: fresh, contents: nil))
        #expect(StaleStagedFiles.remove(named: "backup.sqlite", in: folder.path).isEmpty)
        live.discard()
        #expect(staged(folder.path) == [".backup.sqlite.kbk-zz9.tmp"])
    }
}
