import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The disposition sheet: the complaint on one printable page with its hand-overs, under the
/// letterhead, never the complainant.
@Suite struct WebDispositionTests {
    @Test func theSheetCarriesTheHandOversAndNotTheComplainant() throws {
        let world = try WebTests.World()
        #expect(kbk(["--db", world.path, "config", "set", "org.name", "Pemerintah Kabupaten Purbalingga"]).status == 0)
        let logged = world.post(
            "/intake", user: "koord",
            [
                ("subject", "Jalan berlubang"), ("description", "Di depan SD"), ("skpd", "DPUPR"),
                ("name", "Siti Aminah"), ("contact", "081234567890"),
            ])
        #expect(logged.status == 200)
        #expect(world.post("/complaint/ADU-2026-00001/assign", user: "adm", [("to", "agus")]).status == 303)
        let complaint = world.request("GET", "/complaint/ADU-2026-00001", user: "adm")
        #expect(complaint.body.contains("href=\"/kbk/complaint/ADU-2026-00001/disposition\">Cetak lembar disposisi"))
        let sheet = world.request("GET", "/complaint/ADU-2026-00001/disposition", user: "adm")
        #expect(sheet.status == 200)
        let body = sheet.body
        #expect(body.contains("<div class=\"org\">Pemerintah Kabupaten Purbalingga</div>"))
        #expect(body.contains("LEMBAR DISPOSISI") && body.contains("<dd>Jalan berlubang</dd>"))
        #expect(body.contains("<dt>Disposisi kepada</dt><dd>Pegawai agus</dd>"))
        // The hand-overs: to the unit at intake, to the officer by the unit's admin.
        #expect(body.contains(">Dinas Pekerjaan Umum (DPUPR)</td>"))
        #expect(
            body.contains("data-label=\"Dari\">Pegawai adm</td>")
                && body.contains("data-label=\"Kepada\">Pegawai agus</td>"))
        #expect(!body.contains("Siti Aminah") && !body.contains("081234567890"))
        #expect(sheet.headers["Content-Security-Policy"]?.contains("img-src 'self' data:") == true)
        // Only a read: a post there is no page.
        #expect(world.post("/complaint/ADU-2026-00001/disposition", user: "adm", []).status == 404)
    }
}
