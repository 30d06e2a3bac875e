import KBKDomain
internal import SQLiteDB

/// The topics complaints are counted by (table `complaint_topic`), kept by the admin.
public struct Topics {
    let connection: Connection

    /// The columns of `complaint_topic`, in the order a topic is read and written (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case code, name, nameEn, laporCategory, inUse

        static let alias: String? = nil

        var joined: String? { nil }
    }

    static let columns = Column.list

    static func decode(_ row: Row) throws -> Topic {
        let r = ColumnRow<Column>(row, table: "complaint_topic")
        return Topic(
            code: try r.text(.code), name: try r.text(.name), nameEnglish: try r.text(.nameEn),
            laporCategory: try r.text(.laporCategory), isInUse: try r.bool(.inUse))
    }

    public func list() throws -> [Topic] {
        try connection.query("SELECT \(Topics.columns) FROM complaint_topic ORDER BY code", transform: Topics.decode)
    }

    public func get(_ code: String) throws -> Topic {
        guard
            let topic = try connection.one(
                "SELECT \(Topics.columns) FROM complaint_topic WHERE code = ?", code, transform: Topics.decode)
        else { throw DomainError.notFound(kind: .topic, key: code) }
        return topic
    }

    /// How many complaints name each topic.
    public func complaintCounts() throws -> [String: Int] {
        Dictionary(
            uniqueKeysWithValues: try connection.query(
                "SELECT topic, count(*) FROM complaint WHERE topic IS NOT NULL GROUP BY topic"
            ) { row in
                let r = DecodedRow(row, table: "complaint")
                return (try r.text(0, "topic"), try r.int(1, "count"))
            })
    }

    /// The topic as the audit trail describes it.
    static func describe(_ topic: Topic) -> String {
        "'\(topic.name)' / '\(topic.nameEnglish)', LAPOR! \(topic.laporCategory)"
            + (topic.isInUse ? "" : ", out of use")
    }
}

extension Store {
    public var topics: Topics { Topics(connection: connection) }
}

extension Transaction {
    public var topics: Writing<Topics> { Writing(self, Topics(connection: connection)) }
}

extension Writing where Repository == Topics {
    public func add(_ topic: Topic) throws -> Topic {
        try transaction.require(.manageRegistry)
        if try connection.one("SELECT 1 FROM complaint_topic WHERE code = ?", topic.code, transform: { _ in true })
            != nil
        {
            throw DomainError.duplicate(kind: .topic, key: topic.code)
        }
        try connection.run(
            "INSERT INTO complaint_topic (\(Topics.columns)) VALUES (?, ?, ?, ?, ?)", topic.code, topic.name,
            topic.nameEnglish, topic.laporCategory, topic.isInUse ? 1 : 0)
        try transaction.audit(
            AuditRecord(.create, .topic, id: topic.code, "added topic \(topic.code) (\(Topics.describe(topic)))"))
        return topic
    }

    /// Changes a topic's names, its LAPOR! category or whether it is in use; its complaints keep it.
    public func edit(_ code: String, change: (inout Topic) -> Void) throws -> Topic {
        try transaction.require(.manageRegistry)
        let old = try repository.get(code)
        var new = old
        change(&new)
        new.code = old.code
        guard new != old else { return old }
        try connection.run(
            "UPDATE complaint_topic SET name = ?, name_en = ?, lapor_category = ?, in_use = ? WHERE code = ?",
            new.name, new.nameEnglish, new.laporCategory, new.isInUse ? 1 : 0, code)
        try transaction.audit(
            AuditRecord(
                .update, .topic, id: code, "edited topic \(code): \(Topics.describe(old)) → \(Topics.describe(new))"))
        return new
    }
}
