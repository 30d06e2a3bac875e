import Foundation
import KBKDomain
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

/// Work culture as practised: a group of a section, its RBK, the coordination meetings and their
/// action items, the yearly self-assessment; each through the commands and into the report.
@Suite struct CultureCommandTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        (folder, path) = try organisationFixture()
    }

    func at(_ unit: String, _ arguments: [String]) -> CLIResult {
        kbk(["--db", path] + arguments, login: Desk.unitAdminLogin(unit))
    }

    @Test func aGroupOfASectionWritesAnRBKOnItsActions() throws {
        let section = at(
            "DINKES",
            [
                "group", "edit", "1", "--section", "Seksi Pelayanan Kesehatan Primer", "--section-head-name",
                "dr. Ayu Lestari", "--section-head-nip", "19800101 200501 2 001",
            ])
        #expect(section.status == 0, "\(section.stderr)")
        #expect(
            kbkAtDesk(["--db", path, "group", "show", "1"]).stdout.contains("dr. Ayu Lestari (NIP 198001012005012001)"))
        let action = at(
            "DINKES", ["improvement", "add", "--group", "1", "--title", "Antrean daring", "--started", "2026-02-01"])
        #expect(action.status == 0, "\(action.stderr)")
        let other = at(
            "KEC-A", ["improvement", "add", "--group", "2", "--title", "Lain", "--started", "2026-02-01"])
        #expect(other.status == 0, "\(other.stderr)")
        let steps = [
            "--plan", "Antrean rata-rata 95 menit <b>", "--do", "Nomor antrean daring", "--check",
            "Antrean 40 menit", "--act", "Dibakukan dalam SOP",
        ]
        let refused = at(
            "DINKES", ["group", "rbk", "add", "1", "--title", "RBK 2026", "--improvement", "2"] + steps)
        #expect(refused.status == 65)
        #expect(refused.stderr.hasPrefix("Error: improvement action 2 is not group 1's"), "\(refused.stderr)")
        let early = at("DINKES", ["group", "rbk", "add", "1", "--title", "Dulu", "--date", "2025-12-31"] + steps)
        #expect(early.status == 65 && early.stderr.contains("before formed 2026-01-10"), "\(early.stderr)")
        let written = at(
            "DINKES",
            ["group", "rbk", "add", "1", "--title", "RBK 2026", "--date", "2026-11-10", "--improvement", "1"] + steps)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "Wrote RBK 1 of group 1.\n")
        let json = kbkAtDesk(["--db", path, "group", "rbk", "show", "1", "--format", "json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["improvements"] as? [Int] == [1])
        #expect(object["do"] as? String == "Nomor antrean daring")
        // Printable, with what was typed escaped, on the letterhead, and never over a file without --force.
        let page = folder.file("rbk.html")
        let html = kbkAtDesk([
            "--db", path, "--lang", "id", "group", "rbk", "show", "1", "--format", "html", "--output", page,
        ])
        #expect(html.status == 0, "\(html.stderr)")
        let text = try String(contentsOfFile: page, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(text.contains("Risalah Budaya Kerja (RBK)") && text.contains("Seksi Pelayanan Kesehatan Primer"))
        #expect(text.contains("95 menit &lt;b&gt;") && !text.contains("<b>"))
        #expect(try unclosedTags(text).isEmpty)
        let again = kbkAtDesk(["--db", path, "group", "rbk", "show", "1", "--format", "html", "--output", page])
        #expect(again.status == 73)
        #expect(kbkAtDesk(["--db", path, "group", "rbk", "list", "1"]).stdout.contains("RBK 2026"))
        // A viewer reads it; only the unit's desk writes one.
        #expect(
            at("KEC-A", ["group", "rbk", "add", "1", "--title", "Bukan", "--improvement", "1"] + steps).status == 77)
        let report = kbkAtDesk(["--db", path, "report", "--period", "2026", "--section", "culture", "--format", "json"])
        let culture = try #require(
            (try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["culture"]
                as? [[String: Any]])
        #expect(culture.first { $0["skpd"] as? String == "DINKES" }?["rbks"] as? Int == 1)
    }

    @Test func coordinationActionsAreTrackedToDone() throws {
        let meeting = kbkAtDesk([
            "--db", path, "coordination", "add", "--held", "2026-10-05", "--title", "Rakor pelayanan kesehatan",
            "--chair", "Asisten Administrasi Umum", "--unit", "DINKES", "--unit", "KEC-A", "--unit", "dinkes",
            "--decisions", "Antrean puskesmas dipantau tiap bulan",
        ])
        #expect(meeting.status == 0, "\(meeting.stderr)")
        #expect(meeting.stdout == "Recorded coordination meeting 1 of 2026-10-05 with 2 unit(s).\n")
        for (arguments, code, message) in [
            (["--held", "2027-01-05", "--title", "x", "--unit", "DINKES"], 65, "--held 2027-01-05 is after today"),
            (["--held", "2026-10-05", "--title", "x", "--unit", "TIDAKADA"], 65, "no unit 'TIDAKADA'"),
            (["--held", "2026-10-05", "--title", "x", "--unit", "OLD"], 65, "unit OLD is deactivated"),
            (["--held", "2026-10-05", "--title", "x"], 64, "--unit"),
        ] {
            let result = kbkAtDesk(["--db", path, "coordination", "add"] + arguments)
            #expect(result.status == Int32(code), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(
            at("DINKES", ["coordination", "add", "--held", "2026-10-05", "--title", "x", "--unit", "DINKES"]).status
                == 77)
        // Nor through an import: a meeting that no unit attended is refused by the store.
        let file = folder.file("rakor.csv")
        try Data("id,held_on,title,units\n9,2026-10-06,Tanpa unit,\n".utf8).write(to: URL(fileURLWithPath: file))
        let empty = kbkAtDesk(["--db", path, "import", "coordination", file])
        #expect(empty.status == 65 && empty.stderr.contains("units"), "\(empty.stderr)")
        for (owner, due) in [("DINKES", "2026-10-20"), ("KEC-A", "2026-12-31"), ("DINKES", "2026-11-30")] {
            let added = kbkAtDesk([
                "--db", path, "coordination", "action", "add", "1", "--owner", owner, "--due", due, "--text",
                "Laporan antrean \(owner)",
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let early = kbkAtDesk([
            "--db", path, "coordination", "action", "add", "1", "--owner", "DINKES", "--due", "2026-09-01", "--text",
            "x",
        ])
        #expect(early.status == 65 && early.stderr.contains("before the meeting 2026-10-05"), "\(early.stderr)")
        // The owner's desk marks its item done; another unit's desk may not; nor twice.
        #expect(at("KEC-A", ["coordination", "action", "done", "1"]).status == 77)
        let done = at("DINKES", ["coordination", "action", "done", "1", "--on", "2026-10-25", "--note", "Terkirim"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout == "Action item 1 of DINKES done on 2026-10-25, after its due date 2026-10-20.\n")
        #expect(at("DINKES", ["coordination", "action", "done", "1"]).status == 65)
        let open = kbkAtDesk(["--db", path, "coordination", "action", "list", "--open", "--format", "csv"]).stdout
        #expect(open.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3, "\(open)")
        let listed = kbkAtDesk(["--db", path, "--lang", "id", "coordination", "list"]).stdout
        #expect(listed.contains("05 Okt 2026") && listed.contains("Rakor pelayanan kesehatan"), "\(listed)")
        // In the culture section as of 30 November: DINKES had two due, one done, one overdue; KEC-A none due yet.
        let report = kbkAtDesk([
            "--db", path, "report", "--from", "2026-01-01", "--to", "2026-12-01", "--section", "culture", "--format",
            "json",
        ])
        let culture = try #require(
            (try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["culture"]
                as? [[String: Any]])
        let dinkes = try #require(culture.first { $0["skpd"] as? String == "DINKES" })
        #expect(dinkes["coordination_meetings"] as? Int == 1)
        #expect(dinkes["coordination_actions"] as? Int == 2)
        #expect(dinkes["coordination_actions_done"] as? Int == 1)
        #expect(dinkes["coordination_actions_overdue"] as? Int == 1)
        let district = try #require(culture.first { $0["skpd"] as? String == "KEC-A" })
        #expect(district["coordination_actions"] as? Int == 0 && district["coordination_meetings"] as? Int == 1)
    }

    @Test func aUnitAssessesItsCultureOnceAYear() throws {
        let recorded = at(
            "DINKES", ["culture", "assess", "--skpd", "DINKES", "--year", "2026", "--scores", "4,4,3,4,5,3,4"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(
            recorded.stdout
                == "Recorded the self-assessment of DINKES for 2026: average 3.86, weakest Kompeten.\n")
        let twice = at(
            "DINKES", ["culture", "assess", "--skpd", "DINKES", "--year", "2026", "--scores", "5,5,5,5,5,5,5"])
        #expect(twice.status == 65 && twice.stderr.contains("DINKES 2026"), "\(twice.stderr)")
        for scores in ["4,4,3", "4,4,3,4,5,3,6", "4,4,3,4,5,3,x"] {
            let bad = at("DINKES", ["culture", "assess", "--skpd", "DINKES", "--year", "2025", "--scores", scores])
            #expect(bad.status == 64 || bad.status == 65, "\(scores): \(bad.stderr)")
            #expect(bad.stderr.contains("score"), "\(scores): \(bad.stderr)")
        }
        #expect(
            at("KEC-A", ["culture", "assess", "--skpd", "DINKES", "--year", "2025", "--scores", "4,4,4,4,4,4,4"]).status
                == 77)
        let list = kbkAtDesk(["--db", path, "culture", "list", "--format", "csv"]).stdout
        #expect(
            list.hasPrefix(
                "skpd,year,service,accountable,competent,harmonious,loyal,adaptive,collaborative,average,weakest"))
        #expect(list.contains("DINKES,2026,4,4,3,4,5,3,4,3.86,Kompeten"))
        let report = kbkAtDesk(["--db", path, "report", "--period", "2026", "--section", "culture", "--format", "json"])
        let culture = try #require(
            (try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["culture"]
                as? [[String: Any]])
        let dinkes = try #require(culture.first { $0["skpd"] as? String == "DINKES" })
        #expect(dinkes["self_assessment"] as? Double == 3.86 && dinkes["weakest_value"] as? String == "competent")
        #expect(culture.first { $0["skpd"] as? String == "KEC-A" }?["self_assessment"] is NSNull)
    }

    /// BO 4,4,3 · AK 5,5,4 · KO 2,2,3 · HA 3,3,3 · LO 5,5,5 · AD 2,3,2 · KL 4,4,4: means 3.67, 4.67, 2.33,
    /// 3, 5, 2.33, 4; average 75/21 = 3.57; weakest value Kompeten (ties Adaptif, comes first),
    /// weakest indicator KO1 (2, first of the 2s under the two weakest values).
    static let indicatorScores = [4, 4, 3, 5, 5, 4, 2, 2, 3, 3, 3, 3, 5, 5, 5, 2, 3, 2, 4, 4, 4]
    static let codes = [
        "BO1", "BO2", "BO3", "AK1", "AK2", "AK3", "KO1", "KO2", "KO3", "HA1", "HA2", "HA3", "LO1", "LO2", "LO3", "AD1",
        "AD2", "AD3", "KL1", "KL2", "KL3",
    ]
    static let pairs = zip(codes, indicatorScores).flatMap { ["--indicator", "\($0)=\($1)"] }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aUnitAssessesPerBehaviourIndicatorWithEvidence() throws {
        let recorded = at(
            "DINKES",
            ["culture", "assess", "--skpd", "DINKES", "--year", "2026", "--date", "2026-11-10"] + Self.pairs + [
                "--evidence", "BO3=Antrean daring sejak Maret", "--evidence-ref",
                "BO3=https://dinkes.purbalinggakab.go.id/antrean", "--evidence-ref", "ak1=SK 800/112/2026",
            ])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(
            recorded.stdout
                == "Recorded the self-assessment of DINKES for 2026 per indicator: average 3.57, weakest Kompeten, "
                + "weakest indicator KO1 (2).\n")
        // The same with --indicators, a list of 21, for the year before: the same figures.
        let listed = at(
            "DINKES",
            [
                "--lang", "id", "culture", "assess", "--skpd", "DINKES", "--year", "2025", "--indicators",
                Self.indicatorScores.map(String.init).joined(separator: ","),
            ])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(
            listed.stdout
                == "Penilaian mandiri DINKES tahun 2025 per indikator dicatat: rata-rata 3,57, terendah Kompeten, "
                + "indikator terendah KO1 (2).\n")
        // Shown with each indicator in the circular's wording, its score and its evidence.
        let shown = kbkAtDesk(["--db", path, "--lang", "id", "culture", "show", "--skpd", "DINKES", "--year", "2026"])
        #expect(shown.status == 0, "\(shown.stderr)")
        for text in [
            "Dinilai", "per indikator", "Rata-rata", "3,57", "Berorientasi Pelayanan", "3,67",
            "KO1 Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah (2)",
            "Melakukan perbaikan tiada henti", "Antrean daring sejak Maret",
            "https://dinkes.purbalinggakab.go.id/antrean", "SK 800/112/2026",
        ] {
            #expect(shown.stdout.contains(text), "\(text) not in \(shown.stdout)")
        }
        let english = kbkAtDesk(["--db", path, "--lang", "en", "culture", "show", "--skpd", "DINKES", "--year", "2026"])
        #expect(english.stdout.contains("Keeps improving, without end"), "\(english.stdout)")
        let record = try json(
            kbkAtDesk(["--db", path, "culture", "show", "--skpd", "DINKES", "--year", "2026", "--format", "json"])
                .stdout)
        #expect(record["basis"] as? String == "indicators")
        let scores = try #require(record["scores"] as? [String: Double])
        #expect(scores["service"] == 3.67 && scores["competent"] == 2.33 && scores["loyal"] == 5)
        #expect(record["average"] as? Double == 3.57 && record["weakest"] as? String == "competent")
        #expect(record["weakest_indicator"] as? String == "KO1")
        let indicators = try #require(record["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["code"] as? String } == Self.codes)
        #expect(indicators.map { $0["score"] as? Int } == Self.indicatorScores)
        #expect(indicators[2]["evidence"] as? String == "Antrean daring sejak Maret")
        #expect(indicators[3]["evidence_ref"] as? String == "SK 800/112/2026" && indicators[3]["evidence"] is NSNull)
        #expect(indicators[2]["value"] as? String == "service")
        // Listed beside an assessment scored per value.
        #expect(
            at("KEC-A", ["culture", "assess", "--skpd", "KEC-A", "--year", "2026", "--scores", "4,4,3,4,5,3,4"]).status
                == 0)
        let list = kbkAtDesk(["--db", path, "culture", "list", "--year", "2026", "--format", "csv"]).stdout
        #expect(
            list.hasPrefix(
                "skpd,year,service,accountable,competent,harmonious,loyal,adaptive,collaborative,average,weakest,"
                    + "basis,weakest_indicator\r\n"), "\(list)")
        #expect(list.contains("DINKES,2026,3.67,4.67,2.33,3.00,5.00,2.33,4.00,3.57,Kompeten,indicators,KO1\r\n"))
        #expect(list.contains("KEC-A,2026,4,4,3,4,5,3,4,3.86,Kompeten,values,\r\n"), "\(list)")
        // The write is in the audit trail with every score and where evidence was given.
        let trail = kbkAtDesk(["--db", path, "audit", "--entity", "assessment", "--format", "csv"]).stdout
        #expect(
            trail.contains(
                "recorded the work-culture self-assessment of DINKES for 2026: per indicator BO 4,4,3 AK 5,5,4 KO 2,2,3 "
                    + "HA 3,3,3 LO 5,5,5 AD 2,3,2 KL 4,4,4; evidence for BO3,AK1"), "\(trail)")
        // A second one for the year is refused, however it is scored.
        let twice = at("DINKES", ["culture", "assess", "--skpd", "DINKES", "--year", "2026"] + Self.pairs)
        #expect(twice.status == 65 && twice.stderr.contains("DINKES 2026"), "\(twice.stderr)")
        // The 21 indicators, for scripts and spreadsheets.
        let reference = kbkAtDesk(["--db", path, "culture", "indicators", "--format", "csv"]).stdout
        #expect(reference.hasPrefix("code,value,text_id,text_en,source\r\n"), "\(reference)")
        #expect(
            reference.contains(
                "KL3,collaborative,Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama,"
                    + "Mobilises the use of resources for shared goals,SE MenPAN-RB Nomor 20 Tahun 2021\r\n"))
        #expect(reference.split(separator: "\r\n").count == 22)
    }

    @Test func theReportGivesValueMeansAndTheWeakestIndicator() throws {
        #expect(
            at(
                "DINKES",
                ["culture", "assess", "--skpd", "DINKES", "--year", "2026", "--date", "2026-11-10"] + Self.pairs
            )
            .status == 0)
        #expect(
            at("KEC-A", ["culture", "assess", "--skpd", "KEC-A", "--year", "2026", "--scores", "4,4,3,4,5,3,4"]).status
                == 0)
        let report = try json(
            kbkAtDesk(["--db", path, "report", "--period", "2026", "--section", "culture", "--format", "json"]).stdout)
        let culture = try #require(report["culture"] as? [[String: Any]])
        let dinkes = try #require(culture.first { $0["skpd"] as? String == "DINKES" })
        #expect(dinkes["self_assessment"] as? Double == 3.57 && dinkes["weakest_value"] as? String == "competent")
        #expect(dinkes["basis"] as? String == "indicators")
        #expect((dinkes["value_scores"] as? [String: Double])?["accountable"] == 4.67)
        #expect(dinkes["weakest_indicator"] as? String == "KO1" && dinkes["weakest_indicator_score"] as? Int == 2)
        let scores = try #require(dinkes["indicator_scores"] as? [String: Int])
        #expect(scores.count == 21 && scores["AD1"] == 2 && scores["LO3"] == 5)
        let district = try #require(culture.first { $0["skpd"] as? String == "KEC-A" })
        #expect(district["basis"] as? String == "values" && district["indicator_scores"] is NSNull)
        #expect((district["value_scores"] as? [String: Double])?["loyal"] == 5)
        let indicators = try #require(report["culture_indicators"] as? [[String: Any]])
        #expect(indicators.count == 21)
        #expect(indicators[0]["indicator"] as? String == "BO1" && indicators[0]["units"] as? Int == 1)
        #expect(indicators[6]["mean"] as? Double == 2 && indicators[6]["low"] as? Int == 1)
        // Printed: the value scores, the weakest indicator in the circular's words, the legal basis.
        let page = kbkAtDesk([
            "--db", path, "--lang", "id", "report", "--period", "2026", "--section", "culture", "--format", "html",
        ]).stdout
        for text in [
            "Penilaian mandiri BerAKHLAK 2026", "\">per indikator</td>", "\">3,67</td>",
            "KO1 Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah (2)",
            "Indikator perilaku BerAKHLAK 2026 (SE MenPAN-RB 20/2021) pada 1 unit yang menilai per indikator",
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (pasal 4: nilai dasar BerAKHLAK)",
            "Surat Edaran Menteri PAN-RB Nomor 20 Tahun 2021 tentang Implementasi Core Values dan Employer Branding Aparatur Sipil Negara",
        ] {
            #expect(page.contains(text), "\(text) not in the report")
        }
        #expect(try unclosedTags(page).isEmpty)
        let english = kbkAtDesk([
            "--db", path, "--lang", "en", "report", "--period", "2026", "--section", "culture", "--format", "html",
        ]).stdout
        #expect(english.contains("KO1 Raises own competence to meet ever-changing challenges (2)"))
        #expect(english.contains("Law 20/2023 on the State Civil Apparatus (art. 4: the core values BerAKHLAK)"))
        let csv = kbkAtDesk(["--db", path, "report", "--period", "2026", "--section", "culture", "--format", "csv"])
            .stdout
        #expect(csv.contains(",DINKES,weakest_indicator,KO1\r\n") && csv.contains(",DINKES,service,3.67\r\n"), "\(csv)")
        #expect(csv.contains(",KO1,low,1\r\n"), "\(csv)")
    }

    @Test func badIndicatorInputIsRefusedWithNothingWritten() throws {
        let base = ["culture", "assess", "--skpd", "DINKES", "--year", "2026"]
        var unknown = Self.pairs
        unknown[1] = "XB1=4"
        let cases: [([String], Int32, String)] = [
            (["--indicator", "BO1"], 64, "--indicator 'BO1' is not valid; expected CODE=VALUE, like BO1=4"),
            (unknown, 64, "--indicator 'XB1' is not allowed; "),
            (Array(Self.pairs.dropLast(2)), 64, "no score for 1 of the 21 behaviour indicators (KL3)"),
            (Self.pairs + ["--indicator", "bo1=5"], 64, "--indicator 'BO1' is given twice"),
            (["--indicator", "AD2=6"], 65, "AD2 '6' is out of range; allowed 1 to 5"),
            (["--indicators", "4,4,4"], 64, "expected 21 scores 1–5, in the order BO1,BO2,BO3,AK1,…,KL3"),
            (["--scores", "4,4,3,4,5,3,4"] + Self.pairs, 64, "options '--scores' and '--indicator'"),
            (["--scores", "4,4,3,4,5,3,4", "--evidence", "BO1=x"], 64, "options '--scores' and '--evidence'"),
            (Self.pairs + ["--evidence", "ZZ9=x"], 64, "--evidence 'ZZ9' is not allowed"),
            ([], 64, "give the scores: --scores for the seven values, or --indicators (21 scores)"),
        ]
        let before = snapshot(path)
        for (arguments, code, message) in cases {
            let result = at("DINKES", base + arguments)
            #expect(result.status == code, "\(arguments): \(result.stderr)")
            // The message is the first line; a usage error adds the command's usage after it.
            let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(snapshot(path) == before)
        let indonesian = at("DINKES", ["--lang", "id"] + base + Array(Self.pairs.dropLast(6)))
        #expect(
            indonesian.stderr.contains(
                "--indicator: tidak ada skor untuk 3 dari 21 indikator perilaku (KL1, KL2, KL3); berikan masing-masing"),
            "\(indonesian.stderr)")
        // The unit's desk only.
        #expect(at("KEC-A", base + Self.pairs).status == 77)
        #expect(snapshot(path) == before)
    }

    /// Exported and imported with their indicators and evidence: an assessment scored per
    /// indicator is 21 rows, one per indicator; a file missing one of them, or mixing the two
    /// ways on a row, is refused with nothing written.
    @Test func indicatorScoresTravelThroughExportAndImport() throws {
        #expect(
            at(
                "DINKES",
                ["culture", "assess", "--skpd", "DINKES", "--year", "2026", "--date", "2026-11-10", "--note", "Rapat"]
                    + Self.pairs + ["--evidence", "BO3=Antrean daring, \"sejak\" Maret", "--evidence-ref", "BO3=SK 1"]
            ).status == 0)
        #expect(
            at("KEC-A", ["culture", "assess", "--skpd", "KEC-A", "--year", "2026", "--scores", "4,4,3,4,5,3,4"]).status
                == 0)
        let file = folder.file("culture.csv")
        let exported = kbkAtDesk(["--db", path, "export", "culture", "--output", file])
        #expect(exported.status == 0, "\(exported.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.split(separator: "\r\n")
        #expect(lines.count == 1 + 21 + 1, "\(text)")
        #expect(
            lines[0]
                == "skpd,year,service,accountable,competent,harmonious,loyal,adaptive,collaborative,assessed_on,note,"
                + "indicator,score,evidence,evidence_ref")
        #expect(
            text.contains("DINKES,2026,,,,,,,,2026-11-10,Rapat,BO3,3,\"Antrean daring, \"\"sejak\"\" Maret\",SK 1\r\n"))
        #expect(text.contains("KEC-A,2026,4,4,3,4,5,3,4,"))
        // Into a database with the same units: the same assessments.
        let (otherFolder, other) = try organisationFixture()
        defer { _ = otherFolder }
        let imported = kbkAtDesk(["--db", other, "import", "culture", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        for unit in ["DINKES", "KEC-A"] {
            let arguments = ["culture", "show", "--skpd", unit, "--year", "2026", "--format", "json"]
            #expect(kbkAtDesk(["--db", other] + arguments).stdout == kbkAtDesk(["--db", path] + arguments).stdout)
        }
        // Again: every row already present.
        let again = kbkAtDesk(["--db", other, "import", "culture", file])
        #expect(again.status == 0 && again.stdout.contains("22"), "\(again.stdout)")
        // A file without KL3's row, and one with a value's score beside an indicator's.
        let (thirdFolder, third) = try organisationFixture()
        defer { _ = thirdFolder }
        let before = snapshot(third)
        let partial = folder.file("partial.csv")
        try (lines.filter { !$0.contains(",KL3,") }.joined(separator: "\r\n") + "\r\n").write(
            toFile: partial, atomically: true, encoding: .utf8)
        let missing = kbkAtDesk(["--db", third, "import", "culture", partial])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("partial.csv:2: column indicator:"), "\(missing.stderr)")
        #expect(missing.stderr.contains("no score for 1 of the 21 behaviour indicators (KL3)"), "\(missing.stderr)")
        let mixed = folder.file("mixed.csv")
        try (String(lines[0]) + "\r\nDINKES,2026,4,,,,,,,,,BO1,4,,\r\n").write(
            toFile: mixed, atomically: true, encoding: .utf8)
        let both = kbkAtDesk(["--db", third, "import", "culture", mixed])
        #expect(both.status == 65)
        #expect(both.stderr.contains("mixed.csv:2: column service: service '4' is given with an indicator's score"))
        #expect(snapshot(third) == before)
    }

    /// A database made before migration 0038 keeps its assessments, scored per value, and takes
    /// new ones per indicator after it.
    @Test func anOlderDatabaseKeepsItsAssessmentsAndGainsTheIndicators() throws {
        let older = TemporaryFolder()
        let old = older.file("lama.sqlite")
        let store = try Store(
            path: old, mode: .createIfMissing, actor: Actor(testLogin), clock: { fixedNow },
            migrator: Migrator(migrations: Migration.embedded.filter { $0.version < 38 }))
        _ = try store.write {
            try $0.units.add(UnitDraft(code: UnitCode("DINKES"), name: "Dinas Kesehatan", kind: .agency))
        }
        // An assessment as the kbk before 0038 wrote it.
        try Connection(path: old).execute(
            """
            INSERT INTO culture_assessment (skpd_id, year, service, accountable, competent, harmonious, loyal, adaptive,
                collaborative, assessed_on, note, created_at)
            VALUES (1, 2025, 4, 4, 3, 4, 5, 3, 4, '2025-11-10', 'Penilaian lama', '2025-11-10T03:00:00Z');
            """)
        let migrated = kbk(["--db", old, "migrate"])
        #expect(migrated.status == 0, "\(migrated.stderr)")
        let reference = try Connection(path: old, mode: .readOnly).query(
            "SELECT code, value, number, text_id, text_en, source FROM berakhlak_indicator ORDER BY sort_order"
        ) { row in (0..<6).map { row.string(Int32($0)) ?? "" } }
        #expect(
            reference
                == BehaviourIndicator.all.map {
                    [$0.code, $0.value.rawValue, String($0.number), $0.text, $0.english, BehaviourIndicator.source]
                })
        let kept = try json(
            kbk(["--db", old, "culture", "show", "--skpd", "DINKES", "--year", "2025", "--format", "json"])
                .stdout)
        #expect(kept["basis"] as? String == "values" && kept["average"] as? Double == 3.86)
        #expect((kept["scores"] as? [String: Int])?["loyal"] == 5 && kept["note"] as? String == "Penilaian lama")
        #expect((kept["indicators"] as? [Any])?.isEmpty == true)
        // Neither half-scored rows nor unknown indicators get in around kbk.
        let db = try Connection(path: old)
        #expect(throws: SQLiteError.self) {
            try db.execute(
                """
                INSERT INTO culture_assessment (skpd_id, year, service, assessed_on, created_at)
                VALUES (1, 2027, 4, '2027-01-01', '2027-01-01T00:00:00Z')
                """)
        }
        try Desk.staff(old, clock: { fixedNow })
        let recorded = kbk(
            ["--db", old, "culture", "assess", "--skpd", "DINKES", "--year", "2026"] + Self.pairs,
            login: Desk.unitAdminLogin("DINKES"))
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let check = kbk(["--db", old, "check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
