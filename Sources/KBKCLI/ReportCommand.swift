import KBKDomain
import KBKPresentation
import KBKReports
import KBKStore

/// `kbk report`: performance figures for the leadership.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report", abstract: Msg.reportAbstract, discussion: Msg.reportDiscussion,
        options: [
            OptionSpec(name: "period", valueName: "period", help: Msg.optPeriod),
            OptionSpec(name: "from", valueName: "date", help: Msg.optReportFrom),
            OptionSpec(name: "to", valueName: "date", help: Msg.optReportTo),
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optReportSkpd),
            .choice("section", ReportSection.self, help: Msg.optSection, isRepeatable: true),
            OptionSpec(
                name: "min-cases", valueName: "n", help: Msg.optMinCases,
                defaultValue: String(ReportRequest.defaultMinimumCases)),
            .choice("rank-by", RankMeasure.self, help: Msg.optRankBy, defaultValue: .followUp),
            .choice("ikm-weight", IKMWeighting.self, help: Msg.optIKMWeight, defaultValue: .exact),
            OptionSpec(name: "output", valueName: "file", help: Msg.optOutput),
            OptionSpec(name: "force", valueName: nil, help: Msg.optForce),
        ],
        formats: [.table, .markdown, .csv, .json, .html],
        examples: [
            "kbk report --period 2026-Q3", "kbk report --period 2026 --format html --output laporan-2026.html",
            "kbk report --period 2025 --rank-by resolved --section units",
            "kbk --lang id report --period 2026-11 --skpd DPUPR --section units --section backlog",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let format = try invocation.format()
        let today = invocation.today
        let period: ReportPeriod
        if let text = invocation.value("period") {
            if invocation.value("from") != nil || invocation.value("to") != nil {
                throw invocation.usageError(Msg.conflictingOptions("--period", "--from/--to"))
            }
            period = try invocation.parse(text, ReportPeriod.parse)
        } else {
            let to = try invocation.dateOption("to") ?? today
            let from = try invocation.dateOption("from") ?? CivilDate(year: to.year, month: 1, day: 1)!
            period = try ReportPeriod(from: from, to: to)
        }
        var sections = try invocation.choices("section", ReportSection.self)
        sections = sections.isEmpty ? ReportSection.allCases : ReportSection.allCases.filter(sections.contains)
        var request = ReportRequest(
            period: period, unit: try invocation.option("skpd", UnitCode.init), sections: sections,
            minimumCases: try invocation.intOption("min-cases", in: 0...1_000_000) ?? ReportRequest.defaultMinimumCases,
            timeZone: invocation.timeZone)
        request.rankBy = try invocation.choice("rank-by", RankMeasure.self) ?? .followUp
        request.ikmWeighting = try invocation.choice("ikm-weight", IKMWeighting.self) ?? .exact
        try invocation.checkOutputTarget()
        let store = try invocation.openStore(.existing)
        let report = try ReportBuilder(store: store).build(request)
        let language = invocation.language
        let document = try ReportDocument(settings: store.settings, signedOn: store.today)
        let text = ReportRendering.render(report, format, language: language, document: document)
        if let path = try invocation.writeOutput(text) {
            invocation.context.stderr.write(Msg.reportWritten(path)(language) + "\n")
        }
    }
}
