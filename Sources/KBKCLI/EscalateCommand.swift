import KBKDomain
import KBKFiles
import KBKMail
import KBKPresentation
import KBKStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `kbk escalate` and `kbk notices`: deadline notices, recorded in the complaints' histories and
/// sent through the system's mail interface or written to a folder.
enum EscalateCommand {
    static let spec = CommandSpec(
        name: "escalate", abstract: Msg.escalateAbstract, discussion: Msg.escalateDiscussion,
        options: .of(dryRun, toFolder),
        formats: [.table, .json],
        examples: ["kbk escalate --dry-run", "kbk escalate", "kbk escalate --to-folder /var/spool/kbk/notices"],
        run: run)

    static let notices = CommandSpec(
        name: "notices", abstract: Msg.noticesAbstract,
        options: .of(since, undelivered, citizens),
        formats: [.table, .csv, .json],
        examples: [
            "kbk notices --since 2026-12-01", "kbk notices --undelivered --format json", "kbk notices --citizens",
        ],
        run: { invocation in
            let format = try invocation.format()
            let since = try invocation.value(EscalateCommand.since)
            let undeliveredOnly = invocation.isSet(undelivered)
            let store = try invocation.openStore(.existing)
            if invocation.isSet(citizens) {
                return try CitizenNoticeDelivery.listing(
                    since: since, waitingOnly: undeliveredOnly, store: store, format: format, invocation: invocation)
            }
            let visible = try visibleNotices(
                store.escalations.list(since: since, undeliveredOnly: undeliveredOnly), in: store)
            return listing(visible, format: format, invocation: invocation, recorded: true)
        })

    static let dryRun = Flag("dry-run", help: Msg.optEscalateDryRun)
    static let toFolder = Option.raw("to-folder", valueName: "dir", help: Msg.optToFolder)
    /// A day as written (`YYYY-MM-DD`): the notices recorded from it.
    static let since = Option.parsed("since", valueName: "date", help: Msg.optNoticesSince) {
        (text: String) throws(DomainError) in try CivilDate.parseEntered(text, field: "--since")
    }
    static let undelivered = Flag("undelivered", help: Msg.optUndelivered)
    static let citizens = Flag("citizens", help: Msg.optNoticesCitizens)

