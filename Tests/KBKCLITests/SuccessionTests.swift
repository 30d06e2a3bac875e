import Foundation
import KBKDomain
@_spi(Testing) import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

/// A unit that ends hands its open complaints to its successor, in one transaction, each as a
/// recorded reassignment; without a successor it cannot end while it holds any.
@Suite struct SuccessionTests {
    @Test func aUnitEndingWithAHundredOpenComplaintsHandsThemToItsSuccessor() throws {
        let folder = TemporaryFolder()
        let path = folder.file("succession.sqlite")
        let store = try Store(path: path, mode: .createIfMissing, actor: Actor(testLogin), clock: { fixedNow })
        for code in ["DINPERKIM", "DPUPR"] {
            try store.write {
                try $0.units.add(UnitDraft(code: UnitCode(code), name: "Dinas \(code)", kind: .agency))
            }
        }
        let unitAdmin = try Desk.unitAdmin(of: "DINPERKIM", in: store)
        _ = try Desk.unitAdmin(of: "DPUPR", in: store)
        _ = try Desk.coordinator(in: store)
        var tickets: [Ticket] = []
        for number in 1...104 {
            var draft = ComplaintDraft(subject: "Aduan \(number)", description: "Rumah tidak layak huni", channel: .sms)
            draft.unit = try UnitCode("DINPERKIM")
            draft.receivedAt = try Timestamp.parse("2026-11-02 08:00", defaultOffset: .wib)
            tickets.append(try Ticket.parse(try store.write { try $0.complaints.log(draft) }.ticket))
        }
        // Some in progress, some assigned to the unit's admin, some on hold; four resolved, which stay.
        for (index, ticket) in tickets.prefix(100).enumerated() {
            let request: ComplaintRequest? =
                switch index % 5 {
                case 1: .respond("sedang ditinjau")
                case 2: .assign(to: unitAdmin.login, note: nil)
                case 3: .hold(reason: "menunggu data")
                default: nil
                }
            if let request { try Desk.act(ticket, request, at: nil, in: store) }
        }
        for ticket in tickets.suffix(4) { try Desk.act(ticket, .resolve("selesai"), at: nil, in: store) }

        let before = snapshot(path)
        let refused = kbk(["--db", path, "skpd", "deactivate", "DINPERKIM"])
        #expect(refused.status == 65)
        let stillHolds =
            "Error: unit DINPERKIM still holds 100 open complaint(s); give --successor CODE to move them to the unit that takes over\n"
        #expect(refused.stderr == stillHolds)
        #expect(snapshot(path) == before)

        let events = try store.complaints.eventCount()
        let ended = kbk(["--db", path, "skpd", "deactivate", "DINPERKIM", "--successor", "DPUPR"])
        #expect(ended.status == 0, "\(ended.stderr)")
        #expect(ended.stdout == "Deactivated unit DINPERKIM as of 2026-11-18; moved 100 open complaint(s) to DPUPR.\n")
        let db = try Connection(path: path, mode: .readOnly)
        func count(_ sql: String) throws -> Int { try db.scalar(sql)?.intValue ?? -1 }
        #expect(
            try count(
                "SELECT count(*) FROM complaint c JOIN skpd u ON u.id = c.skpd_id WHERE u.code = 'DPUPR'") == 100)
        #expect(try count("SELECT count(*) FROM complaint WHERE assigned_to IS NOT NULL") == 0)
        #expect(try count("SELECT count(*) FROM complaint WHERE status = 'on_hold'") == 20)
        #expect(
            try count(
                "SELECT count(*) FROM complaint c JOIN skpd u ON u.id = c.skpd_id WHERE u.code = 'DINPERKIM'") == 4)
        #expect(
            try count(
                """
                SELECT count(*) FROM complaint_event WHERE action = 'reassign' AND actor = 'system'
                    AND skpd_before = 'DINPERKIM' AND skpd_after = 'DPUPR'
                """) == 100)
        #expect(try store.complaints.eventCount() == events + 100)
        #expect(kbk(["--db", path, "check"]).status == 0)
        // The successor's admin finds them unassigned in their inbox.
        let inbox = kbk(["--db", path, "inbox", "--format", "json"], login: Desk.unitAdminLogin("DPUPR"))
        #expect(inbox.stdout.contains("\"unassigned\": 100"), "\(inbox.stdout.prefix(300))")
    }
}
