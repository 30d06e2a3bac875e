import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

/// `kbk check` compares the search index with the complaints it indexes (migration 0039).
@Suite struct SearchIndexCheckTests {
    @Test func anIndexChangedAroundKbkIsFound() throws {
        let world = try WebTests.World()
        let logged = world.post("/intake", user: "koord", [("subject", "Jalan berlubang"), ("description", "x")])
        #expect(logged.status == 200)
        let healthy = kbk(["--db", world.path, "check", "--format", "json"])
        #expect(healthy.status == 0 && healthy.stdout.contains("\"stale_search_entries\": 0"), "\(healthy.stdout)")
        let db = try Connection(path: world.path, mode: .readWrite)
        try db.run("UPDATE complaint_search SET subject = 'palsu' WHERE rowid = 1")
        try db.run("INSERT INTO complaint_search (rowid, subject) VALUES (99, 'hantu')")
        let stale = kbk(["--db", world.path, "check", "--format", "json"])
        #expect(stale.status == 65, "\(stale.stderr)")
        #expect(stale.stdout.contains("\"stale_search_entries\": 2"), "\(stale.stdout)")
    }
}
