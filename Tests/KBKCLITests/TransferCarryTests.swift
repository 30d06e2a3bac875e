import Foundation
import KBKTestSupport
import Testing

/// What `export` and `import` carry beyond the first kinds: topics, units' successor routes, units'
/// targets and improvement actions' links to IKM survey elements. Each travels as CSV from one
/// database into a fresh one, and exporting again from the copy gives the same file.
@Suite struct TransferCarryTests {
    let folder = TemporaryFolder()
    var source: String { folder.file("source.sqlite") }
    var target: String { folder.file("target.sqlite") }

    init() {
        #expect(kbkAtDesk(["--db", folder.file("source.sqlite"), "init"]).status == 0)
        #expect(kbkAtDesk(["--db", folder.file("target.sqlite"), "init"]).status == 0)
    }

    func run(_ database: String, _ arguments: [String]) {
        let result = kbkAtDesk(["--db", database] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }

    /// Exports `kinds` from the source and imports each file into the target, in order; returns the files.
    @discardableResult
    func carry(_ kinds: [String]) -> [String: String] {
        var files: [String: String] = [:]
        for kind in kinds {
            let file = folder.file("\(kind).csv")
            let exported = kbkAtDesk(["--db", source, "export", kind, "--output", file, "--force"])
            #expect(exported.status == 0, "\(kind): \(exported.stderr)")
            let imported = kbkAtDesk(["--db", target, "import", kind, file])
            #expect(imported.status == 0, "\(kind): \(imported.stderr)")
            files[kind] = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        }
        return files
    }

    /// The CSV export of a kind, line by line (CSV ends lines with CRLF).
    func lines(_ database: String, _ kind: String) -> [String] {
        kbkAtDesk(["--db", database, "export", kind]).stdout.split(whereSeparator: \.isNewline).map(String.init)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let file = folder.file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test func topicsTravelBeforeTheirComplaints() throws {
        run(source, ["skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"])
        // A name a spreadsheet would run as a formula, a renamed shipped topic and a retired one.
        run(
            source,
            [
                "topic", "add", "pju-rusak", "--name", "=Lampu PJU rusak", "--name-en", "Broken street lamps",
                "--lapor-category", "Infrastruktur",
            ])
        run(source, ["topic", "edit", "jalan-jembatan", "--name-en", "Roads, bridges and culverts"])
        run(source, ["topic", "edit", "pkh", "--retire"])
        run(
            source,
            [
                "complaint", "new", "--channel", "sms", "--subject", "Lampu mati", "--description", "Tiga tiang",
                "--topic", "pju-rusak", "--skpd", "DPUPR",
            ])
        let files = carry(["topics", "skpd", "complaints"])
        #expect(
            try #require(files["topics"]).contains("pju-rusak,'=Lampu PJU rusak,Broken street lamps,Infrastruktur,true")
        )
        #expect(try #require(files["topics"]).contains("\r\npkh,Program Keluarga Harapan (PKH),"))
        #expect(lines(target, "topics") == lines(source, "topics"))
        #expect(lines(target, "complaints") == lines(source, "complaints"))
        let shown = kbkAtDesk(["--db", target, "topic", "list", "--format", "json"]).stdout
        #expect(shown.contains("\"name\": \"=Lampu PJU rusak\""), "\(shown)")
        // Through the commands' store calls: audited as `topic add` and `topic edit` are.
        let trail = kbkAtDesk(["--db", target, "audit", "--format", "csv"]).stdout
        #expect(trail.contains("added topic pju-rusak ('=Lampu PJU rusak' / 'Broken street lamps'"), "\(trail)")
        #expect(trail.contains("edited topic pkh:"))
        let again = kbkAtDesk(["--db", target, "import", "topics", folder.file("topics.csv")])
        #expect(again.stdout == "Imported 0 topics row(s); 21 already present.\n", "\(again.stdout)")
    }

    @Test func aBadTopicRowWritesNothing() throws {
        let file = try write(
            "code,name,name_en,lapor_category,in_use\r\n"
                + "pju-rusak,Lampu PJU rusak,Broken street lamps,Infrastruktur,true\r\n"
                + "jalan-jembatan,Jalan,Roads,Infrastruktur,kadang\r\n"
                + "Bad Code!,Nama,Name,Lain-lain,\r\n", "topics.csv")
        let before = snapshot(target)
        let refused = kbkAtDesk(["--db", target, "--lang", "en", "import", "topics", file])
        #expect(refused.status == 65)
        let problems = refused.stderr.split(whereSeparator: \.isNewline).map(String.init)
        #expect(
            problems.first?.hasPrefix("\(file):3: column in_use: flag 'kadang' is not allowed") == true, "\(problems)")
        #expect(
            problems.dropFirst().first?.hasPrefix("\(file):4: column code: topic 'Bad Code!'") == true, "\(problems)")
        #expect(snapshot(target) == before)
        let id = kbkAtDesk(["--db", target, "--lang", "id", "import", "topics", file])
        #expect(id.stderr.contains("\(file):3: kolom in_use: "), "\(id.stderr)")
        #expect(id.stderr.contains("2 baris ditolak; tidak ada yang diimpor"), "\(id.stderr)")
    }
}
