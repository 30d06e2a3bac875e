import KBKDomain
import KBKPresentation

/// An option as the parser and the help know it, whatever its type.
protocol DeclaredOption: Sendable {
    var spec: OptionSpec { get }
}

extension DeclaredOption {
    /// The option as typed on the line, for messages: `--from`.
    var dashed: String { "--\(spec.name)" }
}

/// An option declared once, with its type: its spelling, help and default (`spec`, which the
/// parser and the help read), and the function that turns what was typed into its value. Commands
/// read it by value (`try invocation.required(Self.subject)`), never by its name as a string.
struct Option<Value: Sendable>: DeclaredOption {
    let spec: OptionSpec
    /// The value when the option is not given; nil when absence means "not given".
    var defaultValue: Value? = nil
    /// Parses one typed value; the invocation lends today, the office time zone and the clock.
    let parse: @Sendable (_ text: String, _ invocation: Invocation) throws(DomainError) -> Value

    /// An option read by a domain parser that needs nothing but the text.
    static func parsed(
        _ name: String, valueName: String, help: Text, isRequired: Bool = false, isRepeatable: Bool = false,
        _ parser: @escaping @Sendable (String) throws(DomainError) -> Value
    ) -> Option {
        Option(
            spec: OptionSpec(
                name: name, valueName: valueName, help: help, isRequired: isRequired, isRepeatable: isRepeatable),
            parse: { text, _ throws(DomainError) in try parser(text) })
    }
}

/// An option without a value.
struct Flag: DeclaredOption {
    let spec: OptionSpec

    init(_ name: String, help: Text) {
        spec = OptionSpec(name: name, valueName: nil, help: help)
    }
}

extension Option where Value == String {
    /// The text as typed (a path, a key), checked by whoever reads it.
    static func raw(
        _ name: String, valueName: String, help: Text, isRequired: Bool = false, isRepeatable: Bool = false,
        defaultValue: String? = nil
    ) -> Option {
        Option(
            spec: OptionSpec(
                name: name, valueName: valueName, help: help, defaultValue: defaultValue, isRequired: isRequired,
                isRepeatable: isRepeatable),
            parse: { text, _ in text })
    }

    /// A short text on one line (a subject, a name), named `field` in errors.
    static func line(
        _ name: String, valueName: String = "text", help: Text, field: String? = nil, isRequired: Bool = false,
        isRepeatable: Bool = false
    ) -> Option {
        let field = field ?? name
        return Option(
            spec: OptionSpec(
                name: name, valueName: valueName, help: help, isRequired: isRequired, isRepeatable: isRepeatable),
            parse: { text, _ throws(DomainError) in try TextRules.name(text, field: field) })
    }

    /// A free text that may not be empty (a message, a description, a reason): several lines
    /// when `long`, else one.
    static func message(
        _ name: String, valueName: String = "text", help: Text, isRequired: Bool = true, long: Bool = true
    ) -> Option {
        Option(
            spec: OptionSpec(name: name, valueName: valueName, help: help, isRequired: isRequired),
            parse: { text, _ throws(DomainError) in
                guard let message = try TextRules.optional(text, field: name, long: long) else {
                    throw DomainError.invalid(field: name, value: text, reason: .empty)
                }
                return message
            })
    }
}

extension Option where Value == String? {
    /// A text that may be left empty (nil): one line, or several when `long`.
    static func optionalText(
        _ name: String, valueName: String = "text", help: Text, field: String? = nil, long: Bool = false
    ) -> Option {
        let field = field ?? name
        return Option(
            spec: OptionSpec(name: name, valueName: valueName, help: help),
            parse: { text, _ throws(DomainError) in try TextRules.optional(text, field: field, long: long) })
    }
}

extension Option where Value == Int {
    /// A whole number within `range`.
    static func integer(
        _ name: String, valueName: String = "n", help: Text, in range: ClosedRange<Int>, defaultValue: Int? = nil,
        isRequired: Bool = false
    ) -> Option {
        Option(
            spec: OptionSpec(
                name: name, valueName: valueName, help: help, defaultValue: defaultValue.map(String.init),
                isRequired: isRequired),
            defaultValue: defaultValue,
            parse: { text, _ throws(DomainError) in try EnteredValue.integer(text, field: "--\(name)", in: range) })
    }
}

