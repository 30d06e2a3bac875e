import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The leaders' page: today's open complaints per unit by where their deadlines stand, the last
/// months' flow, and every number a link to the complaints page that lists exactly those.
@Suite struct WebOverviewTests {
    let world: WebTests.World

    init() throws {
        world = try WebTests.World()
        func new(_ on: String, _ extra: [String]) {
            let result = kbk(
                [
                    "--db", world.path, "complaint", "new", "--subject", "Aduan \(on)", "--description", "x",
                    "--channel",
                    "sms",
                ] + extra,
                environment: ["KBK_NOW": "\(on)T08:00:00+07:00"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        new("2026-10-01", ["--skpd", "DPUPR"]) // ADU-2026-00001: overdue by 3 November
        new("2026-10-28", ["--skpd", "DPUPR"]) // 00002: its answer is due on 4 November, due soon
        new("2026-11-02", ["--skpd", "DPUPR"]) // 00003: due on 9 November
        new("2026-11-02", ["--skpd", "DLH"]) // 00004: held below
        new("2026-11-02", []) // 00005: not handed over yet
        new("2026-11-02", []) // 00006: held before its hand-over
        let held = kbk(
            ["--db", world.path, "complaint", "hold", "ADU-2026-00004", "--reason", "Menunggu data"],
            environment: ["KBK_NOW": "2026-11-02T10:00:00+07:00"], login: "adm.dlh")
        #expect(held.status == 0, "\(held.stderr)")
        let heldEarly = kbk(
            ["--db", world.path, "complaint", "hold", "ADU-2026-00006", "--reason", "Menunggu KTP"],
            environment: ["KBK_NOW": "2026-11-02T10:00:00+07:00"], login: "koord")
        #expect(heldEarly.status == 0, "\(heldEarly.stderr)")
        let resolved = kbk(
            ["--db", world.path, "complaint", "resolve", "ADU-2026-00003", "--message", "Selesai"],
            environment: ["KBK_NOW": "2026-11-02T11:00:00+07:00"], login: "adm")
        #expect(resolved.status == 0, "\(resolved.stderr)")
    }

    /// Each linked number on the page, with its link's query.
    func links(_ page: String) -> [(query: String, count: Int)] {
        let pattern = /<a href="\/kbk\/complaints\?([^"]*)">([0-9.]+)<\/a>/
        return page.matches(of: pattern).map {
            (
                String($0.output.1).replacingOccurrences(of: "&amp;", with: "&"),
                Int($0.output.2.replacingOccurrences(of: ".", with: "")) ?? -1
            )
        }
    }

    @Test func everyNumberIsWhatItsListShows() throws {
        let page = world.request("GET", "/overview", user: "koord")
        #expect(page.status == 200, "\(page.body)")
        let found = links(page.body)
        #expect(found.count >= 10, "\(found)")
        for (query, count) in found {
            let list = world.request("GET", "/complaints", user: "koord", query: query)
            #expect(list.status == 200, "\(query)")
            #expect(list.body.contains(" dari \(count)</span>"), "\(query): \(count)")
        }
        // The standings the fixtures were made for.
        let dpupr = try #require(
            page.body.components(separatedBy: "<tr>").first { $0.contains(">Dinas Pekerjaan Umum<") })
        let cells = dpupr.components(separatedBy: "</td>").map { $0.replacing(/<[^>]*>/, with: "") }
        #expect(Array(cells.prefix(5)) == ["Dinas Pekerjaan Umum", "2", "1", "1", "0"], "\(cells)")
        let dlh = try #require(
            page.body.components(separatedBy: "<tr>").first { $0.contains(">Dinas Lingkungan Hidup<") })
        #expect(dlh.contains("due=paused\">1</a>"))
        let desk = try #require(page.body.components(separatedBy: "<tr>").first { $0.contains("Belum diserahkan") })
        #expect(
            desk.contains("nounit=1&amp;status=open\">2</a>") && desk.contains("nounit=1&amp;due=paused\">1</a>"),
            "\(desk)")
        // November: four received, one settled; October: two, none.
        let november = try #require(page.body.components(separatedBy: "<tr>").first { $0.contains(">Nov 2026<") })
        #expect(november.contains(">4</a>") && november.contains("status=settled\">1</a>"), "\(november)")
        #expect(november.contains("25,0 %"))
    }

    /// Who may read their scope's report reads its overview (the store's `ReadAction.report`): a
    /// unit's admin and officer their unit's, no other.
    @Test func aUnitsOfficialsSeeTheirScopeOnly() {
        let unit = world.request("GET", "/overview", user: "adm")
        #expect(unit.status == 200)
        #expect(unit.body.contains(">Dinas Pekerjaan Umum<") && !unit.body.contains(">Dinas Lingkungan Hidup<"))
        #expect(!unit.body.contains("Belum didisposisikan"))
        // The unit's totals link to the unit with the units under it.
        #expect(unit.body.contains("skpd=DPUPR&amp;under=1&amp;status=open\">2</a>"), "\(unit.body)")
        let officer = world.request("GET", "/overview", user: "agus")
        #expect(officer.status == 200 && !officer.body.contains(">Dinas Lingkungan Hidup<"))
    }
}
