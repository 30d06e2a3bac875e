import KBKDomain
import KBKPresentation

/// A command-line option of a command: `--name <value>` or a flag `--name`.
struct OptionSpec: Sendable {
    let name: String
    /// The placeholder for the value, e.g. "kind"; nil for a flag.
    let valueName: String?
    let help: Text
    var defaultValue: String? = nil
    /// Must be given.
    var isRequired = false
    /// May be given more than once (e.g. `--attendee NIP --attendee NIP`).
    var isRepeatable = false

    /// The values an enum-valued option accepts, from the enum itself (`choice`); help lists them.
    var choices: [String] = []

    var isFlag: Bool { valueName == nil }

    /// An option whose values are the cases of `E`: accepted values and help come from the enum.
    static func choice<E: RawRepresentable & CaseIterable>(
        _ name: String, _ type: E.Type, valueName: String? = nil, help: Text, defaultValue: E? = nil,
        isRequired: Bool = false,
        isRepeatable: Bool = false
    ) -> OptionSpec where E.RawValue == String {
        OptionSpec(
            name: name, valueName: valueName ?? name, help: help, defaultValue: defaultValue?.rawValue,
            isRequired: isRequired,
            isRepeatable: isRepeatable, choices: E.allCases.map(\.rawValue))
    }

    func synopsis(_ words: HelpWords) -> String {
        valueName.map { "--\(name) <\(words.placeholder($0))>" } ?? "--\(name)"
    }
}

/// A positional argument of a command.
struct ArgumentSpec: Sendable {
    let name: String
    let help: Text
    var isOptional = false
    /// Takes every remaining argument (the last argument only).
    var isVariadic = false
    /// The values an enum-valued argument accepts, from the enum itself; help lists them.
    var choices: [String] = []

    static func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type, help: Text) -> ArgumentSpec
    where E.RawValue == String {
        ArgumentSpec(name: name, help: help, choices: E.allCases.map(\.rawValue))
    }
}

/// One command or command group. Commands are values; `run` does the work and gives back what
/// to show as a `CommandOutput`, which `Invocation.present` renders and writes.
struct CommandSpec: Sendable {
    let name: String
    let abstract: Text
    var discussion: Text? = nil
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    /// The formats `--format` accepts for this command; the first is the default. Empty: no output format.
    var formats: [OutputFormat] = []
    var examples: [String] = []
    var subcommands: [CommandSpec] = []
    var run: (@Sendable (Invocation) throws -> CommandOutput)? = nil
    /// On a program's root: the global options its commands take (kbk-province has no database
    /// file and no official to act for).
    var globalOptions = GlobalOption.allCases

    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }

    /// Every option this command accepts on its line, with the dashes: its own, `--format` when
    /// it has formats, the global ones and the help.
    func acceptedOptions(globals: [GlobalOption]) -> [String] {
        options.map { "--\($0.name)" } + (formats.isEmpty ? [] : ["--format"])
            + globals.filter { $0 != .format }.map { "--\($0.rawValue)" } + ["--help"]
    }
}

/// What the parser found on the command line.
struct ParsedCommandLine {
    /// The command names from the root, e.g. ["kbk", "audit"].
    var path: [CommandSpec]
    var globals: [GlobalOption: String] = [:]
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var arguments: [String] = []
    var wantsHelp = false
    var wantsVersion = false

    var command: CommandSpec { path[path.count - 1] }
    var commandName: String { path.map(\.name).joined(separator: " ") }
}

/// The options every command accepts, anywhere on the line.
enum GlobalOption: String, CaseIterable {
    case db, lang
    case onBehalfOf = "on-behalf-of"
    case format, tz

    var valueName: String {
        switch self {
        case .db: "path"
        case .lang: "id|en"
        case .onBehalfOf: "login"
        case .format: "format"
        case .tz: "offset"
        }
    }

