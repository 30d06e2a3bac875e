import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKStore

/// A row's seal is kept in databases for good: its encoding must never change, however it is computed.
@Suite struct RowSealDigestTests {
    /// The columns of a row, deliberately out of name order, one of each storage class and a NULL.
    let columns: [(name: String, value: SQLiteValue)] = [
        ("name", .text("Dinas Kesehatan – Purbalingga")), ("id", .integer(42)), ("note", .null),
        ("share", .real(0.5)), ("b", .blob([0, 1, 255])), ("code", .text("DINKES")),
    ]

    /// The expected digest was computed outside kbk, with Python's hashlib, from the documented
    /// encoding: "kbk-row-1", the table, then each non-NULL column by name as `name=TAGLENGTH:payload`.
    @Test func theDigestOfARowIsItsDocumentedEncodingsSHA256() {
        #expect(RowSeals.digest(.skpd, columns) == "48d1daddd6d1d9b4969bdc04511c80a3afe84fa065da4781bd45879c81d5d9e1")
    }

    /// The digest read from a statement (as rows are sealed) equals the one from a before-image
    /// (as a change is checked), whatever order the columns are selected in.
    @Test func aStatementsRowAndItsBeforeImageDigestAlike() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE t (name TEXT, id INTEGER, note TEXT, share REAL, b BLOB, code TEXT)")
        let insert = try connection.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)")
        try insert.bind(columns.map(\.value))
        #expect(try !insert.step())
        for select in ["name, id, note, share, b, code", "code, b, share, note, id, name"] {
            let statement = try connection.prepare("SELECT \(select) FROM t")
            try statement.bind([])
            #expect(try statement.step())
            #expect(RowSeals.digest(.skpd, statement) == RowSeals.digest(.skpd, columns))
            statement.reset()
        }
    }
}
