import KBKPresentation
import KBKStore

enum InitCommand {
    static let spec = CommandSpec(
        name: "init", abstract: Msg.initAbstract, discussion: Msg.initDiscussion,
        formats: [.table, .json],
        examples: ["kbk init", "kbk --db /srv/kbk/purbalingga.sqlite init"],
        run: run)

    /// `kbk migrate`: `init` on a database that must exist, named for what an admin does after an
    /// upgrade (every other official's command then says so).
    static let migrate = CommandSpec(
        name: "migrate", abstract: Msg.migrateAbstract, discussion: Msg.migrateDiscussion,
        formats: [.table, .json],
        examples: ["kbk migrate", "kbk --db /srv/kbk/purbalingga.sqlite migrate --format json"],
        run: { try run($0, mode: .existing) })

    static func run(_ invocation: Invocation) throws -> CommandOutput { try run(invocation, mode: .createIfMissing) }

    static func run(_ invocation: Invocation, mode: Store.OpenMode) throws -> CommandOutput {
        _ = try invocation.format() // a format it does not offer is refused before a database is made
        let store = try invocation.openStore(mode)
        let applied = store.migrationsApplied.map(\.name)
        let version = try store.schemaVersion()
        let record = JSON.object([
            ("path", .string(store.path)),
            ("created", .bool(store.wasCreated)),
            ("applied", .array(applied.map(JSON.string))),
            ("schema_version", .int(version)),
            ("first_admin", .optional(store.registeredFirstAdmin ? store.official.login : nil)),
        ])
        let records = { @Sendable () -> JSON in record }
        let done =
            store.wasCreated
            ? Msg.initCreated(store.path, applied, version)
            : applied.isEmpty ? Msg.initUpToDate(store.path, version) : Msg.initMigrated(store.path, applied, version)
        let firstAdmin = store.registeredFirstAdmin ? [Msg.firstAdmin(store.official.login)] : []
        return .records(records, shown: .lines(([done] + firstAdmin).map { $0(invocation.language) }))
    }
}
