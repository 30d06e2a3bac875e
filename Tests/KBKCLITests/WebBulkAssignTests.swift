import Foundation
import KBKDomain
import KBKTestSupport
import Testing

@testable import KBKWeb

/// Assigning several complaints from the complaints page, and the list's kind, order and pages.
@Suite struct WebBulkAssignTests {
    let world: WebTests.World

    init() throws {
        world = try WebTests.World()
        for (subject, unit) in [("Jalan berlubang", "DPUPR"), ("Lampu mati", "DPUPR"), ("Sampah", "DLH")] {
            let logged = world.post(
                "/intake", user: "koord", [("subject", subject), ("description", "x"), ("skpd", unit)])
            #expect(logged.status == 200)
        }
    }

    /// A post of the bulk form of the list filtered to `query`.
    func assign(_ user: String, query: String, _ fields: [(String, String)]) -> WebTests.Response {
        world.request(
            "POST", "/complaints/assign", user: user, query: query, form: [("csrf", world.token(user))] + fields)
    }

    func assignees(_ ticket: String) throws -> String? {
        let shown = kbk(["--db", world.path, "complaint", "show", ticket, "--format", "json"])
        let json = try #require(JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        return json["assigned_to"] as? String
    }

    @Test func aUnitsAdminAssignsThePickedComplaintsAtOnce() throws {
        let list = world.request("GET", "/complaints", user: "adm", query: "skpd=DPUPR")
        #expect(list.body.contains("name=\"pick-ADU-2026-00001\"") && list.body.contains("<option value=\"agus\">"))
        // Without a unit the officers to pick from are not one unit's: no boxes.
        #expect(!world.request("GET", "/complaints", user: "adm").body.contains("name=\"pick-"))
        // An officer may not assign: no boxes either.
        #expect(!world.request("GET", "/complaints", user: "agus", query: "skpd=DPUPR").body.contains("name=\"pick-"))
        let done = assign(
            "adm", query: "skpd=DPUPR",
            [("pick-ADU-2026-00001", "1"), ("pick-ADU-2026-00002", "1"), ("to", "agus"), ("note", "Segera")])
        #expect(done.status == 303, "\(done.body)")
        #expect(done.headers["Location"]?.hasPrefix("/kbk/complaints?skpd=DPUPR") == true)
        #expect(try assignees("ADU-2026-00001") == "agus" && assignees("ADU-2026-00002") == "agus")
    }

    @Test func oneRefusedComplaintAssignsNoneAndSaysWhy() throws {
        let before = snapshot(world.path)
        // DLH's complaint is not the DPUPR admin's: the store refuses it, and the rest stay as they were.
        let refused = assign(
            "adm", query: "skpd=DPUPR",
            [("pick-ADU-2026-00001", "1"), ("pick-ADU-2026-00003", "1"), ("to", "agus")])
        #expect(refused.status == 403, "\(refused.status)")
        #expect(refused.body.contains("<p class=\"field-error\" role=\"alert\">"), "\(refused.body)")
        #expect(refused.body.contains("name=\"pick-ADU-2026-00001\" value=\"1\" checked"))
        #expect(snapshot(world.path) == before)
        let none = assign("adm", query: "skpd=DPUPR", [("to", "agus")])
        #expect(none.status == 400 && none.body.contains("pilih sekurang-kurangnya satu pengaduan"))
        #expect(snapshot(world.path) == before)
    }

    @Test func theListFiltersByKindOrdersAndSaysWhenAPageIsPastTheEnd() {
        let oldest = world.request("GET", "/complaints", user: "koord", query: "sort=oldest")
        let first = oldest.body.range(of: "ADU-2026-00001").map {
            oldest.body.distance(from: oldest.body.startIndex, to: $0.lowerBound)
        }
        let third = oldest.body.range(of: "ADU-2026-00003").map {
            oldest.body.distance(from: oldest.body.startIndex, to: $0.lowerBound)
        }
        #expect(first != nil && third != nil && first! < third!)
        #expect(
            world.request("GET", "/complaints", user: "koord", query: "kind=aspiration").body.contains(
                "Tidak ada pengaduan"))
        #expect(world.request("GET", "/complaints", user: "koord", query: "kind=planet").status == 400)
        let past = world.request("GET", "/complaints", user: "koord", query: "page=9")
        #expect(past.body.contains("Halaman 9 melewati halaman terakhir daftar ini (1)."), "\(past.body)")
        #expect(past.body.contains("page=1\">Ke halaman terakhir</a>"))
    }
}

extension WebBulkAssignTests {
    /// A CSV download past its bound is refused with how many were found, and the list is shown.
    @Test func aDownloadPastItsBoundAsksForNarrowerFilters() throws {
        let environment = [
            "REQUEST_METHOD": "GET", "PATH_INFO": "/complaints", "QUERY_STRING": "format=csv", "SCRIPT_NAME": "/kbk",
            "KBK_DB": world.path, "REMOTE_USER": "koord",
        ]
        let now = try Timestamp.parse("2026-11-03T09:00:00+07:00")
        let store = try KBKWeb.open(environment, user: "koord", clock: { now })
        let official = try #require(store.performingOfficial)
        let request = CGIRequest(environment: environment)
        let refused = try KBKWeb.complaintList(request, store: store, official: official, now: now, downloadLimit: 2)
        let page = String(decoding: refused.body, as: UTF8.self)
        #expect(refused.status == 400)
        #expect(
            page.contains("Unduhan memuat paling banyak 2 pengaduan, sedangkan saringan ini menemukan 3"), "\(page)")
        let allowed = try KBKWeb.complaintList(request, store: store, official: official, now: now, downloadLimit: 3)
        #expect(allowed.status == 200 && String(decoding: allowed.body, as: UTF8.self).hasPrefix("ticket,"))
    }
}
