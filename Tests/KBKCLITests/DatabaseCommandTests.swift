import Foundation
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

@Suite struct InitCommandTests {
    @Test func initCreatesAPrivateDatabaseAndTheSecondRunChangesNothing() throws {
        let folder = TemporaryFolder()
        let path = folder.file("pemda/kbk.sqlite")
        let first = kbk(["--db", path, "init"])
        #expect(first.status == 0)
        let count = Migration.embedded.count
        #expect(first.stdout.hasPrefix("Created database \(path) (schema version \(count), \(count) migrations).\n"))
        #expect(try permissions(of: path) == 0o600)
        #expect(try permissions(of: folder.file("pemda")) == 0o700)
        let before = snapshot(path)
        let second = kbk(["--db", path, "init"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("already up to date"))
        #expect(second.stdout.contains("nothing changed"))
        #expect(snapshot(path) == before)
    }

    @Test func initReportsInJSON() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        let result = kbk(["--db", path, "--format", "json", "init"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["created"] as? Bool == true)
        #expect(object["schema_version"] as? Int == Migration.embedded.last?.version)
        #expect((object["applied"] as? [String])?.count == Migration.embedded.count)
    }

    @Test func theDatabaseLocationFollowsOptionEnvironmentAndXDG() throws {
        let folder = TemporaryFolder()
        #expect(kbk(["init"], environment: ["KBK_DB": folder.file("env.sqlite")]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("env.sqlite")))
        #expect(kbk(["init"], environment: ["XDG_DATA_HOME": folder.file("xdg")]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("xdg/kbk/kbk.sqlite")))
        #expect(kbk(["init"], environment: ["HOME": folder.file("home")]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("home/.local/share/kbk/kbk.sqlite")))
    }

    @Test func aDatabaseFromANewerKbkIsRefusedWithExit78() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        try Connection(path: path).run(
            "INSERT INTO kbk_migrations (version, name, checksum, applied_at) VALUES (9000, '9000_from_the_future.sql', 'x', '2030-01-01T00:00:00Z')"
        )
        for command in [["init"], ["audit"], ["check"], ["backup", folder.file("b.sqlite")]] {
            let result = kbk(["--db", path] + command)
            #expect(result.status == 78, "\(command)")
            #expect(result.stderr.contains("9000_from_the_future.sql"))
            #expect(result.stderr.contains("upgrade kbk"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("b.sqlite")))
    }

    @Test func aDatabaseWithAnEditedMigrationIsRefusedWithExit78() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        try Connection(path: path).run("UPDATE kbk_migrations SET checksum = 'tampered' WHERE version = 1")
        let result = kbk(["--db", path, "init"])
        #expect(result.status == 78)
        #expect(
            result.stderr.hasPrefix("Error: migration \(Migration.embedded[0].name) applied to this database differs"))
        #expect(kbk(["--db", path, "check"]).status == 78)
    }

    @Test func aFileThatIsNotADatabaseIsADataError() throws {
        let folder = TemporaryFolder()
        let path = folder.file("notes.txt")
        try Data(String(repeating: "bukan basis data\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        let result = kbk(["--db", path, "init"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("Error: database \(path) is damaged or not a kbk database"))
        #expect(kbk(["--db", path, "check"]).status == 65)
    }
}

@Suite struct CheckCommandTests {
    @Test func aHealthyDatabasePasses() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        let result = kbk(["--db", path, "check"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Integrity"))
        #expect(result.stdout.contains("audit_log"))
        #expect(result.stdout.hasSuffix("Healthy.\n"))
        let json = kbk(["--db", path, "check", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["healthy"] as? Bool == true)
        #expect((object["tables"] as? [String: Int])?["audit_log"] == Migration.embedded.count + 1)
        #expect((object["pending_migrations"] as? [String])?.isEmpty == true)
    }

    @Test func aMissingDatabaseIsNoInput() {
        let folder = TemporaryFolder()
        let result = kbk(["--db", folder.file("absent.sqlite"), "check"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("kbk init"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("absent.sqlite")))
    }

    @Test func aDamagedDatabaseFails() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        try damageDatabase(at: path)
        let result = kbk(["--db", path, "check"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("Error: database \(path) is not healthy"))
        #expect(!result.stdout.contains("Healthy."))
    }

    @Test func brokenReferencesFail() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        do {
            let db = try Connection(path: path)
            try db.execute(
                """
                CREATE TABLE parent (id INTEGER PRIMARY KEY);
                CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parent(id));
                PRAGMA foreign_keys = OFF;
                INSERT INTO child VALUES (1, 42);
                """)
        }
        let result = kbk(["--db", path, "check"])
        #expect(result.status == 65)
        #expect(result.stdout.contains("child rowid 1 → parent"))
    }
}

@Suite struct BackupCommandTests {
    @Test func backupRefusesAnExistingFileWithoutForce() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        let target = folder.file("copy.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        try Data("lama".utf8).write(to: URL(fileURLWithPath: target))
        let refused = kbk(["--db", path, "backup", target])
        #expect(refused.status == 73)
        #expect(refused.stderr == "Error: \(target) already exists; add --force to overwrite it\n")
        #expect(FileManager.default.contents(atPath: target) == Data("lama".utf8))
        let forced = kbk(["--db", path, "backup", target, "--force"])
        #expect(forced.status == 0)
        #expect(try permissions(of: target) == 0o600)
        let audit = kbk(["--db", path, "audit", "--limit", "1", "--format", "csv"])
        #expect(audit.stdout.contains(",\(testLogin),backup,database,,copied the database to \(target)"))
    }

    @Test func backupRefusesToOverwriteTheDatabaseItself() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        let before = snapshot(path)
        let result = kbk(["--db", path, "backup", folder.path + "/./kbk.sqlite", "--force"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("is the database itself"))
        #expect(snapshot(path) == before)
        #expect(kbk(["--db", path, "backup", ""]).status == 64)
    }

    @Test func backupOfAMissingDatabaseIsNoInput() {
        let folder = TemporaryFolder()
        #expect(kbk(["--db", folder.file("none.sqlite"), "backup", folder.file("b.sqlite")]).status == 66)
    }

    @Test func backupIntoAMissingFolderCannotCreate() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        try Data().write(to: URL(fileURLWithPath: folder.file("plainfile")))
        let result = kbk(["--db", path, "backup", folder.file("plainfile/sub/copy.sqlite")])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("Error: cannot create"))
    }

    /// Another connection commits pairs of rows while `kbk backup` runs; each copy must hold whole pairs.
    @Test func backupIsConsistentWhileAnotherConnectionWrites() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        // Pairs go into two of kbk's own tables: a table of the test's would be a schema kbk refuses.
        let pair = [
            "INSERT INTO import_key (kind, source, target) VALUES ('a', ?1, '')",
            "INSERT INTO import_key (kind, source, target) VALUES ('b', ?1, '')",
        ]
        let setup = try Connection(path: path)
        try setup.transaction {
            for x in 0..<20_000 { for statement in pair { try setup.run(statement, x) } }
        }
        let writer = BackgroundWriter(path: path, statements: pair)
        writer.start()
        defer { writer.finish() }
        writer.waitForCommits(10)
        for round in 0..<3 {
            let target = folder.file("copy-\(round).sqlite")
            let result = kbk(["--db", path, "backup", target])
            #expect(result.status == 0, "\(result.stderr)")
            let copy = try Connection(path: target, mode: .readOnly)
            #expect(try copy.integrityCheck().isEmpty)
            #expect(
                try copy.scalar("SELECT count(*) FROM import_key WHERE kind = 'a'")
                    == copy.scalar("SELECT count(*) FROM import_key WHERE kind = 'b'"))
        }
        #expect(writer.commits > 10)
    }
}

