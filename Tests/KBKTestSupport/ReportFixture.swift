import KBKDomain
import KBKReports
import KBKStore

/// A hand-built quarter (2026-Q1) of 28 complaints across four units, with holidays, holds, a
/// reassignment, a reopening and rejections, plus groups and SOPs. ReportTests work every figure out
/// by hand from the story told here.
///
/// Holidays: 2026-01-01 (Thu), 2026-02-17 (Tue), 2026-03-19 (Thu), the only ones of the quarter: the
/// figures were worked out on that calendar, so the shipped national calendar's other days of 2026
/// are taken out (an office may remove a day; the arithmetic is the same). Deadlines (working days),
/// the cited classes of migration 0032: tidak-berkadar-pengawasan 3/5/14 (intake's default for a
/// complaint), berkadar-pengawasan 3/5/60, informasi-normatif 3/5/5 (the days of 0003's general,
/// field-examination and information-request, which they replace: every figure stays as worked out).
/// Units: DINA (agency, staff 20), DINB (agency, staff 10), KECC (district), KELD (subdistrict under KECC).
public final class ReportFixture {
    public var now: Timestamp
    public let store: Store
    public let folder = TemporaryFolder()
    /// Ticket of each story complaint, e.g. tickets["A1"].
    public var tickets: [String: String] = [:]

    public init() throws {
        let start = try Timestamp.parse("2026-04-01T12:00:00+07:00")
        now = start
        var clock: () -> Timestamp = { start }
        store = try Store(
            path: folder.file("report.sqlite"), mode: .createIfMissing, actor: Actor(testLogin), clock: { clock() })
        clock = { [unowned self] in self.now }
        // Every event is keyed in on its day, except the four late entries of the story (A2, B1, B4, D2).
        try store.write { try $0.settings.set(.backdateDays, to: "3660") }
        try buildQuarter()
    }

    func time(_ text: String) throws -> Timestamp {
        try Timestamp.parse(text.count == 10 ? text + " 09:00" : text, defaultOffset: .wib)
    }
    func date(_ text: String) throws -> CivilDate { try CivilDate.parse(text) }
    static func nip(_ serial: Int) -> NIP { try! NIP("198001012005011" + String(1000 + serial).suffix(3)) }

    func write<T>(_ body: (Transaction) throws -> T) throws -> T { try store.write(body) }
    /// A unit's work-culture change, by the unit's admin.
    func write<T>(for unit: String, _ body: (Transaction) throws -> T) throws -> T {
        try Desk.write(for: unit, in: store, body)
    }
    func write<T>(forGroup id: Int64, _ body: (Transaction) throws -> T) throws -> T {
        try write(for: try store.groups.get(id).unitCode, body)
    }

    /// Logs a complaint, handed over when a unit is named, on the day it came in, or keyed in on
    /// `entered` (a late entry).
    func log(
        _ name: String, received: String, channel: Channel, unit: String?, category: String? = nil, sop: String? = nil,
        entered: String? = nil, kind: ComplaintKind = .complaint
    ) throws {
        var draft = ComplaintDraft(subject: "Aduan \(name)", description: "Cerita \(name)", channel: channel)
        draft.kind = kind
        draft.receivedAt = try time(received + " 08:00")
        let saved = now
        now = try time((entered ?? received) + " 08:00")
        defer { now = saved }
        draft.unit = try unit.map(UnitCode.init)
        draft.category = try category.map(CategoryCode.init)
        draft.sopNumber = sop
        // A topic by the unit it first went to: roads at the first agency, street lights at the
        // kecamatan; the rest not classified, so the topics section shows both kinds of row.
        draft.topic = ["DINA": "jalan-jembatan", "KECC": "penerangan-jalan"][unit ?? ""]
        tickets[name] = try write { try $0.complaints.log(draft) }.ticket.description
    }

    /// Records an action on the day it happened, or keyed in on `entered` (a late entry).
    func act(_ name: String, _ request: ComplaintAction, on day: String, entered: String? = nil) throws {
        let ticket = try Ticket.parse(tickets[name]!)
        let at = try time(day)
        let saved = now
        now = try time(entered ?? day)
        defer { now = saved }
        try Desk.act(ticket, request, at: at, in: store)
    }

