import Foundation
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

/// A database with units, an SOP and complaints in several states. `now` is 2026-11-18 18:06:40 WIB.
func complaintFixture() throws -> (TemporaryFolder, String) {
    let folder = TemporaryFolder()
    let path = folder.file("kbk.sqlite")
    let setup: [[String]] = [
        ["skpd", "add", "DPUPR", "--name", "Dinas Pekerjaan Umum", "--kind", "agency"],
        ["skpd", "add", "DLH", "--name", "Dinas Lingkungan Hidup", "--kind", "agency"],
        ["skpd", "add", "OLD", "--name", "Dinas Lama", "--kind", "agency"],
        ["skpd", "deactivate", "OLD", "--on", "2026-01-01"],
        [
            "sop", "add", "--skpd", "DPUPR", "--number", "600/1/2026", "--title", "Pemeliharaan jalan", "--effective",
            "2026-01-02",
        ],
        // ADU-2026-00001: received
        [
            "complaint", "new", "--channel", "sms", "--subject", "Lampu jalan mati", "--description",
            "Lampu di Jl. Mayjen Sungkono mati",
            "--received", "2026-11-16 08:00", "--name", "Ahmad Fauzi", "--contact", "081234567890",
        ],
        // ADU-2026-00002: verified, with DPUPR, from LAPOR!
        [
            "complaint", "new", "--channel", "lapor", "--external-ref", "LAPOR-4471021", "--subject", "Jalan berlubang",
            "--description", "Jalan di Desa Karangreja berlubang", "--skpd", "DPUPR", "--received", "2026-11-16 09:00",
            "--name", "Siti Aminah", "--contact", "siti@example.id", "--anonymous",
        ],
        // ADU-2026-00003: resolved, confidential
        [
            "complaint", "new", "--channel", "letter", "--subject", "Pungutan liar", "--description",
            "Petugas meminta uang rahasia",
            "--skpd", "DPUPR", "--received", "2026-11-16 10:00", "--confidential", "--name", "Budi", "--contact",
            "0899",
        ],
        ["complaint", "resolve", "ADU-2026-00003", "--message", "Petugas telah diperiksa", "--at", "2026-11-17 10:00"],
    ]
    for arguments in setup {
        // Each complaint is logged (and handed over) as it comes in: the desk's clock at its receipt.
        let received = arguments.firstIndex(of: "--received").map { arguments[$0 + 1] }
        let environment = received.map { ["KBK_NOW": $0.replacingOccurrences(of: " ", with: "T") + ":00+07:00"] } ?? [:]
        let result = kbkAtDesk(["--db", path] + arguments, environment: environment)
        guard result.status == 0 else { throw FixtureFailure(arguments: arguments, stderr: result.stderr) }
    }
    try Desk.staff(path, clock: { fixedNow })
    return (folder, path)
}

