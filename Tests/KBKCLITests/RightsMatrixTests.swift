import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

/// Every role against every guarded command, through the real command line: allowed, or refused
/// with 77, one line naming login, role, scope, action and the roles that may, and nothing changed.
/// Each official keeps to their desk: the registry is the admin's, the government's complaint desk
/// logs, hands over and rejects, a unit answers and settles its complaints and runs its work culture.
@Suite struct RightsMatrixTests {
    let folder = TemporaryFolder()
    let path: String
    static let roles = ["admin", "coordinator", "unit-admin", "officer", "viewer"]
    static let officerNIP = "198001012005011004"

    init() throws {
        path = folder.file("rights.sqlite")
        func run(_ arguments: [String], as login: String = testLogin) {
            let result = kbk(["--db", path] + arguments, login: login)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        run(["init"])
        run(["skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"])
        for (index, role) in RightsMatrixTests.roles.enumerated() {
            run([
                "official", "add", "--login", "r-\(role)", "--nip", "19800101200501100\(index + 1)",
                "--name", "Pegawai \(role)", "--skpd", "DINKES", "--role", role,
            ])
        }
        let unitAdmin = "r-unit-admin"
        run(["group", "add", "--skpd", "DINKES", "--name", "KBK Sehat", "--formed", "2026-01-10"], as: unitAdmin)
        run(
            [
                "group", "member", "add", "1", "--nip", RightsMatrixTests.officerNIP, "--name", "Pegawai officer",
                "--since", "2026-01-15",
            ], as: unitAdmin)
        run(["improvement", "add", "--group", "1", "--title", "Antrean daring"], as: unitAdmin)
        // ADU-2026-00001 received, no unit; 00002 verified, 00003 resolved and 00004 on hold, each
        // assigned to the officer; 00005 verified and assigned to no one.
        for number in 1...5 {
            run(
                [
                    "complaint", "new", "--channel", "sms", "--subject", "Antrean \(number)", "--description", "Lama",
                    "--name", "Ahmad Fauzi", "--contact", "081234567890", "--received", "2026-11-16 08:0\(number)",
                ] + (number == 1 ? [] : ["--skpd", "DINKES"]), as: "r-coordinator")
        }
        for number in 2...4 {
            run(["complaint", "assign", "ADU-2026-0000\(number)", "--to", "r-officer"], as: unitAdmin)
        }
        run(["complaint", "resolve", "ADU-2026-00003", "--message", "Sudah"], as: "r-officer")
        run(["complaint", "hold", "ADU-2026-00004", "--reason", "Menunggu data"], as: "r-officer")
        try Data("date,name\n2026-12-21,Libur daerah\n".utf8).write(
            to: URL(fileURLWithPath: folder.file("holidays.csv")))
    }

    /// A guarded command, and the roles that may run it.
    struct Case: Sendable, CustomStringConvertible {
        let arguments: [String]
        let allowed: Set<String>
        let action: String
        /// Whether the command changes the database: a viewer, who may change nothing, is refused that.
        var changes = true
        /// A role whose role allows the action but whose scope does not reach the record (it is in
        /// `allowed`), and the refusal it gets instead.
        var refusedForScope: [String: String] = [:]
        var description: String { arguments.joined(separator: " ") }
    }

    static let registry: Set<String> = ["admin"]
    static let governmentDesk: Set<String> = ["admin", "coordinator"]
    static let intake: Set<String> = ["admin", "coordinator", "unit-admin"]
    static let unitDesk: Set<String> = ["unit-admin", "officer"]
    static let changes: Set<String> = ["admin", "coordinator", "unit-admin", "officer"]
    static let settle = "answer, hold, resume, resolve or close a complaint"
    static let culture = "manage groups, SOPs, improvement actions or IKM surveys"

    static let cases: [Case] = [
        Case(
            arguments: ["skpd", "add", "DISHUB", "--name", "Dinas Perhubungan", "--kind", "agency"],
            allowed: registry, action: "change the registry"),
        Case(arguments: ["skpd", "edit", "DINKES", "--staff", "90"], allowed: registry, action: "change the registry"),
        Case(
            arguments: ["skpd", "target", "set", "DINKES", "--year", "2026", "--settled", "90"], allowed: intake,
            action: "set or remove a unit's targets"),
        Case(
            arguments: ["category", "add", "izin", "--name", "Perizinan", "--settle-days", "12"], allowed: registry,
            action: "change the registry"),
        Case(
            arguments: ["holiday", "add", "2026-12-18", "Libur daerah"], allowed: registry,
            action: "change the registry"),
        Case(arguments: ["config", "set", "group_size_min", "3"], allowed: registry, action: "change the registry"),
        Case(
            arguments: [
                "official", "add", "--login", "baru", "--nip", "199001012019032002", "--name", "Baru", "--skpd",
                "DINKES",
                "--role", "officer",
            ], allowed: registry, action: "register or change officials"),
        Case(arguments: ["import", "holidays", "HOLIDAYS"], allowed: registry, action: "import data"),
        Case(arguments: ["backup", "BACKUP"], allowed: registry, action: "copy the database"),
        Case(
            arguments: ["complaint", "show", "ADU-2026-00001", "--reveal-identity", "--reason", "Klarifikasi"],
            allowed: governmentDesk, action: "reveal a complainant's identity"),
        Case(
            arguments: ["export", "complaints", "--include-personal-data"], allowed: governmentDesk,
            action: "export complainants' personal data", changes: false),
        Case(
            arguments: [
                "complaint", "new", "--channel", "sms", "--subject", "S", "--description", "D", "--skpd", "DINKES",
            ],
            allowed: intake, action: "log a complaint"),
        // A complaint no unit holds is the government desk's: a unit's admin may not take it into
        // their own unit (issue 28); they hand over only what they log themselves (`new --skpd`).
        Case(
            arguments: ["complaint", "verify", "ADU-2026-00001", "--skpd", "DINKES"], allowed: intake,
            action: "hand over a complaint or pass it to another unit",
            refusedForScope: [
                "unit-admin":
                    "Error: r-unit-admin (unit administrator, scope DINKES) may not hand over ADU-2026-00001 (no unit yet); that needs administrator or coordinator\n"
            ]),
        Case(
            arguments: ["complaint", "reject", "ADU-2026-00001", "--reason", "duplicate"], allowed: governmentDesk,
            action: "reject a complaint"),
        Case(
            arguments: ["complaint", "assign", "ADU-2026-00005", "--to", "r-officer"], allowed: ["unit-admin"],
            action: "assign a complaint to an officer"),
        Case(
            arguments: [
                "complaint", "forward", "ADU-2026-00002", "--to", "BPN Purbalingga", "--reason", "Sengketa tanah",
            ],
            allowed: intake, action: "forward a complaint to another agency"),
        Case(
            arguments: ["complaint", "extend", "ADU-2026-00002", "--working-days", "10", "--reason", "Uji lab"],
            allowed: intake, action: "extend a complaint's settlement deadline"),
        Case(
            arguments: ["complaint", "respond", "ADU-2026-00002", "--message", "Sedang ditangani"], allowed: unitDesk,
            action: settle),
        Case(
            arguments: ["complaint", "hold", "ADU-2026-00002", "--reason", "Menunggu foto"], allowed: unitDesk,
            action: settle),
        Case(arguments: ["complaint", "resume", "ADU-2026-00004"], allowed: unitDesk, action: settle),
        Case(
            arguments: ["complaint", "resolve", "ADU-2026-00002", "--message", "Selesai"], allowed: unitDesk,
            action: settle),
        Case(arguments: ["complaint", "close", "ADU-2026-00003", "--rating", "4"], allowed: unitDesk, action: settle),
        Case(
            arguments: ["complaint", "reopen", "ADU-2026-00003", "--reason", "Belum puas"], allowed: changes,
            action: "reopen a complaint"),
        Case(
            arguments: ["complaint", "note", "ADU-2026-00002", "--message", "Catatan"], allowed: changes,
            action: "add an internal note to a complaint"),
        Case(
            arguments: ["complaint", "autoclose"], allowed: governmentDesk,
            action: "close every unit's answered complaints without a reply"),
        Case(
            arguments: ["escalate", "--dry-run"], allowed: governmentDesk, action: "send the deadline notices",
            changes: false),
        Case(
            arguments: ["group", "add", "--skpd", "DINKES", "--name", "KBK Kedua"], allowed: ["unit-admin"],
            action: culture),
        Case(
            arguments: ["group", "member", "add", "1", "--nip", "199001012019032002", "--name", "Baru"],
            allowed: ["unit-admin"], action: culture),
        Case(
            arguments: [
                "sop", "add", "--skpd", "DINKES", "--number", "440/9/2026", "--title", "Rujukan", "--effective",
                "2026-02-01",
            ], allowed: ["unit-admin"], action: culture),
        Case(
            arguments: ["improvement", "advance", "1", "--stage", "do"], allowed: ["unit-admin"], action: culture),
        Case(
            arguments: ["group", "meeting", "add", "1", "--date", "2026-11-02", "--attendee", officerNIP],
            allowed: unitDesk, action: "record a group's meeting"),
    ]

    @Test(arguments: cases)
    func eachRoleIsAllowedOrRefusedWithNothingChanged(_ guarded: Case) throws {
        for role in RightsMatrixTests.roles {
            let work = TemporaryFolder()
            let copy = work.file("rights.sqlite")
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            let arguments = guarded.arguments.map {
                $0 == "HOLIDAYS" ? folder.file("holidays.csv") : $0 == "BACKUP" ? work.file("copy.sqlite") : $0
            }
            let before = snapshot(copy)
            let result = kbk(["--db", copy] + arguments, login: "r-\(role)")
            if let refusal = guarded.refusedForScope[role] {
                #expect(result.status == 77, "\(role) \(guarded): \(result.stderr)")
                #expect(result.stderr == refusal)
                #expect(result.stdout.isEmpty && snapshot(copy) == before, "\(role) \(guarded)")
            } else if guarded.allowed.contains(role) {
                #expect(result.status == 0, "\(role) \(guarded): \(result.stderr)")
            } else {
                #expect(result.status == 77, "\(role) \(guarded): \(result.stderr)")
                // Issue 33: a viewer too is told who may do the act asked for, not that viewers change nothing.
                let words = [
                    "admin": "administrator", "coordinator": "coordinator", "unit-admin": "unit administrator",
                    "officer": "officer", "viewer": "viewer",
                ]
                let allowedBy = guarded.allowed.sorted {
                    RightsMatrixTests.roles.firstIndex(of: $0)! < RightsMatrixTests.roles.firstIndex(of: $1)!
                }.map { words[$0]! }
                let allowedList =
                    allowedBy.count > 2
                    ? allowedBy.dropLast().joined(separator: ", ") + ", or " + allowedBy.last!
                    : allowedBy.joined(separator: " or ")
                let scope = ["unit-admin", "officer"].contains(role) ? "DINKES" : "the whole government"
                #expect(
                    result.stderr.hasPrefix(
                        "Error: r-\(role) (\(words[role]!), scope \(scope)) may not \(guarded.action)"),
                    "\(role) \(guarded): \(result.stderr)")
                #expect(
                    result.stderr.hasSuffix("; that needs \(allowedList)\n"), "\(role) \(guarded): \(result.stderr)")
                #expect(result.stdout.isEmpty, "\(role) \(guarded): nothing may come out")
                #expect(snapshot(copy) == before, "\(role) \(guarded)")
                #expect(!FileManager.default.fileExists(atPath: work.file("copy.sqlite")))
            }
        }
    }

    @Test func anAnonymousComplainantIsNeverExported() throws {
        let logged = kbk([
            "--db", path, "complaint", "new", "--channel", "letter", "--subject", "Pungli", "--description", "Di loket",
            "--name", "Rahasia", "--contact", "0800", "--anonymous",
        ])
        #expect(logged.status == 0, "\(logged.stderr)")
        let exported = kbk(["--db", path, "export", "complaints", "--include-personal-data", "--format", "json"])
        #expect(exported.status == 0)
        #expect(exported.stdout.contains("Ahmad Fauzi"))
        #expect(!exported.stdout.contains("Rahasia") && !exported.stdout.contains("\"0800\""))
    }

    /// A unit-admin or officer acts only for their unit and the units under it, an officer only on
    /// the complaints assigned to them and the meetings of their own group; what no unit holds yet
    /// belongs to the government's desk.
    @Test func unitRolesActOnlyWithinTheirScope() throws {
        #expect(kbk(["--db", path, "skpd", "add", "DLH", "--name", "Dinas LH", "--kind", "agency"]).status == 0)
        let logged = kbk(
            [
                "--db", path, "complaint", "new", "--channel", "sms", "--subject", "Sampah", "--description", "Isi",
                "--skpd", "DLH",
            ], login: "r-coordinator")
        #expect(logged.stdout.hasPrefix("Logged ADU-2026-00006"), "\(logged.stdout) \(logged.stderr)")
        let second = kbk(
            ["--db", path, "group", "add", "--skpd", "DINKES", "--name", "KBK Lain", "--formed", "2026-01-10"],
            login: "r-unit-admin")
        #expect(second.status == 0, "\(second.stderr)")
        let desk = "hand over a complaint or pass it to another unit"
        let culture = RightsMatrixTests.culture
        // What each command is refused for, as a unit-admin and as an officer (nil: allowed).
        let cases: [(arguments: [String], unitAdmin: String?, officer: String?)] = [
            (["group", "add", "--skpd", "DLH", "--name", "KBK Hijau"], "form a group (DLH)", culture),
            (
                ["complaint", "respond", "ADU-2026-00006", "--message", "Bukan urusan kami"],
                "respond ADU-2026-00006 (DLH)", "respond ADU-2026-00006 (DLH)"
            ),
            (
                ["complaint", "verify", "ADU-2026-00001", "--skpd", "DLH"], "hand over ADU-2026-00001 (no unit yet)",
                desk
            ),
            // Issue 28: not into their own unit either; what no unit holds is the government desk's.
            (
                ["complaint", "verify", "ADU-2026-00001", "--skpd", "DINKES"],
                "hand over ADU-2026-00001 (no unit yet)", desk
            ),
            (
                ["complaint", "new", "--channel", "sms", "--subject", "S", "--description", "D"],
                "log a complaint (no unit yet)", "log a complaint"
            ),
            (
                ["complaint", "respond", "ADU-2026-00005", "--message", "Sedang ditangani"], nil,
                "respond ADU-2026-00005 (assigned to no one)"
            ),
            (
                ["group", "meeting", "add", "2", "--date", "2026-11-02"], nil,
                "record a meeting of group 2 on 2026-11-02"
            ),
            // A hold before verification is the verifier's: no unit holds the complaint yet.
            (
                ["complaint", "hold", "ADU-2026-00001", "--reason", "Menunggu KTP"],
                "hold ADU-2026-00001 (no unit yet)", desk
            ),
        ]
        for role in ["unit-admin", "officer"] {
            for (arguments, unitAdmin, officer) in cases {
                let refusal = role == "officer" ? officer : unitAdmin
                let work = TemporaryFolder()
                let copy = work.file("scope.sqlite")
                try FileManager.default.copyItem(atPath: path, toPath: copy)
                let before = snapshot(copy)
                let result = kbk(["--db", copy] + arguments, login: "r-\(role)")
                if let refusal {
                    #expect(result.status == 77, "\(role) \(arguments): \(result.stderr)")
                    #expect(
                        result.stderr.hasPrefix(
                            "Error: r-\(role) (\(role == "officer" ? "officer" : "unit administrator"), scope DINKES) "
                                + "may not \(refusal); that needs "),
                        "\(role) \(arguments): \(result.stderr)")
                    #expect(snapshot(copy) == before)
                } else {
                    #expect(result.status == 0, "\(role) \(arguments): \(result.stderr)")
                }
            }
        }
        // Whom a complaint may be assigned to: an officer or unit-admin of its unit, not another's.
        let elsewhere = kbk(
            ["--db", path, "complaint", "assign", "ADU-2026-00006", "--to", "r-officer"], login: "r-coordinator")
        #expect(elsewhere.status == 77, "\(elsewhere.stderr)")
        let stranger = kbk(
            ["--db", path, "complaint", "assign", "ADU-2026-00005", "--to", "r-viewer"], login: "r-unit-admin")
        #expect(stranger.status == 65)
        let notAnAssignee =
            "Error: r-viewer cannot take ADU-2026-00005: a complaint goes to an active officer or unit-admin of DINKES or of a unit above it\n"
        #expect(stranger.stderr == notAnAssignee)
        // "The units under it" follows the parent links, however deep.
        for (code, kind, parent) in [("KEC-A", "district", nil), ("KEL-A", "subdistrict", "KEC-A")]
            as [(String, String, String?)]
        {
            let added = kbk(
                ["--db", path, "skpd", "add", code, "--name", code, "--kind", kind]
                    + (parent.map { ["--parent", $0] } ?? []))
            #expect(added.status == 0, "\(added.stderr)")
        }
        #expect(
            kbk([
                "--db", path, "official", "add", "--login", "r-kec", "--nip", "198001012005011009", "--name", "Camat",
                "--skpd", "KEC-A", "--role", "unit-admin",
            ]).status == 0)
        let below = kbk(["--db", path, "group", "add", "--skpd", "KEL-A", "--name", "KBK Kelurahan"], login: "r-kec")
        #expect(below.status == 0, "\(below.stderr)")
        let above = kbk(
            ["--db", path, "group", "add", "--skpd", "KEC-A", "--name", "KBK Kecamatan"], login: "r-unit-admin")
        #expect(above.status == 77)
        // The government's desk hands over to every unit.
        let handed = kbk(
            ["--db", path, "complaint", "verify", "ADU-2026-00001", "--skpd", "KEL-A"], login: "r-coordinator")
        #expect(handed.status == 0, "\(handed.stderr)")
    }

    /// Issue 28: reads were not scoped. A confidential complaint's description (and its corrected
    /// values) is read only within the scope of the unit holding it and by the government's desk
    /// (admin, coordinator), through every door; a unit's report only by its own officials and the
    /// government-wide roles, the whole government's only by those.
    @Test func readsAreScopedLikeWrites() throws {
        #expect(kbk(["--db", path, "skpd", "add", "DLH", "--name", "Dinas LH", "--kind", "agency"]).status == 0)
        let added = kbk([
            "--db", path, "official", "add", "--login", "r-dlh", "--nip", "198001012005011009", "--name", "Petugas LH",
            "--skpd", "DLH", "--role", "officer",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let secret = "Petugas loket meminta uang"
        let logged = kbk(
            [
                "--db", path, "complaint", "new", "--channel", "letter", "--subject", "Pungli", "--description",
                "Ada pungli", "--skpd", "DINKES", "--confidential", "--received", "2026-11-16 09:00",
            ], login: "r-coordinator")
        #expect(logged.stdout.hasPrefix("Logged ADU-2026-00006"), "\(logged.stderr)")
        let edited = kbk(
            [
                "--db", path, "complaint", "edit", "ADU-2026-00006", "--description", secret, "--reason", "Salah ketik",
            ], login: "r-coordinator")
        #expect(edited.status == 0, "\(edited.stderr)")
        for role in RightsMatrixTests.roles + ["dlh"] {
            let login = "r-\(role)"
            let reads = ["admin", "coordinator", "unit-admin", "officer"].contains(role)
            for format in ["table", "json"] {
                let shown = kbk(
                    ["--db", path, "complaint", "show", "ADU-2026-00006", "--format", format], login: login)
                #expect(shown.status == 0, "\(login): \(shown.stderr)")
                #expect(shown.stdout.contains(secret) == reads, "\(login) \(format): \(shown.stdout)")
                #expect(shown.stdout.contains("Ada pungli") == reads, "\(login) \(format): the corrected value")
            }
            let table = kbk(["--db", path, "complaint", "show", "ADU-2026-00006"], login: login).stdout
            #expect(table.contains("(confidential: read only by the unit holding it") == !reads, "\(login)")
            for arguments in [
                ["complaint", "list", "--format", "csv"], ["complaint", "list", "--format", "json"],
                ["inbox", "--format", "json"], ["export", "complaints", "--format", "json"],
                ["export", "events", "--format", "json"],
            ] {
                let listed = kbk(["--db", path] + arguments, login: login)
                #expect(!listed.stdout.contains(secret), "\(login) \(arguments)")
            }
        }
        // Reports: a unit's for its officials and the government-wide roles.
        for (login, arguments, refusal) in [
            ("r-officer", ["--skpd", "DINKES"], nil),
            ("r-unit-admin", ["--skpd", "DINKES"], nil),
            ("r-viewer", ["--skpd", "DLH"], nil),
            ("r-viewer", [], nil),
            ("r-coordinator", [], nil),
            (
                "r-officer", [],
                "Error: r-officer (officer, scope DINKES) may not read the whole government's report; that needs administrator, coordinator, or viewer\n"
            ),
            (
                "r-unit-admin", ["--skpd", "DLH"],
                "Error: r-unit-admin (unit administrator, scope DINKES) may not read the report of DLH; that needs unit administrator or officer of DLH or of a unit above it, or administrator, coordinator, or viewer\n"
            ),
            (
                "r-dlh", ["--skpd", "DINKES", "--format", "json"],
                "Error: r-dlh (officer, scope DLH) may not read the report of DINKES; that needs unit administrator or officer of DINKES or of a unit above it, or administrator, coordinator, or viewer\n"
            ),
        ] as [(String, [String], String?)] {
            let report = kbk(
                ["--db", path, "report", "--period", "2026", "--section", "summary"] + arguments, login: login)
            if let refusal {
                #expect(report.status == 77, "\(login) \(arguments): \(report.stderr)")
                #expect(report.stderr == refusal)
                #expect(report.stdout.isEmpty)
            } else {
                #expect(report.status == 0, "\(login) \(arguments): \(report.stderr)")
            }
        }
    }

    /// The report lists, per official, what is assigned to them and not yet answered: the verified
    /// and the held complaint, not the resolved one.
    @Test func theReportCountsAssignedComplaintsNotYetAnswered() throws {
        let report = kbk(["--db", path, "report", "--period", "2026", "--section", "officers", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let officers = try #require(object["officers"] as? [[String: Any]])
        #expect(officers.count == 1)
        #expect(officers.first?["login"] as? String == "r-officer" && officers.first?["unanswered"] as? Int == 2)
        let answered = kbk(
            ["--db", path, "complaint", "respond", "ADU-2026-00002", "--message", "Sedang ditangani"],
            login: "r-officer")
        #expect(answered.status == 0)
        let after = kbk(["--db", path, "--lang", "id", "report", "--period", "2026", "--section", "officers"])
        #expect(after.stdout.contains("Didisposisikan dan belum ditanggapi, per petugas"), "\(after.stdout)")
        #expect(after.stdout.contains("r-officer  DINKES                 1"), "\(after.stdout)")
    }

    /// An assignment is history: reassigning keeps the earlier one, the status does not change,
    /// `--mine` lists what is the officer's, and passing the complaint to another unit clears it.
    @Test func assigningAComplaintKeepsItsHistory() throws {
        let added = kbk(
            [
                "--db", path, "official", "add", "--login", "r-officer2", "--nip", "198001012005011010", "--name",
                "Petugas Dua", "--skpd", "DINKES", "--role", "officer",
            ])
        #expect(added.status == 0, "\(added.stderr)")
        let again = kbk(
            ["--db", path, "complaint", "assign", "ADU-2026-00002", "--to", "r-officer"], login: "r-unit-admin")
        #expect(again.status == 65)
        #expect(again.stderr == "Error: ADU-2026-00002 is already assigned to r-officer; name another official\n")
        let moved = kbk(
            ["--db", path, "complaint", "assign", "ADU-2026-00002", "--to", "r-officer2", "--note", "Ganti petugas"],
            login: "r-unit-admin")
        #expect(moved.status == 0, "\(moved.stderr)")
        let shown = kbk(["--db", path, "complaint", "show", "ADU-2026-00002", "--format", "json"])
        #expect(shown.stdout.contains("\"assigned_to\": \"r-officer2\""), "\(shown.stdout)")
        #expect(shown.stdout.contains("\"status\": \"verified\""))
        let table = kbk(["--db", path, "complaint", "show", "ADU-2026-00002"])
        #expect(table.stdout.contains("→ r-officer\n") || table.stdout.contains("→ r-officer "), "\(table.stdout)")
        #expect(table.stdout.contains("→ r-officer2: Ganti petugas"), "\(table.stdout)")
        let first = kbk(
            ["--db", path, "complaint", "respond", "ADU-2026-00002", "--message", "Saya tangani"], login: "r-officer")
        #expect(first.status == 77, "the earlier officer no longer has it")
        let mine = kbk(["--db", path, "complaint", "list", "--mine", "--format", "csv"], login: "r-officer")
        let listed = mine.stdout.split(whereSeparator: \.isNewline).dropFirst().map { String($0.prefix(14)) }
        #expect(Set(listed) == ["ADU-2026-00003", "ADU-2026-00004"])
        #expect(kbk(["--db", path, "skpd", "add", "DLH", "--name", "Dinas LH", "--kind", "agency"]).status == 0)
        let passed = kbk(
            ["--db", path, "complaint", "reassign", "ADU-2026-00002", "--to", "DLH", "--reason", "Bukan kami"],
            login: "r-coordinator")
        #expect(passed.status == 0, "\(passed.stderr)")
        let after = kbk(["--db", path, "complaint", "show", "ADU-2026-00002", "--format", "json"])
        #expect(after.stdout.contains("\"assigned_to\": null"), "\(after.stdout)")
    }
}
