import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk skpd add|list|show|edit|deactivate`: the registry of work units.
enum SkpdCommands {
    static let detailOptions = [
        OptionSpec(name: "official-code", valueName: "code", help: Msg.optOfficialCode),
        OptionSpec(name: "parent", valueName: "code", help: Msg.optParent),
        OptionSpec(name: "staff", valueName: "n", help: Msg.optStaff),
        OptionSpec(name: "head-name", valueName: "name", help: Msg.optHeadName),
        OptionSpec(name: "head-nip", valueName: "nip", help: Msg.optHeadNIP),
        OptionSpec(name: "working-week", valueName: "days", help: Msg.optWorkingWeek, choices: ["5", "6", "7"]),
    ]
    static let codeArgument = ArgumentSpec(name: "code", help: Msg.argUnitCode)
    static let staffRange = 0...1_000_000

    static let spec = CommandSpec(
        name: "skpd", abstract: Msg.skpdAbstract,
        examples: ["kbk skpd add DINKES --name 'Dinas Kesehatan' --kind agency --staff 120", "kbk skpd list"],
        subcommands: [add, list, show, edit, deactivate, TargetCommands.spec])

    static let add = CommandSpec(
        name: "add", abstract: Msg.skpdAddAbstract, arguments: [codeArgument],
        options: [
            OptionSpec(name: "name", valueName: "name", help: Msg.optUnitName, isRequired: true),
            .choice("kind", UnitKind.self, help: Msg.optUnitKind, isRequired: true),
            OptionSpec(name: "formed-on", valueName: "date", help: Msg.optFormedOn),
        ] + detailOptions,
        formats: [.table, .json],
        examples: [
            "kbk skpd add DINKES --name 'Dinas Kesehatan' --kind agency --official-code 1.02.0.00.0.00.01.0000 --staff 120",
            "kbk skpd add KEC-KALIMANAH --name 'Kecamatan Kalimanah' --kind district",
            "kbk skpd add KEL-KEDUNGMENJANGAN --name 'Kelurahan Kedungmenjangan' --kind subdistrict --parent KEC-KALIMANAH",
            "kbk skpd add DINKESPPKB --name 'Dinas Kesehatan, Pengendalian Penduduk dan KB' --kind agency --formed-on 2026-01-01",
        ],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            var draft = UnitDraft(
                code: code,
                name: try invocation.required("name") { (t: String) throws(DomainError) in
                    try TextRules.name(t, field: "name")
                },
                kind: try invocation.requiredChoice("kind", UnitKind.self))
            draft.officialCode = try invocation.option("official-code") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "official code")
            }
            draft.parentCode = try invocation.option("parent", UnitCode.init)
            draft.staffCount = try invocation.intOption("staff", in: staffRange)
            draft.headName = try invocation.option("head-name") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "head name")
            }
            draft.headNIP = try invocation.option("head-nip", NIP.init)
            draft.workingWeek = try invocation.option("working-week", WorkingWeek.parse) ?? .fiveDays
            draft.formedOn = try invocation.option("formed-on") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "--formed-on")
            }
            let store = try invocation.openStore(.createIfMissing)
            let unit = try store.write { try $0.units.add(draft) }
            invocation.reportChange(
                format, json: RecordJSON.unit(unit, today: store.today), line: Msg.skpdAdded(unit.code, unit.name))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.skpdListAbstract,
        options: [
            OptionSpec(name: "all", valueName: nil, help: Msg.optAll),
            .choice("kind", UnitKind.self, help: Msg.optKindFilter),
        ],
        formats: [.table, .csv, .json],
        examples: ["kbk skpd list", "kbk skpd list --all --kind district --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let kind = try invocation.choice("kind", UnitKind.self)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let units = try store.units.list(includeInactive: invocation.flag("all"), kind: kind, today: today)
            if format == .json {
                invocation.emit(.array(units.map { RecordJSON.unit($0, today: today) }))
                return
            }
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
            invocation.context.stdout.write(table.render(format, language: invocation.language))
        })

    static let show = CommandSpec(
        name: "show", abstract: Msg.skpdShowAbstract, arguments: [codeArgument], formats: [.table, .csv, .json],
        examples: ["kbk skpd show DINKES", "kbk skpd show dinkes --format json"],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let overview = try store.units.overview(code, today: today)
            let unit = overview.unit
            if format != .table {
                invocation.emitRecord(
                    RecordJSON.unit(unit, today: today).adding([
                        ("children", .array(overview.children.map(JSON.string))),
                        (
                            "groups",
                            .object([("active", .int(overview.activeGroups)), ("all", .int(overview.allGroups))])
                        ),
                        ("sops", .object([("active", .int(overview.activeSOPs)), ("all", .int(overview.allSOPs))])),
                        ("successor_routes", routesJSON(unit.successorRoutes)),
                    ]), format)
                return
            }
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
            invocation.context.stdout.write(fields.render())
        })

    static let edit = CommandSpec(
        name: "edit", abstract: Msg.skpdEditAbstract, discussion: Msg.optClearHint, arguments: [codeArgument],
        options: [
            OptionSpec(name: "name", valueName: "name", help: Msg.optUnitName),
            .choice("kind", UnitKind.self, help: Msg.optUnitKind),
            OptionSpec(name: "formed-on", valueName: "date", help: Msg.optFormedOn),
        ] + detailOptions,
        formats: [.table, .json],
        examples: [
            "kbk skpd edit DINKES --staff 134 --head-name 'dr. Hanung Wikantono'",
            "kbk skpd edit DINKES --formed-on 2026-01-01",
            "kbk skpd edit DINKES --official-code ''",
        ],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            var changes = UnitChanges()
            changes.name = try invocation.option("name") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "name")
            }
            changes.kind = try invocation.choice("kind", UnitKind.self)
            changes.officialCode = try invocation.clearable("official-code") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "official code")
            }
            changes.parentCode = try invocation.clearable("parent", UnitCode.init)
            changes.staffCount = try invocation.clearable("staff") { (t: String) throws(DomainError) in
                try EnteredValue.integer(t, field: "--staff", in: staffRange)
            }
            changes.headName = try invocation.clearable("head-name") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "head name")
            }
            changes.headNIP = try invocation.clearable("head-nip", NIP.init)
            changes.workingWeek = try invocation.option("working-week", WorkingWeek.parse)
            changes.formedOn = try invocation.clearable("formed-on") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "--formed-on")
            }
            let store = try invocation.openStore(.existing)
            let before = try store.units.get(code)
            let unit = try store.write { try $0.units.edit(code, changes) }
            invocation.reportChange(
                format, json: RecordJSON.unit(unit, today: store.today),
                line: unit == before ? Msg.skpdUnchanged(unit.code) : Msg.skpdEdited(unit.code))
        })

    static let deactivate = CommandSpec(
        name: "deactivate", abstract: Msg.skpdDeactivateAbstract, discussion: Msg.skpdDeactivateDiscussion,
        arguments: [codeArgument],
        options: [
            OptionSpec(name: "on", valueName: "date", help: Msg.optOn, defaultValue: "today"),
            OptionSpec(name: "successor", valueName: "code", help: Msg.optSuccessor),
            OptionSpec(
                name: "successor-for", valueName: "function=code", help: Msg.optSuccessorFor, isRepeatable: true),
        ],
        formats: [.table, .json],
        examples: [
            "kbk skpd deactivate DINPERKIM --on 2025-01-01 --successor DPUPR",
            "kbk skpd deactivate DINPERINDAG --on 2026-01-01 --successor-for category:perindustrian=DINPERINNAKER --successor-for 'section:Bidang Perindustrian=DINPERINNAKER' --successor DINDAGKOPUKM",
        ],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", UnitCode.init)
            let on = try invocation.dateOption("on") ?? invocation.today
            let successor = try invocation.option("successor", UnitCode.init)
            let routes = try invocation.values("successor-for").map { text in
                try invocation.parse(text) { (t: String) throws(DomainError) in try SuccessionRoute.parse(t) }
            }
            let store = try invocation.openStore(.existing)
            let (unit, moved) = try store.write {
                try $0.units.deactivate(code, on: on, successor: successor, routes: routes)
            }
            invocation.reportChange(
                format,
                json: RecordJSON.unit(unit, today: store.today).adding([
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
