import Foundation
import KBKDomain
import KBKTestSupport
import SQLiteDB
import Testing

let importOrder = [
    "holidays", "categories", "topics", "places", "skpd", "targets", "sops", "groups", "members", "meetings",
    "complaints", "events", "attachments", "ikm", "improvements", "coordination", "actions", "rbk", "culture",
]

@Suite struct TransferRoundTripTests {
    /// Corrections travel: the complaints file holds the corrected values, and the events file
    /// restores each correction (every field of one, made at one instant) as history.
    @Test func correctionsSurviveAnExportAndImport() throws {
        let (folder, source) = try complaintFixture()
        let target = folder.file("target.sqlite")
        let corrected = kbkAtDesk([
            "--db", source, "complaint", "edit", "ADU-2026-00002", "--channel", "whatsapp", "--subject",
            "Jalan berlubang besar", "--category", "berkadar-pengawasan", "--reason", "Salah catat di loket",
        ])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(kbkAtDesk(["--db", target, "init"]).status == 0)
        for kind in ["skpd", "sops", "complaints", "events"] {
            let file = folder.file("\(kind).csv")
            let personal = kind == "complaints" ? ["--include-personal-data"] : []
            #expect(kbkAtDesk(["--db", source, "export", kind, "--output", file] + personal).status == 0)
            let imported = kbkAtDesk(["--db", target, "import", kind, file])
            #expect(imported.status == 0, "\(kind): \(imported.stderr)")
        }
        func corrections(_ database: String) throws -> [[String?]] {
            let shown = kbkAtDesk(["--db", database, "complaint", "show", "ADU-2026-00002", "--format", "json"])
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
            let timeline = try #require(object["timeline"] as? [[String: Any]])
            return timeline.filter { $0["action"] as? String == "edit" }.map { event in
                ["field", "value_before", "value_after", "text"].map { event[$0] as? String }
            }
        }
        let restored = try corrections(target)
        #expect(restored.count == 3)
        #expect(restored == (try corrections(source)))
        let again = kbkAtDesk(["--db", target, "import", "events", folder.file("events.csv")])
        #expect(again.stdout.contains("Imported 0 events row(s)"), "\(again.stdout)")
    }

