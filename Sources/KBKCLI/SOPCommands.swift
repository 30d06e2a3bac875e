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

    /// What an SOP's revision says beside its title and dates: set by `sop add`, changed (or
    /// cleared, given empty) by `sop revise`.
    enum Content {
        static let service = Option.line("service", valueName: "name", help: Msg.optService)
        static let legalBasis = Option.parsed("legal-basis", valueName: "text", help: Msg.optLegalBasis) {
            (text: String) throws(DomainError) in try TextRules.optional(text, field: "legal basis", long: true) ?? ""
        }
        static let approvedByName = Option.line(
            "approved-by-name", valueName: "name", help: Msg.optApprovedByName, field: "approved by name")
        static let approvedByNIP = Option.parsed(
            "approved-by-nip", valueName: "nip", help: Msg.optApprovedByNIP, NIP.init)
        static let serviceDays = Option.integer(
            "service-days", help: Msg.optServiceDays, in: SOPSchedule.serviceDaysRange)
        static let reviewMonths = Option.integer(
            "review-months", help: Msg.optReviewMonths, in: SOPSchedule.reviewMonthsRange)

        static let all: [any DeclaredOption] = [
            service, legalBasis, approvedByName, approvedByNIP, serviceDays, reviewMonths,
        ]
    }

    static let unit = Option.parsed("skpd", valueName: "code", help: Msg.optSOPSkpd, isRequired: true, UnitCode.init)
    static let number = Option.line("number", valueName: "number", help: Msg.optSOPNumber, isRequired: true)
    static let title = Option.line("title", valueName: "title", help: Msg.optTitle, isRequired: true)
    static let newTitle = Option.line("title", valueName: "title", help: Msg.optTitle)
    static let effective = Option.date("effective", help: Msg.optEffective, isRequired: true)
    static let made = Option.date("made", help: Msg.optMade)
    static let revised = Option.date("revised", help: Msg.optRevised)

    /// An SOP's number as an argument, checked as the `--number` it was added with.
    static func text(_ field: String) -> (String) throws(DomainError) -> String {
        { (t: String) throws(DomainError) in try TextRules.name(t, field: field) }
    }

    static let add = CommandSpec(
        name: "add", abstract: Msg.sopAddAbstract,
        options: .of(unit, number, title, effective, made) + Content.all.map(\.spec),
        formats: [.table, .json],
        examples: [
            "kbk sop add --skpd DISDUKCAPIL --number 470/01/2026 --title 'Penerbitan KTP-el' --effective 2026-02-01 --made 2026-01-20 --service 'KTP-el' --service-days 1 --approved-by-nip '19700101 199503 1 002'"
        ],
        run: { invocation in
            _ = try invocation.format()
            let owner = try invocation.required(unit)
            let sopNumber = try invocation.required(number)
            var content = SOPContent(
                title: try invocation.required(title), effectiveOn: try invocation.required(effective))
            content.madeOn = try invocation.value(made)
            content.service = try invocation.value(Content.service)
            content.legalBasis = try invocation.value(Content.legalBasis)
            content.approvedByName = try invocation.value(Content.approvedByName)
            content.approvedByNIP = try invocation.value(Content.approvedByNIP)?.digits
            content.serviceDays = try invocation.value(Content.serviceDays)
            let reviewMonths = try invocation.value(Content.reviewMonths)
            let store = try invocation.openStore(.existing)
            let sop = try store.write {
                try $0.sops.add(number: sopNumber, unit: owner, content: content, reviewMonths: reviewMonths)
            }
            return .change(
                RecordJSON.sop(sop, today: store.today),
                line: Msg.sopAdded(sop.number, sop.current.content.title))
        })

    static let revise = CommandSpec(
        name: "revise", abstract: Msg.sopReviseAbstract, discussion: Msg.optClearHint, arguments: [numberArgument],
        options: .of(effective, revised, newTitle) + Content.all.map(\.spec),
        formats: [.table, .json],
        examples: ["kbk sop revise 470/01/2026 --effective 2026-09-01 --service-days 1 --legal-basis 'Perbup 12/2026'"],
        run: { invocation in
            _ = try invocation.format()
            let number = try invocation.parse(invocation.argument(0) ?? "", text("number"))
            let effectiveOn = try invocation.required(effective)
            let revisedOn = try invocation.value(revised)
            var changes = SOPContentChanges()
            changes.title = try invocation.value(newTitle)
            changes.service = try invocation.clearable(Content.service)
            changes.legalBasis = try invocation.clearable(Content.legalBasis)
            changes.approvedByName = try invocation.clearable(Content.approvedByName)
            changes.approvedByNIP = try invocation.clearable(Content.approvedByNIP)
            changes.serviceDays = try invocation.clearable(Content.serviceDays)
            let reviewMonths = try invocation.value(Content.reviewMonths)
            let store = try invocation.openStore(.existing)
            let sop = try store.write {
                try $0.sops.revise(
                    number, effectiveOn: effectiveOn, revisedOn: revisedOn, changes: changes,
                    reviewMonths: reviewMonths)
            }
            return .change(
                RecordJSON.sop(sop, today: store.today),
                line: Msg.sopRevised(sop.number, sop.current.revision, effectiveOn.description))
        })

    static let review = CommandSpec(
        name: "review", abstract: Msg.sopReviewAbstract, arguments: [numberArgument],
        options: .of(Review.date, Review.outcome, Review.note, Review.reviewer),
        formats: [.table, .json],
        examples: [
            "kbk sop review 470/01/2026 --date 2026-11-20 --outcome keep --note 'Masih sesuai' --reviewer 197001011995031002"
        ],
        run: { invocation in
            _ = try invocation.format()
            let number = try invocation.parse(invocation.argument(0) ?? "", text("number"))
            let date = try invocation.required(Review.date)
            let outcome = try invocation.required(Review.outcome)
            let note = try invocation.value(Review.note)
            let reviewer = try invocation.value(Review.reviewer)
            let store = try invocation.openStore(.existing)
            let sop = try store.write {
                try $0.sops.review(number, on: date, outcome: outcome, note: note, reviewer: reviewer)
            }
            let due = sop.isActive(on: store.today) ? sop.nextReviewDue.description : nil
            return .change(
                RecordJSON.sop(sop, today: store.today),
                line: Msg.sopReviewed(sop.number, outcome.rawValue, due))
        })

    /// What `sop review` records.
    enum Review {
        static let date = Option.date("date", help: Msg.optReviewDate, isRequired: true)
        static let outcome = Option.choice("outcome", ReviewOutcome.self, help: Msg.optOutcome, isRequired: true)
        static let note = Option.optionalText("note", help: Msg.optReviewNote, long: true)
        static let reviewer = Option.parsed("reviewer", valueName: "nip", help: Msg.optReviewer, NIP.init)
    }

    static let revoke = CommandSpec(
        name: "revoke", abstract: Msg.sopRevokeAbstract, arguments: [numberArgument],
        options: .of(CommonOptions.on),
        formats: [.table, .json],
        examples: ["kbk sop revoke 470/01/2026 --on 2026-12-31"],
        run: { invocation in
            _ = try invocation.format()
            let number = try invocation.parse(invocation.argument(0) ?? "", text("number"))
            let on = try invocation.value(CommonOptions.on) ?? invocation.today
            let store = try invocation.openStore(.existing)
            let sop = try store.write { try $0.sops.revoke(number, on: on) }
            return .change(
                RecordJSON.sop(sop, today: store.today), line: Msg.sopRevoked(sop.number, on.description))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.sopListAbstract,
        options: .of(CommonOptions.unitFilter, statusFilter, reviewDue),
        formats: [.table, .csv, .json],
        examples: ["kbk sop list --skpd DISDUKCAPIL", "kbk sop list --review-due --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.value(CommonOptions.unitFilter)
            let status = try invocation.required(statusFilter)
            let dueOnly = invocation.isSet(reviewDue)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let sops = try store.sops.list(unit: unit, status: status, reviewDue: dueOnly, today: today)
            let records = { @Sendable () -> JSON in .array(sops.map { RecordJSON.sop($0, today: today) }) }
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
            return .records(records, shown: .rows(table))
        })

    static let statusFilter = Option.choice(
        "status", SOPStatusFilter.self, help: Msg.optStatus, defaultValue: .active)
    static let reviewDue = Flag("review-due", help: Msg.optReviewDue)

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
            let record = RecordJSON.sop(sop, today: today).adding([
                (
                    "improvements",
                    .array(improvements.map(RecordJSON.linkedImprovement))
                )
            ])
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
            let details = CommandOutput.record(fields, json: record)
            guard format == .table else { return details }
            var parts: [CommandOutput] = [details, .titled(Msg.labelRevisions, .rows(revisions))]
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
                parts.append(.titled(Msg.labelReviews, .rows(reviews)))
            }
            if !improvements.isEmpty {
                let lines = improvements.map { improvement in
                    let revised = sop.revisions.contains { $0.revision > 0 && $0.datedOn >= improvement.startedOn }
                    return "  \(improvement.id)  \(improvement.title) (\(improvement.stage.rawValue))"
                        + (revised ? " — " + Msg.revisedSinceStart(language) : "")
                }
                parts.append(.titled(Msg.labelImprovements, .lines(lines)))
            }
            return .sections(parts)
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
            let records = { @Sendable () -> JSON in .object(settings.map { ($0.key.rawValue, json($0.key, $0.value)) })
            }
            var table = Tabular(columns: [
                Column(key: "key", header: Msg.labelSetting), Column(key: "value", header: Msg.labelValue),
            ])
            for (key, value) in settings { table.rows.append([.text(key.rawValue), .text(key.summary(of: value))]) }
            return .records(records, shown: .rows(table))
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
            _ = try invocation.format()
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
            return .change(
                .object([("key", .string(key.rawValue)), ("value", json(key, stored))]),
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