@Suite struct AuditCommandTests {
    @Test func auditListsFiltersAndSpeaksCSVAndJSON() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        #expect(
            kbk(["--db", path, "skpd", "add", "SETDA", "--name", "Sekretariat Daerah", "--kind", "secretariat"]).status
                == 0)
        for (login, nip) in [("siti", "198609262015051001"), ("budi", "197001011995031002")] {
            let added = kbk([
                "--db", path, "official", "add", "--login", login, "--nip", nip, "--name", login, "--skpd", "SETDA",
                "--role", "admin",
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
        #expect(kbk(["--db", path, "backup", folder.file("b1.sqlite")], login: "siti").status == 0)
        #expect(kbk(["--db", path, "backup", folder.file("b2.sqlite")], login: "budi").status == 0)

        let table = kbk(["--db", path, "audit"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("ID  Time"))
        #expect(table.stdout.contains("2026-11-18T18:06:40+07:00"))

        let csv = kbk(["--db", path, "audit", "--format", "csv", "--actor", "budi"])
        #expect(csv.stdout.hasPrefix("id,at,actor,action,entity_kind,entity_id,summary,on_behalf_of\r\n"))
        #expect(csv.stdout.split(separator: "\r\n").count == 2)

        let json = kbk([
            "--db", path, "--tz", "WITA", "audit", "--format", "json", "--entity", "database", "--since", "2026-11-18",
        ])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == Migration.embedded.count + 2) // the migrations and the two backups
        #expect(rows.first?["actor"] as? String == "budi")
        #expect(rows.first?["at"] as? String == "2026-11-18T19:06:40+08:00")
        #expect(rows.last?["action"] as? String == "migrate")

        let later = kbk(["--db", path, "audit", "--since", "2026-11-19", "--format", "json"])
        #expect(later.stdout == "[]\n")
        let empty = kbk(["--db", path, "audit", "--actor", "nobody"])
        #expect(empty.status == 0)
        #expect(empty.stdout == "No entries.\n")
        #expect(kbk(["--db", path, "audit", "--id", "1", "--format", "csv"]).stdout.contains("applied 0001_"))
    }

    @Test func auditNeedsAnExistingDatabase() {
        let folder = TemporaryFolder()
        #expect(kbk(["--db", folder.file("none.sqlite"), "audit"]).status == 66)
    }
}