    /// Export every kind of a demo database, import the files into an empty one: the reports match.
    @Test func exportingAndImportingEverythingGivesIdenticalReports() throws {
        let folder = TemporaryFolder()
        let source = folder.file("source.sqlite")
        let target = folder.file("target.sqlite")
        #expect(kbkAtDesk(["--db", source, "demo", "--complaints", "250", "--seed", "11"]).status == 0)
        // A category of its own, so that categories travel too.
        #expect(
            kbkAtDesk(["--db", source, "category", "add", "perizinan", "--name", "Perizinan", "--settle-days", "12"])
                .status
                == 0)
        // Targets and a follow-up of a survey's weakest element, which the demo has none of, so that
        // the reports' target and follow-up figures have something to compare.
        func records(_ arguments: [String]) throws -> [[String: Any]] {
            try ExportSchemaTests.objects(kbkAtDesk(["--db", source] + arguments + ["--format", "json"]).stdout)
        }
        let surveys = try records(["ikm", "list"])
        let (action, survey) = try #require(
            try records(["improvement", "list"]).lazy.compactMap { action in
                surveys.first { $0["skpd"] as? String == action["skpd"] as? String }.map { (action, $0) }
            }.first)
        let unit = try #require(survey["skpd"] as? String)
        let weakest = try #require((survey["weakest_element"] as? String)?.split(separator: " ").first)
        for arguments in [
            [
                "improvement", "link", "\(action["id"] ?? "")", "--survey", "\(survey["id"] ?? "")", "--element",
                "\(weakest)",
            ],
            ["skpd", "target", "set", unit, "--year", "2026", "--settled", "90", "--on-time", "80", "--ikm", "85"],
            ["skpd", "target", "set", unit, "--year", "2025", "--settled", "75.5"],
        ] {
            let result = kbkAtDesk(["--db", source] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(kbkAtDesk(["--db", target, "init"]).status == 0)
        for kind in importOrder {
            let file = folder.file("\(kind).csv")
            // A whole move takes complainants' data along (names, and confidential descriptions).
            let exported = kbkAtDesk(
                ["--db", source, "export", kind, "--output", file]
                    + (["complaints", "attachments"].contains(kind) ? ["--include-personal-data"] : []))
            #expect(exported.status == 0, "\(kind): \(exported.stderr)")
            let imported = kbkAtDesk(["--db", target, "import", kind, file])
            #expect(imported.status == 0, "\(kind): \(imported.stderr)")
        }
        for period in ["2025", "2026", "2025-Q2"] {
            for format in ["json", "table"] {
                // Every figure the same; the audit trails (and so their heads) are the two databases' own.
                func figures(_ database: String) -> String {
                    kbkAtDesk(["--db", database, "report", "--period", period, "--format", format]).stdout
                        .replacingOccurrences(
                            of: #"\n  "audit_trail": \{[^}]*\},|\nAudit trail: [^\n]*"#, with: "",
                            options: .regularExpression)
                }
                #expect(figures(source) == figures(target), "\(period) \(format)")
            }
        }
        // And the files themselves come out the same from the copy.
        for kind in importOrder
        where !["groups", "members", "meetings", "improvements", "rbk", "attachments"].contains(kind) {
            #expect(
                kbkAtDesk(["--db", source, "export", kind]).stdout
                    == kbkAtDesk(["--db", target, "export", kind]).stdout, "\(kind)")
        }
        // Importing the same files again adds nothing.
        let again = kbkAtDesk(["--db", target, "import", "complaints", folder.file("complaints.csv")])
        #expect(again.stdout == "Imported 0 complaints row(s); 250 already present.\n")
        let events = kbkAtDesk(["--db", target, "import", "events", folder.file("events.csv")])
        #expect(events.stdout.hasPrefix("Imported 0 events row(s);"), "\(events.stderr)")
        for kind in ["coordination", "actions", "rbk", "culture"] {
            let repeated = kbkAtDesk(["--db", target, "import", kind, folder.file("\(kind).csv")])
            #expect(
                repeated.stdout.hasPrefix("Imported 0 \(kind) row(s);"), "\(kind): \(repeated.stdout)\(repeated.stderr)"
            )
        }
    }
}

@Suite struct ImportTests {
    func database() throws -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(
            kbkAtDesk(["--db", path, "skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"]).status == 0)
        return (folder, path)
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func oneBadRowAmongAThousandWritesNothingAndNamesTheLine() throws {
        let (folder, path) = try database()
        var csv = "subject,description,channel,received_at,skpd\n"
        for index in 1...1_000 {
            let channel = index == 617 ? "fax" : "sms"
            csv += "Aduan \(index),\"Isi, baris \(index)\",\(channel),2026-11-0\(index % 9 + 1) 08:00,DPUPR\n"
        }
        let file = folder.file("aduan.csv")
        try write(csv, to: file)
        let before = try rowCounts(path)
        let result = kbkAtDesk(["--db", path, "import", "complaints", file])
        #expect(result.status == 65)
        // Line 618: the header is line 1.
        #expect(result.stderr.hasPrefix("\(file):618: column channel: channel 'fax' is not allowed"))
        #expect(result.stderr.contains("1 row(s) refused; nothing was imported"))
        #expect(try rowCounts(path) == before)
        let dryRun = kbkAtDesk(["--db", path, "import", "complaints", file, "--dry-run", "--format", "json"])
        #expect(dryRun.status == 65)
        #expect(dryRun.stdout.contains("\"problems\": 1"))
    }

