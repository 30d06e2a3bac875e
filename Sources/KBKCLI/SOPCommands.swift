import KBKDomain
import KBKFiles
import KBKPresentation
import KBKStore

/// `kbk sop …`: standard operating procedures with revisions and periodic reviews.
enum SOPCommands {
    static let numberArgument = ArgumentSpec(name: "number", help: Msg.argSOPNumber)

    static let spec = CommandSpec(
        name: "sop", abstract: Msg.sopAbstract,
        examples: [
            "kbk sop add --skpd DISDUKCAPIL --number 470/01/2026 --title 'Penerbitan KTP-el' --effective 2026-02-01 --service-days 1",
            "kbk sop list --review-due",
        ],
        subcommands: [add, revise, review, revoke, list, show])

    static let contentOptions = [
        OptionSpec(name: "service", valueName: "name", help: Msg.optService),
        OptionSpec(name: "legal-basis", valueName: "text", help: Msg.optLegalBasis),
        OptionSpec(name: "approved-by-name", valueName: "name", help: Msg.optApprovedByName),
        OptionSpec(name: "approved-by-nip", valueName: "nip", help: Msg.optApprovedByNIP),
        OptionSpec(name: "service-days", valueName: "n", help: Msg.optServiceDays),
        OptionSpec(name: "review-months", valueName: "n", help: Msg.optReviewMonths),
    ]

    static func text(_ field: String) -> (String) throws(DomainError) -> String {
        { (t: String) throws(DomainError) in try TextRules.name(t, field: field) }
    }

    static func longText(_ field: String) -> (String) throws(DomainError) -> String {
        { (t: String) throws(DomainError) in try TextRules.optional(t, field: field, long: true) ?? "" }
    }

