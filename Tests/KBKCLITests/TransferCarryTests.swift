import Foundation
import KBKTestSupport
import Testing

/// What `export` and `import` carry beyond the first kinds: topics, units' successor routes, units'
/// targets and improvement actions' links to IKM survey elements. Each travels as CSV from one
/// database into a fresh one, and exporting again from the copy gives the same file.
@Suite struct TransferCarryTests {
    let folder = TemporaryFolder()
    var source: String { folder.file("source.sqlite") }
    var target: String { folder.file("target.sqlite") }

    init() {
        #expect(kbkAtDesk(["--db", folder.file("source.sqlite"), "init"]).status == 0)
        #expect(kbkAtDesk(["--db", folder.file("target.sqlite"), "init"]).status == 0)
    }

    func run(_ database: String, _ arguments: [String]) {
        let result = kbkAtDesk(["--db", database] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }

    /// Exports `kinds` from the source and imports each file into the target, in order; returns the files.
    @discardableResult
    func carry(_ kinds: [String]) -> [String: String] {
        var files: [String: String] = [:]
        for kind in kinds {
            let file = folder.file("\(kind).csv")
            let exported = kbkAtDesk(["--db", source, "export", kind, "--output", file, "--force"])
            #expect(exported.status == 0, "\(kind): \(exported.stderr)")
            let imported = kbkAtDesk(["--db", target, "import", kind, file])
            #expect(imported.status == 0, "\(kind): \(imported.stderr)")
            files[kind] = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        }
        return files
    }

    /// The CSV export of a kind, line by line (CSV ends lines with CRLF).
    func lines(_ database: String, _ kind: String) -> [String] {
        kbkAtDesk(["--db", database, "export", kind]).stdout.split(whereSeparator: \.isNewline).map(String.init)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let file = folder.file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test func topicsTravelBeforeTheirComplaints() throws {
        run(source, ["skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"])
        // A name a spreadsheet would run as a formula, a renamed shipped topic and a retired one.
        run(
            source,
            [
                "topic", "add", "pju-rusak", "--name", "=Lampu PJU rusak", "--name-en", "Broken street lamps",
                "--lapor-category", "Infrastruktur",
            ])
        run(source, ["topic", "edit", "jalan-jembatan", "--name-en", "Roads, bridges and culverts"])
        run(source, ["topic", "edit", "pkh", "--retire"])
        run(
            source,
            [
                "complaint", "new", "--channel", "sms", "--subject", "Lampu mati", "--description", "Tiga tiang",
                "--topic", "pju-rusak", "--skpd", "DPUPR",
            ])
        let files = carry(["topics", "skpd", "complaints"])
        #expect(
            try #require(files["topics"]).contains("pju-rusak,'=Lampu PJU rusak,Broken street lamps,Infrastruktur,true")
        )
        #expect(try #require(files["topics"]).contains("\r\npkh,Program Keluarga Harapan (PKH),"))
        #expect(lines(target, "topics") == lines(source, "topics"))
        #expect(lines(target, "complaints") == lines(source, "complaints"))
        let shown = kbkAtDesk(["--db", target, "topic", "list", "--format", "json"]).stdout
        #expect(shown.contains("\"name\": \"=Lampu PJU rusak\""), "\(shown)")
        // Through the commands' store calls: audited as `topic add` and `topic edit` are.
        let trail = kbkAtDesk(["--db", target, "audit", "--format", "csv"]).stdout
        #expect(trail.contains("added topic pju-rusak ('=Lampu PJU rusak' / 'Broken street lamps'"), "\(trail)")
        #expect(trail.contains("edited topic pkh:"))
        let again = kbkAtDesk(["--db", target, "import", "topics", folder.file("topics.csv")])
        // Every topic, the shipped ones and the one added.
        let topics = lines(target, "topics").count - 1
        #expect(again.stdout == "Imported 0 topics row(s); \(topics) already present.\n", "\(again.stdout)")
    }

    @Test func aBadTopicRowWritesNothing() throws {
        let file = try write(
            "code,name,name_en,lapor_category,in_use\r\n"
                + "pju-rusak,Lampu PJU rusak,Broken street lamps,Infrastruktur,true\r\n"
                + "jalan-jembatan,Jalan,Roads,Infrastruktur,kadang\r\n"
                + "Bad Code!,Nama,Name,Lain-lain,\r\n", "topics.csv")
        let before = snapshot(target)
        let refused = kbkAtDesk(["--db", target, "--lang", "en", "import", "topics", file])
        #expect(refused.status == 65)
        let problems = refused.stderr.split(whereSeparator: \.isNewline).map(String.init)
        #expect(
            problems.first?.hasPrefix("\(file):3: column in_use: flag 'kadang' is not allowed") == true, "\(problems)")
        #expect(
            problems.dropFirst().first?.hasPrefix("\(file):4: column code: topic 'Bad Code!'") == true, "\(problems)")
        #expect(snapshot(target) == before)
        let id = kbkAtDesk(["--db", target, "--lang", "id", "import", "topics", file])
        #expect(id.stderr.contains("\(file):3: kolom in_use: "), "\(id.stderr)")
        #expect(id.stderr.contains("2 baris ditolak; tidak ada yang diimpor"), "\(id.stderr)")
    }

    /// A unit split across successors keeps its routes; units end in the order they ended, so a
    /// successor that ended later (here DINDAGKOPUKM, before DINPERINDAG in code order) takes the work.
    @Test func successorRoutesTravelWithTheirUnits() throws {
        run(source, ["category", "add", "perindustrian", "--name", "Perindustrian", "--settle-days", "10"])
        for code in ["DINPERINDAG", "DINPERINNAKER", "DINDAGKOPUKM", "DINKOPUKM"] {
            run(source, ["skpd", "add", code, "--name", "Dinas \(code)", "--kind", "agency"])
        }
        run(
            source,
            [
                "skpd", "deactivate", "DINPERINDAG", "--on", "2026-01-01",
                "--successor-for", "category:perindustrian=DINPERINNAKER",
                "--successor-for", "section:Bidang Industri; Energi=DINPERINNAKER", "--successor", "DINDAGKOPUKM",
            ])
        run(source, ["skpd", "deactivate", "DINDAGKOPUKM", "--on", "2026-06-01", "--successor", "DINKOPUKM"])
        let files = carry(["categories", "skpd"])
        #expect(
            try #require(files["skpd"]).contains(
                ",2026-01-01,DINDAGKOPUKM,category:perindustrian=DINPERINNAKER;"
                    + "section:Bidang Industri; Energi=DINPERINNAKER,5,"), "\(files["skpd"] ?? "")")
        #expect(lines(target, "skpd") == lines(source, "skpd"))
        let shown = kbkAtDesk(["--db", target, "--lang", "en", "skpd", "show", "DINPERINDAG"]).stdout
        #expect(
            shown.contains(
                "category:perindustrian → DINPERINNAKER; section:Bidang Industri; Energi → DINPERINNAKER"),
            "\(shown)")
        // Through `skpd deactivate`'s store call, audited as the command is.
        let trail = kbkAtDesk(["--db", target, "audit", "--format", "csv"]).stdout
        #expect(
            trail.contains(
                "deactivated unit DINPERINDAG as of 2026-01-01, succeeded by DINDAGKOPUKM; "
                    + "category:perindustrian → DINPERINNAKER, section:Bidang Industri; Energi → DINPERINNAKER"),
            "\(trail)")
    }

    @Test func aBadSuccessorRouteIsRefusedByItsColumn() throws {
        run(target, ["skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"])
        let file = try write(
            "code,name,kind,deactivated_on,successor,successor_routes\r\n"
                + "OLD1,Dinas Lama 1,agency,2026-01-01,,bidang:Perindustrian=DPUPR\r\n"
                + "OLD2,Dinas Lama 2,agency,2026-01-01,DPUPR,category:tidak-ada=DPUPR\r\n"
                + "OLD3,Dinas Lama 3,agency,,,category:perindustrian=DPUPR\r\n"
                + "OLD4,Dinas Lama 4,agency,2026-01-01,,section:Bidang A=NOWHERE\r\n", "skpd.csv")
        let before = snapshot(target)
        let refused = kbkAtDesk(["--db", target, "--lang", "en", "import", "skpd", file])
        #expect(refused.status == 65)
        let problems = refused.stderr.split(whereSeparator: \.isNewline).map(String.init)
        #expect(
            problems == [
                "\(file):2: column successor_routes: successor_routes 'bidang:Perindustrian' is not valid; "
                    + "expected category:CODE=UNIT or section:NAME=UNIT",
                "\(file):4: column deactivated_on: deactivated_on is empty; give a value",
                "\(file):3: column successor_routes: no category 'tidak-ada'; see 'kbk category list'",
                "\(file):5: column successor_routes: no unit 'NOWHERE'; see 'kbk skpd list --all'",
                "Error: \(file): 4 row(s) refused; nothing was imported",
            ], "\(refused.stderr)")
        #expect(snapshot(target) == before)
        let id = kbkAtDesk(["--db", target, "--lang", "id", "import", "skpd", file])
        #expect(id.stderr.hasPrefix("\(file):2: kolom successor_routes: successor_routes 'bidang:Perindustrian' "))
    }

    /// Units' targets, in the units `skpd target set` takes, set through its store call.
    @Test func targetsTravelAfterTheirUnits() throws {
        for code in ["DINKES", "DPUPR"] {
            run(source, ["skpd", "add", code, "--name", "Dinas \(code)", "--kind", "agency"])
        }
        run(
            source,
            [
                "skpd", "target", "set", "DINKES", "--year", "2026", "--settled", "87.5", "--on-time", "80", "--ikm",
                "82.25", "--source", "=Renstra 2021–2026, IKU 3",
            ])
        run(source, ["skpd", "target", "set", "DPUPR", "--year", "2025", "--ikm", "76"])
        let files = carry(["skpd", "targets"])
        #expect(
            try #require(files["targets"]).split(whereSeparator: \.isNewline).map(String.init) == [
                "skpd,year,settled,on_time,ikm,source", "DPUPR,2025,,,76.00,",
                "DINKES,2026,87.5,80,82.25,\"'=Renstra 2021–2026, IKU 3\"",
            ], "\(files["targets"] ?? "")")
        #expect(lines(target, "targets") == lines(source, "targets"))
        func listed(_ database: String) -> String {
            kbkAtDesk(["--db", database, "skpd", "target", "list", "--format", "json"]).stdout
        }
        #expect(listed(target) == listed(source))
        let trail = kbkAtDesk(["--db", target, "audit", "--format", "csv"]).stdout
        #expect(
            trail.contains(
                "set the targets of DINKES for 2026: settled 87.5 %, on time 80 %, IKM 82.25 (=Renstra 2021–2026, IKU 3)"
            ), "\(trail)")
        let again = kbkAtDesk(["--db", target, "import", "targets", folder.file("targets.csv")])
        #expect(again.stdout == "Imported 0 targets row(s); 2 already present.\n", "\(again.stdout)")
        // A row holds the year's targets whole: set again, an empty figure clears that target.
        let changed = try write("skpd,year,settled,ikm\r\nDINKES,2026,90,82.25\r\n", "changed.csv")
        #expect(kbkAtDesk(["--db", target, "import", "targets", changed]).status == 0)
        #expect(lines(target, "targets").last == "DINKES,2026,90,,82.25,")
    }

    @Test func aBadTargetRowWritesNothing() throws {
        run(target, ["skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"])
        run(target, ["skpd", "add", "OLD", "--name", "Dinas Lama", "--kind", "agency"])
        run(target, ["skpd", "deactivate", "OLD", "--on", "2025-06-30"])
        let file = try write(
            "skpd,year,settled,on_time,ikm\r\n"
                + "DINKES,2026,90%,,\r\n"
                + "DINKES,2027,,,20\r\n"
                + "NOWHERE,2026,90,,\r\n"
                + "DINKES,2028,,,\r\n"
                + "OLD,2026,90,,\r\n"
                + "DINKES,2029,95,90,80\r\n", "targets.csv")
        let before = snapshot(target)
        let refused = kbkAtDesk(["--db", target, "--lang", "en", "import", "targets", file])
        #expect(refused.status == 65)
        let problems = refused.stderr.split(whereSeparator: \.isNewline).map(String.init)
        #expect(problems.count == 6, "\(refused.stderr)")
        for (line, start) in [
            (2, "column settled: settled '90%' is not valid"), (3, "column ikm: ikm '20' is not valid"),
            (4, "column skpd: no unit 'NOWHERE'"), (5, "column settled: settled, on_time or ikm is empty"),
            (6, "column year: "),
        ] {
            #expect(problems.contains { $0.hasPrefix("\(file):\(line): \(start)") }, "\(line): \(problems)")
        }
        #expect(snapshot(target) == before)
    }

    /// An action's links to IKM survey elements name each survey by its unit, period and service,
    /// as the `ikm` kind is imported; `ikm` comes before `improvements`.
    @Test func surveyLinksTravelWithTheirActions() throws {
        let averages = ["--averages", "3.2,3.1,2.9,3.8,3.3,3.4,3.5,3.0,3.1", "--respondents", "400"]
        run(source, ["skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"])
        run(source, ["ikm", "add", "--skpd", "DINKES", "--period", "2026-S1"] + averages)
        // The same unit and period, of one service: told apart by the service.
        run(source, ["ikm", "add", "--skpd", "DINKES", "--period", "2026-S1", "--service", "-Rawat jalan"] + averages)
        run(source, ["group", "add", "--skpd", "DINKES", "--name", "KBK Sehat Bersama"])
        run(source, ["improvement", "add", "--group", "1", "--title", "Antrean daring"])
        run(source, ["improvement", "link", "1", "--survey", "1", "--element", "U3", "--element", "U8"])
        run(source, ["improvement", "link", "1", "--survey", "2", "--element", "U1"])
        let files = carry(["skpd", "groups", "ikm", "improvements"])
        let rows = try #require(files["improvements"]).split(whereSeparator: \.isNewline).map(String.init)
        #expect(rows.first?.hasSuffix(",complaint,sop,survey_skpd,survey_period,survey_service,element") == true)
        #expect(
            Array(rows.dropFirst(2)) == [
                "1,link,,2026-11-18,,,,,,,,,DINKES,2026-S1,,U3", "1,link,,2026-11-18,,,,,,,,,DINKES,2026-S1,,U8",
                "1,link,,2026-11-18,,,,,,,,,DINKES,2026-S1,'-Rawat jalan,U1",
            ], "\(rows)")
        #expect(lines(target, "improvements") == lines(source, "improvements"))
        func elements(_ database: String) throws -> [[String]] {
            let shown = kbkAtDesk(["--db", database, "improvement", "show", "1", "--format", "json"]).stdout
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
            return try #require(object["survey_elements"] as? [[String: Any]]).map { link in
                ["survey_id", "element", "linked_on"].map { "\(link[$0] ?? "")" }
            }
        }
        #expect(try elements(target) == (try elements(source)))
        #expect(try elements(target).count == 3)
        let trail = kbkAtDesk(["--db", target, "audit", "--format", "csv"]).stdout
        #expect(trail.contains("improvement 1 addresses U8 of IKM survey 1 of DINKES (2026-S1)"), "\(trail)")
        let again = kbkAtDesk(["--db", target, "import", "improvements", folder.file("improvements.csv")])
        #expect(again.stdout == "Imported 0 improvements row(s); 4 already present.\n", "\(again.stdout)")
    }

    @Test func aLinkToASurveyThatIsNotThereWritesNothing() throws {
        let averages = ["--averages", "3,3,3,3,3,3,3,3,3", "--respondents", "100"]
        run(target, ["skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"])
        run(target, ["ikm", "add", "--skpd", "DINKES", "--period", "2026-S1"] + averages)
        // Two surveys of the unit under one label and no service: a link cannot tell which.
        run(target, ["ikm", "add", "--skpd", "DINKES", "--period", "2025"] + averages)
        run(target, ["ikm", "add", "--skpd", "DINKES", "--period", "2025"] + averages)
        run(target, ["group", "add", "--skpd", "DINKES", "--name", "KBK Sehat Bersama"])
        let header = "id,entry,group,date,title,survey_skpd,survey_period,survey_service,element\r\n"
        let file = try write(
            header
                + "7,open,1,2026-11-18,Antrean daring,,,,\r\n"
                + "7,link,,2026-11-18,,DINKES,2026-S2,,U3\r\n"
                + "7,link,,2026-11-18,,DINKES,2026-S1,Rawat jalan,U3\r\n"
                + "7,link,,2026-11-18,,DINKES,2026-S1,,U10\r\n"
                + "7,link,,2026-11-18,,DINKES,2025,,U1\r\n"
                + "7,link,,2026-11-18,,,,,\r\n"
                + "7,link,,2026-11-18,,DINKES,2026-S1,,U2\r\n", "improvements.csv")
        let before = snapshot(target)
        let refused = kbkAtDesk(["--db", target, "--lang", "en", "import", "improvements", file])
        #expect(refused.status == 65)
        let problems = refused.stderr.split(whereSeparator: \.isNewline).map(String.init)
        #expect(
            Array(problems.prefix(5)) == [
                "\(file):3: column survey_period: no IKM survey 'DINKES 2026-S2'; see 'kbk ikm list'",
                "\(file):4: column survey_period: no IKM survey 'DINKES 2026-S1 (Rawat jalan)'; see 'kbk ikm list'",
                "\(file):5: column element: element 'U10' is not valid; expected an element U1 to U9",
                "\(file):6: column survey_period: survey_period '2025' fits 2 IKM surveys of that unit and service, "
                    + "which the file cannot tell apart; leave the row out and link the right one with "
                    + "'kbk improvement link ID --survey ID'",
                "\(file):7: column complaint: complaint, sop or survey_skpd is empty; give a value",
            ], "\(refused.stderr)")
        #expect(problems.count == 6)
        #expect(snapshot(target) == before)
        let id = kbkAtDesk(["--db", target, "--lang", "id", "import", "improvements", file])
        #expect(
            id.stderr.hasPrefix("\(file):3: kolom survey_period: survei IKM 'DINKES 2026-S2' tidak ada"), "\(id.stderr)"
        )
    }
}