    var help: Text {
        switch self {
        case .db: Msg.dbOption
        case .lang: Msg.langOption
        case .onBehalfOf: Msg.onBehalfOfOption
        case .format: Msg.formatOption
        case .tz: Msg.tzOption
        }
    }
}

/// A usage error: exit code 64, the message, the command's usage line and a pointer to its help.
struct UsageError: Error {
    let message: Text
    let commandPath: [CommandSpec]
}

enum CommandLineParser {
    /// Parses `arguments` (without the program name) against the command tree under `root`.
    /// A command's own option wins over a global option of the same name (e.g. `audit --actor`).
    static func parse(_ arguments: [String], root: CommandSpec) throws(UsageError) -> ParsedCommandLine {
        var parsed = ParsedCommandLine(path: [root])
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            // A negative number ("-7.49,109.18,…") is a value: no option's name begins with a digit.
            let isNegativeNumber = token.dropFirst().first.map { $0.isASCII && $0.isNumber } ?? false
            if onlyPositionals || token == "-" || !token.hasPrefix("-") || isNegativeNumber {
                if !onlyPositionals, parsed.arguments.isEmpty, !parsed.command.subcommands.isEmpty {
                    if let sub = parsed.command.subcommand(named: token) {
                        parsed.path.append(sub)
                        continue
                    }
                    // `kbk complaint help new` is `kbk help complaint new`: the names after it are
                    // the command whose help is asked for.
                    if token == "help" {
                        parsed.wantsHelp = true
                        for name in arguments[index...] where !name.hasPrefix("-") {
                            guard let sub = parsed.command.subcommand(named: name) else {
                                throw UsageError(
                                    message: Msg.unknownCommand(name, parsed.command.subcommands.map(\.name)),
                                    commandPath: parsed.path)
                            }
                            parsed.path.append(sub)
                        }
                        index = arguments.count
                        continue
                    }
                    // A command that runs itself takes arguments beside its subcommands (`import KIND FILE`, `import
                    // template KIND`).
                    guard parsed.command.run != nil else {
                        throw UsageError(
                            message: Msg.unknownCommand(token, parsed.command.subcommands.map(\.name)),
                            commandPath: parsed.path)
                    }
                }
                parsed.arguments.append(token)
                continue
            }
            if token == "--" {
                onlyPositionals = true
                continue
            }
            if token == "-h" || token == "--help" {
                parsed.wantsHelp = true
                continue
            }
            if token == "--version" && parsed.path.count == 1 {
                parsed.wantsVersion = true
                continue
            }
            guard token.hasPrefix("--") else {
                throw UsageError(message: Msg.unknownOption(token), commandPath: parsed.path)
            }
            var name = String(token.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            // A value that looks like an option is not taken as one (`--name --anonymous` would store
            // the name "--anonymous"): such a value must be given as `--name=--anonymous`.
            func takeValue(_ valueName: String) throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                guard index < arguments.count, !CommandLineParser.looksLikeOption(arguments[index]) else {
                    throw UsageError(message: Msg.missingValue("--\(name)", valueName), commandPath: parsed.path)
                }
                index += 1
                return arguments[index - 1]
            }
            if let option = parsed.command.option(named: name) {
                if let valueName = option.valueName {
                    let value = try takeValue(valueName)
                    if parsed.values[name] != nil && !option.isRepeatable {
                        throw UsageError(message: Msg.optionRepeated("--\(name)"), commandPath: parsed.path)
                    }
                    parsed.values[name, default: []].append(value)
                } else {
                    guard inlineValue == nil else {
                        throw UsageError(message: Msg.flagTakesNoValue("--\(name)"), commandPath: parsed.path)
                    }
                    parsed.flags.insert(name)
                }
            } else if let global = GlobalOption(rawValue: name), parsed.path[0].globalOptions.contains(global) {
                let value = try takeValue(global.valueName)
                if parsed.globals[global] != nil {
                    throw UsageError(message: Msg.optionRepeated("--\(name)"), commandPath: parsed.path)
                }
                parsed.globals[global] = value
            } else if name == "actor" {
                throw UsageError(message: Msg.actorRetired("--actor"), commandPath: parsed.path)
            } else {
                let known = parsed.command.acceptedOptions(globals: parsed.path[0].globalOptions)
                throw UsageError(message: Msg.unknownOption("--\(name)", known: known), commandPath: parsed.path)
            }
        }
        if !parsed.wantsHelp && !parsed.wantsVersion {
            try checkArguments(parsed)
        }
        return parsed
    }

    /// `--x`, `--`, `-h`: what the parser reads as an option or separator. A lone `-` (standard
    /// output) and negative numbers or offsets (`-1`, `-05:00`) are values.
    static func looksLikeOption(_ token: String) -> Bool {
        token.hasPrefix("--") || token == "-h"
    }

    private static func checkArguments(_ parsed: ParsedCommandLine) throws(UsageError) {
        let command = parsed.command
        guard command.run != nil else { return }
        let required = command.arguments.filter { !$0.isOptional }
        if parsed.arguments.count < required.count {
            throw UsageError(
                message: Msg.missingArgument(required[parsed.arguments.count].name), commandPath: parsed.path)
        }
        if parsed.arguments.count > command.arguments.count && command.arguments.last?.isVariadic != true {
            throw UsageError(
                message: Msg.unexpectedArgument(parsed.arguments[command.arguments.count]), commandPath: parsed.path)
        }
    }
}

