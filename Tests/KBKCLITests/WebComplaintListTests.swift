import Foundation
import KBKDomain
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The complaints page (`/complaints`): the search and filters of `kbk complaint list`, pages with
/// their total, a ticket going straight to its complaint, and the CSV of what the filters find.
@Suite struct WebComplaintListTests {
    let world: WebTests.World
    /// Before the pages are asked for: the clock of the complaints' receipt.
    static let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]

    init() throws {
        world = try WebTests.World()
        var arguments: [[String]] = [
            [
                "--subject", "Jalan desa rusak", "--description", "Lubang besar di depan SD", "--channel", "lapor",
                "--location", "Desa Karangreja", "--external-ref", "LAPOR-5123987",
            ],
            ["--subject", "Lampu jalan padam", "--description", "Sudah seminggu gelap", "--channel", "sms"],
        ]
        for number in 1...53 {
            arguments.append([
                "--subject", "Sampah menumpuk \(number)", "--description", "Belum diangkut", "--channel", "whatsapp",
            ])
        }
        for complaint in arguments {
            let result = kbk(["--db", world.path, "complaint", "new"] + complaint, environment: Self.monday)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    func page(_ query: String, language: String = "id") -> WebTests.Response {
        world.request("GET", "/complaints", user: "koord", query: query, language: language)
    }

    @Test func wordsInAnyOrderFindAComplaintAndATicketOpensIt() {
        let found = page("q=rusak+jalan")
        #expect(found.status == 200)
        #expect(found.body.contains("ADU-2026-00001") && !found.body.contains("ADU-2026-00002"))
        #expect(found.body.contains("1–1 dari 1"))
        #expect(found.body.contains("value=\"rusak jalan\""), "the search is shown again as typed")
        #expect(page("q=5123987").body.contains("ADU-2026-00001"))
        let ticket = page("q=adu-2026-00002")
        #expect(ticket.status == 303)
        #expect(ticket.headers["Location"]?.hasSuffix("/kbk/complaint/ADU-2026-00002") == true)
        #expect(page("q=tidak+ada+apa-apa").body.contains("Tidak ada pengaduan yang cocok."))
    }

    @Test func pagesCountFromOneAndKeepTheFilters() {
        let first = page("channel=whatsapp")
        #expect(first.body.contains("1–50 dari 53"))
        #expect(first.body.contains("href=\"/kbk/complaints?channel=whatsapp&amp;page=2\""))
        #expect(!first.body.contains("ADU-2026-00001"))
        let second = page("channel=whatsapp&page=2")
        #expect(second.body.contains("51–53 dari 53"))
        #expect(second.body.contains("page=1") && !second.body.contains("page=3"))
        #expect(page("page=2", language: "en").body.contains("51–55 of 55"))
    }

    @Test func theCSVHoldsEveryComplaintTheFiltersFind() {
        let csv = page("channel=whatsapp&format=csv")
        #expect(csv.status == 200)
        #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(csv.headers["Content-Disposition"]?.contains("pengaduan-2026-11-03.csv") == true)
        let lines = csv.body.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("ticket,received_at,channel,skpd,status,running_due,subject") == true)
        #expect(lines.count == 54)
    }

    /// A filter that cannot be read comes back with what was typed and the reason by its field, and
    /// lists nothing.
    @Test func aFilterThatCannotBeReadIsNamedByItsField() {
        let refused = page("status=lost&from=2026-13-01&q=%3Cscript%3E")
        #expect(refused.status == 400)
        #expect(refused.body.contains("lost") && refused.body.contains("2026-13-01"))
        #expect(refused.body.contains("class=\"error\""))
        #expect(!refused.body.contains("<script>") && refused.body.contains("&lt;script&gt;"))
        #expect(!refused.body.contains("ADU-2026-"))
        // What the command line refuses in --search, the page refuses too: a NUL, an overlong text.
        let nul = page("q=a%00b")
        #expect(nul.status == 400 && nul.body.contains("pencarian") && !nul.body.contains("SQLite"), "\(nul.body)")
        let long = page("q=" + String(repeating: "a+", count: 150))
        #expect(long.status == 400 && long.body.contains("pencarian"))
        let reversed = page("from=2026-11-10&to=2026-11-01")
        #expect(reversed.status == 400 && reversed.body.contains("Diterima sampai"), "\(reversed.body)")
        let badPage = page("page=0")
        #expect(badPage.status == 400 && badPage.body.contains("halaman"), "\(badPage.body)")
        let unknownUnit = page("skpd=NOPE")
        #expect(unknownUnit.status == 400)
        #expect(unknownUnit.body.contains("NOPE"))
    }

    @Test func theListIsOfferedInTheMenuAndReadsAsCardsOnAPhone() {
        let inbox = world.request("GET", "/", user: "agus")
        #expect(inbox.body.contains("href=\"/kbk/complaints\">Pengaduan</a>"))
        let list = page("")
        #expect(list.body.contains("<td data-label=\"Tiket\"><a href=\"/kbk/complaint/ADU-2026-00055\">"))
        #expect(WebPages.style.contains("table.list td::before{content:attr(data-label)"))
        // Tap targets of at least 44 px: the menu, the buttons and the pages' links.
        #expect(WebPages.style.contains(".pager a{display:inline-block;min-height:44px"))
        #expect(WebPages.style.contains("header a,button{min-height:44px"))
    }

    /// Every item of an official's inbox is on a page of it: no page points to the command line.
    @Test func theInboxShowsEveryItemAPageAtATime() {
        let first = world.request("GET", "/", user: "koord")
        #expect(first.status == 200)
        #expect(first.body.contains("1–50 dari 55"))
        #expect(first.body.contains("href=\"/kbk/?page=2\""))
        #expect(!first.body.contains("kbk inbox"))
        let second = world.request("GET", "/", user: "koord", query: "page=2")
        #expect(second.body.contains("51–55 dari 55"))
        #expect(second.body.contains("href=\"/kbk/?page=1\"") && !second.body.contains("page=3"))
        let tickets = [first.body, second.body].flatMap { page in
            page.components(separatedBy: "<a href=\"/kbk/complaint/").dropFirst().map { $0.prefix(14) }
        }
        #expect(Set(tickets).count == 55, "each complaint on exactly one page")
        #expect(world.request("GET", "/", user: "koord", query: "page=0").status == 400)
    }

    /// A desk calls the complainant back: the coordinator shows the identity with a reason, which the
    /// audit trail records as the command line's reveal does; an officer is refused and nothing is written.
    @Test func theIdentityIsShownWithAReasonAndRecorded() throws {
        let logged = kbk(
            [
                "--db", world.path, "complaint", "new", "--subject", "Air mati", "--description", "Tiga hari",
                "--channel", "phone", "--name", "Siti Aminah", "--contact", "081234567890",
            ], environment: Self.monday)
        #expect(logged.status == 0, "\(logged.stderr)")
        let ticket = "ADU-2026-00056"
        let hidden = world.request("GET", "/complaint/\(ticket)", user: "koord").body
        #expect(!hidden.contains("Siti Aminah") && hidden.contains("Tampilkan identitas pengadu"))
        #expect(!hidden.contains("kbk complaint"), "no page points to the command line")
        let auditBefore = try rowCounts(world.path)["audit_log"] ?? 0
        let refused = world.post("/complaint/\(ticket)/reveal", user: "agus", [("reason", "ingin tahu")])
        #expect(refused.status == 403 && !refused.body.contains("Siti Aminah"))
        #expect(try rowCounts(world.path)["audit_log"] == auditBefore)
        let shown = world.post("/complaint/\(ticket)/reveal", user: "koord", [("reason", "Menelepon balik pengadu")])
        #expect(shown.status == 200, "\(shown.body)")
        #expect(shown.body.contains("Siti Aminah — 081234567890"))
        #expect(try rowCounts(world.path)["audit_log"] == auditBefore + 1)
        let audit = kbk(["--db", world.path, "audit", "--limit", "1", "--format", "json"]).stdout
        #expect(audit.contains("Menelepon balik pengadu") && audit.contains("koord"))
        // Without its token the post shows nothing and records nothing.
        let stale = world.post("/complaint/\(ticket)/reveal", user: "koord", [("reason", "x")], csrf: "0.00")
        #expect(stale.status == 403 && !stale.body.contains("Siti Aminah"))
        #expect(try rowCounts(world.path)["audit_log"] == auditBefore + 1)
    }
}
