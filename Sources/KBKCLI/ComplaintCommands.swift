import KBKDomain
import KBKFiles
import KBKPresentation
import KBKStore

/// `kbk complaint …`: the life of a citizen complaint.
enum ComplaintCommands {
    static let ticketArgument = ArgumentSpec(name: "ticket", help: Msg.argTicket)
    static let at = Option.time("at", help: Msg.optAt, defaultValue: "now")

    static let spec = CommandSpec(
        name: "complaint", abstract: Msg.complaintAbstract,
        examples: [
            "kbk complaint new --channel sms --subject 'Jalan berlubang' --description 'Jalan di Desa Karangreja berlubang besar' --skpd DPUPR",
            "kbk complaint respond ADU-2026-00012 --message 'Tim akan meninjau lokasi pada hari Senin.'",
        ],
        subcommands: [
            new, edit, verify, reassign, assign, extend, forward, respond, note, hold, resume, resolve, reopen, close,
            reject, link, attachment,
            autoclose, list,
            show,
        ])

    // The options of the complaint commands, each declared once.
    static let kind = Option.choice("kind", ComplaintKind.self, help: Msg.optComplaintKind, defaultValue: .complaint)
    static let category = Option.parsed("category", valueName: "code", help: Msg.optCategory, CategoryCode.init)
    static let topic = Option.parsed("topic", valueName: "code", help: Msg.optTopic, Topic.parseCode)
    static let received = Option.time("received", help: Msg.optReceived)
    static let unit = Option.parsed("skpd", valueName: "code", help: Msg.optComplaintSkpd, UnitCode.init)
    static let location = Option.optionalText("location", help: Msg.optLocation)
    static let complainantName = Option.optionalText(
        "name", valueName: "name", help: Msg.optComplainantName, field: "complainant name")
    static let contact = Option.optionalText("contact", help: Msg.optContact, field: "complainant contact")
    static let anonymous = Flag("anonymous", help: Msg.optAnonymous)
    static let confidential = Flag("confidential", help: Msg.optConfidential)
    static let externalReference = Option.optionalText(
        "external-ref", valueName: "ref", help: Msg.optExternalRef, field: "external reference")
    static let sop = Option.optionalText("sop", valueName: "number", help: Msg.optRelatedSOP)
    static let reason = Option.message("reason", help: Msg.optReason)
    static let message = Option.message("message", help: Msg.optMessage)
    static let login = Option.parsed("to", valueName: "login", help: Msg.optAssignTo, isRequired: true) {
        (text: String) throws(DomainError) in try Login(text)
    }

    /// A WhatsApp chat copied or exported as text (`WhatsAppMessage`): what it gives, the options
    /// given beside it override.
    static let fromWhatsApp = Option.line(
        "from-whatsapp", valueName: "file",
        help: Text(
            en:
                "A WhatsApp chat copied or exported as a text file: its first sender's messages give the subject, description, time received and contact; the channel is whatsapp.",
            id:
                "Obrolan WhatsApp yang disalin atau diekspor sebagai berkas teks: pesan pengirim pertamanya memberi pokok, isi, waktu diterima dan kontak; kanalnya whatsapp."
        ))
    /// The most a pasted chat may hold.
    static let whatsAppBytes = 64 * 1024