@Suite struct ComplaintRefusalTests {
    @Test(arguments: [
        (["complaint", "respond", "ADU-2026-00099", "--message", "x"], "no complaint 'ADU-2026-00099'"),
        (["complaint", "verify", "ADU-2026-00001", "--skpd", "NOPE"], "no unit 'NOPE'"),
        (["complaint", "verify", "ADU-2026-00001", "--skpd", "DPUPR", "--category", "nope"], "no category 'nope'"),
        (
            ["complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--sop", "9/9"],
            "no SOP '9/9'"
        ),
        (
            ["complaint", "resolve", "ADU-2026-00001", "--message", "x"],
            "cannot resolve ADU-2026-00001: it is received; verify it first"
        ),
        (["complaint", "close", "ADU-2026-00002"], "cannot close ADU-2026-00002: it is verified; resolve it first"),
        (
            ["complaint", "respond", "ADU-2026-00003", "--message", "x"],
            "cannot respond to ADU-2026-00003: it is resolved; reopen it first"
        ),
        (
            ["complaint", "verify", "ADU-2026-00002", "--skpd", "DLH"],
            "cannot verify ADU-2026-00002: it is verified; allowed now: reassign, respond, note, hold, resolve, reject"
        ),
        (["complaint", "verify", "ADU-2026-00001", "--skpd", "OLD"], "unit OLD is deactivated"),
        (
            ["complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--skpd", "OLD"],
            "unit OLD is deactivated"
        ),
        (
            ["complaint", "reassign", "ADU-2026-00002", "--to", "DPUPR", "--reason", "x"],
            "ADU-2026-00002 is already with DPUPR"
        ),
        (
            ["complaint", "note", "ADU-2026-00001", "--message", "x", "--at", "2026-11-19 08:00"],
            "--at 2026-11-19T08:00:00+07:00 is in the future"
        ),
        (
            ["complaint", "note", "ADU-2026-00001", "--message", "x", "--at", "2026-11-16 07:59"],
            "is before the previous event of ADU-2026-00001"
        ),
        (
            [
                "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--received",
                "2026-12-01 08:00",
            ], "is in the future"
        ),
        (["complaint", "close", "ADU-2026-00003", "--rating", "5"], "--rating '5' is out of range; allowed 1 to 4"),
        (["complaint", "close", "ADU-2026-00003", "--rating", "0"], "--rating '0' is out of range; allowed 1 to 4"),
        (["complaint", "new", "--channel", "sms", "--subject", "  ", "--description", "d"], "subject is empty"),
        (["complaint", "respond", "ADU-2026-00002", "--message", " \n "], "message is empty"),
        (
            [
                "complaint", "new", "--channel", "lapor", "--subject", "s", "--description", "d", "--external-ref",
                "LAPOR-4471021",
            ],
            "external reference 'LAPOR-4471021' exists already"
        ),
        (
            [
                "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--received",
                "2026-02-30 08:00",
            ], "is not a date that exists"
        ),
        (
            ["complaint", "note", "ADU-2026-00001", "--message", "x", "--at", "2026-11-17 24:10"],
            "is not a date that exists"
        ),
        (["holiday", "add", "2026-02-30", "Libur"], "is not a date that exists"),
        (["holiday", "remove", "2026-12-18"], "no holiday '2026-12-18'"),
        (["category", "add", "general", "--name", "Umum", "--settle-days", "14"], "category 'general' exists already"),
        (
            ["category", "edit", "general", "--settle-days", "400"],
            "--settle-days '400' is out of range; allowed 1 to 365"
        ),
    ])
    func aBrokenRuleIsRefusedWith65AndChangesNothing(_ arguments: [String], _ message: String) throws {
        let (folder, path) = try complaintFixture()
        let before = try rowCounts(path)
        let result = kbkAtDesk(["--db", path] + arguments)
        #expect(result.status == 65, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try rowCounts(path) == before)
        _ = folder
    }

    @Test(arguments: [
        (["complaint", "respond", "ADU-26-1", "--message", "x"], "ticket 'ADU-26-1' is not valid"),
        (
            ["complaint", "new", "--channel", "fax", "--subject", "s", "--description", "d"],
            "channel 'fax' is not allowed"
        ),
        (["complaint", "new", "--subject", "s", "--description", "d"], "missing option '--channel <channel>'"),
        (
            ["complaint", "reject", "ADU-2026-00001", "--reason", "spam"],
            "reason 'spam' is not allowed; use one of: not-authority, duplicate, invalid, withdrawn"
        ),
        (
            ["complaint", "list", "--status", "opn"],
            "status 'opn' is not allowed; did you mean 'open'? use one of: open, received,"
        ),
        (
            ["complaint", "note", "ADU-2026-00001", "--message", "x", "--at", "kemarin sore"],
            "--at 'kemarin sore' is not valid"
        ),
        (["complaint", "close", "ADU-2026-00003", "--rating", "baik"], "--rating 'baik' is not valid"),
    ])
    func aMalformedOptionIsAUsageError(_ arguments: [String], _ message: String) throws {
        let (folder, path) = try complaintFixture()
        let before = try rowCounts(path)
        let result = kbkAtDesk(["--db", path] + arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(try rowCounts(path) == before)
        _ = folder
    }
}

@Suite struct ComplaintPrivacyTests {
    let personalData = ["Ahmad Fauzi", "081234567890", "Siti Aminah", "siti@example.id", "Budi", "0899"]

    @Test func namesAndContactsNeverLeaveUnlessRevealed() throws {
        let (folder, path) = try complaintFixture()
        let auditBefore = try rowCounts(path)["audit_log"]
        var outputs: [String] = []
        for format in ["table", "csv", "json"] {
            outputs.append(kbkAtDesk(["--db", path, "complaint", "list", "--format", format]).stdout)
        }
        for ticket in ["ADU-2026-00001", "ADU-2026-00002", "ADU-2026-00003"] {
            outputs.append(kbkAtDesk(["--db", path, "complaint", "show", ticket]).stdout)
            outputs.append(kbkAtDesk(["--db", path, "complaint", "show", ticket, "--format", "json"]).stdout)
        }
        outputs.append(kbkAtDesk(["--db", path, "audit", "--limit", "1000", "--format", "csv"]).stdout)
        for output in outputs {
            for secret in personalData {
                #expect(!output.contains(secret), "\(secret) leaked into: \(output.prefix(200))")
            }
        }
        // Looking without revealing is not an access to personal data: nothing is recorded.
        #expect(try rowCounts(path)["audit_log"] == auditBefore)
        _ = folder
    }

