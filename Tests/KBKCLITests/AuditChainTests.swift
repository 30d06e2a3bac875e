import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKStore

/// The audit trail's hash chain against someone with the `sqlite3` shell and the file: an entry
/// edited, deleted, moved, or written without a hash is named by `check` and `audit verify` (65),
/// with the triggers put back exactly so that the schema itself looks untouched; a chain rewritten
/// whole verifies (there is no secret) but no longer holds a head printed before.
@Suite struct AuditChainTests {
    let folder = TemporaryFolder()
    let path: String

    init() throws {
        path = folder.file("audit.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        for code in ["DPUPR", "DINKES", "DLH", "BPBD"] {
            #expect(kbk(["--db", path, "skpd", "add", code, "--name", "Unit \(code)", "--kind", "agency"]).status == 0)
        }
        #expect(kbk(["--db", path, "holiday", "add", "2026-12-18", "Libur daerah"]).status == 0)
    }

    /// The trigger statements as the migrations wrote them, to put back after an edit.
    static func triggerSQL(_ name: String) throws -> String {
        var sql = ""
        for file in ["0001_audit_trail.sql", "0008_audit_chain.sql", "0027_honest_clock_and_seals.sql"] {
            let text = try String(
                contentsOf: packageRoot().appendingPathComponent("Migrations/\(file)"), encoding: .utf8)
            if let start = text.range(of: "CREATE TRIGGER \(name) "),
                let end = text.range(of: "END;", range: start.upperBound..<text.endIndex)
            {
                sql = String(text[start.lowerBound..<end.upperBound])
            }
        }
        #expect(!sql.isEmpty, "no trigger \(name)")
        return sql
    }

    func sqlite3(_ sql: String) throws {
        let result = try runProcess("/usr/bin/sqlite3", [path, sql])
        #expect(result.status == 0, "\(sql): \(result.stderr)")
    }

    /// Runs `sql` with both guarding triggers dropped, then puts them back as they were.
    func tamper(_ sql: String) throws {
        let update = try AuditChainTests.triggerSQL("audit_log_no_update")
        let delete = try AuditChainTests.triggerSQL("audit_log_no_delete")
        try sqlite3("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; \(sql); \(update) \(delete)")
    }

    func head() throws -> (entries: Int, hash: String) {
        let db = try Connection(path: path, mode: .readOnly)
        let count = try db.scalar("SELECT count(*) FROM audit_log")?.intValue ?? 0
        let hash = try db.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")?.stringValue ?? ""
        return (count, hash)
    }

    func expectBroken(at entry: Int, _ reason: String = "does not match its hash") throws {
        for command in [["check"], ["audit", "verify"]] {
            let result = kbk(["--db", path] + command)
            #expect(result.status == 65, "\(command): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: audit entry \(entry) "), "\(command): \(result.stderr)")
            #expect(result.stderr.contains(reason), "\(command): \(result.stderr)")
        }
        // The database is refused for nothing else: the schema is as the migrations made it.
        #expect(kbk(["--db", path, "skpd", "list"]).status == 0)
    }

