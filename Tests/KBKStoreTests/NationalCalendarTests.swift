import Foundation
import KBKDomain
@_spi(Testing) import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

/// The national calendar shipped by migration 0021: a new database has it, an existing one gets it
/// without losing a day entered by hand, and open complaints' due dates move onto it; migration
/// 0022's settlement classes arrive beside an office's own categories without changing them.
@Suite struct NationalCalendarTests {
    @Test func aNewDatabaseHasTheDecreedDaysOfEachYear() throws {
        let store = try Store(
            path: ":memory:", mode: .createIfMissing, actor: Actor("operator"), clock: { fixedNow })
        let days = try store.holidays.list(year: nil)
        // 2024: 17 holidays of the decree, the two election days, 10 collective leave days;
        // 2025: 17 and 11 (18 August added by the amendment); 2026: 17 and 8.
        for (year, national, collective) in [(2024, 19, 10), (2025, 17, 11), (2026, 17, 8)] {
            let ofYear = days.filter { $0.date.year == year }
            #expect(ofYear.filter { $0.kind == .national }.count == national, "\(year)")
            #expect(ofYear.filter { $0.kind == .collective }.count == collective, "\(year)")
            #expect(ofYear.allSatisfy { $0.source != nil }, "\(year)")
            #expect(try store.holidays.hasNationalDays(in: year))
        }
        #expect(try !store.holidays.hasNationalDays(in: 2027))
        // What the demo used to miss.
        for missed in [
            "2025-01-28", "2025-03-28", "2025-05-13", "2025-05-30", "2025-06-09", "2024-02-14", "2024-11-27",
        ] {
            #expect(try store.holidays.contains(CivilDate.parse(missed)), "\(missed)")
        }
        let election = try #require(days.first { $0.date == (try CivilDate.parse("2024-11-27")) })
        #expect(election.kind == .national && election.source == "Keppres 33/2024")
        // Lebaran 2026 is a Saturday and Sunday; its collective leave makes 18–24 March one stretch off.
        let calendar = try store.holidays.calendar()
        #expect(
            calendar.adding(workingDays: 1, to: try CivilDate.parse("2026-03-17"))
                == (try CivilDate.parse("2026-03-25")))
    }

    @Test func anExistingDatabaseKeepsItsOwnDaysAndItsOpenComplaintsMove() throws {
        let folder = TemporaryFolder()
        let path = folder.file("lama.sqlite")
        let now = try Timestamp.parse("2026-03-16T09:00:00+07:00")
        let before = Migrator(migrations: Migration.embedded.filter { $0.version < Holidays.nationalCalendarVersion })
        do {
            let old = try Store(
                path: path, mode: .createIfMissing, actor: Actor("operator"), clock: { now }, migrator: before)
            // The office had entered Lebaran 2025 itself, under its own name; two complaints came in on
            // Monday 16 March 2026 (rows as that version wrote them), due for verification on Thursday.
            try old.connection.execute(
                """
                INSERT INTO holiday (date, name) VALUES ('2025-03-31', 'Idulfitri (dicatat kantor)');
                INSERT INTO complaint (ticket, year, sequence, received_at, received_on, channel, kind, category,
                    subject, description, status, verify_due, last_event_at)
                VALUES
                    ('ADU-2026-00001', 2026, 1, '2026-03-16T01:00:00Z', '2026-03-16', 'sms', 'complaint', 'general',
                        'Jalan berlubang', 'Di Desa Karangreja', 'received', '2026-03-19', '2026-03-16T01:00:00Z'),
                    ('ADU-2026-00002', 2026, 2, '2026-03-16T01:00:00Z', '2026-03-16', 'sms', 'complaint', 'general',
                        'Jalan berlubang', 'Di Desa Karangreja', 'rejected', '2026-03-19', '2026-03-16T02:00:00Z');
                INSERT INTO ticket_counter (year, last) VALUES (2026, 2);
                UPDATE complaint_category SET settle_days = 10 WHERE code = 'general';
                INSERT INTO complaint_category (code, name, verify_days, respond_days, settle_days)
                VALUES ('sengketa-pelanggaran', 'Sengketa (kantor)', 3, 5, 20);
                """)
        }
        let (ticket, closedTicket, dueBefore) = ("ADU-2026-00001", "ADU-2026-00002", try CivilDate.parse("2026-03-19"))
        #expect(dueBefore.description == "2026-03-19")
        let store = try Store(path: path, mode: .existing, actor: Actor("operator"), clock: { now })
        let kept = try #require(try store.holidays.list(year: 2025).first { $0.date.description == "2025-03-31" })
        #expect(kept == Holiday(date: kept.date, name: "Idulfitri (dicatat kantor)", kind: .local, source: nil))
        #expect(try store.holidays.list(year: nil).count == 82)
        // Three working days from Monday 16 March: Tuesday, then past the leave, Wednesday and Thursday.
        #expect(try store.complaints.get(Ticket.parse(ticket)).due.verify.description == "2026-03-26")
        #expect(try store.complaints.get(Ticket.parse(closedTicket)).due.verify == dueBefore)
        // Migration 0022's settlement classes leave the office's own categories as they were.
        let categories = Dictionary(uniqueKeysWithValues: try store.categories.list().map { ($0.code, $0) })
        #expect(categories["general"]?.deadlines.settleDays == 10 && categories["general"]?.source == nil)
        #expect(categories["sengketa-pelanggaran"]?.name == "Sengketa (kantor)")
        #expect(categories["sengketa-pelanggaran"]?.deadlines.settleDays == 20)
        #expect(categories["pemeriksaan-lapangan"]?.deadlines.settleDays == 60)
        #expect(categories["informasi-keluhan"]?.deadlines.settleDays == 5)
        let trail = try store.auditLog.entries(AuditFilter(entityKind: .database, limit: 10)).map(\.summary)
        #expect(trail.contains("moved the due dates of 1 open complaint(s) onto the national calendar"), "\(trail)")
        guard case .intact = try store.auditLog.verify() else {
            Issue.record("the audit chain broke")
            return
        }
    }
}

