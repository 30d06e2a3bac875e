import Foundation
import KBKDomain
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

/// Issue 28's attacks on the trail, each played as the attacker would: a pinned clock, a time typed
/// far back, a receipt typed late, rows edited with the `sqlite3` shell (triggers put back exactly),
/// a broken chain, a login that is no admin meeting a pending migration.
@Suite struct HonestTrailTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        (folder, path) = try complaintFixture()
    }

    func sqlite3(_ sql: String) throws {
        let result = try runProcess("/usr/bin/sqlite3", [path, sql])
        #expect(result.status == 0, "\(sql): \(result.stderr)")
    }

    func scalar(_ sql: String) throws -> String? {
        try Connection(path: path, mode: .readOnly).scalar(sql).map { "\($0.stringValue ?? String($0.intValue ?? 0))" }
    }

    /// A trigger's statement as its migration wrote it, to put back after an edit.
    static func trigger(_ name: String, in file: String) throws -> String {
        let text = try String(contentsOf: packageRoot().appendingPathComponent("Migrations/\(file)"), encoding: .utf8)
        guard let start = text.range(of: "CREATE TRIGGER \(name) "),
            let end = text.range(of: "END;", range: start.upperBound..<text.endIndex)
        else { throw FixtureFailure(arguments: [name], stderr: "no trigger") }
        return String(text[start.lowerBound..<end.upperBound])
    }

    @Test func aPinnedClockIsRefusedUnlessTheDatabaseAllowsIt() throws {
        let future = ["KBK_NOW": "2099-01-01T09:00:00+07:00"]
        let before = snapshot(path)
        // An officer (here the unit's admin) pins 2099 to note a complaint: refused, nothing written.
        let pinned = kbkPinning(
            ["--db", path, "complaint", "note", "ADU-2026-00002", "--message", "x"], environment: future,
            login: Desk.unitAdminLogin("DPUPR"))
        #expect(pinned.status == 64, "\(pinned.stderr)")
        #expect(pinned.stderr.split(separator: "\n").count == 1)
        #expect(pinned.stderr.contains("KBK_NOW pins the clock"), "\(pinned.stderr)")
        #expect(snapshot(path) == before)
        // Nor does a new database take it.
        let fresh = folder.file("fresh.sqlite")
        #expect(kbkPinning(["--db", fresh, "init"], environment: future).status == 64)
        #expect(!FileManager.default.fileExists(atPath: fresh))
        // A database that does not exist is named as missing, whatever the clock.
        let missing = kbkPinning(["--db", fresh, "complaint", "list"], environment: future)
        #expect(missing.status == 66 && missing.stderr.contains("no database at"), "\(missing.stderr)")
        // Everyone else goes on at the system's time.
        #expect(kbkAtDesk(["--db", path, "complaint", "note", "ADU-2026-00002", "--message", "dicek"]).status == 0)
        // A training database: the admin allows it, and each entry keeps the real time beside the pinned one.
        #expect(kbk(["--db", path, "config", "set", "clock.pinning", "allowed"]).status == 0)
        let training = kbkPinning(
            ["--db", path, "complaint", "note", "ADU-2026-00002", "--message", "latihan"],
            environment: ["KBK_NOW": "2026-11-18T19:00:00+07:00"], login: Desk.unitAdminLogin("DPUPR"))
        #expect(training.status == 0, "\(training.stderr)")
        #expect(
            try scalar("SELECT at || ' ' || real_at FROM audit_log ORDER BY id DESC LIMIT 1")
                == "2026-11-18T12:00:00Z \(fixedNow.utcString)")
        #expect(try scalar("SELECT count(*) FROM audit_log WHERE at > '2099'") == "0")
    }

    @Test func aTimeTypedByHandIsAClaimWithinTheWindow() throws {
        // 40 days back: refused, the window is the setting's.
        let old = kbkAtDesk([
            "--db", path, "complaint", "note", "ADU-2026-00002", "--message", "x", "--at", "2026-10-09 09:00",
        ])
        #expect(old.status == 65)
        #expect(old.stderr.contains("more than 30 day(s) back"), "\(old.stderr)")
        // Within it: both the claimed and the entered time are kept and shown.
        let noted = kbkAtDesk([
            "--db", path, "complaint", "note", "ADU-2026-00002", "--message", "telepon kemarin", "--at",
            "2026-11-17 14:00",
        ])
        #expect(noted.status == 0, "\(noted.stderr)")
        #expect(
            try scalar("SELECT at || ' ' || entered_at FROM complaint_event ORDER BY id DESC LIMIT 1")
                == "2026-11-17T07:00:00Z \(fixedNow.utcString)")
        #expect(
            try scalar("SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1")?.hasSuffix(
                "dated 2026-11-17T07:00:00Z") == true)
        let shown = kbkAtDesk(["--db", path, "--lang", "id", "complaint", "show", "ADU-2026-00002"])
        #expect(shown.stdout.contains("17 Nov 2026 14.00 (dicatat 18 Nov 2026 18.06)"), "\(shown.stdout)")
        // An admin widens the window (audited); never into the future.
        #expect(kbk(["--db", path, "config", "set", "clock.backdate-days", "60"]).status == 0)
        #expect(
            try scalar("SELECT count(*) FROM audit_log WHERE summary LIKE 'set clock.backdate-days from 30 to 60'")
                == "1")
        #expect(
            kbkAtDesk([
                "--db", path, "complaint", "note", "ADU-2026-00002", "--message", "x", "--at", "2026-11-19 09:00",
            ])
            .status == 65)
    }

    @Test func aReceiptTypedLateDoesNotBackdateTheHandOver() throws {
        let logged = kbkAtDesk([
            "--db", path, "complaint", "new", "--channel", "lapor", "--subject", "Jalan", "--description", "x",
            "--skpd", "DPUPR", "--received", "2026-11-09 08:00",
        ])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(
            try scalar("SELECT group_concat(action || '@' || at, ' ') FROM complaint_event WHERE complaint_id = 4")
                == "receive@2026-11-09T01:00:00Z verify@\(fixedNow.utcString)")
        // Verification was due three working days after the receipt: this hand-over is late, as it was.
        #expect(try scalar("SELECT verified_on > verify_due FROM complaint WHERE id = 4") == "1")
    }

    @Test func recordsChangedWithTheShellAreNamedAndNotReliedOn() throws {
        #expect(
            kbk([
                "--db", path, "official", "add", "--login", "ptg", "--nip", "198001012005011009", "--name", "Petugas",
                "--skpd", "DPUPR", "--role", "officer",
            ]).status == 0)
        #expect(kbk(["--db", path, "check"]).status == 0)
        let response = try Self.trigger("complaint_event_no_update", in: "0003_complaints.sql")
        try sqlite3(
            """
            UPDATE complaint SET description = 'diubah' WHERE ticket = 'ADU-2026-00001';
            UPDATE complaint SET status = 'closed' WHERE ticket = 'ADU-2026-00002';
            DROP TRIGGER complaint_event_no_update;
            UPDATE complaint_event SET text = 'jawaban lain' WHERE action = 'resolve';
            \(response)
            UPDATE official SET role = 'admin' WHERE login = 'ptg';
            """)
        for command in [["check"], ["audit", "verify"]] {
            let result = kbk(["--db", path] + command)
            #expect(result.status == 65, "\(command)")
            for finding in [
                "complaint ADU-2026-00001 differs", "complaint ADU-2026-00002 differs",
                "complaint event ADU-2026-00003 #",
                "official ptg differs",
            ] {
                #expect(result.stderr.contains(finding), "\(command) \(finding): \(result.stderr)")
            }
        }
        // The raised officer is not an admin: their row does not verify, and nothing is done.
        let before = snapshot(path)
        let raised = kbk(
            ["--db", path, "skpd", "add", "BARU", "--name", "Unit Baru", "--kind", "agency"], login: "ptg")
        #expect(raised.status == 65)
        #expect(
            raised.stderr.contains("official ptg differs from what its last audit entry sealed"), "\(raised.stderr)")
        #expect(snapshot(path) == before)
        // The edited complaint is not sealed as kbk's own by the next action on it.
        let note = kbkAtDesk(["--db", path, "complaint", "note", "ADU-2026-00001", "--message", "x"])
        #expect(note.status == 65, "\(note.stderr)")
        #expect(snapshot(path) == before)
    }

    @Test func aBrokenChainStopsWrites() throws {
        let update = try Self.trigger("audit_log_no_update", in: "0027_honest_clock_and_seals.sql")
        let last = try scalar("SELECT max(id) FROM audit_log") ?? "0"
        try sqlite3(
            "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET summary = 'nothing' WHERE id = \(last); \(update)")
        let before = snapshot(path)
        let refused = kbk(["--db", path, "skpd", "add", "BARU", "--name", "Unit Baru", "--kind", "agency"])
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "Error: the audit trail does not verify from entry \(last) on; nothing is written after it "
                + "until it is examined: run 'kbk check'\n"
        )
        #expect(snapshot(path) == before)
        // Reading goes on, and check names the entry.
        #expect(kbk(["--db", path, "skpd", "list"]).status == 0)
        #expect(kbk(["--db", path, "check"]).stderr.contains("audit entry \(last) "))
    }

    @Test func onlyAnAdminAppliesAPendingMigration() throws {
        let old = folder.file("old.sqlite")
        // A database of the kbk before this one, with its admin and a coordinator.
        _ = try Store(
            path: old, mode: .createIfMissing, actor: Actor(testLogin), clock: { fixedNow },
            migrator: Migrator(migrations: Migration.embedded.filter { $0.version < 27 }))
        try Connection(path: old).execute(
            """
            INSERT INTO official (login, nip, name, role, created_at)
            VALUES ('koordinator', '198001012005011003', 'Koordinator', 'coordinator', '2026-11-01T00:00:00Z')
            """)
        let before = snapshot(old)
        let stranger = kbk(["--db", old, "skpd", "list"], login: "tamu")
        #expect(stranger.status == 77, "\(stranger.stderr)")
        let coordinator = kbk(["--db", old, "skpd", "list"], login: "koordinator")
        #expect(coordinator.status == 78, "\(coordinator.stderr)")
        #expect(
            coordinator.stderr.contains("needs 'kbk migrate' by an admin (pending: 0027_honest_clock_and_seals.sql"))
        #expect(snapshot(old) == before)
        #expect(
            try Connection(path: old, mode: .readOnly).scalar("SELECT count(*) FROM audit_log WHERE actor = 'tamu'")?
                .intValue == 0)
        let migrated = kbk(["--db", old, "migrate"])
        #expect(migrated.status == 0, "\(migrated.stderr)")
        #expect(kbk(["--db", old, "skpd", "list"], login: "koordinator").status == 0)
        #expect(kbk(["--db", old, "check"]).status == 0)
    }
}
