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
}