    @Test func aConfidentialDescriptionIsHiddenFromLists() throws {
        let (folder, path) = try complaintFixture()
        for format in ["table", "csv", "json"] {
            #expect(
                !kbkAtDesk(["--db", path, "complaint", "list", "--format", format]).stdout.contains("uang rahasia"))
        }
        #expect(kbkAtDesk(["--db", path, "complaint", "list", "--search", "rahasia"]).stdout == "No entries.\n")
        #expect(kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00003"]).stdout.contains("uang rahasia"))
        _ = folder
    }

    @Test func revealingTheIdentityShowsItAndIsAudited() throws {
        let (folder, path) = try complaintFixture()
        let auditBefore = try rowCounts(path)["audit_log"] ?? 0
        let shown = kbkAtDesk([
            "--db", path, "complaint", "show", "ADU-2026-00002", "--reveal-identity", "--reason",
            "Klarifikasi lapangan",
            "--format", "json",
        ])
        #expect(shown.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let complainant = try #require(object["complainant"] as? [String: Any])
        #expect(complainant["name"] as? String == "Siti Aminah")
        #expect(complainant["contact"] as? String == "siti@example.id")
        #expect(try rowCounts(path)["audit_log"] == auditBefore + 1)
        let audit = kbkAtDesk(["--db", path, "audit", "--limit", "1", "--format", "csv"]).stdout
        #expect(
            audit.contains(
                ",\(testLogin),reveal_identity,complaint,ADU-2026-00002,revealed the complainant's identity of ADU-2026-00002: Klarifikasi lapangan"
            ))
        let table = kbkAtDesk([
            "--db", path, "complaint", "show", "ADU-2026-00001", "--reveal-identity", "--reason", "Konfirmasi",
        ]).stdout
        #expect(table.contains("Ahmad Fauzi") && table.contains("081234567890"))
        // Without a reason nothing is shown and nothing recorded.
        let before = snapshot(path)
        let unexplained = kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00001", "--reveal-identity"])
        #expect(unexplained.status == 64)
        #expect(unexplained.stdout.isEmpty)
        #expect(unexplained.stderr.hasPrefix("Error: --reveal-identity needs --reason TEXT"))
        #expect(snapshot(path) == before)
        _ = folder
    }
}

