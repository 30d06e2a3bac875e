import KBKDomain
import KBKPresentation
import KBKStore

#if canImport(Glibc)
    import Glibc
#endif

/// `kbk group …`: work-culture groups, their members and meetings.
enum GroupCommands {
    static let idArgument = ArgumentSpec(name: "id", help: Msg.argGroupID)

    static let spec = CommandSpec(
        name: "group", abstract: Msg.groupAbstract,
        examples: [
            "kbk group add --skpd DINKES --name 'KBK Sehat Bersama' --decree 800/112/2026 --decree-date 2026-01-15",
            "kbk group member add 1 --nip '19860926 201505 1 001' --name 'Siti Rahayu' --role chair",
        ],
        subcommands: [add, list, show, edit, dissolve, MemberCommands.spec, MeetingCommands.spec, RBKCommands.spec])

    static let detailOptions = [
        OptionSpec(name: "decree", valueName: "number", help: Msg.optDecree),
        OptionSpec(name: "decree-date", valueName: "date", help: Msg.optDecreeDate),
        OptionSpec(name: "formed", valueName: "date", help: Msg.optFormed),
        OptionSpec(name: "focus", valueName: "text", help: Msg.optFocus),
        OptionSpec(name: "section", valueName: "name", help: Msg.optGroupSection),
        OptionSpec(name: "section-head-name", valueName: "name", help: Msg.optSectionHeadName),
        OptionSpec(name: "section-head-nip", valueName: "nip", help: Msg.optSectionHeadNIP),
    ]

