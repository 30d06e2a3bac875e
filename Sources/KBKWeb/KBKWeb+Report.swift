import KBKDigest
import KBKDomain
import KBKPresentation
import KBKReports
import KBKStore

/// The report's page and downloads.
extension KBKWeb {
    /// The report for a period and unit: the printable HTML page, or its CSV or JSON as a download.
    static func report(_ request: CGIRequest, store: Store, official: Official) throws -> CGIResponse {
        guard let periodText = request.query["period"] else {
            // Only the reports the official may read are offered; the store refuses the others anyway.
            let units = try store.units.list(includeInactive: false, kind: nil, today: store.today).filter {
                try store.mayRead(.report(unit: $0.code))
            }
            return .html(
                200,
                WebPages.reportForm(
                    units: units, wholeGovernment: try store.mayRead(.report(unit: nil)), year: store.today.year,
                    official: official, language: request.language, base: request.base))
        }
        let period = try ReportPeriod.parse(periodText)
        let unit = try request.query["skpd"].flatMap { $0.isEmpty ? nil : $0 }.map(UnitCode.init)
        let format = request.query["format"] ?? "html"
        var reportRequest = ReportRequest(
            period: period, unit: unit,
            sections: format == "summary" ? ExecutiveSummary.sections : ReportSection.allCases,
            minimumCases: ReportRequest.defaultMinimumCases, timeZone: store.timeZone)
        reportRequest.comparesWithPrevious = format == "html" || format == "summary"
        let built = try ReportBuilder(store: store).build(reportRequest)
        let name = "laporan-\(period.label)\(unit.map { "-" + $0.value } ?? "")"
        switch format {
        case "csv":
            return .file(
                "text/csv; charset=utf-8", ReportRendering.render(built, .csv, language: request.language),
                name: name + ".csv")
        case "json":
            return .file(
                "application/json", ReportRendering.render(built, .json, language: request.language),
                name: name + ".json")
        case "sheet":
            // A workbook, one worksheet per section, that a spreadsheet opens as it is.
            return .file(
                "application/xml; charset=utf-8", ReportSheet.render(built, language: request.language),
                name: name + ".xml")
        case "html", "summary":
            let document = try ReportDocument(settings: store.settings, signedOn: store.today)
            var page = CGIResponse.html(
                200,
                format == "summary"
                    ? ReportHTML.summaryDocument(built, language: request.language, document: document)
                    : ReportHTML.document(built, language: request.language, document: document))
            // The report keeps its own style inline for a saved copy; the policy allows exactly that one,
            // and images only as data (the letterhead's emblem, embedded).
            let hash = Base64.encode(SHA256.digest(Array(ReportHTML.style(for: request.language).markup.utf8)))
            page.headers = page.headers.map {
                $0.0 == "Content-Security-Policy"
                    ? (
                        $0.0,
                        "default-src 'self'; style-src 'sha256-\(hash)'; img-src data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
                    )
                    : $0
            }
            return page
        default:
            throw WebFailure(
                status: 400,
                message: Text(
                    en: "format '\(format)': html, summary, sheet, csv or json",
                    id: "format '\(format)': html, summary, sheet, csv atau json"))
        }
    }
}