extension Option where Value == Int64 {
    /// A record's number (a group, a survey, an improvement action): a whole number from 1.
    static func recordID(
        _ name: String, valueName: String = "id", help: Text, isRequired: Bool = false, isRepeatable: Bool = false
    ) -> Option {
        Option(
            spec: OptionSpec(
                name: name, valueName: valueName, help: help, isRequired: isRequired, isRepeatable: isRepeatable),
            parse: { text, _ throws(DomainError) in
                try EnteredValue.recordID(text, field: "--\(name)")
            })
    }
}

extension Option where Value == CivilDate {
    /// A date: `YYYY-MM-DD`, `today` or `yesterday` in the office time zone.
    static func date(
        _ name: String, valueName: String = "date", help: Text, isRequired: Bool = false, defaultValue: String? = nil
    ) -> Option {
        Option(
            spec: OptionSpec(
                name: name, valueName: valueName, help: help, defaultValue: defaultValue, isRequired: isRequired),
            parse: { text, invocation throws(DomainError) in try invocation.parseDate(text, field: "--\(name)") })
    }
}

extension Option where Value == Timestamp {
    /// An event time as officials write it (`EnteredValue.officeTime`): absent means "now" to the store.
    static func time(_ name: String, valueName: String = "time", help: Text, defaultValue: String? = nil) -> Option {
        Option(
            spec: OptionSpec(name: name, valueName: valueName, help: help, defaultValue: defaultValue),
            parse: { text, invocation throws(DomainError) in
                try EnteredValue.officeTime(
                    text, field: "--\(name)", timeZone: invocation.timeZone, now: invocation.clock(),
                    today: invocation.today)
            })
    }

    /// An instant: a date (from its local midnight) or a full timestamp.
    static func instant(_ name: String, valueName: String = "time", help: Text) -> Option {
        Option(
            spec: OptionSpec(name: name, valueName: valueName, help: help),
            parse: { text, invocation throws(DomainError) in
                if text.count <= 10 {
                    return Timestamp(
                        startOf: try invocation.parseDate(text, field: "--\(name)"), in: invocation.timeZone)
                }
                return try Timestamp.parseEntered(text, field: "--\(name)")
            })
    }
}

extension Option {
    /// A coded value, by its code or by the word a person reads for it (`Invocation.parseChoiceOrWord`);
    /// the accepted codes and the help come from the enum.
    static func choice(
        _ name: String, _ type: Value.Type, valueName: String? = nil, help: Text, defaultValue: Value? = nil,
        isRequired: Bool = false, isRepeatable: Bool = false
    ) -> Option where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
        Option(
            spec: .choice(
                name, type, valueName: valueName, help: help, defaultValue: defaultValue, isRequired: isRequired,
                isRepeatable: isRepeatable),
            defaultValue: defaultValue,
            parse: { text, _ throws(DomainError) in try Invocation.parseChoiceOrWord(text, field: name) })
    }
}

extension Option {
    /// A coded value that may be given empty to clear it (`complaint edit --maladministration ''`).
    static func clearableChoice<Choice>(
        _ name: String, _ type: Choice.Type, valueName: String? = nil, help: Text
    ) -> Option where Value == Choice?, Choice: RawRepresentable & CaseIterable & Sendable, Choice.RawValue == String {
        Option(
            spec: .choice(name, type, valueName: valueName, help: help),
            parse: { text, _ throws(DomainError) in
                text.trimmingWhitespace().isEmpty ? nil : try Invocation.parseChoiceOrWord(text, field: name)
            })
    }
}

extension Invocation {
    /// The text given for a declared option of the running command; every read checks the
    /// declaration, so an option read by a command that does not list it fails the examples' test.
    private func given(_ option: some DeclaredOption) -> [String]? {
        let name = option.spec.name
        precondition(
            parsed.command.option(named: name)?.name == name, "\(parsed.commandName) reads --\(name) undeclared")
        optionsRead.insert(name)
        return parsed.values[name]
    }

    /// Whether the running command declares the option (`--output` for `format()`).
    func declares(_ option: some DeclaredOption) -> Bool {
        parsed.command.option(named: option.spec.name) != nil
    }

