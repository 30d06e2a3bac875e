import Foundation
import KBKDomain
@_spi(Testing) import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

/// A unit that ends hands its open complaints to its successor, in one transaction, each as a
/// recorded reassignment; without a successor it cannot end while it holds any.
@Suite struct SuccessionTests {
    @Test func aUnitEndingWithAHundredOpenComplaintsHandsThemToItsSuccessor() throws {
        let folder = TemporaryFolder()
        let path = folder.file("succession.sqlite")
        let store = try Store(path: path, mode: .createIfMissing, actor: Actor(testLogin), clock: { fixedNow })
        for code in ["DINPERKIM", "DPUPR"] {
            try store.write {
                try $0.units.add(UnitDraft(code: UnitCode(code), name: "Dinas \(code)", kind: .agency))
            }
        }
        let unitAdmin = try Desk.unitAdmin(of: "DINPERKIM", in: store)
        _ = try Desk.unitAdmin(of: "DPUPR", in: store)
        _ = try Desk.coordinator(in: store)
        var tickets: [Ticket] = []
        for number in 1...104 {
            var draft = ComplaintDraft(subject: "Aduan \(number)", description: "Rumah tidak layak huni", channel: .sms)
            draft.unit = try UnitCode("DINPERKIM")
            draft.receivedAt = try Timestamp.parse("2026-11-02 08:00", defaultOffset: .wib)
            tickets.append(try store.write { try $0.complaints.log(draft) }.ticket)
        }
        // Some in progress, some assigned to the unit's admin, some on hold; four resolved, which stay.
        for (index, ticket) in tickets.prefix(100).enumerated() {
            let request: ComplaintAction? =
                switch index % 5 {
                case 1: .respond("sedang ditinjau")
                case 2: .assign(to: try Login(unitAdmin.login), note: nil)
                case 3: .hold(reason: "menunggu data")
                default: nil
                }
            if let request { try Desk.act(ticket, request, at: nil, in: store) }
        }
        for ticket in tickets.suffix(4) { try Desk.act(ticket, .resolve("selesai"), at: nil, in: store) }

        let before = snapshot(path)
        let refused = kbk(["--db", path, "skpd", "deactivate", "DINPERKIM"])
        #expect(refused.status == 65)
        let stillHolds =
            "Error: unit DINPERKIM still holds 100 open complaint(s); give --successor CODE to move them to the unit that takes over\n"
        #expect(refused.stderr == stillHolds)
        #expect(snapshot(path) == before)

        let events = try store.complaints.eventCount()
        let ended = kbk(["--db", path, "skpd", "deactivate", "DINPERKIM", "--successor", "DPUPR"])
        #expect(ended.status == 0, "\(ended.stderr)")
        #expect(ended.stdout == "Deactivated unit DINPERKIM as of 2026-11-18; moved 100 open complaint(s) to DPUPR.\n")
        let db = try Connection(path: path, mode: .readOnly)
        func count(_ sql: String) throws -> Int { try db.scalar(sql)?.intValue ?? -1 }
        #expect(
            try count(
                "SELECT count(*) FROM complaint c JOIN skpd u ON u.id = c.skpd_id WHERE u.code = 'DPUPR'") == 100)
        #expect(try count("SELECT count(*) FROM complaint WHERE assigned_to IS NOT NULL") == 0)
        #expect(try count("SELECT count(*) FROM complaint WHERE status = 'on_hold'") == 20)
        #expect(
            try count(
                "SELECT count(*) FROM complaint c JOIN skpd u ON u.id = c.skpd_id WHERE u.code = 'DINPERKIM'") == 4)
        #expect(
            try count(
                """
                SELECT count(*) FROM complaint_event WHERE action = 'reassign' AND actor = 'system'
                    AND skpd_before = 'DINPERKIM' AND skpd_after = 'DPUPR'
                """) == 100)
        #expect(try store.complaints.eventCount() == events + 100)
        #expect(kbk(["--db", path, "check"]).status == 0)
        // The successor's admin finds them unassigned in their inbox.
        let inbox = kbk(["--db", path, "inbox", "--format", "json"], login: Desk.unitAdminLogin("DPUPR"))
        #expect(inbox.stdout.contains("\"unassigned\": 100"), "\(inbox.stdout.prefix(300))")
    }
}

