import Foundation
import KBKTestSupport
import Testing

/// kbk run as real operating-system users, as on a shared server: a group owns the database's
/// folder (2770) and file (0660); who acts is the login of the process's real user id, whatever
/// `$USER` says. Needs root to create the users (CI runs as root); skipped otherwise.
@Suite(.tags(.slow), .enabled(if: slowTestsRun && getuid() == 0, "needs root to create users and a group"))
struct OperatingSystemUserTests {
    static let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    let group = "kbkg\(OperatingSystemUserTests.suffix)"
    let official = "kbka\(OperatingSystemUserTests.suffix)"
    let stranger = "kbkb\(OperatingSystemUserTests.suffix)"

    func run(_ tool: String, _ arguments: [String]) throws {
        let result = try runProcess(tool, arguments)
        #expect(result.status == 0, "\(tool) \(arguments): \(result.stderr)")
    }

    /// Runs kbk as `user` (real and effective ids, the shared group only).
    func kbk(as user: String, _ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try runProcess(
            "/usr/bin/setpriv",
            ["--reuid", user, "--regid", group, "--clear-groups", builtExecutable()] + arguments,
            environment: ["KBK_NOW": "2026-11-18T09:00:00+07:00"].merging(environment) { $1 })
    }

    @Test func eachOfficialActsAsTheirOwnLoginAndOthersAreRefused() throws {
        try run("/usr/sbin/groupadd", [group])
        defer { _ = try? runProcess("/usr/sbin/groupdel", [group]) }
        for user in [official, stranger] {
            try run("/usr/sbin/useradd", ["--no-create-home", "--gid", group, "--shell", "/usr/sbin/nologin", user])
        }
        defer { for user in [official, stranger] { _ = try? runProcess("/usr/sbin/userdel", [user]) } }
        // The deployment the README describes: a group-owned folder, set-group-id, a group-writable file.
        let folder = TemporaryFolder()
        try run("/usr/bin/chmod", ["0755", folder.path])
        let shared = folder.file("shared")
        try run("/usr/bin/mkdir", ["-m", "2770", shared])
        try run("/usr/bin/chgrp", [group, shared])
        let path = shared + "/kbk.sqlite"
        let environment = ["KBK_NOW": "2026-11-18T09:00:00+07:00"]
        let builtKBK = builtExecutable()
        // A test database: made on the system's clock, then allowed the pinned one the test runs on.
        #expect(try runProcess(builtKBK, ["--db", path, "init"]).status == 0)
        #expect(
            try runProcess(
                builtKBK, ["--db", path, "config", "set", "clock.pinning", "allowed"], environment: environment
            )
            .status == 64)
        #expect(try runProcess(builtKBK, ["--db", path, "config", "set", "clock.pinning", "allowed"]).status == 0)
        try run("/usr/bin/chmod", ["0660", path])
        #expect(
            try runProcess(
                builtKBK, ["--db", path, "skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"],
                environment: environment
            ).status == 0)
        let added = try runProcess(
            builtKBK,
            [
                "--db", path, "official", "add", "--login", official, "--nip", "198609262015051001", "--name", "Siti",
                "--skpd", "DINKES", "--role", "unit-admin",
            ], environment: environment)
        #expect(added.status == 0, "\(added.stderr)")

        // The official acts as themselves, even with $USER saying otherwise; a unit-admin forms a group
        // of their unit, but may not change the registry.
        let group = try kbk(
            as: official, ["--db", path, "group", "add", "--skpd", "DINKES", "--name", "KBK Sehat"],
            environment: ["USER": "root"])
        #expect(group.status == 0, "\(group.stderr)")
        let audit = try kbk(as: official, ["--db", path, "audit", "--limit", "1", "--format", "csv"])
        #expect(audit.stdout.contains(",\(official),create,group,1,"), "\(audit.stdout) \(audit.stderr)")
        let holiday = try kbk(as: official, ["--db", path, "holiday", "add", "2026-12-18", "Libur daerah"])
        #expect(holiday.status == 77)
        #expect(
            holiday.stderr.hasPrefix(
                "Error: \(official) (unit administrator, scope DINKES) may not change the registry"))

        // Another member of the group who is not an official: refused, nothing changed.
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["--db", path, "skpd", "list"], ["--db", path, "holiday", "add", "2026-12-21", "Libur"]] {
            let refused = try kbk(as: stranger, arguments, environment: ["USER": official, "LOGNAME": official])
            #expect(refused.status == 77, "\(refused.stderr)")
            #expect(refused.stderr.hasPrefix("Error: login '\(stranger)' is not an active official of \(path);"))
        }
        let retired = try kbk(as: stranger, ["--db", path, "skpd", "list"], environment: ["KBK_ACTOR": official])
        #expect(retired.status == 64)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try runProcess(builtKBK, ["--db", path, "check"], environment: environment).status == 0)
    }

    /// A database the login cannot read is a permission to ask for, named with the file or folder
    /// that refuses it, its owner, group and mode: never "no database here; create it".
    @Test func aDatabaseTheLoginMayNotReadIsNamedAsAPermissionProblem() throws {
        // Users of its own: the suite's tests run side by side.
        let (group, stranger) = ("kbkh\(Self.suffix)", "kbkc\(Self.suffix)")
        try run("/usr/sbin/groupadd", [group])
        defer { _ = try? runProcess("/usr/sbin/groupdel", [group]) }
        try run("/usr/sbin/useradd", ["--no-create-home", "--gid", group, "--shell", "/usr/sbin/nologin", stranger])
        defer { _ = try? runProcess("/usr/sbin/userdel", [stranger]) }
        func kbk(as user: String, _ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
            try runProcess(
                "/usr/bin/setpriv",
                ["--reuid", user, "--regid", group, "--clear-groups", builtExecutable()] + arguments,
                environment: environment)
        }
        let folder = TemporaryFolder()
        try run("/usr/bin/chmod", ["0755", folder.path])
        let closed = folder.file("closed")
        try run("/usr/bin/mkdir", ["-m", "0700", closed])
        let inClosed = closed + "/kbk.sqlite"
        let open = folder.file("open")
        try run("/usr/bin/mkdir", ["-m", "0755", open])
        let closedFile = open + "/kbk.sqlite"
        for path in [inClosed, closedFile] {
            #expect(try runProcess(builtExecutable(), ["--db", path, "init"]).status == 0)
        }
        let behindFolder = try kbk(as: stranger, ["--db", inClosed, "skpd", "list"])
        #expect(behindFolder.status == 77, "\(behindFolder.stderr)")
        #expect(
            behindFolder.stderr.hasPrefix(
                "Error: this login may not read \(inClosed) (the folder \(closed)): owner root, group root, mode 0700;"),
            "\(behindFolder.stderr)")
        let unreadable = try kbk(as: stranger, ["--db", closedFile, "skpd", "list"], environment: ["KBK_LANG": "id"])
        #expect(unreadable.status == 77, "\(unreadable.stderr)")
        #expect(
            unreadable.stderr.hasPrefix(
                "Kesalahan: login ini tidak boleh membaca \(closedFile): pemilik root, grup root, mode 0600;"),
            "\(unreadable.stderr)")
        #expect(!unreadable.stderr.contains("kbk init"))
    }
}
