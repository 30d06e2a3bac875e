import KBKDomain
import KBKReports

/// The printed report's opening: the letter's lines, its title, the executive summary and the legal basis.
extension ReportHTML {
    /// "Nomor : …", "Lampiran : …", "Perihal : …", as an Indonesian office's letter opens. A number
    /// the registry has not given yet is left as dots to be written in.
    static func letterLines(
        _ report: Report, document: ReportDocument, language: Language, summaryOnly: Bool = false
    ) -> HTML {
        let number = document.number.isEmpty ? "……………………" : document.number
        let attachment =
            summaryOnly
            ? "—"
            : Text(
                en: "1 (one): definitions and how the figures are computed",
                id: "1 (satu): definisi dan cara penghitungan")(language)
        let subject = Text(
            en: summaryOnly ? "Summary of the complaint and work-culture report" : "Complaint and work-culture report",
            id: summaryOnly ? "Ringkasan laporan pengaduan dan budaya kerja" : "Laporan pengaduan dan budaya kerja"
        )
        let lines: [(Text, String)] = [
            (Text(en: "Number", id: "Nomor"), number), (Text(en: "Attachment", id: "Lampiran"), attachment),
            (
                Text(en: "Subject", id: "Perihal"),
                subject(language) + " " + ReportSummaryText.periodName(report.period, language)
            ),
        ]
        var out: HTML = "<table class=\"letter\">"
        for (label, value) in lines { out += "<tr><td>\(label(language))</td><td>:</td><td>\(value)</td></tr>" }
        return out + "</table>\n"
    }

    /// The title in capitals over the period and the unit, both in words, and when it was made.
    static func titleBlock(_ report: Report, language: Language, summaryOnly: Bool = false) -> HTML {
        let title =
            summaryOnly
            ? Text(
                en: "Summary of the complaint and work-culture report",
                id: "Ringkasan laporan pengaduan dan budaya kerja")
            : Text(en: "Complaint and work-culture report", id: "Laporan pengaduan dan budaya kerja")
        var out: HTML = "<h1 class=\"title\">\(title(language))</h1>\n"
        var subtitle =
            ReportSummaryText.periodName(report.period, language) + " ("
            + ReportSummaryText.span(report.period, language) + ")"
        if let unit = report.unit { subtitle += " — " + (report.unitNames[unit] ?? unit) }
        out += "<p class=\"subtitle\">\(subtitle)</p>\n"
        let generated = LetterDates.instant(report.generatedAt, report.timeZone, language)
        let meta = Text(
            en: "Made on \(generated). Every figure is as of the end of the period.",
            id: "Dibuat \(generated). Semua angka per akhir periode.")
        return out + "<p class=\"meta center\">\(meta(language))</p>\n"
    }

