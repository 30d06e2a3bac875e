import KBKDomain
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
    private let actorText: String

    init(context: Context, parsed: ParsedCommandLine) throws(UsageError) {
        self.context = context
        self.parsed = parsed
        let environment = context.environment
        language = try Invocation.resolveLanguage(parsed, environment)
        func usage(_ error: DomainError) -> UsageError {
            UsageError(message: KBKCLI.describe(error), commandPath: parsed.path)
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
                let instant = try Timestamp.parse(pinned, field: "KBK_NOW")
                clock = { instant }
            } else {
                clock = context.clock
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
        actorText = parsed.globals["actor"] ?? environment["KBK_ACTOR"].flatMap { $0.isEmpty ? nil : $0 } ?? context.loginName ?? "unknown"
    }

    static func resolveLanguage(_ parsed: ParsedCommandLine?, _ environment: [String: String]) throws(UsageError) -> Language {
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
            if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1].lowercased()) }
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

    func value(_ name: String) -> String? { parsed.values[name] }
    func flag(_ name: String) -> Bool { parsed.flags.contains(name) }
    func argument(_ index: Int) -> String? { index < parsed.arguments.count ? parsed.arguments[index] : nil }

    /// Parses an option value; a malformed value is a usage error naming the option.
    func option<T>(_ name: String, _ parse: (String) throws(DomainError) -> T) throws(UsageError) -> T? {
        guard let text = value(name) else { return nil }
        do {
            return try parse(text)
        } catch {
            throw UsageError(message: KBKCLI.describe(error), commandPath: parsed.path)
        }
    }

    /// The output format: `--format` if given and allowed here, else the command's default.
    func format() throws(UsageError) -> OutputFormat {
        let allowed = parsed.command.formats
        guard let text = parsed.globals["format"] else { return allowed.first ?? .table }
        guard let format = OutputFormat(rawValue: text.lowercased()), allowed.contains(format) else {
            throw UsageError(message: Msg.formatNotAllowed(text, allowed.map(\.rawValue)), commandPath: parsed.path)
        }
        return format
    }

    func actor() throws(UsageError) -> Actor {
        do {
            return try Actor(actorText)
        } catch {
            throw UsageError(message: KBKCLI.describe(error), commandPath: parsed.path)
        }
    }

    /// Parses a date option: `YYYY-MM-DD`, `today`, `yesterday` (in the office time zone), or a full timestamp.
    func instantOption(_ name: String) throws(UsageError) -> Timestamp? {
        let timeZone = timeZone
        let today = clock().date(in: timeZone)
        return try option(name) { (text: String) throws(DomainError) -> Timestamp in
            switch text.lowercased() {
            case "today": return Timestamp(startOf: today, in: timeZone)
            case "yesterday": return Timestamp(startOf: today.adding(days: -1), in: timeZone)
            default:
                if text.count == 10 { return Timestamp(startOf: try CivilDate.parse(text, field: "--\(name)"), in: timeZone) }
                return try Timestamp.parse(text, field: "--\(name)")
            }
        }
    }

    // MARK: Database

    func openStore(_ mode: Store.OpenMode) throws -> Store {
        try Store(path: databasePath, mode: mode, actor: try actor(), clock: clock, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
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
}
