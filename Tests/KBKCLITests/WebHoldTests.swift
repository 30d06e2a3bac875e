import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// A hold names what it waits for, on the web as on the command line, at the head of its reason.
@Suite struct WebHoldTests {
    @Test func aHoldNamesWhatItAwaits() throws {
        let world = try WebTests.World()
        for subject in ["Jalan berlubang", "Lampu mati"] {
            let logged = world.post(
                "/intake", user: "koord", [("subject", subject), ("description", "x"), ("skpd", "DPUPR")])
            #expect(logged.status == 200)
        }
        let page = world.request("GET", "/complaint/ADU-2026-00001", user: "adm")
        #expect(page.body.contains("<option value=\"other-agency\">instansi lain</option>"))
        let held = world.post(
            "/complaint/ADU-2026-00001/hold", user: "adm", [("awaiting", "other-agency"), ("reason", "Data dari BPN")])
        #expect(held.status == 303, "\(held.body)")
        let shown = world.request("GET", "/complaint/ADU-2026-00001", user: "adm")
        #expect(shown.body.contains("Menunggu instansi lain: Data dari BPN"))
        let cli = kbk(
            [
                "--db", world.path, "complaint", "hold", "ADU-2026-00002", "--awaiting", "complainant", "--reason",
                "Foto lokasi",
            ],
            login: "adm")
        #expect(cli.status == 0, "\(cli.stderr)")
        let history = kbk(["--db", world.path, "complaint", "show", "ADU-2026-00002", "--format", "json"])
        #expect(history.stdout.contains("Menunggu pengadu: Foto lokasi"), "\(history.stdout)")
        // Something else to wait for is refused by its field, and nothing is written.
        _ = world.post("/intake", user: "koord", [("subject", "Sampah"), ("description", "x"), ("skpd", "DPUPR")])
        let before = snapshot(world.path)
        let odd = world.post("/complaint/ADU-2026-00003/hold", user: "adm", [("awaiting", "santa"), ("reason", "x")])
        #expect(odd.status == 400 && odd.body.contains("id=\"hold-awaiting-error\""), "\(odd.body)")
        #expect(snapshot(world.path) == before)
    }
}
