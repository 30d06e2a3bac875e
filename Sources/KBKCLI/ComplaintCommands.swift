import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk complaint …`: the life of a citizen complaint.
enum ComplaintCommands {
    static let ticketArgument = ArgumentSpec(name: "ticket", help: Msg.argTicket)
    static let atOption = OptionSpec(name: "at", valueName: "time", help: Msg.optAt, defaultValue: "now")

    static let spec = CommandSpec(
        name: "complaint", abstract: Msg.complaintAbstract,
        examples: [
            "kbk complaint new --channel sms --subject 'Jalan berlubang' --description 'Jalan di Desa Karangreja berlubang besar' --skpd DPUPR",
            "kbk complaint respond ADU-2026-00012 --message 'Tim akan meninjau lokasi pada hari Senin.'",
        ],
        subcommands: [
            new, edit, verify, reassign, assign, extend, forward, respond, note, hold, resume, resolve, reopen, close,
            reject,
            autoclose, list,
            show,
        ])

    static func text(_ field: String) -> (String) throws(DomainError) -> String {
        { (t: String) throws(DomainError) in try TextRules.name(t, field: field) }
    }

    /// A required free text that may span lines (messages, descriptions).
    static func message(_ invocation: Invocation, _ name: String) throws -> String {
        let value = try invocation.required(name) { (t: String) throws(DomainError) in t }
        guard let text = try TextRules.optional(value, field: name, long: true) else {
            throw DomainError.invalid(field: name, value: value, reason: .empty)
        }
        return text
    }

    static let new = CommandSpec(
        name: "new", abstract: Msg.complaintNewAbstract,
        options: [
            OptionSpec(name: "subject", valueName: "text", help: Msg.optSubject, isRequired: true),
            OptionSpec(name: "description", valueName: "text", help: Msg.optDescription, isRequired: true),
            .choice("channel", Channel.self, help: Msg.optChannel, isRequired: true),
            .choice("kind", ComplaintKind.self, help: Msg.optComplaintKind, defaultValue: .complaint),
            OptionSpec(name: "category", valueName: "code", help: Msg.optCategory),
            OptionSpec(name: "topic", valueName: "code", help: Msg.optTopic),
            OptionSpec(name: "received", valueName: "time", help: Msg.optReceived),
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optComplaintSkpd),
            OptionSpec(name: "location", valueName: "text", help: Msg.optLocation),
            OptionSpec(name: "name", valueName: "name", help: Msg.optComplainantName),
            OptionSpec(name: "contact", valueName: "text", help: Msg.optContact),
            OptionSpec(name: "anonymous", valueName: nil, help: Msg.optAnonymous),
            OptionSpec(name: "confidential", valueName: nil, help: Msg.optConfidential),
            OptionSpec(name: "external-ref", valueName: "ref", help: Msg.optExternalRef),
            OptionSpec(name: "sop", valueName: "number", help: Msg.optRelatedSOP),
        ],
        formats: [.table, .json],
        examples: [
            "kbk complaint new --channel lapor --external-ref LAPOR-4471021 --subject 'Antrean KTP-el' --description 'Antre sejak subuh' --topic kependudukan --skpd DISDUKCAPIL",
            "kbk complaint new --channel walk-in --kind information --subject 'Syarat izin usaha' --description '...' --name 'Ahmad' --contact 0812000000 --received '2026-11-20 09:15'",
        ],
        run: { invocation in
            let format = try invocation.format()
            var draft = ComplaintDraft(
                subject: try invocation.required("subject", text("subject")),
                description: try message(invocation, "description"),
                channel: try invocation.requiredChoice("channel", Channel.self))
            draft.kind = try invocation.choice("kind", ComplaintKind.self) ?? .complaint
            draft.category = try invocation.option("category", CategoryCode.parse)
            draft.topic = try invocation.option("topic", Topic.parseCode)
            draft.receivedAt = try invocation.timeOption("received")
            draft.unit = try invocation.option("skpd", UnitCode.init)
            draft.location = try TextRules.optional(invocation.value("location"), field: "location")
            draft.complainantName = try TextRules.optional(invocation.value("name"), field: "complainant name")
            draft.complainantContact = try TextRules.optional(invocation.value("contact"), field: "complainant contact")
            draft.isAnonymous = invocation.flag("anonymous")
            draft.isConfidential = invocation.flag("confidential")
            draft.externalReference = try TextRules.optional(
                invocation.value("external-ref"), field: "external reference")
            draft.sopNumber = try TextRules.optional(invocation.value("sop"), field: "sop")
            let store = try invocation.openStore(.existing)
            let (complaint, code) = try store.write { try $0.complaints.logTracked(draft) }
            invocation.reportChange(
                format,
                json: RecordJSON.complaint(complaint, timeZone: invocation.timeZone, today: store.today).adding([
                    ("tracking_code", .string(code))
                ]),
                line: Msg.complaintLogged(complaint.ticket, complaint.unitCode, trackingCode: code))
        })

    /// A command that applies one action to one complaint.
    static func action(
        _ name: String, _ abstract: Text, options: [OptionSpec] = [], examples: [String],
        request: @escaping @Sendable (Invocation) throws -> ComplaintRequest
    ) -> CommandSpec {
        CommandSpec(
            name: name, abstract: abstract, arguments: [ticketArgument], options: options + [atOption],
            formats: [.table, .json],
            examples: examples,
            run: { invocation in
                let format = try invocation.format()
                let ticket = try invocation.parse(invocation.argument(0) ?? "", Ticket.parse)
                let at = try invocation.timeOption("at")
                let made = try request(invocation)
                let store = try invocation.openStore(.existing)
                let complaint = try store.write { try $0.complaints.act(ticket, made, at: at) }
                invocation.reportChange(
                    format, json: RecordJSON.complaint(complaint, timeZone: invocation.timeZone, today: store.today),
                    line: Msg.complaintActed(complaint.ticket, made.action, complaint.status))
            })
    }

    static let edit = CommandSpec(
        name: "edit", abstract: Msg.complaintEditAbstract, arguments: [ticketArgument],
        options: [
            OptionSpec(name: "subject", valueName: "text", help: Msg.optSubject),
            OptionSpec(name: "description", valueName: "text", help: Msg.optDescription),
            OptionSpec(name: "location", valueName: "text", help: Msg.optEditLocation),
            .choice("channel", Channel.self, help: Msg.optChannel),
            OptionSpec(name: "category", valueName: "code", help: Msg.optEditCategory),
            OptionSpec(name: "topic", valueName: "code", help: Msg.optEditTopic),
            OptionSpec(name: "received", valueName: "time", help: Msg.optEditReceived),
            .choice("maladministration", Maladministration.self, valueName: "form", help: Msg.optEditMaladministration),
            OptionSpec(name: "reason", valueName: "text", help: Msg.optCorrectionReason, isRequired: true),
            atOption,
        ],
        formats: [.table, .json],
        examples: [
            "kbk complaint edit ADU-2026-00012 --category berkadar-pengawasan --reason 'Perlu peninjauan lapangan'",
            "kbk complaint edit ADU-2026-00012 --topic jalan-jembatan --reason 'Dipilah di meja pengaduan'",
            "kbk complaint edit ADU-2026-00012 --channel whatsapp --location 'Desa Karangreja' --reason 'Salah catat di loket'",
            "kbk complaint edit ADU-2026-00012 --maladministration permintaan-imbalan --reason 'Hasil klarifikasi: pungutan di loket'",
        ],
        run: { invocation in
            let format = try invocation.format()
            let ticket = try invocation.parse(invocation.argument(0) ?? "", Ticket.parse)
            let reason = try message(invocation, "reason")
            var corrections: [Correction] = []
            if invocation.value("subject") != nil {
                corrections.append(.subject(try invocation.required("subject", text("subject"))))
            }
            if invocation.value("description") != nil {
                corrections.append(.description(try message(invocation, "description")))
            }
            if let location = invocation.value("location") {
                corrections.append(.location(try TextRules.optional(location, field: "location")))
            }
            if let channel = try invocation.choice("channel", Channel.self) { corrections.append(.channel(channel)) }
            if let category = try invocation.option("category", CategoryCode.parse) {
                corrections.append(.category(category))
            }
            if let topic = invocation.value("topic") {
                let trimmed = topic.trimmingWhitespace()
                corrections.append(.topic(trimmed.isEmpty ? nil : try invocation.parse(trimmed, Topic.parseCode)))
            }
            if let received = try invocation.timeOption("received") { corrections.append(.received(received)) }
            if invocation.value("maladministration") != nil {
                let form = try invocation.option("maladministration", Maladministration.parseOptional) ?? nil
                // A form is cleared before the class changes away, and set after it changes to its own.
                if form == nil {
                    corrections.insert(.maladministration(nil), at: 0)
                } else {
                    corrections.append(.maladministration(form))
                }
            }
            guard !corrections.isEmpty else { throw invocation.usageError(Msg.editNeedsAField) }
            let at = try invocation.timeOption("at")
            let store = try invocation.openStore(.existing)
            // Every field in one transaction: all corrected, or none.
            let complaint = try store.write { transaction in
                var latest: Complaint?
                for correction in corrections {
                    latest = try transaction.complaints.act(ticket, .correct(correction, reason: reason), at: at)
                }
                return latest!
            }
            invocation.reportChange(
                format, json: RecordJSON.complaint(complaint, timeZone: invocation.timeZone, today: store.today),
                line: Msg.complaintCorrected(complaint.ticket, corrections.map(\.field.rawValue)))
        })

    static let verify = action(
        "verify", Msg.complaintVerifyAbstract,
        options: [
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optComplaintSkpd, isRequired: true),
            OptionSpec(name: "category", valueName: "code", help: Msg.optCategory),
            .choice("maladministration", Maladministration.self, valueName: "form", help: Msg.optMaladministration),
        ],
        examples: [
            "kbk complaint verify ADU-2026-00012 --skpd DPUPR --category berkadar-pengawasan",
            "kbk complaint verify ADU-2026-00013 --skpd DPMPTSP --category berkadar-pengawasan --maladministration penundaan-berlarut",
        ]
    ) { invocation in
        .verify(
            unit: try invocation.required("skpd", UnitCode.init),
            category: try invocation.option("category", CategoryCode.parse),
            maladministration: try invocation.choice("maladministration", Maladministration.self))
    }

    static let reassign = action(
        "reassign", Msg.complaintReassignAbstract,
        options: [
            OptionSpec(name: "to", valueName: "code", help: Msg.optToUnit, isRequired: true),
            OptionSpec(name: "reason", valueName: "text", help: Msg.optReason, isRequired: true),
        ],
        examples: ["kbk complaint reassign ADU-2026-00012 --to DLH --reason 'Sampah, bukan jalan'"]
    ) { invocation in
        .reassign(to: try invocation.required("to", UnitCode.init), reason: try message(invocation, "reason"))
    }

    static let assign = action(
        "assign", Msg.complaintAssignAbstract,
        options: [
            OptionSpec(name: "to", valueName: "login", help: Msg.optAssignTo, isRequired: true),
            OptionSpec(name: "note", valueName: "text", help: Msg.optAssignNote),
        ],
        examples: ["kbk complaint assign ADU-2026-00012 --to ptg.dpupr --note 'Tinjau lokasi minggu ini'"]
    ) { invocation in
        .assign(
            to: try invocation.required("to") { (t: String) throws(DomainError) in try Login(t).value },
            note: try invocation.option("note") { (t: String) throws(DomainError) in
                try TextRules.optional(t, field: "note", long: true)
            } ?? nil)
    }

    static let extend = action(
        "extend", Msg.complaintExtendAbstract,
        options: [
            OptionSpec(name: "working-days", valueName: "n", help: Msg.optExtendDays, isRequired: true),
            OptionSpec(name: "reason", valueName: "text", help: Msg.optReason, isRequired: true),
        ],
        examples: [
            "kbk complaint extend ADU-2026-00012 --working-days 10 --reason 'Menunggu hasil uji laboratorium'"
        ]
    ) { invocation in
        .extend(
            workingDays: try invocation.intOption("working-days", in: ComplaintRequest.extensionRange) ?? 0,
            reason: try message(invocation, "reason"))
    }

    static let forward = action(
        "forward", Msg.complaintForwardAbstract,
        options: [
            OptionSpec(name: "to", valueName: "agency", help: Msg.optAgency, isRequired: true),
            OptionSpec(name: "reason", valueName: "text", help: Msg.optReason, isRequired: true),
            OptionSpec(name: "reference", valueName: "ref", help: Msg.optAgencyReference),
        ],
        examples: [
            "kbk complaint forward ADU-2026-00013 --to 'BBPJN Jawa Tengah-DIY' --reason 'Jalan nasional' --reference BBPJN-2026-118"
        ]
    ) { invocation in
        .forward(
            agency: try invocation.required("to", text("agency")), reason: try message(invocation, "reason"),
            reference: try invocation.option("reference", text("reference")))
    }

    static let respond = action(
        "respond", Msg.complaintRespondAbstract,
        options: [OptionSpec(name: "message", valueName: "text", help: Msg.optMessage, isRequired: true)],
        examples: ["kbk complaint respond ADU-2026-00012 --message 'Tim akan meninjau lokasi hari Senin.'"]
    ) { invocation in
        .respond(try message(invocation, "message"))
    }

    static let note = action(
        "note", Msg.complaintNoteAbstract,
        options: [OptionSpec(name: "message", valueName: "text", help: Msg.optMessage, isRequired: true)],
        examples: ["kbk complaint note ADU-2026-00012 --message 'Menunggu anggaran pemeliharaan'"]
    ) { invocation in
        .note(try message(invocation, "message"))
    }

    static let hold = action(
        "hold", Msg.complaintHoldAbstract,
        options: [OptionSpec(name: "reason", valueName: "text", help: Msg.optReason, isRequired: true)],
        examples: ["kbk complaint hold ADU-2026-00012 --reason 'Menunggu foto lokasi dari pengadu'"]
    ) { invocation in
        .hold(reason: try message(invocation, "reason"))
    }

    static let resume = action("resume", Msg.complaintResumeAbstract, examples: ["kbk complaint resume ADU-2026-00012"])
    { _ in .resume }

    static let resolve = action(
        "resolve", Msg.complaintResolveAbstract,
        options: [OptionSpec(name: "message", valueName: "text", help: Msg.optMessage, isRequired: true)],
        examples: ["kbk complaint resolve ADU-2026-00012 --message 'Jalan sudah ditambal pada 20 November.'"]
    ) { invocation in
        .resolve(try message(invocation, "message"))
    }

    static let reopen = action(
        "reopen", Msg.complaintReopenAbstract,
        options: [OptionSpec(name: "reason", valueName: "text", help: Msg.optReason, isRequired: true)],
        examples: ["kbk complaint reopen ADU-2026-00012 --reason 'Tambalan sudah rusak lagi'"]
    ) { invocation in
        .reopen(reason: try message(invocation, "reason"))
    }

    static let close = action(
        "close", Msg.complaintCloseAbstract,
        options: [
            OptionSpec(name: "rating", valueName: "1-4", help: Msg.optRating),
            OptionSpec(name: "comment", valueName: "text", help: Msg.optComment),
        ],
        examples: ["kbk complaint close ADU-2026-00012 --rating 4 --comment 'Terima kasih'"]
    ) { invocation in
        .close(
            rating: try invocation.intOption("rating", in: Complaints.ratingRange),
            comment: try TextRules.optional(invocation.value("comment"), field: "comment", long: true))
    }

    static let reject = action(
        "reject", Msg.complaintRejectAbstract,
        options: [
            .choice("reason", RejectionReason.self, help: Msg.optRejectReason, isRequired: true),
            OptionSpec(name: "message", valueName: "text", help: Msg.optRejectMessage),
        ],
        examples: [
            "kbk complaint reject ADU-2026-00013 --reason duplicate --message 'Sama dengan ADU-2026-00011'"
        ]
    ) { invocation in
        .reject(
            try invocation.requiredChoice("reason", RejectionReason.self),
            message: try TextRules.optional(invocation.value("message"), field: "message", long: true))
    }

    static let autoclose = CommandSpec(
        name: "autoclose", abstract: Msg.complaintAutocloseAbstract,
        options: [
            OptionSpec(
                name: "after", valueName: "n", help: Msg.optAfter, defaultValue: String(AutoClose.defaultWorkingDays)
            )
        ],
        formats: [.table, .json],
        examples: ["kbk complaint autoclose", "kbk complaint autoclose --after 10"],
        run: { invocation in
            let format = try invocation.format()
            let days =
                try invocation.intOption("after", in: AutoClose.workingDayRange) ?? AutoClose.defaultWorkingDays
            let store = try invocation.openStore(.existing)
            let closed = try store.write { try $0.complaints.autoclose(afterWorkingDays: days) }
            invocation.reportChange(
                format,
                json: .object([("closed", .array(closed.map(JSON.string))), ("after_working_days", .int(days))]),
                line: Msg.autoclosed(closed.count, days))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.complaintListAbstract,
        options: [
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optSkpdFilter),
            .choice("status", StatusSelection.self, help: Msg.optStatusFilter, isRepeatable: true),
            OptionSpec(name: "category", valueName: "code", help: Msg.optCategory),
            OptionSpec(name: "topic", valueName: "code", help: Msg.optTopicFilter),
            .choice("channel", Channel.self, help: Msg.optChannel),
            OptionSpec(name: "overdue", valueName: nil, help: Msg.optOverdue),
            OptionSpec(name: "from", valueName: "date", help: Msg.optReceivedFrom),
            OptionSpec(name: "to", valueName: "date", help: Msg.optReceivedTo),
            OptionSpec(name: "search", valueName: "text", help: Msg.optSearch),
            OptionSpec(name: "assigned-to", valueName: "login", help: Msg.optAssignedTo),
            OptionSpec(name: "mine", valueName: nil, help: Msg.optMine),
            OptionSpec(name: "limit", valueName: "n", help: Msg.optListLimit, defaultValue: "100"),
        ],
        formats: [.table, .csv, .json],
        examples: [
            "kbk complaint list --skpd DPUPR --overdue",
            "kbk complaint list --status open --limit 0",
            "kbk complaint list --status received --status verified --format csv",
            "kbk complaint list --mine",
        ],
        run: { invocation in
            let format = try invocation.format()
            var filter = ComplaintFilter()
            filter.unit = try invocation.option("skpd", UnitCode.init)
            filter.statuses = try invocation.choices("status", StatusSelection.self).flatMap(\.statuses)
            filter.category = try invocation.option("category", CategoryCode.parse)
            filter.topic = try invocation.option("topic", Topic.parseCode)
            filter.channel = try invocation.choice("channel", Channel.self)
            filter.overdueOnly = invocation.flag("overdue")
            (filter.receivedFrom, filter.receivedTo) = try invocation.dateRange()
            filter.search = try TextRules.optional(invocation.value("search"), field: "search")
            filter.assignedTo = try invocation.option("assigned-to") { (t: String) throws(DomainError) in
                try Login(t).value
            }
            if invocation.flag("mine") {
                if filter.assignedTo != nil { throw invocation.usageError(Msg.mineWithAssignedTo) }
                filter.assignedTo = invocation.actorText
            }
            filter.limit = try invocation.intOption("limit", in: 0...1_000_000).map { $0 == 0 ? .max : $0 } ?? 100
            let store = try invocation.openStore(.existing)
            let today = store.today
            let complaints = try store.complaints.list(filter, today: today)
            if complaints.count == filter.limit {
                let total = try store.complaints.count(filter, today: today)
                if total > complaints.count {
                    invocation.context.stderr.write(
                        Msg.showingSome(complaints.count, total)(invocation.language) + "\n")
                }
            }
            let timeZone = invocation.timeZone
            if format == .json {
                invocation.emit(
                    .array(complaints.map { RecordJSON.complaint($0, timeZone: timeZone, today: today, inList: true) }))
                return
            }
            var table = Tabular(columns: [
                Column(key: "ticket", header: Msg.labelTicket), Column(key: "received_at", header: Msg.labelReceived),
                Column(key: "channel", header: Msg.labelChannel), Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "status", header: Msg.labelStatus), Column(key: "running_due", header: Msg.labelDue),
                Column(key: "subject", header: Msg.labelSubject),
            ])
            if format == .csv {
                table = Tabular(
                    columns: table.columns + [
                        Column(key: "category", header: Msg.labelCategory),
                        Column(key: "topic", header: Msg.labelTopic),
                        Column(key: "overdue", header: Msg.labelDue),
                        Column(key: "description", header: Msg.labelDescription),
                    ])
            }
            for complaint in complaints {
                let due: Cell =
                    complaint.runningDeadline.map { complaint.isOverdue(on: today) ? .overdue($0.due) : .date($0.due) }
                    ?? .null
                var row: [Cell] = [
                    .text(complaint.ticket),
                    format == .csv ? .text(complaint.receivedAt.iso8601(in: timeZone)) : .date(complaint.receivedOn),
                    .coded(complaint.channel), complaint.unitCode.map(Cell.text) ?? .null,
                    .coded(complaint.status), due, .text(complaint.subject),
                ]
                if format == .csv {
                    row += [
                        .text(complaint.category), complaint.topic.map(Cell.text) ?? .null,
                        .text(complaint.isOverdue(on: today) ? "true" : "false"),
                        complaint.isConfidential ? .null : .text(complaint.description),
                    ]
                }
                table.rows.append(row)
            }
            invocation.context.stdout.write(table.render(format, language: invocation.language))
        })

    static let show = CommandSpec(
        name: "show", abstract: Msg.complaintShowAbstract, arguments: [ticketArgument],
        options: [
            OptionSpec(name: "reveal-identity", valueName: nil, help: Msg.optReveal),
            OptionSpec(name: "reason", valueName: "text", help: Msg.optRevealReason),
        ],
        formats: [.table, .json],
        examples: [
            "kbk complaint show ADU-2026-00012",
            "kbk complaint show ADU-2026-00012 --reveal-identity --reason 'Klarifikasi lapangan atas permintaan Inspektorat'",
        ],
        run: { invocation in
            let format = try invocation.format()
            let ticket = try invocation.parse(invocation.argument(0) ?? "", Ticket.parse)
            let reveal = invocation.flag("reveal-identity")
            let reason = try invocation.option("reason") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "reason")
            }
            if reveal && reason == nil { throw invocation.usageError(Msg.revealNeedsReason) }
            if !reveal && reason != nil { throw invocation.usageError(Msg.reasonWithoutReveal) }
            let store = try invocation.openStore(.existing)
            let complaint = try store.complaints.get(ticket)
            let events = try store.complaints.events(of: complaint)
            let improvements = try store.improvements.citing(complaintID: complaint.id)
            if reveal, let reason {
                try store.write { try $0.complaints.recordIdentityReveal(complaint, reason: reason) }
            }
            let now = store.now
            let today = now.date(in: store.timeZone)
            let calendars = try store.holidays.unitCalendars()
            let timeZone = invocation.timeZone
            if format == .json {
                invocation.emit(
                    RecordJSON.complaint(complaint, timeZone: timeZone, today: today, revealIdentity: reveal).adding([
                        ("timeline", .array(events.map { RecordJSON.event($0, timeZone: timeZone) })),
                        (
                            "improvements",
                            .array(
                                improvements.map {
                                    .object([
                                        ("id", .int(Int($0.id))), ("title", .string($0.title)),
                                        ("stage", .string($0.stage.rawValue)),
                                    ])
                                })
                        ),
                    ]))
                return
            }
            let language = invocation.language
            var fields = Fields()
            fields.add(Msg.labelTicket(language), complaint.ticket)
            fields.add(Msg.labelReceived(language), LetterDates.instant(complaint.receivedAt, timeZone, language))
            fields.add(
                Msg.labelChannel(language), complaint.channel.label(language) + " / " + complaint.kind.label(language))
            // The category by its name, with the code for `--category`.
            let category = try? store.categories.get(complaint.category)
            fields.add(
                Msg.labelCategory(language), category.map { "\($0.name) (\(complaint.category))" } ?? complaint.category
            )
            // The topic by its name in the reader's language, with the code for `--topic`.
            if let code = complaint.topic {
                let topic = try? store.topics.get(code)
                fields.add(Msg.labelTopic(language), topic.map { "\(TopicLabel.name($0, language)) (\(code))" } ?? code)
            }
            fields.add(Msg.labelMaladministration(language), complaint.maladministration?.label(language))
            fields.add(Msg.labelUnit(language), complaint.unitCode)
            fields.add(Msg.labelAssignedTo(language), complaint.assignedTo)
            fields.add(Msg.labelStatus(language), Msg.statusName(complaint.status)(language))
            fields.add(Msg.labelSubject(language), complaint.subject)
            fields.add(
                Msg.labelDescription(language),
                complaint.isDescriptionWithheld ? Msg.descriptionWithheld(language) : complaint.description)
            fields.add(Msg.labelLocation(language), complaint.location)
            fields.add(Msg.labelExternalRef(language), complaint.externalReference)
            fields.add(Msg.labelSOP(language), complaint.sopNumber)
            let flags = [
                complaint.isAnonymous ? Msg.flagAnonymous(language) : nil,
                complaint.isConfidential ? Msg.flagConfidential(language) : nil,
            ].compactMap { $0 }
            fields.add(Msg.labelFlags(language), flags.joinedOrNil())
            if complaint.isIdentityWithheld {
                fields.add(Msg.labelComplainant(language), Msg.whistleblowerWithheld(language))
            } else if reveal {
                fields.add(Msg.labelComplainant(language), complaint.complainantName)
                fields.add(Msg.labelContact(language), complaint.complainantContact)
            } else {
                fields.add(Msg.labelComplainant(language), Msg.hiddenIdentity(language))
            }
            let met: [DeadlineStage: Timestamp?] = [
                .verify: complaint.verifiedAt, .respond: complaint.firstResponseAt, .settle: complaint.resolvedAt,
            ]
            for (stage, label, due) in [
                (DeadlineStage.verify, Msg.labelVerifyDue, Optional(complaint.due.verify)),
                (.respond, Msg.labelRespondDue, complaint.due.respond),
                (.settle, Msg.labelSettleDue, complaint.due.settle),
            ] {
                guard let due else { continue }
                let shown =
                    stage == .respond
                    ? complaint.due.respondBy.map { LetterDates.instant($0, timeZone, language) } : nil
                fields.add(
                    label(language),
                    (shown ?? LetterDates.date(due, language)) + " — "
                        + dueState(
                            complaint, stage: stage, due: due, met: met[stage] ?? nil,
                            now: now, today: today,
                            calendar: calendars.calendar(forStage: stage, unit: complaint.unitCode),
                            timeZone: timeZone)(language))
            }
            if let limit = PerpresSettlementLimit.exceeded(by: complaint) {
                fields.add(Msg.labelPerpres(language), Msg.perpresLimit(LetterDates.date(limit, language))(language))
            }
            if let agency = complaint.forwardedTo {
                fields.add(
                    Msg.labelForwarded(language),
                    agency + (complaint.forwardReference.map { " (\($0))" } ?? "")
                        + (complaint.forwardedAt.map { " — " + LetterDates.instant($0, timeZone, language) } ?? ""))
            }
            if complaint.extendedWorkingDays > 0 {
                fields.add(Msg.labelExtended(language), Msg.extendedBy(complaint.extendedWorkingDays)(language))
            }
            if let rating = complaint.rating {
                fields.add(
                    Msg.labelRating(language), "\(rating)/4" + (complaint.ratingComment.map { " — \($0)" } ?? ""))
            }
            var timeline = Tabular(columns: [
                Column(key: "at", header: Msg.labelTime), Column(key: "actor", header: Msg.labelActor),
                Column(key: "action", header: Msg.labelAction), Column(key: "status", header: Msg.labelStatus),
                Column(key: "skpd", header: Msg.labelUnit), Column(key: "visibility", header: Msg.labelVisibility),
                Column(key: "text", header: Msg.labelText),
            ])
            for event in events {
                let status =
                    (event.statusBefore.map { $0.label(language) + " → " } ?? "") + event.statusAfter.label(language)
                let action = ComplaintAction(rawValue: event.action)?.label(language) ?? event.action
                let unit =
                    event.unitBefore == event.unitAfter
                    ? event.unitAfter : "\(event.unitBefore ?? "-") → \(event.unitAfter ?? "-")"
                // A time typed by hand is a claim: when it was entered is shown beside it.
                var time = LetterDates.tableInstant(event.at, timeZone, language)
                if let entered = event.enteredAt, entered != event.at {
                    time += " " + Msg.enteredAt(LetterDates.tableInstant(entered, timeZone, language))(language)
                }
                timeline.rows.append([
                    .text(time), .text(event.actor), .text(action),
                    .text(status),
                    unit.map(Cell.text) ?? .null,
                    event.text == nil
                        ? .null : .text((event.isPublic ? Msg.visibilityPublic : Msg.visibilityInternal)(language)),
                    ([
                        event.assignee.map { "→ \($0)" }, event.workingDays.map { Msg.extendedBy($0)(language) },
                        event.field.map {
                            complaint.isDescriptionWithheld && $0 == "description"
                                ? "\($0): \(Msg.descriptionWithheld(language))"
                                : "\($0): \(event.valueBefore ?? "-") → \(event.valueAfter ?? "-")"
                        },
                        event.text,
                    ].compactMap { $0 }.joinedOrNil(separator: ": "))
                    .map(Cell.text) ?? .null,
                ])
            }
            var out =
                fields.render() + "\n" + Msg.labelTimeline(language) + "\n"
                + timeline.render(.table, language: language)
            if !improvements.isEmpty {
                out += "\n" + Msg.labelImprovements(language) + "\n"
                for improvement in improvements {
                    out += "  \(improvement.id)  \(improvement.title) (\(improvement.stage.label(language)))\n"
                }
            }
            invocation.context.stdout.write(out)
        })

    /// How a due date stands: met (on time or late), days left, due today, overdue, or paused.
    static func dueState(
        _ complaint: Complaint, stage: DeadlineStage, due: CivilDate, met: Timestamp?, now: Timestamp,
        today: CivilDate, calendar: WorkingCalendar, timeZone: UTCOffset
    ) -> Text {
        if let met {
            let day = met.date(in: timeZone)
            let onTime =
                stage == .respond
                ? complaint.due.respondsInTime(at: met, on: day) ?? false : OnTime.byDueDay(day, due: due)
            return Msg.dueMet(day, onTime)
        }
        if complaint.status == .onHold { return Msg.duePaused }
        guard complaint.runningDeadline?.stage == stage || (stage == .settle && complaint.status.isOpen) else {
            return Msg.dueNotRunning
        }
        if stage == .respond, let respondBy = complaint.due.respondBy {
            // An hour target counts down in whole clock hours, rounded down either way.
            let seconds = respondBy.secondsSinceEpoch - now.secondsSinceEpoch
            return seconds >= 0 ? Msg.hoursLeft(Int(seconds / 3600)) : Msg.hoursOverdue(Int(-seconds / 3600))
        }
        switch DeadlineStanding.of(due: due, today: today, calendar: calendar) {
        case .dueToday: return Msg.dueToday
        case .left(let days): return Msg.dueLeft(days)
        case .overdue(let days): return Msg.dueOverdue(days)
        }
    }
}

/// `kbk holiday …` and `kbk category …`: the working-day calendar and complaint deadlines.
enum CalendarCommands {
    static let holiday = CommandSpec(
        name: "holiday", abstract: Msg.holidayAbstract,
        examples: ["kbk holiday add 2026-12-25 'Hari Raya Natal'", "kbk holiday list --year 2026"],
        subcommands: [holidayAdd, holidayList, holidayCorrect, holidayRemove])

    static let holidayAdd = CommandSpec(
        name: "add", abstract: Msg.holidayAddAbstract,
        arguments: [
            ArgumentSpec(name: "date", help: Msg.argDate), ArgumentSpec(name: "name", help: Msg.argHolidayName),
        ],
        options: [
            .choice("kind", HolidayKind.self, help: Msg.optHolidayKind, defaultValue: .local),
            OptionSpec(name: "source", valueName: "decree", help: Msg.optHolidaySource),
        ],
        formats: [.table, .json],
        examples: [
            "kbk holiday add 2026-12-18 'Hari Jadi Kabupaten Purbalingga'",
            "kbk holiday add 2028-01-01 'Tahun Baru 2028 Masehi' --kind national --source 'SKB …/2027'",
        ],
        run: { invocation in
            let format = try invocation.format()
            let date = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "date")
            }
            let name = try invocation.parse(invocation.argument(1) ?? "") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "name")
            }
            let kind = try invocation.option("kind", HolidayKind.parse) ?? .local
            let source = try invocation.option("source") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "source")
            }
            let store = try invocation.openStore(.existing)
            let holiday = Holiday(date: date, name: name, kind: kind, source: source)
            let moved = try store.write { try $0.holidays.add(holiday) }
            if kind == .local, try !store.holidays.hasNationalDays(in: date.year) {
                invocation.warn(Msg.yearWithoutNationalDays(date.year))
            }
            invocation.reportChange(
                format, json: RecordJSON.holiday(holiday).adding([("complaints_moved", .int(moved))]),
                line: Msg.holidayAdded(date.description, moved))
        })

    static let holidayList = CommandSpec(
        name: "list", abstract: Msg.holidayListAbstract,
        options: [OptionSpec(name: "year", valueName: "year", help: Msg.optYear)],
        formats: [.table, .csv, .json], examples: ["kbk holiday list --year 2026"],
        run: { invocation in
            let format = try invocation.format()
            let year = try invocation.intOption("year", in: 1...9999)
            let store = try invocation.openStore(.existing)
            let holidays = try store.holidays.list(year: year)
            if format == .json {
                invocation.emit(.array(holidays.map(RecordJSON.holiday)))
                return
            }
            var table = Tabular(columns: [
                Column(key: "date", header: Msg.labelDate), Column(key: "name", header: Msg.labelName),
                Column(key: "kind", header: Msg.labelKind), Column(key: "source", header: Msg.labelSource),
            ])
            for holiday in holidays {
                table.rows.append([
                    .date(holiday.date), .text(holiday.name), .coded(holiday.kind),
                    holiday.source.map(Cell.text) ?? .null,
                ])
            }
            invocation.context.stdout.write(table.render(format, language: invocation.language))
            if let year, try !store.holidays.hasNationalDays(in: year) {
                invocation.warn(Msg.yearWithoutNationalDays(year))
            }
        })

    /// `--reason`: required to correct a day, and to remove one a decree set.
    static func holidayReason(_ invocation: Invocation) throws -> String? {
        try invocation.option("reason") { (t: String) throws(DomainError) in
            guard let text = try TextRules.optional(t, field: "reason") else {
                throw DomainError.invalid(field: "reason", value: t, reason: .empty)
            }
            return text
        }
    }

    static let holidayCorrect = CommandSpec(
        name: "correct", abstract: Msg.holidayCorrectAbstract, discussion: Msg.holidayCorrectDiscussion,
        arguments: [ArgumentSpec(name: "date", help: Msg.argDate)],
        options: [
            OptionSpec(name: "date", valueName: "date", help: Msg.optHolidayNewDate),
            OptionSpec(name: "name", valueName: "name", help: Msg.optHolidayNewName),
            OptionSpec(name: "reason", valueName: "text", help: Msg.optHolidayReason, isRequired: true),
        ],
        formats: [.table, .json],
        examples: [
            "kbk holiday correct 2027-05-20 --date 2027-05-21 --reason 'SKB perubahan: Waisak 21 Mei'"
        ],
        run: { invocation in
            let format = try invocation.format()
            let date = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "date")
            }
            let newDate = try invocation.option("date") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "--date")
            }
            let newName = try invocation.option("name") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "name")
            }
            guard newDate != nil || newName != nil else {
                throw invocation.usageError(Msg.holidayCorrectNeedsChange)
            }
            guard let reason = try holidayReason(invocation) else { throw invocation.missingOption("reason") }
            let store = try invocation.openStore(.existing)
            let (holiday, moved) = try store.write {
                try $0.holidays.correct(date, to: newDate, name: newName, reason: reason)
            }
            invocation.reportChange(
                format,
                json: RecordJSON.holiday(holiday).adding([
                    ("corrected_from", .string(date.description)), ("reason", .string(reason)),
                    ("complaints_moved", .int(moved)),
                ]),
                line: Msg.holidayCorrected(date.description, holiday.date.description, holiday.name, moved))
        })

    static let holidayRemove = CommandSpec(
        name: "remove", abstract: Msg.holidayRemoveAbstract, arguments: [ArgumentSpec(name: "date", help: Msg.argDate)],
        options: [OptionSpec(name: "reason", valueName: "text", help: Msg.optHolidayRemoveReason)],
        formats: [.table, .json],
        examples: [
            "kbk holiday remove 2026-12-18",
            "kbk holiday remove 2027-12-24 --reason 'Cuti bersama dibatalkan oleh SKB perubahan'",
        ],
        run: { invocation in
            let format = try invocation.format()
            let date = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "date")
            }
            let reason = try holidayReason(invocation)
            let store = try invocation.openStore(.existing)
            let moved = try store.write { try $0.holidays.remove(date, reason: reason) }
            invocation.reportChange(
                format, json: .object([("date", .string(date.description)), ("complaints_moved", .int(moved))]),
                line: Msg.holidayRemoved(date.description, moved))
        })

    static let sourceOption = OptionSpec(name: "source", valueName: "rule", help: Msg.optCategorySource)
    static let extensionOption = OptionSpec(name: "extension-days", valueName: "n", help: Msg.optExtensionDays)

    static let dayOptions = [
        OptionSpec(name: "verify-days", valueName: "n", help: Msg.optVerifyDays),
        OptionSpec(name: "respond-days", valueName: "n", help: Msg.optRespondDays),
        OptionSpec(name: "respond-hours", valueName: "n", help: Msg.optRespondHours),
    ]

    /// `--respond-days` or `--respond-hours`, not both.
    static func responseTarget(_ invocation: Invocation) throws -> Deadlines.ResponseTarget? {
        let days = try invocation.intOption("respond-days", in: Deadlines.dayRange)
        let hours = try invocation.intOption("respond-hours", in: Deadlines.hourRange)
        switch (days, hours) {
        case (.some, .some): throw invocation.usageError(Msg.conflictingOptions("--respond-days", "--respond-hours"))
        case (let days?, nil): return .workingDays(days)
        case (nil, let hours?): return .hours(hours)
        case (nil, nil): return nil
        }
    }

    static let category = CommandSpec(
        name: "category", abstract: Msg.categoryAbstract,
        examples: ["kbk category list", "kbk category add perizinan --name 'Perizinan' --settle-days 10"],
        subcommands: [categoryList, categoryAdd, categoryEdit])

    static let categoryList = CommandSpec(
        name: "list", abstract: Msg.categoryListAbstract, formats: [.table, .csv, .json],
        examples: ["kbk category list --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let store = try invocation.openStore(.existing)
            let categories = try store.categories.list()
            if format == .json {
                invocation.emit(.array(categories.map(RecordJSON.category)))
                return
            }
            // A person reads one response column ("24 jam" for an hour target); a file keeps both numbers.
            let merged = format == .table
            var table = Tabular(
                columns: [
                    Column(key: "code", header: Msg.labelCode), Column(key: "name", header: Msg.labelName),
                    Column(key: "verify_days", header: Msg.labelVerifyDays, alignRight: true),
                    Column(key: "respond_days", header: Msg.labelRespondDays, alignRight: true),
                    Column(key: "settle_days", header: Msg.labelSettleDays, alignRight: true),
                ] + (merged ? [] : [Column(key: "respond_hours", header: Msg.labelRespondHours, alignRight: true)])
                    + [
                        Column(key: "extension_days", header: Msg.labelExtensionDays, alignRight: true),
                        Column(key: "in_use", header: Msg.labelInUse),
                    ] + (merged ? [] : [Column(key: "replaced_by", header: Msg.labelReplacedBy)])
                    + [Column(key: "source", header: Msg.labelSource)])
            let language = invocation.language
            for category in categories {
                let deadlines = category.deadlines
                let hours = deadlines.respondHours
                var row: [Cell] = [
                    .text(category.code), .text(category.name), .int(deadlines.verifyDays),
                    merged && hours != nil
                        ? .text(Msg.hoursShort(hours ?? 0)(language)) : .int(deadlines.respondDays),
                    .int(deadlines.settleDays),
                ]
                if !merged { row.append(hours.map(Cell.int) ?? .null) }
                row.append(.int(category.extensionDays))
                if merged {
                    let inUse =
                        category.isInUse
                        ? Msg.categoryInUseShort
                        : category.replacedBy.map(Msg.replacedByShort) ?? Msg.categoryNotInUseShort
                    row.append(.text(inUse(language)))
                } else {
                    row.append(.int(category.isInUse ? 1 : 0))
                    row.append(category.replacedBy.map(Cell.text) ?? .null)
                }
                row.append(category.source.map(Cell.text) ?? .null)
                table.rows.append(row)
            }
            invocation.context.stdout.write(table.render(format, language: invocation.language))
        })

    static let categoryAdd = CommandSpec(
        name: "add", abstract: Msg.categoryAddAbstract,
        arguments: [ArgumentSpec(name: "code", help: Msg.argCategoryCode)],
        options: [OptionSpec(name: "name", valueName: "name", help: Msg.optCategoryName, isRequired: true)] + dayOptions
            + [
                OptionSpec(name: "settle-days", valueName: "n", help: Msg.optSettleDays, isRequired: true),
                extensionOption, sourceOption,
            ],
        formats: [.table, .json], examples: ["kbk category add perizinan --name 'Perizinan' --settle-days 10"],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", CategoryCode.parse)
            var category = Category(
                code: code, name: try invocation.required("name", ComplaintCommands.text("name")),
                deadlines: Deadlines(
                    verifyDays: try invocation.intOption("verify-days", in: Deadlines.dayRange) ?? 3,
                    settleDays: try invocation.required("settle-days") { (t: String) throws(DomainError) in
                        try EnteredValue.integer(t, field: "--settle-days", in: Deadlines.dayRange)
                    }),
                source: try invocation.option("source", ComplaintCommands.text("source")),
                extensionDays: try invocation.intOption("extension-days", in: Category.extensionDayRange)
                    ?? ComplaintRequest.extensionRange.upperBound)
            if let respond = try responseTarget(invocation) { category.deadlines.setResponse(respond) }
            let store = try invocation.openStore(.existing)
            let added = try store.write { try $0.categories.add(category) }
            invocation.reportChange(format, json: RecordJSON.category(added), line: Msg.categoryAdded(added.code))
        })

    static let categoryEdit = CommandSpec(
        name: "edit", abstract: Msg.categoryEditAbstract,
        arguments: [ArgumentSpec(name: "code", help: Msg.argCategoryCode)],
        options: [OptionSpec(name: "name", valueName: "name", help: Msg.optCategoryName)] + dayOptions
            + [
                OptionSpec(name: "settle-days", valueName: "n", help: Msg.optSettleDays), extensionOption, sourceOption,
                OptionSpec(name: "in-use", valueName: nil, help: Msg.optInUse),
                OptionSpec(name: "retire", valueName: nil, help: Msg.optRetire),
                OptionSpec(name: "replaced-by", valueName: "code", help: Msg.optReplacedBy),
            ],
        formats: [.table, .json],
        examples: [
            "kbk category edit tidak-berkadar-pengawasan --respond-hours 24", "kbk category edit ringan --in-use",
            "kbk category edit perizinan --retire --replaced-by tidak-berkadar-pengawasan",
        ],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", CategoryCode.parse)
            let name = try invocation.option("name", ComplaintCommands.text("name"))
            let verify = try invocation.intOption("verify-days", in: Deadlines.dayRange)
            let respond = try responseTarget(invocation)
            let settle = try invocation.intOption("settle-days", in: Deadlines.dayRange)
            let source = try invocation.option("source", ComplaintCommands.text("source"))
            let extensionDays = try invocation.intOption("extension-days", in: Category.extensionDayRange)
            let replacedBy = try invocation.option("replaced-by", CategoryCode.parse)
            let (takeUp, retire) = (invocation.flag("in-use"), invocation.flag("retire"))
            if takeUp && retire { throw invocation.usageError(Msg.conflictingOptions("--in-use", "--retire")) }
            if replacedBy != nil && !retire {
                throw invocation.usageError(Msg.optionNeedsOption("--replaced-by", "--retire"))
            }
            let store = try invocation.openStore(.existing)
            let (category, moved) = try store.write {
                try $0.categories.edit(
                    code, name: name, source: source,
                    deadlines: { deadlines in
                        if let verify { deadlines.verifyDays = verify }
                        if let respond { deadlines.setResponse(respond) }
                        if let settle { deadlines.settleDays = settle }
                    },
                    class: { category in
                        if let extensionDays { category.extensionDays = extensionDays }
                        if takeUp { category.isInUse = true }
                        if retire {
                            category.isInUse = false
                            category.replacedBy = replacedBy
                        }
                    })
            }
            invocation.reportChange(
                format, json: RecordJSON.category(category).adding([("complaints_moved", .int(moved))]),
                line: Msg.categoryEdited(category.code, moved))
        })
}
