import KBKDomain
import KBKReports

extension ReportRendering {
    /// The BerAKHLAK self-assessments of the period's last year: each assessed unit's value scores
    /// and weakest indicator, then each behaviour indicator across the units that scored them.
    package static func cultureAssessmentTables(_ report: Report) -> [ReportTable] {
        let year = report.period.to.year
        let assessed = report.culture.filter { $0.assessment != nil }
        guard !assessed.isEmpty else { return [] }
        var tables = [
            ReportTable(
                section: .culture,
                title: Text(
                    en:
                        "BerAKHLAK self-assessment \(year): each core value's score (1–5; the mean of its three behaviour indicators when scored per indicator)",
                    id:
                        "Penilaian mandiri BerAKHLAK \(year): skor tiap nilai dasar (1–5; rata-rata tiga indikator perilakunya bila dinilai per indikator)"
                ),
                columns: [("skpd", Text(en: "Unit", id: "Unit")), ("basis", Text(en: "Scored", id: "Dinilai"))]
                    + CoreValue.allCases.map { ($0.rawValue, Text(en: $0.name, id: $0.name)) } + [
                        ("weakest_value", Text(en: "Weakest value", id: "Nilai terendah")),
                        ("weakest_indicator", Text(en: "Weakest indicator", id: "Indikator terendah")),
                        ("weakest_indicator_score", Text(en: "Its score", id: "Skornya")),
                    ],
                rows: assessed.compactMap { row in
                    guard let assessment = row.assessment else { return nil }
                    let weakest = assessment.weakestIndicator
                    // Scores as given when per value, means when per indicator.
                    let values: [ReportValue] =
                        switch assessment.scores {
                        case .values(let scores): scores.map(ReportValue.int)
                        case .indicators: assessment.valueHundredths.map { .rating(Double($0) / 100) }
                        }
                    return [.text(row.code), .coded(assessment.scores.basis)] + values + [
                        .text(assessment.weakest.name),
                        weakest.map { entry in
                            .labelled(
                                code: entry.indicator.code,
                                Text(
                                    en: "\(entry.indicator.code) \(entry.indicator.english) (\(entry.score))",
                                    id: "\(entry.indicator.code) \(entry.indicator.text) (\(entry.score))"))
                        } ?? .text(nil),
                        weakest.map { .int($0.score) } ?? .text(nil),
                    ]
                },
                // Without a unit scored per indicator, people see no column of dashes for it.
                compactKeys: Set(
                    ["skpd", "basis", "weakest_value"] + CoreValue.allCases.map(\.rawValue)
                        + (report.cultureIndicators.isEmpty ? [] : ["weakest_indicator"])), data: .nested)
        ]
        guard !report.cultureIndicators.isEmpty else { return tables }
        let scoring = report.culture.filter { !($0.assessment?.indicatorScores.isEmpty ?? true) }.count
        tables.append(
            ReportTable(
                section: .culture,
                title: Text(
                    en:
                        "BerAKHLAK behaviour indicators \(year) (SE MenPAN-RB 20/2021) across the \(scoring) unit(s) that scored per indicator",
                    id:
                        "Indikator perilaku BerAKHLAK \(year) (SE MenPAN-RB 20/2021) pada \(scoring) unit yang menilai per indikator"
                ),
                columns: [
                    ("indicator", Text(en: "Behaviour indicator", id: "Indikator perilaku")),
                    ("value", Text(en: "Core value", id: "Nilai dasar")),
                    ("units", Text(en: "Units", id: "Unit")),
                    ("mean", Text(en: "Mean (1–5)", id: "Rata-rata (1–5)")),
                    ("low", Text(en: "Units scoring 1–2", id: "Unit dengan skor 1–2")),
                ],
                rows: report.cultureIndicators.map { figures in
                    let indicator = figures.indicator
                    return [
                        .labelled(
                            code: indicator.code,
                            Text(
                                en: "\(indicator.code) \(indicator.english)", id: "\(indicator.code) \(indicator.text)")
                        ),
                        .labelled(
                            code: indicator.value.rawValue, Text(en: indicator.value.name, id: indicator.value.name)),
                        .int(figures.units), .rating(figures.meanHundredths.map { Double($0) / 100 }),
                        .int(figures.low),
                    ]
                }, data: .recordsUnder("culture_indicators")))
        return tables
    }
}
