import Foundation
import KBKDomain
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

/// Issue 29: the cited deadline classes of migration 0032, a database of the kbk before them with
/// complaints in the old classes, the extension limit per class and Perpres 76/2013's 60 calendar days.
@Suite struct DeadlineClassTests {
    /// Every complaint row as text, to show a migration left them as they were.
    /// The complaint rows, in the columns `columns` (all when nil: a later migration may add a
    /// column, NULL in every row, which changes no row).
    static func complaintRows(_ path: String, columns: [String]? = nil) throws -> [String] {
        let selected = columns?.joined(separator: ", ") ?? "*"
        return try Connection(path: path, mode: .readOnly).query("SELECT \(selected) FROM complaint ORDER BY id") {
            row in
            (0..<row.columnCount).map { "\(row.value(at: $0))" }.joined(separator: "|")
        }
    }

    static func complaintColumns(_ path: String) throws -> [String] {
        try Connection(path: path, mode: .readOnly).query("SELECT name FROM pragma_table_info('complaint')") {
            $0.string(0) ?? ""
        }
    }

    /// A database at migration 0029 (the kbk before this one) whose complaints are in 0003's and
    /// 0022's classes, sealed by 0027 as such a database's rows are.
    static func databaseBeforeTheCitedClasses(_ folder: TemporaryFolder) throws -> String {
        let path = folder.file("lama.sqlite")
        _ = try Store(
            path: path, mode: .createIfMissing, actor: Actor(testLogin), clock: { fixedNow },
            migrator: Migrator(migrations: Migration.embedded.filter { $0.version < 27 }))
        // ADU-2026-00001 in 0022's informasi-keluhan (first response in 3), answered, not settled;
        // ADU-2026-00002 closed in 0003's general; ADU-2026-00003 received in field-examination.
        try Connection(path: path).execute(
            """
            INSERT INTO skpd (code, name, kind, created_at)
            VALUES ('DPUPR', 'Dinas PU', 'agency', '2026-01-01T00:00:00Z');
            INSERT INTO complaint (ticket, year, sequence, received_at, received_on, channel, kind, category, subject,
                description, skpd_id, status, verify_due, respond_due, settle_due, verified_at, verified_on,
                first_response_at, first_response_on, first_response_on_time, last_event_at)
            VALUES
                ('ADU-2026-00001', 2026, 1, '2026-11-09T01:00:00Z', '2026-11-09', 'sms', 'information',
                    'informasi-keluhan', 'Jadwal posyandu', 'Kapan jadwal posyandu?', 1, 'in_progress', '2026-11-12',
                    '2026-11-13', '2026-11-17', '2026-11-10T01:00:00Z', '2026-11-10', '2026-11-11T01:00:00Z',
                    '2026-11-11', 1, '2026-11-11T01:00:00Z'),
                ('ADU-2026-00002', 2026, 2, '2026-10-01T01:00:00Z', '2026-10-01', 'sms', 'complaint', 'general',
                    'Lampu mati', 'Lampu jalan mati', 1, 'closed', '2026-10-06', '2026-10-09', '2026-10-22',
                    '2026-10-02T01:00:00Z', '2026-10-02', NULL, NULL, NULL, '2026-10-20T01:00:00Z');
            INSERT INTO complaint (ticket, year, sequence, received_at, received_on, channel, kind, category, subject,
                description, status, verify_due, last_event_at)
            VALUES ('ADU-2026-00003', 2026, 3, '2026-11-17T01:00:00Z', '2026-11-17', 'lapor', 'complaint',
                'field-examination', 'Jembatan retak', 'Jembatan Desa Kedungmenjangan retak', 'received', '2026-11-20',
                '2026-11-17T01:00:00Z');
            INSERT INTO ticket_counter (year, last) VALUES (2026, 3);
            """)
        // The migrations up to 0029 seal the rows as they are.
        _ = try Store(
            path: path, mode: .existing, actor: Actor(testLogin), clock: { fixedNow },
            migrator: Migrator(migrations: Migration.embedded.filter { $0.version < 32 }))
        return path
    }