/// A unit's own working week (Perpres 21/2023 article 7): its complaints' deadlines count on it,
/// verification stays on the desk's five days, and changing the week moves open complaints.
@Suite struct WorkingWeekTests {
    @Test func aSevenDayUnitsDeadlinesCountEveryDay() throws {
        let world = try ComplaintWorld(now: "2026-12-21T09:00:00+07:00")
        var hospital = UnitDraft(code: try UnitCode("RSUD"), name: "RSUD dr. R. Goeteng Taroenadibrata", kind: .agency)
        hospital.workingWeek = .everyDay
        try world.store.write { _ = try $0.units.add(hospital) }
        _ = try Desk.unitAdmin(of: "RSUD", in: world.store)
        // Received and handed over on Monday 21 December: verification counts the desk's week
        // (Christmas Eve and Day off), the response and settlement every day.
        let complaint = try world.log(received: "2026-12-21 08:00", unit: "RSUD")
        #expect(complaint.due.verify.description == "2026-12-28")
        #expect(complaint.due.respond?.description == "2026-12-26")
        #expect(complaint.due.settle?.description == "2027-01-04")
        let office = try world.log(received: "2026-12-21 08:00", unit: "DPUPR")
        #expect(office.due.settle?.description == "2027-01-12")
        // Back to five days: its open complaint's deadlines move, the other unit's do not.
        var changes = UnitChanges()
        changes.workingWeek = .fiveDays
        try world.store.write { _ = try $0.units.edit(UnitCode("RSUD"), changes) }
        let moved = try world.store.complaints.get(Ticket.parse(complaint.ticket))
        #expect(moved.due.settle == office.due.settle)
        #expect(moved.due.verify == complaint.due.verify)
        // Passed to a six-day unit, it counts on that unit's week from the reassignment on.
        var clinic = UnitDraft(code: try UnitCode("PUSKESMAS"), name: "Puskesmas Kalimanah", kind: .agency)
        clinic.workingWeek = .sixDays
        try world.store.write { _ = try $0.units.add(clinic) }
        world.now = try world.at("2026-12-22 10:00")
        let passed = try world.act(
            office.ticket, .reassign(to: UnitCode("PUSKESMAS"), reason: "layanan kesehatan"), at: "2026-12-22 09:00")
        // 14 working days from the hand-over on Monday 21 December, Monday to Saturday, less 24 and
        // 25 December (2027 has no holidays recorded): 22, 23, 26, 28–31 December, 1, 2, 4–8 January.
        #expect(passed.due.settle?.description == "2027-01-08")
        #expect(try world.store.units.get(UnitCode("PUSKESMAS")).workingWeek == .sixDays)
    }
}

/// A store keeps its units' calendars between transactions, and reads them again when another
/// connection changed the database or it changed holidays or units itself.
@Suite struct CalendarCacheTests {
    @Test func aHolidayAddedElsewhereIsSeenAtOnce() throws {
        let folder = TemporaryFolder()
        let path = folder.file("k.sqlite")
        let now = try Timestamp.parse("2026-11-16T09:00:00+07:00")
        let desk = try Store(path: path, mode: .createIfMissing, actor: Actor("operator"), clock: { now })
        var draft = ComplaintDraft(subject: "Jalan berlubang", description: "Di Desa Karangreja", channel: .sms)
        draft.receivedAt = now
        let before = try desk.write { try $0.complaints.log(draft) }
        #expect(before.due.verify.description == "2026-11-19")
        // Another process (its own connection) records a holiday on the Wednesday.
        let other = try Store(path: path, mode: .existing, actor: Actor("operator"), clock: { now })
        _ = try other.write {
            try $0.holidays.add(Holiday(date: CivilDate.parse("2026-11-18"), name: "Libur daerah"))
        }
        let after = try desk.write { try $0.complaints.log(draft) }
        #expect(after.due.verify.description == "2026-11-20")
        // And the store's own change, rolled back or not, is seen by its next action.
        _ = try desk.write { try $0.holidays.remove(CivilDate.parse("2026-11-18")) }
        #expect(try desk.write { try $0.complaints.log(draft) }.due.verify.description == "2026-11-19")
    }
}