    @Test func aCleanTrailVerifiesAndPrintsItsHead() throws {
        let (entries, hash) = try head()
        #expect(entries == Migration.embedded.count + 1 + 4 + 1) // migrations, first admin, units, the holiday
        let check = kbk(["--db", path, "check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("intact: \(entries) entries, head \(hash)"))
        let verify = kbk(["--db", path, "audit", "verify"])
        #expect(verify.stdout == "Audit trail intact: \(entries) entries, head \(hash).\n")
        // Every report pins it.
        let report = kbk(["--db", path, "report", "--period", "2026", "--section", "summary"])
        #expect(
            report.stdout.hasSuffix(
                "\nAudit trail: \(entries) entries, head \(hash) (kbk audit verify --head \(hash))\n"))
        #expect(kbk(["--db", path, "audit", "verify", "--head", hash]).status == 0)
    }

    @Test func theHashIsTheDocumentedEncoding() throws {
        let db = try Connection(path: path, mode: .readOnly)
        let rows = try db.query(
            """
            SELECT at, actor, on_behalf_of, action, entity_kind, entity_id, summary, real_at, seal, hash
            FROM audit_log ORDER BY id
            """
        ) { row in (0..<10).map { row.string(Int32($0)) } }
        var previous = String(repeating: "0", count: 64)
        var sealed = 0
        for row in rows {
            // An entry with a real time or a seal (migration 0027) hashes both under a second tag.
            let extended = row[7] != nil || row[8] != nil
            if extended { sealed += 1 }
            var encoded = (extended ? "kbk-audit-2" : "kbk-audit-1") + "\n\(previous)\n"
            for field in row.prefix(extended ? 9 : 7) {
                encoded += field.map { "\($0.utf8.count):\($0)\n" } ?? "-\n"
            }
            let expected = try sha256sum(encoded)
            #expect(row[9] == expected)
            previous = expected
        }
        #expect(sealed > 0)
    }

    /// SHA-256 by coreutils, not by kbk's own implementation.
    func sha256sum(_ text: String) throws -> String {
        let file = folder.file("encoded-\(UUID().uuidString)")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let result = try runProcess("/usr/bin/sha256sum", [file])
        return String(result.stdout.prefix(64))
    }

    @Test(arguments: [3, 9, 13]) func anEditedEntryIsNamed(_ entry: Int) throws {
        try tamper("UPDATE audit_log SET summary = summary || '.' WHERE id = \(entry)")
        try expectBroken(at: entry)
    }

    @Test func anEditedActorOrTimeIsNamed() throws {
        try tamper("UPDATE audit_log SET actor = 'bupati' WHERE id = 10")
        try expectBroken(at: 10)
        try tamper("UPDATE audit_log SET actor = 'tester', at = '2026-01-01T00:00:00Z' WHERE id = 10")
        try expectBroken(at: 10)
    }

    @Test func aDeletedEntryIsNamedByTheOneAfterIt() throws {
        try tamper("DELETE FROM audit_log WHERE id = 11")
        try expectBroken(at: 12)
    }

    @Test func reorderedEntriesAreNamed() throws {
        // Entries 10 and 11 change places, hashes and all.
        try tamper(
            """
            UPDATE audit_log SET id = -1 WHERE id = 10; UPDATE audit_log SET id = 10 WHERE id = 11;
            UPDATE audit_log SET id = 11 WHERE id = -1
            """)
        try expectBroken(at: 10)
    }

    @Test func anEntryWithoutAHashIsNamed() throws {
        try sqlite3(
            "INSERT INTO audit_log (at, actor, action, entity_kind, summary) VALUES ('2026-11-18T11:00:00Z', 'x', 'update', 'skpd', 'diam-diam')"
        )
        try expectBroken(at: Migration.embedded.count + 7, "has no hash")
    }

    @Test func aRewrittenChainVerifiesButLosesAPrintedHead() throws {
        let printed = try head().hash
        // Edit entry 9 and recompute every hash from it on, as someone who read this code could.
        try tamper("UPDATE audit_log SET summary = 'added unit DPUPR (Dinas yang lain), kind agency' WHERE id = 9")
        let db = try Connection(path: path, mode: .readOnly)
        let rows = try db.query(
            """
            SELECT id, at, actor, on_behalf_of, action, entity_kind, entity_id, summary, real_at, seal
            FROM audit_log ORDER BY id
            """
        ) { row in (row.int64(0) ?? 0, (1..<10).map { row.string(Int32($0)) }) }
        var previous = AuditChain.genesis
        var updates: [String] = []
        for (id, fields) in rows {
            let content = AuditChain.Content(
                at: fields[0]!, actor: fields[1]!, onBehalfOf: fields[2], action: fields[3]!, entityKind: fields[4]!,
                entityID: fields[5], summary: fields[6]!, realAt: fields[7], seal: fields[8])
            previous = AuditChain.hash(content, after: previous)
            updates.append("UPDATE audit_log SET hash = '\(previous)' WHERE id = \(id)")
        }
        try tamper(updates.joined(separator: "; "))
        #expect(kbk(["--db", path, "check"]).status == 0)
        let verify = kbk(["--db", path, "audit", "verify", "--head", printed])
        #expect(verify.status == 65)
        #expect(verify.stderr.hasPrefix("Error: the audit trail does not contain head \(printed)"))
    }

    @Test func aDatabaseFromBeforeTheChainIsSealedWhenItUpgrades() throws {
        let old = folder.file("old.sqlite")
        let sevenMigrations = Migrator(migrations: Migration.embedded.filter { $0.version < 8 })
        // The migrator alone, as kbk before the chain left such a database (no audit entries of its own).
        let db = try Connection.open(old, mode: .readWriteCreate)
        try sevenMigrations.migrate(db, at: fixedNow)
        try db.execute(
            """
            INSERT INTO audit_log (at, actor, action, entity_kind, entity_id, summary) VALUES
              ('2025-01-02T03:04:05Z', 'lama', 'create', 'skpd', 'DPUPR', 'added unit DPUPR'),
              ('2025-01-03T03:04:05Z', 'lama', 'update', 'setting', 'group_size_min', 'set group_size_min from 4 to 5')
            """)
        let check = kbk(["--db", old, "check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stdout.contains("Audit trail"), "no chain before version 8")
        #expect(kbk(["--db", old, "skpd", "list"]).status == 0) // opens, migrates to 8, seals
        let after = try Connection(path: old, mode: .readOnly)
        #expect(try after.scalar("SELECT count(*) FROM audit_log WHERE hash IS NULL")?.intValue == 0)
        #expect(try after.scalar("SELECT count(*) FROM audit_log")?.intValue == 2 + Migration.embedded.count - 7 + 1)
        #expect(
            try after.scalar("SELECT summary FROM audit_log WHERE id = 3")?.stringValue
                == "applied 0008_audit_chain.sql")
        #expect(kbk(["--db", old, "audit", "verify"]).status == 0)
        // The seal is one-way: a hash, once there, cannot be changed, even to the right value again.
        let write = try Connection(path: old, mode: .readWrite)
        #expect(throws: (any Error).self) { try write.execute("UPDATE audit_log SET hash = hash WHERE id = 1") }
        #expect(throws: (any Error).self) { try write.execute("UPDATE audit_log SET hash = NULL WHERE id = 1") }
    }
}