    static let new = CommandSpec(
        name: "new", abstract: Msg.complaintNewAbstract,
        options: .of(
            fromWhatsApp, Edit.subject, Edit.description, Edit.channel, kind, category, topic, received, unit, location,
            complainantName, contact, anonymous, confidential, externalReference, sop) + PlaceOptions.options
            + ComplaintFiles.options,
        formats: [.table, .json],
        examples: [
            "kbk complaint new --channel lapor --external-ref LAPOR-4471021 --subject 'Antrean KTP-el' --description 'Antre sejak subuh' --topic kependudukan --skpd DISDUKCAPIL",
            "kbk complaint new --channel walk-in --kind information --subject 'Syarat izin usaha' --description '...' --name 'Ahmad' --contact 0812000000 --received '2026-11-20 09:15'",
        ],
        run: { invocation in
            _ = try invocation.format()
            var chat: WhatsAppMessage?
            if let path = try invocation.value(fromWhatsApp) {
                let file = try InputFile(path)
                defer { file.close() }
                let bytes = try file.readAll(cap: whatsAppBytes)
                guard let text = String(validating: bytes, as: UTF8.self), let message = WhatsAppMessage.parse(text)
                else {
                    throw CommandFailure(exitCode: .dataError, message: Msg.notAWhatsAppChat(path))
                }
                chat = message
            }
            guard let subjectText = try invocation.value(Edit.subject) ?? chat?.subject else {
                throw invocation.missingOption(Edit.subject)
            }
            guard let descriptionText = try invocation.value(Edit.description) ?? chat?.text else {
                throw invocation.missingOption(Edit.description)
            }
            guard let channelChosen = try invocation.value(Edit.channel) ?? chat.map({ _ in Channel.whatsapp }) else {
                throw invocation.missingOption(Edit.channel)
            }
            var draft = ComplaintDraft(subject: subjectText, description: descriptionText, channel: channelChosen)
            draft.kind = try invocation.required(kind)
            draft.category = try invocation.value(category)
            draft.topic = try invocation.value(topic)
            draft.receivedAt = try invocation.value(received) ?? chat?.sentAt(in: invocation.timeZone)
            draft.unit = try invocation.value(unit)
            draft.location = try invocation.value(location)
            // A sender named by number is the contact; by a saved name, the complainant's name.
            draft.complainantName =
                try invocation.value(complainantName) ?? chat.flatMap { $0.number == nil ? $0.sender : nil }
            draft.complainantContact = try invocation.value(contact) ?? chat?.number?.digits
            draft.isAnonymous = invocation.isSet(anonymous)
            draft.isConfidential = invocation.isSet(confidential)
            draft.externalReference = try invocation.value(externalReference)
            draft.sopNumber = try invocation.value(sop)
            draft.coordinates = try PlaceOptions.coordinates(invocation)
            let files = try ComplaintFiles.read(invocation)
            let store = try invocation.openStore(.existing)
            draft.villageCode = try PlaceOptions.village(invocation, store: store)
            let (complaint, code, kept) = try store.write { transaction in
                let (complaint, code) = try transaction.complaints.logTracked(draft)
                return (complaint, code, try files.keep(on: complaint.ticket, transaction))
            }
            return .change(
                RecordJSON.complaint(complaint, timeZone: invocation.timeZone, today: store.today).adding([
                    ("tracking_code", .string(code)), ("attachments", .array(kept.map(ComplaintFiles.json))),
                ]),
                line: Msg.complaintLogged(complaint.ticket.description, complaint.unitCode?.value, trackingCode: code))
        })

    /// A command that applies one action to one complaint.
    /// `carriesFiles`: the step may carry photos and documents (`--attach`), an officer's proof.
    static func action(
        _ name: String, _ abstract: Text, options: [OptionSpec] = [], carriesFiles: Bool = false, examples: [String],
        request: @escaping @Sendable (Invocation) throws -> ComplaintAction
    ) -> CommandSpec {
        CommandSpec(
            name: name, abstract: abstract, arguments: [ticketArgument],
            options: options + (carriesFiles ? ComplaintFiles.options : []) + [at.spec],
            formats: [.table, .json],
            examples: examples,
            run: { invocation in
                _ = try invocation.format()
                let ticket = try invocation.parse(invocation.argument(0) ?? "", Ticket.parse)
                let claimed = try invocation.value(at)
                let made = try request(invocation)
                let files = carriesFiles ? try ComplaintFiles.read(invocation) : ComplaintFiles.Given()
                let store = try invocation.openStore(.existing)
                let complaint = try store.write { transaction in
                    let complaint = try transaction.complaints.act(ticket, made, at: claimed)
                    _ = try files.keep(on: ticket, transaction)
                    return complaint
                }
                return .change(
                    RecordJSON.complaint(complaint, timeZone: invocation.timeZone, today: store.today),
                    line: Msg.complaintActed(
                        complaint.ticket.description, made.kind, complaint.status,
                        unit: [.verify, .reassign].contains(made.kind) ? complaint.unitCode?.value : nil))
            })
    }

