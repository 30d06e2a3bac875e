import KBKDomain
import KBKReports
import KBKStore
import KBKTestSupport
import Testing

/// Builds expected figures compactly: counts, then days and rating.
func figures(
    received: Int, rejected: Int, followedUp: Int, onTime: Int, settled: Int, settledOnTime: Int,
    response: (Double?, Double?), settlement: (Double?, Double?), reopened: Int, rating: Double?
) -> ComplaintFigures {
    var figures = ComplaintFigures()
    figures.received = received
    figures.rejected = rejected
    figures.followedUp = followedUp
    figures.followedUpOnTime = onTime
    figures.settled = settled
    figures.settledOnTime = settledOnTime
    figures.medianDaysToResponse = response.0
    figures.p90DaysToResponse = response.1
    figures.medianDaysToSettlement = settlement.0
    figures.p90DaysToSettlement = settlement.1
    figures.reopened = reopened
    figures.averageRating = rating
    return figures
}

// Unit DINA (all by SMS, so also the `sms` channel): A1–A7, A6 rejected → valid 6.
// Followed up A1–A5 (5); on time A1, A3, A4, A5 (4; A2 came on day 6 against a due date of day 5).
// Settled at 03-31: A1 (closed), A2 (resolved), A3 (closed after reopening) = 3; on time A1, A3 = 2.
// Days to response [2, 6, 2, 6, 4] → sorted 2 2 4 6 6: median 4, p90 = rank ⌈0.9·5⌉ = 5 → 6.
// Days to settlement [10, 19, 9] → 9 10 19: median 10, p90 = rank 3 → 19. Reopened: A3. Ratings 4, 2 → 3.0.
let unitA = figures(
    received: 7, rejected: 1, followedUp: 5, onTime: 4, settled: 3, settledOnTime: 2,
    response: (4, 6), settlement: (10, 19), reopened: 1, rating: 3.0)
// Unit DINB (all through LAPOR!): B1, B2 (handed to DINA, reassigned to DINB: it counts here), B3 rejected, B4.
// Followed up 3; on time B1, B2 (B4 on day 8 against 5) = 2. Settled B2, B4 = 2, both on time.
// Response [7, 2, 8] → 2 7 8: median 7, p90 rank 3 → 8. Settlement [3, 14]: median 8.5, p90 rank ⌈1.8⌉ = 2 → 14. Rating
// 3.
let unitB = figures(
    received: 4, rejected: 1, followedUp: 3, onTime: 2, settled: 2, settledOnTime: 2,
    response: (7, 8), settlement: (8.5, 14), reopened: 0, rating: 3.0)
// KECC: C1 plus 14 phone requests, all answered on time in 2 wd and settled on time; C1 in 6 wd, the others in 4.
// Settlement days: fourteen 4s and a 6 → median (8th) 4, p90 rank ⌈13.5⌉ = 14 → 4. Ratings: seven 4s.
let unitC = figures(
    received: 15, rejected: 0, followedUp: 15, onTime: 15, settled: 15, settledOnTime: 15,
    response: (2, 2), settlement: (4, 4), reopened: 0, rating: 4.0)
// KELD: D1, open and unanswered. Not handed over: D2.
let unitD = figures(
    received: 1, rejected: 0, followedUp: 0, onTime: 0, settled: 0, settledOnTime: 0,
    response: (nil, nil), settlement: (nil, nil), reopened: 0, rating: nil)

