import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The audit trail's page: the filters of `kbk audit` (who, what, which record, when), pages with
/// their total, and the record each entry is about linked to its page.
@Suite struct WebAuditTests {
    let world: WebTests.World

    init() throws {
        world = try WebTests.World()
        for number in 1...3 {
            let logged = world.post(
                "/intake", user: "koord", [("subject", "Lampu mati \(number)"), ("description", "Gelap")])
            #expect(logged.status == 200)
        }
    }

    func rows(_ page: String) -> [String] {
        page.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>")[0]
            .components(separatedBy: "<tr>").dropFirst().map { $0 } ?? []
    }

    @Test func theFiltersOfTheCommandLineFindTheEntries() throws {
        let page = world.request(
            "GET", "/audit", user: "agus",
            query: "actor=koord&entity=complaint&action=create&from=2026-11-03&to=2026-11-03")
        #expect(page.status == 200, "\(page.body)")
        let found = rows(page.body)
        #expect(found.count == 3, "\(found)")
        #expect(found.allSatisfy { $0.contains(">koord<") && $0.contains(">pengaduan<") }, "\(found)")
        #expect(found[0].contains("<a href=\"/kbk/complaint/ADU-2026-00003\">ADU-2026-00003</a>"))
        // The same read as `kbk audit` with the same filters.
        let cli = kbk([
            "--db", world.path, "audit", "--actor", "koord", "--entity", "complaint", "--action", "create",
            "--since", "2026-11-03", "--until", "2026-11-04", "--format", "json",
        ])
        let entries = try #require(JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == found.count, "\(cli.stderr)")
        // The day before holds none of them, and is said so.
        let before = world.request("GET", "/audit", user: "agus", query: "actor=koord&to=2026-11-02&entity=complaint")
        #expect(before.status == 200 && rows(before.body).isEmpty)
        #expect(before.body.contains("Tidak ada entri jejak audit yang cocok."))
    }

    @Test func pagesCountTheWholeTrail() throws {
        // Every entry, as `kbk audit --limit 0` lists them (a header line, then one line each, CRLF).
        let listed = kbk(["--db", world.path, "audit", "--limit", "0", "--format", "csv"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let total = listed.stdout.split(whereSeparator: \.isNewline).count - 1
        #expect(total > 0, "\(listed.stdout.prefix(300)) / \(listed.stderr)")
        let first = world.request("GET", "/audit", user: "adm")
        #expect(rows(first.body).count == min(total, 100))
        #expect(first.body.contains("1–\(min(total, 100)) dari \(total)"), "\(total)")
        let filtered = world.request("GET", "/audit", user: "adm", query: "entity=complaint&page=2")
        #expect(filtered.status == 200 && rows(filtered.body).isEmpty)
    }

    @Test func aFilterThatCannotBeReadIsNamedByItsField() {
        for (query, field) in [
            ("from=2026-02-30", "from"), ("entity=planet", "entity"), ("action=smash", "action"),
            ("from=2026-11-05&to=2026-11-01", "to"), ("page=0", "page"),
        ] {
            let page = world.request("GET", "/audit", user: "adm", query: query)
            #expect(page.status == 400, "\(query)")
            #expect(page.body.contains("<p class=\"error\">"), "\(query)")
            if field != "page" {
                let after = page.body.components(separatedBy: "name=\"\(field)\"").dropFirst().first ?? ""
                #expect(
                    after.components(separatedBy: "</div>")[0].contains("<p class=\"error\">"), "\(query): \(field)")
            }
            #expect(rows(page.body).isEmpty)
        }
    }
}