/// Help text in the layout of swift-argument-parser.
/// The layout words of help and of an error, in the reader's language.
struct HelpWords {
    let overview, usage, arguments, options, globalOptions, subcommands, examples, error: String
    let language: Language

    init(_ language: Language) {
        self.language = language
        if language == .id {
            (overview, usage, arguments, options) = ("RINGKASAN", "PEMAKAIAN", "ARGUMEN", "OPSI")
            (globalOptions, subcommands, examples, error) = ("OPSI GLOBAL", "SUBPERINTAH", "CONTOH", "Kesalahan")
        } else {
            (overview, usage, arguments, options) = ("OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS")
            (globalOptions, subcommands, examples, error) = ("GLOBAL OPTIONS", "SUBCOMMANDS", "EXAMPLES", "Error")
        }
    }

    /// A value's placeholder (`<code>`) in the reader's language; option names stay as typed.
    func placeholder(_ name: String) -> String {
        guard language == .id else { return name }
        return Msg.indonesianPlaceholders[name] ?? name
    }

    /// "Usage" at the start of a line, after an error.
    var usageLine: String { language == .id ? "Pemakaian" : "Usage" }

    func defaultValue(_ value: String) -> String {
        // A date's default is typed "today", a time's "now": in Indonesian "hari ini" and "sekarang".
        let indonesian = ["today": "hari ini", "now": "sekarang"][value] ?? value
        return language == .id ? "(bawaan: \(indonesian))" : "(default: \(value))"
    }
}

enum HelpRenderer {
    static func usage(_ path: [CommandSpec], language: Language) -> String {
        let words = HelpWords(language)
        let command = path[path.count - 1]
        var parts = [path.map(\.name).joined(separator: " ")]
        if !command.subcommands.isEmpty && command.run == nil {
            parts.append("<\(words.placeholder("subcommand"))>")
        }
        for argument in command.arguments {
            let name = "<\(words.placeholder(argument.name))>" + (argument.isVariadic ? " ..." : "")
            parts.append(argument.isOptional ? "[\(name)]" : name)
        }
        for option in command.options {
            parts.append(
                option.isRequired
                    ? option.synopsis(words) : "[\(option.synopsis(words))]" + (option.isRepeatable ? " ..." : ""))
        }
        if !command.formats.isEmpty {
            parts.append("[--format \(command.formats.map(\.rawValue).joined(separator: "|"))]")
        }
        return parts.joined(separator: " ")
    }

