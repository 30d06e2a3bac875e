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

    /// A group's details, set by `group add` and corrected (or cleared, given empty) by `group edit`.
    enum Details {
        static let decree = Option.line("decree", valueName: "number", help: Msg.optDecree)
        static let decreeDate = Option.date("decree-date", help: Msg.optDecreeDate)
        static let formed = Option.date("formed", help: Msg.optFormed)
        static let focus = Option.optionalText("focus", help: Msg.optFocus, long: true)
        static let section = Option.line("section", valueName: "name", help: Msg.optGroupSection)
        static let sectionHeadName = Option.line(
            "section-head-name", valueName: "name", help: Msg.optSectionHeadName, field: "section head name")
        static let sectionHeadNIP = Option.parsed(
            "section-head-nip", valueName: "nip", help: Msg.optSectionHeadNIP, NIP.init)

        static let all: [any DeclaredOption] = [
            decree, decreeDate, formed, focus, section, sectionHeadName, sectionHeadNIP,
        ]
    }

    static let unit = Option.parsed(
        "skpd", valueName: "code", help: Msg.optGroupSkpd, isRequired: true, UnitCode.init)
    static let name = Option.line("name", valueName: "name", help: Msg.optGroupName, isRequired: true)
    static let newName = Option.line("name", valueName: "name", help: Msg.optGroupName)

    static let add = CommandSpec(
        name: "add", abstract: Msg.groupAddAbstract,
        options: .of(unit, name) + Details.all.map(\.spec),
        formats: [.table, .json],
        examples: [
            "kbk group add --skpd DINKES --name 'KBK Sehat Bersama' --decree 800/112/2026 --decree-date 2026-01-15 --focus 'antrean puskesmas'"
        ],
        run: { invocation in
            _ = try invocation.format()
            var draft = GroupDraft(unitCode: try invocation.required(unit), name: try invocation.required(name))
            draft.decreeNumber = try invocation.value(Details.decree)
            draft.decreeDate = try invocation.value(Details.decreeDate)
            draft.formedOn = try invocation.value(Details.formed)
            draft.focus = try invocation.value(Details.focus)
            draft.section = try invocation.value(Details.section)
            draft.sectionHeadName = try invocation.value(Details.sectionHeadName)
            draft.sectionHeadNIP = try invocation.value(Details.sectionHeadNIP)
            let store = try invocation.openStore(.existing)
            let group = try store.write { try $0.groups.add(draft) }
            return .change(
                RecordJSON.group(group, today: store.today),
                line: Msg.groupAdded(group.id, group.name, group.unitCode))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.groupListAbstract,
        options: .of(CommonOptions.unitFilter, CommonOptions.all),
        formats: [.table, .csv, .json],
        examples: ["kbk group list --skpd DINKES", "kbk group list --all --format json"],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.value(CommonOptions.unitFilter)
            let includeDissolved = invocation.isSet(CommonOptions.all)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let groups = try store.groups.list(unit: unit, includeDissolved: includeDissolved, today: today)
            let records = { @Sendable () -> JSON in
                .array(
                    groups.map {
                        RecordJSON.group($0.group, today: today).adding([("active_members", .int($0.activeMembers))]
                        )
                    })
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
            return .records(records, shown: .rows(table))
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
            let record = RecordJSON.group(group, today: today).adding([
                ("members", .array(overview.activeMembers.map(RecordJSON.member))),
                ("size_within_bounds", .bool(!bounds.isOutside(size))),
                ("size_bounds", .object([("min", .int(bounds.minimum)), ("max", .int(bounds.maximum))])),
                ("meeting_count", .int(overview.meetingCount)),
                ("recent_meetings", .array(overview.recentMeetings.map(RecordJSON.meeting))),
            ])
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
            if sizeWarning { invocation.warn(Msg.groupSizeWarning(group.id, size, bounds.minimum, bounds.maximum)) }
            let details = CommandOutput.record(fields, json: record)
            guard format == .table else { return details }
            let meetings = overview.recentMeetings.isEmpty ? [] : [MeetingCommands.table(overview.recentMeetings)]
            return .sections(
                [details, .rows(MemberCommands.table(overview.activeMembers))] + meetings.map { .rows($0) })
        })

    static let edit = CommandSpec(
        name: "edit", abstract: Msg.groupEditAbstract, discussion: Msg.optClearHint, arguments: [idArgument],
        options: .of(newName) + Details.all.map(\.spec),
        formats: [.table, .json],
        examples: [
            "kbk group edit 1 --focus 'waktu tunggu layanan KTP'",
            "kbk group edit 1 --decree 800/120/2026 --decree-date 2026-02-01",
        ],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            var changes = GroupChanges()
            changes.name = try invocation.value(newName)
            changes.decreeNumber = try invocation.clearable(Details.decree)
            changes.decreeDate = try invocation.clearable(Details.decreeDate)
            changes.formedOn = try invocation.value(Details.formed)
            changes.focus = try invocation.clearable(Details.focus)
            changes.section = try invocation.clearable(Details.section)
            changes.sectionHeadName = try invocation.clearable(Details.sectionHeadName)
            changes.sectionHeadNIP = try invocation.clearable(Details.sectionHeadNIP)
            let store = try invocation.openStore(.existing)
            let group = try store.write { try $0.groups.edit(id, changes) }
            return .change(
                RecordJSON.group(group, today: store.today), line: Msg.groupEdited(group.id))
        })

    static let dissolve = CommandSpec(
        name: "dissolve", abstract: Msg.groupDissolveAbstract, arguments: [idArgument],
        options: .of(CommonOptions.on),
        formats: [.table, .json],
        examples: ["kbk group dissolve 3 --on 2026-12-31"],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let on = try invocation.value(CommonOptions.on) ?? invocation.today
            let store = try invocation.openStore(.existing)
            let group = try store.write { try $0.groups.dissolve(id, on: on) }
            return .change(
                RecordJSON.group(group, today: store.today),
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

    static let nip = Option.parsed("nip", valueName: "nip", help: Msg.optNIP, isRequired: true, NIP.init)
    static let name = Option.line("name", valueName: "name", help: Msg.optMemberName, isRequired: true)
    static let role = Option.choice("role", GroupRole.self, help: Msg.optRole, defaultValue: .member)
    static let since = Option.date("since", help: Msg.optSince)

    static let add = CommandSpec(
        name: "add", abstract: Msg.memberAddAbstract, arguments: [GroupCommands.idArgument],
        options: .of(nip, name, role, since),
        formats: [.table, .json],
        examples: [
            "kbk group member add 1 --nip '19860926 201505 1 001' --name 'Siti Rahayu' --role chair --since 2026-01-15"
        ],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let draft = MemberDraft(
                nip: try invocation.required(nip), name: try invocation.required(name),
                role: try invocation.required(role), since: try invocation.value(since))
            let store = try invocation.openStore(.existing)
            let (member, size) = try store.write { try $0.groups.addMember(id, draft) }
            try GroupCommands.warnAboutSize(invocation, store: store, group: id, size: size)
            return .change(
                RecordJSON.member(member), line: Msg.memberAdded(member.nip, id, member.role.rawValue))
        })

    static let remove = CommandSpec(
        name: "remove", abstract: Msg.memberRemoveAbstract, arguments: [GroupCommands.idArgument],
        options: .of(nip, CommonOptions.on),
        formats: [.table, .json],
        examples: ["kbk group member remove 1 --nip 198609262015051001 --on 2026-06-30"],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let leaving = try invocation.required(nip)
            let on = try invocation.value(CommonOptions.on)
            let store = try invocation.openStore(.existing)
            let (member, size) = try store.write { try $0.groups.removeMember(id, nip: leaving, on: on) }
            try GroupCommands.warnAboutSize(invocation, store: store, group: id, size: size)
            return .change(
                RecordJSON.member(member),
                line: Msg.memberRemoved(member.nip, id, member.until?.description ?? ""))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.memberListAbstract, arguments: [GroupCommands.idArgument],
        options: .of(CommonOptions.all),
        formats: [.table, .csv, .json],
        examples: ["kbk group member list 1", "kbk group member list 1 --all --format csv"],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let includeEnded = invocation.isSet(CommonOptions.all)
            let store = try invocation.openStore(.existing)
            let members = try store.groups.members(of: id, includeEnded: includeEnded, today: store.today)
            return .records({ .array(members.map(RecordJSON.member)) }, shown: .rows(table(members)))
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

    static let date = Option.date("date", help: Msg.optMeetingDate, isRequired: true)
    static let attendee = Option.parsed(
        "attendee", valueName: "nip", help: Msg.optAttendee, isRepeatable: true, NIP.init)
    static let agenda = Option.optionalText("agenda", help: Msg.optAgenda, long: true)
    /// The minutes as typed, or the file holding them: one of the two, checked as one long text.
    static let minutes = Option.raw("minutes", valueName: "text", help: Msg.optMinutes)
    static let minutesFile = Option.raw("minutes-file", valueName: "path", help: Msg.optMinutesFile)
    static let from = Option.date("from", help: Msg.optFrom)
    static let to = Option.date("to", help: Msg.optTo)

    static let add = CommandSpec(
        name: "add", abstract: Msg.meetingAddAbstract, arguments: [GroupCommands.idArgument],
        options: .of(date, attendee, agenda, minutes, minutesFile),
        formats: [.table, .json],
        examples: [
            "kbk group meeting add 1 --date 2026-02-10 --attendee 198609262015051001 --attendee 199001012019032002 --agenda 'Antrean pendaftaran' --minutes-file notulen.txt"
        ],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            var draft = MeetingDraft(heldOn: try invocation.required(date))
            draft.attendees = try invocation.values(attendee)
            draft.agenda = try invocation.value(agenda)
            let (typed, file) = (try invocation.value(minutes), try invocation.value(minutesFile))
            if typed != nil && file != nil {
                throw invocation.usageError(Msg.conflictingOptions(minutes.dashed, minutesFile.dashed))
            }
            let minutesText = try file.map { try invocation.readTextFile($0, cap: TextRules.maxLongTextBytes) } ?? typed
            draft.minutes = try TextRules.optional(minutesText, field: "minutes", long: true)
            let store = try invocation.openStore(.existing)
            let meeting = try store.write { try $0.groups.addMeeting(id, draft) }
            return .change(
                RecordJSON.meeting(meeting),
                line: Msg.meetingAdded(meeting.id, id, meeting.heldOn.description, meeting.attendeeNIPs.count))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.meetingListAbstract, arguments: [GroupCommands.idArgument],
        options: .of(from, to),
        formats: [.table, .csv, .json],
        examples: ["kbk group meeting list 1 --from 2026-01-01 --to 2026-06-30"],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "group id")
            let (start, end) = try invocation.dateRange(from, to)
            let store = try invocation.openStore(.existing)
            let meetings = try store.groups.meetings(of: id, from: start, to: end)
            return .records({ .array(meetings.map(RecordJSON.meeting)) }, shown: .rows(table(meetings)))
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
