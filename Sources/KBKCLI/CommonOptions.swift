import KBKDomain
import KBKPresentation

/// The options many commands share, each declared once with its type, help and default; a
/// command lists them in its `options:` and reads them by value like its own.
enum CommonOptions {
    /// Where a command's output goes: a file (never the database, never an existing file without
    /// `--force`), or `-` for standard output. Read by `writeOutput` and by `format()`, whose
    /// default it sets from the file's extension.
    static let output = Option.raw("output", valueName: "file", help: Msg.optOutput)
    /// Lets `--output` replace an existing file.
    static let force = Flag("force", help: Msg.optForce)

    /// A list's filter by unit.
    static let unitFilter = Option.parsed("skpd", valueName: "code", help: Msg.optSkpdFilter, UnitCode.init)
    /// The unit (and its units) a report or a list of its work is about.
    static let reportUnit = Option.parsed("skpd", valueName: "code", help: Msg.optReportSkpd, UnitCode.init)

    /// A list's filter by year, among the years kbk accepts for anything dated.
    static let year = Option.integer("year", valueName: "year", help: Msg.optYear, in: CivilDate.plausibleYears)

    /// The day something ends or is done; absent, today.
    static let on = Option.date("on", help: Msg.optOn, defaultValue: "today")

    /// A list's records that ended too (dissolved, inactive, past).
    static let all = Flag("all", help: Msg.optAll)
}
