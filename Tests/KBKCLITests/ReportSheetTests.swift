import Foundation
import KBKTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The report's workbook for a Kasubag: a worksheet per section with the names people read, the
/// numbers as numbers, and nothing a spreadsheet would run.
@Suite struct ReportSheetTests {
    @Test func eachSectionIsAWorksheetWithIndonesianColumnsAndNumbers() throws {
        let world = try WebTests.World()
        _ = world.post("/intake", user: "koord", [("subject", "Lampu mati"), ("description", "x"), ("skpd", "DPUPR")])
        let sheet = world.request("GET", "/report", user: "koord", query: "period=2026-11&format=sheet")
        #expect(sheet.status == 200)
        #expect(sheet.headers["Content-Disposition"] == "attachment; filename=\"laporan-2026-11.xml\"")
        let document = try XMLDocument(data: Data(sheet.body.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "Workbook")
        let worksheets = root.elements(forName: "Worksheet")
        // As many sections as the report's JSON has tables, and the audit trail's line.
        let names = worksheets.compactMap { $0.attribute(forName: "ss:Name")?.stringValue }
        #expect(names.count >= 5, "\(names)")
        #expect(Set(names).count == names.count && names.allSatisfy { $0.count <= 31 })
        #expect(names.contains("Jejak audit"))
        let text = sheet.body
        #expect(text.contains(">Diterima<"), "\(names)")
        #expect(text.contains("ss:StyleID=\"pct\"><Data ss:Type=\"Number\">"))
        #expect(!text.contains("ss:Formula"))
        // In English for a reader who asks for it.
        let english = world.request(
            "GET", "/report", user: "koord", query: "period=2026-11&format=sheet", language: "en")
        #expect(english.status == 200 && english.body.contains(">Received<") && !english.body.contains(">Diterima<"))
    }
}
