import Foundation
import KBKTestSupport
import Testing

/// Issue 28's attacks on what officials type and import, played through the command line.
@Suite struct AttackReviewTests {
    /// U+202E made "Jalan rusak\u{202E}gnp.exe" show reversed in every list and report.
    @Test func bidirectionalOverridesAreRefusedInSubjectsNamesAndImports() throws {
        let (folder, path) = try complaintFixture()
        let before = snapshot(path)
        let subject = "Jalan rusak \u{202E}gnp.exe"
        let typed = kbkAtDesk([
            "--db", path, "complaint", "new", "--channel", "sms", "--subject", subject, "--description", "Lubang",
        ])
        #expect(typed.status == 65)
        #expect(
            typed.stderr
                == "Error: subject 'Jalan rusak \\u{202E}gnp.exe' holds control characters; only text, newlines and "
                + "tabs are allowed\n")
        let unit = kbkAtDesk([
            "--db", path, "skpd", "add", "DINSOS", "--name", "Dinas \u{2067}Sosial\u{2069}", "--kind", "agency",
        ])
        #expect(unit.status == 65, "\(unit.stderr)")
        let file = folder.file("lapor.csv")
        try "channel,subject,description\nsms,Aman,\"Isi \u{202D}terbalik\"\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let imported = kbkAtDesk(["--db", path, "import", "complaints", file])
        #expect(imported.status == 65)
        #expect(imported.stderr.contains("column description: description"), "\(imported.stderr)")
        #expect(snapshot(path) == before)
    }

    /// A header of a million unknown columns made a 9 MB error line; every echoed list is capped.
    @Test func aMillionUnknownColumnsGiveOneShortLine() throws {
        let (folder, path) = try complaintFixture()
        let file = folder.file("wide.csv")
        let long = String(repeating: "x", count: 100_000)
        let header = ["channel", "subject", "description", long] + (0..<1_000_000).map { "c\($0)" }
        try (header.joined(separator: ",") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let result = kbkAtDesk(["--db", path, "import", "complaints", file])
        #expect(result.status == 65)
        #expect(result.stderr.utf8.count < 2_000, "\(result.stderr.utf8.count) bytes")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(
            result.stderr.hasPrefix(
                "Error: \(file): unknown column(s) \(String(repeating: "x", count: 32))… (100000 characters), c0, c1, "
                    + "c2, c3, c4, c5, c6, c7, c8 and 999991 more; allowed: "), "\(result.stderr.prefix(300))")
        let indonesian = kbkAtDesk(["--db", path, "--lang", "id", "import", "complaints", file])
        #expect(indonesian.stderr.contains("c8 dan 999991 lainnya; yang diizinkan: "))
        // A column named again and again, likewise.
        try ("channel,subject,description" + String(repeating: ",channel,subject", count: 50_000) + "\n").write(
            toFile: file, atomically: true, encoding: .utf8)
        let repeated = kbkAtDesk(["--db", path, "import", "complaints", file])
        #expect(repeated.status == 65)
        #expect(repeated.stderr.utf8.count < 2_000)
    }
}