    static let add = CommandSpec(
        name: "add", abstract: Msg.groupAddAbstract,
        options: [
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optGroupSkpd, isRequired: true),
            OptionSpec(name: "name", valueName: "name", help: Msg.optGroupName, isRequired: true),
        ] + detailOptions,
        formats: [.table, .json],
        examples: [
            "kbk group add --skpd DINKES --name 'KBK Sehat Bersama' --decree 800/112/2026 --decree-date 2026-01-15 --focus 'antrean puskesmas'"
        ],
        run: { invocation in
            let format = try invocation.format()
            var draft = GroupDraft(
                unitCode: try invocation.required("skpd", UnitCode.init),
                name: try invocation.required("name") { (t: String) throws(DomainError) in
                    try TextRules.name(t, field: "name")
                })
            draft.decreeNumber = try invocation.option("decree") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "decree")
            }
            draft.decreeDate = try invocation.dateOption("decree-date")
            draft.formedOn = try invocation.dateOption("formed")
            draft.focus =
                try invocation.option("focus") { (t: String) throws(DomainError) in
                    try TextRules.optional(t, field: "focus", long: true)
                } ?? nil
            draft.section = try invocation.option("section") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "section")
            }
            draft.sectionHeadName = try invocation.option("section-head-name") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "section head name")
            }
            draft.sectionHeadNIP = try invocation.option("section-head-nip", NIP.init)
            let store = try invocation.openStore(.existing)
            let group = try store.write { try $0.groups.add(draft) }
            invocation.reportChange(
                format, json: RecordJSON.group(group, today: store.today),
                line: Msg.groupAdded(group.id, group.name, group.unitCode))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.groupListAbstract,
        options: [
            OptionSpec(name: "skpd", valueName: "code", help: Msg.optSkpdFilter),
            OptionSpec(name: "all", valueName: nil, help: Msg.optAll),
        ],
        formats: [.table, .csv, .json],
        examples: ["kbk group list --skpd DINKES", "kbk group list --all --format json"],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.option("skpd", UnitCode.init)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let groups = try store.groups.list(unit: unit, includeDissolved: invocation.flag("all"), today: today)
            if format == .json {
                invocation.emit(
                    .array(
                        groups.map {
                            RecordJSON.group($0.group, today: today).adding([("active_members", .int($0.activeMembers))]
                            )
                        }))
                return
            }
            var table = Tabular(columns: [
                Column(key: "id", header: Msg.labelID, alignRight: true), Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "name", header: Msg.labelName), Column(key: "formed_on", header: Msg.labelFormed),
                Column(key: "active_members", header: Msg.labelMembers, alignRight: true),
                Column(key: "status", header: Msg.labelStatus),
            ])
            for (group, members) in groups {
                table.rows.append([
                    .int(Int(group.id)), .text(group.unitCode), .text(group.name), .date(group.formedOn),
                    .int(members), lifespan(group, today: today),
                ])
            }
            invocation.context.stdout.write(table.render(format, language: invocation.language))
        })

    static let show = CommandSpec(
        name: "show", abstract: Msg.groupShowAbstract, arguments: [idArgument], formats: [.table, .csv, .json],
        examples: ["kbk group show 1", "kbk group show 1 --format json"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let store = try invocation.openStore(.existing)
            let today = store.today
            let overview = try store.groups.overview(id, today: today)
            let group = overview.group
            let bounds = overview.sizeBounds
            let size = overview.activeMembers.count
            let sizeWarning = group.period.contains(today) && bounds.isOutside(size)
            if format != .table {
                invocation.emitRecord(
                    RecordJSON.group(group, today: today).adding([
                        ("members", .array(overview.activeMembers.map(RecordJSON.member))),
                        ("size_within_bounds", .bool(!bounds.isOutside(size))),
                        ("size_bounds", .object([("min", .int(bounds.minimum)), ("max", .int(bounds.maximum))])),
                        ("meeting_count", .int(overview.meetingCount)),
                        ("recent_meetings", .array(overview.recentMeetings.map(RecordJSON.meeting))),
                    ]), format)
                return
            }
            let language = invocation.language
            var fields = Fields()
            fields.add(Msg.labelID(language), String(group.id))
            fields.add(Msg.labelUnit(language), group.unitCode)
            fields.add(Msg.labelName(language), group.name)
            fields.add(
                Msg.labelDecree(language),
                [group.decreeNumber, group.decreeDate?.description].compactMap { $0 }.joinedOrNil())
            fields.add(Msg.labelFormed(language), LetterDates.date(group.formedOn, language))
            fields.add(Msg.labelFocus(language), group.focus)
            fields.add(Msg.labelSection(language), group.section)
            fields.add(
                Msg.labelSectionHead(language),
                group.sectionHeadName.map { name in group.sectionHeadNIP.map { "\(name) (NIP \($0))" } ?? name })
            fields.add(Msg.labelStatus(language), lifespan(group, today: today).shown(language))
            var sizeText = String(size)
            if sizeWarning {
                sizeText += " — " + Msg.groupSizeWarning(group.id, size, bounds.minimum, bounds.maximum)(language)
            }
            fields.add(Msg.labelMembers(language), sizeText)
            fields.add(Msg.labelMeetings(language), String(overview.meetingCount))
            var out = fields.render()
            out += "\n" + MemberCommands.table(overview.activeMembers).render(.table, language: language)
            if !overview.recentMeetings.isEmpty {
                out += "\n" + MeetingCommands.table(overview.recentMeetings).render(.table, language: language)
            }
            invocation.context.stdout.write(out)
            if sizeWarning { invocation.warn(Msg.groupSizeWarning(group.id, size, bounds.minimum, bounds.maximum)) }
        })

    static let edit = CommandSpec(
        name: "edit", abstract: Msg.groupEditAbstract, discussion: Msg.optClearHint, arguments: [idArgument],
        options: [OptionSpec(name: "name", valueName: "name", help: Msg.optGroupName)] + detailOptions,
        formats: [.table, .json],
        examples: [
            "kbk group edit 1 --focus 'waktu tunggu layanan KTP'",
            "kbk group edit 1 --decree 800/120/2026 --decree-date 2026-02-01",
        ],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            var changes = GroupChanges()
            changes.name = try invocation.option("name") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "name")
            }
            changes.decreeNumber = try invocation.clearable("decree") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "decree")
            }
            changes.decreeDate = try invocation.clearable("decree-date") { (t: String) throws(DomainError) in
                try invocation.parseDate(t, field: "--decree-date")
            }
            changes.formedOn = try invocation.dateOption("formed")
            changes.focus = try invocation.clearable("focus") { (t: String) throws(DomainError) in
                try TextRules.optional(t, field: "focus", long: true) ?? ""
            }
            changes.section = try invocation.clearable("section") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "section")
            }
            changes.sectionHeadName = try invocation.clearable("section-head-name") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "section head name")
            }
            changes.sectionHeadNIP = try invocation.clearable("section-head-nip", NIP.init)
            let store = try invocation.openStore(.existing)
            let group = try store.write { try $0.groups.edit(id, changes) }
            invocation.reportChange(
                format, json: RecordJSON.group(group, today: store.today), line: Msg.groupEdited(group.id))
        })

    static let dissolve = CommandSpec(
        name: "dissolve", abstract: Msg.groupDissolveAbstract, arguments: [idArgument],
        options: [OptionSpec(name: "on", valueName: "date", help: Msg.optOn, defaultValue: "today")],
        formats: [.table, .json],
        examples: ["kbk group dissolve 3 --on 2026-12-31"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let on = try invocation.dateOption("on") ?? invocation.today
            let store = try invocation.openStore(.existing)
            let group = try store.write { try $0.groups.dissolve(id, on: on) }
            invocation.reportChange(
                format, json: RecordJSON.group(group, today: store.today),
                line: Msg.groupDissolved(group.id, on.description))
        })

    static func lifespan(_ group: Group, today: CivilDate) -> Cell {
        .lifespan(endsOn: group.dissolvedOn, today: today, endedCode: "dissolved", ended: Msg.statusDissolvedOn)
    }

    /// Warns on stderr when a group's active size is outside the configured bounds.
    static func warnAboutSize(_ invocation: Invocation, store: Store, group: Int64, size: Int) throws {
        let bounds = try store.settings.groupSizeBounds()
        if bounds.isOutside(size) { invocation.warn(Msg.groupSizeWarning(group, size, bounds.minimum, bounds.maximum)) }
    }
}

