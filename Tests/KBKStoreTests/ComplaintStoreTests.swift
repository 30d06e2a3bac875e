import Foundation
import KBKDomain
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKStore

/// A store whose clock the test moves, with two units.
final class ComplaintWorld {
    var now: Timestamp
    let store: Store

    init(now: String = "2026-11-20T09:00:00+07:00") throws {
        let start = try Timestamp.parse(now)
        self.now = start
        var clock: () -> Timestamp = { start }
        store = try Store(path: ":memory:", mode: .createIfMissing, actor: Actor("operator"), clock: { clock() })
        clock = { [unowned self] in self.now }
        // The tests tell histories typed in afterwards, weeks back.
        try store.write { try $0.settings.set(.backdateDays, to: "3660") }
        for code in ["DPUPR", "DLH"] {
            try store.write { try $0.units.add(UnitDraft(code: UnitCode(code), name: "Dinas \(code)", kind: .agency)) }
            _ = try Desk.unitAdmin(of: code, in: store)
        }
        _ = try Desk.coordinator(in: store)
    }

    func at(_ text: String) throws -> Timestamp { try Timestamp.parse(text, defaultOffset: .wib) }

    @discardableResult
    func log(received: String? = nil, unit: String? = nil, category: String? = nil, kind: ComplaintKind = .complaint)
        throws -> Complaint
    {
        var draft = ComplaintDraft(subject: "Jalan berlubang", description: "Di Desa Karangreja", channel: .sms)
        draft.receivedAt = try received.map(at)
        draft.unit = try unit.map(UnitCode.init)
        draft.category = try category.map(CategoryCode.init)
        draft.kind = kind
        return try logAsItCameIn(draft)
    }

    /// Logs (and hands over) a complaint on the clock of its receipt, as a desk does when it comes
    /// in; the world's clock is left as it was. A receipt after `now` is given as it is (refused).
    func logAsItCameIn(_ draft: ComplaintDraft) throws -> Complaint {
        let saved = now
        if let received = draft.receivedAt, received <= now { now = received }
        defer { now = saved }
        return try store.write { try $0.complaints.log(draft) }
    }

    @discardableResult
    func act(_ ticket: Ticket, _ request: ComplaintAction, at time: String? = nil) throws -> Complaint {
        try Desk.act(ticket, request, at: time.map(at), in: store)
    }

    /// The request that performs `action` on a complaint in this world.
    static func request(for action: ComplaintAction.Kind) -> ComplaintAction? {
        switch action {
        case .receive, .escalate: nil
        case .verify: .verify(unit: try! UnitCode("DPUPR"), category: nil)
        case .reassign: .reassign(to: try! UnitCode("DLH"), reason: "bukan wewenang kami")
        case .respond: .respond("sedang ditinjau")
        case .note: .note("catatan")
        case .hold: .hold(reason: "menunggu foto")
        case .resume: .resume
        case .resolve: .resolve("sudah diperbaiki")
        case .reopen: .reopen(reason: "belum puas")
        case .close: .close(rating: 3, comment: nil)
        case .reject: .reject(.duplicate, message: nil)
        case .assign: .assign(to: try! Login(Desk.unitAdminLogin("DPUPR")), note: "tolong ditinjau")
        case .extend: .extend(workingDays: 5, reason: "menunggu hasil uji")
        case .forward: .forward(agency: "BBPJN Jawa Tengah-DIY", reason: "jalan nasional", reference: nil)
        case .edit: .correct(.subject("Jalan rusak parah"), reason: "salah ketik di loket")
        }
    }

    /// Logs a complaint and walks it to `status` with allowed actions.
    func complaint(in status: ComplaintStatus) throws -> Ticket {
        let ticket = try log(received: "2026-11-16 08:00").ticket
        let path: [ComplaintAction.Kind] =
            switch status {
            case .received: []
            case .verified: [.verify]
            case .inProgress: [.verify, .respond]
            case .onHold: [.verify, .hold]
            case .resolved: [.verify, .resolve]
            case .closed: [.verify, .resolve, .close]
            case .rejected: [.reject]
            case .forwarded: [.forward]
            }
        for action in path { try act(ticket, ComplaintWorld.request(for: action)!) }
        return ticket
    }