    @Test func anOlderDatabaseKeepsItsComplaintsAndRetiresTheOldClasses() throws {
        let folder = TemporaryFolder()
        let path = try Self.databaseBeforeTheCitedClasses(folder)
        let rowsBefore = try Self.complaintRows(path)
        let columnsBefore = try Self.complaintColumns(path)
        let migrated = kbk(["--db", path, "migrate"])
        #expect(migrated.status == 0, "\(migrated.stderr)")
        // No complaint row changed: classes and recorded due dates stay; the seals still verify, by
        // the binary as a separate process. (Later migrations add columns, NULL in these rows.)
        #expect(try Self.complaintRows(path, columns: columnsBefore) == rowsBefore)
        let check = try runProcess(builtExecutable(), ["--db", path, "check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let classes = kbk(["--db", path, "category", "list", "--format", "csv"]).stdout
        for line in [
            "general,Pengaduan umum,3,5,14,,60,0,tidak-berkadar-pengawasan,\r\n",
            "field-examination,Pengaduan dengan pemeriksaan lapangan,3,5,60,,60,0,berkadar-pengawasan,\r\n",
            "information-request,Permintaan informasi,3,5,5,,60,0,informasi-normatif,\r\n",
            "informasi-keluhan,Permintaan informasi dan keluhan,3,3,5,,60,0,informasi-normatif,",
            "ppid,Permohonan informasi publik (PPID),3,5,10,,7,1,,",
            "ringan,Pengaduan ringan,3,2,2,,60,0,,",
            "tidak-berkadar-pengawasan,Pengaduan tidak berkadar pengawasan,3,5,14,,60,1,,",
        ] {
            #expect(classes.contains(line), "\(line) not in \(classes)")
        }
        try Desk.staff(path, clock: { fixedNow })
        // A retired class is refused for a hand-over, naming what replaced it; nothing is written.
        let before = snapshot(path)
        let refused = kbkAtDesk([
            "--db", path, "--lang", "id", "complaint", "verify", "ADU-2026-00003", "--skpd", "DPUPR", "--category",
            "general",
        ])
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "Kesalahan: kategori general sudah tidak dipakai; pilih tidak-berkadar-pengawasan "
                + "yang menggantikannya ('kbk category list')\n")
        #expect(snapshot(path) == before)
        let english = kbkAtDesk([
            "--db", path, "--lang", "en", "complaint", "new", "--channel", "sms", "--subject", "x", "--description",
            "y", "--category", "information-request",
        ])
        #expect(
            english.stderr
                == "Error: category information-request is retired; choose informasi-normatif, which replaced it "
                + "('kbk category list')\n")
        #expect(snapshot(path) == before)
        // Handed over without a class, it keeps field-examination and its 60 working days: from
        // Wednesday 18 November past the Christmas leave (24, 25 December) and 2027's 1 and 5 January
        // and 5 February (migration 0030).
        let verified = kbkAtDesk([
            "--db", path, "complaint", "verify", "ADU-2026-00003", "--skpd", "DPUPR", "--at", "2026-11-18 08:00",
        ])
        #expect(verified.status == 0, "\(verified.stderr)")
        let store = try Store(path: path, mode: .existing, actor: Actor(testLogin), clock: { fixedNow })
        let kept = try store.complaints.get(Ticket.parse("ADU-2026-00003"))
        #expect(kept.category.value == "field-examination")
        #expect(kept.due.settle?.description == "2027-02-17")
        // New intake takes the cited classes.
        for (kind, expected) in [("complaint", "tidak-berkadar-pengawasan"), ("information", "informasi-normatif")] {
            let logged = kbkAtDesk([
                "--db", path, "complaint", "new", "--channel", "sms", "--kind", kind, "--subject", "Baru",
                "--description", "Aduan baru",
            ])
            #expect(logged.status == 0, "\(logged.stderr)")
            let ticket = try #require(logged.stdout.split(whereSeparator: \.isWhitespace).dropFirst().first)
            #expect(try store.complaints.get(Ticket.parse(String(ticket.dropLast()))).category.value == expected)
        }
        #expect(kbk(["--db", path, "check"]).status == 0)
    }

