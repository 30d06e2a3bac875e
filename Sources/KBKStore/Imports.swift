import KBKDomain
internal import SQLiteDB

/// What `import` asks of the database beyond the repositories: the map from source keys to the
/// records made from them, and whether a row is already present. SQL stays here, in the store.
public struct Imports {
    let store: Store
    var connection: Connection { store.connection }

    /// The record made from `source` of a kind (`import_key`), nil when none was.
    public func key(_ kind: String, _ source: String) throws -> String? {
        try connection.one("SELECT target FROM import_key WHERE kind = ? AND source = ?", kind, source) {
            try DecodedRow($0, table: "import_key").text(0, "target")
        }
    }

    public func membershipExists(group: Int64, nip: String, since: CivilDate) throws -> Bool {
        try connection.exists(
            "SELECT 1 FROM group_member WHERE group_id = ? AND nip = ? AND since = ?", group, nip, since.stored)
    }

    public func meetingExists(group: Int64, heldOn: CivilDate, agenda: String?, minutes: String?) throws -> Bool {
        try connection.exists(
            """
            SELECT 1 FROM group_meeting WHERE group_id = ? AND held_on = ? AND agenda IS ? AND minutes IS ?
            """, group, heldOn.stored, agenda, minutes)
    }

    public func improvementReached(_ id: Int64, stage: ImprovementStage) throws -> Bool {
        try connection.exists(
            "SELECT 1 FROM improvement_stage WHERE improvement_id = ? AND stage = ?", id, stage.rawValue)
    }

    /// Every SOP number in the database.
    public func sopNumbers() throws -> Set<String> {
        Set(try connection.query("SELECT id, number FROM sop") { try DecodedRow($0, table: "sop").text(1, "number") })
    }

    public func complaintExists(externalReference: String) throws -> Bool {
        try connection.exists("SELECT 1 FROM complaint WHERE external_ref = ?", externalReference)
    }

    /// The ticket of the complaint with this external reference (a LAPOR! tracking number).
    public func ticket(externalReference: String) throws -> String? {
        try connection.one("SELECT ticket FROM complaint WHERE external_ref = ?", externalReference) {
            try DecodedRow($0, table: "complaint").text(0, "ticket")
        }
    }

    /// `field`: a correction's field, since one correction changes several fields at one instant.
    public func eventExists(ticket: Ticket, at: Timestamp, action: ComplaintAction.Kind, field: String? = nil) throws
        -> Bool
    {
        try connection.exists(
            """
            SELECT 1 FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id WHERE c.ticket = ? AND e.at = ?
                AND e.action = ? AND e.field IS ?
            """, ticket.description, at.utcString, action.rawValue, field)
    }

    /// The stored survey of a unit (and service) for a period: respondents, denominator and the nine sums.
    public func surveyFigures(unit: UnitCode, service: String?, from: CivilDate, to: CivilDate) throws -> [Int]? {
        try connection.one(
            """
            SELECT s.id, s.respondents, s.denominator, s.u1, s.u2, s.u3, s.u4, s.u5, s.u6, s.u7, s.u8, s.u9
            FROM ikm_survey s JOIN skpd u ON u.id = s.skpd_id
            WHERE u.code = ? AND s.period_from = ? AND s.period_to = ? AND s.service IS ?
            """, unit.value, from.stored, to.stored, service
        ) { row in
            let r = DecodedRow(row, table: "ikm_survey")
            return try (1..<12).map { try r.int(Int32($0), "figures") }
        }
    }

    /// The surveys of a unit (and service, nil: of the whole unit) whose period carries `label`, by id.
    public func surveyIDs(unit: UnitCode, service: String?, label: String) throws -> [Int64] {
        try connection.query(
            """
            SELECT s.id FROM ikm_survey s JOIN skpd u ON u.id = s.skpd_id
            WHERE u.code = ? AND s.period_label = ? AND s.service IS ? ORDER BY s.id
            """, unit.value, label, service
        ) { try DecodedRow($0, table: "ikm_survey").int64(0, "id") }
    }

    public func surveyElementLinked(improvement: Int64, survey: Int64, element: Int) throws -> Bool {
        try connection.exists(
            "SELECT 1 FROM improvement_survey WHERE improvement_id = ? AND survey_id = ? AND element = ?", improvement,
            survey, element)
    }

    /// Keeps SQLite's temporary files in memory for this connection: a savepoint per action (the
    /// demo writes each action as its own `Store.write` inside one transaction) copies every page
    /// it first touches to the statement journal, a temporary file, which on disk cost a write
    /// system call per page (bench/README.md).
    public func keepTemporaryFilesInMemory() throws {
        try connection.execute("PRAGMA temp_store = MEMORY")
    }

    /// `Store.write` with a 16 MiB page cache: an import writes every row in one transaction, and
    /// with SQLite's default 2 MiB dirty index pages spill to the WAL again and again (100,000
    /// complaints: 1.2 s of system time; 0.5 s with 16 MiB, and no faster with 64 MiB).
    @discardableResult
    public func write<T>(_ body: (Transaction) throws -> T) throws -> T {
        let cacheSize = try connection.nullable("PRAGMA cache_size") { $0.int(0) }
        try connection.execute("PRAGMA cache_size = -16384")
        defer { if let cacheSize { try? connection.execute("PRAGMA cache_size = \(cacheSize)") } }
        return try store.write(body)
    }
}

extension Transaction {
    /// Remembers that `source` of a kind became `target` (or, for content fingerprints, held `target`).
    public func rememberImportKey(_ kind: String, _ source: String, _ target: String) throws {
        try connection.run(
            "INSERT OR REPLACE INTO import_key (kind, source, target) VALUES (?, ?, ?)", kind, source, target)
    }

    /// Runs `body` in a savepoint of this transaction: when it throws, what it changed is undone and
    /// the transaction goes on (an import row refused among good ones).
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        try connection.savepoint(body)
    }
}

extension Store {
    public var imports: Imports { Imports(store: self) }
}
