import KBKDomain
import KBKPresentation
import KBKStore

/// A failure with a chosen exit code and a message for the user.
struct CommandFailure: Error {
    let exitCode: ExitCode
    let message: Text
}

/// A command that fails after it has something to show (an import's summary, the health check's
/// findings): the output is shown, then `error` is reported as it would be alone.
struct FailureAfterOutput: Error {
    let output: CommandOutput
    let error: any Error
}

/// One run of one command: the parsed line, the settings resolved from options, environment and
/// defaults, and the ways to read the database and write output.
final class Invocation {
    let context: Context
    let parsed: ParsedCommandLine
    let language: Language
    let timeZone: UTCOffset
    let databasePath: String
    let busyTimeoutMilliseconds: Int32
    let clock: () -> Timestamp
    /// The system's clock when `KBK_NOW` pins `clock`: the store refuses a pinned clock unless the
    /// database allows it, and records the system's time beside the pinned one.
    let realClock: (() -> Timestamp)?
    /// The login running the command (`context.loginName`), as typed by the operating system.
    let actorText: String
    /// The names of the declared options the command has read (given or not): what a debug build
    /// reports under `KBK_TRACE_OPTION_READS=1`, for the test that every declared option is read.
    var optionsRead: Set<String> = []

    init(context: Context, parsed: ParsedCommandLine, language: Language) throws(UsageError) {
        self.context = context
        self.parsed = parsed
        let environment = context.environment
        self.language = language
        func usage(_ error: DomainError) -> UsageError {
            UsageError(message: ErrorReport.describe(error), commandPath: parsed.path)
        }
        do throws(DomainError) {
            if let tz = parsed.globals[.tz] {
                timeZone = try UTCOffset.parse(tz, field: "--tz")
            } else if let tz = environment["KBK_TZ"], !tz.isEmpty {
                timeZone = try UTCOffset.parse(tz, field: "KBK_TZ")
            } else {
                timeZone = .wib
            }
            if let pinned = environment["KBK_NOW"], !pinned.isEmpty {
                let instant = try Timestamp.parseEntered(pinned, field: "KBK_NOW")
                clock = { instant }
                realClock = context.clock
            } else {
                clock = context.clock
                realClock = nil
            }
            if let text = environment["KBK_BUSY_TIMEOUT_MS"], !text.isEmpty {
                guard let value = Int32(text), value >= 0, value <= 600_000 else {
                    throw .outOfRange(field: "KBK_BUSY_TIMEOUT_MS", value: text, range: 0...600_000)
                }
                busyTimeoutMilliseconds = value
            } else {
                busyTimeoutMilliseconds = 5_000
            }
        } catch {
            throw usage(error)
        }
        databasePath = Invocation.resolveDatabasePath(parsed, environment)
        // Who acts is the login running kbk (its real user id), never a name given on the line.
        if let given = environment["KBK_ACTOR"], !given.isEmpty {
            throw UsageError(message: Msg.actorRetired("KBK_ACTOR"), commandPath: parsed.path)
        }
        actorText = context.loginName ?? ""
    }

    /// The language of everything the command prints: `--lang`, else `KBK_LANG`, else the
    /// organisation's `org.lang` in the database the command names, else Indonesian.
    static func resolveLanguage(_ parsed: ParsedCommandLine?, _ environment: [String: String]) throws(UsageError)
        -> Language
    {
        if let value = parsed?.globals[.lang] {
            guard let language = Language(rawValue: value.lowercased()) else {
                throw UsageError(message: Msg.languageNotAllowed("--lang", value), commandPath: parsed?.path ?? [])
            }
            return language
        }
        if let language = environmentLanguage(environment) { return language }
        if let parsed, let language = Settings.organisationLanguage(at: resolveDatabasePath(parsed, environment)) {
            return language
        }
        return .id
    }