    static func run(_ invocation: Invocation) throws -> CommandOutput {
        let format = try invocation.format()
        let dryRun = invocation.isSet(Self.dryRun)
        let folder = try invocation.value(toFolder)
        let store = try invocation.openStore(.existing)
        try store.require(.escalate)
        invocation.warnAboutYearsWithoutNationalDays(
            try store.holidays.yearsWithoutNationalDaysAmongOpenDeadlines())
        if dryRun {
            let due = try store.escalations.due(now: store.now, timeZone: store.timeZone)
            return listing(due, format: format, invocation: invocation, recorded: false)
        }
        let from = Mailbox(parsing: try store.settings.noticeSender())
        let web = try store.settings.webAddress() ?? ""
        // A transport that cannot work is refused before anything is recorded; the mail command as
        // stored, checked again (a database edited by other means must not make kbk run a shell).
        var mail: MailCommand?
        if let folder {
            var info = stat()
            guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, access(folder, W_OK) == 0 else {
                throw FileError(path: folder, reason: .folderMissing(folder))
            }
        } else {
            let command =
                try store.settings.storedText(.mailCommand) ?? Settings.Key.mailCommand.defaultValue.description
            do { mail = try MailCommand(checking: command) } catch {
                throw CommandFailure(exitCode: .configuration, message: Msg.mailCommandUnusable(command, error))
            }
        }
        let recorded = try store.write { try $0.escalations.record(mailDomain: from.domain) }
        // Those recorded now, and any an earlier run could not send, oldest first: each claimed by
        // this run before it leaves, so that a run beside this one does not send it too.
        let run = Escalations.newRunID()
        let waiting = try store.write { try $0.escalations.claimWaiting(run: run) }
        var sent = 0
        var failures: [String] = []
        /// Hands a message to the mail program, or writes it into the folder as `name`.
        func deliver(_ message: MailMessage, name: String) throws {
            if let folder {
                let file = try OutputFile(
                    folder + "/" + name, protecting: invocation.databasePath, force: false, isPrivate: false)
                try file.write(Array(message.rendered(.crlf).utf8))
            } else if let mail {
                try mail.send(message.rendered(.lf))
            }
        }
        let via: NoticeDelivery = folder == nil ? .mail : .folder
        let digest = MailDigest(rawValue: try store.settings.text(.mailDigest)) ?? .perRun
        // Each official's items of this run, in one message: who holds many reads one mail, not many.
        var digests: [String: (recipient: NoticeRecipient, notices: [Notice])] = [:]
        for notice in waiting {
            let addressed = notice.recipients.filter { $0.email != nil }
            if addressed.isEmpty {
                invocation.warn(Msg.noticeWithoutAddress(notice.ticket, notice.recipients.map(\.login)))
                try store.write { try $0.escalations.delivered(notice, via: .noAddress) }
                continue
            }
            guard digest == .perRun else {
                let message = compose(notice, from: from, web: web, timeZone: invocation.timeZone)
                let name = "notice-\(notice.id ?? 0)-\(notice.ticket)-\(notice.stage.rawValue)-\(notice.level.rawValue)"
                do {
                    try deliver(message, name: name + ".eml")
                    try store.write { try $0.escalations.delivered(notice, via: via) }
                    sent += 1
                } catch let error as MailCommandError {
                    let reason = describe(error)
                    failures.append(reason)
                    try store.write { try $0.escalations.failed(notice, reason: reason) }
                }
                continue
            }
            for recipient in addressed {
                digests[recipient.login, default: (recipient, [])].notices.append(notice)
            }
        }
        // A notice is marked delivered as soon as a message holding it has left (in one transaction
        // per message), so that a run stopped halfway does not send again what already went; one in a
        // message that could not leave waits for the next run, for all its recipients.
        var marked = Set<Int64>()
        var undelivered = Set<Int64>()
        for login in digests.keys.sorted() {
            guard let (recipient, notices) = digests[login] else { continue }
            let message = composeDigest(
                notices, to: recipient, from: from, web: web, run: run, at: store.now, timeZone: invocation.timeZone)
            do {
                try deliver(message, name: "digest-\(run)-\(login).eml")
            } catch let error as MailCommandError {
                let reason = describe(error)
                failures.append(reason)
                try store.write { transaction in
                    for notice in notices where undelivered.insert(notice.id ?? 0).inserted {
                        try transaction.escalations.failed(notice, reason: reason)
                    }
                }
                continue
            }
            let fresh = notices.filter { !marked.contains($0.id ?? 0) && !undelivered.contains($0.id ?? 0) }
            try store.write { transaction in
                for notice in fresh { try transaction.escalations.delivered(notice, via: via) }
            }
            for notice in fresh { marked.insert(notice.id ?? 0) }
            sent += fresh.count
        }
        let citizens = try CitizenNoticeDelivery(
            store: store, invocation: invocation, folder: folder, mail: mail, from: from, web: web
        ).run()
        failures += citizens.failures
        let levels = Dictionary(grouping: recorded, by: \.level).mapValues(\.count)
        let (sentCount, failedCount, timeZone) = (sent, failures.count, invocation.timeZone)
        let records = { @Sendable () -> JSON in
            .object([
                ("recorded", .int(recorded.count)),
                ("levels", .object(EscalationLevel.allCases.map { (String($0.rawValue), .int(levels[$0] ?? 0)) })),
                ("sent", .int(sentCount)), ("failed", .int(failedCount)),
                ("citizens_sent", .int(citizens.sent)), ("citizens_without_gateway", .int(citizens.withoutGateway)),
                ("notices", .array(recorded.map { json($0, timeZone: timeZone) })),
            ])
        }
        var done =
            recorded.isEmpty && sent == 0
            ? Msg.noNoticesDue
            : Msg.escalationDone(recorded: recorded.count, levels: levels, sent: sent, folder: folder != nil)
        if citizens.sent + citizens.withoutGateway > 0 {
            let line = Msg.citizenNoticesSent(sent: citizens.sent, withoutGateway: citizens.withoutGateway)
            done = Text(en: done.en + "\n" + line.en, id: done.id + "\n" + line.id)
        }
        let output = CommandOutput.records(records, shown: .line(done))
        if let first = failures.first {
            throw FailureAfterOutput(
                output: output,
                error: CommandFailure(exitCode: .temporaryFailure, message: Msg.noticesFailed(failures.count, first)))
        }
        return output
    }

