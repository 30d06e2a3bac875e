import Foundation
import KBKTestSupport
import Testing

/// The report command on the hand-built quarter (see ReportFixture and ReportFigureTests).
@Suite struct ReportCommandTests {
    let environment = ["KBK_NOW": "2026-04-01T12:00:00+07:00"]

    func run(_ fixture: ReportFixture, _ arguments: [String]) -> CLIResult {
        kbkAtDesk(["--db", fixture.path, "report", "--period", "2026-Q1"] + arguments, environment: environment)
    }

    @Test func tableInEnglishAndIndonesian() throws {
        let fixture = try ReportFixture()
        let english = run(fixture, [])
        #expect(english.status == 0)
        #expect(
            english.stdout.hasPrefix(
                "Complaint and work-culture report Quarter 1 of 2026 (1 January 2026 to 31 March 2026)\n"))
        // 23 of 26 valid complaints followed up = 88.46 %.
        #expect(english.stdout.contains("88.5 %"))
        #expect(english.stdout.contains("Overdue complaints on 31 March 2026"))
        let indonesian = kbkAtDesk(
            ["--db", fixture.path, "--lang", "id", "report", "--period", "2026-Q1", "--section", "summary"],
            environment: environment)
        #expect(indonesian.stdout.contains("Ringkasan"))
        #expect(indonesian.stdout.contains("88,5 %"))
        #expect(!indonesian.stdout.contains("Unit kerja"))
        // Rejected-only or empty groups show a dash, never a crash or 0 %.
        let empty = kbkAtDesk(
            ["--db", fixture.path, "report", "--period", "2025-Q1", "--section", "summary"], environment: environment)
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("—"))
        #expect(!empty.stdout.contains("0.0 %"))
    }

    @Test func markdownHasATitleAndPipeTables() throws {
        let result = run(try ReportFixture(), ["--format", "markdown"])
        #expect(result.stdout.hasPrefix("# Complaint and work-culture report Quarter 1 of 2026"))
        #expect(result.stdout.contains("\n## Summary\n\n| Received | Valid |"))
        #expect(result.stdout.contains("| ---: |"))
    }

    /// Long form: one table of five columns, a line per figure, that a spreadsheet reads in one go.
    @Test func csvIsOneTidyTable() throws {
        let result = run(try ReportFixture(), ["--format", "csv"])
        let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "section,row,key,measure,value")
        let sections = Set([
            "summary", "units", "categories", "channels", "trend", "backlog", "culture", "sops", "improvements", "ikm",
            "forwarded", "officers", "escalations", "late_entries", "maladministration", "audit_trail", "topics",
            "places",
        ])
        var figures: [String: String] = [:]
        for line in lines.dropFirst() {
            // No field of the fixture holds a comma or a quote, so a plain split reads it.
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.count == 5, "\(line)")
            #expect(sections.contains(fields[0]), "\(line)")
            #expect(Int(fields[1]) != nil, "\(line)")
            figures[fields[0] + "/" + fields[1] + "/" + fields[2] + "/" + fields[3]] = fields[4]
        }
        #expect(figures["summary/1//received"] == "28" && figures["summary/1//valid"] == "26")
        #expect(figures["summary/1//followed_up"] == "23")
        #expect(figures["summary/1//follow_up_rate"].flatMap(Double.init) == 23.0 / 26)
        #expect(figures["summary/1//average_rating"] == "3.7")
        #expect(figures["units/1/DINA/rank"] == "1" && figures["units/1/DINA/ranked_among"] == "agencies")
        #expect(figures["units/4/KECC/rank"] == "1" && figures["units/4/KECC/ranked_among"] == "districts")
        #expect(figures.keys.contains { $0.hasPrefix("trend/1/2026-01/") })
        #expect(figures["audit_trail/1//entries"].flatMap(Int.init) != nil)
        #expect(
            figures["late_entries/1/DINA/events"] == "1" && figures["late_entries/1/DINA/longest_working_days"] == "3")
        // No prose where a value is missing: the people's "before the hand-over" is empty here.
        #expect(figures["late_entries/3//name"] == "")
    }

    /// JSON and CSV are written from one model of the sections: every record of every JSON array
    /// holds the values of its CSV lines, and the CSV has no line that JSON lacks.
    @Test func jsonAndCSVCarryTheSameFigures() throws {
        let fixture = try ReportFixture()
        let csv = run(fixture, ["--format", "csv"]).stdout.split(whereSeparator: \.isNewline).dropFirst()
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run(fixture, ["--format", "json"]).stdout.utf8))
                as? [String: Any])
        func plain(_ value: Any) -> String {
            switch value {
            case is NSNull: ""
            case let number as NSNumber: number.stringValue
            default: "\(value)"
            }
        }
        var compared = 0
        for line in csv {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let records = object[fields[0]] as? [[String: Any]], let row = Int(fields[1]),
                row <= records.count, let value = records[row - 1][fields[3]]
            else { continue }
            let expected = fields[4]
            if expected == "true" || expected == "false" {
                #expect((value as? Bool).map { $0 ? "true" : "false" } == expected, "\(line)")
            } else if let number = Double(expected), let json = Double(plain(value)) {
                #expect(number == json, "\(line)")
            } else {
                #expect(plain(value) == expected, "\(line)")
            }
            compared += 1
        }
        #expect(compared > 300)
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let fixture = try ReportFixture()
        let result = run(fixture, ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "period", "generated_at", "skpd", "scope", "min_cases", "rank_by", "ikm_weighting", "target_year",
                "summary",
                "units",
                "categories", "topics", "places",
                "channels",
                "forwarded", "officers", "escalations", "late_entries", "maladministration",
                "trend", "backlog", "culture", "sops", "improvements", "ikm", "ikm_kabupaten", "audit_trail",
            ])
        #expect(object["ikm_kabupaten"] is NSNull)
        let figureKeys: Set<String> = [
            "received", "rejected", "forwarded", "valid", "followed_up", "follow_up_rate", "followed_up_on_time",
            "on_time_follow_up_rate", "settled", "settlement_rate", "settled_on_time", "on_time_settlement_rate",
            "closed_without_settlement",
            "median_days_to_response", "p90_days_to_response", "median_days_to_settlement",
            "p90_days_to_settlement", "reopened", "extended", "average_rating",
        ]
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(Set(summary.keys) == figureKeys)
        #expect(summary["valid"] as? Int == 26)
        #expect(summary["median_days_to_settlement"] as? Double == 4)
        let units = try #require(object["units"] as? [[String: Any]])
        // In the order people read them: the agencies' ranking with the complaints not handed over, then
        // the kecamatan and kelurahan.
        #expect(units.map { $0["skpd"] as? String } == ["DINA", "DINB", nil, "KECC", "KELD"])
        #expect(units.map { $0["ranked_among"] as? String } == ["agencies", "agencies", nil, "districts", "districts"])
        #expect(units[1]["rank"] is NSNull)
        #expect(object["rank_by"] as? String == "follow-up")
        #expect(units[4]["follow_up_rate"] as? Double == 0)
        let backlog = try #require(object["backlog"] as? [String: Any])
        #expect(backlog["by_age"] as? [String: Int] == ["0-5": 1, "6-14": 1, "15-60": 4, "over-60": 0])
        let overdue = try #require(backlog["overdue"] as? [[String: Any]])
        #expect(overdue.map { $0["working_days_overdue"] as? Int } == [22, 15, 10, 1])
        #expect(
            Set(overdue[0].keys) == ["ticket", "skpd", "category", "status", "deadline", "due", "working_days_overdue"])
        let period = try #require(object["period"] as? [String: String])
        #expect(period == ["label": "2026-Q1", "from": "2026-01-01", "to": "2026-03-31", "time_zone": "+07:00"])
        let empty = kbkAtDesk(
            ["--db", fixture.path, "report", "--period", "2025-11", "--format", "json", "--section", "summary"],
            environment: environment)
        let emptySummary = try #require(
            (try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [String: Any])?["summary"]
                as? [String: Any])
        #expect(emptySummary["follow_up_rate"] is NSNull)
        #expect(emptySummary["received"] as? Int == 0)
    }

    @Test func htmlIsOneWellFormedSelfContainedPage() throws {
        let fixture = try ReportFixture()
        let path = fixture.folder.file("laporan.html")
        let result = kbkAtDesk(
            [
                "--db", fixture.path, "--lang", "id", "report", "--period", "2026-Q1", "--format", "html", "--output",
                path,
            ],
            environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "\(path) ditulis.\n")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(try unclosedTags(html).isEmpty)
        // The summary's rates, one chart per ranking (the agencies, the kecamatan and kelurahan), the monthly trend.
        #expect(html.components(separatedBy: "<svg").count - 1 == 4)
        #expect(html.contains("Kecamatan dan kelurahan, diperingkat menurut tindak lanjut"))
        #expect(html.contains("@page{size:A4"))
        #expect(html.contains("<h2>Dasar hukum</h2>\n<ol class=\"basis\"><li>Undang-Undang Nomor 25 Tahun 2009"))
        for outside in ["<script", "src=", "href=", "url(", "@import"] {
            #expect(!html.contains(outside), "\(outside)")
        }
        let trendOnly = kbkAtDesk(
            ["--db", fixture.path, "report", "--period", "2026-Q1", "--format", "html", "--section", "trend"],
            environment: environment)
        #expect(trendOnly.stdout.components(separatedBy: "<svg").count - 1 == 1)
    }

    @Test func htmlIsAnOfficesDocumentWithLetterheadAndSignature() throws {
        let fixture = try ReportFixture()
        let settings: [(String, String)] = [
            ("org.name", "Pemerintah Kabupaten <Purbalingga>"), ("org.unit", "Sekretariat Daerah"),
            ("org.address", "Jl. Alun-alun Utara No. 1"), ("report.place", "Purbalingga"),
            ("report.signer.position", "Asisten Administrasi Umum"), ("report.signer.name", "Drs. Ahmad Setiawan"),
            ("report.signer.nip", "19700101 199503 1 002"),
        ]
        for (key, value) in settings {
            let result = kbk(["--db", fixture.path, "config", "set", key, value])
            #expect(result.status == 0, "\(key): \(result.stderr)")
        }
        let html = kbkAtDesk(
            ["--db", fixture.path, "--lang", "id", "report", "--period", "2026-Q1", "--format", "html"],
            environment: environment
        ).stdout
        #expect(
            html.contains(
                "<header class=\"kop\"><div class=\"org\">Pemerintah Kabupaten &lt;Purbalingga&gt;</div>"
                    + "<div class=\"unit\">Sekretariat Daerah</div><div class=\"address\">Jl. Alun-alun Utara No. 1</div>"
                    + "</header>"))
        #expect(html.contains("<h1 class=\"title\">Laporan pengaduan dan budaya kerja</h1>"))
        #expect(html.contains("<p class=\"subtitle\">Triwulan I 2026 (1 Januari 2026 s.d. 31 Maret 2026)</p>"))
        #expect(html.contains("<tr><td>Nomor</td><td>:</td><td>……………………</td></tr>"))
        #expect(html.contains("Dibuat 1 April 2026 pukul 12.00 WIB."))
        #expect(
            html.contains(
                "<div class=\"signature\"><div>Purbalingga, 1 April 2026</div><div>Mengetahui,</div>"
                    + "<div>Asisten Administrasi Umum</div><div class=\"space\"></div>"
                    + "<div class=\"name\">Drs. Ahmad Setiawan</div><div>NIP. 19700101 199503 1 002</div></div>"))
        // The appendix of definitions follows the signers.
        let signed = try #require(html.range(of: "Mengetahui,"))
        let appendix = try #require(html.range(of: "Lampiran: definisi dan cara penghitungan"))
        #expect(signed.upperBound < appendix.lowerBound)
        #expect(html.contains("@bottom-right{content:\"Halaman \" counter(page) \" dari \" counter(pages)"))
        #expect(html.contains("thead{display:table-header-group}"))
        #expect(!html.contains("docs/REPORTS.md"))
        #expect(
            html.contains(
                "Peraturan Menteri PAN-RB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat"))
        let english = kbkAtDesk(
            ["--db", fixture.path, "--lang", "en", "report", "--period", "2026-Q1", "--format", "html"],
            environment: environment
        ).stdout
        #expect(english.contains("<div>Purbalingga, 1 April 2026</div><div>Acknowledged,</div>"))
        #expect(english.contains("Made on 1 April 2026 at 12:00 WIB."))
        // Without the settings, neither block is printed.
        let plain = try ReportFixture()
        let bare = kbkAtDesk(
            ["--db", plain.path, "report", "--period", "2026-Q1", "--format", "html"], environment: environment
        ).stdout
        #expect(!bare.contains("class=\"kop\"") && !bare.contains("class=\"signature\""))
        // A bad NIP for the signer is refused.
        let bad = kbk(["--db", fixture.path, "--lang", "en", "config", "set", "report.signer.nip", "1970"])
        #expect(bad.status == 65)
    }

    /// `kbk config set org.logo FILE` keeps the emblem in the database as a data URI; the report
    /// embeds it in the letterhead, so a saved or printed copy needs no other file.
    @Test func theLetterheadCarriesTheEmblemFromItsFile() throws {
        let fixture = try ReportFixture()
        let folder = TemporaryFolder()
        // A real 1×1 PNG.
        let png: [UInt8] = [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
            0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00,
            0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF,
            0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
        ]
        let logo = folder.file("lambang.png")
        try Data(png).write(to: URL(fileURLWithPath: logo))
        #expect(png == TestImages.onePixelPNG)
        // One near the limit fits too: its data URI is far longer than any other setting.
        let printSized = folder.file("lambang-besar.png")
        let large = TestImages.png(commentBytes: 70 * 1024)
        try Data(large).write(to: URL(fileURLWithPath: printSized))
        let wide = kbk(["--db", fixture.path, "config", "set", "org.logo", printSized])
        #expect(wide.status == 0, "\(wide.stderr)")
        let set = kbk(["--db", fixture.path, "--lang", "en", "config", "set", "org.logo", logo])
        #expect(set.status == 0 && set.stdout == "Set org.logo to image/png, \(png.count) bytes.\n", "\(set.stderr)")
        #expect(
            kbk(["--db", fixture.path, "config", "list", "--format", "csv"]).stdout.contains(
                "org.logo,\"image/png, \(png.count) bytes\""))
        #expect(
            kbk(["--db", fixture.path, "audit", "--limit", "1", "--format", "csv"]).stdout.contains(
                "set org.logo from image/png, \(large.count) bytes to image/png, \(png.count) bytes"))
        let html = kbkAtDesk(
            ["--db", fixture.path, "report", "--period", "2026-Q1", "--format", "html"], environment: environment
        ).stdout
        #expect(
            html.contains(
                "<header class=\"kop\"><img class=\"logo\" src=\"data:image/png;base64,"
                    + Data(png).base64EncodedString() + "\" alt=\"\"></header>"))
        // Not an image, or too large: refused, nothing changed.
        let text = folder.file("lambang.txt")
        try "bukan gambar".write(toFile: text, atomically: true, encoding: .utf8)
        let tooLarge = folder.file("besar.png")
        try Data(TestImages.png(commentBytes: 72 * 1024)).write(to: URL(fileURLWithPath: tooLarge))
        let before = snapshot(fixture.path)
        let refused = kbk(["--db", fixture.path, "--lang", "en", "config", "set", "org.logo", text])
        #expect(refused.status == 65)
        #expect(
            refused.stderr.hasPrefix(
                "Error: org.logo: \(text) is not a PNG, JPEG or safe SVG (its first bytes are none of these)"),
            "\(refused.stderr)")
        #expect(kbk(["--db", fixture.path, "config", "set", "org.logo", tooLarge]).status == 65)
        #expect(kbk(["--db", fixture.path, "config", "set", "org.logo", folder.file("none.png")]).status == 66)
        #expect(snapshot(fixture.path) == before)
        // Empty takes it away.
        #expect(kbk(["--db", fixture.path, "config", "set", "org.logo", ""]).status == 0)
        let bare = kbkAtDesk(
            ["--db", fixture.path, "report", "--period", "2026-Q1", "--format", "html"], environment: environment
        ).stdout
        #expect(!bare.contains("class=\"kop\""))
    }

    /// Narrowed to a unit, a report gives the unit's government-wide rank ("3 of 4"), not first of one.
    @Test func aUnitsReportGivesItsRankAmongAllUnits() throws {
        let fixture = try ReportFixture()
        func units(_ arguments: [String]) throws -> [[String: Any]] {
            let result = run(fixture, ["--section", "units", "--format", "json"] + arguments)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return try #require(object["units"] as? [[String: Any]])
        }
        let whole = try units([])
        let ranked = whole.filter { $0["rank"] is Int }
        #expect(ranked.count >= 2)
        // Each unit keeps the rank of its own table (agencies, or kecamatan and kelurahan).
        func rankedAlike(_ unit: [String: Any]) -> Int {
            ranked.filter { $0["ranked_among"] as? String == unit["ranked_among"] as? String }.count
        }
        for unit in ranked {
            let code = try #require(unit["skpd"] as? String)
            let narrowed = try units(["--skpd", code])
            let same = try #require(narrowed.first { $0["skpd"] as? String == code })
            #expect(same["rank"] as? Int == unit["rank"] as? Int, "\(code)")
            #expect(same["ranked_units"] as? Int == rankedAlike(unit), "\(code)")
        }
        let lastUnit = try #require(ranked.last)
        let last = try #require(lastUnit["skpd"] as? String)
        let count = rankedAlike(lastUnit)
        let table = run(fixture, ["--section", "units", "--skpd", last])
        #expect(table.stdout.contains("\(lastUnit["rank"] as? Int ?? 0) of \(count)  \(last)"), "\(table.stdout)")
        #expect(table.stdout.contains("Kecamatan and kelurahan, ranked by follow-up rate"), "\(table.stdout)")
        #expect(!table.stdout.contains("No entries"), "\(table.stdout)")
        // A chart of one unit compares nothing; KECC with its kelurahan gets one.
        let html = run(fixture, ["--section", "units", "--skpd", "DINA", "--format", "html"])
        #expect(!html.stdout.contains("<svg"))
        let district = run(fixture, ["--section", "units", "--skpd", "KECC", "--format", "html"])
        #expect(district.stdout.components(separatedBy: "<svg").count - 1 == 1)
    }

    /// Complaints counted by the kept topic list, each topic with its LAPOR! category, the most
    /// frequent first and the unclassified last; a confidential complaint counts under its topic
    /// (a code names no one), and a topic corrected later counts where it is now.
    @Test func topicsCountComplaintsByTheKeptList() throws {
        let folder = TemporaryFolder()
        let path = folder.file("k.sqlite")
        #expect(kbkAtDesk(["--db", path, "init"]).status == 0)
        #expect(
            kbkAtDesk(["--db", path, "skpd", "add", "DPUPR", "--name", "Dinas PUPR", "--kind", "agency"]).status == 0)
        func log(_ topic: String?, confidential: Bool = false) {
            let result = kbkAtDesk(
                [
                    "--db", path, "complaint", "new", "--subject", "Aduan", "--description", "Mohon ditindaklanjuti",
                    "--channel", "whatsapp", "--received", "2026-11-02 09:00", "--skpd", "DPUPR",
                ] + (topic.map { ["--topic", $0] } ?? []) + (confidential ? ["--confidential"] : []))
            #expect(result.status == 0, "\(result.stderr)")
        }
        for _ in 0..<3 { log("jalan-jembatan") }
        log("jalan-jembatan", confidential: true)
        for _ in 0..<2 { log("penerangan-jalan") }
        log(nil)
        // The sixth complaint was a street light, then found to be a road: it counts as a road.
        #expect(
            kbkAtDesk([
                "--db", path, "complaint", "edit", "ADU-2026-00006", "--topic", "jalan-jembatan", "--reason",
                "Salah pilah",
            ]).status == 0)
        #expect(
            kbkAtDesk(["--db", path, "complaint", "resolve", "ADU-2026-00001", "--message", "Sudah ditambal"]).status
                == 0
        )
        let json = kbkAtDesk(["--db", path, "report", "--period", "2026-11", "--section", "topics", "--format", "json"])
        let topics = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["topics"]
                as? [[String: Any]], "\(json.stderr)")
        #expect(topics.map { $0["topic"] as? String } == ["jalan-jembatan", "penerangan-jalan", nil])
        #expect(topics.map { $0["received"] as? Int } == [5, 1, 1])
        #expect(topics.map { $0["settled"] as? Int } == [1, 0, 0])
        #expect(topics[0]["lapor_category"] as? String == "Infrastruktur")
        #expect(topics[0]["name"] as? String == "Jalan dan jembatan")
        #expect(topics[0]["name_en"] as? String == "Roads and bridges")
        #expect(topics[0]["share"] as? Double == 5.0 / 7)
        #expect(topics[2]["lapor_category"] is NSNull)
        let table = kbkAtDesk([
            "--db", path, "--lang", "id", "report", "--period", "2026-11", "--section", "topics",
        ]).stdout
        #expect(table.contains("Jalan dan jembatan") && table.contains("(belum bertopik)"), "\(table)")
        let english = kbkAtDesk(["--db", path, "report", "--period", "2026-11", "--section", "topics"]).stdout
        #expect(english.contains("Roads and bridges") && english.contains("(not classified)"), "\(english)")
        // The list shows how many complaints each topic holds; a topic out of use is refused for new ones.
        let list = kbkAtDesk(["--db", path, "topic", "list", "--format", "csv"]).stdout
        #expect(list.contains("jalan-jembatan,Jalan dan jembatan,Roads and bridges,Infrastruktur,1,5"), "\(list)")
        #expect(kbkAtDesk(["--db", path, "topic", "edit", "penerangan-jalan", "--retire"]).status == 0)
        let refused = kbkAtDesk([
            "--db", path, "complaint", "new", "--subject", "PJU", "--description", "Mati", "--channel", "sms",
            "--topic", "penerangan-jalan",
        ])
        #expect(refused.status == 65 && refused.stderr.contains("penerangan-jalan"), "\(refused.stderr)")
        let listed = kbkAtDesk(["--db", path, "complaint", "list", "--topic", "penerangan-jalan", "--format", "csv"])
        #expect(listed.stdout.split(whereSeparator: \.isNewline).count == 2, "\(listed.stdout)")
    }

    /// Ranked by the share resolved, as the Bupati reads it; a measure kbk does not know is refused.
    @Test func unitsRankByResolved() throws {
        let fixture = try ReportFixture()
        let table = kbkAtDesk(
            [
                "--db", fixture.path, "--lang", "id", "report", "--period", "2026-Q1", "--section", "units",
                "--rank-by",
                "resolved",
            ], environment: environment)
        #expect(
            table.stdout.contains("Unit kerja, diperingkat menurut persentase pengaduan yang diselesaikan"),
            "\(table.stdout)")
        #expect(
            table.stdout.contains("Kecamatan dan kelurahan, diperingkat menurut persentase pengaduan yang diselesaikan")
        )
        let count = run(fixture, ["--section", "units", "--rank-by", "resolved-count"])
        #expect(count.stdout.contains("Units, ranked by the number of complaints resolved"), "\(count.stdout)")
        let json = run(fixture, ["--section", "units", "--rank-by", "resolved", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["rank_by"] as? String == "resolved")
        let bad = kbkAtDesk(["--db", fixture.path, "report", "--rank-by", "jumlah"], environment: environment)
        #expect(bad.status == 64)
        #expect(
            bad.stderr.hasPrefix(
                "Error: rank-by 'jumlah' is not allowed; use one of: follow-up, resolved, resolved-count"),
            "\(bad.stderr)")
    }

    @Test func badReportOptions() throws {
        let fixture = try ReportFixture()
        #expect(
            kbkAtDesk(["--db", fixture.path, "report", "--period", "2026-Q5"], environment: environment).status == 64)
        #expect(
            kbkAtDesk(
                ["--db", fixture.path, "report", "--period", "2026", "--from", "2026-01-01"], environment: environment
            )
            .status == 64)
        #expect(
            kbkAtDesk(["--db", fixture.path, "report", "--section", "everything"], environment: environment).status
                == 64)
        let backwards = kbkAtDesk(
            ["--db", fixture.path, "report", "--from", "2026-03-01", "--to", "2026-01-01"], environment: environment)
        #expect(backwards.status == 65)
        #expect(backwards.stderr.contains("--to 2026-01-01 is before --from 2026-03-01"))
        #expect(kbkAtDesk(["--db", fixture.path, "report", "--skpd", "NOPE"], environment: environment).status == 65)
        #expect(kbkAtDesk(["report", "--help"]).stdout.contains("docs/REPORTS.md"))
    }
}

/// Tags opened and never closed (or closed out of order), ignoring void elements and self-closed tags.
func unclosedTags(_ html: String) throws -> [String] {
    let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "!doctype"]
    var stack: [String] = []
    var problems: [String] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
        guard let close = rest[open...].firstIndex(of: ">") else {
            problems.append("unterminated tag")
            break
        }
        let tag = rest[rest.index(after: open)..<close]
        rest = rest[rest.index(after: close)...]
        if tag.hasSuffix("/") { continue }
        let name = tag.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map { String($0).lowercased() } ?? ""
        if name.hasPrefix("/") {
            let closing = String(name.dropFirst())
            if stack.last == closing {
                stack.removeLast()
            } else {
                problems.append("</\(closing)> closes <\(stack.last ?? "nothing")>")
            }
        } else if !void.contains(name) {
            stack.append(name)
        }
    }
    return problems + stack
}
