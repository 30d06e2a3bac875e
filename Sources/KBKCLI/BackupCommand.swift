import KBKPresentation

enum BackupCommand {
    static let force = Flag("force", help: Msg.backupForceOption)

    static let spec = CommandSpec(
        name: "backup", abstract: Msg.backupAbstract, discussion: Msg.backupDiscussion,
        arguments: [ArgumentSpec(name: "file", help: Msg.backupFileArgument)],
        options: .of(force),
        formats: [.table, .json],
        examples: ["kbk backup /media/usb/kbk-2026-11-29.sqlite", "kbk backup nightly.sqlite --force"],
        run: run)

    static func run(_ invocation: Invocation) throws -> CommandOutput {
        _ = try invocation.format()
        let overwrite = invocation.isSet(force)
        let destination = invocation.argument(0) ?? ""
        guard !destination.isEmpty else {
            throw UsageError(message: Msg.emptyArgument("file"), commandPath: invocation.parsed.path)
        }
        let store = try invocation.openStore(.existing)
        try store.backup(to: destination, overwrite: overwrite)
        return .change(
            .object([("source", .string(store.path)), ("destination", .string(destination))]),
            line: Msg.backupDone(store.path, destination))
    }
}
