import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKWeb

/// Photos and documents on complaints from the command line: kept with the step they came with,
/// hashed into the audit trail, the citizen's copy without its metadata, the original for those who
/// may reveal an identity (recorded), hostile files refused with nothing stored.
@Suite struct AttachmentCommandTests {
    let world: WebTests.World
    let fixtures = packageRoot().appendingPathComponent("Tests/KBKAttachmentTests/Fixtures").path
    static let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]

    init() throws {
        world = try WebTests.World()
    }

    func fixture(_ name: String) -> String { fixtures + "/" + name }

    func new(_ extra: [String], login: String = testLogin) -> CLIResult {
        kbk(
            [
                "--db", world.path, "complaint", "new", "--channel", "whatsapp", "--subject", "Jalan berlubang",
                "--description", "Lubang besar di depan SD", "--format", "json",
            ] + extra, environment: Self.monday, login: login)
    }

    @Test func theIntakeKeepsTheCitizensPhotosAndTheCitizenSeesOnlyTheCleanCopy() throws {
        let logged = new(["--attach", fixture("photo.jpg"), "--attach-public", fixture("photo.webp")])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.contains("\"media_type\": \"image/jpeg\"") && logged.stdout.contains("\"public\": true"))
        let shown = kbk(["--db", world.path, "complaint", "show", "ADU-2026-00001"], environment: ["KBK_LANG": "id"])
        #expect(
            shown.stdout.contains(
                "#1 photo.jpg (JPEG, 16×24); #2 photo.webp (WebP, 24×16, ditampilkan kepada pelapor)"),
            "\(shown.stdout)")
        // The desk's copy to a file: the clean one; the original only with a reason, recorded.
        let saved = world.folder.file("bukti.jpg")
        let save = kbk(["--db", world.path, "complaint", "attachment", "ADU-2026-00001", "1", "--save", saved])
        #expect(save.status == 0, "\(save.stderr)")
        let clean = try Data(contentsOf: URL(fileURLWithPath: saved))
        #expect(clean.range(of: Data("Xiaomi".utf8)) == nil && clean.count < 584)
        let again = kbk(["--db", world.path, "complaint", "attachment", "ADU-2026-00001", "1", "--save", saved])
        #expect(again.status == 73 && again.stderr.contains("--force"))
        let withoutReason = kbk([
            "--db", world.path, "complaint", "attachment", "ADU-2026-00001", "1", "--save", saved + ".asli",
            "--original",
        ])
        #expect(withoutReason.status == 64)
        let officer = kbk(
            [
                "--db", world.path, "complaint", "attachment", "ADU-2026-00001", "1", "--save", saved + ".asli",
                "--original", "--reason", "lokasi",
            ], login: "agus")
        #expect(officer.status == 77 && !FileManager.default.fileExists(atPath: saved + ".asli"))
        let original = kbk(
            [
                "--db", world.path, "complaint", "attachment", "ADU-2026-00001", "1", "--save", saved + ".asli",
                "--original", "--reason", "memastikan lokasi dari GPS foto",
            ], login: "koord")
        #expect(original.status == 0, "\(original.stderr)")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: saved + ".asli"))
                == Data(contentsOf: URL(fileURLWithPath: fixture("photo.jpg"))))
        let audit = kbk(["--db", world.path, "audit", "--entity", "complaint", "--format", "csv", "--limit", "0"])
        #expect(audit.stdout.contains("original of attachment #1: memastikan lokasi dari GPS foto"))
        // Each file's SHA-256 is in the trail: the original's and the clean copy's.
        let digest = try #require(logged.stdout.range(of: "\"sha256\": \"")).upperBound
        #expect(audit.stdout.contains(String(logged.stdout[digest...].prefix(64))))
        #expect(kbk(["--db", world.path, "check"]).status == 0)
    }

    @Test func anOfficersProofComesWithTheResponseAndTheDeskMayShowIt() throws {
        #expect(new(["--skpd", "DPUPR"]).status == 0)
        let respond = kbk(
            [
                "--db", world.path, "complaint", "respond", "ADU-2026-00001", "--message", "Sudah ditambal",
                "--attach-public", fixture("photo.png"), "--attach", fixture("letter.pdf"), "--format", "json",
            ], environment: Self.monday, login: "adm")
        #expect(respond.status == 0, "\(respond.stderr)")
        let show = kbk(["--db", world.path, "complaint", "show", "ADU-2026-00001", "--format", "json"])
        #expect(show.stdout.contains("\"name\": \"letter.pdf\"") && show.stdout.contains("\"name\": \"photo.png\""))
        // Shown to citizens or not: by whoever may note the complaint in its scope.
        let other = kbk(
            ["--db", world.path, "complaint", "attachment", "ADU-2026-00001", "2", "--public"], login: "adm.dlh")
        #expect(other.status == 77, "\(other.stderr)")
        let shown = kbk(
            ["--db", world.path, "complaint", "attachment", "ADU-2026-00001", "2", "--public"], login: "agus")
        #expect(shown.status == 0, "\(shown.stderr)")
        let missing = kbk(
            ["--db", world.path, "complaint", "attachment", "ADU-2026-00001", "7", "--public"], login: "agus")
        #expect(missing.status == 65 && missing.stderr.contains("#7"))
    }

    @Test func hostileFilesAreRefusedByWhatTheyHoldAndNothingIsStored() throws {
        #expect(new([]).status == 0)
        let php = world.folder.file("foto.jpg")
        try Data("<?php system($_GET['c']); ?>".utf8).write(to: URL(fileURLWithPath: php))
        let svg = world.folder.file("peta.png")
        try Data("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".utf8).write(
            to: URL(fileURLWithPath: svg))
        let pdf = world.folder.file("surat.pdf")
        try Data("%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n".utf8)
            .write(to: URL(fileURLWithPath: pdf))
        let untouched = snapshot(world.path)
        for (file, said) in [
            (php, "isinya berkas PHP"), (svg, "isinya berkas SVG"), (pdf, "PDF-nya memuat /JavaScript"),
        ] {
            let refused = new(["--attach", file], login: testLogin)
            let indonesian = kbk(
                [
                    "--db", world.path, "complaint", "new", "--channel", "sms", "--subject", "x", "--description", "y",
                    "--attach", file,
                ], environment: ["KBK_LANG": "id"])
            #expect(refused.status == 65 && indonesian.status == 65)
            #expect(
                indonesian.stderr.contains(said) && indonesian.stderr.split(separator: "\n").count == 1,
                "\(indonesian.stderr)")
        }
        let six = Array(repeating: ["--attach", fixture("photo.png")], count: 6).flatMap { $0 }
        let tooMany = new(six)
        #expect(tooMany.status == 65 && tooMany.stderr.contains("6"), "\(tooMany.stderr)")
        #expect(snapshot(world.path) == untouched)
    }

    @Test func aConfidentialComplaintsFilesAreAsConfidentialAsItsText() throws {
        let logged = new(["--skpd", "DPUPR", "--confidential", "--attach", fixture("photo.jpg")])
        #expect(logged.status == 0, "\(logged.stderr)")
        let inScope = kbk(
            ["--db", world.path, "complaint", "show", "ADU-2026-00001", "--format", "json"], login: "agus")
        #expect(inScope.stdout.contains("\"name\": \"photo.jpg\""))
        let elsewhere = kbk(
            ["--db", world.path, "complaint", "show", "ADU-2026-00001", "--format", "json"], login: "adm.dlh")
        #expect(elsewhere.status == 0 && elsewhere.stdout.contains("\"attachments\": []"), "\(elsewhere.stdout)")
        let save = kbk(
            [
                "--db", world.path, "complaint", "attachment", "ADU-2026-00001", "1", "--save",
                world.folder.file("x.jpg"),
            ],
            login: "adm.dlh")
        #expect(save.status == 65 && !FileManager.default.fileExists(atPath: world.folder.file("x.jpg")))
    }

    @Test func aFileChangedInTheDatabaseIsFoundByCheck() throws {
        #expect(new(["--attach", fixture("photo.png")]).status == 0)
        let connection = try Connection(path: world.path)
        try connection.execute("DROP TRIGGER attachment_content_no_update")
        try connection.execute("UPDATE attachment_content SET bytes = x'89504E47' WHERE id = 1")
        let check = kbk(["--db", world.path, "check"])
        #expect(check.status != 0 && check.stderr.contains("attachment_content"), "\(check.stderr)")
    }

    @Test func anExportBundleCarriesTheFilesAndImportsBackIdentical() throws {
        #expect(
            new(["--skpd", "DPUPR", "--attach", fixture("photo.jpg"), "--attach-public", fixture("photo.png")]).status
                == 0)
        let noted = kbk(
            [
                "--db", world.path, "complaint", "note", "ADU-2026-00001", "--message", "Survei",
                "--attach", fixture("letter.pdf"), "--attach", fixture("photo.webp"),
            ], environment: Self.monday, login: "adm")
        #expect(noted.status == 0, "\(noted.stderr)")
        let bundle = world.folder.file("bundle")
        try FileManager.default.createDirectory(atPath: bundle, withIntermediateDirectories: true)
        for kind in ["skpd", "complaints", "events", "attachments"] {
            let personal = kind == "complaints" || kind == "attachments" ? ["--include-personal-data"] : []
            let exported = kbk(["--db", world.path, "export", kind, "--output", "\(bundle)/\(kind).csv"] + personal)
            #expect(exported.status == 0, "\(exported.stderr)")
        }
        // Without a file to write beside, there is no bundle.
        #expect(kbk(["--db", world.path, "export", "attachments"]).status == 64)
        let copy = world.folder.file("copy.sqlite")
        #expect(kbk(["--db", copy, "init"]).status == 0)
        for kind in ["skpd", "complaints", "events", "attachments"] {
            let imported = kbk(["--db", copy, "import", kind, "\(bundle)/\(kind).csv"])
            #expect(imported.status == 0, "\(kind): \(imported.stderr)")
        }
        let again = world.folder.file("again")
        try FileManager.default.createDirectory(atPath: again, withIntermediateDirectories: true)
        let reexported = kbk(
            ["--db", copy, "export", "attachments", "--output", "\(again)/attachments.csv", "--include-personal-data"])
        #expect(reexported.status == 0, "\(reexported.stderr)")
        // The round trip: the same rows and the same files, byte for byte.
        let rows = try String(contentsOfFile: "\(again)/attachments.csv", encoding: .utf8)
        #expect(rows == (try String(contentsOfFile: "\(bundle)/attachments.csv", encoding: .utf8)))
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(bundle)/files").sorted()
        let copied = try FileManager.default.contentsOfDirectory(atPath: "\(again)/files").sorted()
        #expect(files.count == 4 && files == copied)
        for file in files {
            #expect(
                FileManager.default.contents(atPath: "\(bundle)/files/\(file)")
                    == FileManager.default.contents(atPath: "\(again)/files/\(file)"))
        }
        #expect(kbk(["--db", copy, "check"]).status == 0)
        // A bundle whose file was changed, or whose row points outside it, is refused whole.
        let csv = try String(contentsOfFile: "\(bundle)/attachments.csv", encoding: .utf8)
        let tampered = world.folder.file("tampered.sqlite")
        #expect(kbk(["--db", tampered, "init"]).status == 0)
        for kind in ["skpd", "complaints", "events"] {
            #expect(kbk(["--db", tampered, "import", kind, "\(bundle)/\(kind).csv"]).status == 0)
        }
        let pdf = try #require(files.first { $0.hasSuffix(".pdf") })
        var bytes = try #require(FileManager.default.contents(atPath: "\(bundle)/files/\(pdf)"))
        bytes.append(contentsOf: Array("% changed\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: "\(bundle)/files/\(pdf)"))
        let untouched = snapshot(tampered)
        let refused = kbk(
            ["--db", tampered, "import", "attachments", "\(bundle)/attachments.csv"], environment: ["KBK_LANG": "id"])
        #expect(refused.status == 65 && refused.stderr.contains("SHA-256"), "\(refused.stderr)")
        let escaping = world.folder.file("escaping.csv")
        try csv.replacingOccurrences(of: "files/", with: "files/../../").write(
            toFile: escaping, atomically: true, encoding: .utf8)
        let outside = kbk(["--db", tampered, "import", "attachments", escaping])
        #expect(outside.status == 65 && outside.stderr.contains("files/NAME"), "\(outside.stderr)")
        #expect(snapshot(tampered) == untouched)
    }
}
