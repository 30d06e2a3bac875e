import Foundation
import KBKTestSupport
import Testing

/// `kbk skpd target set|list|remove` through the command line, and the report's target columns.
@Suite struct TargetCommandTests {
    let folder = TemporaryFolder()
    let path: String

    init() throws {
        path = folder.file("targets.sqlite")
        for arguments in [
            ["init"], ["skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"],
            ["skpd", "add", "DLH", "--name", "Dinas Lingkungan Hidup", "--kind", "agency"],
            [
                "official", "add", "--login", "adm.dlh", "--nip", "198001012005011001", "--name", "Admin DLH",
                "--skpd", "DLH", "--role", "unit-admin",
            ],
            [
                "skpd", "target", "set", "DINKES", "--year", "2026", "--settled", "90", "--ikm", "82.5",
                "--source", "Renstra 2021–2026, IKU 3",
            ],
        ] {
            let result = kbk(["--db", path] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    @Test func setChangesOnlyWhatIsGivenAndListShowsIt() throws {
        let set = kbk([
            "--db", path, "--lang", "id", "skpd", "target", "set", "dinkes", "--year", "2026", "--on-time", "87,5",
        ])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "Target DINKES tahun 2026 ditetapkan: selesai 90 %, tepat waktu 87,5 %, IKM 82,50.\n")
        let json = kbk(["--db", path, "skpd", "target", "list", "--year", "2026", "--format", "json"])
        #expect(json.stdout.contains("\"settled_percent\": 90.0"))
        #expect(json.stdout.contains("\"on_time_percent\": 87.5"))
        #expect(json.stdout.contains("\"ikm\": 82.5"))
        let csv = kbk(["--db", path, "skpd", "target", "list", "--format", "csv"])
        #expect(csv.stdout.contains("DINKES,2026,90,87.5,82.50,\"Renstra 2021–2026, IKU 3\""))
        // Clearing one leaves the others; the audit trail names the unit.
        let clear = kbk(["--db", path, "skpd", "target", "set", "DINKES", "--year", "2026", "--on-time", ""])
        #expect(clear.status == 0)
        let audit = kbk(["--db", path, "audit", "--entity", "skpd", "--id", "DINKES", "--format", "csv"])
        #expect(audit.stdout.contains("set the targets of DINKES for 2026: settled 90 %, IKM 82.50"))
        let removed = kbk(["--db", path, "skpd", "target", "remove", "DINKES", "--year", "2026"])
        #expect(removed.status == 0)
        #expect(kbk(["--db", path, "skpd", "target", "list", "--format", "json"]).stdout == "[]\n")
    }

    /// One line naming the value and what is allowed, the documented exit code, the file unchanged.
    @Test(arguments: [
        (["set", "DINKES", "--year", "2026", "--settled", "101"], Int32(64), "--settled '101'"),
        (["set", "DINKES", "--year", "2026", "--on-time", "1.234"], 64, "--on-time '1.234'"),
        (["set", "DINKES", "--year", "2026", "--ikm", "24"], 64, "--ikm '24'"),
        (["set", "DINKES", "--year", "1999", "--ikm", "80"], 65, "--year '1999'"),
        (["set", "DINKES", "--settled", "80"], 64, "--year"),
        (["set", "DINKES", "--year", "2026"], 64, "--settled"),
        (["set", "NOPE", "--year", "2026", "--ikm", "80"], 65, "'NOPE'"),
        (["set", "DINKES", "--year", "2026", "--settled", "", "--ikm", ""], 65, "--settled, --on-time or --ikm"),
        (["set", "DINKES", "--year", "2026", "--source", "=HYPERLINK(\"x\")\u{7}"], 65, "source"),
        (["remove", "DINKES", "--year", "2025"], 65, "'DINKES 2025'"),
    ])
    func badInputLeavesTheDatabaseUnchanged(_ arguments: [String], _ status: Int32, _ named: String) {
        let before = snapshot(path)
        let result = kbk(["--db", path, "skpd", "target"] + arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains(named), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").first?.contains(named) == true)
        #expect(result.stdout.isEmpty && snapshot(path) == before)
    }

    /// A unit's desk sets its own unit's targets, not another's.
    @Test func aUnitAdminSetsOnlyTheirOwnUnitsTargets() {
        let own = kbk(
            ["--db", path, "skpd", "target", "set", "DLH", "--year", "2026", "--settled", "85"], login: "adm.dlh")
        #expect(own.status == 0, "\(own.stderr)")
        let before = snapshot(path)
        for arguments in [
            ["set", "DINKES", "--year", "2026", "--settled", "10"], ["remove", "DINKES", "--year", "2026"],
        ] {
            let other = kbk(["--db", path, "skpd", "target"] + arguments, login: "adm.dlh")
            #expect(other.status == 77)
            #expect(
                other.stderr.hasPrefix(
                    "Error: adm.dlh (unit administrator, scope DLH) may not \(arguments[0] == "set" ? "set" : "remove") the targets of DINKES"
                ), "\(other.stderr)")
            #expect(snapshot(path) == before)
        }
    }

    /// The report's target columns in every format, on the hand-built quarter: DINA settled 3 of 6
    /// valid (50 %) against 60 %, −10 percentage points, not met.
    @Test func theReportShowsTargetsInEveryFormat() throws {
        let fixture = try ReportFixture()
        let environment = ["KBK_NOW": "2026-04-01T12:00:00+07:00"]
        let set = kbk(
            ["--db", fixture.path, "skpd", "target", "set", "DINA", "--year", "2026", "--settled", "60"],
            environment: environment)
        #expect(set.status == 0, "\(set.stderr)")
        func report(_ arguments: [String]) -> String {
            kbkAtDesk(
                ["--db", fixture.path] + arguments + ["report", "--period", "2026-Q1", "--section", "units"],
                environment: environment
            ).stdout
        }
        let json = report(["--format", "json"])
        #expect(json.contains("\"target_year\": 2026"))
        #expect(json.contains("\"settlement_target\": 0.6"))
        #expect(json.contains("\"settlement_vs_target\": -0.1"))
        #expect(json.contains("\"settlement_target_met\": false"))
        #expect(json.contains("\"on_time_settlement_target\": null"))
        let csv = report(["--format", "csv"])
        #expect(csv.contains("units,1,DINA,settlement_target,0.6\r\n"))
        #expect(csv.contains("units,1,DINA,settlement_target_met,false\r\n"))
        let english = report(["--lang", "en"])
        #expect(english.contains("Units, ranked by follow-up rate; targets of 2026"))
        #expect(english.contains("60.0 %") && english.contains("−10.0 pp") && english.contains("not met"))
        let indonesian = report(["--lang", "id"])
        #expect(indonesian.contains("target tahun 2026"))
        #expect(indonesian.contains("−10,0 poin") && indonesian.contains("tidak tercapai"))
        let html = report(["--lang", "id", "--format", "html"])
        #expect(html.contains("Target penyelesaian") && html.contains("tidak tercapai"))
    }
}
