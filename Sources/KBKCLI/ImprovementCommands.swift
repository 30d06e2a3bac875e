import KBKDomain
import KBKPresentation
import KBKStore
import KBKTransfer

/// `kbk improvement …`: PDCA improvement actions of work-culture groups.
enum ImprovementCommands {
    static let idArgument = ArgumentSpec(name: "id", help: Text(en: "The action's id.", id: "Id rencana aksi."))

    static let spec = CommandSpec(
        name: "improvement",
        abstract: Text(
            en: "Improvement actions (PDCA) that turn complaints into better service.",
            id: "Rencana aksi (PDCA) yang mengubah pengaduan menjadi perbaikan layanan."),
        examples: [
            "kbk improvement add --group 1 --title 'Antrean daring' --complaint ADU-2026-00012 --sop 470/01/2026 --due 2026-12-31",
            "kbk improvement advance 1 --stage do --note 'Uji coba di loket 2'",
        ],
        subcommands: [add, advance, link, list, show])

    static let add = CommandSpec(
        name: "add",
        abstract: Text(
            en: "Open an action for a group; prints its id.", id: "Buka rencana aksi kelompok; mencetak id-nya."),
        options: [
            OptionSpec(name: "group", valueName: "id", help: Text(en: "The group.", id: "Kelompok."), isRequired: true),
            OptionSpec(name: "title", valueName: "text", help: Msg.optTitle, isRequired: true),
            OptionSpec(
                name: "problem", valueName: "text",
                help: Text(en: "The problem it addresses.", id: "Masalah yang ditangani.")),
            OptionSpec(
                name: "target", valueName: "text",
                help: Text(en: "What success looks like.", id: "Sasaran yang ingin dicapai.")),
            OptionSpec(
                name: "due", valueName: "date",
                help: Text(en: "When it should be done.", id: "Batas waktu penyelesaian.")),
            OptionSpec(
                name: "started", valueName: "date",
                help: Text(en: "When planning began (default: today).", id: "Mulai direncanakan (bawaan: hari ini).")),
            OptionSpec(
                name: "complaint", valueName: "ticket",
                help: Text(
                    en: "A complaint it answers; repeat for several.",
                    id: "Pengaduan yang dijawab; ulangi untuk beberapa."), isRepeatable: true),
            OptionSpec(
                name: "sop", valueName: "number",
                help: Text(
                    en: "An SOP it revises; repeat for several.", id: "SOP yang direvisi; ulangi untuk beberapa."),
                isRepeatable: true),
        ],
        formats: [.table, .json],
        examples: [
            "kbk improvement add --group 1 --title 'Antrean daring' --problem 'Antre sejak subuh' --complaint ADU-2026-00012"
        ],
        run: { invocation in
            let format = try invocation.format()
            let group = Int64(
                try invocation.required("group") { (t: String) throws(DomainError) in
                    try EnteredValue.integer(t, field: "--group", in: 1...Int.max)
                })
            var draft = ImprovementDraft(
                groupID: group, title: try invocation.required("title", ComplaintCommands.text("title")))
            draft.problem = try TextRules.optional(invocation.value("problem"), field: "problem", long: true)
            draft.target = try TextRules.optional(invocation.value("target"), field: "target", long: true)
            draft.dueOn = try invocation.dateOption("due")
            draft.startedOn = try invocation.dateOption("started")
            draft.complaints = try invocation.values("complaint").map { try invocation.parse($0, Ticket.parse) }
            draft.sops = try invocation.values("sop").map { try invocation.parse($0, ComplaintCommands.text("sop")) }
            let store = try invocation.openStore(.existing)
            let improvement = try store.write { try $0.improvements.add(draft) }
            invocation.reportChange(
                format, json: RecordJSON.improvement(improvement, today: store.today),
                line: Text(
                    en: "Opened improvement \(improvement.id) \"\(improvement.title)\" (plan).",
                    id: "Rencana aksi \(improvement.id) \"\(improvement.title)\" dibuka (plan)."))
        })

