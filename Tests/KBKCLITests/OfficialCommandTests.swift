import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

/// `kbk official`: the registry of who uses kbk. (Who acts, and what each role may do, are the
/// next step of issue 14; this is the registry they will read.)
@Suite struct OfficialCommandTests {
    let folder = TemporaryFolder()
    let path: String

    init() throws {
        path = folder.file("officials.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        for (code, kind) in [("SETDA", "secretariat"), ("DINKES", "agency"), ("LAMA", "agency")] {
            #expect(kbk(["--db", path, "skpd", "add", code, "--name", "Unit \(code)", "--kind", kind]).status == 0)
        }
        #expect(kbk(["--db", path, "skpd", "deactivate", "LAMA", "--on", "2026-01-01"]).status == 0)
        let admin = kbk([
            "--db", path, "official", "add", "--login", "bagor", "--nip", "197001011995031002", "--name",
            "Bagian Organisasi", "--skpd", "SETDA", "--role", "admin",
        ])
        #expect(admin.status == 0, "\(admin.stderr)")
    }

    func add(_ login: String, role: String, unit: String = "DINKES", nip: String = "198609262015051001") -> CLIResult {
        kbk([
            "--db", path, "official", "add", "--login", login, "--nip", nip, "--name", "Pegawai \(login)", "--skpd",
            unit,
            "--role", role,
        ])
    }

    @Test func anOfficialIsRegisteredShownEditedAndDeactivated() throws {
        #expect(add("siti", role: "unit-admin").stdout == "Registered siti as unit administrator of DINKES.\n")
        let shown = kbk(["--db", path, "official", "show", "siti", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(object["role"] as? String == "unit-admin")
        #expect(object["government_wide"] as? Bool == false)
        #expect(object["skpd"] as? String == "DINKES")
        #expect(
            kbk(["--db", path, "official", "show", "siti"]).stdout.contains("Scope     DINKES and the units under it"))
        let edited = kbk([
            "--db", path, "official", "edit", "siti", "--role", "coordinator", "--email", "siti@dinkes.go.id",
        ])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(kbk(["--db", path, "official", "deactivate", "siti"]).status == 0)
        #expect(kbk(["--db", path, "official", "list"]).stdout.contains("siti") == false)
        #expect(kbk(["--db", path, "official", "list", "--all"]).stdout.contains("deactivated on"))
        // The login is free again: one *active* official per login.
        #expect(add("siti", role: "officer").status == 0)
        let audit = kbk(["--db", path, "audit", "--entity", "official", "--format", "csv"]).stdout
        #expect(audit.contains("registered siti (Pegawai siti, NIP 198609262015051001) as unit-admin of DINKES"))
        #expect(audit.contains("edited official siti: role unit-admin → coordinator; e-mail - → siti@dinkes.go.id"))
        #expect(audit.contains("deactivated official siti"))
        let db = try Connection(path: path, mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM official WHERE login = 'siti'")?.intValue == 2)
        #expect(kbk(["--db", path, "audit", "verify"]).status == 0)
    }

    @Test(arguments: [
        (["--login", "Siti"], 64, "login 'Siti' is not valid"),
        (["--login", "-x"], 64, "is not valid"),
        (["--login", String(repeating: "a", count: 33)], 64, "is not valid"),
        (["--nip", "12345"], 65, "NIP '12345' is not valid"),
        (["--role", "bupati"], 64, "role 'bupati' is not allowed"),
        (["--email", "siti at dinkes"], 64, "email 'siti at dinkes' is not valid"),
        (["--skpd", "TIDAKADA"], 65, "TIDAKADA"),
        (["--skpd", "LAMA"], 65, "unit LAMA is deactivated"),
        (["--login", "bagor"], 65, "official 'bagor' exists already"),
    ])
    func aBadRegistrationIsRefusedAndChangesNothing(_ change: [String], _ code: Int32, _ message: String) throws {
        var options = [
            "--login": "siti", "--nip": "198609262015051001", "--name": "Siti", "--skpd": "DINKES", "--role": "officer",
            "--email": "siti@dinkes.go.id",
        ]
        options[change[0]] = change[1]
        let before = snapshot(path)
        let result = kbk(
            ["--db", path, "official", "add"] + options.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
        #expect(result.status == code, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(snapshot(path) == before)
    }

    @Test func theLastActiveAdminStays() throws {
        // The login that made the database is its first admin; bagor is the second.
        #expect(kbk(["--db", path, "official", "deactivate", "bagor"]).status == 0)
        for command in [["official", "deactivate", testLogin], ["official", "edit", testLogin, "--role", "viewer"]] {
            let before = snapshot(path)
            let result = kbk(["--db", path] + command)
            #expect(result.status == 65)
            #expect(
                result.stderr == "Error: \(testLogin) is the last active admin; make another official admin first\n")
            #expect(snapshot(path) == before)
        }
        #expect(add("dewi", role: "admin", unit: "SETDA", nip: "199001012019032002").status == 0)
        #expect(kbk(["--db", path, "official", "edit", testLogin, "--role", "viewer"]).status == 0)
        #expect(kbk(["--db", path, "official", "deactivate", "dewi"], login: "dewi").status == 65)
    }

    @Test func theDatabaseItselfRefusesTwoActiveOfficialsWithOneLogin() throws {
        let db = try Connection(path: path, mode: .readWrite)
        #expect(throws: (any Error).self) {
            try db.execute(
                """
                INSERT INTO official (login, nip, name, skpd_id, role, created_at)
                VALUES ('bagor', '197001011995031002', 'Dua', 1, 'viewer', '2026-11-18T00:00:00Z')
                """)
        }
        #expect(throws: (any Error).self) {
            try db.execute(
                """
                INSERT INTO official (login, nip, name, skpd_id, role, created_at)
                VALUES ('baru', '197001011995031002', 'Baru', 1, 'bupati', '2026-11-18T00:00:00Z')
                """)
        }
    }
}

