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

/// Issue 28, item 7: where the README and the program disagreed.
@Suite struct ReadmeAgreementTests {
    /// (a) `check` asks for no official (it shows no record), as its section now says.
    @Test func checkAsksForNoOfficial() throws {
        let (folder, path) = try complaintFixture()
        defer { withExtendedLifetime(folder) {} }
        #expect(kbk(["--db", path, "audit", "--limit", "1"], login: "tamu").status == 77)
        let check = kbk(["--db", path, "check"], login: "tamu")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stdout.contains("Ahmad Fauzi") && !check.stdout.contains("081234567890"))
    }

    /// (b) An export with complainants' data never replaces a file, as documented: --force is refused.
    @Test func aPersonalDataExportNeverReplacesAFile() throws {
        let (folder, path) = try complaintFixture()
        let target = folder.file("aduan.csv")
        try "kept\n".write(toFile: target, atomically: true, encoding: .utf8)
        let before = snapshot(path)
        let forced = kbkAtDesk([
            "--db", path, "export", "complaints", "--include-personal-data", "--force", "--output", target,
        ])
        #expect(forced.status == 64)
        #expect(forced.stderr.hasPrefix("Error: --force cannot go with --include-personal-data: an export of "))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "kept\n")
        #expect(snapshot(path) == before)
        #expect(kbkAtDesk(["--db", path, "export", "complaints", "--force", "--output", target]).status == 0)
    }

    /// (c) The documented default sender can be set back.
    @Test func theDefaultSenderCanBeSet() throws {
        let (folder, path) = try complaintFixture()
        defer { withExtendedLifetime(folder) {} }
        #expect(kbk(["--db", path, "config", "set", "mail.from", "Sistem KBK <kbk@purbalinggakab.go.id>"]).status == 0)
        let reset = kbk(["--db", path, "config", "set", "mail.from", "kbk@localhost"])
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(kbk(["--db", path, "config", "set", "mail.from", "KBK <kbk@localhost>"]).status == 0)
        #expect(kbk(["--db", path, "config", "set", "mail.from", "@localhost"]).status == 65)
    }

    /// (d) `ikm add --skpd` is the surveyed unit and `culture assess --skpd` the assessed one, not an SOP's.
    @Test func theUnitOptionsSayWhatUnitTheyName() {
        for (command, text) in [
            (["ikm", "add"], "Code of the unit whose service was surveyed."),
            (["culture", "assess"], "Code of the unit that assessed its work culture."),
        ] {
            let help = kbk(command + ["--help"]).stdout
            #expect(help.contains(text), "\(command)")
            #expect(!help.contains("owns the SOP"), "\(command)")
        }
    }
}
