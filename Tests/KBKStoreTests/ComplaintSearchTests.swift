import KBKDomain
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKStore

/// Finding complaints by what a desk remembers of them (migration 0039): words in any order, the
/// start of a word, a LAPOR! number, a ticket; never a confidential complaint's description.
@Suite struct ComplaintSearchTests {
    let world: ComplaintWorld
    let road: Complaint
    let secret: Complaint
    let lamp: Complaint

    init() throws {
        world = try ComplaintWorld()
        var road = ComplaintDraft(
            subject: "Jalan desa rusak", description: "Lubang besar di depan SD Negeri 2", channel: .lapor)
        road.location = "Desa Karangreja, Kecamatan Kutasari"
        road.externalReference = "LAPOR-5123987"
        self.road = try world.logAsItCameIn(road)
        var secret = ComplaintDraft(
            subject: "Pungutan di loket", description: "Petugas meminta uang pelicin", channel: .whatsapp)
        secret.isConfidential = true
        self.secret = try world.logAsItCameIn(secret)
        lamp = try world.logAsItCameIn(
            ComplaintDraft(subject: "Lampu jalan padam", description: "Sudah seminggu gelap", channel: .sms))
    }

    func found(_ text: String) throws -> [String] {
        var filter = ComplaintFilter()
        filter.search = text
        return try world.store.complaints.list(filter, today: world.store.today).map(\.ticket.description).sorted()
    }

    @Test func wordsInAnyOrderAndTheStartOfAWordFindIt() throws {
        let road = road.ticket.description
        #expect(try found("rusak jalan") == [road])
        #expect(try found("RUSAK   desa jal") == [road])
        #expect(try found("karangreja kutasari") == [road])
        #expect(try found("lubang sd") == [road])
        #expect(try found("jalan").count == 2)
        #expect(try found("jalan rusak padam") == [])
        #expect(try found("usak") == [], "a word is matched from its start")
    }

    @Test func aLaporNumberOrATicketFindsItsComplaint() throws {
        #expect(try found("5123987") == [road.ticket.description])
        #expect(try found("LAPOR-5123987") == [road.ticket.description])
        #expect(try found(" \(lamp.ticket.description.lowercased()) ") == [lamp.ticket.description])
    }

    @Test func aConfidentialDescriptionAndHistoryAreNotSearched() throws {
        #expect(try found("pelicin") == [])
        #expect(try found("pungutan loket") == [secret.ticket.description])
        try world.act(secret.ticket, .verify(unit: try UnitCode("DPUPR"), category: nil))
        try world.act(secret.ticket, .respond("uang dikembalikan"))
        #expect(try found("dikembalikan") == [])
    }

    @Test func theHistoryAndACorrectionAreFoundAtOnce() throws {
        try world.act(lamp.ticket, .verify(unit: try UnitCode("DPUPR"), category: nil))
        try world.act(lamp.ticket, .respond("Teknisi PJU dijadwalkan Kamis"))
        #expect(try found("teknisi kamis") == [lamp.ticket.description])
        try world.act(lamp.ticket, .correct(.subject("Penerangan jalan umum mati"), reason: "salah ketik"))
        #expect(try found("padam") == [])
        #expect(try found("penerangan mati") == [lamp.ticket.description])
        #expect(try found("teknisi") == [lamp.ticket.description], "the history stays searchable after a correction")
    }

    /// The query language never reaches FTS5 from what is typed: quotes, operators and stars are words.
    @Test func whatIsTypedIsOnlyEverWords() throws {
        for text in [
            "\"", "jalan\"", "jalan AND", "NEAR(jalan rusak)", "*", "-rusak", "jalan OR lampu", "^jalan",
            "{subject}: x", "'; DROP TABLE complaint; --",
        ] {
            _ = try found(text)
        }
        #expect(try found("jalan OR lampu") == [], "OR is a word that must be there too")
        #expect(try found("jalan\" rusak") == [road.ticket.description])
        #expect(try found("-") == [])
        #expect(try world.store.complaints.count(ComplaintFilter(), today: world.store.today) == 3)
    }

    /// The store's own guard, whatever door calls it: a NUL separates words, a word said twice
    /// is one, and no more than `maximumWords` words make the query.
    @Test func aQueryIsAFewDistinctWords() throws {
        #expect(ComplaintSearch.match("jalan\u{0}rusak") == "\"jalan\"* \"rusak\"*")
        #expect(try found("jalan\u{0}rusak") == [road.ticket.description])
        let many =
            Array(repeating: "a", count: 400).joined(separator: " ") + " "
            + (1...20).map(String.init).joined(separator: " ")
        let words = ComplaintSearch.match(many)?.split(separator: " ") ?? []
        #expect(words.count == ComplaintSearch.maximumWords && words.first == "\"a\"*")
    }

    @Test func diacriticsAndCaseDoNotMatter() throws {
        #expect(try found("KÄRANGREJA") == [road.ticket.description])
    }
}

/// Whom a complaint may be assigned to, as the web's form offers it: the store's own rule.
@Suite struct AssigneeTests {
    @Test func theChoicesAreThoseTheStoreAcceptsWithTheParentUnitsOfficials() throws {
        let world = try ComplaintWorld()
        try world.store.write {
            var lab = UnitDraft(code: try UnitCode("LABKES"), name: "Laboratorium Kesehatan", kind: .agency)
            lab.parentCode = try UnitCode("DPUPR")
            _ = try $0.units.add(lab)
        }
        var draft = ComplaintDraft(subject: "Antrean lama", description: "Sejak pagi", channel: .sms)
        draft.unit = try UnitCode("LABKES")
        let complaint = try world.logAsItCameIn(draft)
        let offered = try world.store.complaints.assignees(of: complaint).map(\.login)
        // The parent unit's admin covers the sub-unit; the other unit's admin and the coordinator do not.
        #expect(offered == [Desk.unitAdminLogin("DPUPR")], "\(offered)")
        try world.act(complaint.ticket, .assign(to: try Login(Desk.unitAdminLogin("DPUPR")), note: nil))
        #expect(throws: (any Error).self) {
            try world.act(complaint.ticket, .assign(to: try Login(Desk.unitAdminLogin("DLH")), note: nil))
        }
    }
}
