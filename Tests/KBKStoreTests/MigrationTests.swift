import Foundation
import KBKDigest
import KBKDomain
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKStore

let fixedNow = Timestamp(secondsSinceEpoch: 1_795_000_000)

@Suite struct MigrationTests {
    @Test func aFreshDatabaseGetsEveryMigration() throws {
        let db = try Connection.open(":memory:")
        let applied = try Migrator().migrate(db, at: fixedNow)
        #expect(applied.map(\.name) == Migration.embedded.map(\.name))
        let status = try Migrator().status(of: db)
        #expect(status.pending.isEmpty)
        #expect(status.schemaVersion == Migration.embedded.last?.version)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'audit_log'") == .integer(1))
    }

    @Test func theSecondRunIsANoOp() throws {
        let db = try Connection.open(":memory:")
        try Migrator().migrate(db, at: fixedNow)
        let changesBefore = db.totalChanges
        #expect(try Migrator().migrate(db, at: fixedNow).isEmpty)
        #expect(db.totalChanges == changesBefore)
    }

    @Test func anEditedAppliedMigrationIsRefused() throws {
        let db = try Connection.open(":memory:")
        try Migrator().migrate(db, at: fixedNow)
        let first = try #require(Migration.embedded.first)
        let edited = try Migration(name: first.name, sql: first.sql + "\n-- edited after release\n")
        let migrator = Migrator(migrations: [edited] + Migration.embedded.dropFirst())
        #expect(throws: MigrationError.modified(name: first.name)) { try migrator.migrate(db, at: fixedNow) }
        #expect(try migrator.status(of: db).modified.map(\.name) == [first.name])
    }

    @Test func aMigrationFromANewerKbkIsRefused() throws {
        let db = try Connection.open(":memory:")
        try Migrator().migrate(db, at: fixedNow)
        try db.run(
            "INSERT INTO kbk_migrations (version, name, checksum, applied_at) VALUES (9999, '9999_future.sql', 'x', '2030-01-01T00:00:00Z')"
        )
        #expect(throws: MigrationError.unknown(name: "9999_future.sql")) { try Migrator().migrate(db, at: fixedNow) }
    }

    @Test func aFailingMigrationLeavesTheEarlierOnesAndNothingOfItself() throws {
        let db = try Connection.open(":memory:")
        let good = try Migration(name: "0001_good.sql", sql: "CREATE TABLE good (x INTEGER);")
        let bad = try Migration(
            name: "0002_bad.sql", sql: "CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);")
        #expect(throws: DatabaseError.self) { try Migrator(migrations: [good, bad]).migrate(db, at: fixedNow) }
        let status = try Migrator(migrations: [good, bad]).status(of: db)
        #expect(status.applied.map(\.name) == ["0001_good.sql"])
        #expect(status.pending.map(\.name) == ["0002_bad.sql"])
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'half'") == .integer(0))
    }

    /// Migrations run with foreign keys off (a table rebuild needs it), so each is checked for rows
    /// referring to nothing before it commits; enforcement is back on afterwards, whatever happened.
    @Test func aMigrationLeavingBrokenReferencesIsRolledBack() throws {
        let db = try Connection.open(":memory:")
        let parent = try Migration(
            name: "0001_parent.sql",
            sql: """
                CREATE TABLE parent (id INTEGER PRIMARY KEY);
                CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id));
                INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1);
                """)
        // Rebuilt the right way, keeping the parent rows: fine.
        let rebuild = try Migration(
            name: "0002_rebuild.sql",
            sql: """
                CREATE TEMP TABLE kept AS SELECT * FROM parent; DROP TABLE parent;
                CREATE TABLE parent (id INTEGER PRIMARY KEY, note TEXT); INSERT INTO parent (id) SELECT id
                FROM temp.kept; DROP TABLE temp.kept;
                """)
        let losing = try Migration(
            name: "0003_losing.sql", sql: "DROP TABLE parent; CREATE TABLE parent (id INTEGER PRIMARY KEY);")
        try Migrator(migrations: [parent, rebuild]).migrate(db, at: fixedNow)
        #expect(throws: MigrationError.brokenReferences(name: "0003_losing.sql", table: "child")) {
            try Migrator(migrations: [parent, rebuild, losing]).migrate(db, at: fixedNow)
        }
        #expect(
            try Migrator(migrations: [parent, rebuild, losing]).status(of: db).pending.map(\.name) == [
                "0003_losing.sql"
            ])
        #expect(try db.scalar("SELECT count(*) FROM parent")?.intValue == 1)
        #expect(try db.scalar("PRAGMA foreign_keys")?.intValue == 1)
    }

    @Test(arguments: ["1_x.sql", "0001-x.sql", "0000_zero.sql", "0001_x.txt", "abcd_x.sql"])
    func badMigrationNamesAreRefused(_ name: String) {
        #expect(throws: MigrationError.badName(name)) { try Migration(name: name, sql: "") }
    }

    /// Every file in Migrations/ is compiled into the binary, byte for byte, and nothing else is.
    @Test func everyMigrationFileIsEmbedded() throws {
        let folder = packageRoot().appendingPathComponent("Migrations")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }
            .sorted()
        #expect(!names.isEmpty)
        #expect(Migration.embedded.map(\.name) == names)
        for name in names {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(
                Migration.embedded.first { $0.name == name }?.sql == onDisk, "\(name) differs from its embedded copy")
            // The checksum the build tool embedded is the file's SHA-256.
            #expect(Migration.embedded.first { $0.name == name }?.checksum == SHA256.hexDigest(onDisk), "\(name)")
        }
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func checksumsAreSHA256(_ text: String, _ expected: String) throws {
        #expect(try Migration(name: "0001_x.sql", sql: text).checksum == expected)
    }
}
