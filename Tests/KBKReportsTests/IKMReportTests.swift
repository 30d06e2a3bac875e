import KBKDomain
import KBKReports
import KBKStore
import KBKTestSupport
import Testing

/// Issue 29: the kabupaten-wide IKM and the survey elements improvement actions address, on surveys
/// added by hand to the hand-built fixture (units DINA, DINB, KECC, KELD; groups 1 = DINA's, 3 = DINB's).
@Suite struct IKMReportTests {
    /// Every average is `sums / respondents`; element `lower` (1–9) gets `lowerSum` instead of `sum`.
    func score(respondents: Int, sum: Int, lower: Int, lowerSum: Int) -> IKMScore {
        var sums = Array(repeating: sum, count: 9)
        sums[lower - 1] = lowerSum
        return IKMScore(elementSums: sums, denominator: respondents, respondents: respondents)
    }

    /// DINA: 2025, 50 respondents all 3.0 (75.00); 2026-S1, 1,000 respondents all 4 (100.00); 2026-S2,
    /// 100 respondents, 3.0 except U3 = 2.5: Σ sums 2,650, 25 × 2,650 / 900 = 73.61 (C), weakest U3.
    /// DINB: 2026, 300 respondents, 3.5 except U8 = 3.2: Σ sums 9,360, 25 × 9,360 / 2,700 = 86.67 (B),
    /// weakest U8. KECC and KELD: no survey.
    func fixtureWithSurveys() throws -> (ReportFixture, dinaLatest: Int64, dinb: Int64) {
        let fixture = try ReportFixture()
        fixture.now = try Timestamp.parse("2027-01-10T12:00:00+07:00")
        let store = fixture.store
        func add(_ unit: String, _ period: String, _ score: IKMScore) throws -> Int64 {
            try Desk.write(for: unit, in: store) {
                try $0.surveys.add(unit: UnitCode(unit), period: ReportPeriod.parse(period), score: score)
            }.id
        }
        _ = try add("DINA", "2025", score(respondents: 50, sum: 150, lower: 1, lowerSum: 150))
        _ = try add("DINA", "2026-S1", score(respondents: 1_000, sum: 4_000, lower: 1, lowerSum: 4_000))
        let dina = try add("DINA", "2026-S2", score(respondents: 100, sum: 300, lower: 3, lowerSum: 250))
        let dinb = try add("DINB", "2026", score(respondents: 300, sum: 1_050, lower: 8, lowerSum: 960))
        return (fixture, dina, dinb)
    }

    func action(_ fixture: ReportFixture, group: Int64, unit: String, title: String) throws -> Int64 {
        var draft = ImprovementDraft(groupID: group, title: title)
        draft.startedOn = try CivilDate.parse("2026-03-05")
        return try Desk.write(for: unit, in: fixture.store) { try $0.improvements.add(draft) }.id
    }

