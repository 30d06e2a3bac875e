import KBKDomain
internal import SQLiteDB

/// How what a desk types into a search finds complaints (migration 0039): every word must be
/// there, in any order, each as the start of a word of the subject, the description, the place,
/// the history or the external reference (a LAPOR! number); a ticket finds its complaint. Case
/// and diacritics do not matter. A confidential complaint's description and history are not
/// searched (the index leaves them out).
enum ComplaintSearch {
    /// The words of a search that count; a desk's search is a few words, and each costs a pass.
    static let maximumWords = 8

    /// The SQL condition on `c` (the complaint) and its bound values.
    static func condition(_ text: String) -> (String, [SQLiteBindable]) {
        var alternatives: [String] = []
        var values: [SQLiteBindable] = []
        if let match = match(text) {
            alternatives.append("c.id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH ?)")
            values.append(match)
        }
        if let ticket = try? Ticket.parse(text) {
            alternatives.append("c.ticket = ?")
            values.append(ticket.description)
        }
        guard !alternatives.isEmpty else { return ("0", []) }
        return ("(" + alternatives.joined(separator: " OR ") + ")", values)
    }

    /// The FTS5 query for the words typed, nil when there is no word in them. Each word is quoted
    /// (so `AND`, `NEAR(`, `*`, `-` or a quote are words, never the query language) and taken as
    /// a prefix; FTS5 requires every one of them.
    static func match(_ text: String) -> String? {
        // Control characters (a NUL ends an FTS5 string) separate words; a word said twice is
        // one, and only the first `maximumWords` count: each is a prefix query of its own.
        func separates(_ character: Character) -> Bool {
            character.isWhitespace || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
        }
        var words: [Substring] = []
        for word in text.split(whereSeparator: separates)
        where word.contains(where: { $0.isLetter || $0.isNumber }) && !words.contains(word) {
            words.append(word)
            if words.count == maximumWords { break }
        }
        guard !words.isEmpty else { return nil }
        return words.map { word in
            "\"" + word.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"*"
        }.joined(separator: " ")
    }
}

extension ComplaintSearch {
    /// The migration that made the index (0039).
    static let indexVersion = 39

    /// How many complaints' index entries are not what `complaint_search_source` gives for them
    /// (missing or stale), and how many entries name no complaint: what `kbk check` reports. Read
    /// only, as the whole check is: the index is compared with its source, never rebuilt here.
    static func staleEntries(_ connection: Connection) throws -> Int {
        let differing = try connection.count(
            """
            SELECT count(*) FROM complaint_search_source v LEFT JOIN complaint_search s ON s.rowid = v.id
            WHERE s.rowid IS NULL OR s.subject IS NOT v.subject OR s.description IS NOT v.description
               OR s.location IS NOT v.location OR s.responses IS NOT v.responses OR s.reference IS NOT v.reference
            """, [])
        let orphans = try connection.count(
            "SELECT count(*) FROM complaint_search s WHERE NOT EXISTS (SELECT 1 FROM complaint c WHERE c.id = s.rowid)",
            [])
        return differing + orphans
    }
}

/// The search index of a bulk change (an import of complaints or events), kept in one statement at
/// the change's end instead of by migration 0039's triggers row by row. FTS5 writes its pending
/// entries to the file at every statement that opens a savepoint, which each trigger's statement
/// does inside a transaction: an import of 20,000 complaints wrote 20,000 tiny index segments and
/// merged them again, most of its time (bench/README.md, issue 34). The triggers are set aside
/// for the change; temporary triggers note every complaint the change wrote (a superset of those
/// the triggers would have touched, so that what is indexed is decided in one place, the view),
/// and `finish`, which the caller runs before it commits, restores the triggers and indexes those
/// complaints again from `complaint_search_source`. A rollback restores the triggers by itself.
public final class SearchIndexBatch {
    private static let triggers = ["complaint_search_event", "complaint_search_insert", "complaint_search_update"]
    private let connection: Connection
    private var setAside: [String]?

    public init(in transaction: Transaction) throws {
        connection = transaction.connection
        let names = SearchIndexBatch.triggers.map { "'\($0)'" }.joined(separator: ", ")
        let definitions = try connection.query(
            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (\(names)) ORDER BY name"
        ) { row in try DecodedRow(row, table: "sqlite_schema").text(0, "sql") }
        guard definitions.count == SearchIndexBatch.triggers.count else { return }
        for name in SearchIndexBatch.triggers { try connection.execute("DROP TRIGGER \(name)") }
        try connection.execute(
            """
            CREATE TEMP TABLE search_pending (id INTEGER PRIMARY KEY);
            CREATE TEMP TRIGGER search_pending_insert AFTER INSERT ON main.complaint
            BEGIN INSERT OR IGNORE INTO search_pending (id) VALUES (NEW.id); END;
            CREATE TEMP TRIGGER search_pending_update AFTER UPDATE ON main.complaint
            BEGIN INSERT OR IGNORE INTO search_pending (id) VALUES (NEW.id); END;
            CREATE TEMP TRIGGER search_pending_event AFTER INSERT ON main.complaint_event
            BEGIN INSERT OR IGNORE INTO search_pending (id) VALUES (NEW.complaint_id); END;
            """)
        setAside = definitions
    }

    /// Restores the triggers and indexes again every complaint the change touched.
    public func finish() throws {
        guard let definitions = setAside else { return }
        setAside = nil
        try connection.execute(
            """
            DROP TRIGGER temp.search_pending_insert;
            DROP TRIGGER temp.search_pending_update;
            DROP TRIGGER temp.search_pending_event;
            DELETE FROM complaint_search WHERE rowid IN (SELECT id FROM temp.search_pending);
            INSERT INTO complaint_search (rowid, subject, description, location, responses, reference)
            SELECT id, subject, description, location, responses, reference FROM complaint_search_source
            WHERE id IN (SELECT id FROM temp.search_pending);
            DROP TABLE temp.search_pending;
            """)
        for sql in definitions { try connection.execute(sql) }
    }
}
