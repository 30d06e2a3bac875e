import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

/// Every role against every guarded command, through the real command line: allowed, or refused
/// with 77, one line naming login, role, scope, action and the roles that may, and nothing changed.
/// (Complaint handling and work-culture actions by role and scope are the next step of issue 14;
/// today they are refused only to viewers.)
@Suite struct RightsMatrixTests {
    let folder = TemporaryFolder()
    let path: String
    static let roles = ["admin", "coordinator", "unit-admin", "officer", "viewer"]

    init() throws {
        path = folder.file("rights.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        #expect(
            kbk(["--db", path, "skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"]).status == 0)
        for (index, role) in RightsMatrixTests.roles.enumerated() {
            let added = kbk([
                "--db", path, "official", "add", "--login", "r-\(role)", "--nip", "19800101200501100\(index + 1)",
                "--name", "Pegawai \(role)", "--skpd", "DINKES", "--role", role,
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let logged = kbk([
            "--db", path, "complaint", "new", "--channel", "sms", "--subject", "Antrean", "--description", "Lama",
            "--name", "Ahmad Fauzi", "--contact", "081234567890",
        ])
        #expect(logged.status == 0, "\(logged.stderr)")
        try Data("date,name\n2026-12-25,Natal\n".utf8).write(to: URL(fileURLWithPath: folder.file("holidays.csv")))
    }

    /// A guarded command, and the roles that may run it.
    struct Case: Sendable, CustomStringConvertible {
        let arguments: [String]
        let allowed: Set<String>
        let action: String
        /// Whether the command changes the database: a viewer, who may change nothing, is refused that.
        var changes = true
        var description: String { arguments.joined(separator: " ") }
    }

    static let registry: Set<String> = ["admin"]
    static let identity: Set<String> = ["admin", "coordinator"]
    static let changes: Set<String> = ["admin", "coordinator", "unit-admin", "officer"]

    static let cases: [Case] = [
        Case(
            arguments: ["skpd", "add", "DLH", "--name", "Dinas LH", "--kind", "agency"], allowed: registry,
            action: "change the registry"),
        Case(arguments: ["skpd", "edit", "DINKES", "--staff", "90"], allowed: registry, action: "change the registry"),
        Case(
            arguments: ["category", "add", "izin", "--name", "Perizinan", "--settle-days", "12"], allowed: registry,
            action: "change the registry"),
        Case(
            arguments: ["holiday", "add", "2026-12-24", "Cuti bersama"], allowed: registry,
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
            allowed: identity, action: "reveal a complainant's identity"),
        Case(
            arguments: ["export", "complaints", "--include-personal-data"], allowed: identity,
            action: "export complainants' personal data", changes: false),
        Case(
            arguments: ["group", "add", "--skpd", "DINKES", "--name", "KBK Sehat"],
            allowed: ["admin", "coordinator", "unit-admin"],
            action: "manage groups, SOPs, improvement actions or IKM surveys"),
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
            if guarded.allowed.contains(role) {
                #expect(result.status == 0, "\(role) \(guarded): \(result.stderr)")
            } else {
                #expect(result.status == 77, "\(role) \(guarded): \(result.stderr)")
                let viewerRefusedAsChange = role == "viewer" && guarded.changes
                let allowed = viewerRefusedAsChange ? RightsMatrixTests.changes : guarded.allowed
                let action = viewerRefusedAsChange ? "change anything" : guarded.action
                let allowedBy = allowed.sorted {
                    RightsMatrixTests.roles.firstIndex(of: $0)! < RightsMatrixTests.roles.firstIndex(of: $1)!
                }.joined(separator: " or ")
                let scope = ["unit-admin", "officer"].contains(role) ? "DINKES" : "the whole government"
                #expect(
                    result.stderr.hasPrefix("Error: r-\(role) (\(role), scope \(scope)) may not \(action)"),
                    "\(role) \(guarded): \(result.stderr)")
                #expect(result.stderr.hasSuffix("; that needs \(allowedBy)\n"), "\(role) \(guarded): \(result.stderr)")
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

    /// A unit-admin or officer acts only for their unit and the units under it; what no unit holds
    /// yet, and every unit at once, belong to the government's desk.
    @Test func unitRolesActOnlyWithinTheirScope() throws {
        #expect(kbk(["--db", path, "skpd", "add", "DLH", "--name", "Dinas LH", "--kind", "agency"]).status == 0)
        for (ticket, unit) in [("ADU-2026-00002", "DINKES"), ("ADU-2026-00003", "DLH")] {
            let logged = kbk([
                "--db", path, "complaint", "new", "--channel", "sms", "--subject", "Aduan", "--description", "Isi",
                "--skpd", unit,
            ])
            #expect(logged.stdout.hasPrefix("Logged \(ticket)"), "\(logged.stdout) \(logged.stderr)")
        }
        let desk = "log, hand over or forward a complaint"
        let culture = "manage groups, SOPs, improvement actions or IKM surveys"
        // What each command is refused for, as a unit-admin and as an officer (nil: allowed).
        let cases: [(arguments: [String], unitAdmin: String?, officer: String?)] = [
            (["group", "add", "--skpd", "DINKES", "--name", "KBK Sehat"], nil, culture),
            (["group", "add", "--skpd", "DLH", "--name", "KBK Hijau"], "form a group (DLH)", culture),
            (["complaint", "respond", "ADU-2026-00002", "--message", "Sedang ditangani"], nil, nil),
            (
                ["complaint", "respond", "ADU-2026-00003", "--message", "Bukan urusan kami"],
                "act on ADU-2026-00003 (DLH)", "act on ADU-2026-00003 (DLH)"
            ),
            (["complaint", "verify", "ADU-2026-00001", "--skpd", "DLH"], "hand over ADU-2026-00001 (DLH)", desk),
            (["complaint", "verify", "ADU-2026-00001", "--skpd", "DINKES"], nil, desk),
            (
                ["complaint", "reject", "ADU-2026-00002", "--reason", "duplicate"], "reject a complaint",
                "reject a complaint"
            ),
            (
                ["complaint", "new", "--channel", "sms", "--subject", "S", "--description", "D"],
                "log a complaint (no unit yet)", desk
            ),
            (
                ["complaint", "autoclose"], "close every unit's answered complaints (no unit yet)",
                "close every unit's answered complaints (no unit yet)"
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
                            "Error: r-\(role) (\(role), scope DINKES) may not \(refusal); that needs "),
                        "\(role) \(arguments): \(result.stderr)")
                    #expect(snapshot(copy) == before)
                } else {
                    #expect(result.status == 0, "\(role) \(arguments): \(result.stderr)")
                }
            }
        }
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
        // Government-wide roles act for every unit.
        #expect(
            kbk(["--db", path, "group", "add", "--skpd", "DLH", "--name", "KBK Hijau"], login: "r-coordinator").status
                == 0)
    }
}