    @Test func ringanShipsOutOfUseUntilAnAdminTakesItUp() throws {
        let (folder, path) = try complaintFixture()
        _ = folder
        let arguments = [
            "--db", path, "--lang", "id", "complaint", "new", "--channel", "sms", "--subject", "Sampah",
            "--description", "Belum diangkut",
            "--category", "ringan",
        ]
        let before = snapshot(path)
        let refused = kbkAtDesk(arguments)
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "Kesalahan: kategori ringan tidak dipakai; pilih kategori yang dipakai ('kbk category list') "
                + "atau minta admin memakainya ('kbk category edit ringan --in-use')\n")
        #expect(snapshot(path) == before)
        #expect(kbk(["--db", path, "category", "edit", "ringan", "--in-use"]).status == 0)
        #expect(kbkAtDesk(arguments).status == 0)
        // Retiring needs a replacement in use; --replaced-by only with --retire.
        let usage = kbk(["--db", path, "--lang", "id", "category", "edit", "ringan", "--replaced-by", "ppid"])
        #expect(usage.status == 64)
        #expect(usage.stderr.hasPrefix("Kesalahan: opsi '--replaced-by' hanya dipakai bersama '--retire'\n"))
        let noSuccessor = kbk([
            "--db", path, "--lang", "id", "category", "edit", "ringan", "--retire", "--replaced-by", "general",
        ])
        #expect(noSuccessor.status == 65, "\(noSuccessor.stderr)")
        #expect(noSuccessor.stderr.contains("kategori general sudah tidak dipakai"))
        #expect(kbk(["--db", path, "category", "edit", "ringan", "--retire", "--replaced-by", "ppid"]).status == 0)
        #expect(kbkAtDesk(arguments).stderr.contains("pilih ppid yang menggantikannya"))
        // A class retired in turn passes its replacement on: the old codes never point to a class out of use.
        #expect(
            kbk(["--db", path, "category", "edit", "tidak-berkadar-pengawasan", "--retire", "--replaced-by", "ppid"])
                .status == 0)
        let general = kbkAtDesk(arguments.dropLast() + ["general"])
        #expect(general.stderr.contains("kategori general sudah tidak dipakai; pilih ppid"), "\(general.stderr)")
        #expect(kbk(["--db", path, "check"]).status == 0)
    }

    @Test func anExtensionIsBoundedByItsClass() throws {
        let (folder, path) = try complaintFixture()
        _ = folder
        let logged = kbkAtDesk([
            "--db", path, "complaint", "new", "--channel", "letter", "--kind", "information", "--category", "ppid",
            "--subject", "Salinan APBDes", "--description", "Mohon salinan APBDes 2026", "--skpd", "DPUPR",
            "--received", "2026-11-18 08:00",
        ])
        #expect(logged.status == 0, "\(logged.stderr)")
        let ticket = "ADU-2026-00004"
        let store = try Store(path: path, mode: .existing, actor: Actor(testLogin), clock: { fixedNow })
        // Handed over on Wednesday 18 November: 10 working days, Wednesday 2 December.
        #expect(try store.complaints.get(Ticket.parse(ticket)).due.settle?.description == "2026-12-02")
        let before = snapshot(path)
        let tooLong = kbkAtDesk([
            "--db", path, "--lang", "id", "complaint", "extend", ticket, "--working-days", "8", "--reason",
            "Dokumen di arsip",
        ])
        #expect(tooLong.status == 65)
        #expect(
            tooLong.stderr
                == "Kesalahan: --working-days 8 melebihi batas kategori ppid untuk \(ticket): "
                + "satu perpanjangan 1 sampai 7 hari kerja\n")
        let english = kbkAtDesk([
            "--db", path, "--lang", "en", "complaint", "extend", ticket, "--working-days", "8", "--reason", "Arsip",
        ])
        #expect(
            english.stderr
                == "Error: --working-days 8 is more than category ppid of \(ticket) allows: one extension of 1 to 7 "
                + "working day(s)\n")
        #expect(snapshot(path) == before)
        let granted = kbkAtDesk([
            "--db", path, "complaint", "extend", ticket, "--working-days", "7", "--reason", "Dokumen di arsip",
        ])
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(try store.complaints.get(Ticket.parse(ticket)).due.settle?.description == "2026-12-11")
        // The limit is the class's: an admin may allow none, and the list shows it.
        #expect(kbk(["--db", path, "category", "edit", "informasi-normatif", "--extension-days", "0"]).status == 0)
        let json = kbk(["--db", path, "category", "list", "--format", "json"]).stdout
        #expect(json.contains(#""code": "ppid""#) && json.contains(#""extension_days": 7"#), "\(json)")
        let none = kbkAtDesk([
            "--db", path, "complaint", "extend", "ADU-2026-00002", "--working-days", "1", "--reason", "x",
        ])
        #expect(none.status == 0, "the fixture's complaint is in tidak-berkadar-pengawasan: \(none.stderr)")
        let information = kbkAtDesk([
            "--db", path, "complaint", "new", "--channel", "sms", "--kind", "information", "--subject", "Jadwal",
            "--description", "Jadwal pelayanan", "--skpd", "DPUPR", "--received", "2026-11-18 09:00",
        ])
        #expect(information.status == 0, "\(information.stderr)")
        let refused = kbkAtDesk([
            "--db", path, "--lang", "en", "complaint", "extend", "ADU-2026-00005", "--working-days", "1", "--reason",
            "x",
        ])
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "Error: ADU-2026-00005 is in category informasi-normatif, which allows no extension; "
                + "--working-days 1 refused\n")
        let outOfRange = kbk(["--db", path, "category", "edit", "ppid", "--extension-days", "61"])
        #expect(outOfRange.status == 65 && outOfRange.stderr.contains("--extension-days"), "\(outOfRange.stderr)")
    }

    @Test func aSettlementPastPerpres76sSixtyCalendarDaysIsSaidInOneLine() throws {
        let (folder, path) = try complaintFixture()
        _ = folder
        // Received on Monday 16 November 2026 and handed over when entered, on Wednesday 18 November:
        // 60 working days run to 12 February 2027, while Perpres 76/2013's 60 calendar days end on
        // Sunday 17 January 2027.
        let logged = kbkAtDesk([
            "--db", path, "complaint", "new", "--channel", "lapor", "--category", "berkadar-pengawasan", "--subject",
            "Jembatan retak", "--description", "Perlu pemeriksaan", "--skpd", "DPUPR", "--received", "2026-11-16 08:00",
        ])
        #expect(logged.status == 0, "\(logged.stderr)")
        let shown = kbkAtDesk(["--db", path, "--lang", "id", "complaint", "show", "ADU-2026-00004"]).stdout
        let lines = shown.split(separator: "\n").filter { $0.hasPrefix("Perpres 76/2013") }
        #expect(
            lines == [
                "Perpres 76/2013                  selesaikan paling lambat 17 Januari 2027: 60 hari kalender sejak berkas lengkap "
                    + "berakhir sebelum tenggat di atas"
            ], "\(shown)")
        let english = kbkAtDesk(["--db", path, "--lang", "en", "complaint", "show", "ADU-2026-00004"]).stdout
        #expect(
            english.contains(
                "Perpres 76/2013    settle by 17 January 2027: 60 calendar days from the complete file end before "
                    + "the deadline above\n"), "\(english)")
        // A 14-day complaint says nothing of it.
        let ordinary = kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00002"]).stdout
        #expect(!ordinary.contains("Perpres"), "\(ordinary)")
        let json = kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00004", "--format", "json"]).stdout
        #expect(json.contains(#""perpres_limit": "2027-01-17""#), "\(json)")
        // The unit's inbox names it under its table, once.
        let inbox = kbk(["--db", path, "--lang", "id", "inbox"], login: Desk.unitAdminLogin("DPUPR"))
        #expect(inbox.status == 0, "\(inbox.stderr)")
        #expect(
            inbox.stdout.hasSuffix(
                "\nPerpres 76/2013: tenggat penyelesaian ADU-2026-00004 melewati 60 hari kalender sejak berkas lengkap\n"
            ),
            "\(inbox.stdout)")
        let englishInbox = kbk(["--db", path, "--lang", "en", "inbox"], login: Desk.unitAdminLogin("DPUPR"))
        #expect(
            englishInbox.stdout.hasSuffix(
                "\nPerpres 76/2013: ADU-2026-00004 settle(s) later than 60 calendar days from the complete file\n"))
        // Settled, it is no longer warned about.
        #expect(
            kbkAtDesk(["--db", path, "complaint", "resolve", "ADU-2026-00004", "--message", "Sudah diperbaiki"]).status
                == 0)
        #expect(!kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00004"]).stdout.contains("Perpres"))
    }
}
