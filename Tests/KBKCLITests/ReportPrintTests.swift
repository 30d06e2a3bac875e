import Foundation
import KBKDomain
import KBKTestSupport
import Testing

/// The demo's yearly report as an office files it: printed to PDF by a real headless Chromium and
/// read back with poppler's `pdftotext`. CI installs both (`.ci/run` sets `KBK_REQUIRE_BROWSER`, so
/// there the test cannot pass by being skipped); elsewhere it runs when they are installed.
@Suite(.serialized) struct ReportPrintTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let pdftotext = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    static var canPrint: Bool {
        (chromium != nil && pdftotext) || ProcessInfo.processInfo.environment["KBK_REQUIRE_BROWSER"] == "1"
    }

    /// One page of the PDF: its words in reading order and how far down its text reaches.
    struct Page {
        var words: [String]
        var text: String { words.joined(separator: " ") }
        /// The lowest word's bottom as a share of the page's height, the page number left out.
        var fill: Double
    }

    /// The pages of a PDF, from `pdftotext -bbox-layout`'s XHTML.
    static func pages(_ pdf: String) throws -> [Page] {
        let result = try runProcess("/usr/bin/pdftotext", ["-bbox-layout", pdf, "-"])
        try #require(result.status == 0, "pdftotext: \(result.stderr)")
        func number(_ name: String, in tag: Substring) -> Double? {
            guard let start = tag.range(of: name + "=\"") else { return nil }
            return Double(tag[start.upperBound...].prefix { $0 != "\"" })
        }
        return result.stdout.components(separatedBy: "<page ").dropFirst().map { chunk in
            let page = Substring(chunk)
            let height = number("height", in: page) ?? 842
            var words: [String] = []
            var lowest = 0.0
            for piece in chunk.components(separatedBy: "<word ").dropFirst() {
                let tag = Substring(piece)
                guard let close = piece.firstIndex(of: ">"), let end = piece.range(of: "</word>") else { continue }
                let word = String(piece[piece.index(after: close)..<end.lowerBound])
                    .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                    .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                words.append(word)
                // The page number sits in the bottom margin: it fills nothing.
                if let bottom = number("yMax", in: tag), bottom < height - 40 { lowest = max(lowest, bottom) }
            }
            return Page(words: words, fill: lowest / height)
        }
    }

    @Test(.enabled(if: canPrint), .timeLimit(.minutes(10)))
    func theDemosYearlyReportPrintsAsAnOfficialDocument() throws {
        let chromium = try #require(Self.chromium, "chromium is not installed")
        try #require(Self.pdftotext, "pdftotext (poppler-utils) is not installed")
        let folder = TemporaryFolder()
        let database = folder.file("demo.sqlite")
        let environment = ["KBK_LANG": "id"]
        let demo = kbk(["--db", database, "demo", "--complaints", "1500", "--seed", "3"], environment: environment)
        try #require(demo.status == 0, "\(demo.stderr)")
        let year = String(fixedNow.date(in: .wib).year - 1)
        let html = folder.file("laporan.html")
        let made = kbk(["--db", database, "report", "--period", year, "--output", html], environment: environment)
        try #require(made.status == 0, "\(made.stderr)")
        let pdf = folder.file("laporan.pdf")
        let printed = try runProcess(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + folder.file("profile"), "--print-to-pdf=" + pdf, "file://" + html,
            ])
        try #require(FileManager.default.fileExists(atPath: pdf), "chromium printed nothing: \(printed.stderr)")
        let pages = try Self.pages(pdf)
        try #require(pages.count >= 3, "the yearly report has \(pages.count) pages")

        // Page 1: the letterhead, the letter's lines, the title, the summary and a chart.
        let first = pages[0].text
        for expected in [
            "PEMERINTAH KABUPATEN PURBALINGGA", "Nomor", "Lampiran", "LAPORAN PENGADUAN DAN BUDAYA KERJA",
            "Tahun \(year)", "Ringkasan eksekutif", "Kesimpulan dan rekomendasi",
        ] {
            #expect(first.contains(expected), "page 1 lacks \(expected)")
        }
        // A chart's axis (its ticks are the only "25 %" and "75 %": figures carry a decimal comma).
        #expect(first.contains("25 %") && first.contains("75 %"), "page 1 holds no chart")
        #expect(!first.contains("WIB)"), "the title names the time zone")
        // From three to five findings, each a numbered item of the list under its heading.
        let words = pages[0].words
        let heading = try #require(words.firstIndex(of: "rekomendasi"))
        let findingsEnd = words[heading...].firstIndex(of: "Dasar") ?? words.endIndex
        let numbered = words[heading..<findingsEnd].filter { ["1.", "2.", "3.", "4.", "5.", "6."].contains($0) }
        #expect((3...5).contains(numbered.count), "\(numbered.count) findings")

        // No page but the last is less than a third full.
        for (index, page) in pages.enumerated().dropLast() {
            #expect(page.fill >= 1.0 / 3, "page \(index + 1) is only \(Int(page.fill * 100)) % full")
        }

        // Two signers, each with a NIP, and the definitions as an appendix after them.
        let whole = pages.map(\.text).joined(separator: "\n")
        let prepared = try #require(whole.range(of: "Disiapkan oleh,"), "no preparer")
        let acknowledged = try #require(whole.range(of: "Mengetahui,"), "no head")
        let appendix = try #require(whole.range(of: "Lampiran: definisi"), "no appendix")
        #expect(prepared.upperBound < appendix.lowerBound && acknowledged.upperBound < appendix.lowerBound)
        #expect(whole[prepared.lowerBound...].components(separatedBy: "NIP.").count - 1 >= 2)
        #expect(whole.contains("Dasar hukum"))

        // No English, no login and no command line in what the office files.
        let allWords = Set(
            pages.flatMap(\.words).map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) })
        let english = allWords.intersection(EnglishWords.list)
        #expect(english.isEmpty, "English in the Indonesian report: \(english.sorted())")
        let officials = kbk(["--db", database, "official", "list", "--format", "json"], environment: environment)
        let logins = try #require(
            try JSONSerialization.jsonObject(with: Data(officials.stdout.utf8)) as? [[String: Any]]
        ).compactMap { $0["login"] as? String }
        #expect(logins.count > 10)
        let printedLogins = Set(logins).intersection(pages.flatMap(\.words))
        #expect(printedLogins.isEmpty, "logins in the report: \(printedLogins.sorted())")
        #expect(!whole.contains("kbk "), "a command line in the report")

        // The leadership's summary of the last quarter is one page, with both signers on it.
        let summaryHTML = folder.file("ringkasan.html")
        let summarised = kbk(
            ["--db", database, "report", "--period", "\(year)-Q4", "--summary", "--output", summaryHTML],
            environment: environment)
        try #require(summarised.status == 0, "\(summarised.stderr)")
        let summaryPDF = folder.file("ringkasan.pdf")
        _ = try runProcess(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + folder.file("profile"), "--print-to-pdf=" + summaryPDF, "file://" + summaryHTML,
            ])
        let summaryPages = try Self.pages(summaryPDF)
        #expect(summaryPages.count == 1, "the summary takes \(summaryPages.count) pages")
        let summaryText = summaryPages.first?.text ?? ""
        #expect(summaryText.contains("Kesimpulan dan rekomendasi") && summaryText.contains("Disiapkan oleh,"))
        #expect(summaryText.contains("Mengetahui,"))
    }
}

/// English words that must never appear in what kbk prints in Indonesian: common words of its
/// English catalogue that no Indonesian sentence uses.
enum EnglishWords {
    static let list: Set<String> = [
        "the", "and", "of", "to", "with", "from", "for", "by", "is", "are", "was", "not", "none", "yes", "this", "that",
        "complaint", "complaints", "report", "received", "valid", "rejected", "forwarded", "settled", "settlement",
        "follow-up", "followed", "deadline", "deadlines", "overdue", "open", "closed", "resolved", "assigned",
        "handed", "units", "official", "officials", "page", "pages", "rate", "rates", "month", "year",
        "days", "working", "notice", "notices", "reply", "verify", "assign", "respond", "resolve", "close", "reopen",
        "coordinator", "officer", "viewer", "agencies", "districts", "unclassified", "summary", "ranked",
        "location", "due", "met", "hold", "held", "recorded", "today", "yesterday", "or", "may", "must",
    ]
}
