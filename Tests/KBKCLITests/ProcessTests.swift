import Foundation
import KBKDomain
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

/// These run the built `kbk` executable as a separate process: real exit codes, real streams,
/// real file locks between processes.
@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct ProcessTests {
    let binary = builtExecutable()

    @Test func theBinaryReportsExitCodesAndErrorsOnStderr() throws {
        #expect(FileManager.default.isExecutableFile(atPath: binary), "kbk not found at \(binary)")
        let version = try runProcess(binary, ["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("kbk "))
        #expect(version.stderr.isEmpty)

        let unknown = try runProcess(binary, ["frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("Error: unknown command 'frobnicate'"))
        #expect(unknown.stderr.contains("\nUsage: kbk"))

        let folder = TemporaryFolder()
        let missing = try runProcess(binary, ["--db", folder.file("none.sqlite"), "audit"])
        #expect(missing.status == 66)
        #expect(missing.stderr.split(separator: "\n").count == 1)
    }

    @Test func aDamagedDatabaseFailsCheckWith65() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(try runProcess(binary, ["--db", path, "init"]).status == 0)
        try damageDatabase(at: path)
        let check = try runProcess(binary, ["--db", path, "check"])
        #expect(check.status == 65)
        #expect(check.stderr.hasPrefix("Error: database \(path) is not healthy"))
    }

    @Test func aLockHeldPastTheBusyTimeoutExitsWith75AndChangesNothing() throws {
        let folder = TemporaryFolder()
        let path = folder.file("locked.sqlite")
        let holder = try Connection(path: path) // an empty database: kbk init must write to migrate it
        try holder.execute("BEGIN IMMEDIATE")
        let result = try runProcess(binary, ["--db", path, "init"], environment: ["KBK_BUSY_TIMEOUT_MS": "200"])
        try holder.execute("ROLLBACK")
        #expect(result.status == 75)
        #expect(
            result.stderr
                == "Error: database \(path) stayed locked by another process past the busy timeout; try again\n")
        #expect(try Migrator().status(ofDatabaseAt: path).applied.isEmpty)
        #expect(try runProcess(binary, ["--db", path, "init"]).status == 0)
    }

    @Test func aCopiedBinaryMigratesANewDatabaseWithNothingBesideIt() throws {
        let folder = TemporaryFolder("kbk-lonely")
        let copy = folder.file("kbk")
        try FileManager.default.copyItem(atPath: binary, toPath: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kbk"])
        let created = try runProcess(copy, ["--db", "data/kbk.sqlite", "init"], currentDirectory: folder.path)
        #expect(created.status == 0, "\(created.stderr)")
        let check = try runProcess(
            copy, ["--db", "data/kbk.sqlite", "check", "--format", "json"], currentDirectory: folder.path)
        #expect(check.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        #expect(report["schema_version"] as? Int == Migration.embedded.last?.version)
        #expect(report["healthy"] as? Bool == true)
    }

    @Test func processesInitialisingTogetherApplyEachMigrationOnce() throws {
        let folder = TemporaryFolder()
        let path = folder.file("shared.sqlite")
        let results = try (0..<4).map { _ -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["--db", path, "init"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }.map { process in
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(results == [0, 0, 0, 0])
        let db = try Connection(path: path)
        #expect(try db.scalar("SELECT count(*) FROM kbk_migrations")?.intValue == Migration.embedded.count)
        #expect(
            try db.scalar("SELECT count(*) FROM audit_log WHERE action = 'migrate'")?.intValue
                == Migration.embedded.count)
    }

    /// Progress goes to standard error only when it is a terminal: under `script` (a pseudo-terminal)
    /// a long import shows a counter with its rate, rewritten in place; through a pipe, nothing.
    @Test func progressShowsOnlyOnATerminal() throws {
        let folder = TemporaryFolder()
        let path = folder.file("k.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        let start = try CivilDate.parse("2020-01-01")
        let rows = (0..<1_000).map { "\(start.adding(days: $0)),Libur \($0)" }
        let csv = folder.file("holidays.csv")
        try (["date,name"] + rows).joined(separator: "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let command = "\(binary) --db \(path) --lang en import holidays \(csv) --dry-run"
        let terminal = try runProcess(
            "/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["LOGNAME": testLogin])
        #expect(terminal.status == 0, "\(terminal.stdout)")
        #expect(terminal.stdout.contains("\rChecked 1,000 rows, "))
        #expect(terminal.stdout.contains("/s\u{1B}[K"))
        let piped = try runProcess(binary, ["--db", path, "--lang", "en", "import", "holidays", csv, "--dry-run"])
        #expect(piped.status == 0 && !piped.stderr.contains("Checked"), "\(piped.stderr)")
        // An export counts what it has written, a check names each step; the output is unchanged.
        #expect(kbk(["--db", path, "import", "holidays", csv]).status == 0)
        let exported = folder.file("out.csv")
        let export = try runProcess(
            "/usr/bin/script",
            ["-qec", "\(binary) --db \(path) --lang en export holidays --output \(exported)", "/dev/null"],
            environment: ["LOGNAME": testLogin])
        #expect(export.stdout.contains("\rExporting holidays: reading the database…"), "\(export.stdout)")
        // The 1,000 imported days of 2020–2022 and the 108 of the shipped calendar (2024–2027).
        #expect(export.stdout.contains("\rExporting holidays: 1,108/1,108 written, "), "\(export.stdout)")
        let plainExport = try runProcess(binary, ["--db", path, "export", "holidays"])
        #expect(try String(contentsOfFile: exported, encoding: .utf8) == plainExport.stdout)
        #expect(!plainExport.stderr.contains("Exporting"))
        let check = try runProcess(
            "/usr/bin/script", ["-qec", "\(binary) --db \(path) --lang id check", "/dev/null"],
            environment: ["LOGNAME": testLogin])
        #expect(check.status == 0)
        for step in ["Memeriksa keutuhan berkas…", "Memeriksa rujukan…", "Memeriksa skema…", "Menghitung baris…"] {
            #expect(check.stdout.contains("\r" + step + "\u{1B}[K"), "\(step)")
        }
        let plainCheck = try runProcess(binary, ["--db", path, "check"])
        #expect(plainCheck.status == 0 && plainCheck.stderr.isEmpty, "\(plainCheck.stderr)")
    }
}
