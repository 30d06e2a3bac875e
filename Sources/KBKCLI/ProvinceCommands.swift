import KBKDomain
import KBKPresentation
import KBKReports

/// `kbk-province`: the province's side, over the province's database (`ProvinceDatabase`, which
/// the kbk-province executable gives; `kbk` itself never links libpq). The same parser, help,
/// languages, formats and exit codes as `kbk`.
package enum ProvinceCLI {
    package static func main(_ arguments: [String], database: any ProvinceDatabase) -> Int32 {
        KBKCLI.run(
            Array(arguments.dropFirst()), context: .process(), root: root(database),
            version: "kbk-province \(KBKCLI.version)")
    }

    /// The command tree over `database`.
    static func root(_ database: any ProvinceDatabase) -> CommandSpec {
        var root = CommandSpec(name: "kbk-province", abstract: Msg.provinceOverview)
        root.subcommands = [initialise(database), load(database), report(database), status(database)]
        root.globalOptions = [.lang, .format, .tz]
        root.examples = [
            "kbk-province init --url postgresql:///province",
            "kbk-province load purbalingga-2026-12.kbkp banyumas-2026-12.kbkp",
            "kbk-province report --period 2026-Q3 --format html --output provinsi-2026-Q3.html",
        ]
        return root
    }

    static let url = Option.raw("url", valueName: "url", help: Msg.optProvinceURL)
    static let acceptRewrite = Flag("accept-rewrite", help: Msg.optAcceptRewrite)
    static let reason = Option.message("reason", help: Msg.optRewriteReason, isRequired: false)
    static let lateAfter = Option.integer("late-after", help: Msg.optLateAfter, in: 1...366, defaultValue: 7)

    /// The database URL: `--url`, else `KBK_PROVINCE_URL`. A password in it would be on every
    /// process list: it belongs in `~/.pgpass`.
    static func databaseURL(_ invocation: Invocation, _ database: any ProvinceDatabase) throws -> String {
        guard let url = try invocation.value(url) ?? invocation.context.environment["KBK_PROVINCE_URL"] else {
            throw invocation.usageError(Msg.provinceURLMissing)
        }
        guard !database.carriesPassword(url) else { throw invocation.usageError(Msg.provinceURLWithPassword) }
        return url
    }

    /// Runs `body`, telling a refused bundle and the database's own errors as one line each.
    static func talking<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as ProvinceRefusal {
            throw CommandFailure(
                exitCode: refusal == .notInitialised ? .configuration : .dataError,
                message: Msg.provinceRefused(refusal))
        } catch let problem as ProvinceDatabaseError {
            throw CommandFailure(
                exitCode: problem.isConnection ? .temporaryFailure : .dataError, message: Msg.provinceDatabase(problem))
        }
    }

    static func initialise(_ database: any ProvinceDatabase) -> CommandSpec {
        CommandSpec(
            name: "init", abstract: Msg.provinceInitAbstract, discussion: Msg.provinceInitDiscussion,
            options: .of(url), formats: [.table, .json],
            examples: ["kbk-province init --url 'postgresql:///province?host=/srv/pg'"],
            run: { invocation in
                _ = try invocation.format()
                let target = try databaseURL(invocation, database)
                let applied = try talking { try database.initialise(url: target) }
                return .change(
                    .object([("migrations_applied", .array(applied.map { .string($0) }))]),
                    line: Msg.provinceInitialised(applied))
            })
    }

    static func load(_ database: any ProvinceDatabase) -> CommandSpec {
        CommandSpec(
            name: "load", abstract: Msg.provinceLoadAbstract, discussion: Msg.provinceLoadDiscussion,
            arguments: [ArgumentSpec(name: "bundle", help: Msg.argBundle, isVariadic: true)],
            options: .of(url, acceptRewrite, reason), formats: [.table, .csv, .json],
            examples: [
                "kbk-province load purbalingga-2026-12.kbkp",
                "kbk-province load purbalingga-2026-12.kbkp --accept-rewrite --reason 'dipulihkan dari cadangan 3 Des'",
            ],
            run: { invocation in
                _ = try invocation.format()
                let target = try databaseURL(invocation, database)
                let files = invocation.parsed.arguments
                guard !files.isEmpty else { throw invocation.usageError(Msg.emptyArgument("bundle")) }
                let rewriteReason = try invocation.value(reason)
                if invocation.isSet(acceptRewrite) != (rewriteReason != nil) {
                    throw invocation.usageError(Msg.acceptRewriteNeedsReason)
                }
                var table = Tabular(columns: [
                    Column(key: "file", header: Text(en: "Bundle", id: "Berkas")),
                    Column(key: "region_code", header: Text(en: "Region", id: "Wilayah")),
                    Column(key: "government", header: Text(en: "Government", id: "Pemerintah daerah")),
                    Column(key: "kind", header: Text(en: "Kind", id: "Jenis")),
                    Column(key: "complaints", header: Text(en: "Complaints", id: "Pengaduan"), alignRight: true),
                    Column(key: "head_entry", header: Text(en: "Head", id: "Ujung"), alignRight: true),
                    Column(key: "outcome", header: Text(en: "Outcome", id: "Hasil")),
                ])
                // One transaction per bundle: a refused bundle stops here, the ones before it stay loaded.
                for file in files {
                    let loaded = try talking {
                        try database.load(url: target, file: file, acceptRewrite: rewriteReason)
                    }
                    table.rows.append([
                        .text(loaded.file), .text(loaded.regionCode), .text(loaded.government), .text(loaded.kind),
                        .int(loaded.complaints), .int(Int(loaded.headEntry)),
                        .labelled(code: loaded.outcome.rawValue, Msg.loadOutcome(loaded.outcome)),
                    ])
                }
                return .rows(table)
            })
    }

    static func report(_ database: any ProvinceDatabase) -> CommandSpec {
        CommandSpec(
            name: "report", abstract: Msg.provinceReportAbstract, discussion: Msg.provinceReportDiscussion,
            options: .of(
                url, ReportCommand.period, ReportCommand.minimumCases, ReportCommand.rankBy, CommonOptions.output,
                CommonOptions.force),
            formats: [.table, .csv, .json, .html],
            examples: [
                "kbk-province report --period 2026", "kbk-province report --period 2026-Q3 --format csv",
                "kbk-province report --period 2026 --rank-by resolved --format html --output provinsi-2026.html",
            ],
            run: { invocation in
                let format = try invocation.format()
                let target = try databaseURL(invocation, database)
                let today = invocation.today
                let period =
                    try invocation.value(ReportCommand.period)
                    ?? ReportPeriod(from: CivilDate(year: today.year, month: 1, day: 1)!, to: today)
                try invocation.checkOutputTarget()
                let figures = try talking { try database.figures(url: target, period: period) }
                let document = ProvinceReportDocument(
                    figures: figures, period: period, rankBy: try invocation.required(ReportCommand.rankBy),
                    minimumCases: try invocation.required(ReportCommand.minimumCases))
                return .text(document.rendered(format, language: invocation.language))
            })
    }

    static func status(_ database: any ProvinceDatabase) -> CommandSpec {
        CommandSpec(
            name: "status", abstract: Msg.provinceStatusAbstract, discussion: Msg.provinceStatusDiscussion,
            options: .of(url, lateAfter), formats: [.table, .csv, .json],
            examples: ["kbk-province status", "kbk-province status --late-after 31 --format csv"],
            run: { invocation in
                _ = try invocation.format()
                let target = try databaseURL(invocation, database)
                let days = try invocation.required(lateAfter)
                let now = invocation.clock()
                let rows = try talking { try database.status(url: target) }
                var table = Tabular(columns: [
                    Column(key: "region_code", header: Text(en: "Region", id: "Wilayah")),
                    Column(key: "government", header: Text(en: "Government", id: "Pemerintah daerah")),
                    Column(key: "bundles", header: Text(en: "Bundles", id: "Berkas"), alignRight: true),
                    Column(key: "complaints", header: Text(en: "Complaints", id: "Pengaduan"), alignRight: true),
                    Column(key: "last_kind", header: Text(en: "Last", id: "Terakhir")),
                    Column(key: "published_on", header: Text(en: "Published", id: "Diterbitkan")),
                    Column(key: "period_from", header: Text(en: "From", id: "Dari")),
                    Column(key: "period_to", header: Text(en: "To", id: "Sampai")),
                    Column(key: "head_entry", header: Text(en: "Head", id: "Ujung"), alignRight: true),
                    Column(key: "head_hash", header: Text(en: "Head hash", id: "Hash ujung")),
                    Column(key: "late", header: Text(en: "Late", id: "Terlambat")),
                ])
                for row in rows {
                    let published = row.publishedAt.date(in: invocation.timeZone)
                    let late = ProvinceBundle.isLate(
                        publishedOn: published, today: now.date(in: invocation.timeZone), allowedDays: days)
                    table.rows.append([
                        .text(row.regionCode), .text(row.name), .int(row.bundles), .int(row.complaints),
                        .text(row.lastKind), .date(published), .date(row.periodFrom), .date(row.periodTo),
                        .int(Int(row.headEntry)), .text(String(row.headHash.prefix(16))),
                        .labelled(
                            code: late ? "true" : "false",
                            late ? Text(en: "late", id: "terlambat") : Text(en: "no", id: "tidak")),
                    ])
                }
                return .rows(table)
            })
    }
}