    static let edit = CommandSpec(
        name: "edit", abstract: Msg.complaintEditAbstract, arguments: [ticketArgument],
        options: .of(
            Edit.subject, Edit.description, Edit.location, Edit.channel, Edit.category, Edit.topic, Edit.received,
            Edit.maladministration, PlaceOptions.desa, PlaceOptions.latitude, PlaceOptions.longitude, Edit.reason, at),
        formats: [.table, .json],
        examples: [
            "kbk complaint edit ADU-2026-00012 --category berkadar-pengawasan --reason 'Perlu peninjauan lapangan'",
            "kbk complaint edit ADU-2026-00012 --topic jalan-jembatan --reason 'Dipilah di meja pengaduan'",
            "kbk complaint edit ADU-2026-00012 --channel whatsapp --location 'Desa Karangreja' --reason 'Salah catat di loket'",
            "kbk complaint edit ADU-2026-00012 --maladministration permintaan-imbalan --reason 'Hasil klarifikasi: pungutan di loket'",
            "kbk complaint edit ADU-2026-00012 --desa 'Karangreja, Karangreja' --lat -7.2384 --long 109.3221 --reason 'Lokasi dicek di lapangan'",
        ],
        run: { invocation in
            _ = try invocation.format()
            let ticket = try invocation.parse(invocation.argument(0) ?? "", Ticket.parse)
            let reason = try invocation.required(Edit.reason)
            var corrections: [Correction] = []
            if let subject = try invocation.value(Edit.subject) { corrections.append(.subject(subject)) }
            if let description = try invocation.value(Edit.description) {
                corrections.append(.description(description))
            }
            if invocation.isGiven(Edit.location) { corrections.append(.location(try invocation.value(Edit.location))) }
            if let channel = try invocation.value(Edit.channel) { corrections.append(.channel(channel)) }
            if let category = try invocation.value(Edit.category) { corrections.append(.category(category)) }
            if let topic = try invocation.clearable(Edit.topic) { corrections.append(.topic(topic)) }
            if let received = try invocation.value(Edit.received) { corrections.append(.received(received)) }
            if invocation.isGiven(Edit.maladministration) {
                let form = try invocation.value(Edit.maladministration)
                // A form is cleared before the class changes away, and set after it changes to its own.
                if form == nil {
                    corrections.insert(.maladministration(nil), at: 0)
                } else {
                    corrections.append(.maladministration(form))
                }
            }
            // The place: a desa of the list (or '' to clear it), the point both halves (or both '').
            let placeGiven = [PlaceOptions.desa, PlaceOptions.latitude, PlaceOptions.longitude].contains {
                invocation.isGiven($0)
            }
            guard !corrections.isEmpty || placeGiven else { throw invocation.usageError(Msg.editNeedsAField) }
            let claimed = try invocation.value(at)
            let store = try invocation.openStore(.existing)
            func typed(_ option: Option<String>) throws -> String? {
                try invocation.value(option).map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            }
            if invocation.isGiven(PlaceOptions.desa) {
                corrections.append(.village(try typed(PlaceOptions.desa).map { try store.places.village($0).code }))
            }
            if invocation.isGiven(PlaceOptions.latitude) || invocation.isGiven(PlaceOptions.longitude) {
                let cleared = try typed(PlaceOptions.latitude) == nil && typed(PlaceOptions.longitude) == nil
                corrections.append(.point(cleared ? nil : try PlaceOptions.coordinates(invocation)))
            }
            // Every field in one transaction: all corrected, or none.
            let complaint = try store.write { transaction in
                var latest: Complaint?
                for correction in corrections {
                    latest = try transaction.complaints.act(ticket, .correct(correction, reason: reason), at: claimed)
                }
                return latest!
            }
            return .change(
                RecordJSON.complaint(complaint, timeZone: invocation.timeZone, today: store.today),
                line: Msg.complaintCorrected(
                    complaint.ticket.description, corrections.map { EventText.fieldName($0.field.rawValue) }))
        })

    /// What `complaint edit` corrects: each field optional, with its own help.
    enum Edit {
        static let subject = Option.line("subject", help: Msg.optSubject)
        static let description = Option.message("description", help: Msg.optDescription, isRequired: false)
        static let location = Option.optionalText("location", help: Msg.optEditLocation)
        static let channel = Option.choice("channel", Channel.self, help: Msg.optChannel)
        static let category = Option.parsed(
            "category", valueName: "code", help: Msg.optEditCategory, CategoryCode.init)
        static let topic = Option.parsed("topic", valueName: "code", help: Msg.optEditTopic, Topic.parseCode)
        static let received = Option.time("received", help: Msg.optEditReceived)
        static let maladministration = Option.clearableChoice(
            "maladministration", Maladministration.self, valueName: "form", help: Msg.optEditMaladministration)
        static let reason = Option.message("reason", help: Msg.optCorrectionReason)
    }

