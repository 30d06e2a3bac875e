import KBKTestSupport
import SQLiteDB
import Testing

@Suite struct ValueRoundTripTests {
    let db: Connection

    init() throws {
        db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE v (id INTEGER PRIMARY KEY, value ANY) STRICT")
    }

    func roundTrip(_ value: SQLiteBindable) throws -> SQLiteValue {
        try db.run("DELETE FROM v")
        try db.run("INSERT INTO v (id, value) VALUES (1, ?)", value)
        return try #require(try db.scalar("SELECT value FROM v WHERE id = 1"))
    }

    @Test(arguments: [
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Jalan rusak di Desa Karangreja, mohon ditindaklanjuti 🙏🏽",
        "",
        "kutip \"ganda\" dan 'tunggal'; -- bukan SQL",
        "baris\nbaru\r\ndan\ttab",
        "nol\u{0}di tengah",
        "日本語 and العربية",
    ])
    func textSurvivesExactly(_ text: String) throws {
        #expect(try roundTrip(text) == .text(text))
    }

    @Test(arguments: [Int64.min, -1, 0, 1, 42, Int64.max])
    func integersSurvive(_ value: Int64) throws {
        #expect(try roundTrip(value) == .integer(value))
    }

    @Test(arguments: [0.0, -0.5, 3.141592653589793, 1e300, -1e-300])
    func doublesSurvive(_ value: Double) throws {
        #expect(try roundTrip(value) == .real(value))
    }

    @Test func booleansAreStoredAsIntegers() throws {
        #expect(try roundTrip(true) == .integer(1))
        #expect(try roundTrip(false) == .integer(0))
    }

    @Test func nullAndNilAreNull() throws {
        #expect(try roundTrip(SQLiteValue.null) == .null)
        let missing: String? = nil
        #expect(try roundTrip(missing) == .null)
    }

    @Test func aMebibyteBlobSurvives() throws {
        var generator = SystemRandomNumberGenerator()
        let blob = (0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(try roundTrip(blob) == .blob(blob))
    }

    @Test func anEmptyBlobStaysABlob() throws {
        #expect(try roundTrip([UInt8]()) == .blob([]))
    }

    @Test func namedParametersBind() throws {
        let insert = try db.prepare("INSERT INTO v (id, value) VALUES (:id, :value)")
        try insert.bind([":id": 7, ":value": "tujuh"])
        try insert.step()
        #expect(try db.scalar("SELECT value FROM v WHERE id = ?", 7) == .text("tujuh"))
    }

    @Test func anUnknownParameterNameIsAnError() throws {
        let insert = try db.prepare("INSERT INTO v (id, value) VALUES (:id, :value)")
        #expect(throws: SQLiteError.self) { try insert.bind(1, named: ":nope") }
    }

    @Test func aWrongParameterCountIsAnError() throws {
        let insert = try db.prepare("INSERT INTO v (id, value) VALUES (?, ?)")
        #expect(throws: SQLiteError.self) { try insert.execute([1]) }
    }

    @Test func nullColumnsReadAsNilNeverCrash() throws {
        try db.run("INSERT INTO v (id, value) VALUES (1, NULL)")
        let statement = try db.prepare("SELECT value AS value FROM v")
        #expect(try statement.step())
        let row = statement.row
        #expect(row.int(0) == nil)
        #expect(row.int64(0) == nil)
        #expect(row.double(0) == nil)
        #expect(row.string(0) == nil)
        #expect(row.blob(0) == nil)
        #expect(row.bool(0) == nil)
        #expect(try row.string("value") == nil)
        #expect(row.value(at: 5) == .null)
        #expect(row.value(at: -1) == .null)
        #expect(throws: SQLiteError.self) { try row.string("no_such_column") }
    }

    @Test func columnsReadByName() throws {
        try db.run("INSERT INTO v (id, value) VALUES (3, 'tiga')")
        let rows = try db.query("SELECT id, value FROM v") { row in (try row.int("id"), try row.string("value")) }
        #expect(rows.count == 1)
        #expect(rows[0].0 == 3)
        #expect(rows[0].1 == "tiga")
    }

    @Test func aPreparedStatementIsReusable() throws {
        let insert = try db.prepare("INSERT INTO v (id, value) VALUES (?, ?)")
        for id in 1...1_000 {
            try insert.execute([id, "nilai \(id)"])
        }
        #expect(try db.scalar("SELECT count(*) FROM v") == .integer(1_000))
        #expect(try db.scalar("SELECT value FROM v WHERE id = 999") == .text("nilai 999"))
    }

    @Test func cachedStatementsSurviveNestedUseOfTheSameSQL() throws {
        for id in 1...3 { try db.run("INSERT INTO v (id, value) VALUES (?, ?)", id, id * 10) }
        let sql = "SELECT id, value FROM v WHERE id >= ? ORDER BY id"
        let pairs = try db.query(sql, 1) { outer in
            // The same SQL again while the outer rows are being read: it must not disturb them.
            (outer.int(0) ?? 0, try db.query(sql, outer.int(0) ?? 0) { $0.int(1) ?? 0 })
        }
        #expect(pairs.map(\.0) == [1, 2, 3])
        #expect(pairs.map(\.1) == [[10, 20, 30], [20, 30], [30]])
        #expect(try db.scalar("SELECT count(*) FROM v") == .integer(3))
        #expect(try db.scalar("SELECT count(*) FROM v") == .integer(3))
    }
}