/// `--on-behalf-of`: a paper record entered for another official.
@Suite struct OnBehalfOfTests {
    let folder = TemporaryFolder()
    let path: String

    init() throws {
        path = folder.file("behalf.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        for code in ["DINKES", "DLH"] {
            #expect(kbk(["--db", path, "skpd", "add", code, "--name", "Unit \(code)", "--kind", "agency"]).status == 0)
        }
        for (login, unit, role, nip) in [
            ("siti", "DINKES", "unit-admin", "198609262015051001"), ("budi", "DLH", "officer", "197001011995031002"),
            ("ani", "DINKES", "officer", "199001012019032002"),
        ] {
            let added = kbk([
                "--db", path, "official", "add", "--login", login, "--nip", nip, "--name", login, "--skpd", unit,
                "--role", role,
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
    }

    @Test func theEventCarriesTheOfficialAndTheAuditEntryNamesBoth() throws {
        // The admin enters a letter the DINKES desk received on paper.
        let logged = kbk([
            "--db", path, "--on-behalf-of", "siti", "complaint", "new", "--channel", "letter", "--subject", "Surat",
            "--description", "Surat dari warga", "--skpd", "DINKES",
        ])
        #expect(logged.status == 0, "\(logged.stderr)")
        let db = try Connection(path: path, mode: .readOnly)
        #expect(try db.scalar("SELECT actor FROM complaint_event ORDER BY id LIMIT 1")?.stringValue == "siti")
        let audit = kbk(["--db", path, "audit", "--entity", "complaint", "--format", "csv"]).stdout
        #expect(audit.contains(",\(testLogin),create,complaint,"), "\(audit)")
        #expect(audit.hasSuffix(",siti\r\n"), "\(audit)")
        #expect(kbk(["--db", path, "audit", "verify"]).status == 0)
    }

    @Test func outsideTheScopeOrForNobodyIsRefused() throws {
        let before = snapshot(path)
        let other = kbk(["--db", path, "--on-behalf-of", "budi", "skpd", "list"], login: "siti")
        #expect(other.status == 77)
        #expect(
            other.stderr
                == "Error: siti (unit administrator, scope DINKES) may not act on behalf of budi (DLH); that needs "
                + "coordinator or administrator, or unit administrator of DLH or of a unit above it\n")
        let officer = kbk(["--db", path, "--on-behalf-of", "siti", "skpd", "list"], login: "ani")
        #expect(officer.status == 77)
        let nobody = kbk(["--db", path, "--on-behalf-of", "nobody", "skpd", "list"], login: "siti")
        #expect(nobody.status == 66 || nobody.status == 65, "\(nobody.stderr)")
        let stranger = kbk(["--db", path, "skpd", "list"], login: "stranger")
        #expect(stranger.status == 77)
        #expect(stranger.stderr.hasPrefix("Error: login 'stranger' is not an active official of \(path)"))
        #expect(snapshot(path) == before)
    }

    @Test func theOfficialActedForMustBeAllowedWhatIsRecorded() throws {
        let before = snapshot(path)
        // The first admin may change the registry, but not in the name of a unit-admin.
        let unit = kbk([
            "--db", path, "--on-behalf-of", "siti", "skpd", "add", "BPBD", "--name", "B", "--kind", "board",
        ])
        #expect(unit.status == 77)
        #expect(
            unit.stderr.hasPrefix("Error: siti (unit administrator, scope DINKES) may not change the registry"),
            "\(unit.stderr)")
        // Nor record, in the name of the DINKES unit-admin, a group of DLH, nor any group for an officer.
        let group = kbk(["--db", path, "--on-behalf-of", "siti", "group", "add", "--skpd", "DLH", "--name", "KBK"])
        #expect(group.status == 77)
        #expect(
            group.stderr.hasPrefix("Error: siti (unit administrator, scope DINKES) may not form a group (DLH)"),
            "\(group.stderr)")
        let officer = kbk(["--db", path, "--on-behalf-of", "ani", "group", "add", "--skpd", "DINKES", "--name", "KBK"])
        #expect(officer.status == 77)
        #expect(
            officer.stderr.hasPrefix("Error: ani (officer, scope DINKES) may not manage groups"), "\(officer.stderr)")
        #expect(snapshot(path) == before)
        let own = kbk(["--db", path, "--on-behalf-of", "siti", "group", "add", "--skpd", "DINKES", "--name", "KBK"])
        #expect(own.status == 0, "\(own.stderr)")
    }
}