enum MemberCommands {
    static let spec = CommandSpec(
        name: "member", abstract: Msg.memberAbstract,
        examples: ["kbk group member list 1"], subcommands: [add, remove, list])

    static let add = CommandSpec(
        name: "add", abstract: Msg.memberAddAbstract, arguments: [GroupCommands.idArgument],
        options: [
            OptionSpec(name: "nip", valueName: "nip", help: Msg.optNIP, isRequired: true),
            OptionSpec(name: "name", valueName: "name", help: Msg.optMemberName, isRequired: true),
            .choice("role", GroupRole.self, help: Msg.optRole, defaultValue: .member),
            OptionSpec(name: "since", valueName: "date", help: Msg.optSince),
        ],
        formats: [.table, .json],
        examples: [
            "kbk group member add 1 --nip '19860926 201505 1 001' --name 'Siti Rahayu' --role chair --since 2026-01-15"
        ],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let draft = MemberDraft(
                nip: try invocation.required("nip", NIP.init),
                name: try invocation.required("name") { (t: String) throws(DomainError) in
                    try TextRules.name(t, field: "name")
                },
                role: try invocation.choice("role", GroupRole.self) ?? .member,
                since: try invocation.dateOption("since"))
            let store = try invocation.openStore(.existing)
            let (member, size) = try store.write { try $0.groups.addMember(id, draft) }
            invocation.reportChange(
                format, json: RecordJSON.member(member), line: Msg.memberAdded(member.nip, id, member.role.rawValue))
            try GroupCommands.warnAboutSize(invocation, store: store, group: id, size: size)
        })

    static let remove = CommandSpec(
        name: "remove", abstract: Msg.memberRemoveAbstract, arguments: [GroupCommands.idArgument],
        options: [
            OptionSpec(name: "nip", valueName: "nip", help: Msg.optNIP, isRequired: true),
            OptionSpec(name: "on", valueName: "date", help: Msg.optOn, defaultValue: "today"),
        ],
        formats: [.table, .json],
        examples: ["kbk group member remove 1 --nip 198609262015051001 --on 2026-06-30"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let nip = try invocation.required("nip", NIP.init)
            let on = try invocation.dateOption("on")
            let store = try invocation.openStore(.existing)
            let (member, size) = try store.write { try $0.groups.removeMember(id, nip: nip, on: on) }
            invocation.reportChange(
                format, json: RecordJSON.member(member),
                line: Msg.memberRemoved(member.nip, id, member.until?.description ?? ""))
            try GroupCommands.warnAboutSize(invocation, store: store, group: id, size: size)
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.memberListAbstract, arguments: [GroupCommands.idArgument],
        options: [OptionSpec(name: "all", valueName: nil, help: Msg.optAll)],
        formats: [.table, .csv, .json],
        examples: ["kbk group member list 1", "kbk group member list 1 --all --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let store = try invocation.openStore(.existing)
            let members = try store.groups.members(of: id, includeEnded: invocation.flag("all"), today: store.today)
            if format == .json {
                invocation.emit(.array(members.map(RecordJSON.member)))
            } else {
                invocation.context.stdout.write(table(members).render(format, language: invocation.language))
            }
        })

    static func table(_ members: [Membership]) -> Tabular {
        var table = Tabular(columns: [
            Column(key: "nip", header: Msg.labelNIP), Column(key: "name", header: Msg.labelName),
            Column(key: "role", header: Msg.labelRole), Column(key: "since", header: Msg.labelSince),
            Column(key: "until", header: Msg.labelUntil),
        ])
        for member in members {
            table.rows.append([
                .text(member.nip), .text(member.name), .coded(member.role), .date(member.since),
                member.until.map(Cell.date) ?? .null,
            ])
        }
        return table
    }
}

