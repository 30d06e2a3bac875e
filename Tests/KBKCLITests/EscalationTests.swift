import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

/// `kbk escalate` across a unit hierarchy, day by day, with a stand-in `sendmail` that keeps every
/// message it is given (a real process, as the real one would be).
@Suite struct EscalationTests {
    /// A kecamatan above a kelurahan, each with its head registered as an official; a coordinator;
    /// the kelurahan's admin and an officer. Two complaints received Monday 2 November 2026: one
    /// handed to the kelurahan and assigned to the officer, one still waiting for verification.
    final class World {
        let folder = TemporaryFolder()
        let path: String
        let mailbox: String
        let sendmail: String

        init(
            unitAdminEmail: String? = "lurah@purbalinggakab.go.id",
            sender: String? = "Sistem KBK <kbk@purbalinggakab.go.id>",
            digest: String = "per-notice"
        ) throws {
            path = folder.file("kbk.sqlite")
            mailbox = folder.file("mailbox")
            sendmail = folder.file("sendmail")
            try FileManager.default.createDirectory(atPath: mailbox, withIntermediateDirectories: true)
            try standIn(exitStatus: 0)
            let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]
            var setup: [[String]] = [
                ["init"],
                // A test database whose escalation runs travel over weeks: its clock may be pinned.
                ["config", "set", "clock.pinning", "allowed"],
                [
                    "skpd", "add", "KEC-KLM", "--name", "Kecamatan Kalimanah", "--kind", "district", "--head-nip",
                    "197512102000121003",
                ],
                [
                    "skpd", "add", "KEL-KLW", "--name", "Kelurahan Kalimanah Wetan", "--kind", "subdistrict",
                    "--parent",
                    "KEC-KLM", "--head-nip", "198801012010011004",
                ],
                official(
                    "koord", "197001011995031002", "Siti Rahayu", "KEC-KLM", "coordinator", "koord@purbalinggakab.go.id"
                ),
                official(
                    "camat", "197512102000121003", "Bambang Wijaya", "KEC-KLM", "viewer", "camat@purbalinggakab.go.id"),
                official("lurah", "198801012010011004", "Dewi Lestari", "KEL-KLW", "unit-admin", unitAdminEmail),
                official(
                    "agus", "198203152006042001", "Agus Prasetyo", "KEL-KLW", "officer", "agus@purbalinggakab.go.id"),
                ["config", "set", "mail.command", "\(sendmail) -t -oi"],
                [
                    "complaint", "new", "--subject", "Lampu jalan mati – Gang Melati", "--description", "Tiga tiang",
                    "--channel", "whatsapp", "--skpd", "KEL-KLW",
                ],
                ["complaint", "new", "--subject", "Selokan mampet", "--description", "Depan SD", "--channel", "sms"],
            ]
            if let sender { setup.insert(["config", "set", "mail.from", sender], at: 1) }
            setup.insert(["config", "set", "mail.digest", digest], at: 1)
            setup.append(["--on-behalf-of", "lurah", "complaint", "assign", "ADU-2026-00001", "--to", "agus"])
            for arguments in setup {
                let result = kbk(["--db", path] + arguments, environment: monday)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
        }

        func official(_ login: String, _ nip: String, _ name: String, _ unit: String, _ role: String, _ email: String?)
            -> [String]
        {
            ["official", "add", "--login", login, "--nip", nip, "--name", name, "--skpd", unit, "--role", role]
                + (email.map { ["--email", $0] } ?? [])
        }

        /// The stand-in: stores its arguments and the message, then exits with `exitStatus`.
        func standIn(exitStatus: Int32) throws {
            let script = """
                #!/bin/sh
                n=$(ls '\(mailbox)' | grep -c '^message-')
                cat > '\(mailbox)'/message-$n.eml
                printf '%s ' "$@" > '\(mailbox)'/arguments-$n
                exit \(exitStatus)

                """
            try script.write(toFile: sendmail, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail)
        }

