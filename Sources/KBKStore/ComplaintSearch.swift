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