/// A unit split across two new units hands each function to its own successor: its open
/// complaints follow their category's route, the rest go to the default successor; every refusal
/// is one line and writes nothing.
@Suite struct SuccessionPerFunctionTests {
    /// DINPERINDAG holding open complaints of three categories (and a resolved one, which stays),
    /// the two units it splits into, and an ended unit.
    func splitUnit(_ folder: TemporaryFolder) throws -> String {
        let path = folder.file("split.sqlite")
        let store = try Store(path: path, mode: .createIfMissing, actor: Actor(testLogin), clock: { fixedNow })
        for code in ["DINPERINDAG", "DINDAGKOPUKM", "DINPERINNAKER", "DINKOPUKM"] {
            try store.write {
                try $0.units.add(UnitDraft(code: UnitCode(code), name: "Dinas \(code)", kind: .agency))
            }
        }
        for code in ["perindustrian", "perdagangan"] {
            try store.write {
                try $0.categories.add(
                    Category(code: code, name: code.capitalized, deadlines: Deadlines(settleDays: 14)))
            }
        }
        try store.write {
            try $0.units.deactivate(UnitCode("DINKOPUKM"), on: CivilDate.parse("2026-01-01"), successor: nil)
        }
        _ = try Desk.unitAdmin(of: "DINPERINDAG", in: store)
        _ = try Desk.coordinator(in: store)
        var tickets: [Ticket] = []
        for (number, category) in [
            "perindustrian", "perindustrian", "perindustrian", "perdagangan", "perdagangan",
            "tidak-berkadar-pengawasan", "tidak-berkadar-pengawasan", "perdagangan",
        ].enumerated() {
            var draft = ComplaintDraft(
                subject: "Aduan \(number)", description: "Pasar dan industri", channel: .whatsapp)
            draft.unit = try UnitCode("DINPERINDAG")
            draft.category = try CategoryCode(category)
            draft.receivedAt = try Timestamp.parse("2026-11-02 08:00", defaultOffset: .wib)
            tickets.append(try store.write { try $0.complaints.log(draft) }.ticket)
        }
        try Desk.act(tickets[7], .resolve("selesai"), at: nil, in: store)
        return path
    }

    @Test func eachRefusalIsOneLineAndWritesNothing() throws {
        let folder = TemporaryFolder()
        let path = try splitUnit(folder)
        let before = snapshot(path)
        let industry = "category:perindustrian=DINPERINNAKER"
        let trade = "category:perdagangan=DINDAGKOPUKM"
        let cases: [([String], Int32, String)] = [
            (
                ["--successor-for", industry, "--successor-for", trade], 65,
                "Error: unit DINPERINDAG still holds 2 open complaint(s) of category:tidak-berkadar-pengawasan that no successor takes; give --successor-for category:tidak-berkadar-pengawasan=CODE or --successor CODE\n"
            ),
            (
                ["--successor-for", "category:perikanan=DINPERINNAKER", "--successor", "DINDAGKOPUKM"], 65,
                "Error: no category 'perikanan'; see 'kbk category list'\n"
            ),
            (
                ["--successor-for", "category:perindustrian=DINPERINDUSTRIAN", "--successor", "DINDAGKOPUKM"], 65,
                "Error: no unit 'DINPERINDUSTRIAN'; see 'kbk skpd list --all'\n"
            ),
            (
                ["--successor-for", "category:perindustrian=dinperindag", "--successor", "DINDAGKOPUKM"], 65,
                "Error: unit DINPERINDAG cannot be its own parent or successor\n"
            ),
            (
                ["--successor-for", "category:perdagangan=DINKOPUKM", "--successor", "DINDAGKOPUKM"], 65,
                "Error: unit DINKOPUKM is deactivated; nothing new can be attached to it\n"
            ),
            (
                [
                    "--successor-for", industry, "--successor-for", "Category:PERINDUSTRIAN=DINDAGKOPUKM",
                    "--successor", "DINDAGKOPUKM",
                ], 65,
                "Error: category:perindustrian is given more than one successor; give each function once\n"
            ),
            (
                ["--successor-for", "bidang:Perindustrian=DINPERINNAKER"], 64,
                "Error: --successor-for 'bidang:Perindustrian' is not valid; expected category:CODE=UNIT or section:NAME=UNIT\n"
            ),
            (
                ["--successor-for", "section:Bidang Perindustrian"], 64,
                "Error: --successor-for 'section:Bidang Perindustrian' is not valid; expected category:CODE=UNIT or section:NAME=UNIT\n"
            ),
        ]
        for (options, status, line) in cases {
            let result = kbk(["--db", path, "--lang", "en", "skpd", "deactivate", "DINPERINDAG"] + options)
            #expect(result.status == status, "\(options)")
            #expect(result.stderr.hasPrefix(line), "\(options): \(result.stderr)")
            #expect(snapshot(path) == before, "\(options)")
        }
        // The same line in Indonesian.
        let id = kbk(["--db", path, "--lang", "id", "skpd", "deactivate", "DINPERINDAG", "--successor-for", industry])
        let idLine =
            "Kesalahan: unit DINPERINDAG masih memegang 2 pengaduan terbuka category:perdagangan yang tidak diambil penerus mana pun; berikan --successor-for category:perdagangan=KODE atau --successor KODE\n"
        #expect(id.stderr == idLine)
        #expect(snapshot(path) == before)
    }

