import KBKDomain
import KBKReports

/// The report as a workbook a spreadsheet opens directly (Excel 2003 XML, "SpreadsheetML", which
/// Excel, LibreOffice and Gnumeric read): one worksheet per section, the columns under the names
/// people read in the reader's language, numbers as numbers (rates as percentages), codes as the
/// names they stand for. Text is never a formula: only a cell's `ss:Formula` would be one, and none
/// is written.
package enum ReportSheet {
    package static func render(_ report: Report, language: Language) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?mso-application progid="Excel.Sheet"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" \
            xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
            <Styles><Style ss:ID="head"><Font ss:Bold="1"/></Style>\
            <Style ss:ID="pct"><NumberFormat ss:Format="0.0%"/></Style>\
            <Style ss:ID="dec"><NumberFormat ss:Format="0.00"/></Style></Styles>

            """
        var names: Set<String> = []
        let tables = ReportRendering.tables(report, language: language)
        for table in tables {
            let name = sheetName(table.title(language), taken: names)
            names.insert(name)
            let visible = table.visibleColumns(compact: true)
            out += "<Worksheet ss:Name=\"\(escaped(name))\"><Table>\n"
            out += "<Row>" + cell(.string(table.title(language)), style: "head") + "</Row>\n"
            out += "<Row>"
            for index in visible { out += cell(.string(table.columns[index].header(language)), style: "head") }
            out += "</Row>\n"
            for row in table.rows {
                out += "<Row>" + visible.map { value(row[$0], language) }.joined() + "</Row>\n"
            }
            out += "</Table></Worksheet>\n"
        }
        if let head = report.auditHead {
            out += "<Worksheet ss:Name=\"\(escaped(language == .id ? "Jejak audit" : "Audit trail"))\"><Table>\n"
            out += "<Row>" + cell(.string(Msg.reportAuditEvidence(head)(language))) + "</Row>\n"
            out += "</Table></Worksheet>\n"
        }
        return out + "</Workbook>\n"
    }

    private enum Content {
        case string(String)
        case number(Double)
    }

    private static func value(_ value: ReportValue, _ language: Language) -> String {
        switch value {
        case .int(let number): cell(.number(Double(number)))
        case .rate(let rate?), .points(let rate?): cell(.number(rate), style: "pct")
        case .days(let number?), .rating(let number?), .signed(let number?): cell(.number(number), style: "dec")
        case .rank(let rank?, _): cell(.number(Double(rank)))
        default: cell(.string(value.human(language)))
        }
    }

    private static func cell(_ content: Content, style: String? = nil) -> String {
        let styled = style.map { " ss:StyleID=\"\($0)\"" } ?? ""
        switch content {
        case .string(let text): return "<Cell\(styled)><Data ss:Type=\"String\">\(escaped(text))</Data></Cell>"
        case .number(let number) where !number.isFinite:
            return "<Cell\(styled)><Data ss:Type=\"String\">—</Data></Cell>"
        case .number(let number):
            let written = number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
            return "<Cell\(styled)><Data ss:Type=\"Number\">\(written)</Data></Cell>"
        }
    }

    /// A worksheet's name: the title up to its first comma or parenthesis, in whole words of at
    /// most 31 characters, none of `[]:*?/\`, and not one taken already.
    static func sheetName(_ title: String, taken: Set<String>) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        let head = title.prefix { $0 != "," && $0 != "(" }.filter { !forbidden.contains($0) }
        var words: [Substring] = []
        for word in head.split(separator: " ") where (words + [word]).joined(separator: " ").count <= 31 {
            words.append(word)
        }
        let base = words.isEmpty ? String(head.prefix(31)) : words.joined(separator: " ")
        var name = base.isEmpty ? "Bagian" : base
        var number = 2
        // A spreadsheet tells sheets apart without regard to case.
        while taken.contains(where: { $0.lowercased() == name.lowercased() }) {
            let suffix = " (\(number))"
            name = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return name
    }

    /// Text as XML character data: the markup characters as the HTML builder writes them (its
    /// entities are XML's too), and the control characters XML 1.0 cannot hold left out.
    static func escaped(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars
        where scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            if !(0xFFFE...0xFFFF).contains(scalar.value) { kept.append(scalar) }
        }
        return HTML.escape(String(kept))
    }
}