    static let advance = CommandSpec(
        name: "advance",
        abstract: Text(
            en: "Move an action to its next stage (plan → do → check → act → done) or drop it.",
            id: "Majukan rencana aksi ke tahap berikutnya (plan → do → check → act → done) atau hentikan (dropped)."),
        arguments: [idArgument],
        options: [
            .choice(
                "stage", ImprovementStage.self, help: Text(en: "The stage reached.", id: "Tahap yang dicapai."),
                isRequired: true),
            OptionSpec(
                name: "note", valueName: "text",
                help: Text(
                    en: "What happened (the reason, when dropping).", id: "Apa yang terjadi (alasan, bila dihentikan).")
            ),
            OptionSpec(
                name: "at", valueName: "date", help: Text(en: "When (default: today).", id: "Kapan (bawaan: hari ini).")
            ),
        ],
        formats: [.table, .json],
        examples: ["kbk improvement advance 1 --stage do --note 'Uji coba antrean daring di loket 2'"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "improvement id")
            let stage = try invocation.requiredChoice("stage", ImprovementStage.self)
            let note = try TextRules.optional(invocation.value("note"), field: "note", long: true)
            let at = try invocation.dateOption("at")
            let store = try invocation.openStore(.existing)
            let improvement = try store.write { try $0.improvements.advance(id, to: stage, note: note, on: at) }
            invocation.reportChange(
                format, json: RecordJSON.improvement(improvement, today: store.today),
                line: Text(
                    en: "Improvement \(id) is now at stage \(stage.rawValue).",
                    id: "Rencana aksi \(id) kini pada tahap \(stage.rawValue)."))
        })

    static let link = CommandSpec(
        name: "link",
        abstract: Text(
            en: "Link a complaint the action answers, an SOP it revises or IKM survey elements it follows up.",
            id: "Kaitkan pengaduan yang dijawab, SOP yang direvisi atau unsur survei IKM yang ditindaklanjuti."),
        arguments: [idArgument],
        options: [
            OptionSpec(
                name: "complaint", valueName: "ticket",
                help: Text(en: "A complaint of the group's unit.", id: "Pengaduan unit kelompok.")),
            OptionSpec(
                name: "sop", valueName: "number",
                help: Text(en: "An SOP of the group's unit.", id: "SOP unit kelompok.")),
            OptionSpec(
                name: "survey", valueName: "id",
                help: Text(
                    en: "An IKM survey of the group's unit whose results the action follows up (with --element).",
                    id: "Survei IKM unit kelompok yang hasilnya ditindaklanjuti (dengan --element).")),
            OptionSpec(
                name: "element", valueName: "U1-U9",
                help: Text(
                    en: "The survey's element the action addresses (U1 … U9; repeat or separate with commas).",
                    id: "Unsur survei yang ditangani rencana aksi (U1 … U9; ulangi atau pisahkan dengan koma)."),
                isRepeatable: true),
        ],
        formats: [.table, .json],
        examples: [
            "kbk improvement link 1 --complaint ADU-2026-00031", "kbk improvement link 1 --sop 470/01/2026",
            "kbk improvement link 1 --survey 4 --element U3 --element U8",
        ],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "improvement id")
            let ticket = try invocation.option("complaint", Ticket.parse)
            let sop = try invocation.option("sop", ComplaintCommands.text("sop"))
            let survey = try invocation.intOption("survey", in: 1...Int.max).map(Int64.init)
            let elements = try invocation.values("element").flatMap { $0.split(separator: ",").map(String.init) }
                .map { try invocation.parse($0, IKMScore.parseElement) }
            if survey != nil && elements.isEmpty {
                throw invocation.usageError(Msg.missingOption("--element", "U1-U9"))
            }
            if survey == nil && !elements.isEmpty {
                throw invocation.usageError(Msg.missingOption("--survey", "id"))
            }
            guard ticket != nil || sop != nil || survey != nil else {
                throw invocation.usageError(Msg.missingOption("--complaint", "ticket"))
            }
            let store = try invocation.openStore(.existing)
            try store.write {
                try $0.improvements.link(id, complaint: ticket, sop: sop)
                if let survey { try $0.improvements.link(id, survey: survey, elements: elements) }
            }
            let improvement = try store.improvements.get(id)
            invocation.reportChange(
                format, json: RecordJSON.improvement(improvement, today: store.today),
                line: Text(en: "Linked to improvement \(id).", id: "Dikaitkan ke rencana aksi \(id)."))
        })

    static let list = CommandSpec(
        name: "list", abstract: Text(en: "List improvement actions.", id: "Tampilkan rencana aksi."),
        options: [
            OptionSpec(
                name: "group", valueName: "id", help: Text(en: "Only this group's.", id: "Hanya milik kelompok ini.")),
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optReportSkpd),
            .choice(
                "stage", ImprovementStage.self,
                help: Text(en: "Only actions at this stage.", id: "Hanya pada tahap ini.")),
            OptionSpec(
                name: "overdue", valueName: nil,
                help: Text(
                    en: "Only open actions past their due date.", id: "Hanya yang belum selesai dan lewat batas waktu.")
            ),
        ],
        formats: [.table, .csv, .json],
        examples: ["kbk improvement list --skpd DISDUKCAPIL", "kbk improvement list --overdue"],
        run: { invocation in
            let format = try invocation.format()
            let group = try invocation.intOption("group", in: 1...Int.max).map(Int64.init)
            let unit = try invocation.option("skpd", UnitCode.init)
            let stage = try invocation.choice("stage", ImprovementStage.self)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let items = try store.improvements.list(
                group: group, unit: unit, stage: stage, overdueOnly: invocation.flag("overdue"), today: today)
            if format == .json {
                invocation.emit(.array(items.map { RecordJSON.improvement($0, today: today) }))
                return
            }
            var table = Tabular(columns: [
                Column(key: "id", header: Msg.labelID, alignRight: true), Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "group_id", header: Text(en: "Group", id: "Kelompok"), alignRight: true),
                Column(key: "title", header: Msg.labelTitle),
                Column(key: "stage", header: Text(en: "Stage", id: "Tahap")),
                Column(key: "due_on", header: Msg.labelDue),
                Column(key: "complaints", header: Text(en: "Complaints", id: "Pengaduan"), alignRight: true),
                Column(key: "sops", header: Msg.labelSOP, alignRight: true),
            ])
            for item in items {
                table.rows.append([
                    .int(Int(item.id)), .text(item.unitCode), .int(Int(item.groupID)), .text(item.title),
                    .coded(item.stage),
                    item.dueOn.map { item.isOverdue(on: today) ? .overdue($0) : .date($0) } ?? .null,
                    .int(item.complaintTickets.count), .int(item.sopNumbers.count),
                ])
            }
            invocation.context.stdout.write(table.render(format, language: invocation.language))
        })

    static let show = CommandSpec(
        name: "show",
        abstract: Text(
            en: "Show an action: its stages, linked complaints and SOP revisions since it began.",
            id: "Tampilkan rencana aksi: tahapannya, pengaduan terkait dan revisi SOP sejak dimulai."),
        arguments: [idArgument], formats: [.table, .json], examples: ["kbk improvement show 1"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "improvement id")
            let store = try invocation.openStore(.existing)
            let improvement = try store.improvements.get(id)
            let complaints = try improvement.complaintTickets.map { try store.complaints.get(Ticket.parse($0)) }
            let sops = try improvement.sopNumbers.map { try store.sops.get($0) }
            let surveys = try Set(improvement.surveyElements.map(\.surveyID)).sorted().map { try store.surveys.get($0) }
            if format == .json {
                invocation.emit(
                    RecordJSON.improvement(improvement, today: store.today).adding([
                        ("complaint_status", .object(complaints.map { ($0.ticket, .string($0.status.rawValue)) })),
                        (
                            "sop_revisions_since_start",
                            .object(
                                sops.map { sop in
                                    (
                                        sop.number,
                                        .array(
                                            sop.revisions.filter {
                                                $0.revision > 0 && $0.datedOn >= improvement.startedOn
                                            }.map { .int($0.revision) })
                                    )
                                })
                        ),
                    ]))
                return
            }
            let language = invocation.language
            var fields = Fields()
            fields.add(Msg.labelID(language), String(improvement.id))
            fields.add(
                Msg.labelUnit(language),
                "\(improvement.unitCode), " + Text(en: "group", id: "kelompok")(language) + " \(improvement.groupID)")
            fields.add(Msg.labelTitle(language), improvement.title)
            fields.add(Text(en: "Problem", id: "Masalah")(language), improvement.problem)
            fields.add(Text(en: "Target", id: "Sasaran")(language), improvement.target)
            fields.add(Text(en: "Stage", id: "Tahap")(language), improvement.stage.label(language))
            fields.add(
                Msg.labelDue(language),
                improvement.dueOn.map {
                    LetterDates.date($0, language)
                        + (improvement.isOverdue(on: store.today)
                            ? " (" + Text(en: "overdue", id: "terlambat")(language) + ")" : "")
                })
            var stages = Tabular(columns: [
                Column(key: "stage", header: Text(en: "Stage", id: "Tahap")), Column(key: "on", header: Msg.labelDate),
                Column(key: "actor", header: Msg.labelActor), Column(key: "note", header: Msg.labelNote),
            ])
            for entry in improvement.stages {
                stages.rows.append([
                    .coded(entry.stage), .date(entry.on), .text(entry.actor),
                    entry.note.map(Cell.text) ?? .null,
                ])
            }
            var linked = Tabular(columns: [
                Column(key: "ticket", header: Msg.labelTicket), Column(key: "status", header: Msg.labelStatus),
                Column(key: "subject", header: Msg.labelSubject),
            ])
            for complaint in complaints {
                linked.rows.append([
                    .text(complaint.ticket), .coded(complaint.status),
                    .text(complaint.subject),
                ])
            }
            var revisions = Tabular(columns: [
                Column(key: "number", header: Msg.labelNumber),
                Column(key: "revision", header: Msg.labelRevision, alignRight: true),
                Column(key: "revised_on", header: Msg.labelRevised),
                Column(key: "effective_on", header: Msg.labelEffective),
            ])
            for sop in sops {
                let since = sop.revisions.filter { $0.revision > 0 && $0.datedOn >= improvement.startedOn }
                if since.isEmpty { revisions.rows.append([.text(sop.number), .null, .null, .null]) }
                for revision in since {
                    revisions.rows.append([
                        .text(sop.number), .int(revision.revision), .date(revision.datedOn),
                        .date(revision.content.effectiveOn),
                    ])
                }
            }
            var addressed = Tabular(columns: [
                Column(key: "survey_id", header: Text(en: "Survey", id: "Survei"), alignRight: true),
                Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "period", header: Text(en: "Period", id: "Periode")),
                Column(key: "service", header: Text(en: "Service", id: "Layanan")),
                Column(key: "element", header: Text(en: "Element", id: "Unsur")),
                Column(key: "average", header: Text(en: "Average (NRR)", id: "NRR"), alignRight: true),
                Column(key: "linked_on", header: Msg.labelDate),
            ])
            for link in improvement.surveyElements {
                guard let survey = surveys.first(where: { $0.id == link.surveyID }) else { continue }
                addressed.rows.append([
                    .int(Int(survey.id)), .text(survey.unitCode), .text(survey.period.label),
                    survey.service.map(Cell.text) ?? .null, .text(IKMScore.elementNames[link.element - 1]),
                    .text(IKMCommands.decimal(survey.score.average(link.element - 1), 2, language)),
                    .date(link.linkedOn),
                ])
            }
            invocation.context.stdout.write(
                fields.render() + "\n" + stages.render(.table, language: language) + "\n"
                    + linked.render(.table, language: language) + "\n" + revisions.render(.table, language: language)
                    + (addressed.rows.isEmpty ? "" : "\n" + addressed.render(.table, language: language)))
        })
}

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

    static let add = CommandSpec(
        name: "add",
        abstract: Text(
            en: "Record a survey from questionnaires (u1…u9, answers 1–4) or from element averages.",
            id: "Catat survei dari kuesioner (u1…u9, jawaban 1–4) atau dari nilai rata-rata unsur."),
        options: [
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optSurveySkpd, isRequired: true),
            OptionSpec(name: "period", valueName: "period", help: Msg.optPeriod, isRequired: true),
            OptionSpec(
                name: "responses", valueName: "file",
                help: Text(
                    en: "CSV with columns u1…u9, one row per questionnaire.",
                    id: "CSV dengan kolom u1…u9, satu baris per kuesioner.")),
            OptionSpec(
                name: "averages", valueName: "a1,…,a9",
                help: Text(
                    en: "The nine element averages, when only they are known.",
                    id: "Sembilan rata-rata unsur, bila hanya itu yang diketahui.")),
            OptionSpec(
                name: "respondents", valueName: "n",
                help: Text(en: "Respondents behind --averages.", id: "Jumlah responden untuk --averages.")),
            OptionSpec(
                name: "service", valueName: "name",
                help: Text(
                    en: "The service surveyed (IKM per service); without it the survey is of the whole unit.",
                    id: "Jenis layanan yang disurvei (IKM per layanan); tanpa ini survei untuk seluruh unit.")),
            OptionSpec(
                name: "population", valueName: "n",
                help: Text(
                    en:
                        "The service's users in the period: kbk warns when the respondents are fewer than the Krejcie–Morgan sample.",
                    id:
                        "Jumlah pengguna layanan dalam periode: kbk memperingatkan bila responden kurang dari sampel Krejcie–Morgan."
                )
            ),
        ],
        formats: [.table, .json],
        examples: [
            "kbk ikm add --skpd DISDUKCAPIL --period 2026-S1 --responses kuesioner.csv",
            "kbk ikm add --skpd DINKES --period 2025 --averages 3.2,3.1,2.9,3.8,3.3,3.4,3.5,3.0,3.1 --respondents 400",
            "kbk ikm add --skpd DISDUKCAPIL --period 2026 --service 'Perekaman KTP-el' --population 12000 --responses ktp.csv",
        ],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.required("skpd", UnitCode.init)
            let period = try invocation.required("period", ReportPeriod.parse)
            let score: IKMScore
            switch (invocation.value("responses"), invocation.value("averages")) {
            case (let path?, nil):
                score = try readResponses(path)
            case (nil, let averages?):
                let respondents = try invocation.required("respondents") { (t: String) throws(DomainError) in
                    try EnteredValue.integer(t, field: "--respondents", in: 1...10_000_000)
                }
                score = try invocation.parse(averages) { (t: String) throws(DomainError) in
                    try IKMScore.fromAverages(
                        t.split(separator: ",", omittingEmptySubsequences: false).map(String.init),
                        respondents: respondents)
                }
            default:
                throw invocation.usageError(Msg.conflictingOptions("--responses", "--averages"))
            }
            let service = try invocation.option("service") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "service")
            }
            let population = try invocation.intOption("population", in: 1...100_000_000)
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
            invocation.reportChange(
                format, json: RecordJSON.survey(survey),
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
        options: [
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optSkpdFilter),
            OptionSpec(
                name: "period", valueName: "period",
                help: Text(
                    en: "Only surveys overlapping this period.", id: "Hanya survei yang beririsan dengan periode ini.")),
        ],
        formats: [.table, .csv, .json], examples: ["kbk ikm list --period 2026"],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.option("skpd", UnitCode.init)
            let period = try invocation.option("period", ReportPeriod.parse)
            let store = try invocation.openStore(.existing)
            let surveys = try store.surveys.list(unit: unit, overlapping: period)
            if format == .json {
                invocation.emit(.array(surveys.map(RecordJSON.survey)))
                return
            }
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
            invocation.context.stdout.write(table.render(format, language: invocation.language))
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
            if format == .json {
                invocation.emit(
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
                    ]))
                return
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
            invocation.context.stdout.write(
                fields.render() + "\n" + table.render(.table, language: language)
                    + (actions.isEmpty ? "" : "\n" + followUp.render(.table, language: language)))
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
