import KBKDomain
internal import SQLiteDB

/// Logs many complaints with their whole histories inside one transaction, for `import complaints`.
///
/// The rules are those of `Complaints.log` and `Complaints.act` (the same `Complaint.apply`), but a
/// history is replayed in memory and written once: one complaint row in its final state and its
/// events, instead of a row update and an audit entry per action. The calendar, categories, units
/// and SOPs are read once; ticket numbers are counted in memory and the counters written by
/// `finish`, which the caller must run before it commits (a load that is rolled back needs none:
/// the rollback restores everything), and whose summary of the tickets it handed out the caller
/// must write to the audit trail (one entry for the whole load: the events keep who did what to
/// each complaint).
public final class ComplaintLoader {
    /// A complaint read and replayed, not yet written.
    public struct Pending {
        public fileprivate(set) var complaint: Complaint
        fileprivate let ticket: Ticket
        fileprivate let sopID: Int64?
        fileprivate var unitID: Int64?
        fileprivate var events: [ComplaintEventDraft]
    }

    private let transaction: Transaction
    private let references: LoadedReferences
    private let writer: ComplaintWriter
    private var lastSequence: [Int: Int] = [:]
    private var firstSequence: [Int: Int] = [:]
    private var stored = 0
    private var sopIDs: [String: Int64] = [:]
    /// Builds the complaint table's secondary indexes at the end once the load is big enough:
    /// complaints arrive in no particular order of unit, date or status, so each of those indexes took
    /// a random page per row, which at a million rows no longer fits the page cache (bench/README.md).
    public let indexes: BulkIndexes
    private let search: SearchIndexBatch

    public init(_ store: Store, in transaction: Transaction) throws {
        self.transaction = transaction
        indexes = try BulkIndexes(table: "complaint", in: transaction)
        search = try SearchIndexBatch(in: transaction)
        references = try LoadedReferences(connection: store.connection, today: transaction.today)
        writer = ComplaintWriter(connection: store.connection, timeZone: transaction.timeZone)
    }

    /// Checks a new complaint as `Complaints.log` does and numbers it.
    public func receive(_ draft: ComplaintDraft) throws -> Pending {
        let (receivedAt, categoryCode) = try draft.intake(now: transaction.now)
        let category = try references.category(categoryCode).chosen()
        if let topic = draft.topic { _ = try references.topic(topic).chosen() }
        try ComplaintPlaces.check(draft.villageCode, draft.coordinates, transaction.connection)
        var sopID: Int64?
        if let number = draft.sopNumber {
            if let known = sopIDs[number] {
                sopID = known
            } else {
                sopID = try Complaints(connection: transaction.connection).activeSOPID(number, today: transaction.today)
                sopIDs[number] = sopID
            }
        }
        let year = receivedAt.date(in: transaction.timeZone).year
        let sequence = try nextSequence(year)
        let ticket = Ticket(year: year, sequence: sequence)
        let (complaint, received) = try Complaint.received(
            ticket: ticket, at: receivedAt, timeZone: transaction.timeZone, draft: draft,
            category: category, calendar: references.loadedCalendars.office)
        var pending = Pending(complaint: complaint, ticket: ticket, sopID: sopID, unitID: nil, events: [received])
        if let unit = draft.unit { try apply(.verify(unit: unit, category: nil), at: receivedAt, to: &pending) }
        return pending
    }

    /// Replays one action of the history.
    public func apply(_ request: ComplaintAction, at: Timestamp, to pending: inout Pending) throws {
        let step = try pending.complaint.apply(
            request, at: at, now: transaction.now, timeZone: transaction.timeZone, references: references)
        if let unit = step.newUnit { pending.unitID = unit.id }
        pending.events.append(step.event)
    }

    /// Writes the complaint and its events.
    @discardableResult
    public func store(_ pending: Pending) throws -> Complaint {
        var complaint = pending.complaint
        complaint.id = try writer.insert(
            complaint, ticket: pending.ticket, unitID: pending.unitID, sopID: pending.sopID,
            events: pending.events, actor: transaction.performer)
        stored += 1
        try indexes.rowWritten()
        return complaint
    }

