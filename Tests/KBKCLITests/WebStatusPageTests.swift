import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The citizens' status page under the government's name: its letterhead and desk contact, the
/// unit by name, each due date with which deadline it is, dates as people read them, and the
/// public responses only.
@Suite struct WebStatusPageTests {
    @Test func theCitizensPageIsTheGovernmentsAndSaysWhatIsOwedAndWhen() throws {
        let world = try WebTests.World()
        let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]
        for (key, value) in [
            ("org.name", "Pemerintah Kabupaten Purbalingga"), ("org.address", "Jl. Alun-alun Utara No. 1"),
            ("org.contact", "WhatsApp 0812-2600-1234 · pengaduan@purbalinggakab.go.id"),
        ] {
            #expect(kbk(["--db", world.path, "config", "set", key, value]).status == 0)
        }
        let logged = kbk(
            [
                "--db", world.path, "complaint", "new", "--channel", "whatsapp", "--subject", "Jalan berlubang",
                "--description", "Depan SD <b>", "--skpd", "DPUPR", "--name", "Siti Aminah", "--contact",
                "0857-1111-2222",
                "--format", "json",
            ], environment: monday)
        #expect(logged.status == 0, "\(logged.stderr)")
        let code = try #require(
            logged.stdout.range(of: "\"tracking_code\": \"").map { String(logged.stdout[$0.upperBound...].prefix(11)) })
        for arguments in [
            ["complaint", "note", "ADU-2026-00001", "--message", "Catatan internal"],
            ["complaint", "respond", "ADU-2026-00001", "--message", "Dijadwalkan pekan ini"],
        ] {
            let result = kbk(
                ["--db", world.path, "--on-behalf-of", "adm"] + arguments,
                environment: ["KBK_NOW": "2026-11-03T10:12:00+07:00"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let page = world.request(
            "GET", "/status", user: nil, query: "ticket=ADU-2026-00001&code=\(code)", now: "2026-11-04T09:00:00+07:00")
        #expect(page.status == 200)
        let body = page.body
        #expect(body.contains("<title>Status pengaduan · Pemerintah Kabupaten Purbalingga</title>"))
        #expect(body.contains("<span>Pemerintah Kabupaten Purbalingga</span>") && !body.contains("<span>kbk</span>"))
        #expect(body.contains("Jl. Alun-alun Utara No. 1") && body.contains("WhatsApp 0812-2600-1234"))
        #expect(body.contains("<dd>Dinas Pekerjaan Umum</dd>"), "the unit by name")
        #expect(body.contains("Sen, 2 Nov 2026 08.00 WIB"), "\(body)")
        #expect(body.contains("Selesai paling lambat") && body.contains("sisa"), "which deadline, how it stands")
        #expect(body.contains("Sel, 3 Nov 2026 10.12 WIB") && body.contains("Dijadwalkan pekan ini"))
        for hidden in ["Siti Aminah", "Catatan internal", "Depan SD", "0857"] {
            #expect(!body.contains(hidden), "\(hidden) is not the citizen's page's")
        }
        // Without a name set, the page is kbk's, as before.
        #expect(kbk(["--db", world.path, "config", "set", "org.name", ""]).status == 0)
        #expect(world.request("GET", "/status", user: nil).body.contains("<span>kbk</span>"))
    }
}
