import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk coordination …`: the rapat koordinasi teknis chaired by the Assistant for Administration,
/// its attending units, decisions and action items tracked to done.
enum CoordinationCommands {
    static let spec = CommandSpec(
        name: "coordination",
        abstract: Text(
            en: "Cross-unit coordination meetings (rapat koordinasi teknis) and their action items.",
            id: "Rapat koordinasi teknis lintas unit dan tindak lanjutnya."),
        examples: ["kbk coordination list --year 2026", "kbk coordination action list --open"],
        subcommands: [add, list, show, ActionCommands.spec])

    static let idArgument = ArgumentSpec(
        name: "id", help: Text(en: "The coordination meeting's number.", id: "Nomor rapat koordinasi."))

    static let held = Option.date(
        "held", help: Text(en: "The day it was held.", id: "Tanggal rapat."), isRequired: true)
    static let title = Option.line(
        "title", help: Text(en: "What it was about.", id: "Pokok bahasan."), isRequired: true)
    static let chair = Option.line(
        "chair", valueName: "name",
        help: Text(
            en: "Who chaired it, e.g. 'Asisten Administrasi Umum'.",
            id: "Pimpinan rapat, mis. 'Asisten Administrasi Umum'."))
    static let unit = Option.parsed(
        "unit", valueName: "code",
        help: Text(en: "An attending unit (repeat for each).", id: "Unit yang hadir (ulangi untuk tiap unit)."),
        isRequired: true, isRepeatable: true, UnitCode.init)
    static let decisions = Option.optionalText(
        "decisions", help: Text(en: "What was decided.", id: "Keputusan/kesimpulan rapat."), long: true)

    static let add = CommandSpec(
        name: "add",
        abstract: Text(en: "Record a coordination meeting.", id: "Catat rapat koordinasi."),
        options: .of(held, title, chair, unit, decisions),
        formats: [.table, .json],
        examples: [
            "kbk coordination add --held 2026-11-17 --title 'Tindak lanjut aduan jalan rusak' --chair 'Asisten Administrasi Umum' --unit DPUPR --unit DINHUB --unit KEC-BOBOTSARI --decisions 'Perbaikan dijadwalkan sebelum musim hujan'"
        ],
        run: { invocation in
            _ = try invocation.format()
            let draft = CoordinationDraft(
                heldOn: try invocation.required(held), title: try invocation.required(title),
                chair: try invocation.value(chair), decisions: try invocation.value(decisions),
                units: try invocation.values(unit))
            if draft.units.isEmpty { throw invocation.missingOption(unit) }
            let store = try invocation.openStore(.existing)
            let meeting = try store.write { try $0.coordination.add(draft) }
            return .change(
                RecordJSON.coordination(meeting, today: store.today),
                line: Text(
                    en:
                        "Recorded coordination meeting \(meeting.id) of \(meeting.heldOn) with \(meeting.units.count) unit(s).",
                    id:
                        "Rapat koordinasi \(meeting.id) tanggal \(meeting.heldOn) dengan \(meeting.units.count) unit dicatat."
                ))
        })

    static let list = CommandSpec(
        name: "list",
        abstract: Text(en: "List coordination meetings.", id: "Tampilkan rapat koordinasi."),
        options: .of(CommonOptions.year),
        formats: [.table, .csv, .json], examples: ["kbk coordination list --year 2026"],
        run: { invocation in
            let format = try invocation.format()
            let year = try invocation.value(CommonOptions.year)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let meetings = try store.coordination.list(year: year)
            let records = { @Sendable () -> JSON in .array(meetings.map { RecordJSON.coordination($0, today: today) }) }
            var table = Tabular(columns: [
                Column(key: "id", header: Msg.labelID, alignRight: true), Column(key: "held_on", header: Msg.labelDate),
                Column(key: "title", header: Msg.labelTitle),
                Column(key: "units", header: Text(en: "Units", id: "Unit"), alignRight: true),
                Column(key: "actions", header: Text(en: "Actions", id: "Tindak lanjut"), alignRight: true),
                Column(key: "done", header: Text(en: "Done", id: "Selesai"), alignRight: true),
                Column(key: "overdue", header: Text(en: "Overdue", id: "Terlambat"), alignRight: true),
            ])
            for meeting in meetings {
                table.rows.append([
                    .int(Int(meeting.id)), .date(meeting.heldOn), .text(meeting.title), .int(meeting.units.count),
                    .int(meeting.actions.count), .int(meeting.actions.filter { $0.isDone(by: today) }.count),
                    .int(meeting.actions.filter { $0.isOverdue(on: today) }.count),
                ])
            }
            return .records(records, shown: .rows(table))
        })

    static let show = CommandSpec(
        name: "show",
        abstract: Text(
            en: "Show a coordination meeting: units, decisions, action items.",
            id: "Tampilkan rapat koordinasi: unit, keputusan, tindak lanjut."),
        arguments: [idArgument], formats: [.table, .json], examples: ["kbk coordination show 1"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "coordination meeting id")
            let store = try invocation.openStore(.existing)
            let meeting = try store.coordination.get(id)
            let today = store.today
            let records = { @Sendable () -> JSON in RecordJSON.coordination(meeting, today: today) }
            let language = invocation.language
            var fields = Fields()
            fields.add(Msg.labelID(language), String(meeting.id))
            fields.add(Msg.labelDate(language), LetterDates.date(meeting.heldOn, language))
            fields.add(Msg.labelTitle(language), meeting.title)
            fields.add(Text(en: "Chair", id: "Pimpinan")(language), meeting.chair)
            fields.add(Text(en: "Units", id: "Unit")(language), meeting.units.joinedOrNil())
            fields.add(Text(en: "Decisions", id: "Keputusan")(language), meeting.decisions)
            return .records(
                records,
                shown: .sections([
                    .text(fields.render()),
                    .titled(
                        Text(en: "Action items", id: "Tindak lanjut"),
                        .rows(ActionCommands.table(meeting.actions, today: today))),
                ]))
        })
}

/// `kbk coordination action …`: the action items, each owned by a unit.
enum ActionCommands {
    static let spec = CommandSpec(
        name: "action",
        abstract: Text(
            en: "A coordination meeting's action items: add, mark done, list.",
            id: "Tindak lanjut rapat koordinasi: tambah, tandai selesai, tampilkan."),
        examples: ["kbk coordination action list --owner DPUPR --open"],
        subcommands: [add, done, list])

    static let owner = Option.parsed(
        "owner", valueName: "code", help: Text(en: "The unit that must do it.", id: "Unit yang melaksanakan."),
        isRequired: true, UnitCode.init)
    static let due = Option.date("due", help: Text(en: "When it is due.", id: "Tenggat."), isRequired: true)
    static let text = Option.message("text", help: Text(en: "What must be done.", id: "Yang harus dikerjakan."))
    static let doneNote = Option.optionalText(
        "note", help: Text(en: "What was done.", id: "Yang sudah dikerjakan."), long: true)
    static let ownerFilter = Option.parsed(
        "owner", valueName: "code",
        help: Text(en: "Only this unit's and its units'.", id: "Hanya milik unit ini dan unit di bawahnya."),
        UnitCode.init)
    static let openOnly = Flag("open", help: Text(en: "Only those not done.", id: "Hanya yang belum selesai."))

    static let add = CommandSpec(
        name: "add",
        abstract: Text(
            en: "Add an action item for a unit, due on a day.", id: "Tambah tindak lanjut untuk unit, dengan tenggat."),
        arguments: [CoordinationCommands.idArgument],
        options: .of(owner, due, text),
        formats: [.table, .json],
        examples: [
            "kbk coordination action add 1 --owner DPUPR --due 2026-12-15 --text 'Tambal jalan Bobotsari–Karangreja'"
        ],
        run: { invocation in
            _ = try invocation.format()
            let meeting = try invocation.idArgument(0, name: "coordination meeting id")
            let (ownerUnit, dueOn) = (try invocation.required(owner), try invocation.required(due))
            let task = try invocation.required(text)
            let store = try invocation.openStore(.existing)
            let action = try store.write {
                try $0.coordination.addAction(to: meeting, owner: ownerUnit, text: task, due: dueOn)
            }
            return .change(
                RecordJSON.coordinationAction(action, today: store.today),
                line: Text(
                    en: "Added action item \(action.id) for \(action.ownerUnit), due \(action.dueOn).",
                    id: "Tindak lanjut \(action.id) untuk \(action.ownerUnit) ditambahkan, tenggat \(action.dueOn)."))
        })

    static let done = CommandSpec(
        name: "done",
        abstract: Text(en: "Mark an action item done.", id: "Tandai tindak lanjut selesai."),
        arguments: [
            ArgumentSpec(name: "action", help: Text(en: "The action item's number.", id: "Nomor tindak lanjut."))
        ],
        options: .of(CommonOptions.on, doneNote),
        formats: [.table, .json],
        examples: ["kbk coordination action done 3 --note 'Selesai ditambal 12 Desember'"],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "action item id")
            let on = try invocation.value(CommonOptions.on) ?? invocation.today
            let note = try invocation.value(doneNote)
            let store = try invocation.openStore(.existing)
            let action = try store.write { try $0.coordination.complete(id, on: on, note: note) }
            return .change(
                RecordJSON.coordinationAction(action, today: store.today),
                line: Text(
                    en: "Action item \(action.id) of \(action.ownerUnit) done on \(on)"
                        + (on > action.dueOn ? ", after its due date \(action.dueOn)." : "."),
                    id: "Tindak lanjut \(action.id) \(action.ownerUnit) selesai \(on)"
                        + (on > action.dueOn ? ", melewati tenggat \(action.dueOn)." : ".")))
        })

    static let list = CommandSpec(
        name: "list",
        abstract: Text(en: "List action items by due date.", id: "Tampilkan tindak lanjut menurut tenggat."),
        options: .of(ownerFilter, openOnly),
        formats: [.table, .csv, .json], examples: ["kbk coordination action list --owner DPUPR --open"],
        run: { invocation in
            _ = try invocation.format()
            let owner = try invocation.value(ownerFilter)
            let onlyOpen = invocation.isSet(openOnly)
            let store = try invocation.openStore(.existing)
            let owners = try owner.map { try store.units.codesUnder(try store.units.get($0).code) }
            let actions = try store.coordination.actions(owners: owners, openOnly: onlyOpen)
            let today = store.today
            return .records(
                { .array(actions.map { RecordJSON.coordinationAction($0, today: today) }) },
                shown: .rows(table(actions, today: store.today)))
        })

    static func table(_ actions: [CoordinationAction], today: CivilDate) -> Tabular {
        var table = Tabular(columns: [
            Column(key: "id", header: Msg.labelID, alignRight: true),
            Column(key: "meeting", header: Text(en: "Meeting", id: "Rapat"), alignRight: true),
            Column(key: "owner", header: Msg.labelUnit), Column(key: "due_on", header: Msg.labelDue),
            Column(key: "done_on", header: Text(en: "Done", id: "Selesai")),
            Column(key: "text", header: Text(en: "Action", id: "Tindak lanjut")),
        ])
        for action in actions {
            table.rows.append([
                .int(Int(action.id)), .int(Int(action.meetingID)), .text(action.ownerUnit),
                action.isOverdue(on: today) ? .overdue(action.dueOn) : .date(action.dueOn),
                action.doneOn.map(Cell.date) ?? .null, .text(action.text),
            ])
        }
        return table
    }
}