@Suite struct ComplaintCommandBehaviourTests {
    /// `complaint extend` through the command line: recorded with its days and reason, shown in the
    /// timeline in the reader's language, refused a second time, and counted by the report.
    @Test func anExtensionIsRecordedShownAndCounted() throws {
        let (folder, path) = try complaintFixture()
        let extend = ["complaint", "extend", "ADU-2026-00002", "--working-days", "10", "--reason", "Menunggu uji lab"]
        let first = kbkAtDesk(["--db", path] + extend)
        #expect(first.status == 0, "\(first.stderr)")
        let shown = kbkAtDesk(["--db", path, "--lang", "id", "complaint", "show", "ADU-2026-00002"]).stdout
        #expect(shown.contains("\nDiperpanjang  "), "\(shown)")
        #expect(shown.contains("  +10 hari kerja\n"))
        #expect(shown.contains("+10 hari kerja: Menunggu uji lab"))
        let before = snapshot(path)
        let again = kbkAtDesk(["--db", path] + extend)
        #expect(again.status == 65)
        #expect(
            again.stderr
                == "Error: ADU-2026-00002 was already extended by 10 working day(s); a complaint is extended once\n")
        #expect(snapshot(path) == before)
        let tooLong = kbkAtDesk([
            "--db", path, "complaint", "extend", "ADU-2026-00001", "--working-days", "61", "--reason", "x",
        ])
        #expect(tooLong.stderr.hasPrefix("Error: --working-days '61' is out of range; allowed 1 to 60"))
        let report = kbkAtDesk(["--db", path, "report", "--period", "2026", "--section", "summary", "--format", "json"])
        #expect(report.stdout.contains("\"extended\": 1"), "\(report.stdout)")
        _ = folder
    }

    /// `complaint forward`: a complaint that is not the government's business ends as forwarded,
    /// not rejected; the report counts it apart from the valid ones and says where it went.
    @Test func aForwardedComplaintIsFinalAndCountedApart() throws {
        let (folder, path) = try complaintFixture()
        let forward = [
            "complaint", "forward", "ADU-2026-00001", "--to", "BBPJN Jawa Tengah-DIY", "--reason",
            "Jalan nasional, kewenangan BBPJN", "--reference", "BBPJN-2026-118",
        ]
        let forwarded = kbkAtDesk(["--db", path] + forward)
        #expect(forwarded.stdout == "ADU-2026-00001: forwarded; status forwarded.\n", "\(forwarded.stderr)")
        let shown = kbkAtDesk(["--db", path, "--lang", "id", "complaint", "show", "ADU-2026-00001"]).stdout
        #expect(shown.contains("BBPJN Jawa Tengah-DIY (BBPJN-2026-118) — 18 November 2026 pukul 18.06 WIB"), "\(shown)")
        #expect(shown.contains("diteruskan"))
        let before = snapshot(path)
        let again = kbkAtDesk(["--db", path, "complaint", "respond", "ADU-2026-00001", "--message", "x"])
        #expect(again.status == 65)
        #expect(again.stderr.hasPrefix("Error: cannot respond to ADU-2026-00001: it is forwarded, which is final"))
        #expect(snapshot(path) == before)
        let report = kbkAtDesk(["--db", path, "report", "--period", "2026", "--format", "json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["received"] as? Int == 3 && summary["forwarded"] as? Int == 1 && summary["valid"] as? Int == 2)
        let destinations = try #require(object["forwarded"] as? [[String: Any]])
        #expect(destinations.count == 1 && destinations[0]["agency"] as? String == "BBPJN Jawa Tengah-DIY")
        #expect(destinations[0]["forwarded"] as? Int == 1)
        // The section on its own, as CSV: the agency is a text a spreadsheet does not run.
        let section = kbkAtDesk([
            "--db", path, "report", "--period", "2026", "--section", "forwarded", "--format", "csv",
        ])
        #expect(section.stdout.contains("forwarded,1,BBPJN Jawa Tengah-DIY,forwarded,1\r\n"), "\(section.stdout)")
        let events = kbkAtDesk(["--db", path, "export", "events"]).stdout
        #expect(events.contains(",forward,,,Jalan nasional, kewenangan BBPJN") || events.contains("BBPJN-2026-118"))
        _ = folder
    }

    /// `complaint edit` corrects several fields in one transaction and shows both values; a
    /// confidential complaint's corrected description does not leave with an export.
    @Test func aCorrectionThroughTheCommandLine() throws {
        let (folder, path) = try complaintFixture()
        let none = kbkAtDesk(["--db", path, "complaint", "edit", "ADU-2026-00002", "--reason", "x"])
        #expect(none.status == 64)
        #expect(none.stderr.hasPrefix("Error: give at least one of --subject, --description,"))
        let corrected = kbkAtDesk([
            "--db", path, "complaint", "edit", "ADU-2026-00002", "--channel", "whatsapp", "--subject",
            "Jalan berlubang besar", "--reason", "Salah catat di loket",
        ])
        #expect(corrected.stdout == "ADU-2026-00002: corrected subject, channel.\n", "\(corrected.stderr)")
        let shown = kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00002"]).stdout
        #expect(shown.contains("Channel: lapor → whatsapp: Salah catat di loket"), "\(shown)")
        #expect(shown.contains("Subject: Jalan berlubang → Jalan berlubang besar"))
        #expect(shown.contains("\nChannel  ") && shown.contains("  WhatsApp / complaint\n"))
        #expect(shown.contains("  Jalan berlubang besar\n"))
        // One field refused: nothing of the correction is kept.
        let before = snapshot(path)
        let refused = kbkAtDesk([
            "--db", path, "complaint", "edit", "ADU-2026-00002", "--location", "Desa Karangreja", "--category", "nope",
            "--reason", "x",
        ])
        #expect(refused.status == 65 && refused.stderr.hasPrefix("Error: no category 'nope'"), "\(refused.stderr)")
        #expect(snapshot(path) == before)
        let receipt = kbkAtDesk([
            "--db", path, "complaint", "edit", "ADU-2026-00002", "--received", "2026-11-16 07:00", "--reason",
            "Jam surat",
        ])
        #expect(receipt.status == 0, "\(receipt.stderr)")
        let late = kbkAtDesk([
            "--db", path, "complaint", "edit", "ADU-2026-00002", "--received", "2026-11-17 07:00", "--reason", "x",
        ])
        #expect(late.status == 65 && late.stderr.hasPrefix("Error: --received 2026-11-17T07:00:00+07:00 is after"))
        #expect(
            kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00002"]).stdout.contains(
                "  16 November 2026 at 07:00 WIB\n"))
        let secret = kbkAtDesk([
            "--db", path, "complaint", "edit", "ADU-2026-00003", "--description", "Petugas meminta uang Rp500.000",
            "--reason", "Nominal",
        ])
        #expect(secret.status == 0, "\(secret.stderr)")
        let events = kbkAtDesk(["--db", path, "export", "events"]).stdout
        #expect(events.contains(",edit,") && !events.contains("Rp500.000"), "\(events)")
        _ = folder
    }

    @Test func theTimelineKeepsEveryStepAndShowsDueDates() throws {
        let (folder, path) = try complaintFixture()
        let steps: [[String]] = [
            ["complaint", "verify", "ADU-2026-00001", "--skpd", "DPUPR", "--at", "2026-11-16 10:00"],
            [
                "complaint", "reassign", "ADU-2026-00001", "--to", "DLH", "--reason", "Lampu dikelola DLH", "--at",
                "2026-11-16 11:00",
            ],
            ["complaint", "note", "ADU-2026-00001", "--message", "Cek gudang suku cadang", "--at", "2026-11-16 12:00"],
            [
                "complaint", "respond", "ADU-2026-00001", "--message", "Petugas dijadwalkan besok", "--at",
                "2026-11-16 13:00",
            ],
        ]
        for step in steps { #expect(kbkAtDesk(["--db", path] + step).status == 0, "\(step)") }
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00001", "--format", "json"]).stdout.utf8))
                as? [String: Any])
        #expect(json["status"] as? String == "in_progress")
        #expect(json["skpd"] as? String == "DLH")
        #expect(json["respond_due"] as? String == "2026-11-23")
        #expect(json["first_response_at"] as? String == "2026-11-16T13:00:00+07:00")
        let timeline = try #require(json["timeline"] as? [[String: Any]])
        #expect(timeline.map { $0["action"] as? String } == ["receive", "verify", "reassign", "note", "respond"])
        #expect(timeline[2]["skpd_before"] as? String == "DPUPR")
        #expect(timeline[2]["skpd_after"] as? String == "DLH")
        #expect(timeline[3]["public"] as? Bool == false)
        #expect(timeline[4]["public"] as? Bool == true)
        let table = kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00001"]).stdout
        #expect(table.contains("First response by  23 November 2026 — met 16 November 2026 (on time)"))
        #expect(table.contains("Settle by          4 December 2026 — 12 working day(s) left"))
        _ = folder
    }

    @Test func overdueListingAndFilters() throws {
        let (folder, path) = try complaintFixture()
        // Received Monday 16 November: verification was due Thursday 19th; today is the 18th, so none is overdue yet.
        #expect(
            kbkAtDesk(["--db", path, "complaint", "list", "--overdue", "--format", "csv"]).stdout.split(
                separator: "\r\n"
            )
            .count == 1)
        #expect(
            kbkAtDesk([
                "--db", path, "complaint", "new", "--channel", "phone", "--subject", "Banjir", "--description",
                "Selokan mampet",
                "--received", "2026-11-09 08:00",
            ]).status == 0)
        let overdue = kbkAtDesk(["--db", path, "complaint", "list", "--overdue", "--format", "csv"]).stdout
        #expect(overdue.contains("ADU-2026-00004,"))
        #expect(overdue.split(separator: "\r\n").count == 2)
        let lapor = kbkAtDesk(["--db", path, "complaint", "list", "--channel", "lapor", "--format", "json"]).stdout
        #expect(lapor.contains("\"ticket\": \"ADU-2026-00002\"") && !lapor.contains("ADU-2026-00001"))
        let statuses = kbkAtDesk([
            "--db", path, "complaint", "list", "--status", "received", "--status", "resolved", "--format", "csv",
        ]).stdout
        #expect(statuses.split(separator: "\r\n").count == 4)
        #expect(
            kbkAtDesk(["--db", path, "complaint", "list", "--search", "100%_x", "--format", "json"]).stdout == "[]\n")
        #expect(
            kbkAtDesk(["--db", path, "complaint", "list", "--search", "berlubang", "--format", "csv"]).stdout.contains(
                "ADU-2026-00002"))
        _ = folder
    }

    /// `--status open` is every status that waits on the government; a list that stops at its limit
    /// says so on standard error, in the reader's language, and `--limit 0` shows everything.
    @Test func openComplaintsAndListsThatStopAtTheirLimit() throws {
        let (folder, path) = try complaintFixture()
        let open = kbk(["--db", path, "complaint", "list", "--status", "open", "--format", "csv"])
        let tickets = open.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix(14)) }
        // 00001 received, 00002 verified, 00003 resolved.
        #expect(Set(tickets) == ["ADU-2026-00001", "ADU-2026-00002"], "\(open.stdout)")
        #expect(open.stderr.isEmpty)
        let limited = kbk(["--db", path, "complaint", "list", "--limit", "2", "--format", "csv"])
        #expect(limited.stdout.split(separator: "\r\n").count == 3)
        #expect(limited.stderr == "Showing 2 of 3 complaints (use --limit 0 for all).\n")
        let indonesian = kbk(["--db", path, "--lang", "id", "complaint", "list", "--limit", "1", "--overdue"])
        #expect(indonesian.stderr.isEmpty, "nothing is overdue, so nothing was cut off")
        let all = kbk(["--db", path, "complaint", "list", "--limit", "0", "--format", "csv"])
        #expect(all.stdout.split(separator: "\r\n").count == 4 && all.stderr.isEmpty)
        let exact = kbk(["--db", path, "--lang", "id", "complaint", "list", "--limit", "1"])
        #expect(exact.stderr == "Menampilkan 1 dari 3 pengaduan (pakai --limit 0 untuk semua).\n")
        _ = folder
    }

    @Test func holidaysAndCategoriesMoveDueDates() throws {
        let (folder, path) = try complaintFixture()
        #expect(
            kbkAtDesk(["--db", path, "holiday", "add", "2026-11-18", "Libur daerah"]).stdout
                == "Added holiday 2026-11-18; due dates of 2 open complaint(s) moved.\n")
        let listed = kbkAtDesk(["--db", path, "holiday", "list", "--year", "2026", "--format", "csv"]).stdout
        #expect(listed.hasPrefix("date,name,kind,source\r\n"))
        #expect(listed.contains("\r\n2026-11-18,Libur daerah,local,\r\n"))
        let category = kbkAtDesk(["--db", path, "category", "edit", "tidak-berkadar-pengawasan", "--settle-days", "10"])
        #expect(
            category.stdout == "Updated category tidak-berkadar-pengawasan; due dates of 1 open complaint(s) moved.\n")
        let cited = "\"Standar pelayanan pengaduan (SIPPN); SP4N-LAPOR!, PermenPAN-RB 62/2018 jo. 5/2025\"\r\n"
        #expect(
            kbkAtDesk(["--db", path, "category", "list", "--format", "csv"]).stdout.contains(
                "tidak-berkadar-pengawasan,Pengaduan tidak berkadar pengawasan,3,5,10,,60,1,," + cited))
        // An hour target: one column for people, both numbers in a file.
        let hourly = kbkAtDesk([
            "--db", path, "category", "edit", "tidak-berkadar-pengawasan", "--respond-hours", "24",
        ])
        #expect(hourly.status == 0, "\(hourly.stderr)")
        let table = kbkAtDesk(["--db", path, "--lang", "id", "category", "list"]).stdout
        #expect(table.contains("24 jam"), "\(table)")
        #expect(
            kbkAtDesk(["--db", path, "category", "list", "--format", "csv"]).stdout.contains(
                "tidak-berkadar-pengawasan,Pengaduan tidak berkadar pengawasan,3,5,10,24,60,1,," + cited))
        // The classes before 0032 keep their rule, retired, naming what replaced them; a source given
        // later is kept and audited.
        #expect(
            kbkAtDesk(["--db", path, "category", "list", "--format", "csv"]).stdout.contains(
                "sengketa-pelanggaran,Sengketa dan pelanggaran tanpa pemeriksaan lapangan,3,3,14,,60,0,"
                    + "tidak-berkadar-pengawasan,\"PermenPAN-RB 62/2018 (SP4N), diganti PermenPAN-RB 5/2025\"\r\n"))
        let sourced = kbkAtDesk(["--db", path, "category", "edit", "general", "--source", "Perbup 5/2024"])
        #expect(sourced.status == 0, "\(sourced.stderr)")
        #expect(kbkAtDesk(["--db", path, "audit", "--limit", "1"]).stdout.contains("source none → Perbup 5/2024"))
        let json = kbkAtDesk(["--db", path, "category", "list", "--format", "json"]).stdout
        #expect(json.contains(#""respond_hours": 24"#), "\(json)")
        _ = folder
    }

    @Test func anHourTargetCountsDownInHoursAndJudgesTheResponseByTheInstant() throws {
        let (folder, path) = try complaintFixture()
        let handOver = ["KBK_NOW": "2026-11-20T10:00:00+07:00"]
        #expect(
            kbkAtDesk(["--db", path, "category", "edit", "tidak-berkadar-pengawasan", "--respond-hours", "24"]).status
                == 0)
        let logged = kbkAtDesk(
            [
                "--db", path, "complaint", "new", "--channel", "whatsapp", "--subject", "Lampu mati", "--description",
                "Jl. Ahmad Yani", "--skpd", "DPUPR",
            ], environment: handOver)
        #expect(logged.status == 0, "\(logged.stderr)")
        let ticket = String(logged.stdout.split(separator: " ")[1])
        let waiting = kbkAtDesk(
            ["--db", path, "--lang", "id", "complaint", "show", ticket],
            environment: ["KBK_NOW": "2026-11-20T12:30:00+07:00"]
        ).stdout
        #expect(waiting.contains("21 November 2026 pukul 10.00 WIB — sisa 21 jam"), "\(waiting)")
        let late = ["KBK_NOW": "2026-11-21T11:00:00+07:00"]
        #expect(
            kbkAtDesk(["--db", path, "complaint", "show", ticket], environment: late).stdout.contains(
                "overdue by 1 hour(s)"))
        #expect(
            kbkAtDesk(["--db", path, "complaint", "respond", ticket, "--message", "Ditinjau"], environment: late)
                .status == 0)
        let json = kbkAtDesk(["--db", path, "complaint", "show", ticket, "--format", "json"], environment: late).stdout
        #expect(json.contains(#""respond_by": "2026-11-21T10:00:00+07:00""#), "\(json)")
        #expect(json.contains(#""first_response_on_time": false"#), "\(json)")
        _ = folder
    }

    @Test func autocloseCommandReportsWhatItClosed() throws {
        let (folder, path) = try complaintFixture()
        let later = ["KBK_NOW": "2026-12-15T09:00:00+07:00"]
        let result = kbkAtDesk(["--db", path, "complaint", "autoclose"], environment: later)
        #expect(
            result.stdout
                == "Closed 1 answered complaint(s) whose complainant did not reply for 10 working days "
                + "after the last follow-up.\n"
        )
        #expect(
            kbkAtDesk(["--db", path, "complaint", "autoclose", "--format", "json"], environment: later).stdout.contains(
                "\"closed\": []"))
        _ = folder
    }
}