    /// A valid `--lang` value from the raw arguments, before they are parsed.
    static func languageHint(_ arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            let option = "--" + GlobalOption.lang.rawValue
            if argument.hasPrefix(option + "=") {
                return Language(rawValue: String(argument.dropFirst(option.count + 1)).lowercased())
            }
            if argument == option, index + 1 < arguments.count {
                return Language(rawValue: arguments[index + 1].lowercased())
            }
        }
        return nil
    }

    /// `KBK_LANG` when it names a language; an empty or unknown value is no choice.
    static func environmentLanguage(_ environment: [String: String]) -> Language? {
        environment["KBK_LANG"].flatMap { Language(rawValue: $0.lowercased()) }
    }

    static func resolveDatabasePath(_ parsed: ParsedCommandLine, _ environment: [String: String]) -> String {
        if let path = parsed.globals[.db], !path.isEmpty { return path }
        if let path = environment["KBK_DB"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/kbk/kbk.sqlite" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/kbk/kbk.sqlite" }
        return "kbk.sqlite"
    }

    // MARK: Arguments

    /// A coded value by its code, or by the word a person reads for it in either language
    /// (`--kind dinas`, `--role ketua`, `--channel telepon`): a word that names one value only.
    static func parseChoiceOrWord<E: RawRepresentable & CaseIterable>(_ text: String, field: String)
        throws(DomainError) -> E where E.RawValue == String
    {
        do {
            return try parseChoice(text, field: field)
        } catch {
            let word = text.trimmingWhitespace().lowercased()
            let matches = E.allCases.filter { value in
                guard let labelled = value as? any Labelled else { return false }
                return ([labelled.label.id, labelled.label.en] + labelled.typedWords).contains { label in
                    let label = label.lowercased()
                    // "rencana (plan)": the word before the code in brackets names it too.
                    return label == word || label.split(separator: " (").first.map(String.init) == word
                }
            }
            guard matches.count == 1, let value = matches.first else { throw error }
            return value
        }
    }

    /// An enum-valued positional argument.
    func choiceArgument<E: RawRepresentable & CaseIterable>(_ index: Int, _ type: E.Type = E.self) throws -> E
    where E.RawValue == String {
        let spec = parsed.command.arguments[index]
        precondition(
            spec.choices == E.allCases.map(\.rawValue), "<\(spec.name)> is not declared as a choice of \(E.self)")
        return try parse(argument(index) ?? "") { (text: String) throws(DomainError) in
            try Invocation.parseChoiceOrWord(text, field: spec.name)
        }
    }

    func argument(_ index: Int) -> String? { index < parsed.arguments.count ? parsed.arguments[index] : nil }

    func usageError(_ message: Text) -> UsageError {
        UsageError(message: message, commandPath: parsed.path)
    }

    /// Runs a domain parser on typed text: a value of the wrong shape is a usage error (64); a value
    /// of the right shape that breaks a rule stays a data error (65).
    func parse<T>(_ text: String, _ parser: (String) throws(DomainError) -> T) throws -> T {
        do {
            return try parser(text)
        } catch  where error.isMalformed {
            throw usageError(ErrorReport.describe(error, timeZone: timeZone))
        }
    }

    /// The output format: `--format` if given and allowed here, else the command's default.
    func format() throws -> OutputFormat {
        let allowed = parsed.command.formats
        guard let text = parsed.globals[.format] else {
            // `--output laporan.html` asks for HTML as plainly as `--format html` does.
            if declares(CommonOptions.output), let path = try value(CommonOptions.output),
                let implied = OutputFormat.implied(byFileName: path)
            {
                guard allowed.contains(implied) else {
                    throw UsageError(
                        message: Msg.extensionNotAllowed(path, implied.rawValue, allowed.map(\.rawValue)),
                        commandPath: parsed.path)
                }
                return implied
            }
            return allowed.first ?? .table
        }
        guard let format = OutputFormat(rawValue: text.lowercased()), allowed.contains(format) else {
            throw UsageError(message: Msg.formatNotAllowed(text, allowed.map(\.rawValue)), commandPath: parsed.path)
        }
        return format
    }

    /// The login running kbk, as the audit trail's actor; the store checks that it is an official.
    func actor() throws -> Actor {
        guard let actor = try? Actor(actorText) else {
            throw CommandFailure(exitCode: .noPermission, message: Msg.notAnOfficial(actorText, databasePath))
        }
        return actor
    }

    var today: CivilDate { clock().date(in: timeZone) }

    /// A date: `YYYY-MM-DD`, `5/12/2026`, or a day named relative to today (`CivilDate.relative`)
    /// in the office time zone.
    func parseDate(_ text: String, field: String) throws(DomainError) -> CivilDate {
        if let day = CivilDate.relative(text, today: today) { return day }
        return try CivilDate.parseEntered(text, field: field)
    }

    /// A record id argument such as a group id.
    func idArgument(_ index: Int, name: String) throws -> Int64 {
        let text = argument(index) ?? ""
        return try parse(text) { (text: String) throws(DomainError) in
            try EnteredValue.recordID(text, field: name)
        }
    }

    // MARK: Database

    func openStore(_ mode: Store.OpenMode) throws -> Store {
        try Store(
            path: databasePath, mode: mode, actor: try actor(), onBehalfOf: parsed.globals[.onBehalfOf],
            clock: clock, realClock: realClock,
            timeZone: timeZone,
            busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }

    // MARK: Output

    /// A warning for a person: on stderr, never in the data on stdout.
    func warn(_ text: Text) {
        context.stderr.write(Msg.warningPrefix(language) + text(language) + "\n")
    }

    /// One warning per year in which open deadlines run while no national day is recorded
    /// (`check`, `inbox`, `escalate`).
    func warnAboutYearsWithoutNationalDays(_ years: [Int]) {
        for year in years { warn(Msg.deadlinesInYearWithoutNationalDays(year)) }
    }
}