    static func help(_ path: [CommandSpec], language: Language) -> String {
        let command = path[path.count - 1]
        let words = HelpWords(language)
        var out = "\(words.overview): \(command.abstract(language))\n"
        if let discussion = command.discussion { out += "\n" + discussion(language) + "\n" }
        out += "\n\(words.usage): \(usage(path, language: language))\n"
        if !command.arguments.isEmpty {
            out += "\n\(words.arguments):\n"
            for argument in command.arguments {
                out += row(
                    "<\(words.placeholder(argument.name))>",
                    withChoices(argument.help(language), argument.choices, language))
            }
        }
        if command.run != nil || path.count == 1 {
            out += "\n\(words.options):\n"
            for option in command.options {
                var help = withChoices(option.help(language), option.choices, language)
                if let defaultValue = option.defaultValue { help += " " + words.defaultValue(defaultValue) }
                out += row(option.synopsis(words), help)
            }
            if !command.formats.isEmpty {
                out += row(
                    "--format <\(words.placeholder("format"))>",
                    Msg.formatOption(language) + " " + command.formats.map(\.rawValue).joined(separator: ", ")
                        + " " + words.defaultValue(command.formats[0].rawValue))
            }
            if path.count == 1 { out += row("--version", Msg.versionOption(language)) }
            out += row("-h, --help", Msg.helpOption(language))
            out += "\n\(words.globalOptions):\n"
            for global in path[0].globalOptions
            where global != .format && command.option(named: global.rawValue) == nil {
                out += row("--\(global.rawValue) <\(words.placeholder(global.valueName))>", global.help(language))
            }
        }
        if !command.subcommands.isEmpty {
            out += "\n\(words.subcommands):\n"
            for sub in command.subcommands { out += row(sub.name, sub.abstract(language)) }
            // `kbk help skpd <subcommand>`: the help command takes the path after the program's name.
            let helpCommand = ([path[0].name, "help"] + path.dropFirst().map(\.name)).joined(separator: " ")
            out += "\n  " + Msg.seeSubcommandHelp(helpCommand)(language) + "\n"
        }
        if !command.examples.isEmpty {
            out += "\n\(words.examples):\n"
            for example in command.examples { out += "  \(example)\n" }
        }
        return out
    }

    private static func withChoices(_ help: String, _ choices: [String], _ language: Language) -> String {
        choices.isEmpty ? help : help + " " + Msg.valuesAre(choices)(language)
    }

    private static func row(_ label: String, _ help: String) -> String {
        let column = 26
        if label.count + 2 >= column {
            return "  \(label)\n" + String(repeating: " ", count: column) + help + "\n"
        }
        return "  " + label + String(repeating: " ", count: column - 2 - label.count) + help + "\n"
    }
}

/// One command of the tree as seen from outside: for tests that walk every command (unique names,
/// help, examples) and for any later shell completion.
public struct CommandInfo: Sendable {
    /// The names from the root, without `kbk`: ["complaint", "list"].
    public let path: [String]
    /// Whether the command runs itself (a group without `run` only shows its help).
    public let runs: Bool
    public let abstract: [String]
    public let examples: [String]
    public let optionNames: [String]
    public let argumentNames: [String]
    public let subcommandNames: [String]
}

extension KBKCLI {
    /// Every command of the tree, depth first, the root first.
    public static func commands() -> [CommandInfo] {
        var result: [CommandInfo] = []
        func visit(_ command: CommandSpec, _ path: [String]) {
            result.append(
                CommandInfo(
                    path: path, runs: command.run != nil,
                    abstract: Language.allCases.map { command.abstract($0) }, examples: command.examples,
                    optionNames: command.options.map(\.name), argumentNames: command.arguments.map(\.name),
                    subcommandNames: command.subcommands.map(\.name)))
            for sub in command.subcommands { visit(sub, path + [sub.name]) }
        }
        visit(rootCommand, [])
        return result
    }

    /// The names of the options every command accepts.
    public static let globalOptionNames = GlobalOption.allCases.map(\.rawValue)
}
