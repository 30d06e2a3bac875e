import KBKDomain
import KBKFiles
import KBKPresentation
import KBKStore

/// The `kbk` command line. The executable only calls `main`; everything else is testable here.
public enum KBKCLI {
    public static let version = Release.version

    /// Runs the process's command line and returns its exit code.
    public static func main(_ arguments: [String]) -> Int32 {
        run(Array(arguments.dropFirst()), context: .process())
    }

    /// Runs one command line (without the program name) against `context`; returns the exit code.
    public static func run(_ arguments: [String], context: Context) -> Int32 {
        run(arguments, context: context, root: rootCommand, version: "kbk \(version) (SQLite \(sqliteLibraryVersion))")
    }

    /// Runs one command line of the program whose command tree is `root` (kbk's, or kbk-province's).
    static func run(_ arguments: [String], context: Context, root: CommandSpec, version: String) -> Int32 {
        // Errors found while parsing are still told in the language asked for, when it was asked for well.
        var language = Invocation.languageHint(arguments) ?? Invocation.environmentLanguage(context.environment) ?? .id
        var timeZone = UTCOffset.wib
        var invocation: Invocation? = nil
        do {
            let parsed = try CommandLineParser.parse(arguments, root: root)
            language = try Invocation.resolveLanguage(parsed, context.environment)
            if parsed.wantsVersion {
                context.stdout.write(version + "\n")
                return ExitCode.success.rawValue
            }
            guard !parsed.wantsHelp, let run = parsed.command.run else {
                context.stdout.write(HelpRenderer.help(parsed.path, language: language))
                return ExitCode.success.rawValue
            }
            let current = try Invocation(context: context, parsed: parsed, language: language)
            invocation = current
            #if DEBUG
                defer { current.traceOptionReads() }
            #endif
            timeZone = current.timeZone
            try current.present(try run(current))
            return ExitCode.success.rawValue
        } catch {
            var error = error
            if let failure = error as? FailureAfterOutput {
                try? invocation?.present(failure.output)
                error = failure.error
            }
            let (code, message, usagePath) = classify(error, timeZone: timeZone)
            let words = HelpWords(language)
            var text = "\(words.error): \(message(language))\n"
            if let usagePath, !usagePath.isEmpty {
                let name = usagePath.map(\.name).joined(separator: " ")
                text +=
                    "\(words.usageLine): \(HelpRenderer.usage(usagePath, language: language))\n  \(Msg.seeHelp(name)(language))\n"
            }
            context.stderr.write(text)
            return code.rawValue
        }
    }

    /// Maps any error to its exit code, a one-line message and, for a usage error, the command
    /// whose usage to show; everything but the command line's own errors is `ErrorReport`'s.
    static func classify(_ error: Error, timeZone: UTCOffset) -> (ExitCode, Text, [CommandSpec]?) {
        switch error {
        case let usage as UsageError:
            return (.usage, usage.message, usage.commandPath)
        case let failure as CommandFailure:
            return (failure.exitCode, failure.message, nil)
        default:
            let (code, message) = ErrorReport.classify(error, timeZone: timeZone)
            return (code, message, nil)
        }
    }

    /// The command tree.
    static let rootCommand: CommandSpec = {
        var root = CommandSpec(name: "kbk", abstract: Msg.overview)
        root.subcommands = [
            DemoCommand.spec,
            ComplaintCommands.spec,
            InboxCommand.spec,
            EscalateCommand.spec,
            EscalateCommand.notices,
            ReportCommand.spec,
            SkpdCommands.spec,
            OfficialCommands.spec,
            GroupCommands.spec,
            SOPCommands.spec,
            ImprovementCommands.spec,
            IKMCommands.spec,
            CoordinationCommands.spec,
            CultureCommands.spec,
            CalendarCommands.holiday,
            CalendarCommands.category,
            TopicCommands.spec,
            PlaceCommands.spec,
            TransferCommands.importCommand,
            TransferCommands.export,
            InitCommand.spec,
            InitCommand.migrate,
            CheckCommand.spec,
            BackupCommand.spec,
            PublishCommand.spec,
            AuditCommand.spec,
            ConfigCommands.spec,
            CompletionCommand.spec,
            ManualCommand.spec,
            helpCommand,
        ]
        root.examples = [
            "kbk init",
            "kbk --db /srv/kbk/purbalingga.sqlite check",
            "kbk help audit",
        ]
        return root
    }()

    static let helpCommand = CommandSpec(
        name: "help", abstract: Msg.helpCommandAbstract,
        arguments: [ArgumentSpec(name: "command", help: Msg.commandArgument, isOptional: true, isVariadic: true)],
        examples: ["kbk help backup"],
        run: { invocation in
            var path = [rootCommand]
            for name in invocation.parsed.arguments {
                guard let sub = path[path.count - 1].subcommand(named: name) else {
                    throw UsageError(
                        message: Msg.unknownCommand(name, path[path.count - 1].subcommands.map(\.name)),
                        commandPath: path)
                }
                path.append(sub)
            }
            return .text(HelpRenderer.help(path, language: invocation.language))
        })
}