    /// An official sees the notices of their scope: every one for the government's desk, a unit's
    /// for its officials, and those addressed to them.
    static func visibleNotices(_ notices: [Notice], in store: Store) throws -> [Notice] {
        guard let official = store.performingOfficial, let home = official.scopeUnit else { return notices }
        let scope = try store.units.codesUnder(home)
        return notices.filter { notice in
            notice.recipients.contains { $0.login == official.login } || scope.contains(notice.unitCode ?? "")
        }
    }

    static func compose(_ notice: Notice, from: Mailbox, web: String, timeZone: UTCOffset) -> MailMessage {
        func mailbox(_ recipient: NoticeRecipient) -> Mailbox? {
            recipient.email.map { Mailbox(name: recipient.name, address: $0) }
        }
        // Dates as people read them: "Sen, 9 Nov 2026 16.00 WIB", or the day alone.
        func due(_ language: Language) -> String {
            notice.dueBy.map { LetterDates.deskInstant($0, timeZone, language) }
                ?? LetterDates.deskDate(notice.due, language)
        }
        let page = web.isEmpty ? nil : "\(web)/complaint/\(notice.ticket)"
        let body = [
            MailText.wrapped(Msg.noticeBody(notice, dueText: due(.id), page: page, language: .id)), "", "----", "",
            MailText.wrapped(Msg.noticeBody(notice, dueText: due(.en), page: page, language: .en)), "",
            Msg.noticeFooter,
        ].joined(separator: "\n")
        return MailMessage(
            from: from, to: notice.recipients.filter { !$0.isCopy }.compactMap(mailbox),
            cc: notice.recipients.filter(\.isCopy).compactMap(mailbox), subject: Msg.noticeSubject(notice),
            date: notice.at, timeZone: timeZone, messageID: notice.messageID ?? "<kbk@\(from.domain)>",
            extraHeaders: [
                ("X-KBK-Ticket", notice.ticket), ("X-KBK-Deadline", notice.stage.rawValue),
                ("X-KBK-Level", String(notice.level.rawValue)),
            ],
            body: body)
    }

    /// One official's items of a run in one message: the overdue first, then the soonest due.
    static func composeDigest(
        _ notices: [Notice], to recipient: NoticeRecipient, from: Mailbox, web: String, run: String, at now: Timestamp,
        timeZone: UTCOffset
    ) -> MailMessage {
        let ordered = notices.sorted {
            ($0.level == .overdue ? 0 : 1, $0.due, $0.ticket) < ($1.level == .overdue ? 0 : 1, $1.due, $1.ticket)
        }
        func items(_ language: Language) -> [DigestItem] {
            ordered.map { notice in
                DigestItem(
                    notice: notice,
                    due: notice.dueBy.map { LetterDates.deskInstant($0, timeZone, language) }
                        ?? LetterDates.deskDate(notice.due, language),
                    page: web.isEmpty ? nil : "\(web)/complaint/\(notice.ticket)")
            }
        }
        let body = [
            MailText.wrapped(Msg.digestBody(items(.id), name: recipient.name, language: .id)), "", "----", "",
            MailText.wrapped(Msg.digestBody(items(.en), name: recipient.name, language: .en)), "", Msg.noticeFooter,
        ].joined(separator: "\n")
        let address = recipient.email.map { Mailbox(name: recipient.name, address: $0) }
        return MailMessage(
            from: from, to: address.map { [$0] } ?? [], cc: [], subject: Msg.digestSubject(ordered.count),
            date: now, timeZone: timeZone, messageID: "<kbk.digest.\(run).\(recipient.login)@\(from.domain)>",
            extraHeaders: [("X-KBK-Notices", String(ordered.count))], body: body)
    }

