import Foundation
import KBKDomain
import KBKFiles
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKStore

func makeStore(_ path: String = ":memory:", actor: String = "tester", mode: Store.OpenMode = .createIfMissing) throws
    -> Store
{
    try Store(path: path, mode: mode, actor: Actor(actor), clock: { fixedNow })
}

@Suite struct StoreTests {
    @Test func aNewDatabaseFileIsPrivateAndSoIsItsNewFolder() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kabupaten/data/kbk.sqlite")
        let store = try makeStore(path)
        #expect(store.wasCreated)
        #expect(try permissions(of: path) == 0o600)
        #expect(try permissions(of: folder.file("kabupaten/data")) == 0o700)
        #expect(try permissions(of: folder.file("kabupaten")) == 0o700)
    }

    @Test func openingAnExistingDatabaseDoesNotCreateOne() throws {
        let folder = TemporaryFolder()
        #expect(throws: StoreError.databaseMissing(path: folder.file("none.sqlite"))) {
            try makeStore(folder.file("none.sqlite"), mode: .existing)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.sqlite")))
    }

    @Test func migrationsAreAudited() throws {
        let store = try makeStore(actor: "admin.organisasi")
        let entries = try store.auditLog.entries()
        // Every migration, then the login that made the database registered as its first admin.
        #expect(entries.count == Migration.embedded.count + 1)
        #expect(
            entries.first?.summary == "registered admin.organisasi as the first admin: the database had no officials")
        #expect(
            entries.dropFirst().allSatisfy {
                $0.action == "migrate" && $0.actor == "admin.organisasi" && $0.at == fixedNow
            })
    }

    @Test func aChangeWithoutAnAuditEntryIsRolledBack() throws {
        let store = try makeStore()
        try store.connection.execute("CREATE TABLE note (x TEXT)")
        #expect(throws: StoreError.unauditedChange) {
            try store.write { transaction in try transaction.connection.run("INSERT INTO note VALUES ('silent')") }
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM note") == .integer(0))
        try store.write { transaction in
            try transaction.connection.run("INSERT INTO note VALUES ('recorded')")
            try transaction.audit(AuditRecord(.create, .database, id: "note", "added a note"))
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM note") == .integer(1))
    }

    @Test func theAuditTrailIsAppendOnly() throws {
        let store = try makeStore()
        let update = try #require(throws: DatabaseError.self) {
            try store.connection.run("UPDATE audit_log SET actor = 'someone else'")
        }
        #expect(update.kind == .constraint(.trigger))
        #expect(update.message.contains("append-only"))
        #expect(throws: DatabaseError.self) { try store.connection.run("DELETE FROM audit_log") }
        #expect(try store.auditLog.count() == Migration.embedded.count + 1)
    }

    @Test func auditEntriesFilterAndComeNewestFirst() throws {
        var now = fixedNow
        let store = try Store(path: ":memory:", mode: .createIfMissing, actor: Actor("siti"), clock: { now })
        for day in 1...5 {
            now = Timestamp(secondsSinceEpoch: fixedNow.secondsSinceEpoch + Int64(day) * 86_400)
            try store.write { try $0.audit(AuditRecord(.update, .database, id: "d\(day)", "hari ke-\(day) 🗓")) }
        }
        let all = try store.auditLog.entries()
        #expect(all.map(\.id) == all.map(\.id).sorted(by: >))
        #expect(try store.auditLog.entries(AuditFilter(entityID: "d3")).map(\.summary) == ["hari ke-3 🗓"])
        #expect(try store.auditLog.entries(AuditFilter(actor: "siti")).count == Migration.embedded.count + 1 + 5)
        #expect(try store.auditLog.entries(AuditFilter(actor: "budi")).isEmpty)
        let since = Timestamp(secondsSinceEpoch: fixedNow.secondsSinceEpoch + 4 * 86_400)
        #expect(try store.auditLog.entries(AuditFilter(since: since)).compactMap(\.entityID) == ["d5", "d4"])
        #expect(try store.auditLog.entries(AuditFilter(entityKind: .database, limit: 2)).count == 2)
    }

    @Test func backupRefusesToOverwriteUnlessAsked() throws {
        let folder = TemporaryFolder()
        let store = try makeStore(folder.file("kbk.sqlite"))
        let target = folder.file("copy.sqlite")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: target))
        #expect(throws: FileError(path: target, reason: .exists)) { try store.backup(to: target, overwrite: false) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
        try store.backup(to: target, overwrite: true)
        #expect(try permissions(of: target) == 0o600)
        let copy = try Connection(path: target, mode: .readOnly)
        #expect(try copy.integrityCheck().isEmpty)
        #expect(try store.auditLog.entries(AuditFilter(limit: 1)).first?.action == "backup")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!left.contains { $0.hasSuffix(".tmp") || $0.contains(".tmp-") }, "\(left)")
    }

    @Test func healthCheckFindsADamagedFile() throws {
        let folder = TemporaryFolder()
        let path = folder.file("damaged.sqlite")
        #expect(try makeStore(path).wasCreated)
        #expect(try DatabaseHealth.check(path: path).isSound)
        try damageDatabase(at: path)
        let report = try DatabaseHealth.check(path: path)
        #expect(!report.isSound)
    }
}
