import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

@Suite struct BackupTests {
    @Test func backupCopiesEverything() throws {
        let folder = TemporaryFolder()
        let source = try Connection(path: folder.file("source.sqlite"))
        try source.execute("CREATE TABLE t (x INTEGER, note TEXT)")
        let insert = try source.prepare("INSERT INTO t VALUES (?, ?)")
        try source.transaction {
            for x in 1...5_000 { try insert.execute([x, "catatan \(x)"]) }
        }
        try source.backup(to: folder.file("copy.sqlite"))
        let copy = try Connection(path: folder.file("copy.sqlite"), mode: .readOnly)
        #expect(try copy.scalar("SELECT count(*), sum(x) FROM t") == .integer(5_000))
        #expect(try copy.scalar("SELECT sum(x) FROM t") == .integer(5_000 * 5_001 / 2))
        #expect(try copy.integrityCheck().isEmpty)
    }

    /// A writer keeps two tables in step, one row each per transaction; any copy taken at a
    /// consistent point has equal counts.
    @Test func backupIsConsistentWhileAnotherConnectionWrites() throws {
        let folder = TemporaryFolder()
        let path = folder.file("busy-source.sqlite")
        let setup = try Connection(path: path)
        try setup.execute("CREATE TABLE a (x INTEGER); CREATE TABLE b (x INTEGER);")
        let insertA = try setup.prepare("INSERT INTO a VALUES (?)")
        let insertB = try setup.prepare("INSERT INTO b VALUES (?)")
        try setup.transaction {
            for x in 0..<20_000 {
                try insertA.execute([x])
                try insertB.execute([x])
            }
        }

        let writer = BackgroundWriter(path: path)
        writer.start()
        defer { writer.finish() }
        writer.waitForCommits(20)

        let reader = try Connection(path: path)
        for round in 0..<5 {
            let copyPath = folder.file("copy-\(round).sqlite")
            try reader.backup(to: copyPath)
            let copy = try Connection(path: copyPath, mode: .readOnly)
            #expect(try copy.integrityCheck().isEmpty)
            let a = try #require(try copy.scalar("SELECT count(*) FROM a")?.intValue)
            let b = try #require(try copy.scalar("SELECT count(*) FROM b")?.intValue)
            #expect(a == b)
            #expect(a >= 20_000)
        }
        #expect(writer.commits > 20)
    }
}
