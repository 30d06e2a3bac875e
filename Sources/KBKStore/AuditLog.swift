import KBKDomain
internal import SQLiteDB

/// Which audit entries to list.
public struct AuditFilter: Sendable {
    public var entityKind: EntityKind?
    public var entityID: String?
    public var actor: String?
    public var since: Timestamp?
    /// The first instant no longer shown: entries before it.
    public var until: Timestamp?
    public var action: AuditAction?
    public var limit: Int
    /// How many of the newest matching entries to pass over (a page after the first).
    public var offset = 0

    /// How many entries a page of the trail shows unless asked for more (`audit --limit`, the web's page).
    public static let pageSize = 100
    /// How many entries one read may ask for (`audit --limit`).
    public static let limitRange = 0...1_000_000

    public init(
        entityKind: EntityKind? = nil, entityID: String? = nil, actor: String? = nil, since: Timestamp? = nil,
        limit: Int = pageSize
    ) {
        self.entityKind = entityKind
        self.entityID = entityID
        self.actor = actor
        self.since = since
        self.limit = limit
    }
}

/// The append-only audit trail (table `audit_log`). Appending happens through `Store.write`.
public struct AuditLog {
    let connection: Connection

    /// The migration that gave every entry its hash.
    static let chainVersion = 8

    private static let insertSQL = StatementKey(
        """
        INSERT INTO audit_log (at, actor, on_behalf_of, action, entity_kind, entity_id, summary, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private static let sealedInsertSQL = StatementKey(
        """
        INSERT INTO audit_log (at, actor, on_behalf_of, action, entity_kind, entity_id, summary, hash, real_at, seal)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private static let plainInsertSQL = StatementKey(
        "INSERT INTO audit_log (at, actor, action, entity_kind, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?)")
    private static let headSQL = StatementKey("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")

    /// Appends an entry chained to the one before it. `chained` is false only while the migrations
    /// before the chain existed are applied to a new database (0008 then seals those entries).
    /// `realAt` is the system's time when `now` is a pinned clock; `seals` are the rows the entry
    /// seals (kept in `row_seal`, their digest in the entry's hash). Both need migration 0027.
    @discardableResult
    static func append(
        _ record: AuditRecord, actor: Actor, onBehalfOf: String? = nil, at now: Timestamp, realAt: Timestamp? = nil,
        seals: [RowSeal] = [], to connection: Connection, chained: Bool = true
    ) throws -> Int64 {
        guard chained else {
            try connection.withCachedStatement(AuditLog.plainInsertSQL) { statement in
                try statement.execute { binder in
                    try binder.add(now.utcString)
                    try binder.add(actor.name)
                    try binder.add(record.action.rawValue)
                    try binder.add(record.entityKind.rawValue)
                    try binder.add(record.entityID)
                    try binder.add(record.summary)
                }
            }
            return connection.lastInsertRowID
        }
        let previous = try connection.withCachedStatement(AuditLog.headSQL) { statement in
            try statement.step() ? statement.row.string(0) : nil
        }
        let content = AuditChain.Content(
            at: now.utcString, actor: actor.name, onBehalfOf: onBehalfOf, action: record.action.rawValue,
            entityKind: record.entityKind.rawValue, entityID: record.entityID, summary: record.summary,
            realAt: realAt.flatMap { $0 == now ? nil : $0.utcString },
            seal: seals.isEmpty ? nil : RowSeals.digest(of: seals))
        let hash = AuditChain.hash(content, after: previous ?? AuditChain.genesis)
        let extended = content.realAt != nil || content.seal != nil
        try connection.withCachedStatement(extended ? AuditLog.sealedInsertSQL : AuditLog.insertSQL) { statement in
            try statement.execute { binder in
                try binder.add(content.at)
                try binder.add(content.actor)
                try binder.add(content.onBehalfOf)
                try binder.add(content.action)
                try binder.add(content.entityKind)
                try binder.add(content.entityID)
                try binder.add(content.summary)
                try binder.add(hash)
                if extended {
                    try binder.add(content.realAt)
                    try binder.add(content.seal)
                }
            }
        }
        let id = connection.lastInsertRowID
        if !seals.isEmpty { try RowSeals.insert(seals, under: id, connection) }
        return id
    }

    /// Appends `record` sealing `seals`: a thousand in the entry itself, the rest in entries of
    /// their own that follow it (`seal`), so that checking a row's seal reads a bounded set.
    @discardableResult
    static func append(
        _ record: AuditRecord, sealing seals: [RowSeal], actor: Actor, onBehalfOf: String? = nil, at now: Timestamp,
        realAt: Timestamp?, to connection: Connection
    ) throws -> Int64 {
        let first = try append(
            record, actor: actor, onBehalfOf: onBehalfOf, at: now, realAt: realAt,
            seals: Array(seals.prefix(RowSeals.perEntry)), to: connection)
        var start = RowSeals.perEntry
        while start < seals.count {
            let end = min(start + RowSeals.perEntry, seals.count)
            try append(
                AuditRecord(
                    .seal, record.entityKind, id: record.entityID,
                    "sealed rows \(start + 1)-\(end) of \(seals.count) written by entry \(first)"),
                actor: actor, onBehalfOf: onBehalfOf, at: now, realAt: realAt, seals: Array(seals[start..<end]),
                to: connection)
            start = end
        }
        return first
    }

    /// One entry's content, and whether its stored hash is the one its content and the previous
    /// entry's stored hash give.
    static func chained(_ id: Int64, _ connection: Connection) throws -> (content: AuditChain.Content, matches: Bool)? {
        let columns = try AuditLog.chainColumns(connection)
        let rows = try connection.prepare(
            "SELECT \(columns) FROM audit_log WHERE id <= ? ORDER BY id DESC LIMIT 2")
        var found: [(Int64, AuditChain.Content, String?)] = []
        try rows.bind([id])
        while try rows.step() { found.append(try AuditLog.decodeChained(rows.row)) }
        rows.reset()
        guard let entry = found.first, entry.0 == id else { return nil }
        // The first entry chains on the genesis; an entry whose predecessor has no hash matches nothing.
        guard found.count > 1 else { return (entry.1, entry.2 == AuditChain.hash(entry.1, after: AuditChain.genesis)) }
        guard let previous = found[1].2 else { return (entry.1, false) }
        return (entry.1, entry.2 == AuditChain.hash(entry.1, after: previous))
    }

    /// The columns a chain check reads: with the real time and seal once migration 0027 added them.
    static func chainColumns(_ connection: Connection) throws -> String {
        let base = "id, at, actor, on_behalf_of, action, entity_kind, entity_id, summary, hash"
        let sealed =
            try connection.scalar("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'seal'") != nil
        return sealed ? base + ", real_at, seal" : base
    }

    static func decodeChained(_ row: Row) throws -> (Int64, AuditChain.Content, String?) {
        let r = DecodedRow(row, table: "audit_log")
        let extended = row.columnCount > 9
        let content = AuditChain.Content(
            at: try r.text(1, "at"), actor: try r.text(2, "actor"), onBehalfOf: r.optionalText(3),
            action: try r.text(4, "action"), entityKind: try r.text(5, "entity_kind"), entityID: r.optionalText(6),
            summary: try r.text(7, "summary"), realAt: extended ? r.optionalText(9) : nil,
            seal: extended ? r.optionalText(10) : nil)
        return (try r.int64(0, "id"), content, r.optionalText(8))
    }

    /// Re-hashes the chain's tail: the entries after `after` (an entry found sound before), or the
    /// last `window` when nothing was checked yet. Returns the last entry checked, or the first
    /// that does not match its hash.
    static func verifyTail(after: Int64?, window: Int, _ connection: Connection) throws -> (
        lastSound: Int64?, broken: Int64?
    ) {
        let columns = try chainColumns(connection)
        let start: Int64
        if let after {
            start = after
        } else if let last = try connection.nullable("SELECT max(id) FROM audit_log", transform: { $0.int64(0) }) {
            start = max(0, last - Int64(window))
        } else {
            start = 0
        }
        let rows = try connection.prepare("SELECT \(columns) FROM audit_log WHERE id >= ? ORDER BY id")
        try rows.bind([start])
        defer { rows.reset() }
        var previous: String?
        var lastSound: Int64?
        while try rows.step() {
            let (id, content, stored) = try decodeChained(rows.row)
            // The first row read is the entry before the tail: its hash is what the tail chains on.
            if id == start && start > 0 {
                previous = stored
                lastSound = id
                continue
            }
            let expected = AuditChain.hash(content, after: previous ?? AuditChain.genesis)
            guard let stored, stored == expected else { return (lastSound, id) }
            previous = stored
            lastSound = id
        }
        return (lastSound, nil)
    }

    /// Calls `body` with every entry in chain order: its id, its content and its stored hash.
    private static func forEachChained(
        _ connection: Connection, _ body: (Int64, AuditChain.Content, String?) throws -> Bool
    ) throws {
        let entries = try connection.prepare("SELECT \(try chainColumns(connection)) FROM audit_log ORDER BY id")
        try entries.bind([])
        defer { entries.reset() }
        while try entries.step() {
            let (id, content, stored) = try decodeChained(entries.row)
            guard try body(id, content, stored) else { return }
        }
    }

    /// Gives every entry without a hash its place in the chain (migration 0008, on the entries
    /// written before it).
    static func sealUnhashedEntries(_ connection: Connection) throws {
        var previous = AuditChain.genesis
        var pending: [(id: Int64, hash: String)] = []
        try forEachChained(connection) { id, content, stored in
            let hash = stored ?? AuditChain.hash(content, after: previous)
            if stored == nil { pending.append((id, hash)) }
            previous = hash
            return true
        }
        let update = try connection.prepare("UPDATE audit_log SET hash = ? WHERE id = ?")
        for (id, hash) in pending { try update.execute([hash, id]) }
    }

    /// Recomputes the chain from the first entry and names the first entry that does not match;
    /// when `pinned` is given, also where in the chain that head stands (nil: not in it).
    /// `checked` hears every 1,000 entries re-hashed.
    public func verify(pinned: String? = nil, checked: (Int) -> Void = { _ in }) throws -> AuditChain.Verification {
        var previous = AuditChain.genesis
        var count = 0
        var pinnedPosition: Int?
        var broken: AuditChain.Verification?
        try AuditLog.forEachChained(connection) { id, content, stored in
            count += 1
            if count % 1_000 == 0 { checked(count) }
            guard let stored else {
                broken = .broken(entry: id, position: count, reason: .noHash)
                return false
            }
            guard stored == AuditChain.hash(content, after: previous) else {
                broken = .broken(entry: id, position: count, reason: .mismatch)
                return false
            }
            if stored == pinned { pinnedPosition = count }
            previous = stored
            return true
        }
        if let broken { return broken }
        return .intact(AuditChain.Head(entries: count, hash: count == 0 ? nil : previous), pinnedAt: pinnedPosition)
    }

    /// The chain's last entry, as stored (not verified): what a report prints to pin the trail.
    public func head() throws -> AuditChain.Head {
        try headUnverified()
    }

    /// The sealed rows that are not what their last audit entry sealed (see `RowSeals`): the first
    /// hundred and how many in all.
    public func verifyRecords() throws -> (problems: [RowSealProblem], count: Int) {
        try RowSeals.verifyAll(connection)
    }

    private func headUnverified() throws -> AuditChain.Head {
        let count = try self.count()
        let hash = try connection.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")?.stringValue
        return AuditChain.Head(entries: count, hash: hash)
    }

    /// Entries matching `filter`, newest first.
    public func entries(_ filter: AuditFilter = AuditFilter()) throws -> [AuditEntry] {
        var (whereClause, values) = AuditLog.condition(filter)
        values += [filter.limit, filter.offset]
        let sql =
            "SELECT id, at, actor, action, entity_kind, entity_id, summary, on_behalf_of FROM audit_log\(whereClause) ORDER BY id DESC LIMIT ? OFFSET ?"
        return try connection.prepare(sql).query(values) { row in
            let r = DecodedRow(row, table: "audit_log")
            return AuditEntry(
                id: try r.int64(0, "id"), at: try r.instant(1, "at"), actor: try r.text(2, "actor"),
                onBehalfOf: r.optionalText(7), action: try r.text(3, "action"),
                entityKind: try r.text(4, "entity_kind"),
                entityID: r.optionalText(5), summary: try r.text(6, "summary"))
        }
    }

    /// How many entries match `filter`, whatever its limit: for "showing 100 of 858".
    public func count(matching filter: AuditFilter) throws -> Int {
        let (whereClause, values) = AuditLog.condition(filter)
        return try connection.count("SELECT count(*) FROM audit_log\(whereClause)", values)
    }

    static func condition(_ filter: AuditFilter) -> (String, [SQLiteBindable]) {
        var conditions: [String] = []
        var values: [SQLiteBindable] = []
        if let kind = filter.entityKind {
            conditions.append("entity_kind = ?")
            values.append(kind.rawValue)
        }
        if let id = filter.entityID {
            conditions.append("entity_id = ?")
            values.append(id)
        }
        if let actor = filter.actor {
            conditions.append("actor = ?")
            values.append(actor)
        }
        if let since = filter.since {
            conditions.append("at >= ?")
            values.append(since.utcString)
        }
        if let until = filter.until {
            conditions.append("at < ?")
            values.append(until.utcString)
        }
        if let action = filter.action {
            conditions.append("action = ?")
            values.append(action.rawValue)
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), values)
    }

    public func count() throws -> Int {
        try connection.count("SELECT count(*) FROM audit_log")
    }
}
