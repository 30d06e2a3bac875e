import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk inbox`: what waits on the official running it.
enum InboxCommand {
    static let unit = Option.parsed("skpd", valueName: "code", help: Msg.optInboxSkpd, UnitCode.init)
    static let dueWithin = Option.integer(
        "due-within", help: Msg.optDueWithin, in: DeadlineStanding.dueSoonRange,
        defaultValue: DeadlineStanding.dueSoonWorkingDays)

    static let spec = CommandSpec(
        name: "inbox", abstract: Msg.inboxAbstract,
        options: .of(unit, dueWithin),
        formats: [.table, .csv, .json],
        examples: ["kbk inbox", "kbk inbox --skpd DPUPR --due-within 5 --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.value(InboxCommand.unit)
            let dueWithin = try invocation.required(InboxCommand.dueWithin)
            let store = try invocation.openStore(.existing)
            // Entering records for another official shows their inbox, as their desk would see it.
            guard let official = store.performingOfficial else { return .nothing }
            let today = store.today
            let inbox = try store.complaints.inbox(
                for: official, unit: unit, dueWithin: dueWithin, today: today, limit: nil)
            let entries = inbox.entries
            invocation.warnAboutYearsWithoutNationalDays(
                try store.holidays.yearsWithoutNationalDays(
                    among: entries.reduce(into: Set<Int>()) { $0.formUnion($1.complaint.due.years) }))
            let language = invocation.language
            let timeZone = invocation.timeZone
            let records = { @Sendable () -> JSON in
                .object([
                    ("login", .string(official.login)), ("today", .string(today.description)),
                    ("due_within", .int(dueWithin)),
                    (
                        "counts",
                        .object(
                            InboxQueue.allCases.map { queue in
                                (queue.rawValue, .int(inbox.counts[queue] ?? 0))
                            })
                    ),
                    (
                        "complaints",
                        .array(
                            entries.map { entry in
                                RecordJSON.complaint(
                                    entry.complaint, timeZone: timeZone, today: today, inList: true
                                ).adding([
                                    ("queues", .array(entry.queues.map { .string($0.rawValue) })),
                                    ("working_days_left", entry.workingDaysLeft.map { .int($0) } ?? .null),
                                ])
                            })
                    ),
                ])
            }
            var table = Tabular(columns: [
                Column(key: "ticket", header: Msg.labelTicket), Column(key: "queues", header: Msg.labelQueues),
                Column(key: "skpd", header: Msg.labelUnit), Column(key: "assigned_to", header: Msg.labelAssignedTo),
                Column(key: "status", header: Msg.labelStatus), Column(key: "deadline", header: Msg.labelDeadline),
                Column(key: "due", header: Msg.labelDue),
                Column(key: "working_days_left", header: Msg.labelDaysLeft, alignRight: true),
                Column(key: "subject", header: Msg.labelSubject),
            ])
            for entry in entries {
                let complaint = entry.complaint
                table.rows.append([
                    .code(complaint.ticket),
                    .text(
                        entry.queues.map { format == .csv ? $0.rawValue : Msg.queueName($0)(language) }
                            .joined(separator: format == .csv ? ";" : ", ")),
                    .code(complaint.unitCode), .code(complaint.assignedTo),
                    .coded(complaint.status), entry.stage.map(Cell.coded) ?? .null,
                    entry.due.map { entry.standing?.isOverdue == true ? .overdue($0) : .date($0) } ?? .null,
                    entry.workingDaysLeft.map(Cell.int) ?? .null,
                    .text(complaint.subject),
                ])
            }
            guard format == .table else { return .records(records, shown: .rows(table)) }
            let counts = InboxQueue.allCases.map { queue in
                Msg.queueCount(queue, inbox.counts[queue] ?? 0, dueWithin)(language)
            }
            let heading = CommandOutput.lines([
                Msg.inboxHeading(official.login, LetterDates.date(today, language))(language),
                counts.joined(separator: " · "),
            ])
            if entries.isEmpty { return .records(records, shown: .sections([heading, .line(Msg.inboxEmpty)])) }
            let beyondPerpres = entries.map(\.complaint).filter { PerpresSettlementLimit.exceeded(by: $0) != nil }
            let perpres = Echo.list(beyondPerpres.map(\.ticket.description))(language)
            return .records(
                records,
                shown: .sections(
                    [heading, .rows(table)] + (beyondPerpres.isEmpty ? [] : [.line(Msg.perpresTickets(perpres))])))
        })
}
