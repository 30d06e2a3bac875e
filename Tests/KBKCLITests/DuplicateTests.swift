import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKWeb

/// The same matter reported twice: `kbk complaint link --duplicate-of` and the web's form close the
/// duplicate as such, naming its original; its citizen follows the original; the desk sees likely
/// duplicates while a complaint is to be verified; a report counts the original once.
@Suite struct DuplicateTests {
    let world: WebTests.World
    static let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]
    var codes: [String] = []

    init() throws {
        world = try WebTests.World()
        let subjects = ["Jalan berlubang di Bobotsari", "Lubang jalan Bobotsari makin lebar", "Lampu jalan padam"]
        for subject in subjects {
            let result = kbk(
                [
                    "--db", world.path, "complaint", "new", "--channel", "whatsapp", "--subject", subject,
                    "--description", "Mohon ditindaklanjuti", "--format", "json",
                ], environment: Self.monday)
            #expect(result.status == 0, "\(result.stderr)")
            codes.append(
                result.stdout.range(of: "\"tracking_code\": \"").map {
                    String(result.stdout[$0.upperBound...].prefix(11))
                }
                    ?? "")
        }
    }

    @Test func theCommandLineClosesADuplicateAndTheReportCountsTheOriginalOnce() throws {
        let before = kbk(
            ["--db", world.path, "report", "--period", "2026-11", "--format", "json"], environment: Self.monday)
        let linked = kbk(
            ["--db", world.path, "complaint", "link", "ADU-2026-00002", "--duplicate-of", "ADU-2026-00001"],
            environment: Self.monday)
        #expect(linked.status == 0, "\(linked.stderr)")
        let shown = kbk(["--db", world.path, "complaint", "show", "ADU-2026-00002", "--format", "json"])
        #expect(shown.stdout.contains("\"duplicate_of\": \"ADU-2026-00001\"") && shown.stdout.contains("\"rejected\""))
        let original = kbk(["--db", world.path, "complaint", "show", "ADU-2026-00001", "--format", "json"])
        #expect(original.stdout.contains("\"duplicates\": [\n    \"ADU-2026-00002\""), "\(original.stdout)")
        let after = kbk(
            ["--db", world.path, "report", "--period", "2026-11", "--format", "json"], environment: Self.monday)
        func figure(_ text: String, _ key: String) -> String? {
            text.range(of: "\"\(key)\": ").map { String(text[$0.upperBound...].prefix { $0 != "," && $0 != "\n" }) }
        }
        #expect(figure(before.stdout, "valid") == "3" && figure(after.stdout, "valid") == "2", "\(after.stdout)")
        #expect(figure(after.stdout, "received") == "3")
        // Refused: itself, a duplicate as an original, a rejected original, a second link; nothing changes.
        let untouched = snapshot(world.path)
        for (arguments, code) in [
            (["ADU-2026-00003", "--duplicate-of", "ADU-2026-00003"], 65),
            (["ADU-2026-00003", "--duplicate-of", "ADU-2026-00002"], 65),
            (["ADU-2026-00002", "--duplicate-of", "ADU-2026-00003"], 65),
            (["ADU-2026-00003", "--duplicate-of", "ADU-2026-00099"], 65),
        ] {
            let refused = kbk(["--db", world.path, "complaint", "link"] + arguments, environment: Self.monday)
            #expect(refused.status == Int32(code), "\(arguments): \(refused.stderr)")
        }
        let named = kbk(
            [
                "--db", world.path, "--lang", "id", "complaint", "link", "ADU-2026-00003", "--duplicate-of",
                "ADU-2026-00002",
            ])
        #expect(named.stderr.contains("ADU-2026-00002 sendiri duplikat dari ADU-2026-00001"), "\(named.stderr)")
        #expect(snapshot(world.path) == untouched)
    }

    @Test func theDeskSeesLikelyDuplicatesAndTheCitizenFollowsTheOriginal() throws {
        let page = world.request("GET", "/complaint/ADU-2026-00002", user: "koord")
        #expect(page.body.contains("Pengaduan terbuka yang mungkin sama"), "\(page.body)")
        // The closest first: both words of the same road before the one shared word of a lamp.
        let first = page.body.range(of: "<option value=\"ADU-2026-00001\">")
        let second = page.body.range(of: "<option value=\"ADU-2026-00003\">")
        #expect(first != nil && (second == nil || first!.lowerBound < second!.lowerBound), "\(page.body)")
        // An officer is shown neither the likely duplicates nor the form.
        #expect(!world.request("GET", "/complaint/ADU-2026-00002", user: "agus").body.contains("mungkin sama"))
        let refused = world.post("/complaint/ADU-2026-00002/duplicate", user: "agus", [("original", "ADU-2026-00001")])
        #expect(refused.status == 403)
        let done = world.post("/complaint/ADU-2026-00002/duplicate", user: "koord", [("original", "ADU-2026-00001")])
        #expect(done.status == 303, "\(done.body)")
        let closed = world.request("GET", "/complaint/ADU-2026-00002", user: "koord").body
        #expect(closed.contains("Duplikat dari <a href=\"/kbk/complaint/ADU-2026-00001\">"))
        #expect(world.request("GET", "/complaint/ADU-2026-00001", user: "koord").body.contains("Duplikatnya:"))
        let again = world.post("/complaint/ADU-2026-00003/duplicate", user: "koord", [("original", "ADU-2026-00002")])
        #expect(again.status == 400 && again.body.contains("sendiri duplikat dari ADU-2026-00001"), "\(again.body)")
        // The duplicate's citizen reads its answer and follows the original.
        #expect(
            kbk(
                [
                    "--db", world.path, "--on-behalf-of", "koord", "complaint", "verify", "ADU-2026-00001", "--skpd",
                    "DPUPR",
                ],
                environment: ["KBK_NOW": "2026-11-03T08:00:00+07:00"]
            ).status == 0)
        let status = world.request("GET", "/status", user: nil, query: "ticket=ADU-2026-00002&code=\(codes[1])")
        #expect(status.body.contains("sama dengan aduan yang sudah kami terima"), "\(status.body)")
        #expect(status.body.contains("Ditindaklanjuti pada pengaduan asal: ADU-2026-00001"))
        #expect(status.body.contains("Dinas Pekerjaan Umum"), "the original's unit")
    }
}
