import KBKDomain
import Testing

@Suite struct IKMTests {
    /// Four questionnaires worked by hand.
    /// Element sums: U1 14, U2 14, U3 11, U4 16, U5 13, U6 13, U7 14, U8 11, U9 11 = 117.
    /// Averages (NRR): 3.5, 3.5, 2.75, 4.0, 3.25, 3.25, 3.5, 2.75, 2.75. IKM = 117 / (9 × 4) = 3.25;
    /// converted = 3.25 × 25 = 81.25 → B "Baik". Weakest: U3 (2.75, the first of three).
    @Test func aWorkedExample() {
        let score = IKMScore.fromAnswers([
            [4, 4, 3, 4, 3, 3, 4, 3, 3],
            [3, 3, 3, 4, 3, 3, 3, 2, 3],
            [4, 3, 2, 4, 3, 4, 4, 3, 3],
            [3, 4, 3, 4, 4, 3, 3, 3, 2],
        ])
        #expect(score.elementSums == [14, 14, 11, 16, 13, 13, 14, 11, 11])
        #expect(score.average(2) == 2.75)
        #expect(score.index == 3.25)
        #expect(score.convertedHundredths == 8_125)
        #expect(score.grade == .b)
        #expect(score.grade.label == "Baik")
        #expect(score.weakestElement == 2)
    }

    /// Nine equal averages a give a converted value of exactly 25a.
    @Test(arguments: [
        ("2.5996", 6_499, IKMGrade.d), // 64.99
        ("2.6", 6_500, .c), // 65.00
        ("3.064", 7_660, .c), // 76.60
        ("3.0644", 7_661, .b), // 76.61
        ("3.532", 8_830, .b), // 88.30
        ("3.5318", 8_830, .b), // 88.295 → 88.30 (half up)
        ("3.5322", 8_831, .a), // 88.305 → 88.31, where binary floating point gives 88.30
        ("3.5324", 8_831, .a), // 88.31
        ("1", 2_500, .d), ("4", 10_000, .a),
    ])
    func gradeBandEdgesAreExact(_ average: String, _ hundredths: Int, _ grade: IKMGrade) throws {
        let score = try IKMScore.fromAverages(Array(repeating: average, count: 9), respondents: 100)
        #expect(score.convertedHundredths == hundredths)
        #expect(score.grade == grade)
    }

    /// Weighted 0.111 as many offices publish: 25 × 0.111 × Σ averages, rounded half up. The worked
    /// example's Σ 29.25 gives 81.17 (exact 81.25); NRR 3.5 everywhere 87.41 (exact 87.50).
    @Test(arguments: [("3.25", 8_117, 8_125), ("3.5", 8_741, 8_750), ("4", 9_990, 10_000), ("3.5359", 8_831, 8_840)])
    func thePublishedWeighting(_ average: String, _ published: Int, _ exact: Int) throws {
        let score = try IKMScore.fromAverages(Array(repeating: average, count: 9), respondents: 100)
        #expect(score.convertedHundredths(.published) == published)
        #expect(score.convertedHundredths(.exact) == exact)
    }

    /// Krejcie and Morgan's table (1970), from their formula.
    @Test(arguments: [
        (10, 10), (50, 44), (100, 80), (200, 132), (500, 217), (1_000, 278), (5_000, 357), (10_000, 370),
        (100_000, 383), (1_000_000, 384),
    ])
    func krejcieMorgan(_ population: Int, _ sample: Int) {
        #expect(IKMScore.krejcieMorganSample(population: population) == sample)
    }

    /// Two services of one unit pool into the respondent-weighted averages, exactly.
    @Test func servicesPoolByRespondents() throws {
        let small = IKMScore.fromAnswers(Array(repeating: Array(repeating: 4, count: 9), count: 1))
        let large = IKMScore.fromAnswers(Array(repeating: Array(repeating: 2, count: 9), count: 3))
        let pooled = try #require(IKMScore.pooled([small, large]))
        #expect(pooled.respondents == 4)
        #expect(pooled.average(0) == 2.5)
        #expect(pooled.convertedHundredths == 6_250)
        let averaged = try IKMScore.fromAverages(Array(repeating: "3.12", count: 9), respondents: 100)
        let both = try #require(IKMScore.pooled([averaged, small]))
        // (100 × 3.12 + 1 × 4) / 101 = 3.128712… → 78.22.
        #expect(both.convertedHundredths == 7_822)
        #expect(IKMScore.pooled([]) == nil)
    }

    /// The kabupaten pools many units whose questionnaire counts share no factor: the exact common
    /// denominator would overflow, so the averages are pooled to a millionth, never trapping.
    @Test func manyUnitsPoolWithoutOverflow() throws {
        let primes = [101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191]
        // Unit i: every answer 3 except U1 = 4 on one questionnaire: U1 average 3 + 1/n.
        let scores = primes.map { count in
            var sums = Array(repeating: 3 * count, count: 9)
            sums[0] += 1
            return IKMScore(elementSums: sums, denominator: count, respondents: count)
        }
        let kabupaten = try #require(KabupatenIKM(unitScores: scores))
        let respondents = primes.reduce(0, +)
        #expect(kabupaten.respondents == respondents)
        #expect(kabupaten.unitsSurveyed == primes.count)
        // Σ averages = 27 + 18 / respondents (one extra point per unit over all respondents): × 25 / 9.
        let expected = (27 + 18 / Double(respondents)) * 25 / 9
        #expect(kabupaten.convertedHundredths(.exact) == Int((expected * 100).rounded()))
        #expect(kabupaten.grade(.exact) == .c)
        #expect(kabupaten.score.weakestElement == 1)
    }

    /// Pooled by respondents, not a plain mean of the units: 50 people at 100.00 and 950 at 50.00
    /// give 52.50 (D), where the mean of the two units would say 75.00 (C).
    @Test func theKabupatenWeighsUnitsByRespondents() throws {
        let small = IKMScore(elementSums: Array(repeating: 200, count: 9), denominator: 50, respondents: 50)
        let large = IKMScore(elementSums: Array(repeating: 1_900, count: 9), denominator: 950, respondents: 950)
        let kabupaten = try #require(KabupatenIKM(unitScores: [small, large]))
        #expect(kabupaten.convertedHundredths(.exact) == 5_250)
        #expect(kabupaten.grade(.exact) == .d)
        #expect(kabupaten.meanOfUnitsHundredths(.exact) == 7_500)
        #expect(KabupatenIKM(unitScores: []) == nil)
    }

    @Test(arguments: [
        ["3.2", "3.1"], Array(repeating: "4.1", count: 9), Array(repeating: "0.9", count: 9),
        Array(repeating: "tiga", count: 9),
    ])
    func badAveragesAreRefused(_ averages: [String]) {
        #expect(throws: DomainError.self) { try IKMScore.fromAverages(averages, respondents: 10) }
    }
}

@Suite struct ImprovementStageTests {
    @Test(arguments: ImprovementStage.allCases)
    func onlyTheNextStageOrDroppingIsAllowed(_ from: ImprovementStage) {
        for to in ImprovementStage.allCases {
            let expected: Bool =
                switch (from, to) {
                case (.plan, .do), (.do, .check), (.check, .act), (.act, .done): true
                case (.plan, .dropped), (.do, .dropped), (.check, .dropped), (.act, .dropped): true
                default: false
                }
            #expect(from.allows(to) == expected, "\(from) → \(to)")
        }
    }
}
