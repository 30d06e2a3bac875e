import Foundation
import KBKDomain
import KBKReports
import KBKStore
import KBKTestSupport
import KBKTransfer
import Testing

@testable import KBKPresentation

/// Issue 33: nothing English in what kbk says in Indonesian. Codes a person types (`--status
/// open`, `verify`, a setting's key or value) stay as they are; every other word is Indonesian.
@Suite struct IndonesianWordingTests {
    /// The coded values people type: written as codes in Indonesian too, and so no leak.
    static let codes: Set<String> = {
        func raw<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> [String] where E.RawValue == String {
            E.allCases.map(\.rawValue)
        }
        let all: [[String]] = [
            raw(ComplaintStatus.self), raw(StatusSelection.self), raw(DeadlineStage.self), raw(HolidayKind.self),
            raw(Channel.self), raw(ComplaintKind.self), raw(Maladministration.self), raw(OfficialRole.self),
            raw(UnitKind.self), raw(GroupRole.self), raw(ReviewOutcome.self), raw(ImprovementStage.self),
            raw(RejectionReason.self), raw(EntityKind.self), raw(AuditAction.self), raw(ClockPinning.self),
            raw(MailDigest.self), raw(RankMeasure.self), raw(IKMWeighting.self), raw(OutputFormat.self),
            raw(PlaceKind.self), raw(ReportSection.self), raw(ComplaintAction.Kind.self), raw(Language.self),
            raw(DueState.self), raw(TransferKind.self),
        ]
        return Set(all.joined().map { $0.lowercased() })
    }()