    static let add = CommandSpec(
        name: "add", abstract: Msg.sopAddAbstract,
        options: [
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optSOPSkpd, isRequired: true),
            OptionSpec(name: "number", valueName: "number", help: Msg.optSOPNumber, isRequired: true),
            OptionSpec(name: "title", valueName: "title", help: Msg.optTitle, isRequired: true),
            OptionSpec(name: "effective", valueName: "date", help: Msg.optEffective, isRequired: true),
            OptionSpec(name: "made", valueName: "date", help: Msg.optMade),
        ] + contentOptions,
        formats: [.table, .json],
        examples: [
            "kbk sop add --skpd DISDUKCAPIL --number 470/01/2026 --title 'Penerbitan KTP-el' --effective 2026-02-01 --made 2026-01-20 --service 'KTP-el' --service-days 1 --approved-by-nip '19700101 199503 1 002'"
        ],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.required("skpd", UnitCode.init)
            let number = try invocation.required("number", text("number"))
            var content = SOPContent(
                title: try invocation.required("title", text("title")),
                effectiveOn: try invocation.required("effective") { (t: String) throws(DomainError) in
                    try invocation.parseDate(t, field: "--effective")
                })
            content.madeOn = try invocation.dateOption("made")
            content.service = try invocation.option("service", text("service"))
            content.legalBasis = try invocation.option("legal-basis", longText("legal basis"))
            content.approvedByName = try invocation.option("approved-by-name", text("approved by name"))
            content.approvedByNIP = try invocation.option("approved-by-nip", NIP.init)?.digits
            content.serviceDays = try invocation.intOption("service-days", in: SOPSchedule.serviceDaysRange)
            let reviewMonths = try invocation.intOption("review-months", in: SOPSchedule.reviewMonthsRange)
            let store = try invocation.openStore(.existing)
            let sop = try store.write {
                try $0.sops.add(number: number, unit: unit, content: content, reviewMonths: reviewMonths)
            }
            invocation.reportChange(
                format, json: RecordJSON.sop(sop, today: store.today),
                line: Msg.sopAdded(sop.number, sop.current.content.title))
        })

    static let revise = CommandSpec(
        name: "revise", abstract: Msg.sopReviseAbstract, discussion: Msg.optClearHint, arguments: [numberArgument],
        options: [
            OptionSpec(name: "effective", valueName: "date", help: Msg.optEffective, isRequired: true),
            OptionSpec(name: "revised", valueName: "date", help: Msg.optRevised),
            OptionSpec(name: "title", valueName: "title", help: Msg.optTitle),
        ] + contentOptions,
        formats: [.table, .json],
        examples: ["kbk sop revise 470/01/2026 --effective 2026-09-01 --service-days 1 --legal-basis 'Perbup 12/2026'"],
        run: { invocation in
            let format = try invocation.format()
            let number = try invocation.parse(invocation.argument(0) ?? "", text("number"))
            let effective = try invocation.required("effective") { (t: String) throws(DomainError) in
                try invocation.parseDate(t, field: "--effective")
            }
            let revised = try invocation.dateOption("revised")
            var changes = SOPContentChanges()
            changes.title = try invocation.option("title", text("title"))
            changes.service = try invocation.clearable("service", text("service"))
            changes.legalBasis = try invocation.clearable("legal-basis", longText("legal basis"))
            changes.approvedByName = try invocation.clearable("approved-by-name", text("approved by name"))
            changes.approvedByNIP = try invocation.clearable("approved-by-nip", NIP.init)
            changes.serviceDays = try invocation.clearable("service-days") { (t: String) throws(DomainError) in
                try EnteredValue.integer(t, field: "--service-days", in: SOPSchedule.serviceDaysRange)
            }
            let reviewMonths = try invocation.intOption("review-months", in: SOPSchedule.reviewMonthsRange)
            let store = try invocation.openStore(.existing)
            let sop = try store.write {
                try $0.sops.revise(
                    number, effectiveOn: effective, revisedOn: revised, changes: changes, reviewMonths: reviewMonths)
            }
            invocation.reportChange(
                format, json: RecordJSON.sop(sop, today: store.today),
                line: Msg.sopRevised(sop.number, sop.current.revision, effective.description))
        })

    static let review = CommandSpec(
        name: "review", abstract: Msg.sopReviewAbstract, arguments: [numberArgument],
        options: [
            OptionSpec(name: "date", valueName: "date", help: Msg.optReviewDate, isRequired: true),
            .choice("outcome", ReviewOutcome.self, help: Msg.optOutcome, isRequired: true),
            OptionSpec(name: "note", valueName: "text", help: Msg.optReviewNote),
            OptionSpec(name: "reviewer", valueName: "nip", help: Msg.optReviewer),
        ],
        formats: [.table, .json],
        examples: [
            "kbk sop review 470/01/2026 --date 2026-11-20 --outcome keep --note 'Masih sesuai' --reviewer 197001011995031002"
        ],
        run: { invocation in
            let format = try invocation.format()
            let number = try invocation.parse(invocation.argument(0) ?? "", text("number"))
            let date = try invocation.required("date") { (t: String) throws(DomainError) in
                try invocation.parseDate(t, field: "--date")
            }
            let outcome = try invocation.requiredChoice("outcome", ReviewOutcome.self)
            let note = try TextRules.optional(invocation.value("note"), field: "note", long: true)
            let reviewer = try invocation.option("reviewer", NIP.init)
            let store = try invocation.openStore(.existing)
            let sop = try store.write {
                try $0.sops.review(number, on: date, outcome: outcome, note: note, reviewer: reviewer)
            }
            let due = sop.isActive(on: store.today) ? sop.nextReviewDue.description : nil
            invocation.reportChange(
                format, json: RecordJSON.sop(sop, today: store.today),
                line: Msg.sopReviewed(sop.number, outcome.rawValue, due))
        })

    static let revoke = CommandSpec(
        name: "revoke", abstract: Msg.sopRevokeAbstract, arguments: [numberArgument],
        options: [OptionSpec(name: "on", valueName: "date", help: Msg.optOn, defaultValue: "today")],
        formats: [.table, .json],
        examples: ["kbk sop revoke 470/01/2026 --on 2026-12-31"],
        run: { invocation in
            let format = try invocation.format()
            let number = try invocation.parse(invocation.argument(0) ?? "", text("number"))
            let on = try invocation.dateOption("on") ?? invocation.today
            let store = try invocation.openStore(.existing)
            let sop = try store.write { try $0.sops.revoke(number, on: on) }
            invocation.reportChange(
                format, json: RecordJSON.sop(sop, today: store.today), line: Msg.sopRevoked(sop.number, on.description))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.sopListAbstract,
        options: [
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optSkpdFilter),
            .choice("status", SOPStatusFilter.self, help: Msg.optStatus, defaultValue: .active),
            OptionSpec(name: "review-due", valueName: nil, help: Msg.optReviewDue),
        ],
        formats: [.table, .csv, .json],
        examples: ["kbk sop list --skpd DISDUKCAPIL", "kbk sop list --review-due --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.option("skpd", UnitCode.init)
            let status = try invocation.choice("status", SOPStatusFilter.self) ?? .active
            let store = try invocation.openStore(.existing)
            let today = store.today
            let sops = try store.sops.list(
                unit: unit, status: status, reviewDue: invocation.flag("review-due"), today: today)
            if format == .json {
                invocation.emit(.array(sops.map { RecordJSON.sop($0, today: today) }))
                return
            }
            var table = Tabular(columns: [
                Column(key: "number", header: Msg.labelNumber), Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "title", header: Msg.labelTitle),
                Column(key: "revision", header: Msg.labelRevision, alignRight: true),
                Column(key: "effective_on", header: Msg.labelEffective),
                Column(key: "next_review_due", header: Msg.labelNextReview),
                Column(key: "status", header: Msg.labelStatus),
            ])
            for sop in sops {
                let active = sop.isActive(on: today)
                table.rows.append([
                    .text(sop.number), .text(sop.unitCode), .text(sop.current.content.title),
                    .int(sop.current.revision),
                    .date(sop.current.content.effectiveOn),
                    active ? .date(sop.nextReviewDue) : .null,
                    SOPCommands.lifespan(sop, today: today),
                ])
            }
            invocation.context.stdout.write(table.render(format, language: invocation.language))
        })

    static let show = CommandSpec(
        name: "show", abstract: Msg.sopShowAbstract, arguments: [numberArgument], formats: [.table, .csv, .json],
        examples: ["kbk sop show 470/01/2026"],
        run: { invocation in
            let format = try invocation.format()
            let number = try invocation.parse(invocation.argument(0) ?? "", text("number"))
            let store = try invocation.openStore(.existing)
            let today = store.today
            let sop = try store.sops.get(number)
            let improvements = try store.improvements.linked(sopID: sop.id)
            if format != .table {
                invocation.emitRecord(
                    RecordJSON.sop(sop, today: today).adding([
                        (
                            "improvements",
                            .array(
                                improvements.map {
                                    .object([
                                        ("id", .int(Int($0.id))), ("title", .string($0.title)),
                                        ("stage", .string($0.stage.rawValue)),
                                    ])
                                })
                        )
                    ]), format)
                return
            }
            let language = invocation.language
            let content = sop.current.content
            var fields = Fields()
            fields.add(Msg.labelNumber(language), sop.number)
            fields.add(Msg.labelUnit(language), sop.unitCode)
            fields.add(Msg.labelTitle(language), content.title)
            fields.add(Msg.labelService(language), content.service)
            fields.add(Msg.labelServiceDays(language), content.serviceDays.map(String.init))
            fields.add(Msg.labelLegalBasis(language), content.legalBasis)
            fields.add(
                Msg.labelApprovedBy(language),
                [content.approvedByName, content.approvedByNIP].compactMap { $0 }.joinedOrNil())
            fields.add(Msg.labelRevision(language), String(sop.current.revision))
            fields.add(Msg.labelEffective(language), LetterDates.date(content.effectiveOn, language))
            fields.add(Msg.labelReviewEvery(language), String(sop.reviewMonths))
            fields.add(
                Msg.labelNextReview(language),
                sop.isActive(on: today) ? LetterDates.date(sop.nextReviewDue, language) : nil)
            fields.add(Msg.labelStatus(language), SOPCommands.lifespan(sop, today: today).shown(language))
            var revisions = Tabular(columns: [
                Column(key: "revision", header: Msg.labelRevision, alignRight: true),
                Column(key: "title", header: Msg.labelTitle),
                Column(key: "made_on", header: Msg.labelMade), Column(key: "revised_on", header: Msg.labelRevised),
                Column(key: "effective_on", header: Msg.labelEffective),
                Column(key: "service_days", header: Msg.labelServiceDays, alignRight: true),
                Column(key: "status", header: Msg.labelStatus),
            ])
            for revision in sop.revisions.reversed() {
                revisions.rows.append([
                    .int(revision.revision), .text(revision.content.title),
                    revision.content.madeOn.map(Cell.date) ?? .null,
                    revision.revisedOn.map(Cell.date) ?? .null,
                    .date(revision.content.effectiveOn),
                    revision.content.serviceDays.map(Cell.int) ?? .null,
                    .text(
                        (revision.revision == sop.current.revision ? Msg.statusCurrent : Msg.statusSuperseded)(language)
                    ),
                ])
            }
            var out =
                fields.render() + "\n" + Msg.labelRevisions(language) + "\n"
                + revisions.render(.table, language: language)
            if !sop.reviews.isEmpty {
                var reviews = Tabular(columns: [
                    Column(key: "reviewed_on", header: Msg.labelDate), Column(key: "outcome", header: Msg.labelOutcome),
                    Column(key: "reviewer_nip", header: Msg.labelReviewer), Column(key: "note", header: Msg.labelNote),
                ])
                for review in sop.reviews.reversed() {
                    reviews.rows.append([
                        .date(review.reviewedOn), .coded(review.outcome),
                        review.reviewerNIP.map(Cell.text) ?? .null, review.note.map(Cell.text) ?? .null,
                    ])
                }
                out += "\n" + Msg.labelReviews(language) + "\n" + reviews.render(.table, language: language)
            }
            if !improvements.isEmpty {
                out += "\n" + Msg.labelImprovements(language) + "\n"
                for improvement in improvements {
                    let revised = sop.revisions.contains { $0.revision > 0 && $0.datedOn >= improvement.startedOn }
                    out +=
                        "  \(improvement.id)  \(improvement.title) (\(improvement.stage.rawValue))"
                        + (revised ? " — " + Msg.revisedSinceStart(language) : "") + "\n"
                }
            }
            invocation.context.stdout.write(out)
        })

    static func lifespan(_ sop: SOP, today: CivilDate) -> Cell {
        .lifespan(endsOn: sop.revokedOn, today: today, endedCode: "revoked", ended: Msg.statusRevokedOn)
    }
}

