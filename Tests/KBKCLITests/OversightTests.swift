import Foundation
import KBKTestSupport
import Testing

/// Issue 29's oversight: whistle-blowing reports (WBS), which only the inspectorate holds and whose
/// reporter no one outside it reads, and the Ombudsman's forms of maladministration. The attacks
/// are played by the officials who would try them, through the command line.
@Suite struct OversightTests {
    static let reporter = "Saksi Rahasia"
    static let contact = "081299990000"

    /// Units INSPEKTORAT (the inspectorate), DPUPR and DLH; the coordinator `koord`, DPUPR's admin,
    /// a viewer, and the inspectorate's admin and officer. ADU-2026-00001 is a whistle-blowing report
    /// logged by the coordinator; ADU-2026-00002 an ordinary complaint with DPUPR.
    static func fixture() throws -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        let official = { (login: String, nip: String, unit: String, role: String) -> [String] in
            [
                "official", "add", "--login", login, "--nip", nip, "--name", "Pegawai \(login)", "--skpd", unit,
                "--role", role,
            ]
        }
        let setup: [[String]] = [
            ["skpd", "add", "INSPEKTORAT", "--name", "Inspektorat Daerah", "--kind", "inspectorate"],
            ["skpd", "add", "DPUPR", "--name", "Dinas Pekerjaan Umum", "--kind", "agency"],
            ["skpd", "add", "DLH", "--name", "Dinas Lingkungan Hidup", "--kind", "agency"],
            official("koord", "197001011995031002", "DPUPR", "coordinator"),
            official("adm.dpupr", "198801012010011004", "DPUPR", "unit-admin"),
            official("pimpinan", "198203152006042001", "DPUPR", "viewer"),
            official("adm.insp", "198203152006042002", "INSPEKTORAT", "unit-admin"),
            official("irban", "198203152006042003", "INSPEKTORAT", "officer"),
        ]
        for arguments in setup {
            let result = kbk(["--db", path] + arguments)
            guard result.status == 0 else { throw FixtureFailure(arguments: arguments, stderr: result.stderr) }
        }
        let logged = kbk(
            [
                "--db", path, "complaint", "new", "--channel", "letter", "--kind", "whistleblowing", "--subject",
                "Dugaan pungutan pada perizinan", "--description", "Pejabat meminta uang pelicin",
                "--name", reporter, "--contact", contact,
            ], login: "koord")
        guard logged.status == 0 else { throw FixtureFailure(arguments: ["complaint", "new"], stderr: logged.stderr) }
        let ordinary = kbk(
            [
                "--db", path, "complaint", "new", "--channel", "sms", "--subject", "Izin lambat", "--description",
                "Izin tiga bulan belum terbit", "--skpd", "DPUPR", "--name", "Warga Biasa",
            ], login: "koord")
        guard ordinary.status == 0 else {
            throw FixtureFailure(arguments: ["complaint", "new"], stderr: ordinary.stderr)
        }
        return (folder, path)
    }

    static let wbs = "ADU-2026-00001"

    func handOverToTheInspectorate(_ path: String) {
        let verified = kbk(["--db", path, "complaint", "verify", Self.wbs, "--skpd", "INSPEKTORAT"], login: "koord")
        #expect(verified.status == 0, "\(verified.stderr)")
    }

    /// Whatever names the reporter: the name or the contact.
    func reveals(_ text: String) -> Bool { text.contains(Self.reporter) || text.contains(Self.contact) }

    @Test func aWhistleBlowingReportIsConfidentialAndGoesOnlyToTheInspectorate() throws {
        let (folder, path) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        let shown = kbk(["--db", path, "complaint", "show", Self.wbs, "--format", "json"], login: "koord")
        #expect(shown.stdout.contains("\"kind\": \"whistleblowing\""), "\(shown.stdout)")
        #expect(shown.stdout.contains("\"confidential\": true"))
        // Class "berkadar pengawasan" by default: the inspectorate examines it.
        #expect(shown.stdout.contains("\"category\": \"berkadar-pengawasan\""))
        let before = snapshot(path)
        let toAgency = kbk(["--db", path, "complaint", "verify", Self.wbs, "--skpd", "DPUPR"], login: "koord")
        #expect(toAgency.status == 65)
        #expect(
            toAgency.stderr
                == "Error: \(Self.wbs) is a whistle-blowing report: only an inspectorate takes it, and unit DPUPR is "
                + "not one (units of kind inspectorate: 'kbk skpd list --kind inspectorate')\n")
        // Logged and handed over in one step, likewise.
        let direct = kbk(
            [
                "--db", path, "complaint", "new", "--channel", "sms", "--kind", "whistleblowing", "--subject", "x",
                "--description", "y", "--skpd", "DLH",
            ], login: "koord")
        #expect(direct.status == 65, "\(direct.stderr)")
        let indonesian = kbk(
            ["--db", path, "--lang", "id", "complaint", "verify", Self.wbs, "--skpd", "DPUPR"], login: "koord")
        #expect(indonesian.stderr.hasPrefix("Kesalahan: \(Self.wbs) adalah pengaduan pelanggaran (WBS)"))
        #expect(snapshot(path) == before)

        handOverToTheInspectorate(path)
        let afterHandOver = snapshot(path)
        // Passed on to another unit, by the desk or as a unit's successor: refused.
        let passed = kbk(
            ["--db", path, "complaint", "reassign", Self.wbs, "--to", "DLH", "--reason", "salah alamat"],
            login: "koord")
        #expect(passed.status == 65 && passed.stderr.contains("unit DLH is not one"), "\(passed.stderr)")
        let ended = kbk(["--db", path, "skpd", "deactivate", "INSPEKTORAT", "--on", "2026-11-18", "--successor", "DLH"])
        #expect(ended.status == 65 && ended.stderr.contains("unit DLH is not one"), "\(ended.stderr)")
        // The kind is no correctable field: it cannot be edited away.
        let edited = kbk(
            ["--db", path, "complaint", "edit", Self.wbs, "--kind", "complaint", "--reason", "x"], login: "koord")
        #expect(edited.status == 64, "\(edited.stderr)")
        #expect(snapshot(path) == afterHandOver)
    }

    /// Every official outside the inspectorate, through every read: none sees the reporter.
    @Test func noOneOutsideTheInspectorateReadsTheWhistleBlower() throws {
        let (folder, path) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        handOverToTheInspectorate(path)
        let before = snapshot(path)
        for login in [testLogin, "koord", "adm.dpupr", "pimpinan"] {
            for arguments in [
                ["complaint", "show", Self.wbs], ["complaint", "show", Self.wbs, "--format", "json"],
                ["complaint", "list", "--format", "json"], ["complaint", "list", "--format", "csv"],
                ["complaint", "list", "--search", "Saksi"], ["inbox"], ["audit", "--limit", "0"],
            ] {
                let result = kbk(["--db", path] + arguments, login: login)
                #expect(!reveals(result.stdout + result.stderr), "\(login) \(arguments): \(result.stdout)")
            }
            let revealed = kbk(
                ["--db", path, "complaint", "show", Self.wbs, "--reveal-identity", "--reason", "ingin tahu"],
                login: login)
            #expect(revealed.status == 77, "\(login): \(revealed.stderr)")
            #expect(!reveals(revealed.stdout + revealed.stderr))
        }
        #expect(
            kbk(["--db", path, "complaint", "show", Self.wbs, "--reveal-identity", "--reason", "x"], login: "koord")
                .stderr
                == "Error: koord (coordinator, scope the whole government) may not read the reporter's identity of "
                + "the whistle-blowing complaint \(Self.wbs); that needs a unit administrator or officer of the inspectorate "
                + "INSPEKTORAT or of an inspectorate above it\n")
        // An identity is read in person: not for the inspectorate's officer by their admin or the desk.
        for login in ["adm.insp", "koord"] {
            let forAnother = kbk(
                [
                    "--db", path, "--on-behalf-of", "irban", "complaint", "show", Self.wbs, "--reveal-identity",
                    "--reason", "x",
                ], login: login)
            #expect(forAnother.status == 77, "\(login): \(forAnother.stderr)")
            #expect(!reveals(forAnother.stdout + forAnother.stderr))
        }
        #expect(snapshot(path) == before)
        // Exports with personal data (CSV and JSON) leave the reporter out; the ordinary complainant is in.
        for format in ["csv", "json"] {
            let file = folder.file("aduan.\(format)")
            let exported = kbk([
                "--db", path, "export", "complaints", "--include-personal-data", "--format", format, "--output", file,
            ])
            #expect(exported.status == 0, "\(exported.stderr)")
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(!reveals(text), "\(format): \(text)")
            #expect(text.contains("Warga Biasa"), "\(format)")
        }
    }

    @Test func theInspectoratesOfficialsRevealTheWhistleBlowerOnRecord() throws {
        let (folder, path) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        // No one while no inspectorate holds it: not even the inspectorate's own officials.
        let early = kbk(
            ["--db", path, "complaint", "show", Self.wbs, "--reveal-identity", "--reason", "x"], login: "adm.insp")
        #expect(early.status == 77 && early.stderr.contains("no one until an inspectorate holds it"), "\(early.stderr)")
        handOverToTheInspectorate(path)
        for login in ["adm.insp", "irban"] {
            let revealed = kbk(
                ["--db", path, "complaint", "show", Self.wbs, "--reveal-identity", "--reason", "Pemeriksaan khusus"],
                login: login)
            #expect(revealed.status == 0, "\(login): \(revealed.stderr)")
            #expect(revealed.stdout.contains(Self.reporter) && revealed.stdout.contains(Self.contact))
        }
        let json = kbk(
            ["--db", path, "complaint", "show", Self.wbs, "--reveal-identity", "--reason", "x", "--format", "json"],
            login: "irban")
        #expect(json.stdout.contains("\"name\": \"\(Self.reporter)\""), "\(json.stdout)")
        // Each look is recorded, by whom and why, never with the name.
        let audit = kbk(["--db", path, "audit", "--limit", "0", "--format", "json"])
        #expect(audit.stdout.contains("Pemeriksaan khusus") && !reveals(audit.stdout), "\(audit.stdout)")
        #expect(audit.stdout.components(separatedBy: "\"reveal_identity\"").count - 1 == 3)
    }

    @Test func theFormOfMaladministrationGoesWithItsClassOnly() throws {
        let (folder, path) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        let before = snapshot(path)
        let unknown = kbk(
            [
                "--db", path, "complaint", "verify", Self.wbs, "--skpd", "INSPEKTORAT", "--maladministration",
                "pungli",
            ], login: "koord")
        #expect(unknown.status == 64)
        #expect(
            unknown.stderr.hasPrefix(
                "Error: maladministration 'pungli' is not allowed; use one of: penundaan-berlarut, "
                    + "penyimpangan-prosedur, tidak-memberikan-pelayanan, tidak-kompeten, penyalahgunaan-wewenang, "
                    + "permintaan-imbalan, tidak-patut, berpihak, diskriminasi, konflik-kepentingan\n"),
            "\(unknown.stderr)")
        // ADU-2026-00002 is of class tidak-berkadar-pengawasan.
        let outside = kbk(
            [
                "--db", path, "complaint", "edit", "ADU-2026-00002", "--maladministration", "penundaan-berlarut",
                "--reason", "x",
            ], login: "adm.dpupr")
        #expect(outside.status == 65)
        #expect(
            outside.stderr
                == "Error: ADU-2026-00002 would be in category tidak-berkadar-pengawasan with the form of "
                + "maladministration penundaan-berlarut; a form goes only with category berkadar-pengawasan: choose "
                + "that category, or clear the form with --maladministration ''\n")
        #expect(snapshot(path) == before)

        let verified = kbk(
            [
                "--db", path, "complaint", "verify", Self.wbs, "--skpd", "INSPEKTORAT", "--maladministration",
                "permintaan-imbalan", "--format", "json",
            ], login: "koord")
        #expect(verified.stdout.contains("\"maladministration\": \"permintaan-imbalan\""), "\(verified.stderr)")
        // The class and the form change together or not at all; a form is cleared with ''.
        let moved = kbk(
            [
                "--db", path, "complaint", "edit", Self.wbs, "--category", "tidak-berkadar-pengawasan", "--reason",
                "x",
            ], login: "adm.insp")
        #expect(moved.status == 65, "\(moved.stderr)")
        let shown = kbk(["--db", path, "--lang", "id", "complaint", "show", Self.wbs], login: "irban")
        #expect(shown.stdout.contains("Maladministrasi  ") && shown.stdout.contains("permintaan imbalan (uang, barang"))
        let cleared = kbk(
            [
                "--db", path, "complaint", "edit", Self.wbs, "--maladministration", "", "--category",
                "tidak-berkadar-pengawasan", "--reason", "bukan pungutan", "--format", "json",
            ], login: "adm.insp")
        #expect(cleared.status == 0, "\(cleared.stderr)")
        #expect(cleared.stdout.contains("\"maladministration\": null"))
        // The column is sealed with the row: set around kbk, the next change refuses to seal it.
        let result = try runProcess(
            "/usr/bin/sqlite3",
            [path, "UPDATE complaint SET maladministration = 'berpihak' WHERE ticket = '\(Self.wbs)'"])
        #expect(result.status == 0, "\(result.stderr)")
        let check = kbk(["--db", path, "check"])
        #expect(check.status == 65 && check.stderr.contains("complaint \(Self.wbs) differs"), "\(check.stderr)")
    }

    /// The form of a hand-over and of a correction travel in the events file, and come back.
    @Test func formsTravelThroughExportAndImport() throws {
        let (folder, path) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        handOverToTheInspectorate(path)
        #expect(
            kbk(
                [
                    "--db", path, "complaint", "edit", Self.wbs, "--maladministration", "penyalahgunaan-wewenang",
                    "--reason", "hasil klarifikasi",
                ], login: "adm.insp"
            ).status == 0)
        let target = folder.file("baru.sqlite")
        #expect(kbk(["--db", target, "init"]).status == 0)
        for kind in ["skpd", "complaints", "events"] {
            let file = folder.file("\(kind).csv")
            let personal = kind == "complaints" ? ["--include-personal-data"] : []
            let exported = kbk(["--db", path, "export", kind, "--output", file] + personal)
            #expect(exported.status == 0, "\(kind): \(exported.stderr)")
            let imported = kbk(["--db", target, "import", kind, file])
            #expect(imported.status == 0, "\(kind): \(imported.stderr)")
        }
        let shown = kbk(["--db", target, "complaint", "show", Self.wbs, "--format", "json"])
        #expect(shown.stdout.contains("\"maladministration\": \"penyalahgunaan-wewenang\""), "\(shown.stdout)")
        #expect(shown.stdout.contains("\"kind\": \"whistleblowing\"") && !reveals(shown.stdout))
    }
}