    /// Writes the ticket counters and returns, for the audit trail, how many complaints were stored
    /// under which tickets (`ADU-2025-00001 … ADU-2025-00412`, one range a year). Nothing else may
    /// number complaints in this transaction meanwhile.
    public func finish() throws -> String {
        try indexes.rebuild()
        try search.finish()
        var ranges: [String] = []
        for (year, last) in lastSequence.sorted(by: { $0.key < $1.key }) {
            try transaction.connection.run(
                "INSERT INTO ticket_counter (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last = excluded.last",
                year, last)
            let first = Ticket(year: year, sequence: firstSequence[year] ?? last)
            ranges.append("\(first) … \(Ticket(year: year, sequence: last))")
        }
        return "\(stored) complaint(s) with their histories"
            + (ranges.isEmpty ? "" : ": " + ranges.joined(separator: ", "))
    }

    private func nextSequence(_ year: Int) throws -> Int {
        let last = try lastSequence[year] ?? storedSequence(year)
        if firstSequence[year] == nil { firstSequence[year] = last + 1 }
        lastSequence[year] = last + 1
        return last + 1
    }

    /// The year's last ticket number as the counter holds it; 0 for a year without complaints yet.
    private func storedSequence(_ year: Int) throws -> Int {
        try transaction.connection.one("SELECT last FROM ticket_counter WHERE year = ?", year) {
            try DecodedRow($0, table: "ticket_counter").int(0, "last")
        } ?? 0
    }
}

/// The calendar, categories and units read once for a whole import.
private final class LoadedReferences: ComplaintReferences {
    let loadedCalendars: UnitCalendars
    private let categories: [String: Category]
    private let topics: [String: Topic]
    private let units: [String: Unit]

    init(connection: Connection, today: CivilDate) throws {
        loadedCalendars = try Holidays(connection: connection).unitCalendars()
        categories = Dictionary(
            uniqueKeysWithValues: try Categories(connection: connection).list().map { ($0.code, $0) })
        topics = Dictionary(uniqueKeysWithValues: try Topics(connection: connection).list().map { ($0.code, $0) })
        units = Dictionary(
            uniqueKeysWithValues: try Units(connection: connection).list(includeInactive: true, kind: nil, today: today)
                .map { ($0.code, $0) })
    }

    func calendar(forUnit unit: UnitCode?) throws -> WorkingCalendar { loadedCalendars.calendar(forUnit: unit?.value) }

    func category(_ code: CategoryCode) throws -> Category {
        guard let category = categories[code.value] else {
            throw DomainError.notFound(kind: .category, key: code.value)
        }
        return category
    }

    func topic(_ code: String) throws -> Topic {
        guard let topic = topics[code] else { throw DomainError.notFound(kind: .topic, key: code) }
        return topic
    }

    func activeUnit(_ code: UnitCode, on day: CivilDate) throws -> Unit {
        guard let unit = units[code.value] else { throw DomainError.notFound(kind: .skpd, key: code.value) }
        guard unit.isActive(on: day) else { throw DomainError.rule(.unitInactive(unit.code)) }
        return unit
    }
}

/// A table's own secondary indexes during a bulk change in one transaction: once the change has
/// written `threshold` rows and at least as many as the table held, the indexes are dropped, and
/// `rebuild` creates them again in one sorted pass before the caller commits. If the change fails,
/// the rollback brings them back. Indexes that enforce a constraint (UNIQUE, PRIMARY KEY) have no
/// SQL of their own and stay, so uniqueness is checked row by row throughout.
public final class BulkIndexes {
    public var threshold = 20_000
    private let table: String
    private let connection: Connection
    private let rowsBefore: Int
    private var written = 0
    private var setAside: [String]?

    public init(table: String, in transaction: Transaction) throws {
        self.table = table
        connection = transaction.connection
        // Rows are never deleted from the tables this serves, so the last rowid is their number,
        // found without counting a million rows.
        rowsBefore =
            try connection.nullable("SELECT max(rowid) FROM \(Connection.quoteIdentifier(table))") { $0.int(0) } ?? 0
    }

    /// Counts one row written by the change; sets the indexes aside when the change is big enough.
    public func rowWritten() throws {
        written += 1
        guard setAside == nil, written >= threshold, written >= rowsBefore else { return }
        let indexes = try connection.query(
            """
            SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name
            """, table
        ) { row in
            let r = DecodedRow(row, table: "sqlite_schema")
            return (try r.text(0, "name"), try r.text(1, "sql"))
        }
        for (name, _) in indexes { try connection.execute("DROP INDEX \(Connection.quoteIdentifier(name))") }
        setAside = indexes.map(\.1)
    }

    /// Creates again the indexes set aside, if any.
    public func rebuild() throws {
        for sql in setAside ?? [] { try connection.execute(sql) }
        setAside = nil
    }
}
