import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The working calendar's page: a year's days off for every official, and `kbk holiday add` and
/// `remove` for the registry's keepers through their store calls.
@Suite struct WebHolidaysTests {
    @Test func anAdminAddsAndRemovesADayOffAndOthersReadIt() throws {
        let world = try WebTests.World()
        let page = world.request("GET", "/holidays", user: testLogin, query: "year=2027")
        #expect(page.status == 200 && page.body.contains("<strong>2027</strong>"), "\(page.body)")
        let added = world.post(
            "/holidays/add", user: testLogin,
            [("date", "2027-12-18"), ("name", "Hari Jadi Kabupaten Purbalingga"), ("kind", "local")])
        #expect(added.status == 303 && added.headers["Location"] == "/kbk/holidays?year=2027", "\(added.body)")
        let listed = kbk(["--db", world.path, "holiday", "list", "--year", "2027", "--format", "csv"]).stdout
        #expect(listed.contains("2027-12-18"), "\(listed)")
        // Every official reads the calendar; an officer is offered no form and may not post one.
        let officer = world.request("GET", "/holidays", user: "agus", query: "year=2027")
        #expect(officer.status == 200 && officer.body.contains("Hari Jadi Kabupaten Purbalingga"))
        #expect(!officer.body.contains("action=\"/kbk/holidays/add\""))
        let before = snapshot(world.path)
        #expect(world.post("/holidays/remove", user: "agus", [("date", "2027-12-18")]).status == 403)
        let bad = world.post("/holidays/add", user: testLogin, [("date", "2027-02-30"), ("name", "x")])
        #expect(bad.status == 400 && bad.body.contains("id=\"add-date-error\""), "\(bad.body)")
        #expect(world.request("GET", "/holidays", user: "agus", query: "year=1700").status == 400)
        #expect(snapshot(world.path) == before)
        let removed = world.post(
            "/holidays/remove", user: testLogin, [("date", "2027-12-18"), ("reason", "Salah tanggal")])
        #expect(removed.status == 303)
        #expect(!kbk(["--db", world.path, "holiday", "list", "--year", "2027"]).stdout.contains("2027-12-18"))
    }
}
