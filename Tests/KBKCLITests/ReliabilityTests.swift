import Foundation
import KBKDomain
@_spi(Testing) import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

private let rowSealsPerEntry = 1_000

/// Several real processes on one database file, and processes killed in the middle of their work.
@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct ReliabilityTests {
    let binary = builtExecutable()

    /// Eight processes each log complaints and answer the complaint logged just before theirs,
    /// whoever logged it (entered for the unit's admin). Every command must succeed within the busy timeout.
    @Test func eightProcessesLoggingAndAnsweringEachOther() throws {
        let folder = TemporaryFolder()
        let path = folder.file("shared.sqlite")
        #expect(
            kbkAtDesk(["--db", path, "skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"]).status == 0)
        try Desk.staff(path, clock: { fixedNow })
        let perWorker = 40
        let script = """
            i=0
            while [ $i -lt \(perWorker) ]; do
              t=$("$KBK" --db "$DB" complaint new --channel sms --subject "Aduan $W-$i" --description "dari $W" \\
                  --skpd DPUPR) || exit 1
              n=$(echo "$t" | head -1 | sed 's/^Logged ADU-2026-0*\\([0-9]*\\).*/\\1/')
              if [ "$n" -gt 1 ]; then
                p=$(printf 'ADU-2026-%05d' $((n - 1)))
                "$KBK" --db "$DB" --on-behalf-of adm.dpupr complaint respond "$p" --message "dijawab oleh $W" \\
                    >/dev/null || exit 2
              fi
              i=$((i+1))
            done
            """
        let workers = try (1...8).map { worker -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            process.environment = [
                "KBK": binary, "DB": path, "W": "w\(worker)", "PATH": "/usr/bin:/bin", "KBK_LANG": "en",
                "KBK_BUSY_TIMEOUT_MS": "20000",
            ]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for worker in workers { worker.waitUntilExit() }
        #expect(workers.map(\.terminationStatus) == Array(repeating: 0, count: 8))
        let db = try Connection(path: path, mode: .readOnly)
        let total = 8 * perWorker
        #expect(try db.scalar("SELECT count(*) FROM complaint")?.intValue == total)
        #expect(try db.scalar("SELECT max(sequence) FROM complaint")?.intValue == total)
        #expect(try db.scalar("SELECT count(DISTINCT ticket) FROM complaint")?.intValue == total)
        // Every complaint but the last one logged was answered exactly once.
        #expect(try db.scalar("SELECT count(*) FROM complaint_event WHERE action = 'respond'")?.intValue == total - 1)
        #expect(
            try db.scalar("SELECT count(*) FROM complaint WHERE first_response_at IS NOT NULL")?.intValue == total - 1)
        #expect(
            try db.scalar("SELECT count(*) FROM audit_log WHERE entity_kind = 'complaint' AND action <> 'seal'")?
                .intValue == 2 * total
                + total - 1)
        #expect(kbkAtDesk(["--db", path, "check"]).status == 0)
    }

    /// SIGKILL in the middle of a 100,000-row import: the database passes check and holds none of the file.
    @Test func aKilledImportLeavesAllOrNothing() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(
            kbkAtDesk(["--db", path, "skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"]).status == 0)
        let file = folder.file("big.csv")
        var csv = "external_ref,channel,subject,description,received_at,skpd\n"
        csv.reserveCapacity(8_000_000)
        for index in 0..<100_000 { csv += "K-\(index),sms,Aduan \(index),Isi \(index),2026-11-02 08:00,DPUPR\n" }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        let before = try rowCounts(path)
        let schema = try Connection(path: path, mode: .readOnly).query(
            "SELECT name, sql FROM sqlite_schema ORDER BY name"
        ) {
            "\($0.value(at: 0))|\($0.value(at: 1))"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--db", path, "import", "complaints", file]
        process.environment = ["PATH": "/usr/bin:/bin", "KBK_LANG": "en"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Let it get well into the file (its writes spilling into the write-ahead log), then kill
        // it without warning.
        let db = try Connection(path: path, mode: .readOnly)
        #expect(waitUntil { !process.isRunning || fileSize(path + "-wal") > 2_000_000 })
        #expect(process.isRunning, "the import ended before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(kbkAtDesk(["--db", path, "check"]).status == 0)
        #expect(try rowCounts(path) == before)
        #expect(try db.scalar("SELECT count(*) FROM complaint")?.intValue == 0)
        // Whether or not the import had set the complaint indexes aside by then (it does after 20,000 rows), they are
        // all there.
        #expect(
            try db.query("SELECT name, sql FROM sqlite_schema ORDER BY name") {
                "\($0.value(at: 0))|\($0.value(at: 1))"
            } == schema)
        // The next import of the same file works.
        let small = folder.file("small.csv")
        try Data(csv.split(separator: "\n").prefix(101).joined(separator: "\n").utf8).write(
            to: URL(fileURLWithPath: small))
        #expect(
            kbkAtDesk(["--db", path, "import", "complaints", small]).stdout
                == "Imported 100 complaints row(s); 0 already present.\n")
    }

    /// SIGKILL during `kbk demo`: no half a demo. It is built beside its target and renamed into
    /// place once complete, so the killed run leaves no database, and the next run clears what the
    /// killed one left beside it.
    @Test func aKilledDemoLeavesAHealthyDatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.file("demo.sqlite")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--db", path, "demo"]
        process.environment = ["PATH": "/usr/bin:/bin", "KBK_LANG": "en"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once it is building the demo: its staged database and log beside the target grow.
        func staged() -> Int {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
                $0.hasPrefix(".demo.sqlite.kbk-")
            }.reduce(0) { $0 + fileSize(folder.path + "/" + $1) }
        }
        #expect(waitUntil { !process.isRunning || staged() > 1_000_000 })
        #expect(process.isRunning, "the demo ended before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: path))
        let again = kbkAtDesk(["--db", path, "demo", "--complaints", "30"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(kbkAtDesk(["--db", path, "check"]).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "\(left)")
    }

    /// SIGKILL while a migration rebuilds the complaint table (0006, on 100,000 complaints with their
    /// events): the database is still at the version before, whole and sound, and the next start
    /// applies the migration.
    @Test func aKilledMigrationLeavesTheVersionBefore() throws {
        let folder = TemporaryFolder()
        let path = folder.file("old.sqlite")
        let count = 100_000
        do {
            let older = Migrator(migrations: Migration.embedded.filter { $0.version <= 5 })
            _ = try Store(
                path: path, mode: .createIfMissing, actor: Actor(testLogin),
                clock: { Timestamp(secondsSinceEpoch: 1_795_000_000) }, migrator: older)
            // Rows written straight in SQL: the fixture must be big enough for the kill to land inside the migration.
            try Connection(path: path).execute(
                """
                BEGIN;
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(count))
                INSERT INTO complaint (ticket, year, sequence, received_at, received_on, channel, kind, category,
                    subject,
                                       description, status, verify_due, last_event_at)
                SELECT printf('ADU-2026-%06d', i), 2026, i, '2026-01-05T01:00:00Z', '2026-01-05', 'sms', 'complaint',
                    'general',
                       'Aduan ' || i, 'Isi aduan', 'received', '2026-01-08', '2026-01-05T01:00:00Z' FROM n;
                INSERT INTO complaint_event (complaint_id, at, local_date, verify_due, actor, action, status_after)
                SELECT id, received_at, received_on, verify_due, 'test', 'receive', 'received' FROM complaint;
                INSERT INTO ticket_counter (year, last) VALUES (2026, \(count));
                COMMIT;
                """)
        }
        func version() throws -> Int? {
            let db = try Connection(path: path, mode: .readOnly)
            let version: SQLiteValue? = try db.scalar("SELECT max(version) FROM kbk_migrations")
            return version?.intValue
        }
        #expect(try version() == 5)
        let before = try rowCounts(path)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        // Any command that opens the database migrates it (`check` only inspects).
        process.arguments = ["--db", path, "audit", "--limit", "1"]
        process.environment = ["PATH": "/usr/bin:/bin", "KBK_LANG": "en"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once the rebuilt table is spilling into the write-ahead log, long before it commits.
        #expect(waitUntil(seconds: 30) { fileSize(path + "-wal") >= 2_000_000 })
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try version() == 5)
        #expect(try rowCounts(path) == before)
        #expect(kbkAtDesk(["--db", path, "check"]).status == 0)

        // The next start migrates: same rows, every event still pointing at its complaint.
        #expect(kbkAtDesk(["--db", path, "audit", "--limit", "1"]).status == 0)
        #expect(kbkAtDesk(["--db", path, "check"]).status == 0)
        #expect(try version() == Migration.embedded.last?.version)
        var after = try rowCounts(path)
        let applied = Migration.embedded.count - 5
        // The migrations, and the first admin registered once officials exist.
        // (Migration 0027 seals the rows already there, a thousand to an entry.)
        let sealed = ((after["row_seal"] ?? 0) + rowSealsPerEntry - 1) / rowSealsPerEntry
        #expect(after.removeValue(forKey: "audit_log") == (before["audit_log"] ?? 0) + applied + 1 + sealed - 1)
        var expected = before
        expected.removeValue(forKey: "audit_log")
        expected["kbk_migrations"] = (before["kbk_migrations"] ?? 0) + applied
        // Tables that later migrations create start empty.
        for table in after.keys where before[table] == nil { expected[table] = 0 }
        expected["official"] = 1
        expected["row_seal"] = after["row_seal"]
        // Migration 0017 makes the web front's secret.
        expected["web_secret"] = 1
        // Migrations 0021 and 0030 ship the national calendar of 2024–2026 and of 2027.
        expected["holiday"] = (before["holiday"] ?? 0) + 82 + 26
        // Migration 0022 ships three settlement classes, 0032 the five cited classes.
        expected["complaint_category"] = (before["complaint_category"] ?? 0) + 3 + 5
        // Migration 0036 ships the 28 complaint topics, 0038 the 21 BerAKHLAK behaviour indicators.
        expected["complaint_topic"] = 28
        expected["berakhlak_indicator"] = BehaviourIndicator.all.count
        // Migration 0039 indexes every complaint for the search.
        expected["complaint_search"] = before["complaint"]
        // Migration 0047 gives the database its identity.
        expected["database_identity"] = 1
        #expect(after == expected)
        #expect(try Connection(path: path, mode: .readOnly).foreignKeyCheck().isEmpty)
    }
}