/// `kbk config list|set`: administrator settings.
enum ConfigCommands {
    static let spec = CommandSpec(
        name: "config", abstract: Msg.configAbstract,
        examples: ["kbk config list", "kbk config set group_size_max 12"], subcommands: [list, set])

    static let list = CommandSpec(
        name: "list", abstract: Msg.configListAbstract, formats: [.table, .csv, .json], examples: ["kbk config list"],
        run: { invocation in
            let format = try invocation.format()
            let store = try invocation.openStore(.existing)
            let settings = try store.settings.all()
            if format == .json {
                invocation.emit(.object(settings.map { ($0.key.rawValue, json($0.key, $0.value)) }))
                return
            }
            var table = Tabular(columns: [
                Column(key: "key", header: Msg.labelSetting), Column(key: "value", header: Msg.labelValue),
            ])
            for (key, value) in settings { table.rows.append([.text(key.rawValue), .text(key.summary(of: value))]) }
            invocation.context.stdout.write(table.render(format, language: invocation.language))
        })

    static let set = CommandSpec(
        name: "set", abstract: Msg.configSetAbstract,
        arguments: [
            .choice("setting", Settings.Key.self, help: Msg.argSettingKey),
            ArgumentSpec(name: "value", help: Msg.argSettingValue),
        ],
        formats: [.table, .json],
        examples: [
            "kbk config set group_size_min 5", "kbk config set mail.command '/usr/bin/msmtp -t'",
            "kbk config set mail.from 'Sistem KBK <kbk@purbalinggakab.go.id>'",
        ],
        run: { invocation in
            let format = try invocation.format()
            let key = try invocation.choiceArgument(0, Settings.Key.self)
            var value = invocation.argument(1) ?? ""
            // The logo is given as a file and kept as its data URI, so the report embeds it anywhere.
            if key == .organisationLogo && !value.isEmpty {
                let file = try InputFile(value)
                defer { file.close() }
                let bytes = try file.readAll(cap: Logo.maximumBytes)
                do throws(LogoProblem) { value = try Logo.dataURI(of: bytes) } catch {
                    throw CommandFailure(exitCode: .dataError, message: Msg.logoRefused(value, error))
                }
            }
            let store = try invocation.openStore(.existing)
            try store.write { try $0.settings.set(key, to: value) }
            let stored = try store.settings.value(key)
            invocation.reportChange(
                format, json: .object([("key", .string(key.rawValue)), ("value", json(key, stored))]),
                line: Msg.configSet(key.rawValue, key.summary(of: stored)))
        })

    /// A setting's value for scripts; an image as its summary (the bytes stay in the database).
    static func json(_ key: Settings.Key, _ value: Settings.Value) -> JSON {
        if key == .organisationLogo, case .text(let uri) = value {
            return .string(uri.isEmpty ? "" : key.summary(of: value))
        }
        switch value {
        case .integer(let number): return .int(number)
        case .text(let text): return .string(text)
        }
    }
}