    @Test func aGoodFileImportsOnceWithHistoryColumns() throws {
        let (folder, path) = try database()
        let file = folder.file("lapor.csv")
        // A LAPOR!-style export, semicolon-separated with a BOM, columns in its own order.
        try write(
            "\u{FEFF}external_ref;channel;subject;description;received_at;skpd;verified_at;responded_at;resolved_at;closed_at;rating\r\n"
                + "L-1;lapor;Jalan rusak;\"Lubang; besar\";2026-11-02 08:00;DPUPR;2026-11-02 09:00;2026-11-03 10:00;2026-11-05 10:00;2026-11-06 10:00;4\r\n"
                + "L-2;lapor;Lampu mati;Gelap;2026-11-03 08:00;DPUPR;;;;;\r\n", to: file)
        let dry = kbkAtDesk(["--db", path, "import", "complaints", file, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try rowCounts(path)["complaint"] == 0)
        let first = kbkAtDesk(["--db", path, "import", "complaints", file])
        #expect(first.stdout == "Imported 2 complaints row(s); 0 already present.\n")
        let shown = kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00001", "--format", "json"]).stdout
        #expect(shown.contains("\"status\": \"closed\""))
        #expect(shown.contains("\"rating\": 4"))
        #expect(shown.contains("\"description\": \"Lubang; besar\""))
        let second = kbkAtDesk(["--db", path, "import", "complaints", file])
        #expect(second.stdout == "Imported 0 complaints row(s); 2 already present.\n")
    }

    @Test func unknownAndMissingColumnsAreRefusedByName() throws {
        let (folder, path) = try database()
        let file = folder.file("x.csv")
        try write("code,name,kind,warna\nBKD,BKD,board,merah\n", to: file)
        let unknown = kbkAtDesk(["--db", path, "import", "skpd", file])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.hasPrefix("Error: \(file): unknown column(s) warna; allowed: code, name, kind"))
        try write("code,name\nBKD,BKD\n", to: file)
        #expect(kbkAtDesk(["--db", path, "import", "skpd", file]).stderr.contains("missing column(s) kind"))
        let broken = Data("code,name,kind\nBKD,BKD,board\n".utf8) + Data([0xC3, 0x28, 0x2C, 0x61, 0x2C, 0x62, 0x0A])
        try broken.write(to: URL(fileURLWithPath: file))
        let utf8 = kbkAtDesk(["--db", path, "import", "skpd", file])
        #expect(utf8.status == 65)
        #expect(utf8.stderr == "Error: \(file):3: the text is not valid UTF-8; save the file as UTF-8\n")
        #expect(kbkAtDesk(["--db", path, "import", "skpd", folder.file("none.csv")]).status == 66)
        #expect(kbkAtDesk(["--db", path, "import", "warna", file]).status == 64)
    }

    @Test func templatesImportAsTheyAre() throws {
        let (folder, path) = try database()
        for kind in ["holidays", "categories", "topics", "skpd", "targets"] {
            let file = folder.file("\(kind).csv")
            let template = kbkAtDesk(["import", "template", kind])
            #expect(template.status == 0)
            try write(template.stdout, to: file)
            let result = kbkAtDesk(["--db", path, "import", kind, file])
            #expect(result.status == 0, "\(kind): \(result.stderr)")
        }
        #expect(
            kbkAtDesk(["import", "template", "complaints"]).stdout.hasPrefix(
                "ticket,received_at,channel,kind,category,topic,subject,description"))
    }
}