    func snapshot() throws -> [String] {
        try store.connection.query("SELECT * FROM complaint ORDER BY id") { row in
            (0..<row.columnCount).map { "\(row.value(at: $0))" }.joined(separator: "|")
        } + [
            String(try store.connection.scalar("SELECT count(*) FROM complaint_event")?.intValue ?? -1),
            String(try store.auditLog.count()),
        ]
    }
}

@Suite struct ComplaintStoreTests {
    /// Every status × action pair through the store: allowed pairs work and land where the table says;
    /// every other pair is refused naming the action and status, and changes nothing.
    @Test(arguments: ComplaintStatus.allCases)
    func everyStatusActionPairThroughTheStore(_ status: ComplaintStatus) throws {
        for action in ComplaintAction.Kind.allCases where action != .receive && action != .escalate {
            let world = try ComplaintWorld()
            let ticket = try world.complaint(in: status)
            let before = try world.snapshot()
            let request = try #require(ComplaintWorld.request(for: action))
            if let expected = expectedStoreTransitions[status]?[action] {
                let after = try world.act(ticket, request)
                #expect(after.status == expected, "\(status) × \(action)")
                #expect(try world.store.complaints.events(of: after).last?.action == action.rawValue)
            } else {
                #expect(
                    throws: DomainError.rule(
                        .actionNotAllowed(ticket: ticket.description, action: action, status: status)),
                    "\(status) × \(action)"
                ) {
                    try world.act(ticket, request)
                }
                #expect(try world.snapshot() == before, "\(status) × \(action) changed something")
            }
        }
    }

    @Test func ticketsAreGaplessPerYearAndRestartInTheNext() throws {
        let world = try ComplaintWorld(now: "2027-01-05T09:00:00+07:00")
        var tickets: [String] = []
        for received in [
            "2026-12-30 10:00", "2026-12-31 23:59", "2027-01-01 00:00", "2027-01-02 08:00", "2026-12-31 08:00",
        ] {
            tickets.append(try world.log(received: received).ticket.description)
        }
        #expect(tickets == ["ADU-2026-00001", "ADU-2026-00002", "ADU-2027-00001", "ADU-2027-00002", "ADU-2026-00003"])
        // A refused complaint takes no number: the counter rolls back with it.
        var bad = ComplaintDraft(subject: "x", description: "y", channel: .sms)
        bad.category = try CategoryCode("no-such-category")
        #expect(throws: DomainError.notFound(kind: .category, key: "no-such-category")) {
            try world.store.write { try $0.complaints.log(bad) }
        }
        #expect(try world.log(received: "2027-01-03 08:00").ticket.description == "ADU-2027-00003")
    }

    /// A hold before verification (waiting for the complainant's missing data) moves the
    /// verification date on by its working days, and not the response and settlement dates, which
    /// are counted from the hand-over.
    @Test func aHoldBeforeVerificationPausesOnlyTheVerificationClock() throws {
        let world = try ComplaintWorld(now: "2026-12-31T09:00:00+07:00")
        let logged = try world.log(received: "2026-11-16 08:00") // Monday: verify by Thursday 19th
        #expect(logged.due.verify.description == "2026-11-19")
        let held = try world.act(logged.ticket, .hold(reason: "menunggu fotokopi KTP"), at: "2026-11-17 10:00")
        #expect(held.status == .onHold && held.runningDeadline == nil)
        // On hold Wednesday, Thursday and Friday: three working days.
        let resumed = try world.act(logged.ticket, .resume, at: "2026-11-20 09:00")
        #expect(resumed.status == .received)
        #expect((resumed.verifyHeldWorkingDays, resumed.heldWorkingDays) == (3, 0))
        #expect(resumed.due.verify.description == "2026-11-24")
        let verified = try world.act(
            logged.ticket, .verify(unit: UnitCode("DPUPR"), category: nil), at: "2026-11-23 08:00")
        #expect(verified.due.verify.description == "2026-11-24")
        #expect(verified.due.respond?.description == "2026-11-30")
        #expect(verified.due.settle?.description == "2026-12-11")
        let events = try world.store.complaints.events(of: verified).map(\.action)
        #expect(events == ["receive", "hold", "resume", "verify"])
    }

    /// One extension per complaint moves the settlement date on by its working days (not the
    /// response date), and settlement on time is judged against the extended date.
    @Test func anExtensionMovesTheSettlementDateOnce() throws {
        let world = try ComplaintWorld(now: "2026-12-31T09:00:00+07:00")
        let logged = try world.log(received: "2026-11-16 08:00", unit: "DPUPR")
        #expect(logged.due.settle?.description == "2026-12-04") // tidak-berkadar-pengawasan: 14 working days
        let extended = try world.act(
            logged.ticket, .extend(workingDays: 5, reason: "menunggu hasil uji lab"), at: "2026-11-20 10:00")
        #expect(extended.status == .verified && extended.extendedWorkingDays == 5)
        #expect(extended.due.respond?.description == "2026-11-23")
        #expect(extended.due.settle?.description == "2026-12-11")
        let before = try world.snapshot()
        #expect(throws: DomainError.rule(.alreadyExtended(ticket: logged.ticket.description, workingDays: 5))) {
            try world.act(logged.ticket, .extend(workingDays: 3, reason: "lagi"), at: "2026-11-21 10:00")
        }
        #expect(try world.snapshot() == before)
        // Resolved after the original date, before the extended one: on time.
        let resolved = try world.act(logged.ticket, .resolve("sudah diperbaiki"), at: "2026-12-09 10:00")
        #expect(resolved.settledOnTime == true)
        let events = try world.store.complaints.events(of: resolved)
        #expect(events.map(\.action) == ["receive", "verify", "extend", "resolve"])
        #expect(events[2].workingDays == 5 && events[2].text == "menunggu hasil uji lab")
    }

    /// A correction keeps each field's value before and after, never counts as a reopening, and a
    /// new category moves the running deadlines from the change on while past events keep theirs.
    @Test func aCorrectionKeepsBothValuesAndMovesOnlyTheRunningDeadlines() throws {
        let world = try ComplaintWorld(now: "2026-12-31T09:00:00+07:00")
        let logged = try world.log(received: "2026-11-16 08:00", unit: "DPUPR")
        #expect(logged.due.settle?.description == "2026-12-04") // tidak-berkadar-pengawasan: 14 working days
        let corrected = try world.act(
            logged.ticket,
            .correct(.category(CategoryCode("berkadar-pengawasan")), reason: "perlu peninjauan lapangan"),
            at: "2026-11-18 10:00")
        #expect(corrected.category.value == "berkadar-pengawasan" && corrected.status == .verified)
        // 60 working days from the hand-over: twelve weeks, the shipped 24 and 25 December, and
        // 2027's 1 and 5 January and 5 February (migration 0030).
        #expect(corrected.due.settle?.description == "2027-02-15")
        #expect(corrected.reopenCount == 0)
        let events = try world.store.complaints.events(of: corrected)
        #expect(events.map(\.action) == ["receive", "verify", "edit"])
        #expect(events[2].field == "category" && events[2].valueBefore == "tidak-berkadar-pengawasan")
        #expect(events[2].valueAfter == "berkadar-pengawasan" && events[2].text == "perlu peninjauan lapangan")
        // The hand-over's own due dates, as recorded then, are not rewritten.
        let handOverDue = try world.store.connection.query(
            "SELECT settle_due FROM complaint_event WHERE complaint_id = ? AND action = 'verify'", corrected.id
        ) { $0.string(0) }
        #expect(handOverDue == ["2026-12-04"])
        let located = try world.act(logged.ticket, .correct(.location("Desa Karangreja"), reason: "lupa"))
        #expect(located.location == "Desa Karangreja")
        let before = try world.snapshot()
        #expect(
            throws: DomainError.rule(.correctionChangesNothing(ticket: logged.ticket.description, field: "location"))
        ) {
            try world.act(logged.ticket, .correct(.location("Desa Karangreja"), reason: "lagi"))
        }
        #expect(try world.snapshot() == before)
    }

    /// A receipt entered wrongly is corrected: the verification date follows; it cannot move after
    /// what was done with the complaint.
    @Test func aCorrectedReceiptMovesTheVerificationDate() throws {
        let world = try ComplaintWorld(now: "2026-12-31T09:00:00+07:00")
        let logged = try world.log(received: "2026-11-16 08:00")
        #expect(logged.due.verify.description == "2026-11-19")
        let earlier = try world.at("2026-11-13 09:00") // a Friday: verify by Wednesday 18th
        let corrected = try world.act(
            logged.ticket, .correct(.received(earlier), reason: "surat bertanggal 13"),
            at: "2026-11-16 10:00")
        #expect(corrected.receivedAt == earlier && corrected.receivedOn.description == "2026-11-13")
        #expect(corrected.due.verify.description == "2026-11-18")
        #expect(corrected.ticket == logged.ticket)
        _ = try world.act(logged.ticket, .verify(unit: UnitCode("DPUPR"), category: nil), at: "2026-11-17 08:00")
        let before = try world.snapshot()
        let late = try world.at("2026-11-17 12:00")
        #expect(
            throws: DomainError.rule(
                .receivedAfterItsEvents(
                    ticket: logged.ticket.description, value: late, first: try world.at("2026-11-16 10:00")))
        ) {
            try world.act(logged.ticket, .correct(.received(late), reason: "salah"))
        }
        #expect(try world.snapshot() == before)
    }

    @Test func dueDatesFollowCategoryHandOverAndHolds() throws {
        let world = try ComplaintWorld(now: "2026-12-31T09:00:00+07:00")
        // Friday 23:30: verification due the next Wednesday.
        let complaint = try world.log(received: "2026-11-13 23:30")
        #expect(complaint.receivedOn.description == "2026-11-13")
        #expect(complaint.due.verify.description == "2026-11-18")
        #expect(complaint.due.respond == nil)
        // Handed over on Monday: respond by the next Monday, settle (tidak-berkadar-pengawasan: 14) by 4 December.
        var current = try world.act(
            complaint.ticket, .verify(unit: UnitCode("DPUPR"), category: nil), at: "2026-11-16 08:00")
        #expect(current.due.respond?.description == "2026-11-23")
        #expect(current.due.settle?.description == "2026-12-04")
        // On hold from Monday to Thursday: three working days added.
        try world.act(complaint.ticket, .hold(reason: "menunggu foto"), at: "2026-11-16 09:00")
        current = try world.act(complaint.ticket, .resume, at: "2026-11-19 09:00")
        #expect(current.status == .verified)
        #expect(current.heldWorkingDays == 3)
        #expect(current.due.respond?.description == "2026-11-26")
        #expect(current.due.settle?.description == "2026-12-09")
        // A second hold over a weekend adds one more (Friday to Monday).
        try world.act(complaint.ticket, .respond("ditinjau"), at: "2026-11-20 08:00")
        try world.act(complaint.ticket, .hold(reason: "menunggu"), at: "2026-11-20 09:00")
        current = try world.act(complaint.ticket, .resume, at: "2026-11-23 09:00")
        #expect(current.status == .inProgress)
        #expect(current.heldWorkingDays == 4)
        #expect(current.due.settle?.description == "2026-12-10")
        // A class with supervision settles in 60 working days: twelve weeks and five more for the
        // shipped calendar's 24 December (cuti bersama), 25 December, 1 and 5 January and 5 February.
        let field = try world.log(received: "2026-11-16 08:00", unit: "DLH", category: "berkadar-pengawasan")
        #expect(field.due.settle?.description == "2027-02-15")
        // An information request defaults to its own category (settle in 5).
        let information = try world.log(received: "2026-11-16 08:00", unit: "DLH", kind: .information)
        #expect(information.category.value == "informasi-normatif")
        #expect(information.due.settle?.description == "2026-11-23")
    }

    /// Purbalingga's "1 × 24 jam": the response is judged by the instant, over a weekend and a holiday
    /// alike; a hold moves the instant on by its length; the replay the reports use agrees.
    @Test func anHourTargetIsJudgedByTheInstantInTheStoreAndTheReplay() throws {
        let world = try ComplaintWorld(now: "2026-11-30T09:00:00+07:00")
        try world.store.write {
            _ = try $0.categories.add(
                Category(code: "urgent", name: "Mendesak", deadlines: Deadlines(settleDays: 5, respondHours: 24)))
        }
        // Handed over on Friday 10:00; Saturday is no working day, and the hours run on.
        let quick = try world.log(received: "2026-11-20 10:00", unit: "DPUPR", category: "urgent")
        #expect(quick.due.respondBy?.iso8601(in: .wib) == "2026-11-21T10:00:00+07:00")
        #expect(quick.due.respond?.description == "2026-11-21")
        let answered = try world.act(quick.ticket, .respond("tim berangkat"), at: "2026-11-21 10:00")
        #expect(answered.firstResponseOnTime == true)
        let slow = try world.log(received: "2026-11-20 10:00", unit: "DPUPR", category: "urgent")
        let late = try world.act(slow.ticket, .respond("tim berangkat"), at: "2026-11-21 10:01")
        #expect(late.firstResponseOnTime == false)
        // Held for two hours before the first response: due two hours later.
        let held = try world.log(received: "2026-11-23 08:00", unit: "DPUPR", category: "urgent")
        try world.act(held.ticket, .hold(reason: "menunggu foto"), at: "2026-11-23 09:00")
        let resumed = try world.act(held.ticket, .resume, at: "2026-11-23 11:00")
        #expect(resumed.heldSeconds == 7200)
        #expect(resumed.due.respondBy?.iso8601(in: .wib) == "2026-11-24T10:00:00+07:00")
        #expect(try world.act(held.ticket, .respond("ok"), at: "2026-11-24 09:59").firstResponseOnTime == true)
        // A holiday moves working-day deadlines, never an hour target.
        let open = try world.log(received: "2026-11-30 08:00", unit: "DPUPR", category: "urgent")
        try world.store.write {
            _ = try $0.holidays.add(Holiday(date: CivilDate.parse("2026-12-01"), name: "Libur daerah"))
        }
        let after = try world.store.complaints.get(open.ticket)
        #expect(after.due.respondBy == open.due.respondBy)
        #expect(after.due.settle != open.due.settle)
        // Back to working days: the four open complaints lose their instants and get dates.
        let (_, moved) = try world.store.write {
            try $0.categories.edit("urgent", name: nil) { $0.setResponse(.workingDays(2)) }
        }
        #expect(moved == 4)
        let byDays = try world.store.complaints.get(open.ticket)
        #expect(byDays.due.respondBy == nil)
        #expect(byDays.due.respond?.description == "2026-12-03")
        // The replay (report, backlog) judges each response as the store did.
        let queries = try world.store.reportQueries(for: nil)
        let end = try world.at("2026-12-01 00:00")
        #expect(try queries.state(ofComplaint: quick.id, before: end).firstResponseOnTime == true)
        #expect(try queries.state(ofComplaint: slow.id, before: end).firstResponseOnTime == false)
        #expect(try queries.state(ofComplaint: held.id, before: end).firstResponseOnTime == true)
    }

    @Test func aNewHolidayMovesOpenComplaintsOnly() throws {
        let world = try ComplaintWorld(now: "2026-11-20T09:00:00+07:00")
        let open = try world.log(received: "2026-11-16 08:00", unit: "DPUPR")
        let done = try world.log(received: "2026-11-16 08:00", unit: "DPUPR")
        try world.act(done.ticket, .resolve("selesai"), at: "2026-11-17 08:00")
        let moved = try world.store.write {
            try $0.holidays.add(Holiday(date: CivilDate.parse("2026-11-19"), name: "Libur daerah"))
        }
        #expect(moved == 1)
        #expect(try world.store.complaints.get(open.ticket).due.respond?.description == "2026-11-24")
        #expect(try world.store.complaints.get(done.ticket).due.respond?.description == "2026-11-23")
        let (_, recategorised) = try world.store.write {
            try $0.categories.edit("tidak-berkadar-pengawasan", name: nil) { $0.respondDays = 2 }
        }
        #expect(recategorised == 1)
        #expect(try world.store.complaints.get(open.ticket).due.respond?.description == "2026-11-18")
    }

    @Test func eventTimesAreCheckedAndHistoryIsAppendOnly() throws {
        let world = try ComplaintWorld()
        let complaint = try world.log(received: "2026-11-16 08:00", unit: "DPUPR")
        let future = try world.at("2026-11-20 09:00:01")
        #expect(throws: DomainError.rule(.inTheFuture(field: "--at", value: future, now: world.now))) {
            try world.act(complaint.ticket, .respond("x"), at: "2026-11-20 09:00:01")
        }
        #expect(throws: DomainError.self) { try world.act(complaint.ticket, .respond("x"), at: "2026-11-16 07:59") }
        #expect(throws: DatabaseError.self) {
            try world.store.connection.run("UPDATE complaint_event SET text = 'diubah'")
        }
        #expect(throws: DatabaseError.self) { try world.store.connection.run("DELETE FROM complaint_event") }
        #expect(throws: DatabaseError.self) { try world.store.connection.run("DELETE FROM complaint") }
    }

    @Test func autocloseClosesResolvedComplaintsAfterTenWorkingDays() throws {
        let world = try ComplaintWorld(now: "2026-12-01T09:00:00+07:00")
        let old = try world.log(received: "2026-11-02 08:00", unit: "DPUPR")
        try world.act(old.ticket, .resolve("selesai"), at: "2026-11-16 08:00") // 11 working days before 1 December
        let recent = try world.log(received: "2026-11-02 08:00", unit: "DPUPR")
        try world.act(recent.ticket, .resolve("selesai"), at: "2026-11-18 08:00") // 9 working days before
        let closed = try world.store.write { try $0.complaints.autoclose(afterWorkingDays: 10) }
        #expect(closed == [old.ticket.description])
        #expect(try world.store.complaints.get(old.ticket).status == .closed)
        #expect(try world.store.complaints.get(recent.ticket).status == .resolved)
        #expect(try world.store.write { try $0.complaints.autoclose(afterWorkingDays: 10) }.isEmpty)
    }
}

let expectedStoreTransitions: [ComplaintStatus: [ComplaintAction.Kind: ComplaintStatus]] = [
    .received: [
        .verify: .verified, .note: .received, .hold: .onHold, .reject: .rejected, .forward: .forwarded,
        .edit: .received,
    ],
    .verified: [
        .reassign: .verified, .respond: .inProgress, .note: .verified, .hold: .onHold, .resolve: .resolved,
        .reject: .rejected, .assign: .verified, .extend: .verified, .forward: .forwarded, .edit: .verified,
    ],
    .inProgress: [
        .reassign: .inProgress, .respond: .inProgress, .note: .inProgress, .hold: .onHold, .resolve: .resolved,
        .reject: .rejected, .assign: .inProgress, .extend: .inProgress, .forward: .forwarded, .edit: .inProgress,
    ],
    .onHold: [
        .resume: .verified, .note: .onHold, .assign: .onHold, .extend: .onHold, .reassign: .onHold,
        .edit: .onHold,
    ],
    .resolved: [.note: .resolved, .reopen: .inProgress, .close: .closed, .edit: .resolved],
    .closed: [:],
    .rejected: [:],
    .forwarded: [:],
]
