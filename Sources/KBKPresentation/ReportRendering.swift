import KBKDomain
import KBKReports

/// A report in each of its formats, from its tables (`ReportTables.swift`).
package enum ReportRendering {
    /// "Laporan pengaduan dan budaya kerja Tahun 2025 (1 Januari 2025 s.d. 31 Desember 2025)".
    package static func title(_ report: Report) -> Text {
        let scope = report.unit.map { " — \(report.unitNames[$0] ?? $0)" } ?? ""
        func title(_ language: Language) -> String {
            ReportSummaryText.periodName(report.period, language) + " ("
                + ReportSummaryText.span(report.period, language) + ")" + scope
        }
        return Text(
            en: "Complaint and work-culture report " + title(.en),
            id: "Laporan pengaduan dan budaya kerja " + title(.id))
    }

    // MARK: Formats

    /// The report in one of the report formats (`table` for anything else).
    package static func render(
        _ report: Report, _ format: OutputFormat, language: Language, document: ReportDocument = ReportDocument()
    ) -> String {
        switch format {
        case .markdown: markdown(report, language: language)
        case .csv: csv(report)
        case .json: json(report).serialized() + "\n"
        case .html: ReportHTML.render(report, language: language, document: document)
        case .table, .open311: table(report, language: language)
        }
    }

    /// A section as the compact table people read.
    package static func tabular(_ table: ReportTable, language: Language) -> Tabular {
        let visible = table.visibleColumns(compact: true)
        var tabular = Tabular(
            columns: visible.map { index in
                Column(
                    key: table.columns[index].key, header: table.columns[index].header,
                    alignRight: table.rows.first.map { $0[index].isNumeric } ?? false)
            })
        tabular.rows = table.rows.map { row in visible.map { .text(row[$0].human(language)) } }
        return tabular
    }

    package static func table(_ report: Report, language: Language) -> String {
        var out = title(report)(language) + "\n"
        for table in tables(report, language: language) {
            out +=
                "\n" + table.title(language) + "\n"
                + tabular(table, language: language).render(.table, language: language)
        }
        if let head = report.auditHead { out += "\n" + Msg.reportAuditFooter(head)(language) + "\n" }
        return out
    }

    package static func markdown(_ report: Report, language: Language) -> String {
        var out = "# " + Tabular.markdownCell(title(report)(language)) + "\n"
        for table in tables(report, language: language) {
            out +=
                "\n## " + Tabular.markdownCell(table.title(language)) + "\n\n"
                + (table.rows.isEmpty
                    ? Msg.noEntries(language) + "\n" : tabular(table, language: language).markdown(language))
        }
        if let head = report.auditHead {
            out += "\n" + Tabular.markdownCell(Msg.reportAuditFooter(head)(language)) + "\n"
        }
        return out
    }

    /// One CSV file: a `section` column first, then each section's own columns.
    /// The columns that name a row of a section (its unit, category, month…), in the CSV's `key`.
    package static let keyColumns: Set<String> = [
        "skpd", "category", "channel", "topic", "agency", "login", "month", "ticket", "indicator",
    ]

    /// One tidy table (long form) that a spreadsheet or pandas reads in one go: a line per figure,
    /// `section,row,key,measure,value`. `row` numbers a section's rows in the report's order (the
    /// ranking, the months), `key` is the row's unit, category, channel, agency, login, month or
    /// ticket (empty for the summary), `measure` the figure's name, `value` plain (rates as
    /// fractions, empty for none).
    package static func csv(_ report: Report) -> String {
        var out = "section,row,key,measure,value\r\n"
        var rowsInSection: [ReportSection: Int] = [:]
        for table in tables(report) {
            let keyIndex = table.columns.firstIndex { keyColumns.contains($0.key) }
            for row in table.rows {
                rowsInSection[table.section, default: 0] += 1
                let number = String(rowsInSection[table.section] ?? 0)
                let key = keyIndex.map { row[$0].plain } ?? ""
                for (index, column) in table.columns.enumerated()
                where index != keyIndex && !table.peopleOnlyKeys.contains(column.key) {
                    out += Tabular.csvLine([table.section.dataKey, number, key, column.key, row[index].plain])
                }
            }
        }
        if let head = report.auditHead {
            out += "audit_trail,1,,entries,\(head.entries)\r\naudit_trail,1,,head,\(head.hash ?? "")\r\n"
        }
        return out
    }

    package static func kabupatenJSON(_ figures: KabupatenIKMFigures) -> JSON {
        .object([
            ("method", .string("pooled_by_respondents")),
            ("converted", .double(Double(figures.convertedHundredths) / 100)),
            ("grade", .string(figures.grade.rawValue)), ("grade_label", .string(figures.grade.label)),
            ("respondents", .int(figures.respondents)), ("units_surveyed", .int(figures.unitsSurveyed)),
            ("units", .int(figures.units)),
            ("mean_of_units", .double(Double(figures.meanOfUnitsHundredths) / 100)),
            ("weakest_element", .string("U\(figures.weakestElement)")),
            ("previous_period", .string(figures.previousPeriod)),
            ("previous", figures.previousHundredths.map { .double(Double($0) / 100) } ?? .null),
            ("change", figures.changeHundredths.map { .double(Double($0) / 100) } ?? .null),
        ])
    }

    package static func cultureJSON(_ row: CultureFigures) -> JSON {
        let assessment = row.assessment
        let valueScores: JSON =
            assessment.map { assessment in
                .object(
                    zip(CoreValue.allCases, assessment.valueHundredths).map { value, hundredths in
                        (value.rawValue, JSON.double(Double(hundredths) / 100))
                    })
            } ?? .null
        let entries = assessment?.indicatorScores ?? []
        let indicatorScores: JSON =
            entries.isEmpty ? .null : .object(entries.map { entry in (entry.indicator.code, JSON.int(entry.score)) })
        let selfAssessment: JSON = row.assessmentHundredths.map { .double(Double($0) / 100) } ?? .null
        let members: [(String, JSON)] = [
            ("skpd", .string(row.code)), ("name", .string(row.name)), ("active_groups", .int(row.activeGroups)),
            ("members", .int(row.members)), ("staff", row.staff.map(JSON.int) ?? .null),
            ("staff_share", row.staffShare.map(JSON.double) ?? .null), ("meetings", .int(row.meetings)),
            ("meetings_per_group", row.meetingsPerGroup.map(JSON.double) ?? .null), ("rbks", .int(row.rbks)),
            ("coordination_meetings", .int(row.coordinationMeetings)),
            ("coordination_actions", .int(row.coordinationActions)),
            ("coordination_actions_done", .int(row.coordinationActionsDone)),
            ("coordination_actions_overdue", .int(row.coordinationActionsOverdue)),
            ("self_assessment", selfAssessment), ("weakest_value", .optional(row.weakestValue?.rawValue)),
            ("basis", .optional(assessment?.scores.basis.rawValue)), ("value_scores", valueScores),
            ("weakest_indicator", .optional(row.weakestIndicator?.indicator.code)),
            ("weakest_indicator_score", row.weakestIndicator.map { .int($0.score) } ?? .null),
            ("indicator_scores", indicatorScores),
        ]
        return .object(members)
    }

    package static func json(_ report: Report) -> JSON {
        var members: [(String, JSON)] = [
            (
                "period",
                .object([
                    ("label", .string(report.period.label)), ("from", .string(report.period.from.description)),
                    ("to", .string(report.period.to.description)), ("time_zone", .string(report.timeZone.description)),
                ])
            ),
            ("generated_at", .string(report.generatedAt.iso8601(in: report.timeZone))),
            ("skpd", .optional(report.unit)),
            ("scope", .array(report.scope.map(JSON.string))),
            ("min_cases", .int(report.minimumCases)),
            ("rank_by", .string(report.rankBy.rawValue)),
            ("ikm_weighting", .string(report.ikmWeighting.rawValue)),
            ("target_year", .int(report.targetYear)),
        ]
        if let head = report.auditHead {
            members.append(("audit_trail", .object([("entries", .int(head.entries)), ("head", .optional(head.hash))])))
        }
        let tables = tables(report)
        for section in report.sections {
            let own = tables.filter { $0.section == section }
            switch section {
            case .backlog:
                members.append(("backlog", backlogJSON(report.backlog, overdue: own.last?.records ?? [])))
            case .culture:
                members.append(("culture", .array(report.culture.map(cultureJSON))))
                members += records(of: own)
            case .ikm:
                members += records(of: own)
                // A whole-government report always says it: null when no unit was surveyed.
                if report.unit == nil {
                    members.append(("ikm_kabupaten", report.ikmKabupaten.map(kabupatenJSON) ?? .null))
                }
            default:
                members += records(of: own)
            }
        }
        return .object(members)
    }

    /// The JSON members of a section's tables, in the tables' order; tables of one key share its array.
    static func records(of tables: [ReportTable]) -> [(String, JSON)] {
        var members: [(String, [JSON])] = []
        var objects: [(String, JSON)] = []
        for table in tables {
            let key: String
            switch table.data {
            case .nested: continue
            case .object:
                objects.append((table.section.dataKey, table.records.first ?? .null))
                continue
            case .records: key = table.section.dataKey
            case .recordsUnder(let other): key = other
            }
            if let index = members.firstIndex(where: { $0.0 == key }) {
                members[index].1 += table.records
            } else {
                members.append((key, table.records))
            }
        }
        return objects + members.map { ($0.0, JSON.array($0.1)) }
    }

    /// The backlog: its counts by age, then its most overdue complaints as the table lists them.
    static func backlogJSON(_ backlog: Backlog, overdue: [JSON]) -> JSON {
        .object([
            ("as_of", .string(backlog.asOf.description)),
            ("open", .int(backlog.open)),
            ("by_age", .object(zip(Backlog.bucketLabels, backlog.buckets).map { ($0, .int($1)) })),
            ("overdue_count", .int(backlog.overdueCount)),
            ("overdue", .array(overdue)),
        ])
    }
}