/// LAPOR!'s auto-close: silence after a response closes a complaint in progress too, but the
/// reports never count it as settled; a reply recorded on the complaint restarts the count.
@Suite struct AutoCloseTests {
    @Test func silenceAfterAResponseClosesWithoutSettling() throws {
        let folder = TemporaryFolder()
        let path = folder.file("k.sqlite")
        func run(_ arguments: [String], at now: String) -> CLIResult {
            kbkAtDesk(["--db", path] + arguments, environment: ["KBK_NOW": now])
        }
        #expect(run(["init"], at: "2026-11-02T08:00:00+07:00").status == 0)
        #expect(
            run(["skpd", "add", "DPUPR", "--name", "Dinas PUPR", "--kind", "agency"], at: "2026-11-02T08:00:00+07:00")
                .status == 0)
        for subject in ["Jalan berlubang", "Jembatan retak", "Drainase mampet", "Lampu mati"] {
            let logged = run(
                [
                    "complaint", "new", "--channel", "whatsapp", "--subject", subject, "--description", "Mohon dicek",
                    "--skpd", "DPUPR",
                ], at: "2026-11-02T09:00:00+07:00")
            #expect(logged.status == 0, "\(logged.stderr)")
        }
        // 1: answered on Tuesday 3 November, then silence. 2: answered, then the complainant's reply
        // noted. 3: handed over, never answered. 4: resolved on 3 November.
        #expect(
            run(
                ["complaint", "respond", "ADU-2026-00001", "--message", "Dijadwalkan"], at: "2026-11-03T10:00:00+07:00"
            ).status == 0)
        #expect(
            run(["complaint", "respond", "ADU-2026-00002", "--message", "Dicek"], at: "2026-11-03T10:00:00+07:00")
                .status == 0)
        #expect(
            run(
                ["complaint", "note", "ADU-2026-00002", "--message", "Pelapor membalas: belum diperbaiki"],
                at: "2026-11-10T10:00:00+07:00"
            )
            .status == 0)
        #expect(
            run(["complaint", "resolve", "ADU-2026-00004", "--message", "Diganti"], at: "2026-11-03T10:00:00+07:00")
                .status == 0)
        // Tuesday 17 November is the 10th working day after 3 November: not yet on Monday the 16th.
        let early = run(["complaint", "autoclose", "--format", "json"], at: "2026-11-16T09:00:00+07:00")
        #expect(early.stdout.contains("\"closed\": []"), "\(early.stdout)\(early.stderr)")
        let swept = run(["complaint", "autoclose", "--format", "json"], at: "2026-11-17T09:00:00+07:00")
        #expect(swept.status == 0, "\(swept.stderr)")
        let closed = try #require(
            (try JSONSerialization.jsonObject(with: Data(swept.stdout.utf8)) as? [String: Any])?["closed"] as? [String])
        #expect(closed == ["ADU-2026-00001", "ADU-2026-00004"])
        let shown = run(["complaint", "show", "ADU-2026-00001"], at: "2026-11-17T09:05:00+07:00").stdout
        #expect(shown.contains("no reply 10 working days after the response"), "\(shown)")
        // The report: both followed up, one settled; the silent one closed without settlement.
        let json = run(
            ["report", "--period", "2026-11", "--section", "summary", "--format", "json"],
            at: "2026-11-17T09:10:00+07:00")
        let summary = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["summary"]
                as? [String: Any], "\(json.stderr)")
        #expect(summary["followed_up"] as? Int == 3)
        #expect(summary["settled"] as? Int == 1)
        #expect(summary["closed_without_settlement"] as? Int == 1)
        // Officials cannot close a complaint in progress themselves: only the sweep's rule does.
        let refused = run(["complaint", "close", "ADU-2026-00002"], at: "2026-11-17T09:15:00+07:00")
        #expect(refused.status == 65, "\(refused.stderr)")
        // Exported and imported, the closing after the response replays as the sweep's.
        let events = folder.file("events.csv")
        let complaints = folder.file("complaints.csv")
        #expect(run(["export", "complaints", "--output", complaints], at: "2026-11-17T09:20:00+07:00").status == 0)
        #expect(run(["export", "events", "--output", events], at: "2026-11-17T09:20:00+07:00").status == 0)
        let copy = folder.file("copy.sqlite")
        func runCopy(_ arguments: [String]) -> CLIResult {
            kbkAtDesk(["--db", copy] + arguments, environment: ["KBK_NOW": "2026-11-17T09:30:00+07:00"])
        }
        #expect(runCopy(["init"]).status == 0)
        #expect(runCopy(["skpd", "add", "DPUPR", "--name", "Dinas PUPR", "--kind", "agency"]).status == 0)
        let imported = runCopy(["import", "complaints", complaints])
        #expect(imported.status == 0, "\(imported.stderr)")
        let replayed = runCopy(["import", "events", events])
        #expect(replayed.status == 0, "\(replayed.stderr)")
        let again = try #require(
            (try JSONSerialization.jsonObject(
                with: Data(runCopy(["complaint", "show", "ADU-2026-00001", "--format", "json"]).stdout.utf8))
                as? [String: Any]))
        #expect(again["status"] as? String == "closed")
    }
}