@Suite struct ExportTests {
    @Test func personalDataLeavesOnlyWhenAskedAndIsAudited() throws {
        let (folder, path) = try complaintFixture()
        let plain = kbkAtDesk(["--db", path, "export", "complaints"])
        #expect(!plain.stdout.contains("Ahmad Fauzi") && !plain.stdout.contains("complainant_name"))
        let auditBefore = try rowCounts(path)["audit_log"] ?? 0
        let personal = kbkAtDesk([
            "--db", path, "export", "complaints", "--include-personal-data", "--format", "json",
        ])
        let records = try ExportSchemaTests.objects(personal.stdout)
        let identity = try #require(records.first?["complainant"] as? [String: Any])
        #expect(identity["name"] as? String == "Ahmad Fauzi" && identity["contact"] as? String == "081234567890")
        #expect(try rowCounts(path)["audit_log"] == auditBefore + 1)
        #expect(
            kbkAtDesk(["--db", path, "audit", "--limit", "1", "--format", "csv"]).stdout.contains(
                ",\(testLogin),export,complaint,,exported complaints with complainants' personal data (3 rows)"))
        _ = folder
    }

    @Test func open311RequestsWithholdConfidentialDescriptions() throws {
        let (folder, path) = try complaintFixture()
        let result = kbkAtDesk(["--db", path, "export", "complaints", "--format", "open311"])
        let requests = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(requests.count == 3)
        // Every key of GeoReport v2's service request, in its order, null when kbk does not know it.
        let keys = [
            "service_request_id", "status", "status_notes", "service_name", "service_code", "description",
            "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
            "address", "address_id", "zipcode", "lat", "long", "media_url",
        ]
        #expect(requests.allSatisfy { Set($0.keys) == Set(keys) })
        let firstKeys = result.stdout.components(separatedBy: "}")[0].split(separator: "\n").compactMap { line in
            line.split(separator: "\"").dropFirst().first.map(String.init)
        }
        #expect(firstKeys == keys)
        let unknown = ["service_notice", "address_id", "zipcode", "lat", "long", "media_url"]
        #expect(requests.allSatisfy { request in unknown.allSatisfy { request[$0] is NSNull } })
        #expect(requests[0]["service_request_id"] as? String == "ADU-2026-00001")
        #expect(requests[0]["status"] as? String == "open")
        #expect(requests[1]["agency_responsible"] as? String == "Dinas Pekerjaan Umum")
        #expect(requests[2]["status"] as? String == "closed")
        #expect(requests[2]["description"] is NSNull)
        #expect(requests[2]["status_notes"] as? String == "Petugas telah diperiksa")
        #expect(!result.stdout.contains("Ahmad") && !result.stdout.contains("0812"))
        #expect(kbkAtDesk(["--db", path, "export", "skpd", "--format", "open311"]).status == 64)
        // Personal data is never part of the public's view: asking for it with Open311 is refused.
        let before = snapshot(path)
        let personal = kbkAtDesk([
            "--db", path, "--lang", "en", "export", "complaints", "--format", "open311", "--include-personal-data",
        ])
        #expect(personal.status == 64 && personal.stdout.isEmpty)
        #expect(
            personal.stderr.hasPrefix(
                "Error: --include-personal-data cannot go with --format open311: Open311 is the public's view and carries none\n"
            ))
        #expect(snapshot(path) == before)
        _ = folder
    }

    /// A rejected or forwarded request expects nothing, and its notes say why in a sentence.
    @Test func open311HasNoExpectedTimeForARequestTurnedAwayOrPassedOn() throws {
        let folder = TemporaryFolder()
        let path = folder.file("k.sqlite")
        for arguments in [
            ["init"], ["complaint", "new", "--channel", "sms", "--subject", "Ganda", "--description", "x"],
            ["complaint", "new", "--channel", "sms", "--subject", "Jalan nasional", "--description", "y"],
            ["complaint", "new", "--channel", "sms", "--subject", "Terbuka", "--description", "z"],
            ["complaint", "reject", "ADU-2026-00001", "--reason", "duplicate"],
            ["complaint", "forward", "ADU-2026-00002", "--to", "BBPJN", "--reason", "Jalan nasional"],
        ] {
            let result = kbkAtDesk(["--db", path] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let requests = try #require(
            try JSONSerialization.jsonObject(
                with: Data(kbkAtDesk(["--db", path, "export", "complaints", "--format", "open311"]).stdout.utf8))
                as? [[String: Any]])
        #expect(requests[0]["expected_datetime"] is NSNull && requests[1]["expected_datetime"] is NSNull)
        #expect(requests[2]["expected_datetime"] as? String != nil)
        #expect(requests[0]["status_notes"] as? String == RejectionReason.duplicate.citizenSentence)
        #expect(requests[0]["status"] as? String == "closed" && requests[1]["status"] as? String == "closed")
    }

    /// A refused row names each bad column, not only the first; an event names its complaint by
    /// ticket or by the LAPOR! number, and a missing one is the ticket column's fault.
    @Test func importNamesEveryBadColumnOfARow() throws {
        let folder = TemporaryFolder()
        let path = folder.file("k.sqlite")
        #expect(kbkAtDesk(["--db", path, "init"]).status == 0)
        #expect(
            kbkAtDesk(["--db", path, "skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"]).status == 0)
        let complaints = folder.file("complaints.csv")
        try """
        received_at,channel,subject,description,category,skpd
        2026-13-01 08:00,faks,,Jalan berlubang,tidak-berkadar-pengawasan,NOPE
        2026-11-02 08:00,sms,Lampu mati,Tiga tiang,tidak-berkadar-pengawasan,DPUPR

        """.write(toFile: complaints, atomically: true, encoding: .utf8)
        let before = snapshot(path)
        let refused = kbkAtDesk(["--db", path, "--lang", "en", "import", "complaints", complaints])
        #expect(refused.status == 65)
        let lines = refused.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(refused.stderr)")
        for column in ["subject", "received_at", "channel", "skpd"] {
            #expect(lines.contains { $0.hasPrefix("\(complaints):2: column \(column): ") }, "\(column)")
        }
        #expect(lines.last == "Error: \(complaints): 1 row(s) refused; nothing was imported")
        #expect(snapshot(path) == before)
        // Events: by LAPOR! number, and an unknown ticket blamed on the ticket column.
        #expect(
            kbkAtDesk(
                [
                    "--db", path, "complaint", "new", "--channel", "lapor", "--subject", "Jalan", "--description", "x",
                    "--external-ref", "4471021", "--skpd", "DPUPR", "--received", "2026-11-18 08:00",
                ], environment: ["KBK_NOW": "2026-11-18T08:00:00+07:00"]
            ).status == 0)
        let events = folder.file("events.csv")
        try """
        ticket,at,action,text
        4471021,2026-11-18 10:00,note,Dicatat dari LAPOR!

        """.write(toFile: events, atomically: true, encoding: .utf8)
        let imported = kbkAtDesk(["--db", path, "import", "events", events])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00001"]).stdout.contains("Dicatat dari LAPOR!"))
        let unknown = folder.file("unknown.csv")
        try """
        ticket,at,action
        ADU-2026-00099,2026-11-18 10:00,note

        """.write(toFile: unknown, atomically: true, encoding: .utf8)
        let missing = kbkAtDesk(["--db", path, "--lang", "id", "import", "events", unknown])
        #expect(missing.status == 65)
        #expect(missing.stderr.hasPrefix("\(unknown):2: kolom ticket: pengaduan 'ADU-2026-00099' tidak ada"))
    }
}