        /// Writes `mail.command` into the database directly, as someone with the file but not kbk could.
        func storeMailCommand(_ command: String) throws {
            let db = try Connection(path: path, mode: .readWrite)
            try db.run(
                "INSERT INTO setting (key, value) VALUES ('mail.command', ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", command)
        }

        func escalate(on day: String, _ extra: [String] = [], login: String = testLogin) -> CLIResult {
            kbk(["--db", path, "escalate"] + extra, environment: ["KBK_NOW": "\(day)T07:00:00+07:00"], login: login)
        }

        /// The messages the stand-in was given, in order.
        func messages() throws -> [String] {
            let names = try FileManager.default.contentsOfDirectory(atPath: mailbox).filter { $0.hasPrefix("message-") }
            return try names.sorted { Int($0.dropFirst(8).dropLast(4))! < Int($1.dropFirst(8).dropLast(4))! }.map {
                try String(contentsOfFile: mailbox + "/" + $0, encoding: .utf8)
            }
        }

        func header(_ name: String, in message: String) -> String? {
            // Unfolded: a continuation line starts with a space.
            let unfolded = message.replacingOccurrences(of: "\n ", with: " ")
            return unfolded.split(separator: "\n").first { $0.hasPrefix(name + ": ") }.map {
                String($0.dropFirst(name.count + 2))
            }
        }
    }

