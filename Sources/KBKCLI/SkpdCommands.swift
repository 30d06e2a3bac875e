import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk skpd add|list|show|edit|deactivate`: the registry of work units.
enum SkpdCommands {
    /// A unit's details, set by `skpd add` and corrected (or cleared, given empty) by `skpd edit`.
    enum Details {
        static let officialCode = Option.line(
            "official-code", valueName: "code", help: Msg.optOfficialCode, field: "official code")
        static let parent = Option.parsed("parent", valueName: "code", help: Msg.optParent, UnitCode.init)
        static let staff = Option.integer("staff", help: Msg.optStaff, in: Unit.staffRange)
        static let headName = Option.line("head-name", valueName: "name", help: Msg.optHeadName, field: "head name")
        static let headNIP = Option.parsed("head-nip", valueName: "nip", help: Msg.optHeadNIP, NIP.init)
        static let workingWeek = Option(
            spec: OptionSpec(
                name: "working-week", valueName: "days", help: Msg.optWorkingWeek,
                choices: WorkingWeek.allCases.map { String($0.rawValue) }),
            parse: { text, _ throws(DomainError) in try WorkingWeek.parse(text) })

        static let all: [any DeclaredOption] = [officialCode, parent, staff, headName, headNIP, workingWeek]
    }

    static let name = Option.line("name", valueName: "name", help: Msg.optUnitName, isRequired: true)
    static let newName = Option.line("name", valueName: "name", help: Msg.optUnitName)
    static let kind = Option.choice("kind", UnitKind.self, help: Msg.optUnitKind, isRequired: true)
    static let newKind = Option.choice("kind", UnitKind.self, help: Msg.optUnitKind)
    /// A day as written (`YYYY-MM-DD`).
    static let formedOn = Option.parsed("formed-on", valueName: "date", help: Msg.optFormedOn) {
        (text: String) throws(DomainError) in try CivilDate.parseEntered(text, field: "--formed-on")
    }
    static let kindFilter = Option.choice("kind", UnitKind.self, help: Msg.optKindFilter)
    static let successor = Option.parsed("successor", valueName: "code", help: Msg.optSuccessor, UnitCode.init)
    static let successorFor = Option.parsed(
        "successor-for", valueName: "function=code", help: Msg.optSuccessorFor, isRepeatable: true
    ) { (text: String) throws(DomainError) in try SuccessionRoute.parse(text) }

    static let codeArgument = ArgumentSpec(name: "code", help: Msg.argUnitCode)

    static let spec = CommandSpec(
        name: "skpd", abstract: Msg.skpdAbstract,
        examples: ["kbk skpd add DINKES --name 'Dinas Kesehatan' --kind agency --staff 120", "kbk skpd list"],
        subcommands: [add, list, show, edit, deactivate, TargetCommands.spec])

    static let add = CommandSpec(
        name: "add", abstract: Msg.skpdAddAbstract, arguments: [codeArgument],
        options: .of(name, kind, formedOn) + Details.all.map(\.spec),
        formats: [.table, .json],
        examples: [
            "kbk skpd add DINKES --name 'Dinas Kesehatan' --kind agency --official-code 1.02.0.00.0.00.01.0000 --staff 120",
            "kbk skpd add KEC-KALIMANAH --name 'Kecamatan Kalimanah' --kind district",
            "kbk skpd add KEL-KEDUNGMENJANGAN --name 'Kelurahan Kedungmenjangan' --kind subdistrict --parent KEC-KALIMANAH",
            "kbk skpd add DINKESPPKB --name 'Dinas Kesehatan, Pengendalian Penduduk dan KB' --kind agency --formed-on 2026-01-01",
        ],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            var draft = UnitDraft(code: code, name: try invocation.required(name), kind: try invocation.required(kind))
            draft.officialCode = try invocation.value(Details.officialCode)
            draft.parentCode = try invocation.value(Details.parent)
            draft.staffCount = try invocation.value(Details.staff)
            draft.headName = try invocation.value(Details.headName)
            draft.headNIP = try invocation.value(Details.headNIP)
            draft.workingWeek = try invocation.value(Details.workingWeek) ?? .fiveDays
            draft.formedOn = try invocation.value(formedOn)
            let store = try invocation.openStore(.createIfMissing)
            let unit = try store.write { try $0.units.add(draft) }
            return .change(
                RecordJSON.unit(unit, today: store.today), line: Msg.skpdAdded(unit.code, unit.name))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.skpdListAbstract,
        options: .of(CommonOptions.all, kindFilter),
        formats: [.table, .csv, .json],
        examples: ["kbk skpd list", "kbk skpd list --all --kind district --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let kind = try invocation.value(kindFilter)
            let includeInactive = invocation.isSet(CommonOptions.all)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let units = try store.units.list(includeInactive: includeInactive, kind: kind, today: today)
            let records = { @Sendable () -> JSON in .array(units.map { RecordJSON.unit($0, today: today) }) }
            var table = Tabular(columns: [
                Column(key: "code", header: Msg.labelCode), Column(key: "name", header: Msg.labelName),
                Column(key: "kind", header: Msg.labelKind), Column(key: "parent", header: Msg.labelParent),
                Column(key: "staff", header: Msg.labelStaff, alignRight: true),
                Column(key: "status", header: Msg.labelStatus),
            ])
            for unit in units {
                table.rows.append([
                    .text(unit.code), .text(unit.name), .coded(unit.kind),
                    unit.parentCode.map(Cell.text) ?? .null,
                    unit.staffCount.map(Cell.int) ?? .null,
                    lifespan(unit, today: today),
                ])
            }
            return .records(records, shown: .rows(table))
        })

    static let show = CommandSpec(
        name: "show", abstract: Msg.skpdShowAbstract, arguments: [codeArgument], formats: [.table, .csv, .json],
        examples: ["kbk skpd show DINKES", "kbk skpd show dinkes --format json"],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let overview = try store.units.overview(code, today: today)
            let unit = overview.unit
            let record = RecordJSON.unit(unit, today: today).adding([
                ("children", .array(overview.children.map(JSON.string))),
                (
                    "groups",
                    .object([("active", .int(overview.activeGroups)), ("all", .int(overview.allGroups))])
                ),
                ("sops", .object([("active", .int(overview.activeSOPs)), ("all", .int(overview.allSOPs))])),
                ("successor_routes", routesJSON(unit.successorRoutes)),
            ])
            let language = invocation.language
            var fields = Fields()
            fields.add(Msg.labelCode(language), unit.code)
            fields.add(Msg.labelName(language), unit.name)
            fields.add(Msg.labelKind(language), unit.kind.label(language))
            fields.add(Msg.labelOfficialCode(language), unit.officialCode)
            fields.add(Msg.labelParent(language), unit.parentCode)
            fields.add(
                Msg.labelChildren(language), overview.children.isEmpty ? nil : overview.children.joined(separator: ", ")
            )
            fields.add(Msg.labelStaff(language), unit.staffCount.map(String.init))
            fields.add(Msg.labelWorkingWeek(language), Msg.workingWeekName(unit.workingWeek)(language))
            fields.add(Msg.labelHead(language), unit.headName)
            fields.add(Msg.labelHeadNIP(language), unit.headNIP)
            fields.add(Msg.labelFormedOn(language), unit.formedOn.map { LetterDates.date($0, language) })
            fields.add(Msg.labelStatus(language), lifespan(unit, today: today).shown(language))
            fields.add(Msg.labelSuccessor(language), unit.successorCode)
            fields.add(
                Msg.labelSuccessorRoutes(language),
                unit.successorRoutes.isEmpty
                    ? nil
                    : unit.successorRoutes.map { "\($0.function.description) → \($0.successor)" }.joined(
                        separator: "; "))
            fields.add(Msg.labelGroups(language), "\(overview.activeGroups)/\(overview.allGroups)")
            fields.add(Msg.labelSOPs(language), "\(overview.activeSOPs)/\(overview.allSOPs)")
            return .record(fields, json: record)
        })

    static let edit = CommandSpec(
        name: "edit", abstract: Msg.skpdEditAbstract, discussion: Msg.optClearHint, arguments: [codeArgument],
        options: .of(newName, newKind, formedOn) + Details.all.map(\.spec),
        formats: [.table, .json],
        examples: [
            "kbk skpd edit DINKES --staff 134 --head-name 'dr. Hanung Wikantono'",
            "kbk skpd edit DINKES --formed-on 2026-01-01",
            "kbk skpd edit DINKES --official-code ''",
        ],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            var changes = UnitChanges()
            changes.name = try invocation.value(newName)
            changes.kind = try invocation.value(newKind)
            changes.officialCode = try invocation.clearable(Details.officialCode)
            changes.parentCode = try invocation.clearable(Details.parent)
            changes.staffCount = try invocation.clearable(Details.staff)
            changes.headName = try invocation.clearable(Details.headName)
            changes.headNIP = try invocation.clearable(Details.headNIP)
            changes.workingWeek = try invocation.value(Details.workingWeek)
            changes.formedOn = try invocation.clearable(formedOn)
            let store = try invocation.openStore(.existing)
            let before = try store.units.get(code)
            let unit = try store.write { try $0.units.edit(code, changes) }
            return .change(
                RecordJSON.unit(unit, today: store.today),
                line: unit == before ? Msg.skpdUnchanged(unit.code) : Msg.skpdEdited(unit.code))
        })

    static let deactivate = CommandSpec(
        name: "deactivate", abstract: Msg.skpdDeactivateAbstract, discussion: Msg.skpdDeactivateDiscussion,
        arguments: [codeArgument],
        options: .of(CommonOptions.on, successor, successorFor),
        formats: [.table, .json],
        examples: [
            "kbk skpd deactivate DINPERKIM --on 2025-01-01 --successor DPUPR",
            "kbk skpd deactivate DINPERINDAG --on 2026-01-01 --successor-for category:perindustrian=DINPERINNAKER --successor-for 'section:Bidang Perindustrian=DINPERINNAKER' --successor DINDAGKOPUKM",
        ],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            let on = try invocation.value(CommonOptions.on) ?? invocation.today
            let heir = try invocation.value(successor)
            let routes = try invocation.values(successorFor)
            let store = try invocation.openStore(.existing)
            let (unit, moved) = try store.write {
                try $0.units.deactivate(code, on: on, successor: heir, routes: routes)
            }
            return .change(
                RecordJSON.unit(unit, today: store.today).adding([
                    ("successor_routes", routesJSON(unit.successorRoutes)),
                    (
                        "moved_complaints",
                        .array(
                            moved.map {
                                .object([("ticket", .string($0.ticket)), ("successor", .string($0.successor))])
                            })
                    ),
                ]),
                line: Msg.skpdDeactivated(unit.code, on.description, moved: moved.map(\.successor)))
        })

    static func routesJSON(_ routes: [SuccessionRoute]) -> JSON {
        .array(
            routes.map { route in
                .object([
                    ("function", .string(route.function.description)),
                    ("kind", .string(route.function.kind.rawValue)), ("name", .string(route.function.name)),
                    ("successor", .string(route.successor)),
                ])
            })
    }

    static func lifespan(_ unit: Unit, today: CivilDate) -> Cell {
        .lifespan(endsOn: unit.deactivatedOn, today: today, endedCode: "inactive", ended: Msg.statusDeactivatedOn)
    }
}
