import KBKStore

enum InitCommand {
    static let spec = CommandSpec(
        name: "init", abstract: Msg.initAbstract, discussion: Msg.initDiscussion,
        formats: [.table, .json],
        examples: ["kbk init", "kbk --db /srv/kbk/purbalingga.sqlite init"],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let format = try invocation.format()
        let store = try invocation.openStore(.createIfMissing)
        let applied = store.migrationsApplied.map(\.name)
        let version = try store.schemaVersion()
        if format == .json {
            invocation.emit(
                .object([
                    ("path", .string(store.path)),
                    ("created", .bool(store.wasCreated)),
                    ("applied", .array(applied.map(JSON.string))),
                    ("schema_version", .int(version)),
                    ("first_admin", .optional(store.registeredFirstAdmin ? store.official.login : nil)),
                ]))
        } else if store.wasCreated {
            invocation.say(Msg.initCreated(store.path, applied, version))
        } else if !applied.isEmpty {
            invocation.say(Msg.initMigrated(store.path, applied, version))
        } else {
            invocation.say(Msg.initUpToDate(store.path, version))
        }
        if format != .json && store.registeredFirstAdmin { invocation.say(Msg.firstAdmin(store.official.login)) }
    }
}
