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
}