    static func describe(_ error: MailCommandError) -> String {
        switch error {
        case .cannotRun(let program, let reason): "\(program) cannot be run: \(reason)"
        case .exited(let program, let status): "\(program) exited with status \(status)"
        case .killed(let program, let signal): "\(program) was ended by signal \(signal)"
        case .io(let program, let reason): "writing to \(program) failed: \(reason)"
        }
    }

    static func json(_ notice: Notice, timeZone: UTCOffset) -> JSON {
        func people(_ copy: Bool) -> JSON {
            .array(
                notice.recipients.filter { $0.isCopy == copy }.map {
                    .object([("login", .string($0.login)), ("name", .string($0.name)), ("email", .optional($0.email))])
                })
        }
        return .object([
            ("id", notice.id.map { .int(Int($0)) } ?? .null),
            ("ticket", .string(notice.ticket)), ("skpd", .optional(notice.unitCode)),
            ("assigned_to", .optional(notice.assignedTo)), ("status", .string(notice.status.rawValue)),
            ("deadline", .string(notice.stage.rawValue)), ("level", .int(notice.level.rawValue)),
            ("due", .string(notice.due.description)),
            ("due_by", notice.dueBy.map { .string($0.iso8601(in: timeZone)) } ?? .null),
            ("working_days_left", .int(notice.workingDaysLeft)),
            ("recorded_at", .string(notice.at.iso8601(in: timeZone))), ("to", people(false)), ("cc", people(true)),
            ("message_id", .optional(notice.messageID)),
            ("delivered_at", notice.deliveredAt.map { .string($0.iso8601(in: timeZone)) } ?? .null),
            ("delivery", .optional(notice.delivery?.rawValue)), ("last_error", .optional(notice.lastError)),
        ])
    }

    /// The notices as rows for a person and in CSV, their records in JSON.
    static func listing(_ notices: [Notice], format: OutputFormat, invocation: Invocation, recorded: Bool)
        -> CommandOutput
    {
        let timeZone = invocation.timeZone
        let language = invocation.language
        let people = format == .csv
        var columns = [
            Column(key: "ticket", header: Msg.labelTicket), Column(key: "skpd", header: Msg.labelUnit),
            Column(key: "deadline", header: Msg.labelDeadline), Column(key: "level", header: Msg.labelLevel),
            Column(key: "due", header: Msg.labelDue),
            Column(key: "working_days_left", header: Msg.labelDaysLeft, alignRight: true),
            Column(key: "to", header: Msg.labelTo), Column(key: "cc", header: Msg.labelCopy),
        ]
        if recorded {
            columns.insert(Column(key: "recorded_at", header: Msg.labelRecorded), at: 0)
            columns.append(Column(key: "delivery", header: Msg.labelDelivery))
        }
        var table = Tabular(columns: columns)
        for notice in notices {
            func logins(_ copy: Bool) -> Cell {
                let chosen = notice.recipients.filter { $0.isCopy == copy }.map(\.login)
                return chosen.isEmpty ? .null : .text(chosen.joined(separator: people ? ";" : ", "))
            }
            var row: [Cell] = [
                .text(notice.ticket), notice.unitCode.map(Cell.text) ?? .null,
                .text(people ? notice.stage.rawValue : Msg.stageName(notice.stage)(language)),
                .text(people ? String(notice.level.rawValue) : Msg.levelName(notice.level)(language)),
                .text(notice.dueBy.map { $0.iso8601(in: timeZone) } ?? notice.due.description),
                .int(notice.workingDaysLeft), logins(false), logins(true),
            ]
            if recorded {
                row.insert(.text(notice.at.iso8601(in: timeZone)), at: 0)
                row.append(
                    .text(
                        people
                            ? notice.delivery?.rawValue ?? "waiting" : Msg.deliveryName(notice.delivery)(language)))
            }
            table.rows.append(row)
        }
        return .records({ .array(notices.map { json($0, timeZone: timeZone) }) }, shown: .rows(table))
    }
}
