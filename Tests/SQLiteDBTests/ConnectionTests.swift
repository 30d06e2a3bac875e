import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

@Suite struct ConnectionTests {
    @Test func openingAppliesTheConnectionSettings() throws {
        let folder = TemporaryFolder()
        let db = try Connection(path: folder.file("a.sqlite"))
        #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(try db.scalar("PRAGMA synchronous") == .integer(2)) // NORMAL
    }

    @Test func openingAMissingFileWithoutCreateFails() throws {
        let folder = TemporaryFolder()
        let error = try #require(throws: SQLiteError.self) {
            try Connection(path: folder.file("missing.sqlite"), mode: .readWrite)
        }
        #expect(error.isCannotOpen)
        #expect(!FileManager.default.fileExists(atPath: folder.file("missing.sqlite")))
    }

    @Test func aReadOnlyConnectionCannotWrite() throws {
        let folder = TemporaryFolder()
        let path = folder.file("ro.sqlite")
        try Connection(path: path).execute("CREATE TABLE t (x INTEGER)")
        let reader = try Connection(path: path, mode: .readOnly)
        #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(0))
        let error = try #require(throws: SQLiteError.self) { try reader.run("INSERT INTO t VALUES (1)") }
        #expect(error.isCannotOpen) // SQLITE_READONLY
    }

    @Test func aConstraintViolationIsATypedErrorWithTheSQL() throws {
        let db = try Connection(path: ":memory:")
        try db.execute(
            """
            CREATE TABLE unit (code TEXT PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE grp (id INTEGER PRIMARY KEY, unit TEXT NOT NULL REFERENCES unit(code));
            """)
        try db.run("INSERT INTO unit VALUES ('DINKES', 'Dinas Kesehatan')")

        let insert = "INSERT INTO unit VALUES (?, ?)"
        let duplicate = try #require(throws: SQLiteError.self) { try db.run(insert, "DINKES", "lagi") }
        #expect(duplicate.isConstraintViolation)
        #expect(duplicate.constraint == .primaryKey)
        #expect(duplicate.sql == insert)
        #expect(duplicate.message.contains("unit.code"))

        let missingName = try #require(throws: SQLiteError.self) { try db.run(insert, "DISDUK", SQLiteValue.null) }
        #expect(missingName.constraint == .notNull)

        let dangling = try #require(throws: SQLiteError.self) { try db.run("INSERT INTO grp (unit) VALUES ('NOPE')") }
        #expect(dangling.constraint == .foreignKey)
        #expect(!dangling.isBusy)
        #expect(dangling.description.contains("INSERT INTO grp"))
    }

    @Test func aThrowingTransactionLeavesNoTrace() throws {
        struct Abort: Error {}
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (x INTEGER)")
        #expect(throws: Abort.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                try db.execute("CREATE TABLE u (y INTEGER)")
                throw Abort()
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'u'") == .integer(0))
    }

    @Test func nestedTransactionsAreSavepoints() throws {
        struct Abort: Error {}
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (x INTEGER)")
        try db.transaction {
            try db.run("INSERT INTO t VALUES (1)")
            #expect(throws: Abort.self) {
                try db.transaction {
                    try db.run("INSERT INTO t VALUES (2)")
                    throw Abort()
                }
            }
            try db.transaction { try db.run("INSERT INTO t VALUES (3)") }
        }
        #expect(try db.query("SELECT x FROM t ORDER BY x") { $0.int(0) } == [1, 3])
    }

    @Test func aHeldWriteLockGivesABusyError() throws {
        let folder = TemporaryFolder()
        let path = folder.file("busy.sqlite")
        let holder = try Connection(path: path)
        try holder.execute("CREATE TABLE t (x INTEGER)")
        let waiter = try Connection(path: path, busyTimeoutMilliseconds: 50)
        try holder.execute("BEGIN IMMEDIATE")
        defer { try? holder.execute("ROLLBACK") }
        let error = try #require(throws: SQLiteError.self) {
            try waiter.transaction { try waiter.run("INSERT INTO t VALUES (1)") }
        }
        #expect(error.isBusy)
        #expect(!error.isConstraintViolation)
        // Readers are not blocked by a writer under WAL.
        #expect(try waiter.scalar("SELECT count(*) FROM t") == .integer(0))
    }

    @Test func integrityAndForeignKeyChecksReportProblems() throws {
        let db = try Connection(path: ":memory:")
        try db.execute(
            """
            CREATE TABLE unit (code TEXT PRIMARY KEY);
            CREATE TABLE grp (id INTEGER PRIMARY KEY, unit TEXT REFERENCES unit(code));
            """)
        #expect(try db.integrityCheck().isEmpty)
        #expect(try db.foreignKeyCheck().isEmpty)
        try db.execute("PRAGMA foreign_keys = OFF")
        try db.run("INSERT INTO grp (id, unit) VALUES (5, 'GONE')")
        let violations = try db.foreignKeyCheck()
        #expect(violations.count == 1)
        #expect(violations.first?.table == "grp")
        #expect(violations.first?.rowID == 5)
        #expect(violations.first?.parent == "unit")
    }

    @Test func quotingIdentifiersDoublesQuotes() {
        #expect(Connection.quoteIdentifier("audit_log") == "\"audit_log\"")
        #expect(Connection.quoteIdentifier("a\"b") == "\"a\"\"b\"")
    }
}
