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
        #expect(
            first.stdout.hasPrefix("Complaint and work-culture report Year 2025 (1 January 2025 to 31 December 2025)"))
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
        // The 27 perangkat daerah before 2026 and the 6 combined dinas that replace 10 of them (23
        // from 2026), the hospital and a health centre, 18 kecamatan and 8 kelurahan; the merged ones
        // ended by the reorganisation, with successors, the two split ones with a successor per function.
        #expect(try db.scalar("SELECT count(*) FROM skpd")?.intValue == 61)
        #expect(
            try db.scalar(
                "SELECT count(*) FROM skpd WHERE deactivated_on = '2026-01-01' AND successor_id IS NOT NULL")?.intValue
                == 10)
        #expect(
            try db.scalar(
                "SELECT count(*) FROM skpd WHERE deactivated_on IS NULL AND kind NOT IN ('district', 'subdistrict', 'hospital', 'uptd')"
            )?.intValue == 23)
        #expect(
            try db.query("SELECT code FROM skpd WHERE successor_routes IS NOT NULL ORDER BY code") {
                $0.string(0) ?? ""
            }
                == ["DINPERINDAG", "DINSOSDALDUKKBP3A"])
        #expect(
            try db.scalar("SELECT count(*) FROM skpd WHERE code IN ('BAPENDA', 'BPKAD', 'BPKPD', 'DAMKAR')")?.intValue
                == 0)
        // The reorganisation passed family-planning complaints to the health dinas, industry to
        // industry and labour, never by the default successor.
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id
                WHERE e.action = 'reassign' AND e.skpd_before IN ('DINSOSDALDUKKBP3A', 'DINPERINDAG')
                    AND e.local_date >= '2026-01-01'
                    AND e.skpd_after <> CASE c.category WHEN 'keluarga-berencana' THEN 'DINKESPPKB'
                        WHEN 'perindustrian' THEN 'DINPERINNAKER'
                        WHEN 'perdagangan' THEN 'DINDAGKOPUKM' ELSE e.skpd_after END
                """)?.intValue == 0)
        #expect(
            try db.scalar("SELECT p.code FROM skpd u JOIN skpd p ON p.id = u.parent_id WHERE u.code = 'RSUD'")?
                .stringValue == "DINKESPPKB")
        #expect(try db.scalar("SELECT count(*) FROM skpd WHERE kind = 'district'")?.intValue == 18)
        // Complaints come up to the day the demo is made, so its backlog is real.
        #expect(try db.scalar("SELECT max(received_on) FROM complaint")?.stringValue ?? "" >= "2026-11-01")
        #expect(try db.scalar("SELECT count(*) FROM complaint")?.intValue == 300)
        // Every channel and status the life cycle knows shows up in a realistic year or two.
        #expect(try db.scalar("SELECT count(DISTINCT status) FROM complaint")?.intValue ?? 0 >= 5)
        #expect(try db.scalar("SELECT count(DISTINCT channel) FROM complaint")?.intValue ?? 0 >= 6)
        #expect(
            try db.scalar("SELECT count(*) FROM complaint WHERE channel = 'whatsapp'")?.intValue ?? 0 > 200)
        #expect(
            try db.scalar(
                "SELECT count(DISTINCT channel) FROM complaint WHERE channel IN ('instagram', 'tiktok', 'laporgub')")?
                .intValue ?? 0 >= 2)
        #expect(try db.scalar("SELECT count(*) FROM complaint_event WHERE action = 'reassign'")?.intValue ?? 0 > 0)
        #expect(try db.scalar("SELECT count(*) FROM complaint_event WHERE action = 'hold'")?.intValue ?? 0 > 0)
        #expect(try db.scalar("SELECT count(*) FROM holiday")?.intValue ?? 0 >= 12)
        // As in Purbalingga's published year: nothing waits beyond 60 working days (about 88 days)
        // unless on hold, and the sweep closes what complainants leave unanswered.
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM complaint WHERE status IN ('received', 'verified', 'in_progress')
                    AND received_on < date((SELECT max(received_on) FROM complaint), '-88 days')
                """)?.intValue == 0)
        #expect(
            try db.scalar("SELECT count(*) FROM complaint WHERE status = 'closed' AND rating IS NULL")?.intValue ?? 0
                > 0)
        // Every complaint has its topic from the kept list, and roads are among the most frequent.
        #expect(try db.scalar("SELECT count(*) FROM complaint WHERE topic IS NULL")?.intValue == 0)
        #expect(
            try db.scalar(
                "SELECT topic FROM complaint WHERE topic <> 'lainnya' GROUP BY topic ORDER BY count(*) DESC LIMIT 1")?
                .stringValue == "jalan-jembatan")
        // Every event is done by one of the demo's officials: rejections and forwarding
        // by the government's desk, answers by the officials of the unit holding the complaint.
        #expect(try db.scalar("SELECT count(*) FROM official")?.intValue == 2 + 2 * 61 + 1)
        #expect(
            try db.scalar("SELECT count(*) FROM complaint_event WHERE actor NOT IN (SELECT login FROM official)")?
                .intValue == 0)
        #expect(try db.scalar("SELECT count(DISTINCT actor) FROM complaint_event")?.intValue ?? 0 > 20)
        #expect(
            try db.scalar(
                "SELECT count(*) FROM complaint_event WHERE action IN ('reject', 'reassign') AND actor <> 'koordinator'"
            )?.intValue == 0)
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM complaint_event e JOIN official o ON o.login = e.actor
                JOIN skpd u ON u.id = o.skpd_id
                WHERE e.action IN ('respond', 'resolve') AND u.code IS NOT e.skpd_after
                """)?.intValue == 0)
        // The login that ran the demo is the admin, and the audit trail names both.
        #expect(
            try db.scalar("SELECT count(*) FROM audit_log WHERE entity_kind = 'complaint' AND on_behalf_of IS NULL")?
                .intValue == 0)
        #expect(kbk(["--db", path, "audit", "verify"]).status == 0)
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