    static let verify = action(
        "verify", Msg.complaintVerifyAbstract,
        options: .of(Verify.unit, category, Verify.maladministration),
        examples: [
            "kbk complaint verify ADU-2026-00012 --skpd DPUPR --category berkadar-pengawasan",
            "kbk complaint verify ADU-2026-00013 --skpd DPMPTSP --category berkadar-pengawasan --maladministration penundaan-berlarut",
        ]
    ) { invocation in
        .verify(
            unit: try invocation.required(Verify.unit), category: try invocation.value(category),
            maladministration: try invocation.value(Verify.maladministration))
    }

    enum Verify {
        static let unit = Option.parsed(
            "skpd", valueName: "code", help: Msg.optComplaintSkpd, isRequired: true, UnitCode.init)
        static let maladministration = Option.choice(
            "maladministration", Maladministration.self, valueName: "form", help: Msg.optMaladministration)
    }

    static let reassign = action(
        "reassign", Msg.complaintReassignAbstract,
        options: .of(toUnit, reason),
        examples: ["kbk complaint reassign ADU-2026-00012 --to DLH --reason 'Sampah, bukan jalan'"]
    ) { invocation in
        .reassign(to: try invocation.required(toUnit), reason: try invocation.required(reason))
    }
    static let toUnit = Option.parsed("to", valueName: "code", help: Msg.optToUnit, isRequired: true, UnitCode.init)

    static let assign = action(
        "assign", Msg.complaintAssignAbstract,
        options: .of(login, assignNote),
        examples: ["kbk complaint assign ADU-2026-00012 --to ptg.dpupr --note 'Tinjau lokasi minggu ini'"]
    ) { invocation in
        .assign(to: try invocation.required(login), note: try invocation.value(assignNote))
    }
    static let assignNote = Option.optionalText("note", help: Msg.optAssignNote, long: true)

    static let extend = action(
        "extend", Msg.complaintExtendAbstract,
        options: .of(workingDays, reason),
        examples: [
            "kbk complaint extend ADU-2026-00012 --working-days 10 --reason 'Menunggu hasil uji laboratorium'"
        ]
    ) { invocation in
        .extend(workingDays: try invocation.required(workingDays), reason: try invocation.required(reason))
    }
    static let workingDays = Option.integer(
        "working-days", help: Msg.optExtendDays, in: ComplaintAction.extensionRange, isRequired: true)

    static let forward = action(
        "forward", Msg.complaintForwardAbstract,
        options: .of(agency, reason, agencyReference),
        examples: [
            "kbk complaint forward ADU-2026-00013 --to 'BBPJN Jawa Tengah-DIY' --reason 'Jalan nasional' --reference BBPJN-2026-118"
        ]
    ) { invocation in
        .forward(
            agency: try invocation.required(agency), reason: try invocation.required(reason),
            reference: try invocation.value(agencyReference))
    }
    static let agency = Option.line("to", valueName: "agency", help: Msg.optAgency, field: "agency", isRequired: true)
    static let agencyReference = Option.line("reference", valueName: "ref", help: Msg.optAgencyReference)

    static let respond = action(
        "respond", Msg.complaintRespondAbstract,
        options: .of(message),
        carriesFiles: true,
        examples: ["kbk complaint respond ADU-2026-00012 --message 'Tim akan meninjau lokasi hari Senin.'"]
    ) { invocation in
        .respond(try invocation.required(message))
    }

    static let note = action(
        "note", Msg.complaintNoteAbstract,
        options: .of(message),
        carriesFiles: true,
        examples: ["kbk complaint note ADU-2026-00012 --message 'Menunggu anggaran pemeliharaan'"]
    ) { invocation in
        .note(try invocation.required(message))
    }

