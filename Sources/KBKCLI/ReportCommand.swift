import KBKDomain
import KBKPresentation
import KBKReports
import KBKStore

/// `kbk report`: performance figures for the leadership.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report", abstract: Msg.reportAbstract, discussion: Msg.reportDiscussion,
        options: .of(
            period, from, to, CommonOptions.reportUnit, section, minimumCases, rankBy, ikmWeight, summary, number,
            CommonOptions.output, CommonOptions.force),
        formats: [.table, .markdown, .csv, .json, .html],
        examples: [
            "kbk report --period 2026-Q3", "kbk report --period 2026 --format html --output laporan-2026.html",
            "kbk report --period 2025 --rank-by resolved --section units",
            "kbk report --period 2026-Q3 --summary --output ringkasan-2026-Q3.html",
            "kbk --lang id report --period 2026-11 --skpd DPUPR --section units --section backlog",
        ],
        run: run)

    static let period = Option.parsed("period", valueName: "period", help: Msg.optPeriod, ReportPeriod.parse)
    static let from = Option.date("from", help: Msg.optReportFrom)
    static let to = Option.date("to", help: Msg.optReportTo)
    static let section = Option.choice("section", ReportSection.self, help: Msg.optSection, isRepeatable: true)
    static let minimumCases = Option.integer(
        "min-cases", help: Msg.optMinCases, in: ReportRequest.minimumCasesRange,
        defaultValue: ReportRequest.defaultMinimumCases)
    static let rankBy = Option.choice("rank-by", RankMeasure.self, help: Msg.optRankBy, defaultValue: .followUp)
    static let summary = Flag("summary", help: Msg.optReportSummary)
    static let number = Option.line("number", valueName: "number", help: Msg.optReportNumber)
    static let ikmWeight = Option.choice(
        "ikm-weight", IKMWeighting.self, help: Msg.optIKMWeight, defaultValue: .exact)

    static func run(_ invocation: Invocation) throws -> CommandOutput {
        let format = try invocation.format()
        let today = invocation.today
        let period: ReportPeriod
        if invocation.isGiven(Self.period) {
            if invocation.isGiven(from) || invocation.isGiven(to) {
                throw invocation.usageError(Msg.conflictingOptions(Self.period.dashed, "--from/--to"))
            }
            period = try invocation.required(Self.period)
        } else {
            let to = try invocation.value(Self.to) ?? today
            let from = try invocation.value(Self.from) ?? CivilDate(year: to.year, month: 1, day: 1)!
            period = try ReportPeriod(from: from, to: to)
        }
        let summaryOnly = invocation.isSet(summary)
        var sections = try invocation.values(section)
        if summaryOnly {
            guard sections.isEmpty else { throw invocation.conflict(summary, section) }
            guard format == .html || format == .table else {
                throw invocation.usageError(Msg.formatNotAllowed(format.rawValue, ["table", "html"]))
            }
            sections = ExecutiveSummary.sections
        }
        sections = sections.isEmpty ? ReportSection.allCases : ReportSection.allCases.filter(sections.contains)
        var request = ReportRequest(
            period: period, unit: try invocation.value(CommonOptions.reportUnit), sections: sections,
            minimumCases: try invocation.required(minimumCases), timeZone: invocation.timeZone)
        request.rankBy = try invocation.required(rankBy)
        request.ikmWeighting = try invocation.required(ikmWeight)
        // The printed report and the summary compare the period with the one before it.
        request.comparesWithPrevious = format == .html || summaryOnly
        try invocation.checkOutputTarget()
        let store = try invocation.openStore(.existing)
        let report = try ReportBuilder(store: store).build(request)
        let language = invocation.language
        var document = try ReportDocument(settings: store.settings, signedOn: store.today)
        document.number = try invocation.value(number) ?? ""
        if summaryOnly {
            return .text(
                format == .html
                    ? ReportHTML.summaryDocument(report, language: language, document: document).markup
                    : ReportRendering.summaryText(report, language: language))
        }
        return .text(ReportRendering.render(report, format, language: language, document: document))
    }
}
