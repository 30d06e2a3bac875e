import Foundation
import KBKDomain
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKStore

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
        #expect(try !store.holidays.hasNationalDays(in: 2028))
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
        // 2024–2026 (82 days, one kept as the office entered it) and 2027's 26 (migration 0030).
        #expect(try store.holidays.list(year: nil).count == 82 + 26)
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
        let trail = try store.auditLog.entries(AuditFilter(entityKind: .database, limit: 100)).map(\.summary)
        #expect(trail.contains("moved the due dates of 1 open complaint(s) onto the national calendar"), "\(trail)")
        guard case .intact = try store.auditLog.verify() else {
            Issue.record("the audit chain broke")
            return
        }
    }
}

/// The calendar of 2027 (migration 0030, SKB 1205/2026, 3/2026, 2/2026): a new database has it, an
/// existing one's open complaints move onto it under the migration's seal, and an admin corrects a
/// day only with the reason on the record.
@Suite struct Calendar2027Tests {
    static let decree = "SKB 1205/2026, 3/2026, 2/2026"

    @Test func theDecreeOf2027Ships() throws {
        let store = try Store(path: ":memory:", mode: .createIfMissing, actor: Actor("operator"), clock: { fixedNow })
        let days = try store.holidays.list(year: 2027)
        #expect(days.filter { $0.kind == .national }.count == 18)
        #expect(days.filter { $0.kind == .collective }.count == 8)
        #expect(days.allSatisfy { $0.source == Self.decree })
        let calendar = try store.holidays.calendar()
        // 1 and 5 January are off; 8–15 March is six working days in a row without work.
        #expect(
            calendar.adding(workingDays: 1, to: try CivilDate.parse("2026-12-31"))
                == (try CivilDate.parse("2027-01-04")))
        #expect(
            calendar.adding(workingDays: 2, to: try CivilDate.parse("2027-01-01"))
                == (try CivilDate.parse("2027-01-06")))
        #expect(
            calendar.adding(workingDays: 1, to: try CivilDate.parse("2027-03-05"))
                == (try CivilDate.parse("2027-03-16")))
    }

    @Test func openComplaintsMoveOntoItUnderTheMigrationsSeal() throws {
        let folder = TemporaryFolder()
        let path = folder.file("2026.sqlite")
        let now = try Timestamp.parse("2026-12-30T09:00:00+07:00")
        do {
            // The database as the kbk before 0030 left it, and a complaint received on Wednesday
            // 30 December, due for verification on a calendar without 2027: 31 December, 1 and 4
            // January. Its row is written as that kbk wrote it (this kbk's code reads columns of
            // later migrations) and sealed by the entry that records it.
            let old = try Store(
                path: path, mode: .createIfMissing, actor: Actor("operator"), clock: { now },
                migrator: Migrator(migrations: Migration.embedded.filter { $0.version < 30 }))
            try old.write { transaction in
                try transaction.connection.execute(
                    """
                    INSERT INTO complaint (ticket, year, sequence, received_at, received_on, channel, kind, category,
                        subject, description, status, verify_due, last_event_at)
                    VALUES ('ADU-2026-00001', 2026, 1, '2026-12-30T02:00:00Z', '2026-12-30', 'sms', 'complaint',
                        'general', 'Jalan berlubang', 'Di Desa Karangreja', 'received', '2027-01-04',
                        '2026-12-30T02:00:00Z');
                    INSERT INTO ticket_counter (year, last) VALUES (2026, 1);
                    """)
                try transaction.audit(AuditRecord(.create, .complaint, id: "ADU-2026-00001", "logged ADU-2026-00001"))
            }
            #expect(try old.holidays.yearsWithoutNationalDaysAmongOpenDeadlines() == [2027])
        }
        #expect(try DatabaseHealth.check(path: path).rowProblemCount == 0)
        let store = try Store(path: path, mode: .existing, actor: Actor("operator"), clock: { now })
        // With 1 and 5 January off: 31 December, 4 and 6 January.
        #expect(try store.complaints.get(Ticket.parse("ADU-2026-00001")).due.verify.description == "2027-01-06")
        #expect(try store.holidays.yearsWithoutNationalDaysAmongOpenDeadlines() == [])
        let trail = try store.auditLog.entries(AuditFilter(entityKind: .database, limit: 100)).map(\.summary)
        #expect(
            trail.contains(
                "applied 0030_national_calendar_2027.sql; moved the due dates of 1 open complaint(s) onto its calendar"),
            "\(trail)")
        // The moved row is what the migration's entry sealed.
        let health = try DatabaseHealth.check(path: path)
        #expect(health.rowProblemCount == 0, "\(health.rowProblems)")
        #expect(health.isSound)
    }

    @Test func aDecreedDayIsCorrectedOrRemovedOnlyWithTheReason() throws {
        let world = try ComplaintWorld(now: "2027-03-01T09:00:00+07:00")
        let complaint = try world.log(unit: "DPUPR")
        let idulfitri = try CivilDate.parse("2027-03-10")
        #expect(throws: DomainError.rule(.decreedDayNeedsReason(idulfitri))) {
            try world.store.write { _ = try $0.holidays.remove(idulfitri) }
        }
        #expect(throws: DomainError.duplicate(kind: .holiday, key: "2027-03-11")) {
            try world.store.write {
                _ = try $0.holidays.correct(idulfitri, to: CivilDate.parse("2027-03-11"), name: nil, reason: "isbat")
            }
        }
        let (corrected, moved) = try world.store.write {
            try $0.holidays.correct(
                idulfitri, to: CivilDate.parse("2027-03-13"), name: nil, reason: "Sidang isbat: 1 Syawal 13 Maret")
        }
        #expect(corrected.kind == .national && corrected.source == Self.decree && moved == 1)
        #expect(try world.store.holidays.contains(CivilDate.parse("2027-03-13")))
        #expect(try !world.store.holidays.contains(idulfitri))
        let last = try #require(try world.store.auditLog.entries(AuditFilter(entityKind: .holiday, limit: 1)).first)
        #expect(last.summary.hasPrefix("corrected holiday 2027-03-10 Hari Raya Idulfitri 1448 H (national, SKB 1205"))
        #expect(last.summary.hasSuffix(": date 2027-03-10 → 2027-03-13; reason: Sidang isbat: 1 Syawal 13 Maret"))
        // Logged on Monday 1 March, the response was due after 8–15 March, on the 16th; with
        // Wednesday 10 March a working day again (the 13th is a Saturday), on the 10th.
        #expect(complaint.due.respond?.description == "2027-03-16")
        #expect(try world.store.complaints.get(complaint.ticket).due.respond?.description == "2027-03-10")
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
        // Five days a week, less 24 and 25 December, 1 and 5 January.
        #expect(office.due.settle?.description == "2027-01-14")
        // Back to five days: its open complaint's deadlines move, the other unit's do not.
        var changes = UnitChanges()
        changes.workingWeek = .fiveDays
        try world.store.write { _ = try $0.units.edit(UnitCode("RSUD"), changes) }
        let moved = try world.store.complaints.get(complaint.ticket)
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
        // 25 December, 1 and 5 January: 22, 23, 26, 28–31 December, 2, 4, 6–9, 11 January.
        #expect(passed.due.settle?.description == "2027-01-11")
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
