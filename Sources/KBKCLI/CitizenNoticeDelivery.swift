import KBKDomain
import KBKFiles
import KBKMail
import KBKPresentation
import KBKStore

/// The notices to citizens that `kbk escalate` sends after the officials' deadline notices: an
/// e-mail through the mail program (or into the folder), an SMS or WhatsApp message through the
/// gateway program (`notice.gateway`) as one JSON object on its standard input. Each is claimed
/// first, so two runs at once send it once, and marked delivered as soon as it has left.
struct CitizenNoticeDelivery {
    let store: Store
    let invocation: Invocation
    let folder: String?
    let mail: MailCommand?
    let from: Mailbox
    let web: String

    /// What was sent, what had no gateway to go through, and why the others could not leave.
    struct Outcome {
        var sent = 0
        var withoutGateway = 0
        var failures: [String] = []
    }

    func run() throws -> Outcome {
        var outcome = Outcome()
        let gatewayPath = try store.settings.storedText(.noticeGateway) ?? ""
        // Checked again before it runs: a database edited by other means must not make kbk run a shell.
        // Checked again before it runs: a database edited by other means must not make kbk run a
        // shell. The shape is `notice.gateway`'s own rule (a program alone); the files, the mail
        // program's. A refusal names the setting.
        var gateway: MailCommand?
        if !gatewayPath.isEmpty {
            let key = Settings.Key.noticeGateway.rawValue
            do {
                gateway = try MailCommand(checking: try MailSettings.gateway(gatewayPath, field: key))
            } catch {
                let refusal =
                    (error as? MailCommandProblem).map {
                        DomainError.invalid(field: key, value: gatewayPath, reason: .unsafeMailCommand($0))
                    } ?? error
                throw CommandFailure(
                    exitCode: .configuration, message: ErrorReport.classify(refusal, timeZone: invocation.timeZone).1)
            }
        }
        let run = Escalations.newRunID()
        let waiting = try store.write { try $0.citizenNotices.claimWaiting(run: run) }
        guard !waiting.isEmpty else { return outcome }
        let organisation = try store.settings.text(.organisationName)
        for notice in waiting {
            let page = web.isEmpty ? nil : "\(web)/status?ticket=\(notice.ticket)"
            func text(_ language: Language) -> String {
                Msg.citizenNoticeText(
                    ticket: notice.ticket, occasion: notice.occasion, unit: notice.unitName, text: notice.text,
                    statusPage: page, organisation: organisation, language: language)
            }
            do {
                switch notice.channel {
                case .email:
                    let message = MailMessage(
                        from: from, to: [Mailbox(name: nil, address: notice.contact)], cc: [],
                        subject: Msg.citizenNoticeSubject(ticket: notice.ticket, occasion: notice.occasion),
                        date: store.now, timeZone: invocation.timeZone,
                        messageID: "<citizen-\(notice.id).\(run)@\(from.domain)>",
                        extraHeaders: [("X-KBK-Ticket", notice.ticket), ("X-KBK-Occasion", notice.occasion.rawValue)],
                        body: [
                            MailText.wrapped(text(.id)), "", "----", "", MailText.wrapped(text(.en)), "",
                            Msg.noticeFooter,
                        ].joined(separator: "\n"))
                    if let folder {
                        let file = try OutputFile(
                            "\(folder)/citizen-\(notice.id)-\(notice.ticket)-\(notice.occasion.rawValue).eml",
                            protecting: invocation.databasePath, force: false, isPrivate: true)
                        try file.write(Array(message.rendered(.crlf).utf8))
                    } else if let mail {
                        try mail.send(message.rendered(.lf))
                    }
                    try store.write { try $0.citizenNotices.delivered(notice, via: folder == nil ? "mail" : "folder") }
                    outcome.sent += 1
                case .sms, .whatsapp:
                    guard let gateway, let number = CitizenNoticeChannel.gatewayNumber(notice.contact) else {
                        try store.write { try $0.citizenNotices.delivered(notice, via: "no-gateway") }
                        outcome.withoutGateway += 1
                        continue
                    }
                    let message = JSON.object([
                        ("channel", .string(notice.channel.rawValue)), ("to", .string(number)),
                        ("text", .string(text(.id))), ("ticket", .string(notice.ticket)),
                        ("occasion", .string(notice.occasion.rawValue)), ("notice_id", .int(Int(notice.id))),
                    ])
                    try gateway.send(message.serialized(pretty: false) + "\n")
                    try store.write { try $0.citizenNotices.delivered(notice, via: "gateway") }
                    outcome.sent += 1
                }
            } catch let error as MailCommandError {
                let reason = EscalateCommand.describe(error)
                outcome.failures.append(reason)
                try store.write { try $0.citizenNotices.failed(notice, reason: reason) }
            }
        }
        return outcome
    }
}

extension CitizenNoticeDelivery {
    /// `kbk notices --citizens`: the notices to citizens, newest first, with the channel but never
    /// the contact; an official of a unit sees those of the complaints their scope holds.
    static func listing(
        since: CivilDate?, waitingOnly: Bool, store: Store, format: OutputFormat, invocation: Invocation
    ) throws -> CommandOutput {
        var notices = try store.citizenNotices.list(since: since, waitingOnly: waitingOnly)
        if let home = store.performingOfficial?.scopeUnit {
            let scope = try store.units.codesUnder(home)
            notices = notices.filter { scope.contains($0.unitCode ?? "") }
        }
        let (timeZone, language, forScripts) = (invocation.timeZone, invocation.language, format == .csv)
        var table = Tabular(columns: [
            Column(key: "recorded_at", header: Msg.labelRecorded), Column(key: "ticket", header: Msg.labelTicket),
            Column(key: "occasion", header: Msg.labelOccasion), Column(key: "channel", header: Msg.labelChannel),
            Column(key: "delivery", header: Msg.labelDelivery),
        ])
        for notice in notices {
            table.rows.append([
                .text(notice.recordedAt.iso8601(in: timeZone)), .text(notice.ticket),
                .text(forScripts ? notice.occasion.rawValue : Msg.occasionName(notice.occasion)(language)),
                .text(notice.channel.rawValue),
                .text(
                    forScripts
                        ? notice.delivery ?? "waiting" : Msg.citizenDeliveryName(notice.delivery)(language)),
            ])
        }
        let shown = notices
        let records = {
            @Sendable () -> JSON in
            .array(
                shown.map { notice in
                    .object([
                        ("id", .int(Int(notice.id))), ("recorded_at", .string(notice.recordedAt.iso8601(in: timeZone))),
                        ("ticket", .string(notice.ticket)), ("occasion", .string(notice.occasion.rawValue)),
                        ("channel", .string(notice.channel.rawValue)),
                        ("delivered_at", notice.deliveredAt.map { .string($0.iso8601(in: timeZone)) } ?? .null),
                        ("delivery", notice.delivery.map(JSON.string) ?? .null),
                        ("last_error", notice.lastError.map(JSON.string) ?? .null),
                    ])
                })
        }
        return .records(records, shown: .rows(table))
    }
}
