import KBKDomain
import KBKPresentation
import KBKStore

/// A failure with a chosen exit code and a message for the user.
struct CommandFailure: Error {
    let exitCode: ExitCode
    let message: Text
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

    init(context: Context, parsed: ParsedCommandLine) throws(UsageError) {
        self.context = context
        self.parsed = parsed
        let environment = context.environment
        language = try Invocation.resolveLanguage(parsed, environment)
        func usage(_ error: DomainError) -> UsageError {
            UsageError(message: ErrorReport.describe(error), commandPath: parsed.path)
        }
        do throws(DomainError) {
            if let tz = parsed.globals["tz"] {
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

    static func resolveLanguage(_ parsed: ParsedCommandLine?, _ environment: [String: String]) throws(UsageError)
        -> Language
    {
        if let value = parsed?.globals["lang"] {
            guard let language = Language(rawValue: value.lowercased()) else {
                throw UsageError(message: Msg.languageNotAllowed("--lang", value), commandPath: parsed?.path ?? [])
            }
            return language
        }
        return fallbackLanguage(environment)
    }

    /// A valid `--lang` value from the raw arguments, before they are parsed.
    static func languageHint(_ arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7)).lowercased()) }
            if argument == "--lang", index + 1 < arguments.count {
                return Language(rawValue: arguments[index + 1].lowercased())
            }
        }
        return nil
    }

    /// The language from the environment alone: KBK_LANG, else LANG starting with "id", else English.
    static func fallbackLanguage(_ environment: [String: String]) -> Language {
        if let value = environment["KBK_LANG"], let language = Language(rawValue: value.lowercased()) {
            return language
        }
        return environment["LANG"]?.lowercased().hasPrefix("id") == true ? .id : .en
    }

    static func resolveDatabasePath(_ parsed: ParsedCommandLine, _ environment: [String: String]) -> String {
        if let path = parsed.globals["db"], !path.isEmpty { return path }
        if let path = environment["KBK_DB"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/kbk/kbk.sqlite" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/kbk/kbk.sqlite" }
        return "kbk.sqlite"
    }

    // MARK: Arguments

    /// The declaration of an option of the running command. Every read goes through it, so a
    /// name read but never declared (a typo, a renamed option) is a programming error that the
    /// test running every command's examples finds, not a silently absent value.
    func declaration(_ name: String) -> OptionSpec {
        guard let option = parsed.command.option(named: name) else {
            preconditionFailure("\(parsed.commandName) reads --\(name), which it does not declare")
        }
        return option
    }

    /// The last value of an option, if given.
    func value(_ name: String) -> String? {
        precondition(!declaration(name).isFlag, "--\(name) is a flag")
        return parsed.values[name]?.last
    }
    /// Every value of a repeatable option.
    func values(_ name: String) -> [String] {
        precondition(declaration(name).isRepeatable, "--\(name) is not repeatable")
        return parsed.values[name] ?? []
    }
    func flag(_ name: String) -> Bool {
        precondition(declaration(name).isFlag, "--\(name) takes a value")
        return parsed.flags.contains(name)
    }

    /// A parser of an enum-valued option, after checking the option is declared as that enum's choice.
    private func choiceParser<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) -> (String)
        throws(DomainError) -> E where E.RawValue == String
    {
        precondition(
            declaration(name).choices == E.allCases.map(\.rawValue),
            "--\(name) is not declared as a choice of \(E.self)")
        return { (text: String) throws(DomainError) in try Invocation.parseChoiceOrWord(text, field: name) }
    }

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
                return [labelled.label.id, labelled.label.en].contains { label in
                    let label = label.lowercased()
                    // "rencana (plan)": the word before the code in brackets names it too.
                    return label == word || label.split(separator: " (").first.map(String.init) == word
                }
            }
            guard matches.count == 1, let value = matches.first else { throw error }
            return value
        }
    }

    /// An enum-valued option, parsed by the enum's own cases (those its declaration lists).
    func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type = E.self) throws -> E?
    where E.RawValue == String {
        try option(name, choiceParser(name, type))
    }

    func requiredChoice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type = E.self) throws -> E
    where E.RawValue == String {
        guard let value = try choice(name, type) else { throw missingOption(name) }
        return value
    }

    /// Every value of a repeatable enum-valued option.
    func choices<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type = E.self) throws -> [E]
    where E.RawValue == String {
        let parser = choiceParser(name, type)
        return try values(name).map { try parse($0, parser) }
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

    func missingOption(_ name: String) -> UsageError {
        usageError(Msg.missingOption("--\(name)", declaration(name).valueName ?? "value"))
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

    /// Parses an option value if given.
    func option<T>(_ name: String, _ parser: (String) throws(DomainError) -> T) throws -> T? {
        guard let text = value(name) else { return nil }
        return try parse(text, parser)
    }

    /// Parses an option that must be given.
    func required<T>(_ name: String, _ parser: (String) throws(DomainError) -> T) throws -> T {
        guard let text = value(name) else { throw missingOption(name) }
        return try parse(text, parser)
    }

    /// For `edit` commands: nil when the option is absent, `.some(nil)` when given empty (clear the field).
    func clearable<T>(_ name: String, _ parser: (String) throws(DomainError) -> T) throws -> T?? {
        guard let text = value(name) else { return nil }
        if text.trimmingWhitespace().isEmpty { return .some(nil) }
        return .some(try parse(text, parser))
    }

    /// The output format: `--format` if given and allowed here, else the command's default.
    func format() throws(UsageError) -> OutputFormat {
        let allowed = parsed.command.formats
        guard let text = parsed.globals["format"] else {
            // `--output laporan.html` asks for HTML as plainly as `--format html` does.
            if parsed.command.option(named: "output") != nil, let path = value("output"),
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

    /// A date: `YYYY-MM-DD`, `today` or `yesterday` in the office time zone.
    func parseDate(_ text: String, field: String) throws(DomainError) -> CivilDate {
        switch text.lowercased() {
        case "today": return today
        case "yesterday": return today.adding(days: -1)
        default: return try CivilDate.parseEntered(text, field: field)
        }
    }

    func dateOption(_ name: String) throws -> CivilDate? {
        try option(name) { (text: String) throws(DomainError) in try parseDate(text, field: "--\(name)") }
    }

    /// `--from` and `--to` dates of a list; `--from` after `--to` is refused (65).
    func dateRange(from fromName: String = "from", to toName: String = "to") throws -> (
        from: CivilDate?, to: CivilDate?
    ) {
        let from = try dateOption(fromName)
        let to = try dateOption(toName)
        if let from, let to {
            try ReportPeriod.checkOrder(from: from, to: to, fromField: "--\(fromName)", toField: "--\(toName)")
        }
        return (from, to)
    }

    /// An instant option: a date (from its local midnight) or a full timestamp.
    func instantOption(_ name: String) throws -> Timestamp? {
        let timeZone = timeZone
        return try option(name) { (text: String) throws(DomainError) -> Timestamp in
            if text.count <= 10 { return Timestamp(startOf: try parseDate(text, field: "--\(name)"), in: timeZone) }
            return try Timestamp.parseEntered(text, field: "--\(name)")
        }
    }

    /// An event time: an ISO 8601 time with offset, `YYYY-MM-DD HH:MM[:SS]` in the office time zone,
    /// a date alone (its local midnight), or `now`.
    func timeOption(_ name: String) throws -> Timestamp? {
        let timeZone = timeZone
        let now = clock()
        let today = today
        return try option(name) { (text: String) throws(DomainError) -> Timestamp in
            try EnteredValue.officeTime(text, field: "--\(name)", timeZone: timeZone, now: now, today: today)
        }
    }

    /// A whole number within `range`.
    func intOption(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        try option(name) { (text: String) throws(DomainError) in
            try EnteredValue.integer(text, field: "--\(name)", in: range)
        }
    }

    /// A record id argument such as a group id.
    func idArgument(_ index: Int, name: String) throws -> Int64 {
        let text = argument(index) ?? ""
        return try parse(text) { (text: String) throws(DomainError) in
            Int64(try EnteredValue.integer(text, field: name, in: 1...Int.max))
        }
    }

    // MARK: Database

    // MARK: Database

    func openStore(_ mode: Store.OpenMode) throws -> Store {
        try Store(
            path: databasePath, mode: mode, actor: try actor(), onBehalfOf: parsed.globals["on-behalf-of"],
            clock: clock, realClock: realClock,
            timeZone: timeZone,
            busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }

    // MARK: Output

    func print(_ text: String) {
        context.stdout.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    func say(_ text: Text) {
        print(text(language))
    }

    func emit(_ json: JSON) {
        print(json.serialized())
    }

    /// Prints one record in a machine format: JSON as it is, CSV as one flat row.
    func emitRecord(_ json: JSON, _ format: OutputFormat) {
        if format == .csv { context.stdout.write(json.flatCSV()) } else { emit(json) }
    }

    /// A warning for a person: on stderr, never in the data on stdout.
    func warn(_ text: Text) {
        context.stderr.write(Msg.warningPrefix(language) + text(language) + "\n")
    }

    /// One warning per year in which open deadlines run while no national day is recorded
    /// (`check`, `inbox`, `escalate`).
    func warnAboutYearsWithoutNationalDays(_ years: [Int]) {
        for year in years { warn(Msg.deadlinesInYearWithoutNationalDays(year)) }
    }

    /// Reports a change: the record as JSON in JSON mode, else one line.
    func reportChange(_ format: OutputFormat, json: JSON, line: Text) {
        if format == .json { emit(json) } else { say(line) }
    }
}