@Suite struct ReportFigureTests {
    @Test func summary() throws {
        let report = try ReportFixture().report()
        // 28 received, A6 and B3 rejected → 26 valid. Followed up 5 + 3 + 15 = 23; on time 4 + 2 + 15 = 21.
        // Settled 3 + 2 + 15 = 20; on time 2 + 2 + 15 = 19.
        // Response days: eighteen 2s (A1, A3, B2, C1, 14 phone), 4, 6, 6, 7, 8 → 23 values: median (12th) 2;
        //   p90 rank ⌈20.7⌉ = 21 → positions 19–23 are 4, 6, 6, 7, 8 → 6.
        // Settlement days: 3, fourteen 4s, 6, 9, 10, 14, 19 → 20 values: median (10th + 11th) / 2 = 4; p90 rank 18 →
        // 10.
        // Ratings: 4, 2, 3 and seven 4s = 37 / 10 = 3.7.
        let expected = figures(
            received: 28, rejected: 2, followedUp: 23, onTime: 21, settled: 20, settledOnTime: 19,
            response: (2, 6), settlement: (4, 10), reopened: 1, rating: 3.7)
        #expect(report.summary == expected)
        #expect(report.summary.valid == 26)
        #expect(report.summary.followUpRate == 23.0 / 26)
        #expect(report.summary.onTimeSettlementRate == 19.0 / 26)
    }

    @Test func unitsAreRankedAndSmallUnitsAreNot() throws {
        let report = try ReportFixture().report()
        // Agencies first: DINA ranked (valid ≥ 5, rate 5/6), DINB unranked (3 valid). Then the kecamatan
        // and kelurahan apart: KECC ranked first of them (rate 1.0), KELD unranked (1). Then D2, not handed over.
        #expect(report.units.map(\.code) == ["DINA", "DINB", "KECC", "KELD", nil])
        #expect(report.units.map(\.rank) == [1, nil, 1, nil, nil])
        #expect(report.units.map(\.group) == [.agencies, .agencies, .districts, .districts, .agencies])
        #expect(report.units.map(\.rankedUnits) == [1, 1, 1, 1, nil])
        #expect(report.units[0].figures == unitA)
        #expect(report.units[1].figures == unitB)
        #expect(report.units[2].figures == unitC)
        #expect(report.units[3].figures == unitD)
        #expect(report.units[4].figures == unitD)
        #expect(report.units[3].figures.followUpRate == 0)
    }