enum MeetingCommands {
    static let spec = CommandSpec(
        name: "meeting", abstract: Msg.meetingAbstract,
        examples: ["kbk group meeting list 1"], subcommands: [add, list])

    static let add = CommandSpec(
        name: "add", abstract: Msg.meetingAddAbstract, arguments: [GroupCommands.idArgument],
        options: [
            OptionSpec(name: "date", valueName: "date", help: Msg.optMeetingDate, isRequired: true),
            OptionSpec(name: "attendee", valueName: "nip", help: Msg.optAttendee, isRepeatable: true),
            OptionSpec(name: "agenda", valueName: "text", help: Msg.optAgenda),
            OptionSpec(name: "minutes", valueName: "text", help: Msg.optMinutes),
            OptionSpec(name: "minutes-file", valueName: "path", help: Msg.optMinutesFile),
        ],
        formats: [.table, .json],
        examples: [
            "kbk group meeting add 1 --date 2026-02-10 --attendee 198609262015051001 --attendee 199001012019032002 --agenda 'Antrean pendaftaran' --minutes-file notulen.txt"
        ],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            var draft = MeetingDraft(
                heldOn: try invocation.required("date") { (t: String) throws(DomainError) in
                    try invocation.parseDate(t, field: "--date")
                })
            draft.attendees = try invocation.values("attendee").map { try invocation.parse($0, NIP.init) }
            draft.agenda = try TextRules.optional(invocation.value("agenda"), field: "agenda", long: true)
            if invocation.value("minutes") != nil && invocation.value("minutes-file") != nil {
                throw invocation.usageError(Msg.conflictingOptions("--minutes", "--minutes-file"))
            }
            let minutesText =
                try invocation.value("minutes-file").map {
                    try invocation.readTextFile($0, cap: TextRules.maxLongTextBytes)
                } ?? invocation.value("minutes")
            draft.minutes = try TextRules.optional(minutesText, field: "minutes", long: true)
            let store = try invocation.openStore(.existing)
            let meeting = try store.write { try $0.groups.addMeeting(id, draft) }
            invocation.reportChange(
                format, json: RecordJSON.meeting(meeting),
                line: Msg.meetingAdded(meeting.id, id, meeting.heldOn.description, meeting.attendeeNIPs.count))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.meetingListAbstract, arguments: [GroupCommands.idArgument],
        options: [
            OptionSpec(name: "from", valueName: "date", help: Msg.optFrom),
            OptionSpec(name: "to", valueName: "date", help: Msg.optTo),
        ],
        formats: [.table, .csv, .json],
        examples: ["kbk group meeting list 1 --from 2026-01-01 --to 2026-06-30"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let (from, to) = try invocation.dateRange()
            if let from, let to, to < from {
                throw DomainError.rule(.dateBefore(field: "--to", value: to, other: "--from", limit: from))
            }
            let store = try invocation.openStore(.existing)
            let meetings = try store.groups.meetings(of: id, from: from, to: to)
            if format == .json {
                invocation.emit(.array(meetings.map(RecordJSON.meeting)))
            } else {
                invocation.context.stdout.write(table(meetings).render(format, language: invocation.language))
            }
        })

    static func table(_ meetings: [Meeting]) -> Tabular {
        var table = Tabular(columns: [
            Column(key: "id", header: Msg.labelID, alignRight: true), Column(key: "held_on", header: Msg.labelDate),
            Column(key: "attendees", header: Msg.labelAttendees, alignRight: true),
            Column(key: "agenda", header: Msg.labelAgenda),
        ])
        for meeting in meetings {
            table.rows.append([
                .int(Int(meeting.id)), .date(meeting.heldOn), .int(meeting.attendeeNIPs.count),
                meeting.agenda.map(Cell.text) ?? .null,
            ])
        }
        return table
    }
}
