import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk group rbk …`: a group's Risalah Budaya Kerja, Plan–Do–Check–Act, printable.
enum RBKCommands {
    static let spec = CommandSpec(
        name: "rbk",
        abstract: Text(
            en: "A group's Risalah Budaya Kerja (RBK): its work written up Plan–Do–Check–Act.",
            id: "Risalah Budaya Kerja (RBK) kelompok: kegiatannya dalam bentuk Plan–Do–Check–Act."),
        examples: ["kbk group rbk list 1", "kbk group rbk show 1 --format html --output rbk-1.html"],
        subcommands: [add, list, show])

    static let title = Option.line("title", help: Text(en: "Its title.", id: "Judul."), isRequired: true)
    static let date = Option.date("date", help: Text(en: "When it was written.", id: "Tanggal penyusunan."))
    static let plan = Option.message(
        "plan", help: Text(en: "Plan: the problem, its causes, the target.", id: "Plan: masalah, penyebab, target."))
    static let doing = Option.message(
        "do", help: Text(en: "Do: what the group did.", id: "Do: yang dikerjakan."))
    static let checking = Option.message(
        "check", help: Text(en: "Check: what it achieved, measured.", id: "Check: hasil yang dicapai, terukur."))
    static let acting = Option.message(
        "act",
        help: Text(en: "Act: what becomes the standard, what next.", id: "Act: yang dibakukan, langkah berikutnya."))
    static let improvement = Option.recordID(
        "improvement",
        help: Text(
            en: "An improvement action of the group it reports on (repeat for each).",
            id: "Rencana aksi kelompok yang dilaporkan (ulangi untuk tiap rencana aksi)."),
        isRepeatable: true)

    static let add = CommandSpec(
        name: "add",
        abstract: Text(en: "Write up an RBK for a group.", id: "Susun RBK kelompok."),
        arguments: [GroupCommands.idArgument],
        options: .of(title, date, plan, doing, checking, acting, improvement),
        formats: [.table, .json],
        examples: [
            "kbk group rbk add 1 --title 'Antrean KTP-el lebih singkat' --plan 'Antrean rata-rata 95 menit' --do 'Nomor antrean daring' --check 'Antrean 40 menit' --act 'Dibakukan dalam SOP 470/3/2026' --improvement 1"
        ],
        run: { invocation in
            _ = try invocation.format()
            let group = try invocation.idArgument(0, name: "group id")
            var draft = RBKDraft(
                groupID: group, title: try invocation.required(title), plan: try invocation.required(plan),
                doing: try invocation.required(doing), checking: try invocation.required(checking),
                acting: try invocation.required(acting))
            draft.writtenOn = try invocation.value(date)
            draft.improvementIDs = try invocation.values(improvement)
            let store = try invocation.openStore(.existing)
            let rbk = try store.write { try $0.rbks.add(draft) }
            return .change(
                RecordJSON.rbk(rbk),
                line: Text(
                    en: "Wrote RBK \(rbk.id) of group \(rbk.groupID).",
                    id: "RBK \(rbk.id) kelompok \(rbk.groupID) disusun."))
        })

    static let list = CommandSpec(
        name: "list",
        abstract: Text(en: "List a group's RBKs (every group's without one).", id: "Tampilkan RBK kelompok."),
        arguments: [
            ArgumentSpec(name: "group", help: Text(en: "The group's number.", id: "Nomor kelompok."), isOptional: true)
        ],
        formats: [.table, .csv, .json], examples: ["kbk group rbk list 1"],
        run: { invocation in
            let format = try invocation.format()
            let group = invocation.argument(0) == nil ? nil : try invocation.idArgument(0, name: "group id")
            let store = try invocation.openStore(.existing)
            let rbks = try store.rbks.list(group: group)
            let records = { @Sendable () -> JSON in .array(rbks.map(RecordJSON.rbk)) }
            var table = Tabular(columns: [
                Column(key: "id", header: Msg.labelID, alignRight: true),
                Column(key: "group", header: Text(en: "Group", id: "Kelompok"), alignRight: true),
                Column(key: "skpd", header: Msg.labelUnit), Column(key: "written_on", header: Msg.labelDate),
                Column(key: "title", header: Msg.labelTitle),
                Column(key: "improvements", header: Text(en: "Actions", id: "Rencana aksi"), alignRight: true),
            ])
            for rbk in rbks {
                table.rows.append([
                    .int(Int(rbk.id)), .int(Int(rbk.groupID)), .text(rbk.unitCode), .date(rbk.writtenOn),
                    .text(rbk.title), .int(rbk.improvementIDs.count),
                ])
            }
            return .records(records, shown: .rows(table))
        })

    static let show = CommandSpec(
        name: "show",
        abstract: Text(
            en: "Show an RBK; --format html prints it on the letterhead, with its improvement actions.",
            id: "Tampilkan RBK; --format html mencetaknya berkop, dengan rencana aksinya."),
        arguments: [ArgumentSpec(name: "id", help: Text(en: "The RBK's number.", id: "Nomor RBK."))],
        options: .of(CommonOptions.output, CommonOptions.force),
        formats: [.table, .json, .html], examples: ["kbk group rbk show 1 --format html --output rbk-1.html"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "RBK id")
            try invocation.checkOutputTarget()
            let store = try invocation.openStore(.existing)
            let rbk = try store.rbks.get(id)
            let group = try store.groups.get(rbk.groupID)
            let improvements = try rbk.improvementIDs.map { try store.improvements.get($0) }
            let language = invocation.language
            if format == .html {
                let document = try ReportDocument(settings: store.settings, signedOn: rbk.writtenOn)
                return .text(
                    RBKPage.html(rbk, group: group, improvements: improvements, document: document, language: language))
            }
            var fields = Fields()
            fields.add(Msg.labelID(language), String(rbk.id))
            fields.add(Text(en: "Group", id: "Kelompok")(language), "\(group.id) \(group.name) (\(group.unitCode))")
            fields.add(Msg.labelSection(language), group.section)
            fields.add(Msg.labelTitle(language), rbk.title)
            fields.add(Msg.labelDate(language), LetterDates.date(rbk.writtenOn, language))
            fields.add("Plan", rbk.plan)
            fields.add("Do", rbk.doing)
            fields.add("Check", rbk.checking)
            fields.add("Act", rbk.acting)
            fields.add(
                Text(en: "Improvement actions", id: "Rencana aksi")(language),
                improvements.map { "\($0.id) \($0.title) (\($0.stage.label(language)))" }.joinedOrNil(
                    separator: "; "))
            return .record(fields, json: RecordJSON.rbk(rbk))
        })
}

/// The printable RBK: the letterhead, the group, the four steps, the actions, the signature.
enum RBKPage {
    /// The page's markup, as the command writes it out.
    static func html(
        _ rbk: RBK, group: Group, improvements: [Improvement], document: ReportDocument, language: Language
    ) -> String {
        page(rbk, group: group, improvements: improvements, document: document, language: language).markup
    }

    static func page(
        _ rbk: RBK, group: Group, improvements: [Improvement], document: ReportDocument, language: Language
    ) -> HTML {
        var body = ReportHTML.letterhead(document)
        body += "<h1>\(Text(en: "Work-Culture Minutes (RBK)", id: "Risalah Budaya Kerja (RBK)")(language))</h1>\n"
        body += "<p class=\"meta\">\(rbk.title) — \(LetterDates.date(rbk.writtenOn, language))</p>\n"
        var rows = [
            (Text(en: "Group", id: "Kelompok")(language), "\(group.name) (\(group.unitCode))")
        ]
        if let section = group.section { rows.append((Msg.labelSection(language), section)) }
        if let head = group.sectionHeadName { rows.append((Msg.labelSectionHead(language), head)) }
        if let focus = group.focus { rows.append((Msg.labelFocus(language), focus)) }
        body += "<table>\n<tbody>\n"
        for (label, value) in rows { body += "<tr><th>\(label)</th><td>\(value)</td></tr>\n" }
        body += "</tbody>\n</table>\n"
        for (step, words, text) in [
            ("Plan", Text(en: "the problem, its causes, the target", id: "masalah, penyebab, target"), rbk.plan),
            ("Do", Text(en: "what the group did", id: "yang dikerjakan"), rbk.doing),
            ("Check", Text(en: "what it achieved", id: "hasil yang dicapai"), rbk.checking),
            ("Act", Text(en: "what becomes the standard", id: "yang dibakukan"), rbk.acting),
        ] {
            body += "<section>\n<h2>\(step) — \(words(language))</h2>\n"
            body +=
                text.split(separator: "\n", omittingEmptySubsequences: true).map { "<p>\(String($0))</p>" as HTML }
                .joined(separator: "\n") + "\n</section>\n"
        }
        if !improvements.isEmpty {
            body += "<section>\n<h2>\(Text(en: "Improvement actions", id: "Rencana aksi")(language))</h2>\n"
            body += "<table>\n<thead><tr><th>No.</th><th>\(Msg.labelTitle(language))</th>"
            body += "<th>\(Text(en: "Stage", id: "Tahap")(language))</th></tr></thead>\n<tbody>\n"
            for improvement in improvements {
                body += "<tr><td>\(improvement.id)</td><td>\(improvement.title)</td>"
                body += "<td>\(improvement.stage.label(language))</td></tr>\n"
            }
            body += "</tbody>\n</table>\n</section>\n"
        }
        body += ReportHTML.signature(document, language: language)
        return ReportHTML.page(title: "RBK \(rbk.id) — \(rbk.title)", body: body, language: language)
    }
}

/// `kbk culture …`: a unit's yearly self-assessment on the ASN core values (BerAKHLAK), per value or
/// per behaviour indicator.
enum CultureCommands {
    static let spec = CommandSpec(
        name: "culture",
        abstract: Text(
            en: "Units' yearly work-culture self-assessment on the core values (BerAKHLAK) and their indicators.",
            id: "Penilaian mandiri budaya kerja unit per tahun atas nilai dasar ASN (BerAKHLAK) dan indikatornya."),
        examples: ["kbk culture list --year 2026", "kbk culture show --skpd DISDUKCAPIL --year 2026"],
        subcommands: [assess, list, show, indicators])

    static let valuesHelp = CoreValue.allCases.map(\.name).joined(separator: ", ")

    static let assessedUnit = Option.parsed(
        "skpd", valueName: "code", help: Msg.optAssessedSkpd, isRequired: true, UnitCode.init)
    static let shownYear = Option.integer(
        "year", valueName: "year", help: Msg.optAssessmentYearThisYear, in: CivilDate.plausibleYears)

    /// What `culture assess` takes: the year, and the scores in one of their three forms.
    enum Assess {
        static let year = Option.integer(
            "year", valueName: "year", help: Msg.optAssessmentYear, in: CivilDate.plausibleYears, isRequired: true)
        /// The lists and pairs are read whole by `CultureAssessment`, which names what is wrong in them.
        static let scores = Option.raw(
            "scores", valueName: "s1,…,s7",
            help: Text(
                en: "Seven scores 1–5, in order: \(valuesHelp).", id: "Tujuh skor 1–5, berurutan: \(valuesHelp)."))
        static let indicators = Option.raw("indicators", valueName: "s1,…,s21", help: Msg.optCultureIndicators)
        static let indicator = Option.raw(
            "indicator", valueName: "code=score", help: Msg.optCultureIndicator, isRepeatable: true)
        static let evidence = Option.raw(
            "evidence", valueName: "code=text", help: Msg.optCultureEvidence, isRepeatable: true)
        static let evidenceRef = Option.raw(
            "evidence-ref", valueName: "code=ref", help: Msg.optCultureEvidenceRef, isRepeatable: true)
        static let date = Option.date("date", help: Text(en: "When it was assessed.", id: "Tanggal penilaian."))
        static let note = Option.optionalText("note", help: Text(en: "A remark.", id: "Catatan."), long: true)
    }

    static let assess = CommandSpec(
        name: "assess",
        abstract: Text(
            en:
                "Record a unit's self-assessment for a year: each core value scored 1–5, or each of its three behaviour indicators (the value's score is then their mean).",
            id:
                "Catat penilaian mandiri unit untuk satu tahun: tiap nilai dasar diberi skor 1–5, atau tiap tiga indikator perilakunya (skor nilai lalu rata-ratanya)."
        ),
        options: .of(
            assessedUnit, Assess.year, Assess.scores, Assess.indicators, Assess.indicator, Assess.evidence,
            Assess.evidenceRef, Assess.date, Assess.note),
        formats: [.table, .json],
        examples: [
            "kbk culture assess --skpd DISDUKCAPIL --year 2025 --scores 4,4,3,4,5,3,4",
            "kbk culture assess --skpd DISDUKCAPIL --year 2026 --indicators 4,4,3,5,4,4,3,3,4,4,4,4,5,5,5,3,3,4,4,4,3 "
                + "--evidence BO3='Inovasi antrean daring' --evidence-ref BO3=https://disdukcapil.purbalinggakab.go.id",
        ],
        run: { invocation in
            _ = try invocation.format()
            let unit = try invocation.required(assessedUnit)
            let year = try invocation.value(Assess.year) ?? invocation.today.year
            let scores = try culturalScores(invocation)
            let on = try invocation.value(Assess.date)
            let note = try invocation.value(Assess.note)
            let store = try invocation.openStore(.existing)
            let assessment = try store.write {
                try $0.assessments.add(unit: unit, year: year, scores: scores, on: on, note: note)
            }
            return .change(
                RecordJSON.assessment(assessment), line: Msg.assessmentRecorded(assessment))
        })

    /// The scores as typed: `--scores` (per value), or `--indicators` or `--indicator` (per
    /// indicator, with `--evidence` and `--evidence-ref`); one form, given whole.
    static func culturalScores(_ invocation: Invocation) throws -> CultureScores {
        let values = try invocation.value(Assess.scores)
        let list = try invocation.value(Assess.indicators)
        let pairs = try invocation.values(Assess.indicator)
        let evidence = try invocation.values(Assess.evidence)
        let references = try invocation.values(Assess.evidenceRef)
        if values != nil && list != nil { throw invocation.conflict(Assess.scores, Assess.indicators) }
        if values != nil && !pairs.isEmpty { throw invocation.conflict(Assess.scores, Assess.indicator) }
        if list != nil && !pairs.isEmpty { throw invocation.conflict(Assess.indicators, Assess.indicator) }
        if let values {
            if !evidence.isEmpty { throw invocation.conflict(Assess.scores, Assess.evidence) }
            if !references.isEmpty { throw invocation.conflict(Assess.scores, Assess.evidenceRef) }
            return .values(try invocation.parse(values, CultureAssessment.parseScores))
        }
        guard list != nil || !pairs.isEmpty else { throw invocation.usageError(Msg.cultureScoresMissing) }
        return .indicators(
            try invocation.parse("") { (_: String) throws(DomainError) in
                try CultureAssessment.indicatorScores(
                    list: list, pairs: pairs, evidence: evidence, evidenceRefs: references)
            })
    }

    static let list = CommandSpec(
        name: "list",
        abstract: Text(en: "List self-assessments.", id: "Tampilkan penilaian mandiri."),
        options: .of(CommonOptions.year),
        formats: [.table, .csv, .json], examples: ["kbk culture list --year 2026"],
        run: { invocation in
            let format = try invocation.format()
            let year = try invocation.value(CommonOptions.year)
            let store = try invocation.openStore(.existing)
            let assessments = try store.assessments.list(year: year)
            let records = { @Sendable () -> JSON in .array(assessments.map(RecordJSON.assessment)) }
            var table = Tabular(
                columns: [
                    Column(key: "skpd", header: Msg.labelUnit),
                    Column(key: "year", header: Text(en: "Year", id: "Tahun"), alignRight: true),
                ]
                    + CoreValue.allCases.map {
                        Column(key: $0.rawValue, header: Text(en: $0.name, id: $0.name), alignRight: true)
                    }
                    + [
                        Column(key: "average", header: Text(en: "Average", id: "Rata-rata"), alignRight: true),
                        Column(key: "weakest", header: Text(en: "Weakest", id: "Terendah")),
                        Column(key: "basis", header: Msg.labelAssessmentBasis),
                        Column(key: "weakest_indicator", header: Msg.labelWeakestIndicator),
                    ])
            for assessment in assessments {
                table.rows.append(
                    [.text(assessment.unitCode), .int(assessment.year)] + valueCells(assessment) + [
                        .text(plainHundredths(assessment.averageHundredths)), .text(assessment.weakest.name),
                        .coded(assessment.scores.basis),
                        assessment.weakestIndicator.map { weakest in
                            .labelled(
                                code: weakest.indicator.code,
                                Text(
                                    en: "\(weakest.indicator.code) (\(weakest.score))",
                                    id: "\(weakest.indicator.code) (\(weakest.score))"))
                        } ?? .null,
                    ])
            }
            return .records(records, shown: .rows(table))
        })

    static let show = CommandSpec(
        name: "show",
        abstract: Text(
            en:
                "Show a unit's self-assessment of a year: its values and, scored per indicator, each indicator with its evidence.",
            id:
                "Tampilkan penilaian mandiri unit satu tahun: nilainya dan, bila dinilai per indikator, tiap indikator dengan bukti dukungnya."
        ),
        options: .of(assessedUnit, shownYear),
        formats: [.table, .json], examples: ["kbk culture show --skpd DISDUKCAPIL --year 2026"],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.required(assessedUnit)
            let year = try invocation.value(shownYear) ?? invocation.today.year
            let store = try invocation.openStore(.existing)
            let assessment = try store.assessments.get(unit: unit, year: year)
            let records = { @Sendable () -> JSON in RecordJSON.assessment(assessment) }
            return .records(records, shown: shown(assessment, language: invocation.language))
        })

    /// An assessment for a person: its fields, its core values and, when scored per indicator, each indicator.
    static func shown(_ assessment: CultureAssessment, language: Language) -> CommandOutput {
        var fields = Fields()
        fields.add(Msg.labelUnit(language), assessment.unitCode)
        fields.add(Text(en: "Year", id: "Tahun")(language), String(assessment.year))
        fields.add(Msg.labelAssessedOn(language), LetterDates.date(assessment.assessedOn, language))
        fields.add(Msg.labelAssessmentBasis(language), assessment.scores.basis.label(language))
        fields.add(
            Text(en: "Average", id: "Rata-rata")(language),
            ReportValue.hundredths(assessment.averageHundredths, language))
        fields.add(Text(en: "Weakest value", id: "Nilai terendah")(language), assessment.weakest.name)
        fields.add(
            Msg.labelWeakestIndicator(language),
            assessment.weakestIndicator.map { "\($0.indicator.code) \($0.indicator.label(language)) (\($0.score))" })
        fields.add(Text(en: "Note", id: "Catatan")(language), assessment.note)
        var values = Tabular(columns: [
            Column(key: "value", header: Text(en: "Core value", id: "Nilai dasar")),
            Column(key: "score", header: Text(en: "Score", id: "Skor"), alignRight: true),
        ])
        for (value, cell) in zip(CoreValue.allCases, valueCells(assessment, language: language)) {
            values.rows.append([.text(value.name), cell])
        }
        let entries = assessment.indicatorScores
        guard !entries.isEmpty else { return .sections([.text(fields.render()), .rows(values)]) }
        var table = Tabular(columns: [
            Column(key: "code", header: Text(en: "Code", id: "Kode")),
            Column(key: "indicator", header: Text(en: "Behaviour indicator", id: "Indikator perilaku")),
            Column(key: "score", header: Text(en: "Score", id: "Skor"), alignRight: true),
            Column(key: "evidence", header: Text(en: "Evidence", id: "Bukti dukung")),
            Column(key: "evidence_ref", header: Text(en: "Reference", id: "Rujukan")),
        ])
        for entry in entries {
            table.rows.append([
                .text(entry.indicator.code), .text(entry.indicator.label(language)), .int(entry.score),
                entry.evidence.map(Cell.text) ?? .null, entry.evidenceRef.map(Cell.text) ?? .null,
            ])
        }
        return .sections([.text(fields.render()), .rows(values), .rows(table)])
    }

    static let indicators = CommandSpec(
        name: "indicators",
        abstract: Text(
            en: "List the 21 BerAKHLAK behaviour indicators (SE MenPAN-RB 20/2021) and their codes.",
            id: "Tampilkan 21 indikator perilaku BerAKHLAK (SE MenPAN-RB 20/2021) dan kodenya."),
        formats: [.table, .csv, .json], examples: ["kbk culture indicators", "kbk culture indicators --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let language = invocation.language
            let records = { @Sendable () -> JSON in .array(BehaviourIndicator.all.map(RecordJSON.indicator)) }
            // People read the wording in their language; a spreadsheet gets both, and the source.
            let texts =
                format == .csv
                ? [
                    Column(key: "text_id", header: Text(en: "Indonesian", id: "Bahasa Indonesia")),
                    Column(key: "text_en", header: Text(en: "English", id: "Bahasa Inggris")),
                    Column(key: "source", header: Text(en: "Source", id: "Sumber")),
                ] : [Column(key: "text", header: Text(en: "Behaviour indicator", id: "Indikator perilaku"))]
            var table = Tabular(
                columns: [
                    Column(key: "code", header: Text(en: "Code", id: "Kode")),
                    Column(key: "value", header: Text(en: "Core value", id: "Nilai dasar")),
                ] + texts)
            for indicator in BehaviourIndicator.all {
                let value = Cell.labelled(
                    code: indicator.value.rawValue, Text(en: indicator.value.name, id: indicator.value.name))
                table.rows.append(
                    [.text(indicator.code), value]
                        + (format == .csv
                            ? [.text(indicator.text), .text(indicator.english), .text(BehaviourIndicator.source)]
                            : [.text(indicator.label(language))]))
            }
            return .records(records, shown: .rows(table))
        })

    /// The seven values' scores: as given when scored per value, the means (two decimals) when per indicator.
    static func valueCells(_ assessment: CultureAssessment, language: Language? = nil) -> [Cell] {
        switch assessment.scores {
        case .values(let scores): scores.map(Cell.int)
        case .indicators:
            assessment.valueHundredths.map { hundredths in
                .text(language.map { ReportValue.hundredths(hundredths, $0) } ?? plainHundredths(hundredths))
            }
        }
    }

    /// 3.67 for 367, as CSV and the list write a mean whatever the language.
    static func plainHundredths(_ hundredths: Int) -> String {
        String(format1: Double(hundredths) / 100, places: 2)
    }
}

extension RecordJSON {
    static func coordinationAction(_ action: CoordinationAction, today: CivilDate) -> JSON {
        .object([
            ("id", .int(Int(action.id))), ("meeting_id", .int(Int(action.meetingID))),
            ("owner", .string(action.ownerUnit)), ("text", .string(action.text)),
            ("due_on", .string(action.dueOn.description)), ("done_on", date(action.doneOn)),
            ("done_note", .optional(action.doneNote)), ("overdue", .bool(action.isOverdue(on: today))),
        ])
    }

    static func coordination(_ meeting: CoordinationMeeting, today: CivilDate) -> JSON {
        .object([
            ("id", .int(Int(meeting.id))), ("held_on", .string(meeting.heldOn.description)),
            ("title", .string(meeting.title)), ("chair", .optional(meeting.chair)),
            ("decisions", .optional(meeting.decisions)), ("units", .array(meeting.units.map(JSON.string))),
            ("actions", .array(meeting.actions.map { coordinationAction($0, today: today) })),
        ])
    }

    static func rbk(_ rbk: RBK) -> JSON {
        .object([
            ("id", .int(Int(rbk.id))), ("group_id", .int(Int(rbk.groupID))), ("skpd", .string(rbk.unitCode)),
            ("title", .string(rbk.title)), ("written_on", .string(rbk.writtenOn.description)),
            ("plan", .string(rbk.plan)), ("do", .string(rbk.doing)), ("check", .string(rbk.checking)),
            ("act", .string(rbk.acting)), ("improvements", .array(rbk.improvementIDs.map { .int(Int($0)) })),
        ])
    }

    static func assessment(_ assessment: CultureAssessment) -> JSON {
        let scores: [JSON] =
            switch assessment.scores {
            case .values(let scores): scores.map(JSON.int)
            case .indicators: assessment.valueHundredths.map { .double(Double($0) / 100) }
            }
        return .object(
            [
                ("skpd", .string(assessment.unitCode)), ("year", .int(assessment.year)),
                ("basis", .string(assessment.scores.basis.rawValue)),
                ("scores", .object(zip(CoreValue.allCases, scores).map { ($0.rawValue, $1) })),
                ("average", .double(Double(assessment.averageHundredths) / 100)),
                ("weakest", .string(assessment.weakest.rawValue)),
                ("weakest_indicator", .optional(assessment.weakestIndicator?.indicator.code)),
                (
                    "indicators",
                    .array(
                        assessment.indicatorScores.map { entry in
                            .object([
                                ("code", .string(entry.indicator.code)),
                                ("value", .string(entry.indicator.value.rawValue)), ("score", .int(entry.score)),
                                ("evidence", .optional(entry.evidence)),
                                ("evidence_ref", .optional(entry.evidenceRef)),
                            ])
                        })
                ),
                ("assessed_on", .string(assessment.assessedOn.description)), ("note", .optional(assessment.note)),
            ])
    }

    static func indicator(_ indicator: BehaviourIndicator) -> JSON {
        .object([
            ("code", .string(indicator.code)), ("value", .string(indicator.value.rawValue)),
            ("number", .int(indicator.number)), ("text_id", .string(indicator.text)),
            ("text_en", .string(indicator.english)), ("source", .string(BehaviourIndicator.source)),
        ])
    }
}
