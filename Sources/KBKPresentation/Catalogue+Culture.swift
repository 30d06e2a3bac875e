import KBKDomain

/// The yearly BerAKHLAK self-assessment and its behaviour indicators, in both languages.
extension Msg {
    package static let optCultureIndicators = Text(
        en: "Instead of --scores: the 21 behaviour indicators' scores 1–5 in order BO1,BO2,BO3,AK1,…,KL3 "
            + "(kbk culture indicators lists them).",
        id: "Pengganti --scores: skor 1–5 ke-21 indikator perilaku berurutan BO1,BO2,BO3,AK1,…,KL3 "
            + "(daftarnya: kbk culture indicators).")
    package static let optCultureIndicator = Text(
        en: "Instead of --scores: one indicator's score, like BO1=4; give each of the 21 once.",
        id: "Pengganti --scores: skor satu indikator, mis. BO1=4; berikan ke-21 indikator masing-masing sekali.")
    package static let optCultureEvidence = Text(
        en: "An indicator's evidence (bukti dukung), like BO3='Antrean daring sejak Maret' (repeat per indicator).",
        id: "Bukti dukung satu indikator, mis. BO3='Antrean daring sejak Maret' (ulangi per indikator).")
    package static let optCultureEvidenceRef = Text(
        en: "Its reference: a document's number or a link, like AK1='SK 800/112/2026' (repeat per indicator).",
        id: "Rujukannya: nomor dokumen atau tautan, mis. AK1='SK 800/112/2026' (ulangi per indikator).")
    package static let optAssessmentYear = Text(en: "The year assessed.", id: "Tahun yang dinilai.")
    package static let optAssessmentYearThisYear = Text(
        en: "The year assessed (default: this year).", id: "Tahun yang dinilai (bawaan: tahun ini).")
    package static let cultureScoresMissing = Text(
        en: "give the scores: --scores for the seven values, or --indicators (21 scores) or --indicator CODE=SCORE "
            + "for each of the 21 behaviour indicators",
        id: "berikan skornya: --scores untuk tujuh nilai, atau --indicators (21 skor) atau --indicator KODE=SKOR "
            + "untuk tiap 21 indikator perilaku")
    package static let labelAssessmentBasis = Text(en: "Scored", id: "Dinilai")
    package static let labelWeakestIndicator = Text(en: "Weakest indicator", id: "Indikator terendah")
    package static let labelAssessedOn = Text(en: "Assessed on", id: "Tanggal penilaian")

    package static func assessmentRecorded(_ assessment: CultureAssessment) -> Text {
        let (en, id) = (
            ReportValue.hundredths(assessment.averageHundredths, .en),
            ReportValue.hundredths(assessment.averageHundredths, .id)
        )
        let weakest = assessment.weakest.name
        guard let indicator = assessment.weakestIndicator else {
            return Text(
                en:
                    "Recorded the self-assessment of \(assessment.unitCode) for \(assessment.year): average \(en), weakest \(weakest).",
                id:
                    "Penilaian mandiri \(assessment.unitCode) tahun \(assessment.year) dicatat: rata-rata \(id), terendah \(weakest)."
            )
        }
        let code = indicator.indicator.code
        return Text(
            en:
                "Recorded the self-assessment of \(assessment.unitCode) for \(assessment.year) per indicator: average \(en), weakest \(weakest), weakest indicator \(code) (\(indicator.score)).",
            id:
                "Penilaian mandiri \(assessment.unitCode) tahun \(assessment.year) per indikator dicatat: rata-rata \(id), terendah \(weakest), indikator terendah \(code) (\(indicator.score))."
        )
    }

    package static func missingIndicators(_ field: String, _ codes: [String]) -> Text {
        let listed = codes.count > 10 ? codes.prefix(10).joined(separator: ", ") + ", …" : codes.joined(separator: ", ")
        return Text(
            en:
                "\(field): no score for \(codes.count) of the 21 behaviour indicators (\(listed)); give each one, like BO1=4, or all 21 with --indicators",
            id:
                "\(field): tidak ada skor untuk \(codes.count) dari 21 indikator perilaku (\(listed)); berikan masing-masing, mis. BO1=4, atau ke-21 dengan --indicators"
        )
    }

    package static func givenTwice(_ field: String, _ value: String) -> Text {
        Text(
            en: "\(field) '\(value)' is given twice; give each indicator once",
            id: "\(field) '\(value)' diberikan dua kali; berikan tiap indikator sekali")
    }
}

extension BehaviourIndicator {
    /// The circular's wording for Indonesian readers, its English rendering for English ones.
    package var label: Text { Text(en: english, id: text) }
}

extension CultureScores.Basis: Labelled {
    package var label: Text {
        switch self {
        case .values: Text(en: "per value", id: "per nilai")
        case .indicators: Text(en: "per indicator", id: "per indikator")
        }
    }
}
