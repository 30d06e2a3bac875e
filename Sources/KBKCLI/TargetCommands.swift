import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk skpd target set|list|remove`: a unit's yearly targets (Renstra IKU) that the report holds
/// its figures to.
enum TargetCommands {
    static let spec = CommandSpec(
        name: "target",
        abstract: Text(
            en: "A unit's yearly targets (Renstra IKU): share settled, on time, IKM.",
            id: "Target tahunan unit (IKU Renstra): persentase selesai, tepat waktu, IKM."),
        discussion: Text(
            en:
                "The report's units and ikm sections show each unit's targets for the year of the period's last day beside its figures, with the difference and whether each was met (the figure at least the target).",
            id:
                "Bagian units dan ikm pada laporan menampilkan target unit untuk tahun hari terakhir periode di samping capaiannya, dengan selisih dan tercapai atau tidaknya (capaian paling sedikit sama dengan target)."
        ),
        examples: [
            "kbk skpd target set DINKES --year 2026 --settled 90 --ikm 82.5", "kbk skpd target list --year 2026",
        ],
        subcommands: [set, list, remove])

    static let year = Option.integer(
        "year", valueName: "year",
        help: Text(en: "The year the targets are for (2000–2100).", id: "Tahun target (2000–2100)."),
        in: UnitTarget.years, isRequired: true)
    static let settled = Option.parsed(
        "settled", valueName: "percent",
        help: Text(
            en: "Share of valid complaints settled, 0–100 (e.g. 90 or 87.5).",
            id: "Persentase pengaduan sah yang diselesaikan, 0–100 (mis. 90 atau 87,5).")
    ) { (text: String) throws(DomainError) in try UnitTarget.parseShare(text, field: "--settled") }
    static let onTime = Option.parsed(
        "on-time", valueName: "percent",
        help: Text(
            en: "Share of valid complaints settled on time, 0–100.",
            id: "Persentase pengaduan sah yang diselesaikan tepat waktu, 0–100.")
    ) { (text: String) throws(DomainError) in try UnitTarget.parseShare(text, field: "--on-time") }
    static let ikm = Option.parsed(
        "ikm", valueName: "score",
        help: Text(en: "Converted IKM, 25–100 (e.g. 82.5).", id: "Nilai IKM konversi, 25–100 (mis. 82,5).")
    ) { (text: String) throws(DomainError) in try UnitTarget.parseIKM(text, field: "--ikm") }
    static let source = Option.line(
        "source",
        help: Text(
            en: "Where the targets come from, e.g. 'Renstra 2021–2026, IKU 3'.",
            id: "Sumber target, mis. 'Renstra 2021–2026, IKU 3'."))
    static let yearFilter = Option.integer("year", valueName: "year", help: Msg.optYear, in: UnitTarget.years)
    static let unitFilter = Option.parsed(
        "skpd", valueName: "code",
        help: Text(en: "Only this unit's and its units'.", id: "Hanya milik unit ini dan unit di bawahnya."),
        UnitCode.init)

    static let set = CommandSpec(
        name: "set",
        abstract: Text(
            en: "Set a unit's targets for a year; options not given stay as they were.",
            id: "Tetapkan target unit untuk satu tahun; opsi yang tidak diberikan tetap seperti semula."),
        discussion: Text(
            en:
                "An empty value (--on-time '') clears that target; at least one of --settled, --on-time, --ikm remains.",
            id:
                "Nilai kosong (--on-time '') menghapus target itu; paling sedikit satu dari --settled, --on-time, --ikm tetap ada."
        ),
        arguments: [SkpdCommands.codeArgument],
        options: .of(year, settled, onTime, ikm, source),
        formats: [.table, .json],
        examples: [
            "kbk skpd target set DINKES --year 2026 --settled 90 --on-time 80 --ikm 82.5 --source 'Renstra 2021–2026, IKU 3'",
            "kbk skpd target set DINKES --year 2026 --on-time ''",
        ],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            let targetYear = try invocation.required(year)
            var changes = TargetChanges()
            changes.settledBasisPoints = try invocation.clearable(settled)
            changes.onTimeBasisPoints = try invocation.clearable(onTime)
            changes.ikmHundredths = try invocation.clearable(ikm)
            changes.source = try invocation.clearable(source)
            if changes.isEmpty { throw invocation.missingOption(settled) }
            let store = try invocation.openStore(.existing)
            let target = try store.write { try $0.targets.set(code, year: targetYear, changes) }
            return .change(
                RecordJSON.target(target),
                line: Text(
                    en: "Set the targets of \(target.unitCode) for \(targetYear): \(describe(target, .en)).",
                    id: "Target \(target.unitCode) tahun \(targetYear) ditetapkan: \(describe(target, .id))."))
        })

    static let list = CommandSpec(
        name: "list",
        abstract: Text(en: "List units' targets by year.", id: "Tampilkan target unit per tahun."),
        options: .of(yearFilter, unitFilter),
        formats: [.table, .csv, .json],
        examples: ["kbk skpd target list --year 2026", "kbk skpd target list --skpd DINKES --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let year = try invocation.value(yearFilter)
            let unit = try invocation.value(unitFilter)
            let store = try invocation.openStore(.existing)
            let units = try unit.map { try store.units.codesUnder(try store.units.get($0).code) }
            let targets = try store.targets.list(year: year, units: units)
            let records = { @Sendable () -> JSON in .array(targets.map(RecordJSON.target)) }
            var table = Tabular(columns: [
                Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "year", header: Text(en: "Year", id: "Tahun"), alignRight: true),
                Column(key: "settled_percent", header: Text(en: "Settled (%)", id: "Selesai (%)"), alignRight: true),
                Column(
                    key: "on_time_percent", header: Text(en: "On time (%)", id: "Tepat waktu (%)"), alignRight: true),
                Column(key: "ikm", header: Text(en: "IKM", id: "IKM"), alignRight: true),
                Column(key: "source", header: Text(en: "Source", id: "Sumber")),
            ])
            let language = format == .csv ? Language.en : invocation.language
            for target in targets {
                table.rows.append([
                    .text(target.unitCode), .int(target.year),
                    target.settledBasisPoints.map { .text(number($0, language)) } ?? .null,
                    target.onTimeBasisPoints.map { .text(number($0, language)) } ?? .null,
                    target.ikmHundredths.map { .text(ikm($0, language)) } ?? .null,
                    target.source.map(Cell.text) ?? .null,
                ])
            }
            return .records(records, shown: .rows(table))
        })

    static let remove = CommandSpec(
        name: "remove",
        abstract: Text(en: "Remove a unit's targets for a year.", id: "Hapus target unit untuk satu tahun."),
        arguments: [SkpdCommands.codeArgument], options: .of(year), formats: [.table, .json],
        examples: ["kbk skpd target remove DINKES --year 2026"],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            let targetYear = try invocation.required(year)
            let store = try invocation.openStore(.existing)
            let target = try store.write { try $0.targets.remove(code, year: targetYear) }
            return .change(
                RecordJSON.target(target),
                line: Text(
                    en: "Removed the targets of \(target.unitCode) for \(targetYear).",
                    id: "Target \(target.unitCode) tahun \(targetYear) dihapus."))
        })

    /// 9000 → "90", 8750 → "87.5" ("87,5" in Indonesian).
    static func number(_ basisPoints: Int, _ language: Language) -> String {
        localised(Targets.percent(basisPoints), language)
    }

    /// 8250 → "82.50" ("82,50").
    static func ikm(_ hundredths: Int, _ language: Language) -> String {
        ReportValue.hundredths(hundredths, language)
    }

    static func localised(_ text: String, _ language: Language) -> String {
        language == .id ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    static func describe(_ target: UnitTarget, _ language: Language) -> String {
        var parts: [String] = []
        if let bp = target.settledBasisPoints {
            parts.append(Text(en: "settled", id: "selesai")(language) + " \(number(bp, language)) %")
        }
        if let bp = target.onTimeBasisPoints {
            parts.append(Text(en: "on time", id: "tepat waktu")(language) + " \(number(bp, language)) %")
        }
        if let value = target.ikmHundredths { parts.append("IKM \(ikm(value, language))") }
        return parts.joined(separator: ", ")
    }
}

extension RecordJSON {
    static func target(_ target: UnitTarget) -> JSON {
        .object([
            ("skpd", .string(target.unitCode)), ("year", .int(target.year)),
            ("settled_percent", target.settledBasisPoints.map { .double(Double($0) / 100) } ?? .null),
            ("on_time_percent", target.onTimeBasisPoints.map { .double(Double($0) / 100) } ?? .null),
            ("ikm", target.ikmHundredths.map { .double(Double($0) / 100) } ?? .null),
            ("source", .optional(target.source)),
        ])
    }
}