    private func buildQuarter() throws {
        let kept: Set<CivilDate> = [try date("2026-01-01"), try date("2026-02-17"), try date("2026-03-19")]
        for holiday in try store.holidays.list(year: 2026) where !kept.contains(holiday.date) {
            _ = try write {
                try $0.holidays.remove(holiday.date, reason: "the quarter's figures were worked out on three holidays")
            }
        }
        func unit(_ code: String, _ kind: UnitKind, staff: Int? = nil, parent: String? = nil) throws {
            var draft = UnitDraft(code: try UnitCode(code), name: "Unit \(code)", kind: kind)
            draft.staffCount = staff
            draft.parentCode = try parent.map(UnitCode.init)
            _ = try write { try $0.units.add(draft) }
        }
        try unit("DINA", .agency, staff: 20)
        try unit("DINB", .agency, staff: 10)
        try unit("KECC", .district)
        try unit("KELD", .subdistrict, parent: "KECC")

        // SOPs. S1: made 2025-01-10, review every 12 months: due 2026-01-10, so overdue all quarter after that day.
        func sop(_ number: String, _ unit: String, made: String?, effective: String) throws {
            let content = SOPContent(
                title: "SOP \(number)", madeOn: try made.map(date), effectiveOn: try date(effective))
            _ = try write(for: unit) {
                try $0.sops.add(number: number, unit: UnitCode(unit), content: content, reviewMonths: nil)
            }
        }
        try sop("S1", "DINA", made: "2025-01-10", effective: "2025-02-01")
        try sop("S2", "DINA", made: "2025-06-01", effective: "2025-06-01")
        // due 2027-01-20
        _ = try write(for: "DINA") {
            try $0.sops.review("S2", on: date("2026-01-20"), outcome: .keep, note: nil, reviewer: nil)
        }
        try sop("S3", "DINA", made: nil, effective: "2025-03-01")
        _ = try write(for: "DINA") { try $0.sops.revoke("S3", on: date("2026-02-01")) }
        try sop("S4", "DINB", made: "2024-01-01", effective: "2024-01-01")
        _ = try write(for: "DINB") {
            try $0.sops.revise(
                "S4", effectiveOn: date("2025-12-15"), revisedOn: date("2025-12-01"), changes: SOPContentChanges(),
                reviewMonths: nil)
        } // due 2026-12-01

        // Work culture. DINA: one group since 2025 with six members, one of whom left on 2026-02-01.
        func group(_ unit: String, _ name: String, formed: String) throws -> Int64 {
            var draft = GroupDraft(unitCode: try UnitCode(unit), name: name)
            draft.formedOn = try date(formed)
            return try write(for: unit) { try $0.groups.add(draft) }.id
        }
        func member(_ group: Int64, _ serial: Int, since: String) throws {
            _ = try write(forGroup: group) {
                try $0.groups.addMember(
                    group, MemberDraft(nip: ReportFixture.nip(serial), name: "Pegawai \(serial)", since: date(since)))
            }
        }
        func meeting(_ group: Int64, _ day: String) throws {
            _ = try write(forGroup: group) { try $0.groups.addMeeting(group, MeetingDraft(heldOn: date(day))) }
        }
        let groupA = try group("DINA", "KBK A", formed: "2025-06-01")
        for serial in 1...6 { try member(groupA, serial, since: "2025-06-02") }
        _ = try write(forGroup: groupA) {
            try $0.groups.removeMember(groupA, nip: ReportFixture.nip(6), on: date("2026-02-01"))
        }
        for day in ["2025-12-15", "2026-01-15", "2026-02-15", "2026-03-15"] { try meeting(groupA, day) }
        // DINB: group B1 (two members) met on 02-10 and was dissolved on 03-01; group B2 took the same two on 03-02.
        let groupB1 = try group("DINB", "KBK B lama", formed: "2026-01-05")
        for serial in 11...12 { try member(groupB1, serial, since: "2026-01-05") }
        try meeting(groupB1, "2026-02-10")
        _ = try write(forGroup: groupB1) { try $0.groups.dissolve(groupB1, on: date("2026-03-01")) }
        let groupB2 = try group("DINB", "KBK B baru", formed: "2026-03-02")
        for serial in 11...12 { try member(groupB2, serial, since: "2026-03-02") }
        try meeting(groupB2, "2026-03-10")

        // Unit DINA, by SMS, category tidak-berkadar-pengawasan (A1 … A7).
        try log("A1", received: "2026-01-05", channel: .sms, unit: "DINA")
        try act("A1", .respond("ok"), on: "2026-01-07") // 2 wd; due 01-12: on time
        try act("A1", .resolve("ok"), on: "2026-01-19") // 10 wd; due 01-23: on time
        try act("A1", .close(rating: 4, comment: nil), on: "2026-01-20")
        try log("A2", received: "2026-01-05", channel: .sms, unit: "DINA", sop: "S1")
        try act("A2", .respond("ok"), on: "2026-01-13") // 6 wd; due 01-12: late
        // 19 wd; due 01-23: late. Keyed in on Wed 02-04, 3 wd after: entered late.
        try act("A2", .resolve("ok"), on: "2026-01-30", entered: "2026-02-04")
        try log("A3", received: "2026-01-12", channel: .sms, unit: "DINA")
        try act("A3", .respond("ok"), on: "2026-01-14") // 2 wd; due 01-19: on time
        try act("A3", .resolve("ok"), on: "2026-01-16")
        try act("A3", .reopen(reason: "belum"), on: "2026-01-20")
        try act("A3", .resolve("ok"), on: "2026-01-23") // 9 wd; due 01-30: on time
        try act("A3", .close(rating: 2, comment: nil), on: "2026-01-26")
        try log("A4", received: "2026-02-02", channel: .sms, unit: "DINA")
        try act("A4", .hold(reason: "menunggu"), on: "2026-02-03")
        try act("A4", .resume, on: "2026-02-06") // 3 wd on hold: respond due 02-12, settle due 02-26
        try act("A4", .respond("ok"), on: "2026-02-10") // 6 wd: on time
        try log("A5", received: "2026-02-16", channel: .sms, unit: "DINA", sop: "S2")
        try act("A5", .respond("ok"), on: "2026-02-23") // 4 wd (02-17 a holiday); due 02-24: on time. Settle due 03-09.
        try log("A6", received: "2026-03-02", channel: .sms, unit: "DINA")
        try act("A6", .reject(.duplicate, message: nil), on: "2026-03-03")
        // no answer in Q1; respond due 03-16
        try log("A7", received: "2026-03-09", channel: .sms, unit: "DINA", sop: "S1")

        // Unit DINB, through LAPOR! (B1 … B4).
        try log("B1", received: "2026-01-05", channel: .lapor, unit: nil)
        // Keyed in on Mon 01-12, 3 wd after: entered late, in DINB (the unit after the hand-over).
        try act(
            "B1", .verify(unit: UnitCode("DINB"), category: CategoryCode("berkadar-pengawasan")), on: "2026-01-07",
            entered: "2026-01-12")
        try act("B1", .respond("ok"), on: "2026-01-14") // 7 wd from receipt; due 01-14: on time. Settle due 04-03.
        try log("B2", received: "2026-01-06", channel: .lapor, unit: "DINA")
        try act("B2", .reassign(to: UnitCode("DINB"), reason: "salah alamat"), on: "2026-01-07")
        try act("B2", .respond("ok"), on: "2026-01-08") // 2 wd; due 01-13: on time
        try act("B2", .resolve("ok"), on: "2026-01-09") // 3 wd; due 01-26: on time
        try act("B2", .close(rating: 3, comment: nil), on: "2026-01-12")
        try log("B3", received: "2026-02-09", channel: .lapor, unit: "DINB")
        try act("B3", .reject(.notAuthority, message: "bukan wewenang"), on: "2026-02-10")
        try log("B4", received: "2026-02-09", channel: .lapor, unit: "DINB", sop: "S4")
        // 8 wd; due 02-16: late. Keyed in on Mon 02-23, the next working day: not entered late.
        try act("B4", .respond("ok"), on: "2026-02-20", entered: "2026-02-23")
        try act("B4", .resolve("ok"), on: "2026-03-02") // 14 wd; due 03-02: on time

        // KECC and KELD, walk-in (C1, D1, D2).
        try log("C1", received: "2026-03-16", channel: .walkIn, unit: "KECC")
        try act("C1", .respond("ok"), on: "2026-03-18") // 2 wd; due 03-24: on time
        try act("C1", .resolve("ok"), on: "2026-03-25") // 6 wd (03-19 a holiday): on time
        try log("D1", received: "2026-03-23", channel: .walkIn, unit: "KELD") // respond due 03-30
        // Verify due 04-02. Keyed in on Wed 04-01, 2 wd after: entered late, before any hand-over.
        try log("D2", received: "2026-03-30", channel: .walkIn, unit: nil, entered: "2026-04-01")

        // Fourteen information requests by phone to KECC: answered in 2 wd, resolved in 4, half closed with 4.
        for index in 1...14 {
            let name = "P\(index)"
            try log(name, received: "2026-03-02", channel: .phone, unit: "KECC", category: "informasi-normatif")
            try act(name, .respond("ok"), on: "2026-03-04")
            try act(name, .resolve("ok"), on: "2026-03-06")
            if index <= 7 { try act(name, .close(rating: 4, comment: nil), on: "2026-03-09") }
        }
    }

