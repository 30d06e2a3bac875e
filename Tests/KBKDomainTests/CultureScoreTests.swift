import KBKDomain
import Testing

/// BerAKHLAK per behaviour indicator: the 21 indicators, each value's score as the mean of its
/// three, and the figures every door reads from them.
@Suite struct CultureScoreTests {
    static func assessment(_ scores: CultureScores) -> CultureAssessment {
        CultureAssessment(
            id: 1, unitCode: "DINKES", year: 2026, scores: scores, assessedOn: CivilDate(year: 2026, month: 11, day: 3)!
        )
    }

    /// The 21 scores given in `BehaviourIndicator.all` order.
    static func perIndicator(_ scores: [Int]) -> CultureAssessment {
        assessment(.indicators(zip(BehaviourIndicator.all, scores).map { IndicatorScore($0, score: $1) }))
    }

    @Test func twentyOneIndicatorsThreeUnderEachValueInTheCircularsOrder() throws {
        #expect(BehaviourIndicator.all.count == 21)
        #expect(Set(BehaviourIndicator.codes).count == 21)
        for value in CoreValue.allCases {
            #expect(value.indicators.map(\.code) == (1...3).map { "\(value.code)\($0)" })
        }
        #expect(BehaviourIndicator.codes.prefix(4) == ["BO1", "BO2", "BO3", "AK1"])
        #expect(BehaviourIndicator.codes.last == "KL3")
        #expect(BehaviourIndicator.all[0].text == "Memahami dan memenuhi kebutuhan masyarakat")
        #expect(BehaviourIndicator.all[5].text == "Tidak menyalahgunakan kewenangan jabatan")
        #expect(BehaviourIndicator.all.allSatisfy { !$0.english.isEmpty && $0.text != $0.english })
        #expect(try BehaviourIndicator.parse(" kl3 ").code == "KL3")
        #expect(
            throws: DomainError.notAllowed(field: "indicator", value: "BO4", allowed: BehaviourIndicator.codes)
        ) { try BehaviourIndicator.parse("BO4") }
    }

    /// Worked by hand. Per value: BO 4,4,3 = 11/3 = 3.67; AK 5,5,4 = 4.67; KO 2,2,3 = 2.33;
    /// HA 3,3,3 = 3; LO 5,5,5 = 5; AD 2,3,2 = 2.33; KL 4,4,4 = 4. The 21 sum to 75: average
    /// 75/21 = 3.571… = 3.57, the mean of the seven means (25/7) too.
    @Test func aValuesScoreIsTheMeanOfItsThreeIndicators() {
        let assessment = Self.perIndicator([4, 4, 3, 5, 5, 4, 2, 2, 3, 3, 3, 3, 5, 5, 5, 2, 3, 2, 4, 4, 4])
        #expect(assessment.valueHundredths == [367, 467, 233, 300, 500, 233, 400])
        #expect(assessment.averageHundredths == 357)
        // Kompeten and Adaptif both sum to 7: the first is the weakest.
        #expect(assessment.weakest == .competent)
        // Four indicators score 2 (KO1, KO2, AD1, AD3); KO's and AD's sums tie, so the first in order.
        #expect(assessment.weakestIndicator?.indicator.code == "KO1")
        #expect(assessment.weakestIndicator?.score == 2)
        #expect(assessment.scores.basis == .indicators)
    }

    /// An indicator tied for the lowest score is taken under the lower-scored value, whatever its order.
    @Test func theWeakestIndicatorOnATieIsUnderTheWeakerValue() {
        // BO 2,5,5 (sum 12) and AD 3,2,3 (sum 8): both have a 2; Adaptif is the weaker value.
        let assessment = Self.perIndicator([2, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 2, 3, 4, 4, 4])
        #expect(assessment.weakest == .adaptive)
        #expect(assessment.weakestIndicator?.indicator.code == "AD2")
    }

    /// Half a hundredth rounds up: 3.665 is 3.67, never 3.66 (scores are whole, so only thirds and
    /// sevenths arise; 2,3,3 is 2.666… = 2.67).
    @Test func meansAreRoundedHalfUpToHundredths() {
        #expect(CultureAssessment.hundredths(8, over: 3) == 267)
        #expect(CultureAssessment.hundredths(7, over: 3) == 233)
        #expect(CultureAssessment.hundredths(733, over: 200) == 367)
        #expect(CultureAssessment.hundredths(27, over: 7) == 386)
        #expect(CultureAssessment.hundredths(15, over: 3) == 500)
    }

    /// An assessment scored per value reads as it always has: its scores are the values' own.
    @Test func anAssessmentPerValueKeepsItsScores() {
        let assessment = Self.assessment(.values([4, 4, 3, 4, 5, 3, 4]))
        #expect(assessment.valueHundredths == [400, 400, 300, 400, 500, 300, 400])
        #expect(assessment.averageHundredths == 386)
        #expect(assessment.weakest == .competent)
        #expect(assessment.weakestIndicator == nil)
        #expect(assessment.indicatorScores.isEmpty)
    }

    @Test func scoresAreCheckedWhole() throws {
        let all = BehaviourIndicator.all.map { IndicatorScore($0, score: 4) }
        // Given in any order, they are kept in the circular's.
        let shuffled = try CultureScores.indicators(all.reversed()).validated()
        #expect(shuffled == .indicators(all))
        #expect(throws: DomainError.invalid(field: "indicators", value: "", reason: .missingIndicators(["KL3"]))) {
            try CultureScores.indicators(Array(all.dropLast())).validated()
        }
        #expect(throws: DomainError.invalid(field: "indicator", value: "BO1", reason: .givenTwice)) {
            try CultureScores.indicators(all + [all[0]]).validated()
        }
        var six = all
        six[4].score = 6
        #expect(throws: DomainError.outOfRange(field: "AK2", value: "6", range: 1...5)) {
            try CultureScores.indicators(six).validated()
        }
        #expect(throws: DomainError.outOfRange(field: "score", value: "0", range: 1...5)) {
            try CultureScores.values([4, 4, 4, 0, 4, 4, 4]).validated()
        }
        // Evidence is trimmed; blank evidence is none.
        var evidenced = all
        evidenced[2].evidence = "  Notulen rapat KBK  "
        evidenced[2].evidenceRef = "   "
        let kept = try CultureScores.indicators(evidenced).validated()
        guard case .indicators(let entries) = kept else {
            Issue.record("not per indicator")
            return
        }
        #expect(entries[2].evidence == "Notulen rapat KBK" && entries[2].evidenceRef == nil)
    }

    @Test func typedIndicatorScores() throws {
        let pairs = BehaviourIndicator.codes.map { "\($0.lowercased())=4" }
        let entries = try CultureAssessment.indicatorScores(
            list: nil, pairs: pairs, evidence: ["BO3=Inovasi antrean=daring"], evidenceRefs: ["bo3= SK 800/1 "])
        #expect(entries.count == 21 && entries.allSatisfy { $0.score == 4 })
        #expect(entries[2].evidence == "Inovasi antrean=daring" && entries[2].evidenceRef == "SK 800/1")
        let listed = try CultureAssessment.indicatorScores(
            list: Array(repeating: "3", count: 21).joined(separator: ","), pairs: [], evidence: [], evidenceRefs: [])
        #expect(listed.map(\.score) == Array(repeating: 3, count: 21))
        #expect(throws: DomainError.invalid(field: "--indicator", value: "", reason: .missingIndicators(["KL3"]))) {
            try CultureAssessment.indicatorScores(
                list: nil, pairs: Array(pairs.dropLast()), evidence: [], evidenceRefs: [])
        }
        #expect(throws: DomainError.invalid(field: "--indicator", value: "BO1", reason: .givenTwice)) {
            try CultureAssessment.indicatorScores(list: nil, pairs: pairs + ["BO1=5"], evidence: [], evidenceRefs: [])
        }
        #expect(throws: DomainError.invalid(field: "--evidence", value: "BO1", reason: .givenTwice)) {
            try CultureAssessment.indicatorScores(
                list: nil, pairs: pairs, evidence: ["BO1=a", "bo1=b"], evidenceRefs: [])
        }
        #expect(throws: DomainError.outOfRange(field: "AD2", value: "9", range: 1...5)) {
            try CultureAssessment.indicatorScores(list: nil, pairs: ["AD2=9"], evidence: [], evidenceRefs: [])
        }
        do {
            _ = try CultureAssessment.indicatorScores(list: nil, pairs: ["BO1"], evidence: [], evidenceRefs: [])
            Issue.record("BO1 without a score was taken")
        } catch {
            #expect(error.isMalformed)
        }
    }
}
