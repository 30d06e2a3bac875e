import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The admin's officials page: the list, and `kbk official add` and `deactivate` through their store calls.
@Suite struct WebOfficialsTests {
    @Test func anAdminRegistersAndDeactivatesAnOfficial() throws {
        let world = try WebTests.World()
        let page = world.request("GET", "/officials", user: testLogin)
        #expect(page.status == 200, "\(page.body)")
        #expect(
            page.body.contains("<td data-label=\"Login\">agus</td>") && page.body.contains("/kbk/officials\">Pegawai"))
        let added = world.post(
            "/officials/add", user: testLogin,
            [
                ("login", "rina"), ("nip", "198506152010011005"), ("name", "Rina Kusuma"), ("skpd", "DLH"),
                ("role", "officer"), ("email", "rina@purbalinggakab.go.id"),
            ])
        #expect(added.status == 303, "\(added.body)")
        let shown = kbk(["--db", world.path, "official", "show", "rina", "--format", "json"])
        #expect(shown.status == 0 && shown.stdout.contains("\"DLH\""), "\(shown.stdout)")
        let before = snapshot(world.path)
        let bad = world.post(
            "/officials/add", user: testLogin,
            [("login", "budi"), ("nip", "123"), ("name", "Budi"), ("skpd", "DLH"), ("role", "officer")])
        #expect(bad.status == 400 && bad.body.contains("id=\"add-nip-error\""), "\(bad.body)")
        #expect(bad.body.contains("value=\"Budi\"") && bad.body.contains("<details class=\"action\" open>"))
        #expect(snapshot(world.path) == before)
        let gone = world.post("/officials/deactivate", user: testLogin, [("login", "rina")])
        #expect(gone.status == 303, "\(gone.body)")
        #expect(!world.request("GET", "/officials", user: testLogin).body.contains(">rina<"))
        // A coordinator may not, and is not offered it.
        let after = snapshot(world.path)
        #expect(world.request("GET", "/officials", user: "koord").status == 403)
        #expect(world.post("/officials/deactivate", user: "koord", [("login", "agus")]).status == 403)
        #expect(!world.request("GET", "/", user: "koord").body.contains("/kbk/officials"))
        #expect(snapshot(world.path) == after)
    }
}
