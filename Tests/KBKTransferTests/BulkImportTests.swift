import KBKDomain
import KBKStore
import KBKTestSupport
import KBKTransfer
import SQLiteDB
import Testing

/// Files big enough (here: a threshold of 3 rows) make the importer set the complaint indexes aside
/// and build them again; a file that fails gets them back from the rollback with nothing written.
@Suite struct BulkImportTests {
    let folder = TemporaryFolder()
    let store: Store

    init() throws {
        let now = try Timestamp.parse("2026-11-18T09:00:00+07:00")
        store = try Store(
            path: folder.file("bulk.sqlite"), mode: .createIfMissing, actor: Actor("test"), clock: { now })
        try store.write { try $0.units.add(UnitDraft(code: UnitCode("DPUPR"), name: "Dinas PU", kind: .agency)) }
    }

    /// The database file, read as any other reader would.
    func file() throws -> Connection { try Connection(path: store.path, mode: .readOnly) }

    func schema() throws -> [String] {
        try file().query("SELECT type, name, sql FROM sqlite_schema ORDER BY name") {
            "\($0.value(at: 0))|\($0.value(at: 1))|\($0.value(at: 2))"
        }
    }

    func counts() throws -> [Int] {
        try ["complaint", "complaint_event", "audit_log"].map {
            try file().scalar("SELECT count(*) FROM \($0)")?.intValue ?? -1
        }
    }

    func run(_ kind: TransferKind, _ csv: String) throws -> ImportResult {
        var importer = Importer(store: store)
        importer.bulkIndexThreshold = 3
        var reader = CSVReader(text: csv)
        return try importer.run(kind, reader: &reader, dryRun: false)
    }

    @Test func bigComplaintAndEventFilesRebuildTheIndexes() throws {
        let schema = try schema()
        var complaints = "external_ref,channel,subject,description,received_at,skpd\n"
        for index in 1...5 { complaints += "B-\(index),sms,Aduan \(index),Isi,2026-11-02 08:00,DPUPR\n" }
        #expect(try run(.complaints, complaints).imported == 5)
        #expect(try self.schema() == schema)

        var events = "ticket,at,action,text\n"
        for index in 1...5 { events += "ADU-2026-0000\(index),2026-11-03 09:00,respond,Sedang ditinjau\n" }
        for index in 1...5 { events += "ADU-2026-0000\(index),2026-11-04 09:00,resolve,Sudah diperbaiki\n" }
        #expect(try run(.events, events).imported == 10)
        #expect(try self.schema() == schema)
        #expect(try file().integrityCheck().isEmpty)
        // The rebuilt indexes answer what the rows say.
        #expect(
            try file().scalar(
                "SELECT count(*) FROM complaint INDEXED BY complaint_status WHERE status = 'resolved'")?.intValue == 5)

        // The search index, kept once at the end of each file instead of by its triggers row by
        // row, is what the triggers would have made, and they are back for the writes that follow.
        #expect(try matches("diperbaiki") == 5 && matches("ditinjau") == 5 && matches("aduan") == 5)
        #expect(try staleSearchEntries() == 0)

        let before = try counts()
        let failing =
            events.replacingOccurrences(of: "2026-11-04 09:00,resolve", with: "2026-11-05 09:00,note")
            + "ADU-2026-00009,2026-11-05 09:00,note,x\n"
        let result = try run(.events, failing)
        #expect(!result.succeeded)
        #expect(result.problems.map(\.line) == [12])
        #expect(try self.schema() == schema)
        #expect(try counts() == before)
        #expect(try matches("diperbaiki") == 5 && staleSearchEntries() == 0)
        _ = try store.write { try $0.complaints.act(Ticket.parse("ADU-2026-00001"), .note("Dicek ulang"), at: nil) }
        #expect(try matches("dicek") == 1)
    }

    func matches(_ word: String) throws -> Int {
        try file().scalar("SELECT count(*) FROM complaint_search WHERE complaint_search MATCH ?", word)?.intValue ?? -1
    }

    /// Index entries that differ from what `complaint_search_source` gives for their complaint.
    func staleSearchEntries() throws -> Int {
        try file().scalar(
            """
            SELECT count(*) FROM complaint_search_source v LEFT JOIN complaint_search s ON s.rowid = v.id
            WHERE s.rowid IS NULL OR s.subject IS NOT v.subject OR s.description IS NOT v.description
               OR s.location IS NOT v.location OR s.responses IS NOT v.responses OR s.reference IS NOT v.reference
            """)?.intValue ?? -1
    }
}