    static let hold = action(
        "hold", Msg.complaintHoldAbstract,
        options: .of(reason, awaiting),
        examples: [
            "kbk complaint hold ADU-2026-00012 --reason 'Menunggu foto lokasi dari pengadu'",
            "kbk complaint hold ADU-2026-00012 --awaiting other-agency --reason 'Data dari BPN'",
        ]
    ) { invocation in
        let typed = try invocation.required(reason)
        return .hold(reason: try invocation.value(awaiting).map { $0.reason(typed) } ?? typed)
    }

    static let awaiting = Option.choice("awaiting", HoldAwaiting.self, valueName: "who", help: Msg.optAwaiting)

    static let resume = action("resume", Msg.complaintResumeAbstract, examples: ["kbk complaint resume ADU-2026-00012"])
    { _ in .resume }

    static let resolve = action(
        "resolve", Msg.complaintResolveAbstract,
        options: .of(message),
        carriesFiles: true,
        examples: ["kbk complaint resolve ADU-2026-00012 --message 'Jalan sudah ditambal pada 20 November.'"]
    ) { invocation in
        .resolve(try invocation.required(message))
    }

    static let reopen = action(
        "reopen", Msg.complaintReopenAbstract,
        options: .of(reason),
        examples: ["kbk complaint reopen ADU-2026-00012 --reason 'Tambalan sudah rusak lagi'"]
    ) { invocation in
        .reopen(reason: try invocation.required(reason))
    }

    static let close = action(
        "close", Msg.complaintCloseAbstract,
        options: .of(rating, comment),
        examples: ["kbk complaint close ADU-2026-00012 --rating 4 --comment 'Terima kasih'"]
    ) { invocation in
        .close(rating: try invocation.value(rating), comment: try invocation.value(comment))
    }
    static let rating = Option.integer("rating", valueName: "1-4", help: Msg.optRating, in: Complaint.ratingRange)
    static let comment = Option.optionalText("comment", help: Msg.optComment, long: true)

    static let reject = action(
        "reject", Msg.complaintRejectAbstract,
        options: .of(rejectionReason, rejectionMessage),
        examples: [
            "kbk complaint reject ADU-2026-00013 --reason duplicate --message 'Sama dengan ADU-2026-00011'"
        ]
    ) { invocation in
        .reject(try invocation.required(rejectionReason), message: try invocation.value(rejectionMessage))
    }
    static let rejectionReason = Option.choice(
        "reason", RejectionReason.self, help: Msg.optRejectReason, isRequired: true)
    static let rejectionMessage = Option.optionalText("message", help: Msg.optRejectMessage, long: true)

    static let autoclose = CommandSpec(
        name: "autoclose", abstract: Msg.complaintAutocloseAbstract,
        options: .of(silentFor),
        formats: [.table, .json],
        examples: ["kbk complaint autoclose", "kbk complaint autoclose --after 10"],
        run: { invocation in
            _ = try invocation.format()
            let days = try invocation.required(silentFor)
            let store = try invocation.openStore(.existing)
            let closed = try store.write { try $0.complaints.autoclose(afterWorkingDays: days) }
            return .change(
                .object([("closed", .array(closed.map(JSON.string))), ("after_working_days", .int(days))]),
                line: Msg.autoclosed(closed.count, days))
        })

    static let silentFor = Option.integer(
        "after", help: Msg.optAfter, in: AutoClose.workingDayRange, defaultValue: AutoClose.defaultWorkingDays)