/// Four processes log 100 complaints each into one database at the same time.
@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct TicketConcurrencyTests {
    @Test func ticketsStayUniqueAndGaplessUnderFourProcesses() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbkAtDesk(["--db", path, "init"]).status == 0)
        let binary = builtExecutable()
        let script = """
            i=0
            while [ $i -lt 100 ]; do
              "$KBK" --db "$DB" complaint new --channel sms --subject "Aduan $W-$i" --description "dari proses $W" >/dev/null || exit 1
              i=$((i+1))
            done
            """
        let workers = try (1...4).map { worker -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            process.environment = [
                "KBK": binary, "DB": path, "W": String(worker), "PATH": "/usr/bin:/bin", "KBK_LANG": "en",
            ]
            try process.run()
            return process
        }
        for worker in workers { worker.waitUntilExit() }
        #expect(workers.map(\.terminationStatus) == [0, 0, 0, 0])
        let db = try Connection(path: path, mode: .readOnly)
        let sequences = try db.query(
            "SELECT sequence FROM complaint WHERE year = (SELECT year FROM complaint LIMIT 1) ORDER BY sequence"
        ) { $0.int(0) ?? 0 }
        let total = try db.scalar("SELECT count(*) FROM complaint")?.intValue
        #expect(total == 400)
        #expect(try db.scalar("SELECT count(DISTINCT ticket) FROM complaint")?.intValue == 400)
        // All 400 fall in one year unless the run straddles New Year; either way each year is 1...n.
        let years = try db.query("SELECT year, count(*), max(sequence) FROM complaint GROUP BY year") {
            ($0.int(1) ?? 0, $0.int(2) ?? 0)
        }
        #expect(years.allSatisfy { $0.0 == $0.1 })
        #expect(sequences.first == 1)
    }
}