    /// What happens after the quarter: none of it may change the quarter's report.
    public func liveOnIntoApril() throws {
        now = try Timestamp.parse("2026-04-20T12:00:00+07:00")
        try act("A7", .respond("akhirnya"), on: "2026-04-02")
        try act("B1", .resolve("selesai"), on: "2026-04-06")
        try act("D2", .reject(.invalid, message: nil), on: "2026-04-01")
        try act("B4", .reopen(reason: "rusak lagi"), on: "2026-04-03")
        try act("A2", .close(rating: 1, comment: nil), on: "2026-04-02")
        try act("D1", .reassign(to: UnitCode("KECC"), reason: "pindah"), on: "2026-04-02")
        _ = try write(for: "DINA") {
            try $0.sops.review("S1", on: date("2026-04-10"), outcome: .keep, note: nil, reviewer: nil)
        }
        _ = try write(forGroup: 1) { try $0.groups.dissolve(1, on: date("2026-04-15")) }
        try log("E1", received: "2026-04-07", channel: .sms, unit: "DINA")
    }

    /// The oversight story (issue 29), told only by the tests that want it: an inspectorate INSP
    /// and complaints of the class "berkadar pengawasan" with the Ombudsman's forms of
    /// maladministration. Q1 ends with DINA: penundaan-berlarut (M1), penyimpangan-prosedur (M4);
    /// DINB: permintaan-imbalan (M2, M3), diskriminasi (M5, set at DINA, passed to DINB); INSP:
    /// permintaan-imbalan (W1, a whistle-blowing report). M6's form was cleared; M7 came in 2025.
    public func addOversightStory() throws {
        let supervised = Maladministration.category
        _ = try write {
            try $0.units.add(UnitDraft(code: try UnitCode("INSP"), name: "Unit INSP", kind: .inspectorate))
        }
        func verify(_ name: String, _ unit: String, _ form: Maladministration?, on day: String) throws {
            try act(
                name, .verify(unit: try UnitCode(unit), category: CategoryCode(supervised), maladministration: form),
                on: day)
        }
        func correct(_ name: String, _ form: Maladministration?, on day: String) throws {
            try act(name, .correct(.maladministration(form), reason: "klarifikasi"), on: day)
        }
        try log("M1", received: "2026-02-02", channel: .letter, unit: "DINA", category: supervised)
        try correct("M1", .undueDelay, on: "2026-02-10")
        try log("M2", received: "2026-02-03", channel: .letter, unit: nil)
        try verify("M2", "DINB", .requestForReward, on: "2026-02-04")
        try log("M3", received: "2026-02-05", channel: .letter, unit: nil)
        try verify("M3", "DINB", .requestForReward, on: "2026-02-06")
        try log("M4", received: "2026-03-02", channel: .letter, unit: nil)
        try verify("M4", "DINA", .deviationFromProcedure, on: "2026-03-03")
        try log("M5", received: "2026-03-03", channel: .letter, unit: nil)
        try verify("M5", "DINA", .discrimination, on: "2026-03-04")
        try act("M5", .reassign(to: UnitCode("DINB"), reason: "salah alamat"), on: "2026-03-10")
        try log("M6", received: "2026-03-04", channel: .letter, unit: nil)
        try verify("M6", "DINA", .partiality, on: "2026-03-05")
        try correct("M6", nil, on: "2026-03-06")
        try log("W1", received: "2026-03-05", channel: .letter, unit: nil, kind: .whistleblowing)
        try verify("W1", "INSP", .requestForReward, on: "2026-03-06")
        try log("M7", received: "2025-12-30", channel: .letter, unit: nil)
        try verify("M7", "DINA", .impropriety, on: "2026-01-05")
    }

    public var path: String { folder.file("report.sqlite") }

    public func request(
        _ period: String = "2026-Q1", unit: String? = nil, sections: [ReportSection] = ReportSection.allCases
    ) throws -> ReportRequest {
        ReportRequest(
            period: try ReportPeriod.parse(period), unit: try unit.map { try UnitCode($0) }, sections: sections)
    }

    public func report(
        _ period: String = "2026-Q1", unit: String? = nil, sections: [ReportSection] = ReportSection.allCases
    ) throws -> Report {
        try report(request(period, unit: unit, sections: sections))
    }

    public func report(_ request: ReportRequest) throws -> Report {
        try ReportBuilder(store: store).build(request)
    }
}
