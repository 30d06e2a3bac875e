import Foundation
import KBKTestSupport
import PostgresDB
import Synchronization
import Testing

/// One server for the whole run (initdb takes about a second), one database per test (about
/// 70 ms), so the tests run in parallel without seeing each other's tables.
private enum Shared {
    static let cluster = Result { try PostgresCluster.start() }
    static let databases = Atomic<Int>(0)
}

/// A new database on the shared cluster, its name and a connection to it.
private func freshDatabase() throws -> (name: String, db: PGConnection) {
    let cluster = try Shared.cluster.get()
    let name = "t\(Shared.databases.add(1, ordering: .relaxed).newValue)"
    return (name, try PGConnection(url: try cluster.createDatabase(name)))
}

private struct Abort: Error, Equatable {
    let reason: String
}

@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct PostgresDBTests {
    @Test func aConnectionKnowsItsServerAndRole() throws {
        let (_, db) = try freshDatabase()
        #expect(db.serverVersion >= 150_000)
        #expect(db.user == "kbk")
        #expect(try db.query("SHOW client_encoding").value(0, "client_encoding") == "UTF8")
        #expect(
            try db.query("SELECT current_setting('application_name') AS name").value(0, "name") == "kbk-province")
    }

    @Test func parametersRoundTripWhateverTheyHold() throws {
        let (name, db) = try freshDatabase()
        let values: [String?] = [
            "O'Brien said \"halo\"; DROP TABLE t; --", #"C:\Users\back\\slash \N"#,
            "Laporan Kabupaten Sleman: pengaduan warga tentang jalan rusak — sudah ditindaklanjuti 🙏🏽",
            nil, "", "$1 and ? and %s", "tab\there\nnewline\r\nend", "日本語 ✓ 😀",
        ]
        try db.execute("CREATE TABLE note (id integer PRIMARY KEY, body text)")
        for (index, value) in values.enumerated() {
            try db.command("INSERT INTO note VALUES ($1, $2)", [String(index), value])
        }
        let rows = try db.query("SELECT id, body FROM note ORDER BY id")
        #expect(rows.columns == ["id", "body"])
        #expect(rows.count == values.count)
        #expect(rows.map { $0["body"] } == values)
        #expect(rows.rows.map(\.[0]) == values.indices.map { String($0) })
        // The same text read by psql, so the values are what the server stored, not a round trip
        // that undoes its own mistake.
        let cluster = try Shared.cluster.get()
        #expect(try cluster.psql(name, "SELECT body FROM note WHERE id = 2") == values[2])
        #expect(try cluster.psql(name, "SELECT count(*) FROM note WHERE body IS NULL") == "1")
        #expect(try cluster.psql(name, "SELECT length(body) FROM note WHERE id = 7") == "7")
        // A parameter's value is a value wherever it appears, also as a whole query's only input.
        let echoed = try db.query("SELECT $1::text AS a, $2::text AS b, $3::int + 1 AS c", [values[0], nil, "41"])
        #expect(echoed[0].values == [values[0], nil, "42"])
    }

    @Test func aParameterWithANulIsRefusedNotCut() throws {
        let (_, db) = try freshDatabase()
        let error = try #require(throws: PostgresError.self) { try db.query("SELECT $1::text", ["a\u{0}b"]) }
        #expect(error.sqlState == "22021")
        #expect(try db.query("SELECT 1 AS one").value(0, "one") == "1")
    }

    @Test func aUniqueViolationNamesItsStateAndConstraint() throws {
        let (_, db) = try freshDatabase()
        try db.execute(
            """
            CREATE TABLE unit (code text CONSTRAINT unit_code_key UNIQUE, name text NOT NULL);
            INSERT INTO unit VALUES ('DINKES', 'Dinas Kesehatan');
            """)
        let error = try #require(throws: PostgresError.self) {
            try db.command("INSERT INTO unit VALUES ($1, $2)", ["DINKES", "lagi"])
        }
        #expect(error.sqlState == "23505")
        #expect(error.isUniqueViolation)
        #expect(error.constraint == "unit_code_key")
        #expect(error.message.contains("unit_code_key"))
        #expect(error.detail?.contains("DINKES") == true)
        #expect(error.description.hasPrefix("PostgreSQL error 23505: "))
        #expect(!error.description.contains("\n"))

        let missing = try #require(throws: PostgresError.self) {
            try db.command("INSERT INTO unit VALUES ($1, $2)", ["DISDUK", nil])
        }
        #expect(missing.sqlState == "23502")
        #expect(try db.query("SELECT count(*) AS n FROM unit").value(0, "n") == "1")
    }

    @Test func aSyntaxErrorIsItsOwnState() throws {
        let (_, db) = try freshDatabase()
        let error = try #require(throws: PostgresError.self) { try db.query("SELEC 1") }
        #expect(error.sqlState == "42601")
        #expect(error.message.contains("SELEC"))
        let script = try #require(throws: PostgresError.self) { try db.execute("CREATE TABLE a (x int); SELEC 1") }
        #expect(script.sqlState == "42601")
        let missing = try #require(throws: PostgresError.self) { try db.query("SELECT * FROM nowhere") }
        #expect(missing.sqlState == "42P01")
    }

    @Test func commandAnswersTheRowsItChanged() throws {
        let (_, db) = try freshDatabase()
        #expect(try db.command("CREATE TABLE t (id int PRIMARY KEY, status text)") == 0)
        #expect(try db.command("INSERT INTO t VALUES (1, 'baru'), (2, 'baru'), (3, 'selesai')") == 3)
        #expect(try db.command("UPDATE t SET status = $1 WHERE status = $2", ["diproses", "baru"]) == 2)
        #expect(try db.command("UPDATE t SET status = 'x' WHERE id = $1", ["99"]) == 0)
        #expect(try db.command("INSERT INTO t VALUES (4, 'baru') RETURNING id") == 1)
        #expect(try db.command("DELETE FROM t WHERE id > $1", ["1"]) == 3)
        #expect(try db.query("SELECT id, status FROM t").rows == [["1", "diproses"]])
    }

    @Test func copyInCarriesTenThousandRowsIntact() throws {
        let (name, db) = try freshDatabase()
        try db.execute("CREATE TABLE report (id int PRIMARY KEY, body text, note text)")
        func body(_ id: Int) -> String {
            switch id % 5 {
            case 0: #"back\slash \N \\ \t"#
            case 1: "tab\tin the middle\tand end\t"
            case 2: "line one\nline two\r\nline three"
            case 3: "Keluhan warga Desa Sukamaju 😀 \(id)"
            default: ""
            }
        }
        let note = { (id: Int) -> String? in id % 7 == 0 ? nil : "catatan \(id)" }
        try db.copyIn("COPY report (id, body, note) FROM STDIN") { writer in
            for id in 1...10_000 { try writer.sendRow([String(id), body(id), note(id)]) }
        }
        let rows = try db.query("SELECT id, body, note FROM report ORDER BY id")
        #expect(rows.count == 10_000)
        #expect(rows.rows == (1...10_000).map { [String($0), body($0), note($0)] })
        let cluster = try Shared.cluster.get()
        #expect(try cluster.psql(name, "SELECT count(*), count(note), sum(id) FROM report") == "10000|8572|50005000")
    }

    @Test func copyInSendsBytesAsTheyAre() throws {
        let (_, db) = try freshDatabase()
        try db.execute("CREATE TABLE t (id int, body text)")
        try db.copyIn("COPY t FROM STDIN (FORMAT csv)") { writer in
            try writer.send(Array("1,\"a, quoted \"\"word\"\"\"\n2,".utf8))
            try Array("plain\n".utf8).withUnsafeBytes { try writer.send($0) }
        }
        #expect(
            try db.query("SELECT id, body FROM t ORDER BY id").rows == [["1", "a, quoted \"word\""], ["2", "plain"]])
    }

    @Test func aClosureErrorAbortsTheCopyAndTheTransactionRollsBack() throws {
        let (_, db) = try freshDatabase()
        try db.execute("CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2), (3)")
        let error = try #require(throws: Abort.self) {
            try db.transaction {
                try db.command("INSERT INTO t VALUES (4)")
                try db.copyIn("COPY t FROM STDIN") { writer in
                    for id in 5...5_000 { try writer.sendRow([String(id)]) }
                    throw Abort(reason: "disk gone")
                }
            }
        }
        #expect(error == Abort(reason: "disk gone"))
        #expect(!db.isInTransaction)
        #expect(try db.query("SELECT count(*) AS n, max(id) AS top FROM t")[0].values == ["3", "3"])

        // Without a transaction of the caller's, the COPY alone keeps none of its rows.
        #expect(throws: Abort.self) {
            try db.copyIn("COPY t FROM STDIN") { writer in
                try writer.sendRow(["9"])
                throw Abort(reason: "again")
            }
        }
        #expect(try db.query("SELECT count(*) AS n FROM t").value(0, "n") == "3")
    }

    @Test func aRowTheServerRefusesFailsTheCopyWithItsError() throws {
        let (_, db) = try freshDatabase()
        try db.execute("CREATE TABLE t (id int PRIMARY KEY)")
        let error = try #require(throws: PostgresError.self) {
            try db.copyIn("COPY t FROM STDIN") { writer in
                try writer.sendRow(["1"])
                try writer.sendRow(["not a number"])
                for id in 2...50_000 { try writer.sendRow([String(id)]) }
            }
        }
        #expect(error.sqlState == "22P02")
        let duplicate = try #require(throws: PostgresError.self) {
            try db.copyIn("COPY t FROM STDIN") { writer in
                try writer.sendRow(["1"])
                try writer.sendRow(["1"])
            }
        }
        #expect(duplicate.sqlState == "23505")
        #expect(try db.query("SELECT count(*) AS n FROM t").value(0, "n") == "0")
        let notACopy = try #require(throws: PostgresError.self) { try db.copyIn("SELECT 1") { _ in } }
        #expect(notACopy.sqlState == nil)
        // A COPY given to execute is ended, not left holding the connection.
        #expect(throws: PostgresError.self) { try db.execute("COPY t FROM STDIN") }
        #expect(try db.command("INSERT INTO t VALUES (7)") == 1)
    }

    @Test func aTransactionCommitsOrRollsBackWhole() throws {
        let (_, db) = try freshDatabase()
        try db.execute("CREATE TABLE t (id int PRIMARY KEY)")
        let answer = try db.transaction {
            try db.command("INSERT INTO t VALUES (1), (2)")
            return "done"
        }
        #expect(answer == "done")
        #expect(throws: Abort.self) {
            try db.transaction {
                try db.command("INSERT INTO t VALUES (3)")
                throw Abort(reason: "changed my mind")
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.query("SELECT id FROM t ORDER BY id").rows == [["1"], ["2"]])

        // A failed statement caught inside still fails the transaction: COMMIT would roll it back
        // while answering as if it worked.
        let swallowed = try #require(throws: PostgresError.self) {
            try db.transaction {
                try db.command("INSERT INTO t VALUES (4)")
                _ = try? db.command("INSERT INTO t VALUES (1)")
            }
        }
        #expect(swallowed.sqlState == "25P02")
        #expect(try db.query("SELECT count(*) AS n FROM t").value(0, "n") == "2")

        // A nested transaction is a savepoint: its rollback keeps the outer one's rows.
        try db.transaction {
            try db.command("INSERT INTO t VALUES (5)")
            #expect(throws: PostgresError.self) {
                try db.transaction {
                    try db.command("INSERT INTO t VALUES (6)")
                    try db.command("INSERT INTO t VALUES (5)")
                }
            }
            try db.command("INSERT INTO t VALUES (7)")
        }
        #expect(try db.query("SELECT id FROM t ORDER BY id").rows == [["1"], ["2"], ["5"], ["7"]])
    }

    @Test func aBadURLThrowsOneLineWithoutThePassword() throws {
        let error = try #require(throws: PostgresError.self) {
            try PGConnection(url: "postgresql://kbk:secret@/x?host=/nonexistent")
        }
        #expect(!error.message.contains("\n"))
        #expect(!error.description.contains("\n"))
        #expect(!error.description.contains("secret"))
        #expect(error.message.contains("/nonexistent"))
        #expect(error.sqlState == nil)
        // libpq repeats a password it cannot decode; the message masks it.
        for url in [
            "postgresql://kbk:se%zzcret@/x?host=/nonexistent",
            "postgresql://kbk@/x?host=/nonexistent&password=se%zzcret",
            "host=/nonexistent password='se%zzcret' port=notaport",
        ] {
            let error = try #require(throws: PostgresError.self) { try PGConnection(url: url) }
            #expect(!error.description.contains("zzcret"), "\(error)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func rowsStreamOneAtATime() throws {
        let (_, db) = try freshDatabase()
        var sum = 0
        var columns: [String] = []
        try db.forEachRow("SELECT n, n::text || '!' AS label FROM generate_series(1, $1::int) AS n", ["100000"]) {
            sum += Int($0["n"] ?? "") ?? 0
            columns = $0.columns
        }
        #expect(sum == 100_000 * 100_001 / 2)
        #expect(columns == ["n", "label"])
        var seen = 0
        #expect(throws: Abort.self) {
            try db.forEachRow("SELECT n FROM generate_series(1, 100000) AS n") { _ in
                seen += 1
                if seen == 10 { throw Abort(reason: "enough") }
            }
        }
        #expect(seen == 10)
        #expect(try db.query("SELECT 2 AS two").value(0, "two") == "2")
        let error = try #require(throws: PostgresError.self) {
            try db.forEachRow("SELECT 1 / (n - 3) FROM generate_series(1, 5) AS n") { _ in }
        }
        #expect(error.sqlState == "22012")
    }

    @Test func noticesReachTheHandlerNotStandardError() throws {
        let (_, db) = try freshDatabase()
        var notices: [String] = []
        db.noticeHandler = { notices.append($0) }
        try db.execute("DO $$ BEGIN RAISE NOTICE 'halo %', 'dunia'; END $$")
        try db.execute("DROP TABLE IF EXISTS missing")
        #expect(notices.count == 2)
        #expect(notices.first == "NOTICE:  halo dunia")
    }

    /// A password is found however libpq would read it, and only then.
    @Test func aPasswordIsFoundAsLibpqReadsIt() {
        for url in [
            "postgresql://kbk:rahasia@db.jatengprov.go.id/province", "postgres://u:p@/province?host=/run/pg",
            "host=/run/pg dbname=province password=rahasia", "host=/run/pg dbname=province password = rahasia",
            "postgresql:///province?password=x", "postgresql:///province?pass%77ord=x&host=/tmp",
        ] {
            #expect(PGConnection.carriesPassword(url), "\(url)")
        }
        for url in [
            "postgresql:///province?host=/run/pg&user=kbk", "postgresql://kbk@db.jatengprov.go.id:5433/province",
            "host=/run/pg dbname=province user=kbk", "postgresql://[::1]:5432/province", "not a url = =",
        ] {
            #expect(!PGConnection.carriesPassword(url), "\(url)")
        }
    }
}