    @Test func noticesGoUpTheHierarchyOncePerLevelAndNeverTwice() throws {
        let world = try World()
        // Wednesday: the verification (3 working days) is at 2 of 3; the response (5) at 2 of 5.
        let run = world.escalate(on: "2026-11-04")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout
                == "Recorded 1 deadline notice(s) (1 at 50 %, 0 at 75 %, 0 overdue); 1 handed to the mail command.\n")
        // A second run the same day sends nothing.
        #expect(world.escalate(on: "2026-11-04").stdout == "No deadline notices are due.\n")
        #expect(try world.messages().count == 1)
        // Thursday: verification due today (75 %), response at 3 of 5 (50 %). Friday: verification
        // overdue, response at 4 of 5 (75 %). The next Thursday: the response is overdue.
        #expect(world.escalate(on: "2026-11-05").status == 0)
        #expect(world.escalate(on: "2026-11-06").status == 0)
        #expect(world.escalate(on: "2026-11-09").stdout == "No deadline notices are due.\n")
        #expect(world.escalate(on: "2026-11-12").status == 0)
        #expect(world.escalate(on: "2026-11-13").stdout == "No deadline notices are due.\n")
        let messages = try world.messages()
        #expect(messages.count == 6)
        let subjects = messages.compactMap { world.header("Subject", in: $0) }
        #expect(
            subjects == [
                "[kbk] ADU-2026-00002: 50 % tenggat verifikasi / 50 % of the verification deadline",
                "[kbk] ADU-2026-00001: 50 % tenggat tanggapan pertama / 50 % of the first response deadline",
                "[kbk] ADU-2026-00002: 75 % tenggat verifikasi / 75 % of the verification deadline",
                "[kbk] ADU-2026-00001: 75 % tenggat tanggapan pertama / 75 % of the first response deadline",
                "[kbk] ADU-2026-00002: tenggat verifikasi terlewati / verification deadline passed",
                "[kbk] ADU-2026-00001: tenggat tanggapan pertama terlewati / first response deadline passed",
            ])
        // Before verification the coordinators' desk is told; after, the assigned officer; when
        // overdue also the head of the unit above (the camat) and the coordinators, in copy.
        let koord = "Siti Rahayu <koord@purbalinggakab.go.id>"
        let agus = "Agus Prasetyo <agus@purbalinggakab.go.id>"
        #expect(messages.map { world.header("To", in: $0) } == [koord, agus, koord, agus, koord, agus])
        #expect(
            messages.map { world.header("Cc", in: $0) } == [
                nil, nil, nil, nil, nil, "Bambang Wijaya <camat@purbalinggakab.go.id>, \(koord)",
            ])
        let overdue = messages[5]
        #expect(world.header("From", in: overdue) == "Sistem KBK <kbk@purbalinggakab.go.id>")
        #expect(world.header("Date", in: overdue) == "Thu, 12 Nov 2026 07:00:00 +0700")
        #expect(world.header("Auto-Submitted", in: overdue) == "auto-generated")
        #expect(world.header("Content-Type", in: overdue) == "text/plain; charset=utf-8")
        let messageID = try #require(world.header("Message-ID", in: overdue))
        #expect(messageID.hasPrefix("<kbk.notice.") && messageID.hasSuffix(".ADU-2026-00001@purbalinggakab.go.id>"))
        #expect(Set(messages.compactMap { world.header("Message-ID", in: $0) }).count == 6)
        // Both languages, the running deadline and how late it is; nothing of the complainant.
        let text = overdue.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Yth. Bapak/Ibu,"))
        #expect(
            text.contains(
                "melewati tenggat tanggapan pertama, yang jatuh pada Sen, 9 Nov 2026 (terlambat 3 hari kerja)"))
        #expect(text.contains("Dear colleague,"))
        #expect(
            text.contains(
                "has passed its first response deadline, due on Mon, 9 Nov 2026 (overdue by 3 working day(s))"))
        // Without the web's address the official is sent to the Complaints page, never to a command.
        #expect(text.contains("Buka pengaduan ADU-2026-00001 di halaman Pengaduan kbk di peramban Anda."))
        #expect(!text.contains("kbk complaint"))
        #expect(text.contains("Unit: KEL-KLW (Kelurahan Kalimanah Wetan)"))
        #expect(overdue.split(separator: "\n").allSatisfy { $0.count <= 78 })
        #expect(try String(contentsOfFile: world.mailbox + "/arguments-5", encoding: .utf8) == "-t -oi ")
        // Each notice is an event of the complaint, by system, and listed by `kbk notices`.
        let db = try Connection(path: world.path, mode: .readOnly)
        #expect(
            try db.scalar("SELECT count(*) FROM complaint_event WHERE action = 'escalate' AND actor = 'system'")?
                .intValue == 6)
        let listed = kbk(["--db", world.path, "notices", "--since", "2026-11-06", "--format", "csv"])
        #expect(
            listed.stdout
                == """
                recorded_at,ticket,skpd,deadline,level,due,working_days_left,to,cc,delivery\r
                2026-11-12T07:00:00+07:00,ADU-2026-00001,KEL-KLW,respond,100,2026-11-09,-3,agus,camat;koord,mail\r
                2026-11-06T07:00:00+07:00,ADU-2026-00002,,verify,100,2026-11-05,-1,koord,,mail\r
                2026-11-06T07:00:00+07:00,ADU-2026-00001,KEL-KLW,respond,75,2026-11-09,1,agus,,mail\r

                """)
        // The report counts each complaint once per unit at the highest level its notices reached by
        // the end of the period, and leaves out what came after.
        let later = ["KBK_NOW": "2026-12-01T08:00:00+07:00"]
        let report = kbk(
            ["--db", world.path, "report", "--period", "2026-11", "--section", "escalations", "--format", "csv"],
            environment: later)
        #expect(
            report.stdout.hasPrefix(
                """
                section,row,key,measure,value\r
                escalations,1,KEL-KLW,name,Kelurahan Kalimanah Wetan\r
                escalations,1,KEL-KLW,at_50,0\r
                escalations,1,KEL-KLW,at_75,0\r
                escalations,1,KEL-KLW,overdue,1\r
                escalations,1,KEL-KLW,notices,3\r
                escalations,2,,name,\r
                escalations,2,,at_50,0\r
                escalations,2,,at_75,0\r
                escalations,2,,overdue,1\r
                escalations,2,,notices,3\r

                """), "\(report.stdout)")
        let early = kbk(
            [
                "--db", world.path, "report", "--from", "2026-11-01", "--to", "2026-11-05", "--skpd", "KEC-KLM",
                "--section", "escalations", "--format", "csv",
            ], environment: later)
        #expect(
            early.stdout.hasPrefix(
                """
                section,row,key,measure,value\r
                escalations,1,KEL-KLW,name,Kelurahan Kalimanah Wetan\r
                escalations,1,KEL-KLW,at_50,1\r
                escalations,1,KEL-KLW,at_75,0\r
                escalations,1,KEL-KLW,overdue,0\r
                escalations,1,KEL-KLW,notices,1\r
                audit_trail,1,,entries,
                """), "\(early.stdout)")
        // The officer sees the notices addressed to them; the timeline shows them.
        let officers = kbk(["--db", world.path, "notices", "--format", "json"], login: "agus").stdout
        #expect(officers.components(separatedBy: "\"ticket\": \"ADU-2026-00001\"").count == 4)
        #expect(!officers.contains("ADU-2026-00002"))
        let show = kbk(["--db", world.path, "complaint", "show", "ADU-2026-00001"]).stdout
        #expect(show.contains("deadline notice: 100% of the respond deadline, due 2026-11-09"))
    }

    @Test func anUnassignedComplaintWarnsTheUnitsAdminsAndADryRunChangesNothing() throws {
        let world = try World()
        let unassigned = kbk(
            [
                "--db", world.path, "complaint", "new", "--subject", "Jalan berlubang", "--description", "RT 02",
                "--channel", "letter", "--skpd", "KEL-KLW",
            ], environment: ["KBK_NOW": "2026-11-02T08:00:00+07:00"])
        #expect(unassigned.status == 0)
        let before = snapshot(world.path)
        let dry = world.escalate(on: "2026-11-05", ["--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("ADU-2026-00003  KEL-KLW  first response  50 %"), "\(dry.stdout)")
        #expect(dry.stdout.contains("lurah"))
        #expect(snapshot(world.path) == before)
        #expect(try world.messages().isEmpty)
        #expect(world.escalate(on: "2026-11-05").status == 0)
        let toAdmin = try world.messages().filter { $0.contains("ADU-2026-00003") }
        #expect(toAdmin.map { world.header("To", in: $0) } == ["Dewi Lestari <lurah@purbalinggakab.go.id>"])
    }

    /// Issue 31: one message per official per run, listing all their items with links and dates as
    /// people read them, instead of one per complaint (the demo's backlog sent 669, 168 to one admin).
    @Test func eachOfficialGetsOneDigestPerRun() throws {
        let world = try World(digest: "per-run")
        #expect(
            kbk(["--db", world.path, "config", "set", "web.url", "https://kbk.purbalinggakab.go.id/kbk"]).status == 0)
        for subject in ["Jalan berlubang", "Got mampet"] {
            let result = kbk(
                [
                    "--db", world.path, "complaint", "new", "--subject", subject, "--description", "RT 02", "--channel",
                    "letter", "--skpd", "KEL-KLW",
                ], environment: ["KBK_NOW": "2026-11-02T08:00:00+07:00"])
            #expect(result.status == 0)
        }
        let run = world.escalate(on: "2026-11-12")
        #expect(run.status == 0, "\(run.stderr)")
        let messages = try world.messages()
        let recipients = messages.compactMap { world.header("To", in: $0) }
        // One each: the officer, the kelurahan's admin, the coordinators' desk, the camat in copy.
        #expect(recipients.count == Set(recipients).count, "\(recipients)")
        let lurah = try #require(
            messages.first { world.header("To", in: $0) == "Dewi Lestari <lurah@purbalinggakab.go.id>" })
        let text = lurah.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("ADU-2026-00003") && text.contains("ADU-2026-00004"), "\(lurah)")
        #expect(text.contains("https://kbk.purbalinggakab.go.id/kbk/complaint/ADU-2026-00003"))
        #expect(text.contains("jatuh pada Sen, 9 Nov 2026"), "\(lurah)")
        #expect(world.header("Subject", in: lurah)?.hasPrefix("[kbk] 2 pengaduan") == true)
        // Every notice is recorded and delivered, one event each, as before.
        let listed = kbk(["--db", world.path, "notices", "--since", "2026-11-01", "--format", "csv"]).stdout
        #expect(!listed.contains(",failed") && !listed.contains(",waiting"), "\(listed)")
        // The coordinators' desk, told of every overdue one, reads them all in one message.
        let notices = listed.split(whereSeparator: \.isNewline).count - 1
        let desk = messages.filter { $0.contains("Siti Rahayu <koord@purbalinggakab.go.id>") }
        #expect(desk.count == 1 && notices == 4, "\(notices)")
        for ticket in ["ADU-2026-00001", "ADU-2026-00002", "ADU-2026-00003", "ADU-2026-00004"] {
            #expect(desk.first?.contains(ticket) == true, "\(ticket)")
        }
    }

    /// Issue 31: a kelurahan without an admin of its own is the kecamatan's admin's before the
    /// coordinators' desk.
    @Test func aKelurahanWithoutItsAdminGoesToTheKecamatansAdmin() throws {
        let world = try World()
        let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]
        for arguments in [
            world.official(
                "adm.kec", "198506152010011005", "Rina Kusuma", "KEC-KLM", "unit-admin", "sekcam@purbalinggakab.go.id"),
            ["official", "deactivate", "lurah"],
            [
                "complaint", "new", "--subject", "Jalan berlubang", "--description", "RT 02", "--channel", "letter",
                "--skpd", "KEL-KLW",
            ],
        ] {
            let result = kbk(["--db", world.path] + arguments, environment: monday)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(world.escalate(on: "2026-11-05").status == 0)
        let notices = try world.messages().filter { $0.contains("ADU-2026-00003") }
        #expect(notices.map { world.header("To", in: $0) } == ["Rina Kusuma <sekcam@purbalinggakab.go.id>"])
    }

    @Test func aMessageThatCannotLeaveIsKeptAndSentOnTheNextRun() throws {
        let world = try World()
        try world.standIn(exitStatus: 75)
        let failed = world.escalate(on: "2026-11-04")
        #expect(failed.status == 75)
        #expect(
            failed.stderr.hasPrefix("Error: 1 notice(s) could not be sent (\(world.sendmail) exited with status 75)"),
            "\(failed.stderr)")
        let waiting = kbk(["--db", world.path, "notices", "--undelivered", "--format", "csv"]).stdout
        #expect(waiting.contains("ADU-2026-00002,,verify,50,2026-11-05,1,koord,,waiting"), "\(waiting)")
        // The mail system is back: the kept notice leaves, and no second one is recorded.
        try FileManager.default.removeItem(atPath: world.mailbox)
        try FileManager.default.createDirectory(atPath: world.mailbox, withIntermediateDirectories: true)
        try world.standIn(exitStatus: 0)
        let retried = world.escalate(on: "2026-11-04")
        #expect(
            retried.stdout
                == "Recorded 0 deadline notice(s) (0 at 50 %, 0 at 75 %, 0 overdue); 1 handed to the mail command.\n")
        #expect(try world.messages().count == 1)
        #expect(
            kbk(["--db", world.path, "notices", "--undelivered", "--format", "csv"]).stdout.split(separator: "\n").count
                == 1)
    }

    /// Issue 31: a notice leads to the complaint's page (`web.url`), and without `mail.from` it
    /// comes from kbk under the government's name at this host.
    @Test func aNoticeLinksToThePageAndComesFromTheGovernment() throws {
        let world = try World(sender: nil)
        for (key, value) in [("web.url", "https://kbk.purbalinggakab.go.id/kbk"), ("org.name", "Pemkab Purbalingga")] {
            #expect(kbk(["--db", world.path, "config", "set", key, value]).status == 0)
        }
        let outbox = world.folder.file("outbox")
        try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: false)
        let filed = world.escalate(on: "2026-11-04", ["--to-folder", outbox])
        #expect(filed.status == 0, "\(filed.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox)
        let file = try String(contentsOfFile: outbox + "/" + #require(files.first), encoding: .utf8)
        // Lines are wrapped at spaces, never inside the address.
        let text = file.replacingOccurrences(of: "\r\n", with: " ")
        #expect(text.contains("Buka pengaduannya: https://kbk.purbalinggakab.go.id/kbk/complaint/ADU-2026-00002"))
        #expect(text.contains("Open the complaint: https://kbk.purbalinggakab.go.id/kbk/complaint/ADU-2026-00002"))
        var name = [CChar](repeating: 0, count: 256)
        #expect(gethostname(&name, name.count) == 0)
        let host = String(decoding: name.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self)
        // A host name without a domain is no address: the local mail system's own, as documented.
        let domain = host.contains(".") ? host : "localhost"
        #expect(file.hasPrefix("From: Sistem KBK Pemkab Purbalingga <kbk@\(domain)>\r\n"), "\(file.prefix(200))")
    }

    @Test func aFolderHoldsTheMessagesAsFilesAndABadTransportChangesNothing() throws {
        let world = try World()
        let outbox = world.folder.file("outbox")
        // No such folder; settings that would not work; a desk that may not escalate.
        var before = snapshot(world.path)
        let missing = world.escalate(on: "2026-11-04", ["--to-folder", outbox])
        #expect(missing.status == 73, "\(missing.stderr)")
        #expect(kbk(["--db", world.path, "config", "set", "mail.command", "sendmail -t"]).status == 65)
        #expect(kbk(["--db", world.path, "config", "set", "mail.from", "KBK <kbk@x.id>, evil@x.id"]).status == 65)
        #expect(world.escalate(on: "2026-11-04", login: "agus").status == 77)
        #expect(snapshot(world.path) == before)
        // A program that is not there is refused when set, and (set by other means) when escalating.
        #expect(kbk(["--db", world.path, "config", "set", "mail.command", "/nonexistent/sendmail -t"]).status == 65)
        try world.storeMailCommand("/nonexistent/sendmail -t")
        before = snapshot(world.path)
        let unusable = world.escalate(on: "2026-11-04")
        #expect(unusable.status == 78)
        #expect(
            unusable.stderr.hasPrefix(
                "Error: the mail command '/nonexistent/sendmail -t' cannot be used: /nonexistent/sendmail cannot be examined"
            ), "\(unusable.stderr)")
        #expect(snapshot(world.path) == before)
        try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: false)
        let filed = world.escalate(on: "2026-11-04", ["--to-folder", outbox])
        #expect(filed.stdout.hasSuffix("1 written to the folder.\n"), "\(filed.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox)
        #expect(files.count == 1 && files[0].hasSuffix("-ADU-2026-00002-verify-50.eml"), "\(files)")
        let file = try String(contentsOfFile: outbox + "/" + files[0], encoding: .utf8)
        #expect(file.hasPrefix("From: Sistem KBK <kbk@purbalinggakab.go.id>\r\nTo: Siti Rahayu <koord@"))
        #expect(try world.messages().isEmpty)
    }

    /// Issue 28: `mail.command` was split at spaces and run without a shell, but `/bin/sh -c …` is
    /// a program: whoever could change the setting ran code as the user of `kbk escalate`.
    @Test func aShellAsMailCommandIsRefusedWhenSetAndWhenEscalating() throws {
        let world = try World()
        let marker = world.folder.file("owned")
        let attack = "/bin/sh -c touch${IFS}\(marker)"
        let set = kbk(["--db", world.path, "config", "set", "mail.command", attack])
        #expect(set.status == 65)
        // One line; a long value is echoed shortened, with its length.
        #expect(set.stderr.hasPrefix("Error: mail.command '/bin/sh -c touch${IFS}/"))
        #expect(set.stderr.filter { $0 == "\n" }.count == 1)
        #expect(
            set.stderr.hasSuffix(
                "' is refused: /bin/sh is a shell or interpreter, "
                    + "which would run any code given to it; allowed: the absolute path of a program such as "
                    + "/usr/sbin/sendmail that is no shell or interpreter, a regular file owned by root and writable by "
                    + "root only, in folders likewise, with only the options -t -i -oi -oem -odi --read-recipients "
                    + "--read-envelope-from or -f ADDRESS\n"))
        let indonesian = kbk(["--db", world.path, "--lang", "id", "config", "set", "mail.command", "/bin/bash -c id"])
        #expect(
            indonesian.stderr.hasPrefix("Kesalahan: mail.command '/bin/bash -c id' ditolak: /bin/bash adalah shell"))
        // Written into the database by other means, it is refused before anything is recorded or run.
        for command in [attack, "/usr/bin/env sh", "\(world.sendmail) -c id"] {
            try world.storeMailCommand(command)
            let before = snapshot(world.path)
            let run = world.escalate(on: "2026-11-04")
            #expect(run.status == 78, "\(command): \(run.stderr)")
            #expect(run.stderr.hasPrefix("Error: the mail command '\(command)' cannot be used: "), "\(run.stderr)")
            #expect(snapshot(world.path) == before)
        }
        #expect(!FileManager.default.fileExists(atPath: marker))
        #expect(try world.messages().isEmpty)
    }

    /// The stand-in made writable by others (or given to another user) after it was set: refused.
    @Test(.enabled(if: getuid() == 0)) func aMailProgramOthersCanChangeIsNotRun() throws {
        let world = try World()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: world.sendmail)
        let writable = world.escalate(on: "2026-11-04")
        #expect(writable.status == 78)
        #expect(writable.stderr.contains("\(world.sendmail) can be written by its group or by others"))
        #expect(kbk(["--db", world.path, "config", "set", "mail.command", "\(world.sendmail) -t"]).status == 65)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: world.sendmail)
        #expect(chown(world.sendmail, 65534, 65534) == 0)
        let foreign = world.escalate(on: "2026-11-04")
        #expect(foreign.status == 78)
        #expect(foreign.stderr.contains("\(world.sendmail) is not owned by root"))
        #expect(try world.messages().isEmpty)
        // Root's again, it runs.
        #expect(chown(world.sendmail, 0, 0) == 0)
        #expect(world.escalate(on: "2026-11-04").status == 0)
        #expect(try world.messages().count == 1)
    }

    @Test func anOfficialWithoutAnAddressIsNamedAndTheNoticeStaysListed() throws {
        let world = try World(unitAdminEmail: nil)
        _ = kbk(
            [
                "--db", world.path, "complaint", "new", "--subject", "Jalan berlubang", "--description", "RT 02",
                "--channel", "letter", "--skpd", "KEL-KLW",
            ], environment: ["KBK_NOW": "2026-11-02T08:00:00+07:00"])
        let run = world.escalate(on: "2026-11-05")
        #expect(run.status == 0)
        #expect(
            run.stderr.contains(
                "the notice on ADU-2026-00003 has no address to go to (lurah have no e-mail in their records)"),
            "\(run.stderr)")
        let listed = kbk(["--db", world.path, "notices", "--format", "csv"]).stdout
        #expect(listed.contains(",ADU-2026-00003,KEL-KLW,respond,50,2026-11-09,2,lurah,,no-address"), "\(listed)")
    }
}
