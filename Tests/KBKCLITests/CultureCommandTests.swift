import Foundation
import KBKTestSupport
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
}
