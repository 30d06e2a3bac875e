import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// A form the store or a field's rule refuses comes back on its page, filled in as it was typed,
/// with the reason next to the field it is about (or atop the form), and nothing is written.
@Suite struct WebRefusalTests {
    let world: WebTests.World
    let ticket = "/complaint/ADU-2026-00001"

    init() throws {
        world = try WebTests.World()
        let logged = world.post(
            "/intake", user: "koord", [("subject", "Lampu mati"), ("description", "Jl. Mayjen"), ("skpd", "DPUPR")])
        #expect(logged.status == 200, "\(logged.body)")
    }

    /// The text between the tags of the field named `name`'s label and its control.
    func fieldError(_ page: String, _ name: String) -> String? {
        guard let range = page.range(of: "<span class=\"field-error\" id=\"\(name)-error\">") else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "<" })
    }

    @Test func aValueOutOfItsRangeComesBackNextToItsField() throws {
        let before = snapshot(world.path)
        let page = world.post("\(ticket)/extend", user: "adm", [("working_days", "99"), ("reason", "Menunggu aspal")])
        #expect(page.status == 400)
        #expect(page.body.contains("Belum ada yang dicatat"), "\(page.body)")
        let reason = try #require(fieldError(page.body, "extend-working_days"), "\(page.body)")
        #expect(reason.contains("99"), "\(reason)")
        #expect(page.body.contains("aria-invalid=\"true\" aria-describedby=\"extend-working_days-error\""))
        // What was typed is there to correct, and the other forms are empty.
        #expect(page.body.contains("value=\"99\"") && page.body.contains("value=\"Menunggu aspal\""))
        #expect(page.body.components(separatedBy: "field-error").count == 2)
        #expect(snapshot(world.path) == before)
    }

    @Test func aMissingFieldOfTheIntakeIsNamedAndTheRestKept() throws {
        let before = snapshot(world.path)
        let page = world.post(
            "/intake", user: "koord", [("subject", "Sampah menumpuk"), ("description", " "), ("contact", "0812")])
        #expect(page.status == 400)
        #expect(fieldError(page.body, "description") != nil, "\(page.body)")
        #expect(page.body.contains("value=\"Sampah menumpuk\"") && page.body.contains("value=\"0812\""))
        #expect(snapshot(world.path) == before)
    }

    @Test func theStoresRefusalStandsAtopTheFormItRefused() throws {
        let before = snapshot(world.path)
        // A login outside the list the form offers (a hand-made post): the store refuses it.
        let page = world.post("\(ticket)/assign", user: "adm", [("to", "adm.dlh"), ("note", "segera")])
        #expect(page.status == 403 || page.status == 400, "\(page.status)")
        let form = try #require(
            page.body.components(separatedBy: "/assign\" class=\"action\">").dropFirst().first, "\(page.body)")
        #expect(form.hasPrefix("\n<h3>"))
        let atop = form.components(separatedBy: "<label").first ?? ""
        #expect(atop.contains("<p class=\"field-error\" role=\"alert\">"), "\(atop)")
        #expect(form.contains("value=\"segera\""))
        #expect(snapshot(world.path) == before)
    }

    @Test func aRegistryFormComesBackOpenWithTheNIPsProblem() throws {
        let group = world.post("/unit/DPUPR/group", user: "adm", [("name", "KBK Jalan"), ("focus", "Jalan")])
        #expect(group.status == 303, "\(group.body)")
        let before = snapshot(world.path)
        let page = world.post(
            "/group/1/member", user: "adm", [("nip", "123"), ("name", "Budi Santoso"), ("role", "member")])
        #expect(page.status == 400, "\(page.body)")
        #expect(page.body.contains("<details class=\"action\" open><summary>Tambah anggota"))
        let reason = try #require(fieldError(page.body, "member-nip"), "\(page.body)")
        #expect(reason.contains("123"))
        #expect(page.body.contains("value=\"Budi Santoso\""))
        #expect(snapshot(world.path) == before)
    }

    @Test func aFormThatIsNotOnThePageListsWhatWasTypedUnderTheReason() throws {
        let before = snapshot(world.path)
        // An officer may not assign: the page offers no such form, so the typed values are listed.
        let page = world.post("\(ticket)/assign", user: "agus", [("to", "agus")])
        #expect(page.status == 403)
        #expect(page.body.contains("<p class=\"error\" role=\"alert\">Belum ada yang dicatat: "))
        #expect(page.body.contains("<dt>to</dt><dd>agus</dd>"))
        #expect(snapshot(world.path) == before)
    }
}