    /// The executive summary: the headline figures against the previous period, a chart of the
    /// rates, the best and weakest units with the main topics, and the findings.
    static func executiveSummary(_ summary: ExecutiveSummary, report: Report, language: Language) -> HTML {
        let heading = Text(en: "Executive summary", id: "Ringkasan eksekutif")
        // The figures and their chart side by side, so that the summary and its findings fit page 1.
        var out: HTML = "<section class=\"summary\">\n<h2>\(heading(language))</h2>\n<div class=\"figures\">"
        let now = ReportSummaryText.periodName(summary.period, language)
        let before = ReportSummaryText.periodName(summary.previousPeriod, language)
        let compared = summary.previous != nil
        out += "<table><thead><tr><th>\(Text(en: "Measure", id: "Ukuran")(language))</th><th>\(now)</th>"
        if compared { out += "<th>\(before)</th><th>\(Text(en: "Change", id: "Perubahan")(language))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        // Each cell names its column, for the cards a phone's screen shows instead of the table.
        let measure = Text(en: "Measure", id: "Ukuran")(language)
        let changeLabel = Text(en: "Change", id: "Perubahan")(language)
        func cell(_ label: String, _ value: String, numeric: Bool = true) -> HTML {
            "<td\(numeric ? " class=\"n\"" : "") data-label=\"\(label)\">\(value)</td>"
        }
        let counts: [(Text, KeyPath<ComplaintFigures, Int>)] = [
            (Text(en: "Complaints received", id: "Pengaduan diterima"), \.received),
            (Text(en: "Valid complaints", id: "Pengaduan sah"), \.valid),
        ]
        for (label, count) in counts {
            out += "<tr>" + cell(measure, label(language), numeric: false)
            out += cell(now, ReportValue.int(summary.current[keyPath: count]).human(language))
            if let previous = summary.previous {
                let change = summary.current[keyPath: count] - previous[keyPath: count]
                out += cell(before, ReportValue.int(previous[keyPath: count]).human(language))
                out += cell(changeLabel, ReportValue.signedText(ReportValue.int(change).human(language)))
            }
            out += "</tr>\n"
        }
        for (label, rate) in summaryRates {
            out += "<tr>" + cell(measure, label(language), numeric: false)
            out += cell(now, ReportValue.rate(summary.current[keyPath: rate]).human(language))
            if let previous = summary.previous {
                let change = summary.current[keyPath: rate].flatMap { now in
                    previous[keyPath: rate].map { ExecutiveSummary.printed(now) - ExecutiveSummary.printed($0) }
                }
                out += cell(before, ReportValue.rate(previous[keyPath: rate]).human(language))
                out += cell(changeLabel, ReportValue.points(change).human(language))
            }
            out += "</tr>\n"
        }
        if !summary.unitsWithTarget.isEmpty {
            let met = summary.unitsWithTarget.count - summary.unitsMissingTarget.count
            let label = Text(en: "Units meeting their settlement target", id: "Unit yang mencapai target penyelesaian")
            let value = Text(
                en: "\(met) of \(summary.unitsWithTarget.count)", id: "\(met) dari \(summary.unitsWithTarget.count)")
            out += "<tr>" + cell(measure, label(language), numeric: false) + cell(now, value(language))
            if compared { out += cell(before, "—") + cell(changeLabel, "—") }
            out += "</tr>\n"
        }
        out += "</tbody></table>\n"
        if !compared {
            let note = Text(
                en: "No comparison: the database does not hold the whole of \(before).",
                id: "Tanpa perbandingan: basis data tidak memuat \(before) secara utuh.")
            out += "<p class=\"legend\">\(note(language))</p>\n"
        }
        out += "<div>" + summaryChart(summary, language: language) + "</div></div>\n"
        out += lists(summary, language: language)
        let findings = Text(en: "Conclusions and recommendations", id: "Kesimpulan dan rekomendasi")
        out += "<h3>\(findings(language))</h3>\n<ol class=\"findings\">\n"
        for finding in summary.findings {
            let (conclusion, recommendation) = ReportSummaryText.finding(finding, summary, language)
            out += "<li>\(conclusion) <span class=\"rec\">\(recommendation)</span></li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// The best and weakest units and the main topics, side by side.
    static func lists(_ summary: ExecutiveSummary, language: Language) -> HTML {
        func list(_ title: Text, _ items: [String]) -> HTML {
            guard !items.isEmpty else { return HTML() }
            return "<div><strong>\(title(language))</strong><ol>"
                + items.map { "<li>\($0)</li>" as HTML }.joined() + "</ol></div>"
        }
        func unit(_ figures: UnitFigures) -> String {
            ReportSummaryText.unitName(figures) + " ("
                + ReportValue.rate(figures.figures.followUpRate).human(language) + ")"
        }
        let topics = summary.mainTopics.map { topic in
            let name = (language == .id ? topic.name : topic.nameEnglish ?? topic.name) ?? "—"
            return name + " (" + ReportValue.int(topic.figures.valid).human(language) + ")"
        }
        let body =
            list(Text(en: "Best units (follow-up)", id: "Unit terbaik (tindak lanjut)"), summary.best.map(unit))
            + list(Text(en: "Weakest units", id: "Unit terendah"), summary.weakest.map(unit))
            + list(Text(en: "Main topics (valid complaints)", id: "Topik utama (pengaduan sah)"), topics)
        return body.markup.isEmpty ? HTML() : "<div class=\"lists\">" + body + "</div>\n"
    }

    /// The four rates as bars, this period dark and the previous one light beneath it.
    /// The four rates the summary leads with.
    static var summaryRates: [(Text, KeyPath<ComplaintFigures, Double?>)] {
        [
            (Text(en: "Follow-up rate", id: "Tingkat tindak lanjut"), \.followUpRate),
            (Text(en: "On-time follow-up", id: "Tindak lanjut tepat waktu"), \.onTimeFollowUpRate),
            (Text(en: "Settlement rate", id: "Tingkat penyelesaian"), \.settlementRate),
            (Text(en: "On-time settlement", id: "Penyelesaian tepat waktu"), \.onTimeSettlementRate),
        ]
    }

    static func summaryChart(_ summary: ExecutiveSummary, language: Language) -> HTML {
        let rates = summaryRates
        let labelWidth = 140.0
        let barWidth = 250.0
        let rowHeight = summary.previous == nil ? 18.0 : 26.0
        let top = 20.0
        let height = top + Double(rates.count) * rowHeight + 6
        let label = Text(en: "The period's rates", id: "Tingkat capaian periode")
        var svg: HTML = """
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" width="\(Int(labelWidth + barWidth + 60))" \
            height="\(Int(height))" viewBox="0 0 \(Int(labelWidth + barWidth + 60)) \(Int(height))" role="img" \
            aria-label="\(label(language))">

            """
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = labelWidth + barWidth * Double(tick) / 100
            svg += """
                <line x1="\(format(x))" y1="\(format(top - 4))" x2="\(format(x))" y2="\(format(height - 4))" \
                stroke="#d5dde5"/><text x="\(format(x))" y="\(format(top - 8))" font-size="9" \
                text-anchor="middle" fill="#5a6673">\(tick) %</text>

                """
        }
        for (index, (name, rate)) in rates.enumerated() {
            let y = top + Double(index) * rowHeight
            svg += """
                <text x="\(format(labelWidth - 6))" y="\(format(y + 10))" font-size="9" \
                text-anchor="end">\(name(language))</text>
                """
            var bars: [(Double, Double?, HTML)] = [(0, summary.current[keyPath: rate], "#1f5f8b")]
            if let previous = summary.previous { bars.append((10, previous[keyPath: rate], "#b9c7d3")) }
            for (offset, value, colour) in bars {
                let width = barWidth * (value ?? 0)
                svg += """
                    <rect x="\(format(labelWidth))" y="\(format(y + 2 + offset))" width="\(format(width))" \
                    height="8" fill="\(colour)"/><text x="\(format(labelWidth + width + 4))" \
                    y="\(format(y + 9 + offset))" font-size="8">\(ReportValue.rate(value).human(language))</text>
                    """
            }
            svg += "\n"
        }
        svg += "</svg>\n"
        let legend =
            summary.previous == nil
            ? Text(en: "Rates of the period.", id: "Tingkat capaian periode ini.")
            : Text(
                en:
                    "Dark: \(ReportSummaryText.periodName(summary.period, .en)). Light: \(ReportSummaryText.periodName(summary.previousPeriod, .en)).",
                id:
                    "Gelap: \(ReportSummaryText.periodName(summary.period, .id)). Terang: \(ReportSummaryText.periodName(summary.previousPeriod, .id))."
            )
        return svg + "<p class=\"legend\">\(legend(language))</p>\n"
    }

    /// The laws and regulations the report rests on, at its start.
    static func legalBasis(_ language: Language) -> HTML {
        let heading = Text(en: "Legal basis", id: "Dasar hukum")
        let items: [Text] = [
            Text(
                en: "Law 25/2009 on Public Services", id: "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"),
            Text(
                en: "Law 20/2023 on the State Civil Apparatus (art. 4: the core values BerAKHLAK)",
                id: "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (pasal 4: nilai dasar BerAKHLAK)"),
            Text(
                en: "Law 27/2022 on Personal Data Protection",
                id: "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi"),
            Text(
                en: "Presidential Regulation 76/2013 on Public Service Complaint Handling",
                id: "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik"),
            Text(
                en: "Presidential Regulation 21/2023 on Civil Servants' Working Days and Hours",
                id:
                    "Peraturan Presiden Nomor 21 Tahun 2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai Aparatur Sipil Negara"
            ),
            Text(
                en: "PermenPAN-RB 39/2012 on Guidelines for Work-Culture Development",
                id: "Peraturan Menteri PAN-RB Nomor 39 Tahun 2012 tentang Pedoman Pengembangan Budaya Kerja"),
            Text(
                en: "PermenPAN-RB 35/2012 on Guidelines for Drawing Up SOPs",
                id:
                    "Peraturan Menteri PAN-RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur"
            ),
            Text(
                en: "PermenPAN-RB 14/2017 on Guidelines for the Community Satisfaction Survey",
                id: "Peraturan Menteri PAN-RB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat"
            ),
            Text(
                en: "PermenPAN-RB 5/2025 on SP4N-LAPOR!",
                id: "Peraturan Menteri PAN-RB Nomor 5 Tahun 2025 tentang SP4N-LAPOR!"),
            Text(
                en:
                    "Circular of the Minister PAN-RB 20/2021 on Implementing the Core Values and Employer Branding of the State Civil Apparatus",
                id:
                    "Surat Edaran Menteri PAN-RB Nomor 20 Tahun 2021 tentang Implementasi Core Values dan Employer Branding Aparatur Sipil Negara"
            ),
            Text(
                en: "The joint decree of three ministers on each year's national holidays and collective leave",
                id: "Surat Keputusan Bersama tiga menteri tentang hari libur nasional dan cuti bersama tiap tahun"),
        ]
        return "<section>\n<h2>\(heading(language))</h2>\n<ol class=\"basis\">"
            + items.map { "<li>\($0(language))</li>" as HTML }.joined() + "</ol>\n</section>\n"
    }
}
