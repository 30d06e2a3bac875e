import KBKDomain
import KBKPresentation
import KBKStore
import KBKTransfer

/// `kbk ikm …`: community satisfaction surveys.
enum IKMCommands {
    static let spec = CommandSpec(
        name: "ikm",
        abstract: Text(
            en: "Community satisfaction index (IKM) surveys per unit.",
            id: "Survei indeks kepuasan masyarakat (IKM) per unit."),
        examples: [
            "kbk ikm add --skpd DISDUKCAPIL --period 2026-S1 --responses kuesioner.csv",
            "kbk ikm list --skpd DISDUKCAPIL",
        ],
        subcommands: [add, list, show])

    /// What `ikm add` takes: the survey's unit and period, and its answers in one of two forms.
    enum Add {
        static let unit = Option.parsed(
            "skpd", valueName: "code", help: Msg.optSurveySkpd, isRequired: true, UnitCode.init)
        static let period = Option.parsed(
            "period", valueName: "period", help: Msg.optPeriod, isRequired: true, ReportPeriod.parse)
        /// The questionnaires' file, read by the survey importer's rules.
        static let responses = Option.raw(
            "responses", valueName: "file",
            help: Text(
                en: "CSV with columns u1…u9, one row per questionnaire.",
                id: "CSV dengan kolom u1…u9, satu baris per kuesioner."))
        /// The nine averages, read whole with the respondents by `IKMScore.fromAverages`.
        static let averages = Option.raw(
            "averages", valueName: "a1,…,a9",
            help: Text(
                en: "The nine element averages, when only they are known.",
                id: "Sembilan rata-rata unsur, bila hanya itu yang diketahui."))
        static let respondents = Option.integer(
            "respondents",
            help: Text(en: "Respondents behind --averages.", id: "Jumlah responden untuk --averages."),
            in: IKMScore.respondentRange)
        static let service = Option.line(
            "service", valueName: "name",
            help: Text(
                en: "The service surveyed (IKM per service); without it the survey is of the whole unit.",
                id: "Jenis layanan yang disurvei (IKM per layanan); tanpa ini survei untuk seluruh unit."))
        static let population = Option.integer(
            "population",
            help: Text(
                en:
                    "The service's users in the period: kbk warns when the respondents are fewer than the Krejcie–Morgan sample.",
                id:
                    "Jumlah pengguna layanan dalam periode: kbk memperingatkan bila responden kurang dari sampel Krejcie–Morgan."
            ),
            in: IKMScore.populationRange)
    }

    static let periodFilter = Option.parsed(
        "period", valueName: "period",
        help: Text(en: "Only surveys overlapping this period.", id: "Hanya survei yang beririsan dengan periode ini."),
        ReportPeriod.parse)

    static let add = CommandSpec(
        name: "add",
        abstract: Text(
            en: "Record a survey from questionnaires (u1…u9, answers 1–4) or from element averages.",
            id: "Catat survei dari kuesioner (u1…u9, jawaban 1–4) atau dari nilai rata-rata unsur."),
        options: .of(Add.unit, Add.period, Add.responses, Add.averages, Add.respondents, Add.service, Add.population),
        formats: [.table, .json],
        examples: [
            "kbk ikm add --skpd DISDUKCAPIL --period 2026-S1 --responses kuesioner.csv",
            "kbk ikm add --skpd DINKES --period 2025 --averages 3.2,3.1,2.9,3.8,3.3,3.4,3.5,3.0,3.1 --respondents 400",
            "kbk ikm add --skpd DISDUKCAPIL --period 2026 --service 'Perekaman KTP-el' --population 12000 --responses ktp.csv",
        ],
        run: { invocation in
            _ = try invocation.format()
            let unit = try invocation.required(Add.unit)
            let period = try invocation.required(Add.period)
            let score: IKMScore
            switch (try invocation.value(Add.responses), try invocation.value(Add.averages)) {
            case (let path?, nil):
                score = try readResponses(path)
            case (nil, let averages?):
                let respondents = try invocation.required(Add.respondents)
                score = try invocation.parse(averages) { (t: String) throws(DomainError) in
                    try IKMScore.fromAverages(
                        t.split(separator: ",", omittingEmptySubsequences: false).map(String.init),
                        respondents: respondents)
                }
            default:
                throw invocation.usageError(Msg.conflictingOptions(Add.responses.dashed, Add.averages.dashed))
            }
            let service = try invocation.value(Add.service)
            let population = try invocation.value(Add.population)
            let store = try invocation.openStore(.existing)
            let survey = try store.write {
                try $0.surveys.add(unit: unit, period: period, score: score, service: service, population: population)
            }
            if let sample = survey.shortOfSample, let population {
                invocation.warn(
                    Text(
                        en:
                            "\(score.respondents) respondent(s) are fewer than the Krejcie–Morgan sample of \(sample) for a population of \(population); the IKM may not represent the service's users",
                        id:
                            "\(score.respondents) responden kurang dari sampel Krejcie–Morgan \(sample) untuk populasi \(population); IKM mungkin belum mewakili pengguna layanan"
                    ))
            }
            return .change(
                RecordJSON.survey(survey),
                line: Text(
                    en:
                        "Recorded IKM survey \(survey.id) of \(survey.unitCode) for \(period.label): \(ReportValue.hundredths(score.convertedHundredths, .en)) (\(score.grade.rawValue), \(score.grade.label)).",
                    id:
                        "Survei IKM \(survey.id) \(survey.unitCode) untuk \(period.label) dicatat: \(ReportValue.hundredths(score.convertedHundredths, .id)) (\(score.grade.rawValue), \(score.grade.label))."
                ))
        })

