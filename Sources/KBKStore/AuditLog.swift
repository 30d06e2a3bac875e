import KBKDomain
import SQLiteDB

/// Which audit entries to list.
public struct AuditFilter: Sendable {
    public var entityKind: EntityKind?
    public var entityID: String?
    public var actor: String?
    public var since: Timestamp?
    public var limit: Int

    public init(
        entityKind: EntityKind? = nil, entityID: String? = nil, actor: String? = nil, since: Timestamp? = nil,
        limit: Int = 100
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

    private static let insertSQL = StatementKey(
        "INSERT INTO audit_log (at, actor, action, entity_kind, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?)")

    @discardableResult
    static func append(_ record: AuditRecord, actor: Actor, at now: Timestamp, to connection: Connection) throws
        -> Int64
    {
        try connection.withCachedStatement(AuditLog.insertSQL) { statement in
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

    /// Entries matching `filter`, newest first.
    public func entries(_ filter: AuditFilter = AuditFilter()) throws -> [AuditEntry] {
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
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        values.append(filter.limit)
        let sql =
            "SELECT id, at, actor, action, entity_kind, entity_id, summary FROM audit_log\(whereClause) ORDER BY id DESC LIMIT ?"
        return try connection.prepare(sql).query(values) { row in
            let r = DecodedRow(row, table: "audit_log")
            return AuditEntry(
                id: try r.int64(0, "id"), at: try r.instant(1, "at"), actor: try r.text(2, "actor"),
                action: try r.text(3, "action"), entityKind: try r.text(4, "entity_kind"),
                entityID: r.optionalText(5), summary: try r.text(6, "summary"))
        }
    }

    public func count() throws -> Int {
        try connection.scalar("SELECT count(*) FROM audit_log")?.intValue ?? 0
    }
}
