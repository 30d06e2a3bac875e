import KBKDomain
import KBKReports

/// The province's report in every format: governments ranked by the regency's ranking rule
/// (`ReportBuilder.ranked`), then the kinds of unit and the topics, each row with the regency
/// report's figures (docs/REPORTS.md) and the backlog at the period's end.
package struct ProvinceReportDocument {
    package let period: ReportPeriod
    package let governments: [UnitFigures]
    package let figures: ProvinceFigures
    package let rankBy: RankMeasure
    package let minimumCases: Int
    private let backlog: [String: Int]

    package init(figures: ProvinceFigures, period: ReportPeriod, rankBy: RankMeasure, minimumCases: Int) {
        self.period = period
        self.figures = figures
        self.rankBy = rankBy
        self.minimumCases = minimumCases
        governments = ReportBuilder.ranked(
            figures.governments.map { UnitFigures(code: $0.key, name: $0.name, figures: $0.figures) },
            minimumCases: minimumCases, by: rankBy)
        backlog = Dictionary(figures.governments.map { ($0.key ?? "", $0.backlog) }, uniquingKeysWith: +)
    }

    enum Section: String, CaseIterable {
        case summary, governments
        case unitKinds = "unit_kinds"
        case topics

        var title: Text {
            switch self {
            case .summary: Text(en: "The province", id: "Provinsi")
            case .governments: Text(en: "Governments, ranked", id: "Pemerintah daerah, menurut peringkat")
            case .unitKinds: Text(en: "By kind of unit", id: "Menurut jenis unit")
            case .topics: Text(en: "By topic", id: "Menurut topik")
            }
        }
    }

    /// One row of a section.
    struct Row {
        var key: String?
        var name: String?
        var rank: Int? = nil
        /// How many governments were ranked.
        var rankedAmong: Int? = nil
        var figures: ComplaintFigures
        var backlog: Int
    }

    func rows(_ section: Section) -> [Row] {
        switch section {
        case .summary: [Row(key: nil, name: nil, figures: figures.total.figures, backlog: figures.total.backlog)]
        case .governments:
            governments.map {
                Row(
                    key: $0.code, name: $0.name, rank: $0.rank, rankedAmong: $0.rankedUnits, figures: $0.figures,
                    backlog: backlog[$0.code ?? ""] ?? 0)
            }
        case .unitKinds:
            figures.unitKinds.map { Row(key: $0.key, name: $0.name, figures: $0.figures, backlog: $0.backlog) }
        case .topics: figures.topics.map { Row(key: $0.key, name: $0.name, figures: $0.figures, backlog: $0.backlog) }
        }
    }

    static let counts: [(key: String, header: Text, value: @Sendable (ComplaintFigures) -> Int)] = [
        ("received", Text(en: "Received", id: "Diterima"), { $0.received }),
        ("rejected", Text(en: "Rejected", id: "Ditolak"), { $0.rejected }),
        ("forwarded", Text(en: "Forwarded", id: "Diteruskan"), { $0.forwarded }),
        ("valid", Text(en: "Valid", id: "Sah"), { $0.valid }),
        ("followed_up", Text(en: "Followed up", id: "Ditindaklanjuti"), { $0.followedUp }),
        ("followed_up_on_time", Text(en: "On time", id: "Tepat waktu"), { $0.followedUpOnTime }),
        ("settled", Text(en: "Settled", id: "Selesai"), { $0.settled }),
        ("settled_on_time", Text(en: "Settled on time", id: "Selesai tepat waktu"), { $0.settledOnTime }),
        (
            "closed_without_settlement", Text(en: "Closed unsettled", id: "Ditutup tanpa selesai"),
            { $0.closedWithoutSettlement }
        ),
    ]
    static let rates: [(key: String, header: Text, value: @Sendable (ComplaintFigures) -> Double?)] = [
        ("follow_up_rate", Text(en: "Follow-up", id: "Tindak lanjut"), { $0.followUpRate }),
        ("on_time_follow_up_rate", Text(en: "On time", id: "Tepat waktu"), { $0.onTimeFollowUpRate }),
        ("settlement_rate", Text(en: "Settled", id: "Selesai"), { $0.settlementRate }),
        (
            "on_time_settlement_rate", Text(en: "Settled on time", id: "Selesai tepat waktu"),
            { $0.onTimeSettlementRate }
        ),
    ]

    func table(_ section: Section, withSection: Bool = false) -> Tabular {
        var columns: [Column] = []
        if withSection { columns.append(Column(key: "section", header: Text(en: "Section", id: "Bagian"))) }
        columns += [
            Column(key: "key", header: Text(en: "Code", id: "Kode")),
            Column(key: "name", header: Text(en: "Name", id: "Nama")),
        ]
        if section == .governments || withSection {
            columns.append(Column(key: "rank", header: Text(en: "Rank", id: "Peringkat"), alignRight: true))
        }
        columns += Self.counts.map { Column(key: $0.key, header: $0.header, alignRight: true) }
        columns.append(Column(key: "backlog", header: Text(en: "Backlog", id: "Tunggakan"), alignRight: true))
        columns += Self.rates.map {
            Column(key: $0.key, header: Text(en: $0.header.en + " %", id: $0.header.id + " %"), alignRight: true)
        }
        var table = Tabular(columns: columns)
        for row in rows(section) {
            var cells: [Cell] = []
            if withSection { cells.append(.text(section.rawValue)) }
            cells += [row.key.map { .text($0) } ?? .null, nameCell(section, key: row.key, name: row.name)]
            if section == .governments || withSection {
                cells.append(
                    row.rank.map { rank in
                        .labelled(
                            code: String(rank),
                            Text(
                                en: "\(rank) of \(row.rankedAmong ?? rank)",
                                id: "\(rank) dari \(row.rankedAmong ?? rank)"))
                    } ?? .null)
            }
            cells += Self.counts.map { .int($0.value(row.figures)) }
            cells.append(.int(row.backlog))
            cells += Self.rates.map { rate in
                let value = rate.value(row.figures)
                return .labelled(
                    code: value.map { String(format1: $0, places: 6) } ?? "",
                    Text(en: ReportValue.rate(value).human(.en), id: ReportValue.rate(value).human(.id)))
            }
            table.rows.append(cells)
        }
        return table
    }

    /// A row's name for people: a government's name, a kind of unit's word, the words for a row of
    /// complaints not handed over or not classified; the name, or nothing, in CSV and JSON.
    func nameCell(_ section: Section, key: String?, name: String?) -> Cell {
        switch section {
        case .summary:
            let count = figures.governments.count
            return .labelled(
                code: "", Text(en: "province (\(count) governments)", id: "provinsi (\(count) pemerintah daerah)"))
        case .governments: return name.map { .text($0) } ?? .null
        case .unitKinds:
            guard let key else { return .labelled(code: "", Msg.notHandedOver) }
            return UnitKind(rawValue: key).map { .labelled(code: "", $0.label) } ?? .null
        case .topics:
            return key == nil ? .labelled(code: "", Msg.unclassifiedTopic) : .null
        }
    }

    package func rendered(_ format: OutputFormat, language: Language) -> String {
        switch format {
        case .json: return json().serialized() + "\n"
        case .csv:
            var all = table(.summary, withSection: true)
            for section in Section.allCases.dropFirst() { all.rows += table(section, withSection: true).rows }
            return all.csv()
        case .html: return html(language)
        default:
            let heading = Text(
                en: "Follow-up of complaints in the province, \(period.label) (\(period.from) to \(period.to))",
                id: "Tindak lanjut pengaduan di provinsi, \(period.label) (\(period.from) s.d. \(period.to))")
            return CommandOutput.sections(
                [.line(heading)]
                    + Section.allCases.map { .titled($0.title, .rows(table($0))) }
            ).rendered(.table, language: language)
        }
    }

    func json() -> JSON {
        func record(_ row: Row, ranked: Bool) -> JSON {
            var members: [(String, JSON)] = [("key", JSON.optional(row.key)), ("name", JSON.optional(row.name))]
            if ranked {
                members.append(("rank", row.rank.map { .int($0) } ?? .null))
                members.append(("ranked_governments", row.rankedAmong.map { .int($0) } ?? .null))
            }
            members += Self.counts.map { ($0.key, .int($0.value(row.figures))) }
            members.append(("backlog", .int(row.backlog)))
            members += Self.rates.map { ($0.key, $0.value(row.figures).map { .double($0) } ?? .null) }
            return .object(members)
        }
        return .object(
            [
                (
                    "period",
                    .object([
                        ("label", .string(period.label)), ("from", .string(period.from.description)),
                        ("to", .string(period.to.description)),
                    ])
                ),
                ("rank_by", .string(rankBy.rawValue)), ("min_cases", .int(minimumCases)),
                ("summary", record(rows(.summary)[0], ranked: false)),
            ]
                + [Section.governments, .unitKinds, .topics].map { section in
                    (section.rawValue, .array(rows(section).map { record($0, ranked: section == .governments) }))
                })
    }

    func html(_ language: Language) -> String {
        var body = HTML()
        for section in Section.allCases {
            let table = table(section)
            var head = HTML()
            for column in table.columns {
                head +=
                    column.alignRight
                    ? "<th class=\"n\">\(column.header(language))</th>" : "<th>\(column.header(language))</th>"
            }
            var rows = HTML()
            for row in table.rows {
                var cells = HTML()
                for (column, cell) in zip(table.columns, row) {
                    cells +=
                        column.alignRight
                        ? "<td class=\"n\">\(cell.shown(language))</td>" : "<td>\(cell.shown(language))</td>"
                }
                rows += "<tr>\(cells)</tr>\n"
            }
            body +=
                "<h2>\(section.title(language))</h2>\n<table><thead><tr>\(head)</tr></thead><tbody>\n\(rows)</tbody></table>\n"
        }
        let title = Text(
            en: "Follow-up of complaints in the province, \(period.label)",
            id: "Tindak lanjut pengaduan di provinsi, \(period.label)")(language)
        let span = Text(en: "\(period.from) to \(period.to)", id: "\(period.from) s.d. \(period.to)")(language)
        let page: HTML = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>body{font-family:sans-serif;margin:1rem}
            table{border-collapse:collapse;margin-bottom:1.5rem;display:block;overflow-x:auto}
            th,td{border:1px solid #999;padding:.2rem .4rem}.n{text-align:right}</style></head>
            <body><h1>\(title)</h1><p>\(span)</p>
            \(body)</body></html>

            """
        return page.markup
    }
}