    static let list = CommandSpec(
        name: "list", abstract: Msg.complaintListAbstract,
        options: .of(
            List.unit, List.under, List.status, category, List.topic, List.channel, List.overdue, List.due, List.from,
            List.to, List.dueFrom, List.dueTo, List.kind, List.oldest, List.byDue, List.search, List.assignedTo,
            List.mine, List.limit) + [PlaceOptions.place.spec],
        formats: [.table, .csv, .json],
        examples: [
            "kbk complaint list --skpd DPUPR --overdue",
            "kbk complaint list --status open --limit 0",
            "kbk complaint list --status received --status verified --format csv",
            "kbk complaint list --mine",
            "kbk complaint list --due due-soon --skpd DPUPR --under",
            "kbk complaint list --kind aspiration --oldest-first --limit 20",
            "kbk complaint list --search 'jalan rusak bobotsari'",
            "kbk complaint list --skpd DPUPR --due-to 2027-01-15 --by-due",
            "kbk complaint list --place 3303130 --status open",
        ],
        run: { invocation in
            let format = try invocation.format()
            var filter = ComplaintFilter()
            filter.unit = try invocation.value(List.unit)
            filter.includeUnitsUnder = invocation.isSet(List.under)
            filter.kind = try invocation.value(List.kind)
            if invocation.isSet(List.oldest) && invocation.isSet(List.byDue) {
                throw invocation.usageError(Msg.conflictingOptions(List.oldest.dashed, List.byDue.dashed))
            }
            filter.order = invocation.isSet(List.byDue) ? .due : invocation.isSet(List.oldest) ? .oldest : .newest
            let selections = try invocation.values(List.status)
            filter.statuses = selections.flatMap(\.statuses)
            filter.settled = selections.contains(.settled)
            filter.category = try invocation.value(category)
            filter.topic = try invocation.value(List.topic)
            filter.channel = try invocation.value(List.channel)
            filter.dueState = try invocation.value(List.due)
            if invocation.isSet(List.overdue) {
                if filter.dueState.map({ $0 != .overdue }) ?? false {
                    throw invocation.usageError(Msg.overdueWithDue)
                }
                filter.dueState = .overdue
            }
            (filter.receivedFrom, filter.receivedTo) = try invocation.dateRange(List.from, List.to)
            (filter.dueFrom, filter.dueTo) = try invocation.dateRange(List.dueFrom, List.dueTo)
            if filter.asksPausedByRunningDeadline {
                let other = filter.order == .due ? List.byDue.dashed : filter.dueFrom != nil ? "--due-from" : "--due-to"
                throw invocation.usageError(Msg.conflictingOptions("--due paused", other))
            }
            filter.search = try invocation.value(List.search)
            filter.assignedTo = try invocation.value(List.assignedTo)
            if invocation.isSet(List.mine) {
                if filter.assignedTo != nil { throw invocation.usageError(Msg.mineWithAssignedTo) }
                filter.assignedTo = try Login(invocation.actorText)
            }
            let limit = try invocation.required(List.limit)
            filter.limit = limit == 0 ? .max : limit
            let store = try invocation.openStore(.existing)
            filter.place = try PlaceOptions.place(invocation, store: store)
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
            let records = { @Sendable () -> JSON in
                .array(complaints.map { RecordJSON.complaint($0, timeZone: timeZone, today: today, inList: true) })
            }
            let table = ComplaintListing.table(
                complaints, detailed: format == .csv, today: today, timeZone: timeZone)
            return .records(records, shown: .rows(table))
        })

    enum List {
        static let unit = CommonOptions.unitFilter
        static let status = Option.choice(
            "status", StatusSelection.self, help: Msg.optStatusFilter, isRepeatable: true)
        static let topic = Option.parsed("topic", valueName: "code", help: Msg.optTopicFilter, Topic.parseCode)
        static let channel = Option.choice("channel", Channel.self, help: Msg.optChannel)
        static let overdue = Flag("overdue", help: Msg.optOverdue)
        static let due = Option.choice("due", DueState.self, valueName: "state", help: Msg.optDueState)
        static let under = Flag("under", help: Msg.optUnitsUnder)
        static let kind = Option.choice("kind", ComplaintKind.self, help: Msg.optComplaintKindFilter)
        static let oldest = Flag("oldest-first", help: Msg.optOldestFirst)
        static let byDue = Flag("by-due", help: Msg.optByDue)
        static let dueFrom = Option.date("due-from", help: Msg.optDueFrom)
        static let dueTo = Option.date("due-to", help: Msg.optDueTo)
        static let from = Option.date("from", help: Msg.optReceivedFrom)
        static let to = Option.date("to", help: Msg.optReceivedTo)
        static let search = Option.optionalText("search", help: Msg.optSearch)
        static let assignedTo = Option.parsed("assigned-to", valueName: "login", help: Msg.optAssignedTo) {
            (text: String) throws(DomainError) in try Login(text)
        }
        static let mine = Flag("mine", help: Msg.optMine)
        static let limit = Option.integer(
            "limit", help: Msg.optListLimit, in: ComplaintFilter.limitRange, defaultValue: ComplaintFilter.defaultLimit)
    }
}
