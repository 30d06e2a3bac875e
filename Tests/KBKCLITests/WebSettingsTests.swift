import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The admin's settings page: each setting, and a form that changes it through `kbk config set`'s
/// store call, refused by the same checks.
@Suite struct WebSettingsTests {
    @Test func anAdminChangesASettingAndABadValueComesBackByItsField() throws {
        let world = try WebTests.World()
        let page = world.request("GET", "/settings", user: testLogin)
        #expect(page.status == 200, "\(page.body)")
        #expect(page.body.contains("<h2>web.url</h2>") && page.body.contains("href=\"/kbk/settings\">Pengaturan"))
        #expect(!page.body.contains("action=\"/kbk/settings/org.logo\""))
        let set = world.post("/settings/web.url", user: testLogin, [("value", "https://kbk.purbalinggakab.go.id/kbk/")])
        #expect(set.status == 303, "\(set.body)")
        let listed = kbk(["--db", world.path, "config", "list", "--format", "json"]).stdout
        #expect(listed.contains("https://kbk.purbalinggakab.go.id/kbk\""), "\(listed)")
        let before = snapshot(world.path)
        let bad = world.post("/settings/web.url", user: testLogin, [("value", "javascript:alert(1)")])
        #expect(bad.status == 400)
        #expect(bad.body.contains("<details class=\"action\" open><summary>Ubah"))
        #expect(bad.body.contains("class=\"field-error\""), "\(bad.body)")
        #expect(bad.body.contains("value=\"javascript:alert(1)\""))
        #expect(world.post("/settings/org.logo", user: testLogin, [("value", "x")]).status == 404)
        #expect(snapshot(world.path) == before)
        // A coordinator may not: the page is refused, and the menu does not offer it.
        #expect(world.request("GET", "/settings", user: "koord").status == 403)
        #expect(world.post("/settings/web.url", user: "koord", [("value", "https://x.id")]).status == 403)
        #expect(!world.request("GET", "/", user: "koord").body.contains("/kbk/settings"))
        #expect(snapshot(world.path) == before)
    }
}
