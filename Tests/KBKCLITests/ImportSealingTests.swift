import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

/// A big import seals its rows as they come, in entries of their own ahead of the file's entry,
/// instead of holding every row and its seal until the end (1.2 GB at a million complaints): the
/// audit trail still seals every row, and `kbk check` finds the database whole.
@Suite struct ImportSealingTests {
    @Test func aBigImportSealsItsRowsAsTheyComeAndEveryRowIsSealed() throws {
        let (folder, path) = try complaintFixture()
        let file = folder.file("big.csv")
        // Each complaint writes its row and two events (received, handed over): 3,600 complaints
        // are 10,800 rows, past the 10,000 after which rows are sealed ahead of the file's entry.
        var csv = "external_ref,channel,subject,description,received_at,skpd\n"
        for index in 1...3_600 { csv += "B-\(index),sms,Aduan \(index),Isi \(index),2026-11-02 08:00,DPUPR\n" }
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let lastBefore = try Connection(path: path, mode: .readOnly).scalar("SELECT max(id) FROM audit_log")?.intValue
        let imported = kbkAtDesk(["--db", path, "import", "complaints", file])
        #expect(imported.status == 0, "\(imported.stderr)")

        let db = try Connection(path: path, mode: .readOnly)
        let fileEntry = try #require(
            try db.scalar("SELECT max(id) FROM audit_log WHERE summary LIKE 'imported 3600 complaints%'")?.intValue)
        let early = try db.scalar(
            "SELECT count(*) FROM audit_log WHERE action = 'seal' AND summary LIKE 'sealed rows written after entry %' "
                + "AND id > ? AND id < ?", lastBefore ?? 0, fileEntry)?.intValue
        #expect(early == 1, "entries sealing rows ahead of the file's entry: \(String(describing: early))")
        // Every complaint and event the import wrote has a seal.
        let unsealed = try db.scalar(
            """
            SELECT (SELECT count(*) FROM complaint WHERE CAST(id AS TEXT) NOT IN
                        (SELECT row_key FROM row_seal WHERE table_name = 'complaint'))
                 + (SELECT count(*) FROM complaint_event WHERE CAST(id AS TEXT) NOT IN
                        (SELECT row_key FROM row_seal WHERE table_name = 'complaint_event'))
            """)?.intValue
        #expect(unsealed == 0)
        let check = kbk(["--db", path, "check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let verify = kbk(["--db", path, "audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }
}