    @Test func theKabupatenPoolsTheUnitsLatestSurveysByRespondents() throws {
        let (fixture, _, _) = try fixtureWithSurveys()
        let report = try fixture.report("2026", sections: [.ikm])
        let kabupaten = try #require(report.ikmKabupaten)
        // DINA's 2026-S2 (not its S1) and DINB's 2026: 400 respondents, Σ sums 2,650 + 9,360 = 12,010 over
        // 400: 25 × 12,010 / 3,600 = 83.4027… → 83.40, B. Element averages: U3 (250 + 1,050) / 400 = 3.25,
        // U8 (300 + 960) / 400 = 3.15, the rest (300 + 1,050) / 400 = 3.375: the weakest is U8.
        // The plain mean of the units: (73.61 + 86.67) / 2 = 80.14. 2025: DINA's 75.00 alone.
        #expect(
            kabupaten
                == KabupatenIKMFigures(
                    convertedHundredths: 8_340, grade: .b, respondents: 400, unitsSurveyed: 2, units: 4,
                    meanOfUnitsHundredths: 8_014, weakestElement: 8, previousPeriod: "2025",
                    previousHundredths: 7_500))
        #expect(kabupaten.changeHundredths == 840)
        let rows = report.ikm.filter { $0.service == nil }
        #expect(rows.map(\.convertedHundredths) == [7_361, 8_667, nil, nil])
        #expect(rows.map(\.weakestElement) == [3, 8, nil, nil])
        // With the 0.111 weighting: 2,775 × 12,010 / 4,000 = 8,332.44 → 83.32.
        var published = try fixture.request("2026", sections: [.ikm])
        published.ikmWeighting = .published
        #expect(try fixture.report(published).ikmKabupaten?.convertedHundredths == 8_332)
    }

    @Test func aUnitsReportHasNoKabupatenFigure() throws {
        let (fixture, _, _) = try fixtureWithSurveys()
        #expect(try fixture.report("2026", unit: "DINA", sections: [.ikm]).ikmKabupaten == nil)
        #expect(try fixture.report("2026", sections: [.summary]).ikmKabupaten == nil)
        // No unit surveyed in the period: no figure.
        #expect(try fixture.report("2024", sections: [.ikm]).ikmKabupaten == nil)
    }

    @Test func theWeakestElementIsAddressedByAStandingLinkedAction() throws {
        let (fixture, dina, dinb) = try fixtureWithSurveys()
        func addressed() throws -> [Bool?] {
            try fixture.report("2026", sections: [.ikm]).ikm.filter { $0.service == nil }.map(
                \.weakestElementAddressed)
        }
        #expect(try addressed() == [false, false, nil, nil])
        let day = try CivilDate.parse("2026-12-01")
        // DINA's action addresses U3, its weakest; DINB's addresses U1 and U2, not its weakest U8.
        let one = try action(fixture, group: 1, unit: "DINA", title: "Percepat penyelesaian")
        try Desk.write(for: "DINA", in: fixture.store) {
            try $0.improvements.link(one, survey: dina, elements: [3], on: day)
        }
        let three = try action(fixture, group: 3, unit: "DINB", title: "Persyaratan lebih jelas")
        try Desk.write(for: "DINB", in: fixture.store) {
            try $0.improvements.link(three, survey: dinb, elements: [1, 2], on: day)
        }
        #expect(try addressed() == [true, false, nil, nil])
        #expect(try fixture.store.improvements.get(one).surveyElements.map(\.code) == ["U3"])
        #expect(try fixture.store.improvements.addressing(surveyID: dinb).map(\.elements) == [[1, 2]])
        // Linked after the period's end: not yet, as of the period's end.
        let late = try action(fixture, group: 3, unit: "DINB", title: "Penanganan pengaduan")
        try Desk.write(for: "DINB", in: fixture.store) {
            try $0.improvements.link(late, survey: dinb, elements: [8], on: CivilDate.parse("2027-01-05"))
        }
        #expect(try addressed() == [true, false, nil, nil])
        // Dropped within the period: it no longer addresses anything.
        _ = try Desk.write(for: "DINA", in: fixture.store) {
            try $0.improvements.advance(one, to: .dropped, note: "digabung", on: CivilDate.parse("2026-12-15"))
        }
        #expect(try addressed() == [false, false, nil, nil])
    }

    @Test func aSurveyOfAnotherUnitCannotBeLinked() throws {
        let (fixture, _, dinb) = try fixtureWithSurveys()
        let one = try action(fixture, group: 1, unit: "DINA", title: "Salah unit")
        #expect(throws: DomainError.rule(.outsideUnit(kind: .survey, key: String(dinb), unit: "DINA"))) {
            try Desk.write(for: "DINA", in: fixture.store) {
                try $0.improvements.link(one, survey: dinb, elements: [8])
            }
        }
        #expect(try fixture.store.improvements.get(one).surveyElements.isEmpty)
    }

    @Test func thePeriodBefore() throws {
        #expect(try ReportPeriod.parse("2026").previous == ReportPeriod.parse("2025"))
        #expect(try ReportPeriod.parse("2026").previous.label == "2025")
        // A calendar quarter, half or month is followed by the one before, named as it is typed.
        #expect(try ReportPeriod.parse("2026-Q3").previous == ReportPeriod.parse("2026-Q2"))
        #expect(try ReportPeriod.parse("2026-Q1").previous == ReportPeriod.parse("2025-Q4"))
        #expect(try ReportPeriod.parse("2026-S1").previous == ReportPeriod.parse("2025-S2"))
        #expect(try ReportPeriod.parse("2026-01").previous == ReportPeriod.parse("2025-12"))
        #expect(
            try ReportPeriod.parse("2026-Q3").previous.from == CivilDate.parse("2026-04-01")
                && ReportPeriod.parse("2026-Q3").previous.to == CivilDate.parse("2026-06-30"))
        #expect(
            try ReportPeriod(from: CivilDate.parse("2026-03-10"), to: CivilDate.parse("2026-03-19")).previous
                == ReportPeriod(from: CivilDate.parse("2026-02-28"), to: CivilDate.parse("2026-03-09")))
        #expect(try IKMScore.parseElement("u3") == 3)
        #expect(throws: DomainError.malformed(field: "element", value: "U10", expected: "an element U1 to U9")) {
            try IKMScore.parseElement("U10")
        }
    }
}
