import KBKDomain
import KBKReports
import KBKStore
import KBKTestSupport
import Testing

/// Targets (Renstra IKU) against the hand-built quarter's figures (see ReportFigureTests), worked
/// out by hand.
@Suite struct TargetReportTests {
    /// The quarter with targets for 2026 (and one for 2025 that a report of 2026 must not read), and
    /// an IKM survey of the quarter for DINA (every element 3.3 → 82.50) and DINB (3.2 → 80.00).
    static func fixture() throws -> ReportFixture {
        let fixture = try ReportFixture()
        try fixture.store.write { transaction in
            _ = try transaction.targets.set(
                try UnitCode("DINA"), year: 2026,
                TargetChanges(settledBasisPoints: 5_000, onTimeBasisPoints: 4_000, ikmHundredths: 8_250))
            _ = try transaction.targets.set(
                try UnitCode("DINB"), year: 2026,
                TargetChanges(settledBasisPoints: 7_000, onTimeBasisPoints: 6_000, ikmHundredths: 8_250))
            _ = try transaction.targets.set(try UnitCode("KECC"), year: 2026, TargetChanges(settledBasisPoints: 10_000))
            _ = try transaction.targets.set(try UnitCode("DINA"), year: 2025, TargetChanges(settledBasisPoints: 9_900))
        }
        let quarter = try ReportPeriod.parse("2026-Q1")
        for (unit, sum) in [("DINA", 33), ("DINB", 32)] {
            _ = try Desk.write(for: unit, in: fixture.store) {
                try $0.surveys.add(
                    unit: try UnitCode(unit), period: quarter,
                    score: IKMScore(elementSums: Array(repeating: sum, count: 9), denominator: 10, respondents: 10))
            }
        }
        return fixture
    }

    @Test func eachUnitIsHeldToItsTargetsForTheYear() throws {
        let report = try TargetReportTests.fixture().report()
        #expect(report.targetYear == 2026)
        let units = Dictionary(uniqueKeysWithValues: report.units.compactMap { row in row.code.map { ($0, row) } })
        // DINA: 3 of 6 valid settled = 50 % against 50 %: met, exactly on the target (at least the target).
        // On time 2 of 6 = 33.3 % against 40 %: (2 × 10,000 − 4,000 × 6) / 60,000 = −1/15, not met.
        let dina = try #require(units["DINA"])
        #expect(dina.settlementTarget == 0.5)
        #expect(dina.settlementVsTarget == 0)
        #expect(dina.settlementTargetMet == true)
        #expect(dina.onTimeSettlementTarget == 0.4)
        #expect(dina.onTimeSettlementVsTarget == -4_000.0 / 60_000)
        #expect(dina.onTimeSettlementTargetMet == false)
        // DINB: 2 of 3 settled = 66.7 % against 70 %: (20,000 − 21,000) / 30,000 = −1/30, not met;
        // both on time, 66.7 % against 60 %: +2,000 / 30,000, met.
        let dinb = try #require(units["DINB"])
        #expect(dinb.settlementVsTarget == -1_000.0 / 30_000)
        #expect(dinb.settlementTargetMet == false)
        #expect(dinb.onTimeSettlementVsTarget == 2_000.0 / 30_000)
        #expect(dinb.onTimeSettlementTargetMet == true)
        // KECC: 15 of 15 against 100 %: met; no on-time target.
        let kecc = try #require(units["KECC"])
        #expect(kecc.settlementVsTarget == 0 && kecc.settlementTargetMet == true)
        #expect(kecc.onTimeSettlementTarget == nil && kecc.onTimeSettlementTargetMet == nil)
        // KELD has none; nor has what no unit holds.
        #expect(units["KELD"]?.target == nil && units["KELD"]?.settlementTargetMet == nil)
        #expect(report.units.last?.code == nil && report.units.last?.target == nil)
    }

    @Test func theIKMRowOfAUnitIsHeldToItsTarget() throws {
        let report = try TargetReportTests.fixture().report(sections: [.ikm])
        let rows = Dictionary(uniqueKeysWithValues: report.ikm.map { ($0.code, $0) })
        // DINA: 25 × 3.3 = 82.50 against 82.50: met, difference 0. DINB: 80.00 against 82.50: −2.50.
        #expect(rows["DINA"]?.convertedHundredths == 8_250)
        #expect(rows["DINA"]?.vsTargetHundredths == 0 && rows["DINA"]?.targetMet == true)
        #expect(rows["DINB"]?.convertedHundredths == 8_000)
        #expect(rows["DINB"]?.vsTargetHundredths == -250 && rows["DINB"]?.targetMet == false)
        // KECC has no IKM target; KELD neither a target nor a survey.
        #expect(rows["KECC"]?.targetHundredths == nil && rows["KECC"]?.targetMet == nil)
        #expect(rows["KELD"]?.targetMet == nil)
    }

    /// A period that spans two years is held to the targets of the year of its last day; a year
    /// without complaints has a target and no verdict.
    @Test func thePeriodsLastDayChoosesTheYear() throws {
        let fixture = try TargetReportTests.fixture()
        let spanning = try fixture.report(
            ReportRequest(
                period: ReportPeriod(from: try CivilDate.parse("2025-12-01"), to: try CivilDate.parse("2026-03-31")),
                sections: [.units]))
        #expect(spanning.targetYear == 2026)
        #expect(spanning.units.first { $0.code == "DINA" }?.settlementTarget == 0.5)
        let year2025 = try fixture.report("2025", sections: [.units])
        let dina = try #require(year2025.units.first { $0.code == "DINA" })
        #expect(dina.settlementTarget == 0.99)
        #expect(dina.figures.valid == 0 && dina.settlementVsTarget == nil && dina.settlementTargetMet == nil)
        #expect(year2025.units.first { $0.code == "DINB" }?.target == nil)
    }

    /// The rule itself, on whole numbers: 2 of 3 (66.666… %) does not reach 66.67 %.
    @Test func metIsDecidedExactly() {
        #expect(TargetRule.met(2, of: 3, basisPoints: 6_667) == false)
        #expect(TargetRule.met(2, of: 3, basisPoints: 6_666) == true)
        #expect(TargetRule.met(0, of: 0, basisPoints: 0) == nil)
        #expect(TargetRule.met(ikmHundredths: 8_249, target: 8_250) == false)
        #expect(TargetRule.met(ikmHundredths: nil, target: 8_250) == nil)
        #expect(TargetRule.year(ofPeriodEnding: try! CivilDate.parse("2027-01-31")) == 2027)
    }

    @Test(arguments: [("90", 9_000), ("87.5", 8_750), ("87,5", 8_750), ("0", 0), ("100", 10_000), ("66.67", 6_667)])
    func sharesAreRead(_ text: String, _ basisPoints: Int) throws {
        #expect(try UnitTarget.parseShare(text, field: "--settled") == basisPoints)
    }

    @Test(arguments: ["100.01", "-1", "1.234", "", "ninety", "9e1", "1.", ".5", "1000"])
    func badSharesAreRefused(_ text: String) {
        #expect(throws: DomainError.self) { try UnitTarget.parseShare(text, field: "--settled") }
    }

    @Test(arguments: ["24.99", "100.5", "0"])
    func anIKMOutsideItsScaleIsRefused(_ text: String) {
        #expect(throws: DomainError.self) { try UnitTarget.parseIKM(text, field: "--ikm") }
    }
}
