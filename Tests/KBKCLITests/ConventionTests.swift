import Foundation
import KBKDomain
import KBKTestSupport
import Testing

@testable import KBKCLI
@testable import KBKPresentation
@testable import KBKWeb

/// What people expect of a mature command line: a suggestion for a mistyped word, help from either
/// side of the command, shell completion and a man page generated from the command tree. The
/// completion scripts run in real shells; zsh, fish and groff are checked where installed
/// (`.ci/run` installs them).
@Suite struct ConventionTests {
    static func installed(_ program: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/\(program)")
    }

    @Test func aMistypedWordGetsTheNearestOne() {
        let cases: [([String], String)] = [
            (
                ["compliant", "list"],
                "Error: unknown command 'compliant'; did you mean 'complaint'? commands are: "
            ),
            (["complaint", "lsit"], "Error: unknown command 'lsit'; did you mean 'list'? commands are: "),
            (
                ["complaint", "list", "--stauts", "open"],
                "Error: unknown option '--stauts'; did you mean '--status'?\n"
            ),
            (["complaint", "list", "--fromat", "csv"], "Error: unknown option '--fromat'; did you mean '--format'?\n"),
            (["complaint", "list", "--ovrdue"], "Error: unknown option '--ovrdue'; did you mean '--overdue'?\n"),
            (["help", "complant"], "Error: unknown command 'complant'; did you mean 'complaint'? commands are: "),
        ]
        for (arguments, start) in cases {
            let result = kbk(["--lang", "en"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix(start), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        // A pasted page gets its refusal at once, with no guess (no distance table is built for it).
        let pasted = kbk(["--lang", "en", String(repeating: "a", count: 100_000)])
        #expect(pasted.status == 64 && pasted.stderr.contains("(100000 characters)'; commands are: demo,"))
        // Nothing near: no guess.
        let far = kbk(["--lang", "en", "frobnicate"])
        #expect(far.stderr.hasPrefix("Error: unknown command 'frobnicate'; commands are: demo, complaint,"))
        let indonesian = kbk(["--lang", "id", "complaint", "lsit"])
        #expect(
            indonesian.stderr.hasPrefix(
                "Kesalahan: perintah 'lsit' tidak dikenal; maksud Anda 'list'? perintah yang ada:"))
    }

    /// Indonesian help has no English layout word, placeholder or untranslated text: every
    /// command's help in both languages, every option's and argument's text compared.
    @Test func indonesianHelpIsIndonesian() {
        let english = ["OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "EXAMPLES", "(default:"]
        let placeholders = ["<code>", "<text>", "<date>", "<name>", "<file>", "<subcommand>", "<number>", "<time>"]
        for command in KBKCLI.commands() {
            let help = kbk(["--lang", "id", "help"] + command.path)
            #expect(help.status == 0)
            for word in english + placeholders {
                #expect(!help.stdout.contains(word), "kbk \(command.path.joined(separator: " ")): '\(word)'")
            }
            let en = kbk(["--lang", "en", "help"] + command.path).stdout.split(separator: "\n")
            let id = Set(help.stdout.split(separator: "\n"))
            // A line of text that reads the same in both is untranslated (examples and bare options excepted).
            for a in en where id.contains(a) && a.contains(" ") {
                let text = a.trimmingCharacters(in: .whitespaces)
                let isExample = text.hasPrefix("kbk ")
                let isOptionOnly = text.hasPrefix("-") && !text.dropFirst(2).contains("  ")
                #expect(isExample || isOptionOnly, "kbk \(command.path.joined(separator: " ")): untranslated '\(a)'")
            }
        }
        let error = kbk(["--lang", "id", "complaint", "lsit"])
        #expect(error.stderr.hasPrefix("Kesalahan: perintah 'lsit' tidak dikenal"))
        #expect(error.stderr.contains("\nPemakaian: kbk complaint <subperintah>\n"))
    }

    /// The codes of every coded value whose Indonesian label is another word: none may reach an
    /// Indonesian table (CSV and JSON keep them, the contract for scripts).
    static var englishCodes: Set<String> {
        func codes<Value: Labelled & CaseIterable>(_ type: Value.Type) -> [String] {
            Value.allCases.filter { !$0.label(.id).contains($0.rawValue) }.map(\.rawValue)
        }
        return Set(
            codes(ComplaintStatus.self) + codes(Channel.self) + codes(ComplaintKind.self) + codes(OfficialRole.self)
                + codes(UnitKind.self) + codes(GroupRole.self) + codes(ReviewOutcome.self)
                + codes(ImprovementStage.self) + codes(ComplaintAction.Kind.self) + codes(DeadlineStage.self))
    }

    @Test func noCodeReachesAnIndonesianTable() throws {
        let folder = TemporaryFolder()
        let db = folder.file("k.sqlite")
        let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]
        let setup: [[String]] = [
            ["init"],
            ["skpd", "add", "DPUPR", "--name", "Dinas Pekerjaan Umum", "--kind", "agency"],
            ["skpd", "add", "KEC-A", "--name", "Kecamatan A", "--kind", "district"],
            [
                "official", "add", "--login", "siti", "--nip", "198801012010011004", "--name", "Siti", "--skpd",
                "DPUPR", "--role", "unit-admin",
            ],
            [
                "official", "add", "--login", "agus", "--nip", "198203152006042001", "--name", "Agus", "--skpd",
                "DPUPR", "--role", "officer",
            ],
            [
                "complaint", "new", "--channel", "walk-in", "--subject", "Jalan", "--description", "x", "--skpd",
                "DPUPR",
            ],
            ["complaint", "new", "--channel", "phone", "--subject", "Lampu", "--description", "y"],
            ["--on-behalf-of", "siti", "complaint", "assign", "ADU-2026-00001", "--to", "agus"],
            ["--on-behalf-of", "agus", "complaint", "respond", "ADU-2026-00001", "--message", "Ditinjau"],
            ["--on-behalf-of", "siti", "group", "add", "--skpd", "DPUPR", "--name", "KBK Jalan"],
            [
                "--on-behalf-of", "siti", "group", "member", "add", "1", "--nip", "198203152006042001", "--name",
                "Agus", "--role", "chair",
            ],
            [
                "--on-behalf-of", "siti", "sop", "add", "--skpd", "DPUPR", "--number", "600/1", "--title", "Jalan",
                "--effective", "2026-01-02",
            ],
            ["--on-behalf-of", "siti", "sop", "review", "600/1", "--date", "2026-11-02", "--outcome", "keep"],
            ["--on-behalf-of", "siti", "improvement", "add", "--group", "1", "--title", "Tambal cepat"],
        ]
        for arguments in setup {
            let result = kbk(["--db", db] + arguments, environment: monday)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let reads: [[String]] = [
            ["skpd", "list"], ["official", "list"], ["complaint", "list"], ["complaint", "show", "ADU-2026-00001"],
            ["group", "member", "list", "1"], ["sop", "show", "600/1"], ["improvement", "list"],
            ["--on-behalf-of", "siti", "inbox"],
        ]
        let codes = Self.englishCodes
        #expect(codes.isSuperset(of: ["in_progress", "walk-in", "unit-admin", "officer", "agency", "chair", "keep"]))
        for arguments in reads {
            let result = kbk(["--db", db, "--lang", "id"] + arguments, environment: monday)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let words = result.stdout.split { !($0.isLetter || $0 == "-" || $0 == "_") }.map(String.init)
            let leaked = Set(words).intersection(codes)
            #expect(leaked.isEmpty, "kbk \(arguments.joined(separator: " ")): \(leaked.sorted())\n\(result.stdout)")
        }
        // The audit trail's action and record in words; its summary as it was recorded and sealed.
        let audit = kbk(["--db", db, "--lang", "id", "audit", "--limit", "1"], environment: monday).stdout
        #expect(audit.contains(" dibuat ") && audit.contains(" rencana aksi "), "\(audit)")
        let auditCSV = kbk(["--db", db, "audit", "--limit", "1", "--format", "csv"], environment: monday).stdout
        #expect(auditCSV.contains(",create,improvement,"))
        // CSV keeps the codes.
        let csv = kbk(["--db", db, "--lang", "id", "complaint", "list", "--format", "csv"], environment: monday)
        #expect(csv.stdout.contains(",walk-in,") && csv.stdout.contains(",in_progress,"))
    }

    /// Indonesian messages name fields and the shapes of values in Indonesian (options as typed).
    @Test func indonesianMessagesNameFieldsInIndonesian() throws {
        let folder = TemporaryFolder()
        let db = folder.file("k.sqlite")
        let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]
        for arguments in [
            ["init"], ["skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"],
            [
                "official", "add", "--login", "siti", "--nip", "198801012010011004", "--name", "Siti", "--skpd",
                "DPUPR", "--role", "unit-admin",
            ],
            ["--on-behalf-of", "siti", "group", "add", "--skpd", "DPUPR", "--name", "KBK"],
        ] {
            #expect(kbk(["--db", db] + arguments, environment: monday).status == 0, "\(arguments)")
        }
        let cases: [([String], String)] = [
            (
                [
                    "--on-behalf-of", "siti", "group", "member", "add", "1", "--nip", "198203152006042001", "--name",
                    "Agus", "--since", "2020-01-01",
                ],
                "Kesalahan: tanggal mulai 2020-01-01 sebelum tanggal kelompok dibentuk 2026-11-02; "
                    + "harus pada atau sesudahnya\n"
            ),
            (
                ["complaint", "new", "--channel", "sms", "--subject", "", "--description", "x"],
                "Kesalahan: pokok kosong; berikan nilainya\n"
            ),
            (
                [
                    "official", "add", "--login", "Siti", "--nip", "1", "--name", "x", "--skpd", "DPUPR", "--role",
                    "officer",
                ],
                "Kesalahan: login 'Siti' tidak sah; seharusnya login sistem operasi: 1 sampai 32 huruf kecil, angka, "
                    + "'_', '-' atau '.', diawali huruf atau '_'\n"
            ),
            (
                ["ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--averages", "1,2", "--respondents", "3"],
                "Kesalahan: rata-rata '1,2' tidak sah; seharusnya sembilan rata-rata a1,…,a9\n"
            ),
        ]
        for (arguments, message) in cases {
            let before = snapshot(db)
            let result = kbk(["--db", db, "--lang", "id"] + arguments, environment: monday)
            #expect(result.status == 65 || result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
            #expect(snapshot(db) == before)
        }
    }

    @Test func timesAreReadAsOfficialsWriteThem() throws {
        let now = try Timestamp.parse("2026-11-02T15:00:00+07:00")
        let today = try CivilDate.parse("2026-11-02")
        func read(_ text: String) throws -> String {
            try EnteredValue.officeTime(text, field: "--at", timeZone: .wib, now: now, today: today).iso8601(in: .wib)
        }
        let half = "2026-11-02T09:30:00+07:00"
        for text in [
            "2026-11-02 09:30", "2026-11-02 9:30", "2026-11-02T09:30", "2026-11-02 09.30", "2026-11-02  9.30",
            "09.30", "9:30", "2026-11-02T02:30:00Z", "2026-11-02T09:30:00.250+07:00", " 2026-11-02 09:30 ",
            // Day first, as Indonesians write dates.
            "2/11/2026 09.30", "02-11-2026 9:30", "2/11/2026 09:30",
        ] {
            #expect(try read(text) == half, "\(text)")
        }
        #expect(try read("2026-11-02 09:30:15") == "2026-11-02T09:30:15+07:00")
        #expect(try read("now") == "2026-11-02T15:00:00+07:00")
        #expect(try read("2026-11-01") == "2026-11-01T00:00:00+07:00")
        #expect(try read("kemarin") == "2026-11-01T00:00:00+07:00")
        #expect(try read("1/11/2026") == "2026-11-01T00:00:00+07:00")
        #expect(try CivilDate.parseEntered("05-12-2026") == CivilDate.parse("2026-12-05"))
        #expect(try CivilDate.parseEntered("5/12/2026") == CivilDate.parse("2026-12-05"))
        #expect(throws: DomainError.self) { try CivilDate.parseEntered("31/02/2026") }
        #expect(throws: DomainError.self) { try CivilDate.parseEntered("5/12/26") }
        for text in ["besok pagi", "9.3", "930", "2026-11-02 25.00", "2026-11-02 09:30 WIB", "09:30.15"] {
            #expect(throws: DomainError.self, "\(text)") { try read(text) }
        }
        // The refusal lists every form, and names what was typed.
        let result = kbk([
            "--lang", "en", "complaint", "new", "--channel", "sms", "--subject", "x", "--description", "y",
            "--received", "25.00",
        ])
        #expect(result.status == 65 && result.stderr == "Error: --received '25.00' is not a date that exists\n")
        let malformed = kbk([
            "--lang", "en", "complaint", "new", "--channel", "sms", "--subject", "x",
            "--description", "y", "--received", "besok",
        ])
        #expect(malformed.status == 64)
        #expect(
            malformed.stderr.hasPrefix(
                "Error: --received 'besok' is not valid; expected \(EnteredValue.officeTimeForms)\n"))
    }

    @Test func theIndonesianWordForAValueIsAcceptedToo() throws {
        let folder = TemporaryFolder()
        let db = folder.file("k.sqlite")
        let steps: [[String]] = [
            ["init"], ["skpd", "add", "DINSOS", "--name", "Dinas Sosial", "--kind", "dinas"],
            ["skpd", "add", "KEC-A", "--name", "Kecamatan A", "--kind", "Kecamatan"],
            [
                "official", "add", "--login", "budi", "--nip", "198801012010011009", "--name", "Budi", "--skpd",
                "DINSOS", "--role", "petugas",
            ],
            ["complaint", "new", "--channel", "telepon", "--subject", "a", "--description", "b"],
            ["complaint", "new", "--channel", "datang langsung", "--subject", "c", "--description", "d"],
            // The short words of the desk: "wa" is WhatsApp (not "did you mean walk-in?"), "medsos" social media.
            ["complaint", "new", "--channel", "wa", "--subject", "e", "--description", "f"],
            ["complaint", "new", "--channel", "medsos", "--subject", "g", "--description", "h"],
        ]
        for arguments in steps {
            let result = kbk(["--db", db] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        // Stored as the codes.
        #expect(kbk(["--db", db, "skpd", "list", "--format", "csv"]).stdout.contains("DINSOS,Dinas Sosial,agency"))
        #expect(kbk(["--db", db, "skpd", "list", "--format", "csv"]).stdout.contains("KEC-A,Kecamatan A,district"))
        #expect(kbk(["--db", db, "official", "show", "budi", "--format", "json"]).stdout.contains("\"officer\""))
        let channels = kbk(["--db", db, "complaint", "list", "--format", "csv"]).stdout
        #expect(channels.contains(",phone,") && channels.contains(",walk-in,"))
        #expect(channels.contains(",whatsapp,") && channels.contains(",social-media,"), "\(channels)")
        let listed = kbk(["--db", db, "complaint", "list", "--status", "terbuka", "--status", "diterima"])
        #expect(listed.status == 0 && listed.stdout.contains("ADU-2026-00002"))
        // Statuses and reasons by the desk's words: tertunda, proses; duplikat, bukan wewenang.
        for status in ["tertunda", "proses", "selesai"] {
            #expect(kbk(["--db", db, "complaint", "list", "--status", status]).status == 0, "\(status)")
        }
        let rejected = kbk(["--db", db, "complaint", "reject", "ADU-2026-00004", "--reason", "duplikat"])
        #expect(rejected.status == 0, "\(rejected.stderr)")
        let shown = kbk(["--db", db, "complaint", "show", "ADU-2026-00004", "--format", "json"]).stdout
        #expect(shown.contains("\"duplicate\""), "\(shown)")
        // The short names a desk uses for a kind of unit: sekretariat (the regional one), setwan.
        for (word, kind) in [("sekretariat", "secretariat"), ("setwan", "dprd-secretariat"), ("rsud", "hospital")] {
            let code = "K" + word.uppercased()
            let added = kbk(["--db", db, "skpd", "add", code, "--name", word, "--kind", word, "--format", "json"])
            #expect(added.stdout.contains("\"kind\": \"\(kind)\""), "\(word): \(added.stdout) \(added.stderr)")
        }
        // A word that names no value is refused, with the codes and, in Indonesian, their words.
        let vague = kbk(["--db", db, "--lang", "en", "skpd", "add", "XX", "--name", "x", "--kind", "sekre"])
        #expect(vague.status == 64)
        #expect(vague.stderr.hasPrefix("Error: kind 'sekre' is not allowed;"), "\(vague.stderr)")
        let indonesian = kbk(["--db", db, "--lang", "id", "skpd", "add", "XX", "--name", "x", "--kind", "sekre"])
        #expect(indonesian.stderr.contains("secretariat (sekretariat daerah), dprd-secretariat (sekretariat DPRD)"))
    }

    @Test func aListCutAtItsLimitSaysSo() throws {
        let folder = TemporaryFolder()
        let db = folder.file("k.sqlite")
        #expect(kbk(["--db", db, "init"]).status == 0)
        for code in ["AA", "BB", "CC", "DD"] {
            #expect(kbk(["--db", db, "skpd", "add", code, "--name", code, "--kind", "agency"]).status == 0)
        }
        let all = kbk(["--db", db, "audit", "--limit", "0", "--format", "csv"])
        let entries = all.stdout.split(separator: "\r\n").count - 1
        #expect(entries >= 5)
        let cut = kbk(["--db", db, "--lang", "id", "audit", "--limit", "2", "--format", "csv"])
        #expect(cut.status == 0 && cut.stdout.split(separator: "\r\n").count == 3)
        #expect(cut.stderr == "Menampilkan 2 dari \(entries) entri (pakai --limit 0 untuk semua).\n")
        let filtered = kbk(["--db", db, "--lang", "en", "audit", "--entity", "skpd", "--limit", "3"])
        #expect(filtered.stderr == "Showing 3 of 4 entries (use --limit 0 for all).\n")
        let whole = kbk(["--db", db, "audit", "--entity", "skpd", "--limit", "4"])
        #expect(whole.status == 0 && whole.stderr.isEmpty)
    }

    /// An end recorded for a later day (a group dissolved, an SOP revoked, a unit deactivated as of
    /// next month) shows as "active until DATE"; CSV keeps the bare state.
    @Test func aFutureEndShowsAsActiveUntil() throws {
        let folder = TemporaryFolder()
        let db = folder.file("k.sqlite")
        let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]
        for arguments in [
            ["init"], ["skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"],
            ["skpd", "add", "DINSOS", "--name", "Dinas Sosial", "--kind", "agency"],
            [
                "official", "add", "--login", "siti", "--nip", "198801012010011004", "--name", "Siti", "--skpd",
                "DPUPR", "--role", "unit-admin",
            ],
            ["--on-behalf-of", "siti", "group", "add", "--skpd", "DPUPR", "--name", "KBK"],
            ["--on-behalf-of", "siti", "group", "dissolve", "1", "--on", "2026-12-31"],
            [
                "--on-behalf-of", "siti", "sop", "add", "--skpd", "DPUPR", "--number", "9/1", "--title", "T",
                "--effective", "2026-01-01",
            ],
            ["--on-behalf-of", "siti", "sop", "revoke", "9/1", "--on", "2026-12-31"],
            ["skpd", "deactivate", "DINSOS", "--on", "2026-12-31"],
        ] {
            let result = kbk(["--db", db] + arguments, environment: monday)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        for (arguments, row) in [
            (["group", "list"], "KBK   02 Nov 2026        0  active until 31 Dec 2026"),
            (["sop", "list"], "active until 31 Dec 2026"), (["skpd", "list"], "Dinas Sosial  agency (dinas)"),
        ] {
            let shown = kbk(["--db", db, "--lang", "en"] + arguments, environment: monday).stdout
            #expect(shown.contains(row) && shown.contains("active until 31 Dec 2026"), "\(arguments): \(shown)")
        }
        let indonesian = kbk(["--db", db, "--lang", "id", "skpd", "list"], environment: monday).stdout
        #expect(indonesian.contains("aktif sampai 31 Des 2026"))
        let csv = kbk(["--db", db, "group", "list", "--format", "csv"], environment: monday).stdout
        #expect(csv.contains(",active") && !csv.contains("until"))
        // Once the day has come, it is ended.
        let later = kbk(
            ["--db", db, "--lang", "en", "group", "list", "--all"],
            environment: ["KBK_NOW": "2027-01-04T08:00:00+07:00"])
        #expect(later.stdout.contains("dissolved"), "\(later.stdout)")
    }

    @Test func countsInReportsMarkTheirThousands() {
        let cases: [(Int, String, String)] = [
            (0, "0", "0"), (999, "999", "999"), (1_000, "1.000", "1,000"), (1_507, "1.507", "1,507"),
            (1_234_567, "1.234.567", "1,234,567"), (-1_507, "-1.507", "-1,507"),
        ]
        for (value, indonesian, english) in cases {
            #expect(ReportValue.int(value).human(.id) == indonesian)
            #expect(ReportValue.int(value).human(.en) == english)
            #expect(ReportValue.int(value).plain == String(value))
        }
    }

    @Test func aMistypedValueGetsTheNearestChoice() throws {
        let folder = TemporaryFolder()
        let path = folder.file("k.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        let result = kbk(["--db", path, "--lang", "en", "complaint", "list", "--status", "opne"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "Error: status 'opne' is not allowed; did you mean 'open'? use one of: open, received, verified,"),
            "\(result.stderr)")
    }

    @Test func helpComesFromEitherSideOfTheCommand() {
        let reference = kbk(["--lang", "en", "help", "complaint", "new"])
        #expect(reference.status == 0 && reference.stdout.hasPrefix("OVERVIEW: Log a complaint"))
        for arguments in [["complaint", "help", "new"], ["complaint", "new", "--help"], ["complaint", "new", "-h"]] {
            let result = kbk(["--lang", "en"] + arguments)
            #expect(result.status == 0 && result.stdout == reference.stdout, "\(arguments)")
        }
        #expect(
            kbk(["--lang", "en", "group", "help", "member", "add"]).stdout.hasPrefix("OVERVIEW: Add a civil servant"))
        let wrong = kbk(["--lang", "en", "complaint", "help", "nwe"])
        #expect(wrong.status == 64 && wrong.stderr.hasPrefix("Error: unknown command 'nwe'; did you mean 'new'?"))
    }

    /// Each line is what the shell offers after the words before it (the last word being completed).
    static let expectations: [([String], [String])] = [
        (["kbk", "comp"], ["complaint", "completion"]),
        (["kbk", "complaint", "list", "--st"], ["--status"]),
        (
            ["kbk", "complaint", "list", "--status", ""],
            [
                "open", "received", "verified", "in_progress", "on_hold", "resolved", "closed", "rejected", "forwarded",
                "settled",
            ]
        ),
        (["kbk", "--db", "x.sqlite", "complaint", "list", "--format", ""], ["table", "csv", "json"]),
        (["kbk", "--lang", ""], ["id", "en"]),
        (["kbk", "group", "member", "a"], ["add"]),
        (["kbk", "complaint", "new", "--subject", "Jalan rusak", "--ch"], ["--channel"]),
        (["kbk", "--on-behalf-of", "adm", "inbox", "--sk"], ["--skpd"]),
    ]

    @Test func bashCompletesCommandsOptionsAndValues() throws {
        let folder = TemporaryFolder()
        let script = folder.file("kbk.bash")
        let generated = kbk(["completion", "bash"])
        #expect(generated.status == 0)
        try generated.stdout.write(toFile: script, atomically: true, encoding: .utf8)
        var harness = "source \(script)\n"
        for (words, _) in Self.expectations {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            harness += "COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _kbk; echo \"${COMPREPLY[*]}\"\n"
        }
        harness += "complete -p kbk\n"
        let result = try runProcess("/bin/bash", ["--norc", "-c", harness])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, (words, offered)) in Self.expectations.enumerated() {
            #expect(lines[index] == offered.joined(separator: " "), "\(words)")
        }
        #expect(lines[Self.expectations.count] == "complete -o default -F _kbk kbk")
    }

    @Test(.enabled(if: installed("zsh"))) func zshCompletesCommandsOptionsAndValues() throws {
        let folder = TemporaryFolder()
        let script = folder.file("_kbk")
        try kbk(["completion", "zsh"]).stdout.write(toFile: script, atomically: true, encoding: .utf8)
        // The completion system's own functions, recording what they are given.
        var harness = """
            compdef() { :; }
            compadd() { [[ $1 == -- ]] && shift; print -r -- "$*"; }
            _describe() { local -a names; names=(${(P)2%%:*}); print -r -- "${(M)names[@]:#${words[CURRENT]}*}"; }
            _files() { print -r -- "@files"; }
            source \(script)

            """
        for (words, _) in Self.expectations {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            harness += "words=(\(quoted)); CURRENT=\(words.count); _kbk\n"
        }
        let result = try runProcess("/usr/bin/zsh", ["-f", "-c", harness])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for (index, (words, offered)) in Self.expectations.enumerated() {
            // compadd gets every option and lets zsh match the prefix; the test matches it.
            let prefix = words[words.count - 1]
            let given = lines.indices.contains(index) ? lines[index].split(separator: " ").map(String.init) : []
            #expect(given.filter { $0.hasPrefix(prefix) } == offered, "\(words)")
        }
    }

    @Test(.enabled(if: installed("fish"))) func fishCompletesCommandsOptionsAndValues() throws {
        let folder = TemporaryFolder()
        let script = folder.file("kbk.fish")
        try kbk(["completion", "fish"]).stdout.write(toFile: script, atomically: true, encoding: .utf8)
        var harness = "source \(script)\n"
        for (words, _) in Self.expectations {
            let line = words.map { $0.contains(" ") ? "\\\"\($0)\\\"" : $0 }.joined(separator: " ")
            harness += "echo (complete -C\"\(line)\" | string replace -r '\\t.*' '')\n"
        }
        let result = try runProcess("/usr/bin/fish", ["--no-config", "-c", harness], currentDirectory: folder.path)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, (words, offered)) in Self.expectations.enumerated() {
            // fish sorts what it offers.
            let given = lines.indices.contains(index) ? lines[index].split(separator: " ").map(String.init) : []
            #expect(given.sorted() == offered.sorted(), "\(words)")
        }
    }

    @Test func anOutputFileNamesItsFormat() throws {
        let folder = TemporaryFolder()
        let path = folder.file("k.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        #expect(kbk(["--db", path, "skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"]).status == 0)
        let starts: [(String, String)] = [
            ("laporan.html", "<!DOCTYPE html>"), ("laporan.HTM", "<!DOCTYPE html>"), ("laporan.json", "{"),
            ("laporan.md", "# "), ("laporan.csv", "section,"), ("laporan.txt", "Laporan"),
        ]
        for (name, start) in starts {
            let file = folder.file(name)
            let result = kbk(["--db", path, "--lang", "id", "report", "--period", "2026", "--output", file])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let written = try String(contentsOfFile: file, encoding: .utf8)
            #expect(written.hasPrefix(start), "\(name): \(written.prefix(40))")
        }
        // An explicit --format wins over the name; a name whose format the command does not write is refused.
        let explicit = folder.file("a.json")
        #expect(kbk(["--db", path, "report", "--period", "2026", "--format", "csv", "--output", explicit]).status == 0)
        #expect(try String(contentsOfFile: explicit, encoding: .utf8).hasPrefix("section,"))
        let refused = folder.file("units.md")
        let result = kbk(["--db", path, "--lang", "en", "export", "skpd", "--output", refused])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: '/"))
        #expect(
            result.stderr.contains(
                "' names the format markdown, which this command does not write; "
                    + "give --format (csv, json, open311) or another file name\n"))
        #expect(!FileManager.default.fileExists(atPath: refused))
        let units = folder.file("units.json")
        #expect(kbk(["--db", path, "export", "skpd", "--output", units]).status == 0)
        #expect(try String(contentsOfFile: units, encoding: .utf8).hasPrefix("["))
    }

    @Test func theManualHasEveryCommandAndRendersCleanly() throws {
        let english = kbk(["--lang", "en", "manual"])
        #expect(english.status == 0)
        let page = english.stdout
        #expect(page.contains(".TH KBK 1 \"\" \"kbk "))
        #expect(page.contains(".SH SYNOPSIS") && page.contains(".SH EXIT STATUS") && page.contains(".SH ENVIRONMENT"))
        // Every command that runs has its own subsection, in the order of the help.
        let runnable = KBKCLICommands.runnablePaths()
        let subsections = page.split(separator: "\n").filter { $0.hasPrefix(".SS ") }.map {
            String($0.dropFirst(4)).replacing("\\-", with: "-")
        }
        #expect(subsections == runnable)
        #expect(page.contains("kbk complaint list \\-\\-status open"))
        let indonesian = kbk(["--lang", "id", "manual"]).stdout
        #expect(indonesian.contains(".SH RINGKASAN") && indonesian.contains(".SH STATUS KELUAR"))
        #expect(indonesian.contains("Catat pengaduan"))
        if Self.installed("groff") {
            let folder = TemporaryFolder()
            let file = folder.file("kbk.1")
            try page.write(toFile: file, atomically: true, encoding: .utf8)
            let rendered = try runProcess("/usr/bin/groff", ["-man", "-Tutf8", "-ww", file])
            #expect(rendered.status == 0)
            #expect(rendered.stderr.isEmpty, "\(rendered.stderr)")
            #expect(rendered.stdout.contains("kbk complaint new"))
        }
    }
}

/// The paths of the commands that run, from the tree the program itself uses.
enum KBKCLICommands {
    static func runnablePaths() -> [String] {
        KBKCLI.commands().filter { $0.runs && !$0.path.isEmpty }.map { $0.path.joined(separator: " ") }
    }
}
