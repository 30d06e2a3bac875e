import KBKDomain
import KBKReports

/// The printable report: one self-contained HTML page (inline CSS and SVG, no script, nothing fetched).
package enum ReportHTML {
    package static let style: HTML = """
        body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1d2733;margin:24px auto;max-width:1100px;
        font-size:13px;line-height:1.45}
        h1{font-size:20px;margin:0 0 4px}
        h2{font-size:15px;margin:22px 0 6px;border-bottom:2px solid #1f5f8b;padding-bottom:2px}
        .meta{color:#5a6673;margin:0 0 12px}.hash{overflow-wrap:anywhere}
        table{border-collapse:collapse;width:100%;margin:4px 0 10px}
        th,td{border:1px solid #c8d0d8;padding:3px 6px;text-align:left;vertical-align:top}
        th{background:#eef3f7;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
        tr:nth-child(even) td{background:#f8fafc}
        .chart{margin:6px 0 12px}.legend{font-size:11px;color:#5a6673}
        .appendix{margin-top:28px;border-top:1px solid #c8d0d8;padding-top:8px;font-size:11px;color:#42505e}
        .appendix dt{font-weight:600;margin-top:4px}.appendix dd{margin:0 0 2px 0}
        .letter{margin:0 0 10px;border-collapse:collapse;width:auto}
        .letter td{border:0;padding:0 8px 0 0;background:none}
        h1.title{text-align:center;text-transform:uppercase;margin:10px 0 0}.subtitle{text-align:center;margin:0 0 4px}
        .meta.center{text-align:center}ol.findings li{margin:0 0 4px}ol.findings .rec{color:#1f5f8b}
        .lists{display:flex;gap:12px}.lists>div{flex:1}.lists ol{margin:2px 0 0;padding-left:18px}
        .basis{padding-left:20px;margin:4px 0}.basis li{margin:0}
        .one-page h2{margin:10px 0 4px}.one-page ol.findings li{margin:0 0 2px}.one-page .kop{margin-bottom:8px}
        .one-page .signatures{margin-top:12px}.one-page .signature .space{height:44px}
        .figures{display:flex;gap:12px;align-items:flex-start}.figures>table{flex:1}.figures>div{flex:1}
        .figures svg{width:100%;height:auto}

        """ + letterheadStyle + """
            .signatures{display:flex;justify-content:space-between;gap:24px;margin:28px 0 0;break-inside:avoid}
            .signature{margin:0 0 0 auto;width:300px;text-align:left;break-inside:avoid}
            .signatures .signature:first-child:not(:last-child){margin:0}
            .signature .space{height:64px}.signature .name{font-weight:700;text-decoration:underline}
            thead{display:table-header-group}td.n,td:first-child{white-space:nowrap}
            @media print{body{margin:0;max-width:none;font-size:10px}h2{break-after:avoid}
            tr,svg{break-inside:avoid}.chart{break-inside:avoid}section{break-inside:auto}
            table{page-break-inside:auto}th,td{padding:2px 4px}}
            @media screen and (max-width:640px){body{margin:12px}.kop{padding:0 0 6px 64px}.kop .logo{max-width:56px}
            table thead{display:none}table,tbody,tr,td{display:block;width:auto}
            tr{border:1px solid #c8d0d8;margin:0 0 6px;padding:2px 6px}td,td.n{border:0;padding:1px 0;text-align:left}
            td::before{content:attr(data-label) ": ";font-weight:600}tr:nth-child(even) td{background:none}
            td.n,td:first-child{white-space:normal}svg{max-width:100%;height:auto}.signature{width:auto}
            .signatures,.lists,.figures{display:block}.signatures .signature{margin:0 0 16px}
            .letter tr{display:flex;border:0;margin:0;padding:0}.letter td::before{content:none}}
            """

    /// The letterhead's style, which the web's printable sheets (a receipt, a disposition) share.
    package static let letterheadStyle: HTML = """
        .kop{position:relative;min-height:64px;text-align:center;border-bottom:3px double #1d2733}
        .kop{padding:0 80px 6px;margin-bottom:14px}
        .kop .logo{position:absolute;left:0;top:0;max-height:64px;max-width:72px}
        .kop .org{font-size:17px;font-weight:700;text-transform:uppercase;letter-spacing:.5px}
        .kop .unit{font-size:15px;font-weight:600}.kop .address{font-size:11px;color:#42505e}

        """

    /// The style with the page's margins and numbers ("Halaman 2 dari 5"), which differ by language.
    package static func style(for language: Language) -> HTML {
        let numbers: HTML =
            language == .id ? "\"Halaman \" counter(page) \" dari \"" : "\"Page \" counter(page) \" of \""
        return style
            + "\n@page{size:A4;margin:16mm 13mm 18mm;@bottom-right{content:\(numbers) counter(pages);font-size:9px;color:#5a6673}}"
    }

    /// The report as one printable page, laid out as an office files it: the letterhead, the
    /// letter's number, the title, the executive summary, the legal basis, the sections, the
    /// evidence of the audit trail, the two signers, and the definitions as an appendix.
    package static func document(_ report: Report, language: Language, document: ReportDocument = ReportDocument())
        -> HTML
    {
        var body = letterhead(document)
        body += letterLines(report, document: document, language: language)
        body += titleBlock(report, language: language)
        if report.sections.contains(.summary) {
            body += executiveSummary(ExecutiveSummary(report), report: report, language: language)
        }
        body += legalBasis(language)
        let categoryNames = Dictionary(
            report.categories.compactMap { row in row.name.map { (row.key, $0) } }, uniquingKeysWith: { a, _ in a })
        for table in ReportRendering.tables(report, language: language) where table.section != .summary {
            body += "<section>\n<h2>\(table.title(language))</h2>\n"
            // A chart of one unit compares nothing.
            if let group = table.rankGroup, table.rows.count > 1 {
                body += unitChart(report.units.filter { $0.group == group }, language: language)
            }
            if table.section == .trend {
                body += trendChart(report, language: language)
            }
            if table.section == .ikm {
                body += ikmChart(report, language: language)
            }
            body +=
                htmlTable(table, unitNames: report.unitNames, categoryNames: categoryNames, language: language)
                + "</section>\n"
        }
        if let head = report.auditHead {
            body += "<p class=\"meta hash\">\(Msg.reportAuditEvidence(head)(language))</p>\n"
        }
        // The signers sign the body; the definitions follow as its appendix.
        body += signature(document, language: language, withPreparer: true)
        body += definitions(language)
        return page(title: ReportRendering.title(report)(language), body: body, language: language)
    }

    /// The one-page report for a leadership meeting: the letterhead, the title, the executive
    /// summary and the signers.
    package static func summaryDocument(
        _ report: Report, language: Language, document: ReportDocument = ReportDocument()
    ) -> HTML {
        var body = letterhead(document)
        body += letterLines(report, document: document, language: language, summaryOnly: true)
        body += titleBlock(report, language: language, summaryOnly: true)
        body += executiveSummary(ExecutiveSummary(report), report: report, language: language)
        if let head = report.auditHead {
            body += "<p class=\"meta hash\">\(Msg.reportAuditEvidence(head)(language))</p>\n"
        }
        body += signature(document, language: language, withPreparer: true)
        return page(
            title: ReportRendering.title(report)(language), body: "<div class=\"one-page\">" + body + "</div>\n",
            language: language)
    }

    /// The report's markup as text, for the report formats that are all text.
    package static func render(_ report: Report, language: Language, document: ReportDocument = ReportDocument())
        -> String
    {
        self.document(report, language: language, document: document).markup
    }

    /// A whole printable page: A4, the report's style, everything inline.
    package static func page(title: String, body: HTML, language: Language) -> HTML {
        let lang: HTML = language == .id ? "id" : "en"
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(style(for: language))</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// A section's table as the document prints it: units and categories by their names.
    package static func htmlTable(
        _ table: ReportTable, unitNames: [String: String], categoryNames: [String: String], language: Language
    ) -> HTML {
        guard !table.rows.isEmpty else { return "<p>\(Msg.noEntries(language))</p>\n" }
        let visible = table.documentColumns
        var out: HTML = "<table>\n<thead><tr>"
        for index in visible { out += "<th>\(table.columns[index].header(language))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for index in visible {
                let value = row[index]
                // Each cell names its column, for the cards a phone's screen shows instead of the table.
                let label = table.columns[index].header(language)
                out += value.isNumeric ? "<td class=\"n\" data-label=\"\(label)\">" : "<td data-label=\"\(label)\">"
                // A unit or a category is named, not coded, where the table has no name of its own.
                let shown: String =
                    switch table.columns[index].key {
                    case "skpd": unitNames[value.plain] ?? value.human(language)
                    case "category": categoryNames[value.plain] ?? value.human(language)
                    default: value.human(language)
                    }
                out += "\(shown)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Horizontal bars per unit: follow-up rate and on-time follow-up rate, 0–100 %.
    package static func unitChart(_ ranked: [UnitFigures], language: Language) -> HTML {
        let units = ranked.filter { $0.code != nil && $0.figures.valid > 0 }
        guard !units.isEmpty else { return HTML() }
        let labelWidth = 290.0
        let barWidth = 400.0
        // Rows low enough that forty units fit on one printed page.
        let rowHeight = 17.0
        let top = 24.0
        let height = top + Double(units.count) * rowHeight + 10
        let label = Text(en: "Follow-up rates per unit", id: "Tingkat tindak lanjut per unit")
        var svg: HTML = """
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" width="\(Int(labelWidth + barWidth + 70))" \
            height="\(Int(height))" role="img" aria-label="\(label(language))">

            """
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = labelWidth + barWidth * Double(tick) / 100
            svg += """
                <line x1="\(format(x))" y1="\(format(top - 6))" x2="\(format(x))" y2="\(format(height - 8))" \
                stroke="#d5dde5"/>
                """
            svg += """
                <text x="\(format(x))" y="\(format(top - 10))" font-size="10" text-anchor="middle" \
                fill="#5a6673">\(tick) %</text>

                """
        }
        for (index, unit) in units.enumerated() {
            let y = top + Double(index) * rowHeight
            svg += """
                <text x="\(format(labelWidth - 6))" y="\(format(y + 11))" font-size="9" \
                text-anchor="end">\(chartLabel(unit))</text>
                """
            let bars: [(Double, Double?, HTML)] = [
                (0.0, unit.figures.followUpRate, "#1f5f8b"), (7.0, unit.figures.onTimeFollowUpRate, "#7fb3d5"),
            ]
            for (offset, rate, color) in bars {
                let width = barWidth * (rate ?? 0)
                svg += """
                    <rect x="\(format(labelWidth))" y="\(format(y + 1 + offset))" width="\(format(width))" \
                    height="6" fill="\(color)"/>
                    """
                svg += """
                    <text x="\(format(labelWidth + width + 4))" y="\(format(y + 7 + offset))" font-size="7" \
                    fill="#1d2733">\(ReportValue.rate(rate).human(language))</text>
                    """
            }
            svg += "\n"
        }
        svg += "</svg>\n"
        let legend = Text(
            en: "Dark: follow-up rate. Light: on-time follow-up rate.",
            id: "Gelap: tingkat tindak lanjut. Terang: tindak lanjut tepat waktu.")
        return svg + "<p class=\"legend\">\(legend(language))</p>\n"
    }

    /// A unit as a chart's axis names it: its name, shortened to what the label's width holds.
    static func chartLabel(_ unit: UnitFigures) -> String { chartLabel(name: unit.name, code: unit.code) }

    static func chartLabel(name: String?, code: String?) -> String {
        let name = name ?? code ?? ""
        return name.count <= 52 ? name : String(name.prefix(51)) + "…"
    }

    /// Valid complaints per month (bars) and the follow-up rate (line, right-hand scale).
    package static func trendChart(_ report: Report, language: Language) -> HTML {
        guard !report.trend.isEmpty else { return HTML() }
        let left = 40.0
        let bottom = 30.0
        let plotHeight = 160.0
        let top = 16.0
        let step = min(60.0, 640.0 / Double(report.trend.count))
        let width = left + step * Double(report.trend.count) + 50
        let height = top + plotHeight + bottom
        let maximum = max(1, report.trend.map(\.figures.valid).max() ?? 1)
        let label = Text(en: "Monthly trend", id: "Tren bulanan")
        var svg: HTML = """
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            role="img" aria-label="\(label(language))">
            <line x1="\(format(left))" y1="\(format(top + plotHeight))" x2="\(format(width - 40))" \
            y2="\(format(top + plotHeight))" stroke="#8a96a3"/>
            <text x="\(format(left - 6))" y="\(format(top + 4))" font-size="10" text-anchor="end" \
            fill="#5a6673">\(maximum)</text>\
            <text x="\(format(width - 36))" y="\(format(top + 4))" font-size="10" fill="#b4531a">100 %</text>

            """
        var points: [(x: String, y: String)] = []
        for (index, month) in report.trend.enumerated() {
            let x = left + step * Double(index)
            let barHeight = plotHeight * Double(month.figures.valid) / Double(maximum)
            svg += """
                <rect x="\(format(x + step * 0.15))" y="\(format(top + plotHeight - barHeight))" \
                width="\(format(step * 0.7))" height="\(format(barHeight))" fill="#9cc3de"/>\
                <text x="\(format(x + step / 2))" y="\(format(top + plotHeight + 14))" font-size="9" \
                text-anchor="middle">\(LetterDates.shortMonth(month.key, language))</text>

                """
            if let rate = month.figures.followUpRate {
                points.append((format(x + step / 2), format(top + plotHeight * (1 - rate))))
            }
        }
        if !points.isEmpty {
            let line = points.map { "\($0.x),\($0.y)" as HTML }.joined(separator: " ")
            svg += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#b4531a\" stroke-width=\"2\"/>\n"
            for point in points {
                svg += "<circle cx=\"\(point.x)\" cy=\"\(point.y)\" r=\"3\" fill=\"#b4531a\"/>"
            }
            svg += "\n"
        }
        svg += "</svg>\n"
        let legend = Text(
            en: "Bars: valid complaints received in the month. Line: their follow-up rate (right-hand scale, 0–100 %).",
            id:
                "Batang: pengaduan sah yang diterima pada bulan itu. Garis: tingkat tindak lanjutnya (skala kanan, 0–100 %)."
        )
        return svg + "<p class=\"legend\">\(legend(language))</p>\n"
    }

    /// Converted IKM per unit (25–100) as bars coloured by grade, with the grade bands marked.
    package static func ikmChart(_ report: Report, language: Language) -> HTML {
        let rows = report.ikm.filter { $0.convertedHundredths != nil && $0.service == nil }
        guard !rows.isEmpty else { return HTML() }
        let labelWidth = 290.0
        let barWidth = 480.0
        let rowHeight = 20.0
        let top = 24.0
        let height = top + Double(rows.count) * rowHeight + 10
        func x(_ hundredths: Int) -> Double { labelWidth + barWidth * Double(hundredths - 2_500) / 7_500 }
        var svg: HTML = """
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" width="\(Int(labelWidth + barWidth + 80))" \
            height="\(Int(height))" role="img" aria-label="IKM">

            """
        let comma = language == .id ? "," : "."
        for (edge, label) in [
            (2_500, "25"), (6_500, "65 C"), (7_661, "76\(comma)61 B"), (8_831, "88\(comma)31 A"), (10_000, "100"),
        ] {
            svg += """
                <line x1="\(format(x(edge)))" y1="\(format(top - 6))" x2="\(format(x(edge)))" \
                y2="\(format(height - 8))" stroke="#d5dde5"/>\
                <text x="\(format(x(edge)))" y="\(format(top - 10))" font-size="10" text-anchor="middle" \
                fill="#5a6673">\(label)</text>

                """
        }
        let colours: [IKMGrade: HTML] = [.a: "#2e7d32", .b: "#1f5f8b", .c: "#d08b1a", .d: "#b3261e"]
        for (index, row) in rows.enumerated() {
            let value = row.convertedHundredths ?? 2_500
            let y = top + Double(index) * rowHeight
            svg += """
                <text x="\(format(labelWidth - 6))" y="\(format(y + 12))" font-size="9" \
                text-anchor="end">\(chartLabel(name: row.name, code: row.code))</text>\
                <rect x="\(format(labelWidth))" y="\(format(y + 3))" width="\(format(x(value) - labelWidth))" \
                height="12" fill="\(colours[row.grade ?? .d] ?? "#888")"/>\
                <text x="\(format(x(value) + 4))" y="\(format(y + 13))" \
                font-size="9">\(ReportValue.rating(Double(value) / 100).human(language))</text>

                """
        }
        return svg + "</svg>\n"
    }

    /// The kop surat: the government, the issuing office and its address, over a double rule.
    package static func letterhead(_ document: ReportDocument) -> HTML {
        guard document.hasLetterhead else { return HTML() }
        var out: HTML = "<header class=\"kop\">"
        if !document.logo.isEmpty { out += "<img class=\"logo\" src=\"\(document.logo)\" alt=\"\">" }
        if !document.organisation.isEmpty { out += "<div class=\"org\">\(document.organisation)</div>" }
        if !document.unit.isEmpty { out += "<div class=\"unit\">\(document.unit)</div>" }
        if !document.address.isEmpty { out += "<div class=\"address\">\(document.address)</div>" }
        return out + "</header>\n"
    }

    /// The signature block: "Purbalingga, 2 Desember 2026", then "Mengetahui," the head (position,
    /// space to sign, name, rank, NIP) and, with `withPreparer`, "Disiapkan oleh," the preparer
    /// beside it on the left, as an Indonesian office signs a report.
    package static func signature(_ document: ReportDocument, language: Language, withPreparer: Bool = false) -> HTML {
        guard document.hasSignature else { return HTML() }
        let day = document.signedOn.map { LetterDates.date($0, language) }
        let dated = day.map { document.place.isEmpty ? $0 : "\(document.place), \($0)" }
        var blocks: [HTML] = []
        if withPreparer, !document.preparerName.isEmpty {
            blocks.append(
                signer(
                    heading: ["\u{00A0}", Text(en: "Prepared by,", id: "Disiapkan oleh,")(language)],
                    position: document.preparerPosition, name: document.preparerName, rank: "",
                    nip: document.preparerNIP))
        }
        if !document.signerName.isEmpty {
            blocks.append(
                signer(
                    heading: [dated ?? "\u{00A0}", Text(en: "Acknowledged,", id: "Mengetahui,")(language)],
                    position: document.signerPosition, name: document.signerName, rank: document.signerRank,
                    nip: document.signerNIP))
        }
        return "<div class=\"signatures\">" + blocks.joined() + "</div>\n"
    }

    static func signer(heading: [String], position: String, name: String, rank: String, nip: String) -> HTML {
        var lines = heading
        if !position.isEmpty { lines.append(position) }
        var out: HTML = "<div class=\"signature\">" + lines.map { "<div>\($0)</div>" as HTML }.joined()
        out += "<div class=\"space\"></div><div class=\"name\">\(name)</div>"
        if !rank.isEmpty { out += "<div>\(rank)</div>" }
        if !nip.isEmpty {
            // Grouped as a NIP is printed: birth date, appointment month, sex, serial number.
            let digits = Array(nip)
            let grouped =
                digits.count == 18
                ? [0..<8, 8..<14, 14..<15, 15..<18].map { String(digits[$0]) }.joined(separator: " ") : nip
            out += "<div>NIP. \(grouped)</div>"
        }
        return out + "</div>"
    }

    /// The definitions behind every figure: the report's appendix.
    package static func definitions(_ language: Language) -> HTML {
        let definitions: [(Text, Text)] = [
            (
                Text(en: "Valid", id: "Sah"),
                Text(
                    en: "complaints received in the period that were not rejected by its end.",
                    id: "pengaduan yang diterima dalam periode dan tidak ditolak sampai akhir periode.")
            ),
            (
                Text(en: "Follow-up rate", id: "Tingkat tindak lanjut"),
                Text(
                    en: "share of valid complaints with at least one public response by the end of the period.",
                    id:
                        "bagian pengaduan sah yang telah mendapat sedikitnya satu tanggapan publik sampai akhir periode."
                )
            ),
            (
                Text(en: "On time", id: "Tepat waktu"),
                Text(
                    en: "the first response (or the resolution) came on or before its due date in working days.",
                    id: "tanggapan pertama (atau penyelesaian) diberikan pada atau sebelum tenggatnya dalam hari kerja."
                )
            ),
            (
                Text(en: "Settlement rate", id: "Tingkat penyelesaian"),
                Text(
                    en: "share of valid complaints resolved or closed at the end of the period.",
                    id: "bagian pengaduan sah yang selesai atau ditutup pada akhir periode.")
            ),
            (
                Text(en: "Days", id: "Hari"),
                Text(
                    en:
                        "working days from the day of receipt (the unit's working week, Monday–Friday unless set otherwise, less holidays, office time zone); medians and 90th percentiles (nearest rank).",
                    id:
                        "hari kerja sejak hari diterima (hari kerja unit, Senin–Jumat bila tidak ditetapkan lain, dikurangi hari libur, zona waktu kantor); median dan persentil ke-90 (peringkat terdekat)."
                )
            ),
            (
                Text(en: "BerAKHLAK self-assessment", id: "Penilaian mandiri BerAKHLAK"),
                Text(
                    en:
                        "each unit scores the seven core values 1–5 once a year, each directly or through its three behaviour indicators, the value's score then being their mean; the average is that of the seven values, rounded half up to two decimals; the weakest value or indicator is the lowest-scored (on a tie, the first in order; an indicator under the lower-scored value first).",
                    id:
                        "tiap unit menilai tujuh nilai dasar 1–5 sekali setahun, langsung atau melalui tiga indikator perilakunya, skor nilai lalu rata-rata ketiganya; rata-rata adalah rata-rata tujuh nilai, dibulatkan ke dua desimal (setengah dibulatkan ke atas); nilai atau indikator terendah adalah yang skornya paling rendah (bila sama, yang lebih dahulu; indikator di bawah nilai yang lebih rendah didahulukan)."
                )
            ),
            (
                Text(en: "Ranking", id: "Peringkat"),
                Text(
                    en:
                        "by follow-up rate, then on-time follow-up rate; units with fewer valid complaints than the minimum are not ranked.",
                    id:
                        "menurut tingkat tindak lanjut, lalu tindak lanjut tepat waktu; unit dengan pengaduan sah di bawah batas minimum tidak diperingkat."
                )
            ),
        ]
        let title = Text(
            en: "Appendix: definitions and how the figures are computed",
            id: "Lampiran: definisi dan cara penghitungan")
        var out: HTML = "<section class=\"appendix\">\n<h2>\(title(language))</h2>\n<dl>\n"
        for (term, definition) in definitions {
            out += "<dt>\(term(language))</dt><dd>\(definition(language))</dd>\n"
        }
        return out + "</dl>\n</section>\n"
    }

    package static func format(_ value: Double) -> String {
        String(format1: value, places: 1)
    }
}
