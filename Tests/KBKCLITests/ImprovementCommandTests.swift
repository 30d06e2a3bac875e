import Foundation
import KBKTestSupport
import Testing

@Suite struct IKMCommandTests {
    /// 100 questionnaires with answers that follow a fixed pattern; the expected score comes from
    /// the answer sums by integer arithmetic: converted hundredths = round-half-up(2500 × Σ / (9 × 100)).
    @Test func aSurveyOfOneHundredQuestionnaires() throws {
        let (folder, path) = try complaintFixture()
        var csv = "responden,u1,u2,u3,u4,u5,u6,u7,u8,u9\r\n"
        var total = 0
        var sums = Array(repeating: 0, count: 9)
        for row in 0..<100 {
            let answers = (0..<9).map { element in 1 + (row * 7 + element * 3 + row / 10) % 4 }
            for (index, answer) in answers.enumerated() { sums[index] += answer }
            total += answers.reduce(0, +)
            csv += "R\(row)," + answers.map(String.init).joined(separator: ",") + "\r\n"
        }
        let file = folder.file("kuesioner.csv")
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        let result = kbkAtDesk([
            "--db", path, "ikm", "add", "--skpd", "DPUPR", "--period", "2026-S1", "--responses", file, "--format",
            "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let hundredths = (2 * 2_500 * total + 900) / (2 * 900)
        #expect(object["converted"] as? Double == Double(hundredths) / 100)
        #expect(object["respondents"] as? Int == 100)
        #expect((object["element_averages"] as? [Double]) == sums.map { Double($0) / 100 })
        let weakest = sums.firstIndex(of: sums.min()!)!
        #expect((object["weakest_element"] as? String)?.hasPrefix("U\(weakest + 1) ") == true)
        let shown = kbkAtDesk(["--db", path, "--lang", "id", "ikm", "show", "1"]).stdout
        #expect(shown.contains("IKM konversi"))
        let report = kbkAtDesk(["--db", path, "report", "--period", "2026", "--section", "ikm", "--format", "json"])
            .stdout
        #expect(report.contains("\"survey_period\": \"2026-S1\""))
        let html = kbkAtDesk(["--db", path, "report", "--period", "2026", "--section", "ikm", "--format", "html"])
            .stdout
        #expect(html.components(separatedBy: "<svg").count - 1 == 1)
    }

    /// Two services of one unit: a row for the unit, pooled by respondents, and one per service;
    /// a survey short of its Krejcie–Morgan sample is warned of and noted; a unit without a survey
    /// in the year is flagged; the published 0.111 weighting is offered and named.
    @Test func servicesSamplesAndWeighting() throws {
        let (folder, path) = try complaintFixture()
        defer { withExtendedLifetime(folder) {} }
        func add(_ service: String, _ average: String, respondents: Int, population: Int) -> CLIResult {
            kbkAtDesk([
                "--db", path, "ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--service", service,
                "--averages", Array(repeating: average, count: 9).joined(separator: ","), "--respondents",
                String(respondents), "--population", String(population),
            ])
        }
        let enough = add("Izin galian", "3.5", respondents: 300, population: 1_000)
        #expect(enough.status == 0 && enough.stderr.isEmpty, "\(enough.stderr)")
        let short = add("Perbaikan jalan", "3.0", respondents: 100, population: 1_000)
        #expect(short.status == 0)
        #expect(
            short.stderr
                == "Warning: 100 respondent(s) are fewer than the Krejcie–Morgan sample of 278 for a population "
                + "of 1000; the IKM may not represent the service's users\n"
        )
        let list = kbkAtDesk(["--db", path, "ikm", "list", "--format", "csv"]).stdout
        #expect(list.contains(",Perbaikan jalan,2026,100,278,"), "\(list)")
        func ikm(_ extra: [String]) throws -> (JSON: [String: Any], rows: [[String: Any]]) {
            let result = kbkAtDesk(
                ["--db", path, "report", "--period", "2026", "--section", "ikm", "--format", "json"] + extra)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return (object, try #require(object["ikm"] as? [[String: Any]]))
        }
        let (exact, rows) = try ikm([])
        #expect(exact["ikm_weighting"] as? String == "exact")
        let dpupr = rows.filter { $0["skpd"] as? String == "DPUPR" }
        #expect(dpupr.map { $0["service"] as? String } == [nil, "Izin galian", "Perbaikan jalan"])
        // (300 × 3.5 + 100 × 3.0) / 400 = 3.375 → 84.38.
        #expect(dpupr.map { $0["converted"] as? Double } == [84.38, 87.5, 75])
        #expect(dpupr.map { $0["sample_needed"] as? Int } == [nil, nil, 278])
        #expect(dpupr.allSatisfy { $0["surveyed_in_year"] as? Bool == true })
        let unsurveyed = rows.filter { $0["skpd"] as? String == "DLH" }
        #expect(unsurveyed.count == 1 && unsurveyed[0]["surveyed_in_year"] as? Bool == false)
        let (published, publishedRows) = try ikm(["--ikm-weight", "0.111"])
        #expect(published["ikm_weighting"] as? String == "0.111")
        // 25 × 0.111 × 9 × 3.375 = 84.290625 → 84.29; 3.5 → 87.41; 3.0 → 74.93.
        #expect(
            publishedRows.filter { $0["skpd"] as? String == "DPUPR" }.map { $0["converted"] as? Double } == [
                84.29, 87.41, 74.93,
            ])
        let table = kbkAtDesk([
            "--db", path, "--lang", "id", "report", "--period", "2026", "--section", "ikm", "--ikm-weight", "0.111",
        ]).stdout
        #expect(table.contains("bobot unsur 0,111 seperti dipublikasikan"), "\(table)")
        #expect(table.contains("responden kurang dari sampel Krejcie–Morgan 278"))
        #expect(table.contains("tidak ada survei dalam 12 bulan sampai akhir periode"))
    }

    @Test(arguments: [
        (
            "u1,u2,u3,u4,u5,u6,u7,u8,u9\n4,4,4,4,4,4,4,4,4\n4,4,5,4,4,4,4,4,4\n",
            ":3: column u3: answer '5' is not allowed; answers are 1 to 4"
        ),
        ("u1,u2,u3,u4,u5,u6,u7,u8,u9\n4,4,4,4,4,4,4,4,\n", ":2: column u9: answer '' is not allowed"),
        ("u1,u2,u3,u4,u5,u6,u7,u8\n4,4,4,4,4,4,4,4\n", "missing column(s) u9"),
        ("u1,u2,u3,u4,u5,u6,u7,u8,u9\n", "has no questionnaires"),
    ])
    func badQuestionnairesAreRefusedWithTheLine(_ csv: String, _ message: String) throws {
        let (folder, path) = try complaintFixture()
        let file = folder.file("bad.csv")
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        let before = try rowCounts(path)
        let result = kbkAtDesk(["--db", path, "ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--responses", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(try rowCounts(path) == before)
    }
}

@Suite struct ImprovementCommandTests {
    @Test func anActionMovesStageByStageAndShowsWhereItIsCited() throws {
        let (folder, path) = try complaintFixture()
        #expect(
            kbkAtDesk([
                "--db", path, "group", "add", "--skpd", "DPUPR", "--name", "KBK Jalan", "--formed", "2026-01-05",
            ])
            .status == 0)
        let added = kbkAtDesk([
            "--db", path, "improvement", "add", "--group", "1", "--title", "Tambal cepat", "--complaint",
            "ADU-2026-00002",
            "--sop", "600/1/2026", "--started", "2026-11-17", "--due", "2026-12-31",
        ])
        #expect(added.stdout == "Opened improvement 1 \"Tambal cepat\" (plan).\n")
        let skipped = kbkAtDesk(["--db", path, "improvement", "advance", "1", "--stage", "check"])
        #expect(skipped.status == 65)
        #expect(
            skipped.stderr == "Error: improvement 1 is at stage plan; it can move only to do or dropped, not check\n")
        #expect(
            kbkAtDesk(["--db", path, "improvement", "advance", "1", "--stage", "do", "--note", "uji coba"]).status == 0)
        // a reason is required
        #expect(kbkAtDesk(["--db", path, "improvement", "advance", "1", "--stage", "dropped"]).status == 65)
        // ADU-2026-00001 is not handed to DPUPR: it cannot be cited by a DPUPR group.
        let outside = kbkAtDesk(["--db", path, "improvement", "link", "1", "--complaint", "ADU-2026-00001"])
        #expect(outside.status == 65)
        #expect(outside.stderr.contains("does not belong to DPUPR"))
        #expect(
            kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00002"]).stdout.contains(
                "Improvement actions\n  1  Tambal cepat (do)\n"))
        #expect(kbkAtDesk(["--db", path, "sop", "show", "600/1/2026"]).stdout.contains("  1  Tambal cepat (do)\n"))
        let list = kbkAtDesk(["--db", path, "improvement", "list", "--skpd", "DPUPR", "--format", "csv"]).stdout
        #expect(
            list
                == "id,skpd,group_id,title,stage,due_on,complaints,sops\r\n1,DPUPR,1,Tambal cepat,do,2026-12-31,1,1\r\n"
        )
        _ = folder
    }

    /// Issue 29: an action follows up a survey's weak elements ("tindak lanjut hasil SKM"); the report
    /// says per unit whether its weakest element is addressed, and gives the kabupaten's IKM.
    @Test func anActionAddressesASurveysElementsAndTheReportSaysSo() throws {
        let (folder, path) = try complaintFixture()
        defer { withExtendedLifetime(folder) {} }
        let setup: [[String]] = [
            ["group", "add", "--skpd", "DPUPR", "--name", "KBK Jalan", "--formed", "2026-01-05"],
            ["improvement", "add", "--group", "1", "--title", "Tambal cepat", "--started", "2026-11-17"],
            // Survey 1: DPUPR, 400 respondents, weakest U3 (2.9). Survey 2: DLH, 100 respondents, all 3.0.
            [
                "ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--averages",
                "3.2,3.1,2.9,3.8,3.3,3.4,3.5,3.0,3.1",
                "--respondents", "400",
            ],
            [
                "ikm", "add", "--skpd", "DLH", "--period", "2026", "--averages", "3,3,3,3,3,3,3,3,3", "--respondents",
                "100",
            ],
        ]
        for arguments in setup {
            let result = kbkAtDesk(["--db", path] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        func report(_ extra: [String] = []) throws -> [String: Any] {
            let result = kbkAtDesk(
                ["--db", path, "report", "--period", "2026", "--section", "ikm", "--format", "json"] + extra)
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }
        func dpupr() throws -> [String: Any] {
            let rows = try #require(try report()["ikm"] as? [[String: Any]])
            return try #require(rows.first { $0["skpd"] as? String == "DPUPR" && $0["service"] is NSNull })
        }
        #expect(try dpupr()["weakest_element"] as? String == "U3")
        #expect(try dpupr()["weakest_element_addressed"] as? Bool == false)

        // Bad input: one line naming the value, the database unchanged.
        let before = try rowCounts(path)
        for (arguments, status, message) in [
            (["--survey", "1"], Int32(64), "missing option '--element <U1-U9>'"),
            (["--element", "U3"], 64, "missing option '--survey <id>'"),
            (["--survey", "1", "--element", "U10"], 64, "'U10'"),
            (["--survey", "2", "--element", "U1"], 65, "does not belong to DPUPR"),
            (["--survey", "9", "--element", "U1"], 65, "9"),
        ] {
            let result = kbkAtDesk(["--db", path, "improvement", "link", "1"] + arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            // One line of error (a usage error then shows the command's usage).
            let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("Error: ") && first.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try rowCounts(path) == before)

        let linked = kbkAtDesk([
            "--db", path, "improvement", "link", "1", "--survey", "1", "--element", "u3,U8", "--format", "json",
        ])
        #expect(linked.status == 0, "\(linked.stderr)")
        let action = try #require(
            try JSONSerialization.jsonObject(with: Data(linked.stdout.utf8)) as? [String: Any])
        let elements = try #require(action["survey_elements"] as? [[String: Any]])
        #expect(elements.map { $0["element"] as? String } == ["U3", "U8"])
        #expect(elements.allSatisfy { $0["survey_id"] as? Int == 1 })
        let audit = kbkAtDesk(["--db", path, "audit", "--format", "csv"]).stdout
        #expect(audit.contains("improvement 1 addresses U3 of IKM survey 1 of DPUPR (2026)"), "\(audit)")
        let shown = kbkAtDesk(["--db", path, "--lang", "id", "improvement", "show", "1"]).stdout
        #expect(shown.contains("U3 waktu penyelesaian") && shown.contains("2,90"), "\(shown)")
        let survey = kbkAtDesk(["--db", path, "--lang", "id", "ikm", "show", "1"]).stdout
        #expect(survey.contains("Tambal cepat") && survey.contains("U3, U8"), "\(survey)")
        #expect(try dpupr()["weakest_element_addressed"] as? Bool == true)

        // The kabupaten: 500 respondents; Σ averages 29.3 × 400 + 27 × 100 over 500 = 28.84, × 25 / 9 = 80.11 (B).
        let kabupaten = try #require(try report()["ikm_kabupaten"] as? [String: Any])
        #expect(kabupaten["converted"] as? Double == 80.11)
        #expect(kabupaten["grade"] as? String == "B")
        #expect(kabupaten["respondents"] as? Int == 500)
        #expect(kabupaten["units_surveyed"] as? Int == 2)
        // (81.39 + 75.00) / 2 = 78.195 → 78.2.
        #expect(kabupaten["mean_of_units"] as? Double == 78.2)
        #expect(kabupaten["previous"] is NSNull && kabupaten["previous_period"] as? String == "2025")
        // A unit's report shows its units only.
        #expect(try report(["--skpd", "DPUPR"])["ikm_kabupaten"] == nil)
        let table = kbkAtDesk(["--db", path, "report", "--period", "2026", "--section", "ikm", "--format", "csv"])
        #expect(table.stdout.contains("ikm,"), "\(table.stdout)")
    }
}
