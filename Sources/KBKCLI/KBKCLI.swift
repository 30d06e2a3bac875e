import KBKDomain
import KBKFiles
import KBKStore

/// The `kbk` command line. The executable only calls `main`; everything else is testable here.
public enum KBKCLI {
    public static let version = "0.1.0"

    /// Runs the process's command line and returns its exit code.
    public static func main(_ arguments: [String]) -> Int32 {
        run(Array(arguments.dropFirst()), context: .process())
    }

    /// Runs one command line (without the program name) against `context`; returns the exit code.
    public static func run(_ arguments: [String], context: Context) -> Int32 {
        // Errors found while parsing are still told in the language asked for, when it was asked for well.
        var language = Invocation.languageHint(arguments) ?? Invocation.fallbackLanguage(context.environment)
        var timeZone = UTCOffset.wib
        do {
            let parsed = try CommandLineParser.parse(arguments, root: rootCommand)
            language = try Invocation.resolveLanguage(parsed, context.environment)
            if parsed.wantsVersion {
                context.stdout.write("kbk \(version) (SQLite \(sqliteLibraryVersion))\n")
                return ExitCode.success.rawValue
            }
            guard !parsed.wantsHelp, let run = parsed.command.run else {
                context.stdout.write(HelpRenderer.help(parsed.path, language: language))
                return ExitCode.success.rawValue
            }
            let invocation = try Invocation(context: context, parsed: parsed)
            timeZone = invocation.timeZone
            try run(invocation)
            return ExitCode.success.rawValue
        } catch {
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

    /// Maps any error to its exit code and a one-line message (the README's Exit codes table).
    static func classify(_ error: Error, timeZone: UTCOffset) -> (ExitCode, Text, [CommandSpec]?) {
        switch error {
        case let usage as UsageError:
            return (.usage, usage.message, usage.commandPath)
        case let failure as CommandFailure:
            return (failure.exitCode, failure.message, nil)
        case let domain as DomainError:
            return (.dataError, describe(domain, timeZone: timeZone), nil)
        case let store as StoreError:
            switch store {
            case .databaseMissing(let path): return (.noInput, Msg.databaseMissing(path), nil)
            case .cannotCreate(let path, let reason): return (.cannotCreate, Msg.cannotCreate(path, reason), nil)
            case .fileExists(let path): return (.cannotCreate, Msg.fileExists(path), nil)
            case .notKBKDatabase(let path): return (.dataError, Msg.notKBKDatabase(path), nil)
            case .notADatabaseFile(let path): return (.noInput, Msg.notADatabaseFile(path), nil)
            case .notSQLite(let path): return (.dataError, Msg.notSQLite(path), nil)
            case .schemaDiffers(let path, let differences):
                return (.dataError, Msg.schemaDiffers(path, differences), nil)
            case .notAnOfficial(let login, let path): return (.noPermission, Msg.notAnOfficial(login, path), nil)
            case .notPermitted(let refusal): return (.noPermission, Msg.notPermitted(refusal), nil)
            case .unauditedChange:
                return (.failure, Msg.unexpected("a change was not recorded in the audit trail"), nil)
            case .rowTampered(let problem): return (.dataError, Msg.rowTampered(problem), nil)
            case .auditChainBroken(let entry): return (.dataError, Msg.auditChainStopsWrites(entry), nil)
            case .clockPinningRefused(let path): return (.usage, Msg.clockPinningRefused(path), nil)
            case .migrationNeedsAdmin(let login, let path, let pending):
                return (.configuration, Msg.migrationNeedsAdmin(login, path, pending), nil)
            }
        case let damaged as DamagedRow:
            return (.dataError, Msg.damagedRow(damaged), nil)
        case let file as FileError:
            return (file.exitCode, Msg.fileProblem(file), nil)
        case let migration as MigrationError:
            switch migration {
            case .modified(let name): return (.configuration, Msg.migrationModified(name), nil)
            case .unknown(let name): return (.configuration, Msg.migrationUnknown(name), nil)
            case .badName(let name): return (.failure, Msg.unexpected("bad migration name \(name)"), nil)
            case .brokenReferences(let name, let table):
                return (
                    .failure,
                    Msg.unexpected("migration \(name) left rows of \(table) referring to nothing; it was rolled back"),
                    nil
                )
            }
        case let sqlite as DatabaseError:
            return classify(sqlite)
        default:
            return (.failure, Msg.unexpected(String(describing: error)), nil)
        }
    }

    static func classify(_ error: DatabaseError) -> (ExitCode, Text, [CommandSpec]?) {
        let path = error.path ?? "?"
        if error.isBusy { return (.temporaryFailure, Msg.databaseBusy(path), nil) }
        if error.isCorruption { return (.dataError, Msg.databaseDamaged(path, error.message), nil) }
        if error.isCannotOpen { return (.cannotCreate, Msg.databaseCannotOpen(path, error.message), nil) }
        if error.isIOError { return (.ioError, Msg.ioFailure(path, error.message), nil) }
        if error.isConstraintViolation { return (.dataError, Msg.constraintFailure(error.message), nil) }
        return (.failure, Msg.unexpected(error.description), nil)
    }

    /// The message for a domain error; times are shown in the office time zone. Values typed by
    /// the user are echoed through `Echo`: cut to a short prefix with their length, control
    /// characters escaped, and a complainant's name or contact never echoed at all.
    static func describe(_ error: DomainError, timeZone: UTCOffset = .wib) -> Text {
        Text.localized { language in
            func shown(_ value: String, _ field: String) -> String {
                Echo.value(value, field: field, language: language)
            }
            func named(_ field: String) -> String { Msg.term(field, language) }
            return switch error {
            case .malformed(let field, let value, let expected):
                Msg.malformed(named(field), shown(value, field), named(expected))
            case .notAllowed(let field, let value, let allowed):
                Msg.notAllowed(named(field), shown(value, field), allowed)
            case .outOfRange(let field, let value, let range): Msg.outOfRange(named(field), shown(value, field), range)
            case .invalid(let field, let value, let reason): Msg.invalid(named(field), shown(value, field), reason)
            case .invalidNIP(let value, let problem): Msg.invalidNIP(shown(value, "NIP"), problem)
            case .notFound(let kind, let key): Msg.notFound(kind, shown(key, kind.rawValue))
            case .duplicate(let kind, let key): Msg.duplicate(kind, shown(key, kind.rawValue))
            case .rule(let violation): Msg.rule(violation, timeZone: timeZone)
            }
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
            TransferCommands.importCommand,
            TransferCommands.export,
            InitCommand.spec,
            InitCommand.migrate,
            CheckCommand.spec,
            BackupCommand.spec,
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
            invocation.print(HelpRenderer.help(path, language: invocation.language))
        })
}