    @Test func openComplaintsFollowTheirCategoryAndTheRestTheDefaultSuccessor() throws {
        let folder = TemporaryFolder()
        let path = try splitUnit(folder)
        let ended = kbk([
            "--db", path, "--lang", "en", "skpd", "deactivate", "DINPERINDAG", "--on", "2026-11-18",
            "--successor-for", "category:perindustrian=DINPERINNAKER",
            "--successor-for", "section:Bidang Perindustrian=dinperinnaker", "--successor", "DINDAGKOPUKM",
        ])
        #expect(ended.status == 0, "\(ended.stderr)")
        let movedLine =
            "Deactivated unit DINPERINDAG as of 2026-11-18; moved 7 open complaint(s): 4 to DINDAGKOPUKM, 3 to DINPERINNAKER.\n"
        #expect(ended.stdout == movedLine)
        let db = try Connection(path: path, mode: .readOnly)
        func count(_ sql: String) throws -> Int { try db.scalar(sql)?.intValue ?? -1 }
        func held(_ unit: String, _ category: String) throws -> Int {
            try count(
                """
                SELECT count(*) FROM complaint c JOIN skpd u ON u.id = c.skpd_id
                WHERE u.code = '\(unit)' AND c.category = '\(category)'
                """)
        }
        #expect(try held("DINPERINNAKER", "perindustrian") == 3)
        #expect(try held("DINDAGKOPUKM", "perdagangan") == 2)
        #expect(try held("DINDAGKOPUKM", "tidak-berkadar-pengawasan") == 2)
        // The resolved one stays with the unit that answered it.
        #expect(try held("DINPERINDAG", "perdagangan") == 1)
        #expect(
            try count(
                """
                SELECT count(*) FROM complaint_event WHERE action = 'reassign' AND actor = 'system'
                    AND skpd_before = 'DINPERINDAG' AND skpd_after = 'DINPERINNAKER'
                    AND text LIKE '%its successor for category:perindustrian is DINPERINNAKER'
                """) == 3)

        let shown = kbk(["--db", path, "--lang", "en", "skpd", "show", "DINPERINDAG"])
        #expect(shown.stdout.contains("Successor               DINDAGKOPUKM\n"), "\(shown.stdout)")
        #expect(
            shown.stdout.contains(
                "Successors by function  category:perindustrian → DINPERINNAKER; section:Bidang Perindustrian → DINPERINNAKER\n"
            ), "\(shown.stdout)")
        let json = kbk(["--db", path, "skpd", "show", "DINPERINDAG", "--format", "json"])
        #expect(
            json.stdout.contains(
                """
                    {
                      "function": "section:Bidang Perindustrian",
                      "kind": "section",
                      "name": "Bidang Perindustrian",
                      "successor": "DINPERINNAKER"
                    }
                """), "\(json.stdout)")
        let audit = kbk(["--db", path, "audit", "--entity", "skpd", "--id", "DINPERINDAG", "--format", "json"])
        #expect(
            audit.stdout.contains(
                "deactivated unit DINPERINDAG as of 2026-11-18, succeeded by DINDAGKOPUKM; category:perindustrian → DINPERINNAKER, section:Bidang Perindustrian → DINPERINNAKER; moved 7 open complaint(s): 4 to DINDAGKOPUKM, 3 to DINPERINNAKER"
            ), "\(audit.stdout)")
        #expect(kbk(["--db", path, "check"]).status == 0)

        // The routes are sealed with the unit's row: changed with the shell, `check` names the unit.
        let shell = try Connection(path: path)
        try shell.run(
            "UPDATE skpd SET successor_routes = 'category:perindustrian=DINDAGKOPUKM' WHERE code = 'DINPERINDAG'")
        let checked = kbk(["--db", path, "--lang", "en", "check"])
        #expect(checked.status == 65)
        #expect(checked.stdout.contains("DINPERINDAG") || checked.stderr.contains("DINPERINDAG"), "\(checked)")
    }
}