/// `export KIND --format json` prints each record in the shape `list` and `show` print it, with
/// JSON's own numbers, booleans and nulls, so a script reads one schema per kind.
@Suite struct ExportSchemaTests {
    static func objects(_ text: String) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        if let array = value as? [[String: Any]] { return array }
        return [try #require(value as? [String: Any])]
    }

    @Test func exportPrintsTheRecordsListAndShowPrint() throws {
        let folder = TemporaryFolder()
        let path = folder.file("demo.sqlite")
        #expect(kbk(["--db", path, "demo", "--complaints", "120", "--seed", "3"]).status == 0)
        func json(_ arguments: [String]) throws -> [[String: Any]] {
            let result = kbk(["--db", path] + arguments + ["--format", "json"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try Self.objects(result.stdout)
        }
        let group = try #require(try json(["group", "list", "--all"]).first?["id"] as? Int)
        let ticket = try #require(try json(["complaint", "list", "--limit", "1"]).first?["ticket"] as? String)
        let unit = try #require(try json(["skpd", "list"]).first?["code"] as? String)
        #expect(kbk(["--db", path, "skpd", "target", "set", unit, "--year", "2026", "--settled", "87.5"]).status == 0)
        // kind, the command listing or showing it, the key naming a record, what the listing adds
        let kinds: [(String, [String], String, Set<String>)] = [
            ("holidays", ["holiday", "list"], "date", []),
            ("categories", ["category", "list"], "code", []),
            ("topics", ["topic", "list"], "code", ["complaints"]),
            ("skpd", ["skpd", "list", "--all"], "code", []),
            ("targets", ["skpd", "target", "list"], "skpd", []),
            ("sops", ["sop", "list", "--status", "all"], "number", []),
            ("groups", ["group", "list", "--all"], "id", ["active_members"]),
            ("members", ["group", "member", "list", String(group), "--all"], "nip", []),
            ("meetings", ["group", "meeting", "list", String(group)], "id", []),
            ("complaints", ["complaint", "list", "--limit", "0"], "ticket", []),
            ("improvements", ["improvement", "list"], "id", []),
            ("ikm", ["ikm", "list"], "id", []),
            ("culture", ["culture", "list"], "skpd", []),
        ]
        for (kind, listing, key, extras) in kinds {
            let exported = try json(["export", kind])
            let listed = try json(listing)
            let first = try #require(listed.first, "\(kind): nothing listed")
            let same = try #require(
                exported.first { "\($0[key] ?? "")" == "\(first[key] ?? "")" }, "\(kind): \(first[key] ?? "") missing")
            #expect(Set(first.keys).subtracting(extras) == Set(same.keys), "\(kind)")
            for (name, value) in first where !extras.contains(name) {
                #expect(
                    (value as? NSObject) == (same[name] as? NSObject), "\(kind).\(name): \(value) ≠ \(same[name] ?? "")"
                )
            }
        }
        // The timeline of `complaint show` is the exported events of that complaint, plus the receipt.
        let shown = try #require(try json(["complaint", "show", ticket]).first)
        let timeline = try #require(shown["timeline"] as? [[String: Any]]).filter {
            $0["action"] as? String != "receive"
        }
        let events = try json(["export", "events"]).filter { $0["ticket"] as? String == ticket }
        #expect(events.count == timeline.count)
        for (event, entry) in zip(events, timeline) {
            for (name, value) in entry { #expect((value as? NSObject) == (event[name] as? NSObject), "event.\(name)") }
        }
        // docs/JSON.md lists every key of every kind, in order.
        let page = try String(
            contentsOf: packageRoot().appendingPathComponent("docs/JSON.md"), encoding: .utf8)
        var documented: [String: [String]] = [:]
        var section = ""
        for line in page.split(separator: "\n") {
            if line.hasPrefix("## ") { section = String(line.dropFirst(3).prefix { $0 != " " }) }
            if line.hasPrefix("| `"), let key = line.split(separator: "`").dropFirst().first {
                documented[section, default: []].append(String(key))
            }
        }
        for kind in kinds.map(\.0) + ["events"] {
            let text = kbk(["--db", path, "export", kind, "--format", "json"]).stdout
            let keys = try #require(text.components(separatedBy: "\n  }").first).split(separator: "\n").compactMap {
                line in line.hasPrefix("    \"") ? line.split(separator: "\"").dropFirst().first.map(String.init) : nil
            }
            #expect(documented[kind] == keys, "docs/JSON.md, \(kind)")
        }
        // Numbers, booleans and nulls are JSON's own, not text.
        let category = try #require(try json(["export", "categories"]).first)
        #expect(category["verify_days"] is Int && !(category["verify_days"] is String))
        let complaint = try #require(try json(["export", "complaints"]).first)
        #expect(complaint["anonymous"] is Bool && complaint["complainant"] == nil)
        #expect(try json(["export", "ikm"]).allSatisfy { $0["respondents"] is Int && $0["ikm"] is Double })
    }
}
