import KBKDomain
import KBKPresentation
import KBKStore

enum AuditCommand {

    static let entity = Option.choice("entity", EntityKind.self, valueName: "kind", help: Msg.auditEntityOption)
    static let id = Option.raw("id", valueName: "id", help: Msg.auditIDOption)
    static let actor = Option.raw("actor", valueName: "who", help: Msg.auditActorOption)
    static let since = Option.instant("since", valueName: "date", help: Msg.auditSinceOption)
    static let until = Option.instant("until", valueName: "date", help: Msg.auditUntilOption)
    static let action = Option.choice("action", AuditAction.self, valueName: "action", help: Msg.auditActionOption)
    static let limit = Option.integer(
        "limit", help: Msg.auditLimitOption, in: AuditFilter.limitRange, defaultValue: AuditFilter.pageSize)

    static let spec = CommandSpec(
        name: "audit", abstract: Msg.auditAbstract, discussion: Msg.auditDiscussion,
        options: .of(entity, id, actor, since, until, action, limit),
        formats: [.table, .csv, .json],
        examples: [
            "kbk audit --since 2026-11-01", "kbk audit --actor koordinator --action export --until 2026-12-01",
            "kbk audit --entity database --format csv > audit.csv",
        ],
        subcommands: [verify],
        run: run)

    static let verify = CommandSpec(
        name: "verify", abstract: Msg.auditVerifyAbstract, discussion: Msg.auditVerifyDiscussion,
        options: .of(head),
        formats: [.table, .json],
        examples: [
            "kbk audit verify",
            "kbk audit verify --head 5d1c0f2e9a7b4c3d8e6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d",
        ],
        run: { invocation in
            _ = try invocation.format()
            let pinned = try invocation.value(head)
            let store = try invocation.openStore(.existing)
            switch try store.auditLog.verify(pinned: pinned) {
            case .broken(let entry, let position, let reason):
                throw CommandFailure(
                    exitCode: .dataError,
                    message: Msg.auditChainRestore(
                        Msg.auditChainBroken(entry: entry, position: position, reason: reason)))
            case .intact(let head, let pinnedAt):
                let records = try store.auditLog.verifyRecords()
                if records.count > 0 {
                    throw CommandFailure(
                        exitCode: .dataError, message: Msg.rowsTampered(records.count, records.problems))
                }
                var json: [(String, JSON)] = [
                    ("intact", .bool(true)), ("entries", .int(head.entries)), ("head", .optional(head.hash)),
                ]
                if let pinned {
                    guard let position = pinnedAt else {
                        throw CommandFailure(exitCode: .dataError, message: Msg.auditHeadMissing(pinned))
                    }
                    json += [
                        ("pinned_head", .string(pinned)), ("pinned_position", .int(position)),
                        ("added_since", .int(head.entries - position)),
                    ]
                    return .change(
                        .object(json), line: Msg.auditHeadFound(pinned, position, head))
                } else {
                    return .change(.object(json), line: Msg.auditTrailIntact(head))
                }
            }
        })

    /// The head hash a report or `kbk check` printed, to find in the chain.
    static let head = Option.parsed("head", valueName: "hash", help: Msg.auditVerifyHeadOption) {
        (text: String) throws(DomainError) -> String in
        let hash = text.trimmingWhitespace().lowercased()
        guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else {
            throw .malformed(
                field: "--head", value: text, expected: "the 64 hexadecimal digits a report or kbk check printed")
        }
        return hash
    }

    static func run(_ invocation: Invocation) throws -> CommandOutput {
        _ = try invocation.format()
        var filter = AuditFilter()
        filter.entityKind = try invocation.value(entity)
        filter.entityID = try invocation.value(id)
        filter.actor = try invocation.value(actor)
        filter.since = try invocation.value(since)
        filter.until = try invocation.value(until)
        filter.action = try invocation.value(action)
        let limit = try invocation.required(Self.limit)
        filter.limit = limit == 0 ? .max : limit
        let store = try invocation.openStore(.existing)
        let entries = try store.auditLog.entries(filter)
        if entries.count == filter.limit {
            let total = try store.auditLog.count(matching: filter)
            if total > entries.count {
                invocation.context.stderr.write(Msg.showingEntries(entries.count, total)(invocation.language) + "\n")
            }
        }
        var table = Tabular(columns: [
            Column(key: "id", header: Msg.auditColumnID, alignRight: true),
            Column(key: "at", header: Msg.auditColumnAt),
            Column(key: "actor", header: Msg.auditColumnActor),
            Column(key: "action", header: Msg.auditColumnAction),
            Column(key: "entity_kind", header: Msg.auditColumnEntity),
            Column(key: "entity_id", header: Msg.auditColumnEntityID),
            Column(key: "summary", header: Msg.auditColumnSummary),
            Column(key: "on_behalf_of", header: Msg.auditColumnOnBehalfOf),
        ])
        for entry in entries {
            table.rows.append([
                .int(Int(entry.id)), .text(entry.at.iso8601(in: invocation.timeZone)), .text(entry.actor),
                .coded(entry.action, as: AuditAction.self),
                .coded(entry.entityKind, as: EntityKind.self), entry.entityID.map(Cell.text) ?? .null,
                // The summary is sealed as it was recorded (and so in CSV and JSON); people read it in their language.
                AuditSummaryText.cell(entry.summary),
                entry.onBehalfOf.map(Cell.text) ?? .null,
            ])
        }
        return .rows(table)
    }
}