    /// By follow-up rate, by the share resolved (then how many), or by how many were resolved (then
    /// the share): each group apart.
    // BIG and THOROUGH follow up 80 % each: by code; resolved, they tie on the share and BIG resolved
    // more; MANY resolved the most (20), at the second-lowest share (50 %).
    @Test(arguments: [
        (RankMeasure.followUp, ["QUICK", "BIG", "THOROUGH", "MANY"]),
        (.resolved, ["BIG", "THOROUGH", "MANY", "QUICK"]),
        (.resolvedCount, ["MANY", "BIG", "THOROUGH", "QUICK"]),
    ])
    func theRankingMeasureOrdersEachGroup(_ measure: RankMeasure, _ order: [String]) {
        func unit(_ code: String, _ group: RankGroup, valid: Int, followedUp: Int, settled: Int) -> UnitFigures {
            var figures = ComplaintFigures()
            figures.received = valid
            figures.followedUp = followedUp
            figures.settled = settled
            return UnitFigures(code: code, name: nil, group: group, figures: figures)
        }
        let rows = [
            unit("QUICK", .agencies, valid: 10, followedUp: 10, settled: 4),
            unit("THOROUGH", .agencies, valid: 10, followedUp: 8, settled: 8),
            unit("BIG", .agencies, valid: 20, followedUp: 16, settled: 16),
            unit("MANY", .agencies, valid: 40, followedUp: 30, settled: 20),
            unit("KEC-A", .districts, valid: 6, followedUp: 3, settled: 3),
            unit("KEC-B", .districts, valid: 6, followedUp: 6, settled: 2),
            unit("KEC-C", .districts, valid: 2, followedUp: 2, settled: 2),
        ]
        let ranked = ReportBuilder.ranked(rows, minimumCases: 5, by: measure)
        #expect(ranked.filter { $0.group == .agencies }.map(\.code) == order)
        #expect(ranked.filter { $0.group == .agencies }.map(\.rank) == [1, 2, 3, 4])
        let districts = ranked.filter { $0.group == .districts }
        #expect(
            districts.map(\.code)
                == (measure == .followUp ? ["KEC-B", "KEC-A", "KEC-C"] : ["KEC-A", "KEC-B", "KEC-C"]))
        #expect(districts.map(\.rank) == [1, 2, nil])
        #expect(districts.map(\.rankedUnits) == [2, 2, 2])
    }

    @Test func categories() throws {
        let report = try ReportFixture().report()
        #expect(
            report.categories.map(\.key) == ["berkadar-pengawasan", "informasi-normatif", "tidak-berkadar-pengawasan"])
        // berkadar-pengawasan (60 wd): B1 only — answered on time in 7 wd, not settled.
        #expect(
            report.categories[0].figures
                == figures(
                    received: 1, rejected: 0, followedUp: 1, onTime: 1, settled: 0, settledOnTime: 0,
                    response: (7, 7), settlement: (nil, nil), reopened: 0, rating: nil))
        // informasi-normatif (5 wd): the 14 phone requests.
        #expect(
            report.categories[1].figures
                == figures(
                    received: 14, rejected: 0, followedUp: 14, onTime: 14, settled: 14, settledOnTime: 14,
                    response: (2, 2), settlement: (4, 4), reopened: 0, rating: 4.0))
        // tidak-berkadar-pengawasan (14 wd, intake's default): A1–A7, B2–B4, C1, D1, D2 = 13; rejected A6, B3 →
        // 11 valid. Followed up A1–A5, B2, B4, C1 = 8; on time A1, A3, A4, A5, B2, C1 = 6. Settled A1, A2, A3,
        // B2, B4, C1 = 6; on time A1, A3, B2, B4, C1 = 5.
        // Response 2 6 2 6 4 | 2 8 | 2 → 2 2 2 2 4 6 6 8: median (2 + 4) / 2 = 3, p90 rank ⌈7.2⌉ = 8 → 8.
        // Settlement 10 19 9 | 3 14 | 6 → 3 6 9 10 14 19: median 9.5, p90 rank ⌈5.4⌉ = 6 → 19. Ratings 4, 2, 3 → 3.0.
        #expect(
            report.categories[2].figures
                == figures(
                    received: 13, rejected: 2, followedUp: 8, onTime: 6, settled: 6, settledOnTime: 5,
                    response: (3, 8), settlement: (9.5, 19), reopened: 1, rating: 3.0))
    }

    @Test func channels() throws {
        let report = try ReportFixture().report()
        #expect(report.channels.map(\.key) == ["lapor", "phone", "sms", "walk-in"])
        #expect(report.channels[0].figures == unitB)
        #expect(
            report.channels[1].figures
                == figures(
                    received: 14, rejected: 0, followedUp: 14, onTime: 14, settled: 14, settledOnTime: 14,
                    response: (2, 2), settlement: (4, 4), reopened: 0, rating: 4.0))
        #expect(report.channels[2].figures == unitA)
        // walk-in: C1 (answered in 2, settled in 6, on time), D1 and D2 (open).
        #expect(
            report.channels[3].figures
                == figures(
                    received: 3, rejected: 0, followedUp: 1, onTime: 1, settled: 1, settledOnTime: 1,
                    response: (2, 2), settlement: (6, 6), reopened: 0, rating: nil))
    }

    @Test func monthlyTrend() throws {
        let report = try ReportFixture().report()
        #expect(report.trend.map(\.key) == ["2026-01", "2026-02", "2026-03"])
        // January: A1, A2, A3, B1, B2 — all answered, A2 late; settled A1, A2, A3, B2, on time A1, A3, B2.
        // Response 2 6 2 7 2 → 2 2 2 6 7: median 2, p90 rank 5 → 7. Settlement 10 19 9 3 → 3 9 10 19: median 9.5, p90
        // rank 4 → 19.
        #expect(
            report.trend[0].figures
                == figures(
                    received: 5, rejected: 0, followedUp: 5, onTime: 4, settled: 4, settledOnTime: 3,
                    response: (2, 7), settlement: (9.5, 19), reopened: 1, rating: 3.0))
        // February: A4, A5, B3 (rejected), B4. Answered A4, A5 on time and B4 late; B4 settled on time in 14.
        #expect(
            report.trend[1].figures
                == figures(
                    received: 4, rejected: 1, followedUp: 3, onTime: 2, settled: 1, settledOnTime: 1,
                    response: (6, 8), settlement: (14, 14), reopened: 0, rating: nil))
        // March: A6 (rejected), A7, C1, D1, D2 and the 14 phone requests. Answered C1 + 14, all on time.
        #expect(
            report.trend[2].figures
                == figures(
                    received: 19, rejected: 1, followedUp: 15, onTime: 15, settled: 15, settledOnTime: 15,
                    response: (2, 2), settlement: (4, 4), reopened: 0, rating: 4.0))
    }

    @Test func backlogAtTheEndOfTheQuarter() throws {
        let fixture = try ReportFixture()
        let backlog = try fixture.report().backlog
        // Open on 03-31: A4, A5 (answered, not settled), A7 (verified), B1 (answered), D1 (verified), D2 (received).
        // Ages in working days to 03-31: A4 39, A5 29, A7 15, B1 59 (15–60); D1 6 (6–14); D2 1 (≤ 5).
        #expect(backlog.asOf.description == "2026-03-31")
        #expect(backlog.open == 6)
        #expect(backlog.buckets == [1, 1, 4, 0])
        // Overdue: A4 settle due 02-26 (14 + 3 on hold after 02-02) → 22 wd late; A5 settle due 03-09 → 15;
        // A7 respond due 03-16 → 10 (03-19 a holiday); D1 respond due 03-30 → 1. B1's settlement (60 wd) is due 04-03;
        // D2's verification 04-02.
        #expect(backlog.overdue.map(\.ticket) == ["A4", "A5", "A7", "D1"].map { fixture.tickets[$0]! })
        #expect(backlog.overdue.map(\.workingDaysOverdue) == [22, 15, 10, 1])
        #expect(backlog.overdue.map(\.due.description) == ["2026-02-26", "2026-03-09", "2026-03-16", "2026-03-30"])
        #expect(backlog.overdue.map(\.stage) == [.settle, .settle, .respond, .respond])
        #expect(backlog.overdue.map(\.unit) == ["DINA", "DINA", "DINA", "KELD"])
        #expect(backlog.overdueCount == 4)
        // A shorter list keeps the most overdue and still counts them all.
        var request = try fixture.request()
        request.overdueListed = 2
        let short = try fixture.report(request).backlog
        #expect(short.overdue.map(\.ticket) == ["A4", "A5"].map { fixture.tickets[$0]! })
        #expect(short.overdueCount == 4)
        #expect(short.open == 6)
    }

    @Test func workCulture() throws {
        let culture = try ReportFixture().report().culture
        #expect(culture.map(\.code) == ["DINA", "DINB", "KECC", "KELD"])
        // DINA: one group, five members left of six (one left 02-01), 5 / 20 staff; three meetings in the quarter (Dec
        // 15 is outside).
        #expect(
            culture[0]
                == CultureFigures(code: "DINA", name: "Unit DINA", activeGroups: 1, members: 5, staff: 20, meetings: 3))
        #expect(culture[0].staffShare == 0.25)
        #expect(culture[0].meetingsPerGroup == 3)
        // DINB: the first group was dissolved on 03-01; the second has the same two people; both met once in the
        // quarter.
        #expect(
            culture[1]
                == CultureFigures(code: "DINB", name: "Unit DINB", activeGroups: 1, members: 2, staff: 10, meetings: 2))
        #expect(culture[1].staffShare == 0.2)
        #expect(culture[2].staffShare == nil)
        #expect(culture[2].meetingsPerGroup == nil)
    }

    @Test func sops() throws {
        let sops = try ReportFixture().report().sops
        // DINA: S1 and S2 active (S3 revoked 02-01); S1 due for review 2026-01-10, so overdue on 03-31; S2 reviewed
        // 01-20.
        // Complaints under an overdue SOP at receipt: A7 (03-09, S1); A2 came on 01-05, before S1 fell due; A5 cites
        // S2.
        #expect(sops.map(\.code) == ["DINA", "DINB", "KECC", "KELD"])
        #expect(
            sops[0]
                == SOPFigures(
                    code: "DINA", name: "Unit DINA", activeSOPs: 2, overdueForReview: 1, complaintsWithOverdueSOP: 1))
        // DINB: S4 revised 2025-12-01, due 2026-12-01.
        #expect(
            sops[1]
                == SOPFigures(
                    code: "DINB", name: "Unit DINB", activeSOPs: 1, overdueForReview: 0, complaintsWithOverdueSOP: 0))
        #expect(sops[2].activeSOPs == 0)
    }

    @Test func aPastQuarterNeverChanges() throws {
        let fixture = try ReportFixture()
        let before = try fixture.report()
        try fixture.liveOnIntoApril()
        let after = try fixture.report()
        #expect(after.contentOnly == before.contentOnly)
        // The April report does see the April events: A2 closed with rating 1 is in January's cohort, so check the
        // year.
        let year = try fixture.report("2026")
        #expect(year.summary.received == 29)
        #expect(year.summary.rejected == 3)
    }

    @Test func aUnitAndTheUnitsUnderIt() throws {
        let report = try ReportFixture().report(unit: "KECC")
        #expect(report.scope == ["KECC", "KELD"])
        #expect(report.units.map(\.code) == ["KECC", "KELD"])
        // KECC (15) and KELD (1): 16 received, 15 answered.
        #expect(report.summary.received == 16)
        #expect(report.summary.followedUp == 15)
        #expect(report.backlog.open == 1)
        #expect(report.culture.map(\.code) == ["KECC", "KELD"])
    }

    /// The story's late entries: A2's settlement claimed Fri 01-30, keyed in Wed 02-04 (3 wd, DINA);
    /// B1's verification claimed Wed 01-07, keyed in Mon 01-12 (3 wd, DINB after the hand-over);
    /// D2 received Mon 03-30, keyed in Wed 04-01 (2 wd, before any hand-over). B4's response,
    /// claimed Fri 02-20 and keyed in Mon 02-23, is the next working day: in time.
    @Test func eventsEnteredLateCountPerUnit() throws {
        let fixture = try ReportFixture()
        let report = try fixture.report()
        #expect(
            report.lateEntries == [
                LateEntryFigures(unit: "DINA", name: "Unit DINA", events: 1, complaints: 1, longestWorkingDays: 3),
                LateEntryFigures(unit: "DINB", name: "Unit DINB", events: 1, complaints: 1, longestWorkingDays: 3),
                LateEntryFigures(unit: nil, name: nil, events: 1, complaints: 1, longestWorkingDays: 2),
            ])
        // A unit's report has its own row, never the desk's; January alone has A2's and B1's.
        #expect(try fixture.report(unit: "DINB").lateEntries.map(\.unit) == ["DINB"])
        #expect(try fixture.report("2026-01").lateEntries.map(\.unit) == ["DINA", "DINB"])
        // Entered late by the claimed day: a Friday's event keyed in on Monday is in time, on Tuesday late.
        let days = WorkingDayIndex(
            calendar: WorkingCalendar(), from: try CivilDate.parse("2026-02-01"),
            to: try CivilDate.parse("2026-02-28"))
        let friday = try CivilDate.parse("2026-02-20")
        #expect(!LateEntry.isLate(claimed: friday, entered: try CivilDate.parse("2026-02-23"), calendar: days))
        #expect(LateEntry.isLate(claimed: friday, entered: try CivilDate.parse("2026-02-24"), calendar: days))
    }

    /// A unit formed by a reorganisation after the period's end did not exist then: the period's
    /// report lists it nowhere (not as a unit without complaints, nor as one without an IKM survey).
    @Test func aUnitFormedAfterThePeriodIsNotListed() throws {
        let fixture = try ReportFixture()
        var draft = UnitDraft(code: try UnitCode("DINBARU"), name: "Dinas Baru", kind: .agency)
        draft.formedOn = try CivilDate.parse("2026-04-01")
        _ = try fixture.store.write { try $0.units.add(draft) }
        let quarter = try fixture.report()
        #expect(!quarter.units.contains { $0.code == "DINBARU" })
        #expect(!quarter.ikm.contains { $0.code == "DINBARU" })
        #expect(!quarter.culture.contains { $0.code == "DINBARU" })
        let next = try fixture.report("2026-Q2")
        #expect(next.units.contains { $0.code == "DINBARU" })
        #expect(next.ikm.contains { $0.code == "DINBARU" })
    }

    /// The oversight story (`ReportFixture.addOversightStory`), worked out by hand: of the complaints
    /// received in Q1, M1 and M4 end it at DINA (penundaan-berlarut, penyimpangan-prosedur), M2 and
    /// M3 at DINB (permintaan-imbalan twice), M5 was passed from DINA to DINB with diskriminasi, W1
    /// is at INSP; M6's berpihak was cleared, M7 came in on 2025-12-30.
    @Test func complaintsCountPerUnitAndFormOfMaladministration() throws {
        let fixture = try ReportFixture()
        try fixture.addOversightStory()
        let quarter = [
            MaladministrationFigures(unit: "DINA", name: "Unit DINA", form: .undueDelay, complaints: 1),
            MaladministrationFigures(unit: "DINA", name: "Unit DINA", form: .deviationFromProcedure, complaints: 1),
            MaladministrationFigures(unit: "DINB", name: "Unit DINB", form: .requestForReward, complaints: 2),
            MaladministrationFigures(unit: "DINB", name: "Unit DINB", form: .discrimination, complaints: 1),
            MaladministrationFigures(unit: "INSP", name: "Unit INSP", form: .requestForReward, complaints: 1),
        ]
        #expect(try fixture.report().maladministration == quarter)
        // A unit's report has its own rows; the quarter without the story has none.
        #expect(try fixture.report(unit: "DINB").maladministration == Array(quarter[2...3]))
        #expect(try ReportFixture().report().maladministration.isEmpty)
        // December 2025 has M7, handed over (with its form) only in January: none by December's end.
        #expect(try fixture.report("2025-12").maladministration.isEmpty)
        // A correction in April changes the year's figures, never the quarter's.
        fixture.now = try Timestamp.parse("2026-04-02T12:00:00+07:00")
        try Desk.act(
            try Ticket.parse(fixture.tickets["M4"]!), .correct(.maladministration(.incompetence), reason: "ulang"),
            at: nil, in: fixture.store)
        #expect(try fixture.report().maladministration == quarter)
        let year = try fixture.report("2026").maladministration
        #expect(
            year.filter { $0.unit == "DINA" }.map(\.form) == [.undueDelay, .incompetence],
            "\(year)")
    }

    @Test func emptyPeriodsAndRejectedOnlyGroupsGiveNullRates() throws {
        let fixture = try ReportFixture()
        let empty = try fixture.report("2025-Q1")
        #expect(empty.summary == ComplaintFigures())
        #expect(empty.summary.followUpRate == nil)
        #expect(empty.units.allSatisfy { $0.figures.followUpRate == nil && $0.rank == nil })
        #expect(empty.trend.count == 3)
        #expect(empty.backlog.open == 0)
        // In February DINB received B3 (rejected) and B4: rates over 1 valid. Only rejected: nothing to divide by.
        var onlyRejected = ComplaintFigures()
        onlyRejected.received = 2
        onlyRejected.rejected = 2
        #expect(onlyRejected.followUpRate == nil && onlyRejected.settlementRate == nil)
    }
}
