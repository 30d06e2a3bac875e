import KBKDomain

/// What a command gives back: a value, never text. One formatter (`rendered(_:language:)`) turns
/// it into the format asked for, so a list is a table for a person, RFC 4180 CSV and JSON for a
/// script, whichever command made it; a command does not write its own output.
package enum CommandOutput: Sendable {
    /// Nothing on standard output (a command that only warns, or wrote a file).
    case nothing
    /// A line for a person, in every format.
    case line(Text)
    /// A change made: its record in JSON, one line for a person otherwise.
    case change(JSON, line: Text)
    /// Rows: a table for a person, CSV and JSON of the same rows for scripts.
    case rows(Tabular)
    /// Records that say more than what a person is shown (nested lists, every date): the records
    /// in JSON; in any other format, `shown` (rows, a record's fields, sections) in that format.
    /// The records are built only when JSON is asked for: a person's page of 100 rows does not pay
    /// for them.
    indirect case records(@Sendable () -> JSON, shown: CommandOutput)
    /// One record: labelled lines for a person, the record in JSON, one flat row in CSV.
    case record(Fields, json: JSON)
    /// Records for a script, in JSON whatever the format: what a command gives when JSON was asked
    /// for and its records say more than what a person is shown (a complaint with its history).
    case json(JSON)
    /// A finished document (a report, a manual page, a completion script), as it is.
    case text(String)
    /// A part under its heading line, no blank line between them (an SOP's revisions).
    indirect case titled(Text, CommandOutput)
    /// Parts one after another, a blank line between them (a group with its members and meetings).
    indirect case sections([CommandOutput])

    /// The output in `format`, in the reader's language.
    package func rendered(_ format: OutputFormat, language: Language) -> String {
        switch self {
        case .nothing: return ""
        case .line(let text): return CommandOutput.asLine(text(language))
        case .change(let json, let line):
            return format == .json ? json.serialized() + "\n" : CommandOutput.asLine(line(language))
        case .rows(let table): return table.render(format, language: language)
        case .records(let records, let shown):
            return format == .json ? records().serialized() + "\n" : shown.rendered(format, language: language)
        case .record(let fields, let json):
            switch format {
            case .json: return json.serialized() + "\n"
            case .csv: return json.flatCSV()
            default: return fields.render()
            }
        case .json(let json): return json.serialized() + "\n"
        case .text(let text): return text
        case .titled(let heading, let part):
            return CommandOutput.asLine(heading(language)) + part.rendered(format, language: language)
        case .sections(let parts):
            return parts.map { $0.rendered(format, language: language) }.filter { !$0.isEmpty }
                .joined(separator: "\n")
        }
    }

    private static func asLine(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n" }
}