    /// The option's value, its declared default when not given, or nil.
    func value<Value>(_ option: Option<Value>) throws -> Value? {
        guard let text = given(option)?.last else { return option.defaultValue }
        return try parse(text) { (text: String) throws(DomainError) in try option.parse(text, self) }
    }

    /// The value of an option that may be left empty to say "none" (`Option<String?>`, or for edits).
    func value<Value>(_ option: Option<Value?>) throws -> Value? {
        guard let text = given(option)?.last else { return option.defaultValue ?? nil }
        return try parse(text) { (text: String) throws(DomainError) in try option.parse(text, self) }
    }

    /// Whether the option was given at all, whatever its value.
    func isGiven(_ option: some DeclaredOption) -> Bool { given(option) != nil }

    /// The value of an option that must be given.
    func required<Value>(_ option: Option<Value>) throws -> Value {
        guard let value = try value(option) else { throw missingOption(option) }
        return value
    }

    /// Every value of a repeatable option, in the order given.
    func values<Value>(_ option: Option<Value>) throws -> [Value] {
        precondition(option.spec.isRepeatable, "--\(option.spec.name) is not repeatable")
        return try (given(option) ?? []).map { text in
            try parse(text) { (text: String) throws(DomainError) in try option.parse(text, self) }
        }
    }

    /// For `edit` commands: nil when the option is absent, `.some(nil)` when given empty (clear the field).
    func clearable<Value>(_ option: Option<Value>) throws -> Value?? {
        guard let text = given(option)?.last else { return nil }
        if text.trimmingWhitespace().isEmpty { return .some(nil) }
        return .some(try parse(text) { (text: String) throws(DomainError) in try option.parse(text, self) })
    }

    /// For `edit` commands, an option that reads "none" itself (`Option<String?>`): nil when absent,
    /// `.some(nil)` when given empty.
    func clearable<Value>(_ option: Option<Value?>) throws -> Value?? {
        guard let text = given(option)?.last else { return nil }
        if text.trimmingWhitespace().isEmpty { return .some(nil) }
        return .some(try parse(text) { (text: String) throws(DomainError) in try option.parse(text, self) })
    }

    /// The usage error for an option that must be given: its name and its value's placeholder.
    func missingOption(_ option: some DeclaredOption) -> UsageError {
        usageError(Msg.missingOption(option.dashed, option.spec.valueName ?? "value"))
    }

    /// The usage error for two options that exclude each other.
    func conflict(_ one: some DeclaredOption, _ other: some DeclaredOption) -> UsageError {
        usageError(Msg.conflictingOptions(one.dashed, other.dashed))
    }

    /// A `--from` and `--to` pair of dates; `--from` after `--to` is refused (65).
    func dateRange(_ from: Option<CivilDate>, _ to: Option<CivilDate>) throws -> (from: CivilDate?, to: CivilDate?) {
        let (start, end) = (try value(from), try value(to))
        if let start, let end {
            try ReportPeriod.checkOrder(
                from: start, to: end, fromField: "--\(from.spec.name)", toField: "--\(to.spec.name)")
        }
        return (start, end)
    }

    func isSet(_ flag: Flag) -> Bool {
        precondition(
            parsed.command.option(named: flag.spec.name)?.isFlag == true,
            "\(parsed.commandName) reads the flag --\(flag.spec.name) undeclared")
        optionsRead.insert(flag.spec.name)
        return parsed.flags.contains(flag.spec.name)
    }
}

extension OptionSpec: DeclaredOption {
    var spec: OptionSpec { self }
}

extension [OptionSpec] {
    /// The specs of declared options, for a command's `options:`.
    static func of(_ options: any DeclaredOption...) -> [OptionSpec] { options.map(\.spec) }
}

#if DEBUG
    extension Invocation {
        /// Under `KBK_TRACE_OPTION_READS=1` a debug build tells on stderr which declared options the
        /// command read, given or not: the test running every example checks each declared option is read.
        func traceOptionReads() {
            guard context.environment["KBK_TRACE_OPTION_READS"] == "1" else { return }
            context.stderr.write("kbk-trace: \(parsed.commandName): \(optionsRead.sorted().joined(separator: " "))\n")
        }
    }
#endif
