import KBKDomain
import KBKPresentation
import KBKStore

/// The leaders' page (`/overview`): today's open complaints per unit of the reader's scope, due
/// soon, overdue and paused, and the last 12 months' received and settled; every number links to
/// the complaints page showing exactly those complaints.
extension KBKWeb {
    static let overviewMonths = 12

    static func overviewPage(_ request: CGIRequest, store: Store, official: Official) throws -> CGIResponse {
        // Who may read the report of their scope may read its overview: viewers, coordinators, admins.
        try store.requireRead(.report(unit: official.scopeUnit))
        let scope = try official.scopeUnit.map { try store.units.codesUnder($0) }
        let overview = try store.complaints.overview(scope: scope, today: store.today, months: overviewMonths)
        let names = Dictionary(
            uniqueKeysWithValues: try store.units.list(includeInactive: true, kind: nil, today: store.today).map {
                ($0.code, $0.name)
            })
        return .html(
            200,
            WebPages.overview(
                overview, names: names, scopeUnit: official.scopeUnit, today: store.today, official: official,
                language: request.language, base: request.base))
    }
}

extension WebPages {
    static func overview(
        _ overview: DeskOverview, names: [String: String], scopeUnit: String?, today: CivilDate, official: Official,
        language: Language, base: String
    ) -> HTML {
        /// A count linked to the complaints page with `query`; zero is not a link.
        func count(_ number: Int, _ query: [(String, String)]) -> HTML {
            let shown = ReportValue.grouped(number, language)
            guard number > 0 else { return "\(shown)" }
            return "<a href=\"\(base)/complaints?\(CGIRequest.query(query))\">\(shown)</a>"
        }
        var body: HTML = "<p>\(Msg.webOverviewIntro(LetterDates.deskDate(today, language))(language))</p>"
        body += "<h2>\(Msg.webOpenByUnit(language))</h2>"
        var total = UnitStanding(unit: nil)
        // By name, as a leader looks a unit up; what no unit holds yet first.
        let units = overview.units.sorted {
            ($0.unit.map { names[$0] ?? $0 } ?? "") < ($1.unit.map { names[$0] ?? $0 } ?? "")
        }
        let rows: [[HTML]] = units.map { standing in
            total.open += standing.open
            total.dueSoon += standing.dueSoon
            total.overdue += standing.overdue
            total.paused += standing.paused
            // What no unit holds yet waits at the government's desk: its own filter lists exactly it.
            let unit = standing.unit.map { [("skpd", $0)] } ?? [("nounit", "1")]
            let name: HTML =
                standing.unit.map { code in "<a href=\"\(base)/unit/\(code)\">\(names[code] ?? code)</a>" }
                ?? "\(Msg.webNotHandedOver(language))"
            return [
                name,
                count(standing.open, unit + [("status", "open")]),
                count(standing.dueSoon, unit + [("due", DueState.dueSoon.rawValue)]),
                count(standing.overdue, unit + [("due", DueState.overdue.rawValue)]),
                count(standing.paused, unit + [("due", DueState.paused.rawValue)]),
            ]
        }
        let whole = scopeUnit.map { [("skpd", $0), ("under", "1")] } ?? []
        let totals: [HTML] = [
            "<strong>\(Msg.webTotal(language))</strong>", count(total.open, whole + [("status", "open")]),
            count(total.dueSoon, whole + [("due", DueState.dueSoon.rawValue)]),
            count(total.overdue, whole + [("due", DueState.overdue.rawValue)]),
            count(total.paused, whole + [("due", DueState.paused.rawValue)]),
        ]
        body += table(
            [
                Msg.labelUnit, Msg.webOpen, Text(en: "Due soon", id: "Segera jatuh tempo"),
                Text(en: "Overdue", id: "Terlambat"), Text(en: "Paused", id: "Dijeda"),
            ], rows + [totals], language: language, kind: "overview")
        body += "<h2>\(Msg.webLastMonths(KBKWeb.overviewMonths)(language))</h2>"
        let months: [[HTML]] = overview.months.reversed().map { flow in
            let first = try? CivilDate.parse(flow.month + "-01")
            let last = first.map { min($0.adding(months: 1).adding(days: -1), today) }
            let range = [("from", first?.description ?? ""), ("to", last?.description ?? "")]
            let rate =
                ReportValue.rate(flow.received > 0 ? Double(flow.settled) / Double(flow.received) : nil).human(language)
            return [
                "\(first.map { LetterDates.shortMonth($0.month, language) + " \($0.year)" } ?? flow.month)",
                count(flow.received, whole + range), count(flow.settled, whole + range + [("status", "settled")]),
                "\(rate)",
            ]
        }
        body += table(
            [
                Text(en: "Month", id: "Bulan"), Msg.labelReceived, Text(en: "Settled", id: "Tuntas"),
                Msg.webSettledShare,
            ],
            months, language: language, kind: "months")
        body += "<p class=\"note\">\(Msg.webOverviewNote(language))</p>"
        return layout(Msg.webOverview(language), body, language: language, base: base, official: official)
    }
}
