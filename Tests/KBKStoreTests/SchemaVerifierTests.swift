import KBKDomain
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

@Suite struct SchemaVerifierTests {
    /// The checked-in fingerprints are those of the schemas the embedded migrations make; when a
    /// migration is added this fails and prints the file to check in.
    @Test func checkedInFingerprintsMatchTheMigrations() throws {
        let verifier = SchemaVerifier()
        var computed: [Int: String] = [:]
        for migration in verifier.migrator.migrations {
            computed[migration.version] = SchemaVerifier.fingerprint(try verifier.reference(upTo: migration.version))
        }
        if computed != SchemaFingerprints.byVersion {
            let lines = computed.keys.sorted().map { "        \($0): \"\(computed[$0]!)\"," }.joined(separator: "\n")
            Issue.record(
                """
                Sources/KBKStore/SchemaFingerprints.swift is out of date; its table should be:
                    public static let byVersion: [Int: String] = [
                \(lines)
                    ]
                """)
        }
    }

    /// A new database made by the store, at a path of its own.
    static func freshDatabase(_ folder: TemporaryFolder) throws -> String {
        let path = folder.file("kbk.sqlite")
        _ = try Store(path: path, mode: .createIfMissing, actor: Actor("tester"), clock: { fixedNow })
        return path
    }

    @Test func aFreshDatabaseHasNoDifferences() throws {
        let folder = TemporaryFolder()
        let path = try Self.freshDatabase(folder)
        let (status, differences) = try SchemaVerifier().check(databaseAt: path)
        #expect(status.pending.isEmpty && status.schemaVersion == Migration.embedded.last?.version)
        #expect(differences.isEmpty)
    }

    @Test func everyKindOfDriftIsNamed() throws {
        func drifted(_ sql: String) throws -> [SchemaDifference] {
            let folder = TemporaryFolder()
            let path = try Self.freshDatabase(folder)
            // Changed around kbk, as another program would.
            try Connection(path: path).execute(sql)
            return try SchemaVerifier().check(databaseAt: path).differences
        }
        #expect(
            try drifted(
                "CREATE TABLE stolen (name TEXT); CREATE TRIGGER copy_names AFTER INSERT ON complaint BEGIN INSERT INTO stolen VALUES (NEW.complainant_name); END;"
            )
                == [.extra(type: "table", name: "stolen"), .extra(type: "trigger", name: "copy_names")])
        #expect(try drifted("DROP INDEX complaint_status") == [.missing(type: "index", name: "complaint_status")])
        #expect(
            try drifted("DROP TRIGGER audit_log_no_update") == [.missing(type: "trigger", name: "audit_log_no_update")])
        #expect(
            try drifted(
                "DROP TRIGGER complaint_no_delete; CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint BEGIN SELECT 1; END;"
            )
                == [.changed(type: "trigger", name: "complaint_no_delete")])
        let dropped = try drifted("DROP TABLE ikm_survey")
        #expect(dropped.contains(.missing(type: "table", name: "ikm_survey")), "\(dropped)")
        #expect(dropped.allSatisfy { if case .missing = $0 { true } else { false } }, "\(dropped)")
        #expect(try drifted("DELETE FROM kbk_migrations WHERE version = 3") == [.migrationRowMissing(version: 3)])
    }
}
