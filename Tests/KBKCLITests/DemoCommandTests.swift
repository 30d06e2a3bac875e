import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct DemoCommandTests {
    @Test func theDemoIsDeterministicForASeedAndHealthy() throws {
        let folder = TemporaryFolder()
        let path = folder.file("demo.sqlite")
        let first = kbk(["--db", path, "demo", "--complaints", "300", "--seed", "7"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Complaint and work-culture report 2025 (2025-01-01 to 2025-12-31"))
        #expect(first.stdout.contains("Explore it:\n  kbk --db \(path) complaint list --overdue"))
        #expect(first.stderr.contains("300 complaints"))
        let refused = kbk(["--db", path, "demo", "--complaints", "300", "--seed", "7"])
        #expect(refused.status == 73)
        let second = kbk(["--db", path, "demo", "--complaints", "300", "--seed", "7", "--force"])
        #expect(second.status == 0)
        #expect(second.stdout == first.stdout)
        let other = kbk(["--db", path, "demo", "--complaints", "300", "--seed", "8", "--force"])
        #expect(other.stdout != first.stdout)
        #expect(kbk(["--db", path, "check"]).status == 0)

        let db = try Connection(path: path, mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM skpd")?.intValue == 25)
        #expect(try db.scalar("SELECT count(*) FROM complaint")?.intValue == 300)
        // Every channel and status the life cycle knows shows up in a realistic year or two.
        #expect(try db.scalar("SELECT count(DISTINCT status) FROM complaint")?.intValue ?? 0 >= 5)
        #expect(try db.scalar("SELECT count(DISTINCT channel) FROM complaint")?.intValue ?? 0 >= 8)
        #expect(try db.scalar("SELECT count(*) FROM complaint_event WHERE action = 'reassign'")?.intValue ?? 0 > 0)
        #expect(try db.scalar("SELECT count(*) FROM complaint_event WHERE action = 'hold'")?.intValue ?? 0 > 0)
        #expect(try db.scalar("SELECT count(*) FROM holiday")?.intValue ?? 0 >= 12)
        // The generator went through the store: every change is in the audit trail.
        #expect(try db.scalar("SELECT count(*) FROM audit_log WHERE entity_kind = 'complaint'")?.intValue ?? 0 >= 300)
    }

    @Test func theDemoNeverTouchesTheDatabaseNamedByTheEnvironment() throws {
        let folder = TemporaryFolder()
        let real = folder.file("real.sqlite")
        #expect(kbk(["--db", real, "init"]).status == 0)
        let before = snapshot(real)
        let result = try runProcess(
            builtExecutable(), ["demo", "--complaints", "10"],
            environment: ["KBK_DB": real, "KBK_NOW": "2026-11-18T09:00:00+07:00"], currentDirectory: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.file("kbk-demo.sqlite")))
        #expect(snapshot(real) == before)
    }
}
