import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

/// Several real processes on one database file, and processes killed in the middle of their work.
@Suite struct ReliabilityTests {
    let binary = builtExecutable()

    /// Eight processes each log complaints and answer the complaint logged just before theirs,
    /// whoever logged it. Every command must succeed within the busy timeout.
    @Test func eightProcessesLoggingAndAnsweringEachOther() throws {
        let folder = TemporaryFolder()
        let path = folder.file("shared.sqlite")
        #expect(kbk(["--db", path, "skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"]).status == 0)
        let perWorker = 40
        let script = """
            i=0
            while [ $i -lt \(perWorker) ]; do
              t=$("$KBK" --db "$DB" complaint new --channel sms --subject "Aduan $W-$i" --description "dari $W" --skpd DPUPR) || exit 1
              n=$(echo "$t" | sed 's/^Logged ADU-2026-0*\\([0-9]*\\).*/\\1/')
              if [ "$n" -gt 1 ]; then
                p=$(printf 'ADU-2026-%05d' $((n - 1)))
                "$KBK" --db "$DB" complaint respond "$p" --message "dijawab oleh $W" >/dev/null || exit 2
              fi
              i=$((i+1))
            done
            """
        let workers = try (1...8).map { worker -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            process.environment = ["KBK": binary, "DB": path, "W": "w\(worker)", "PATH": "/usr/bin:/bin", "KBK_ACTOR": "w\(worker)",
                                   "KBK_NOW": "2026-11-18T09:00:00+07:00", "KBK_BUSY_TIMEOUT_MS": "20000"]
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
        #expect(try db.scalar("SELECT count(*) FROM complaint WHERE first_response_at IS NOT NULL")?.intValue == total - 1)
        #expect(try db.scalar("SELECT count(*) FROM audit_log WHERE entity_kind = 'complaint'")?.intValue == 2 * total + total - 1)
        #expect(kbk(["--db", path, "check"]).status == 0)
    }

    /// SIGKILL in the middle of a 100,000-row import: the database passes check and holds none of the file.
    @Test func aKilledImportLeavesAllOrNothing() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"]).status == 0)
        let file = folder.file("big.csv")
        var csv = "external_ref,channel,subject,description,received_at,skpd\n"
        csv.reserveCapacity(8_000_000)
        for index in 0..<100_000 { csv += "K-\(index),sms,Aduan \(index),Isi \(index),2026-11-02 08:00,DPUPR\n" }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        let before = try rowCounts(path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--db", path, "import", "complaints", file]
        process.environment = ["KBK_NOW": "2026-11-18T09:00:00+07:00", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Let it get well into the file, then kill it without warning.
        let db = try Connection(path: path, mode: .readOnly)
        usleep(1_500_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(kbk(["--db", path, "check"]).status == 0)
        #expect(try rowCounts(path) == before)
        #expect(try db.scalar("SELECT count(*) FROM complaint")?.intValue == 0)
        // The next import of the same file works.
        let small = folder.file("small.csv")
        try Data(csv.split(separator: "\n").prefix(101).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: small))
        #expect(kbk(["--db", path, "import", "complaints", small]).stdout == "Imported 100 complaints row(s); 0 already present.\n")
    }

    /// SIGKILL during `kbk demo`: a database that passes check, without half a demo.
    @Test func aKilledDemoLeavesAHealthyDatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.file("demo.sqlite")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--db", path, "demo"]
        process.environment = ["KBK_NOW": "2026-11-18T09:00:00+07:00", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(1_500_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(kbk(["--db", path, "check"]).status == 0)
        let db = try Connection(path: path, mode: .readOnly)
        let complaints = try db.scalar("SELECT count(*) FROM complaint")?.intValue ?? -1
        #expect(complaints == 0 || complaints == 3_000)
        #expect(try db.scalar("SELECT count(*) FROM skpd")?.intValue == (complaints == 0 ? 0 : 25))
    }
}
