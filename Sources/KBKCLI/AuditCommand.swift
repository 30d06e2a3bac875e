import KBKDomain
import KBKStore

enum AuditCommand {
    static let limitRange = 1...1_000_000

    static let spec = CommandSpec(
        name: "audit", abstract: Msg.auditAbstract, discussion: Msg.auditDiscussion,
        options: [
            .choice("entity", EntityKind.self, valueName: "kind", help: Msg.auditEntityOption),
            OptionSpec(name: "id", valueName: "id", help: Msg.auditIDOption),
            OptionSpec(name: "actor", valueName: "who", help: Msg.auditActorOption),
            OptionSpec(name: "since", valueName: "date", help: Msg.auditSinceOption),
            OptionSpec(name: "limit", valueName: "n", help: Msg.auditLimitOption, defaultValue: "100"),
        ],
        formats: [.table, .csv, .json],
        examples: ["kbk audit --since 2026-11-01", "kbk audit --entity database --format csv > audit.csv"],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let format = try invocation.format()
        var filter = AuditFilter()
        filter.entityKind = try invocation.choice("entity", EntityKind.self)
        filter.entityID = invocation.value("id")
        filter.actor = invocation.value("actor")
        filter.since = try invocation.instantOption("since")
        filter.limit = try invocation.intOption("limit", in: limitRange) ?? 100
        let store = try invocation.openStore(.existing)
        let entries = try store.auditLog.entries(filter)
        var table = Tabular(columns: [
            Column(key: "id", header: Msg.auditColumnID, alignRight: true),
            Column(key: "at", header: Msg.auditColumnAt),
            Column(key: "actor", header: Msg.auditColumnActor),
            Column(key: "action", header: Msg.auditColumnAction),
            Column(key: "entity_kind", header: Msg.auditColumnEntity),
            Column(key: "entity_id", header: Msg.auditColumnEntityID),
            Column(key: "summary", header: Msg.auditColumnSummary),
        ])
        for entry in entries {
            table.rows.append([
                .int(Int(entry.id)), .text(entry.at.iso8601(in: invocation.timeZone)), .text(entry.actor),
                .text(entry.action),
                .text(entry.entityKind), entry.entityID.map(Cell.text) ?? .null, .text(entry.summary),
            ])
        }
        invocation.context.stdout.write(table.render(format, language: invocation.language))
    }
}