    static let list = CommandSpec(
        name: "list",
        abstract: Text(
            en: "List surveys with their converted IKM and grade.",
            id: "Tampilkan survei dengan nilai IKM konversi dan mutunya."),
        options: .of(CommonOptions.unitFilter, periodFilter),
        formats: [.table, .csv, .json], examples: ["kbk ikm list --period 2026"],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.value(CommonOptions.unitFilter)
            let period = try invocation.value(periodFilter)
            let store = try invocation.openStore(.existing)
            let surveys = try store.surveys.list(unit: unit, overlapping: period)
            let records = { @Sendable () -> JSON in .array(surveys.map(RecordJSON.survey)) }
            var table = Tabular(columns: [
                Column(key: "id", header: Msg.labelID, alignRight: true), Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "service", header: Msg.labelService),
                Column(key: "period", header: Text(en: "Period", id: "Periode")),
                Column(key: "respondents", header: Text(en: "Respondents", id: "Responden"), alignRight: true),
                Column(key: "sample_needed", header: Text(en: "Sample needed", id: "Sampel minimal"), alignRight: true),
                Column(key: "ikm", header: Text(en: "IKM", id: "IKM"), alignRight: true),
                Column(key: "converted", header: Text(en: "Converted", id: "Konversi"), alignRight: true),
                Column(key: "grade", header: Text(en: "Grade", id: "Mutu")),
                Column(key: "weakest", header: Text(en: "Weakest element", id: "Unsur terendah")),
            ])
            for survey in surveys {
                let score = survey.score
                table.rows.append([
                    .int(Int(survey.id)), .text(survey.unitCode), survey.service.map(Cell.text) ?? .null,
                    .text(survey.period.label), .int(score.respondents),
                    survey.population.map { .int(IKMScore.krejcieMorganSample(population: $0)) } ?? .null,
                    .text(String(format1: (score.index * 100).rounded() / 100, places: 2)),
                    .text(
                        format == .csv
                            ? String(format1: score.converted, places: 2)
                            : ReportValue.hundredths(score.convertedHundredths, invocation.language)),
                    .text(format == .csv ? score.grade.rawValue : "\(score.grade.rawValue) \(score.grade.label)"),
                    .text(IKMScore.elementNames[score.weakestElement]),
                ])
            }
            return .records(records, shown: .rows(table))
        })

    static let show = CommandSpec(
        name: "show",
        abstract: Text(
            en: "Show a survey: element averages, weighted values, IKM, grade.",
            id: "Tampilkan survei: nilai rata-rata unsur, nilai tertimbang, IKM, mutu."),
        arguments: [ArgumentSpec(name: "id", help: Text(en: "The survey's id.", id: "Id survei."))],
        formats: [.table, .json],
        examples: ["kbk ikm show 1"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "survey id")
            let store = try invocation.openStore(.existing)
            let survey = try store.surveys.get(id)
            let actions = try store.improvements.addressing(surveyID: id)
            let records = { @Sendable () -> JSON in
                RecordJSON.survey(survey).adding([
                    (
                        "improvements",
                        .array(
                            actions.map { action in
                                .object([
                                    ("id", .int(Int(action.improvement.id))),
                                    ("title", .string(action.improvement.title)),
                                    ("stage", .string(action.improvement.stage.rawValue)),
                                    ("elements", .array(action.elements.map { .string("U\($0)") })),
                                ])
                            })
                    )
                ])
            }
            let score = survey.score
            let language = invocation.language
            var table = Tabular(columns: [
                Column(key: "element", header: Text(en: "Element", id: "Unsur")),
                Column(key: "average", header: Text(en: "Average (NRR)", id: "NRR"), alignRight: true),
                Column(key: "weighted", header: Text(en: "× 1/9", id: "× 1/9"), alignRight: true),
            ])
            for index in 0..<9 {
                table.rows.append([
                    .text(IKMScore.elementNames[index]), .text(decimal(score.average(index), 2, language)),
                    .text(decimal(score.average(index) / 9, 3, language)),
                ])
            }
            var fields = Fields()
            fields.add(Msg.labelUnit(language), survey.unitCode)
            fields.add(
                Text(en: "Period", id: "Periode")(language),
                "\(survey.period.label) (\(survey.period.from) – \(survey.period.to))")
            fields.add(Text(en: "Respondents", id: "Responden")(language), String(score.respondents))
            fields.add("IKM", decimal(score.index, 3, language))
            fields.add(
                Text(en: "Converted IKM", id: "IKM konversi")(language),
                ReportValue.hundredths(score.convertedHundredths, language))
            fields.add(Text(en: "Grade", id: "Mutu")(language), "\(score.grade.rawValue) (\(score.grade.label))")
            fields.add(
                Text(en: "Weakest element", id: "Unsur terendah")(language), IKMScore.elementNames[score.weakestElement]
            )
            var followUp = Tabular(columns: [
                Column(key: "improvement_id", header: Text(en: "Improvement", id: "Rencana aksi"), alignRight: true),
                Column(key: "title", header: Msg.labelTitle),
                Column(key: "stage", header: Text(en: "Stage", id: "Tahap")),
                Column(key: "elements", header: Text(en: "Elements addressed", id: "Unsur ditangani")),
            ])
            for action in actions {
                followUp.rows.append([
                    .int(Int(action.improvement.id)), .text(action.improvement.title), .coded(action.improvement.stage),
                    .text(action.elements.map { "U\($0)" }.joined(separator: ", ")),
                ])
            }
            return .records(
                records,
                shown: .sections([.text(fields.render()), .rows(table)] + (actions.isEmpty ? [] : [.rows(followUp)])))
        })

    static func decimal(_ value: Double, _ places: Int, _ language: Language) -> String {
        let text = String(format1: value, places: places)
        return language == .id ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// Reads questionnaires: columns u1…u9 (others ignored), answers 1–4; refuses with the line number.
    static func readResponses(_ path: String) throws -> IKMScore {
        let file = try openCSV(path)
        var reader = file.reader
        defer { file.close() }
        do {
            guard let header = try reader.next() else {
                throw CommandFailure(exitCode: .dataError, message: Msg.importHeader(path, .empty))
            }
            let names = header.map { $0.trimmingWhitespace().lowercased() }
            let positions = (1...9).map { names.firstIndex(of: "u\($0)") }
            let missing = positions.enumerated().filter { $0.element == nil }.map { "u\($0.offset + 1)" }
            if !missing.isEmpty {
                throw CommandFailure(exitCode: .dataError, message: Msg.importHeader(path, .missingColumns(missing)))
            }
            var rows: [[Int]] = []
            var line = reader.line
            while let fields = try reader.next() {
                var answers: [Int] = []
                for (element, position) in positions.enumerated() {
                    let text = position.flatMap { $0 < fields.count ? fields[$0].trimmingWhitespace() : nil } ?? ""
                    guard let answer = Int(text), (1...4).contains(answer) else {
                        throw CommandFailure(
                            exitCode: .dataError,
                            message: Text(
                                en:
                                    "\(path):\(line): column u\(element + 1): answer '\(text)' is not allowed; answers are 1 to 4",
                                id:
                                    "\(path):\(line): column u\(element + 1): jawaban '\(text)' tidak diizinkan; jawaban 1 sampai 4"
                            ))
                    }
                    answers.append(answer)
                }
                rows.append(answers)
                line = reader.line
            }
            guard !rows.isEmpty else {
                throw CommandFailure(
                    exitCode: .dataError,
                    message: Text(en: "\(path) has no questionnaires", id: "\(path) tidak berisi kuesioner"))
            }
            return IKMScore.fromAnswers(rows)
        } catch let error as CSVError {
            throw CommandFailure(exitCode: .dataError, message: Msg.csvProblem(path, error))
        }
    }
}
