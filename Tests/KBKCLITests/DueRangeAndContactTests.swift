import Foundation
import KBKDomain
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKWeb

/// Due-date ranges and the order by due date (`complaint list --due-from --due-to --by-due`, and the
/// complaints page's same fields), and finding a complainant's complaints by telephone, audited.
@Suite struct DueRangeAndContactTests {
    let world: WebTests.World
    static let later = ["KBK_NOW": "2026-11-06T10:00:00+07:00"]

    /// Six complaints received on four days, one of them settled (no deadline runs) and one handed
    /// over (its respond deadline runs), each with a contact.
    init() throws {
        world = try WebTests.World()
        let days = ["2026-11-02", "2026-11-03", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-05"]
        let contacts = [
            "0812-3456-7890", "+62 812 3456 7890", "0813 1111 2222", "warga@contoh.id", "6281234567890",
            "HP/WA: 0812 3456 7890 (siang)",
        ]
        for (index, day) in days.enumerated() {
            var arguments = [
                "--db", world.path, "complaint", "new", "--subject", "Aduan \(index + 1)", "--description", "Isi",
                "--channel", "whatsapp", "--skpd", "DPUPR",
            ]
            if !contacts[index].isEmpty { arguments += ["--name", "Warga \(index + 1)", "--contact", contacts[index]] }
            let result = kbk(arguments, environment: ["KBK_NOW": "\(day)T09:00:00+07:00"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        for arguments in [
            ["complaint", "respond", "ADU-2026-00002", "--message", "Dicek"],
            ["complaint", "respond", "ADU-2026-00003", "--message", "Dicek"],
            ["complaint", "resolve", "ADU-2026-00003", "--message", "Selesai"],
        ] {
            let result = kbk(["--db", world.path, "--on-behalf-of", "adm"] + arguments, environment: Self.later)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    /// The tickets a CSV listing gives, in order, with their running due dates.
    func listed(_ arguments: [String]) -> [(ticket: String, due: String)] {
        let result = kbk(
            ["--db", world.path, "complaint", "list", "--format", "csv", "--limit", "0"] + arguments,
            environment: Self.later)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(whereSeparator: \.isNewline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        guard let header = lines.first, let dueColumn = header.firstIndex(of: "running_due") else { return [] }
        return lines.dropFirst().map { (String($0[0]), String($0[dueColumn])) }
    }

    @Test func theOrderByDueAndTheRangeAgreeWithEachComplaintsRunningDeadline() {
        let all = listed([])
        #expect(all.count == 6)
        let running = all.filter { !$0.due.isEmpty }
        #expect(running.count == 5, "the settled one has no running deadline: \(all)")
        // Sorted by its running due date, newest received first within a day (the list's own order).
        let expected = running.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }
            .map(\.element.ticket)
        #expect(listed(["--by-due"]).map(\.ticket) == expected)
        let dues = Set(running.map(\.due)).sorted()
        #expect(dues.count >= 3, "\(running)")
        let (from, to) = (dues[1], dues[dues.count - 2])
        let inRange = listed(["--due-from", from, "--due-to", to, "--by-due"])
        #expect(
            inRange.map(\.ticket)
                == expected.filter { ticket in
                    let due = running.first { $0.ticket == ticket }?.due ?? ""
                    return due >= from && due <= to
                })
        #expect(!inRange.isEmpty && inRange.count < running.count)
        // The web's page reads the same fields with the same store call.
        let page = world.request(
            "GET", "/complaints", user: "koord", query: "sort=due&due_from=\(from)&due_to=\(to)",
            now: "2026-11-06T10:00:00+07:00")
        #expect(page.status == 200)
        let shown = inRange.map(\.ticket).compactMap { page.body.range(of: ">\($0)</a>")?.lowerBound }
        #expect(shown.count == inRange.count && shown == shown.sorted(), "\(page.body)")
        // A range that ends before it starts, and an order with its opposite, are refused.
        let backwards = kbk(
            ["--db", world.path, "complaint", "list", "--due-from", to, "--due-to", from], environment: Self.later)
        #expect(from == to || backwards.status == 65)
        let both = kbk(
            ["--db", world.path, "complaint", "list", "--by-due", "--oldest-first"], environment: Self.later)
        #expect(both.status == 64 && both.stderr.contains("--by-due"))
        // Paused complaints have no running deadline to order or range over: refused, not an empty list.
        let paused = kbk(["--db", world.path, "complaint", "list", "--due", "paused", "--by-due"])
        #expect(paused.status == 64 && paused.stderr.contains("--due paused"), "\(paused.stderr)")
        let pausedPage = world.request("GET", "/complaints", user: "koord", query: "due=paused&sort=due")
        #expect(pausedPage.status == 400 && pausedPage.body.contains("ditunda"), "\(pausedPage.body)")
        let refused = world.request("GET", "/complaints", user: "koord", query: "due_from=2026-13-01")
        #expect(refused.status == 400 && refused.body.contains("2026-13-01"))
    }

    @Test func aPhoneNumberFindsItsComplaintsForThoseWhoMayRevealAndIsAudited() throws {
        let page = world.request("GET", "/complaints/contact", user: "koord")
        #expect(page.status == 200 && page.body.contains("name=\"phone\""))
        #expect(world.request("GET", "/complaints", user: "koord").body.contains("/kbk/complaints/contact"))
        let found = world.post(
            "/complaints/contact", user: "koord", [("phone", "0812 3456 7890"), ("reason", "Menelepon balik")])
        #expect(found.status == 200, "\(found.body)")
        // Three ways of writing one number; neither the other number nor the e-mail address.
        for ticket in ["ADU-2026-00001", "ADU-2026-00002", "ADU-2026-00005", "ADU-2026-00006"] {
            #expect(found.body.contains(">\(ticket)</a>"), "\(ticket)")
        }
        for ticket in ["ADU-2026-00003", "ADU-2026-00004"] { #expect(!found.body.contains(ticket)) }
        #expect(!found.body.contains("Warga 1"), "the page lists complaints, not identities")
        let audit = kbk(["--db", world.path, "audit", "--action", "reveal_identity"])
        #expect(
            audit.stdout.contains(
                "08••••••7890 (4 found: ADU-2026-00006, ADU-2026-00005, ADU-2026-00002, ADU-2026-00001): Menelepon balik"
            ),
            "\(audit.stdout)")
        // Each complaint's own trail says it was found by its complainant's number, and why.
        let trail = kbk(["--db", world.path, "audit", "--entity", "complaint", "--id", "ADU-2026-00005"])
        #expect(trail.stdout.contains("by its complainant's telephone number 08••••••7890: Menelepon balik"))
        #expect(!audit.stdout.contains("3456"))
        // An officer and a unit-admin may not; a number that is none and a missing reason are refused.
        let before = snapshot(world.path)
        #expect(world.request("GET", "/complaints/contact", user: "agus").status == 403)
        #expect(
            world.post("/complaints/contact", user: "adm", [("phone", "081234567890"), ("reason", "x")]).status == 403)
        #expect(!world.request("GET", "/complaints", user: "adm").body.contains("/kbk/complaints/contact"))
        let bad = world.post("/complaints/contact", user: "koord", [("phone", "warga@contoh.id"), ("reason", "x")])
        #expect(bad.status == 400 && bad.body.contains("id=\"phone-error\""), "\(bad.body)")
        #expect(world.post("/complaints/contact", user: "koord", [("phone", "081234567890")]).status == 400)
        #expect(snapshot(world.path) == before)
    }

    @Test func aNumberIsReadTheSameWhicheverWayItIsWritten() {
        #expect(ContactNumber("0812-3456-7890")?.digits == "081234567890")
        #expect(ContactNumber("+62 812 3456 7890") == ContactNumber("(0812) 3456 7890"))
        #expect(ContactNumber("812 3456 7890")?.digits == "081234567890")
        #expect(ContactNumber("warga@contoh.id") == nil && ContactNumber("0812") == nil)
        #expect(ContactNumber("0812345678901234567") == nil)
        #expect(ContactNumber("081234567890")?.masked == "08••••••7890")
        #expect(
            ContactNumber.all(in: "HP: +62 812 3456 7890 / 0813 1111 2222").map(\.digits) == [
                "081234567890", "081311112222",
            ])
        #expect(ContactNumber.all(in: "WA 081234567890 081311112222").count == 2)
        #expect(ContactNumber.all(in: "warga@contoh.id, RT 03/RW 02").isEmpty)
    }
}