    /// The English words of `text` that are not codes: what is quoted ('…', `…`), an option
    /// (`--status`), a placeholder (`<kode>`) or holds a digit, a dot or an underscore (a ticket, a
    /// path, a setting's key) is left out.
    static func englishWords(_ text: String) -> Set<String> {
        var cleaned = text
        // Command lines (`kbk complaint list`) and a help's list of subcommands name commands.
        for pattern in [
            #"'[^'\n]*'"#, #"`[^`\n]*`"#, #"<[^>\n]*>"#, #"--[a-z0-9-]+"#, #"\\\([^)]*\)"#,
            #"kbk(\s+[a-z][a-z0-9._-]*)+"#,
            #"(?m)^  [a-z][a-z-]* {2,}"#, #"(?:[\w.-]*/)+[\w.-]*"#,
        ] {
            cleaned = cleaned.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        var found: Set<String> = []
        for token in cleaned.split(whereSeparator: { $0.isWhitespace || ",;:()[]{}=|/→·—\"".contains($0) }) {
            let word = token.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".!?…*"))
            guard !word.isEmpty, !word.contains(where: { $0.isNumber || "._@".contains($0) }) else { continue }
            if EnglishWords.list.contains(word) && !codes.contains(word) { found.insert(word) }
        }
        return found
    }

    /// Every Indonesian text of the catalogue and of every other source: each `id:` string of a `Text`.
    @Test func noIndonesianMessageInTheSourcesHoldsAnEnglishWord() throws {
        let sources = packageRoot().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 100)
        let literal = try NSRegularExpression(pattern: #"\bid:\s*\n?\s*"((?:[^"\\\n]|\\.)*)""#)
        var leaks: [String] = []
        var texts = 0
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in literal.matches(in: text, range: range) {
                guard let found = Range(match.range(at: 1), in: text) else { continue }
                texts += 1
                let words = Self.englishWords(String(text[found]))
                if !words.isEmpty {
                    let line = text[..<found.lowerBound].filter { $0 == "\n" }.count + 1
                    leaks.append("\(file):\(line): \(words.sorted()) in \"\(text[found].prefix(100))\"")
                }
            }
        }
        #expect(texts > 1_500, "the walk found only \(texts) Indonesian texts")
        #expect(leaks.isEmpty, "English in Indonesian messages:\n\(leaks.joined(separator: "\n"))")
    }

    /// A desk's day at the terminal in Indonesian, refusals and mistakes included, and every
    /// command's help: no English word in any of it.
    @Test func aDaysWorkInIndonesianHoldsNoEnglishWord() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        let id = ["KBK_LANG": "", "KBK_NOW": "2026-11-18T09:00:00+07:00"]
        var said = ""
        func run(_ arguments: [String], as login: String = testLogin) {
            let result = kbk(["--db", path] + arguments, environment: id, login: login)
            said += result.stdout + result.stderr
        }
        for arguments in [
            ["init"], ["skpd", "add", "DPUPR", "--name", "Dinas Pekerjaan Umum", "--kind", "dinas"],
            ["skpd", "add", "SETDA", "--name", "Sekretariat Daerah", "--kind", "sekretariat"],
            ["official", "edit", testLogin, "--nip", "198001012005011001", "--skpd", "SETDA"],
            [
                "official", "add", "--login", "budi", "--name", "Budi", "--nip", "198202022006041002", "--role",
                "koordinator", "--skpd", "SETDA",
            ],
            [
                "official", "add", "--login", "agus", "--name", "Agus", "--nip", "198303032007011003", "--role",
                "petugas", "--skpd", "DPUPR",
            ],
            [
                "official", "add", "--login", "adm.dpupr", "--name", "Adm", "--nip", "198404042008012004", "--role",
                "admin unit", "--skpd", "DPUPR",
            ],
            [
                "official", "add", "--login", "lihat", "--name", "Lihat", "--nip", "198505052009011005", "--role",
                "pembaca", "--skpd", "SETDA",
            ],
            [
                "complaint", "new", "--subject", "Jalan rusak", "--description", "Berlubang", "--channel", "wa",
                "--name", "Warga", "--contact", "081234567890", "--received", "senin",
            ],
            ["complaint", "verify", "ADU-2026-00001", "--skpd", "DPUPR"],
            ["--on-behalf-of", "adm.dpupr", "complaint", "assign", "ADU-2026-00001", "--to", "agus"],
            ["--on-behalf-of", "agus", "complaint", "respond", "ADU-2026-00001", "--message", "Sedang dicek"],
            ["--on-behalf-of", "agus", "complaint", "resolve", "ADU-2026-00001", "--message", "Sudah ditambal"],
            ["complaint", "edit", "ADU-2026-00001", "--location", "Jl. Merdeka", "--reason", "salah ketik"],
            ["complaint", "show", "ADU-2026-00001"], ["complaint", "list"], ["inbox"], ["audit", "--limit", "0"],
            ["check"], ["escalate", "--dry-run"], ["report", "--period", "2026-11"],
            ["report", "--period", "2026-11", "--summary"],
            ["complaint", "new", "--subject", "Sama", "--description", "Sama", "--channel", "sms"],
            ["complaint", "reject", "ADU-2026-00002", "--reason", "duplikat"],
            ["complaint", "show", "ADU-2026-00002"],
            // Mistakes and refusals.
            ["complaint", "show", "ADU-2026-00001", "--reveal-identity", "--reason", "periksa"],
            ["complaint", "list", "--from", "31/02/2026"], ["import", "complaints", folder.file("tidak-ada.csv")],
            ["skpd", "add", "DLH", "--name", "Dinas Lingkungan Hidup", "--kind", "sekre"],
            ["complaint", "list", "--status", "sudah"],
        ] {
            run(arguments)
        }
        run(["complaint", "show", "ADU-2026-00001", "--reveal-identity", "--reason", "periksa"], as: "lihat")
        run(["complaint", "assign", "ADU-2026-00001", "--to", "budi"], as: "adm.dpupr")
        run(["holiday", "add", "2026-12-18", "Libur daerah"], as: "agus")
        #expect(said.contains("diverifikasi dan diserahkan ke DPUPR"), "\(said)")
        #expect(said.contains("itu memerlukan administrator atau koordinator"), "\(said)")
        #expect(said.contains("Kesimpulan dan rekomendasi"))
        #expect(said.contains("lokasi dikoreksi") && said.contains("Lokasi: - → Jl. Merdeka"), "\(said)")
        #expect(said.contains("Alasan penolakan"), "\(said)")
        let help = try String(
            contentsOf: packageRoot().appendingPathComponent("Tests/Snapshots/help-id.txt"), encoding: .utf8)
        let english = Self.englishWords(said + help)
        let lines = (said + help).split(separator: "\n").filter { !Self.englishWords(String($0)).isEmpty }
        #expect(english.isEmpty, "English in Indonesian output: \(english.sorted())\n\(lines.joined(separator: "\n"))")
    }

    /// The desk's pages in Indonesian, as the coordinator and a unit's admin see them.
    @Test func theDesksPagesInIndonesianHoldNoEnglishWord() throws {
        let world = try WebTests.World()
        let filed = world.post(
            "/intake", user: "koord",
            [("subject", "Lampu mati"), ("description", "Di depan pasar"), ("channel", "whatsapp"), ("skpd", "DPUPR")])
        #expect(filed.status == 303 || filed.status == 200, "\(filed.body)")
        var text = ""
        for (path, query, user) in [
            ("/", "", "koord"), ("/complaints", "", "koord"), ("/complaint/ADU-2026-00001", "", "adm"),
            ("/intake", "", "koord"), ("/overview", "", "koord"), ("/audit", "", "koord"),
            ("/report", "", "koord"), ("/report", "period=2026-11&format=summary", "koord"),
            ("/unit/DPUPR", "", "adm"), ("/coordination", "", "koord"),
        ] {
            let page = world.request("GET", path, user: user, query: query)
            #expect(page.status == 200, "\(path): \(page.status)")
            // What a person reads: the text between the tags, and the labels and hints of the forms.
            var body = page.body.replacingOccurrences(
                of: #"<(script|style)[^>]*>[\s\S]*?</\1>"#, with: " ", options: .regularExpression)
            body = body.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
            text += body.replacingOccurrences(of: "&amp;", with: "&") + "\n"
        }
        let english = Self.englishWords(text)
        let lines = text.split(separator: "\n").filter { !Self.englishWords(String($0)).isEmpty }
        #expect(english.isEmpty, "English on Indonesian pages: \(english.sorted())\n\(lines.joined(separator: "\n"))")
    }
}
