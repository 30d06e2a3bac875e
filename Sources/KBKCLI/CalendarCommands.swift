import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk holiday …` and `kbk category …`: the working-day calendar and complaint deadlines.
enum CalendarCommands {
    static let holiday = CommandSpec(
        name: "holiday", abstract: Msg.holidayAbstract,
        examples: ["kbk holiday add 2026-12-25 'Hari Raya Natal'", "kbk holiday list --year 2026"],
        subcommands: [holidayAdd, holidayList, holidayCorrect, holidayRemove])

    static let holidayAdd = CommandSpec(
        name: "add", abstract: Msg.holidayAddAbstract,
        arguments: [
            ArgumentSpec(name: "date", help: Msg.argDate), ArgumentSpec(name: "name", help: Msg.argHolidayName),
        ],
        options: [
            .choice("kind", HolidayKind.self, help: Msg.optHolidayKind, defaultValue: .local),
            OptionSpec(name: "source", valueName: "decree", help: Msg.optHolidaySource),
        ],
        formats: [.table, .json],
        examples: [
            "kbk holiday add 2026-12-18 'Hari Jadi Kabupaten Purbalingga'",
            "kbk holiday add 2028-01-01 'Tahun Baru 2028 Masehi' --kind national --source 'SKB …/2027'",
        ],
        run: { invocation in
            let format = try invocation.format()
            let date = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "date")
            }
            let name = try invocation.parse(invocation.argument(1) ?? "") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "name")
            }
            let kind = try invocation.option("kind", HolidayKind.parse) ?? .local
            let source = try invocation.option("source") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "source")
            }
            let store = try invocation.openStore(.existing)
            let holiday = Holiday(date: date, name: name, kind: kind, source: source)
            let moved = try store.write { try $0.holidays.add(holiday) }
            if kind == .local, try !store.holidays.hasNationalDays(in: date.year) {
                invocation.warn(Msg.yearWithoutNationalDays(date.year))
            }
            invocation.reportChange(
                format, json: RecordJSON.holiday(holiday).adding([("complaints_moved", .int(moved))]),
                line: Msg.holidayAdded(date.description, moved))
        })

    static let holidayList = CommandSpec(
        name: "list", abstract: Msg.holidayListAbstract,
        options: [OptionSpec(name: "year", valueName: "year", help: Msg.optYear)],
        formats: [.table, .csv, .json], examples: ["kbk holiday list --year 2026"],
        run: { invocation in
            let format = try invocation.format()
            let year = try invocation.intOption("year", in: 1...9999)
            let store = try invocation.openStore(.existing)
            let holidays = try store.holidays.list(year: year)
            if format == .json {
                invocation.emit(.array(holidays.map(RecordJSON.holiday)))
                return
            }
            var table = Tabular(columns: [
                Column(key: "date", header: Msg.labelDate), Column(key: "name", header: Msg.labelName),
                Column(key: "kind", header: Msg.labelKind), Column(key: "source", header: Msg.labelSource),
            ])
            for holiday in holidays {
                table.rows.append([
                    .date(holiday.date), .text(holiday.name), .coded(holiday.kind),
                    holiday.source.map(Cell.text) ?? .null,
                ])
            }
            invocation.context.stdout.write(table.render(format, language: invocation.language))
            if let year, try !store.holidays.hasNationalDays(in: year) {
                invocation.warn(Msg.yearWithoutNationalDays(year))
            }
        })

    /// `--reason`: required to correct a day, and to remove one a decree set.
    static func holidayReason(_ invocation: Invocation) throws -> String? {
        try invocation.option("reason") { (t: String) throws(DomainError) in
            guard let text = try TextRules.optional(t, field: "reason") else {
                throw DomainError.invalid(field: "reason", value: t, reason: .empty)
            }
            return text
        }
    }

    static let holidayCorrect = CommandSpec(
        name: "correct", abstract: Msg.holidayCorrectAbstract, discussion: Msg.holidayCorrectDiscussion,
        arguments: [ArgumentSpec(name: "date", help: Msg.argDate)],
        options: [
            OptionSpec(name: "date", valueName: "date", help: Msg.optHolidayNewDate),
            OptionSpec(name: "name", valueName: "name", help: Msg.optHolidayNewName),
            OptionSpec(name: "reason", valueName: "text", help: Msg.optHolidayReason, isRequired: true),
        ],
        formats: [.table, .json],
        examples: [
            "kbk holiday correct 2027-05-20 --date 2027-05-21 --reason 'SKB perubahan: Waisak 21 Mei'"
        ],
        run: { invocation in
            let format = try invocation.format()
            let date = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "date")
            }
            let newDate = try invocation.option("date") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "--date")
            }
            let newName = try invocation.option("name") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "name")
            }
            guard newDate != nil || newName != nil else {
                throw invocation.usageError(Msg.holidayCorrectNeedsChange)
            }
            guard let reason = try holidayReason(invocation) else { throw invocation.missingOption("reason") }
            let store = try invocation.openStore(.existing)
            let (holiday, moved) = try store.write {
                try $0.holidays.correct(date, to: newDate, name: newName, reason: reason)
            }
            invocation.reportChange(
                format,
                json: RecordJSON.holiday(holiday).adding([
                    ("corrected_from", .string(date.description)), ("reason", .string(reason)),
                    ("complaints_moved", .int(moved)),
                ]),
                line: Msg.holidayCorrected(date.description, holiday.date.description, holiday.name, moved))
        })

    static let holidayRemove = CommandSpec(
        name: "remove", abstract: Msg.holidayRemoveAbstract, arguments: [ArgumentSpec(name: "date", help: Msg.argDate)],
        options: [OptionSpec(name: "reason", valueName: "text", help: Msg.optHolidayRemoveReason)],
        formats: [.table, .json],
        examples: [
            "kbk holiday remove 2026-12-18",
            "kbk holiday remove 2027-12-24 --reason 'Cuti bersama dibatalkan oleh SKB perubahan'",
        ],
        run: { invocation in
            let format = try invocation.format()
            let date = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "date")
            }
            let reason = try holidayReason(invocation)
            let store = try invocation.openStore(.existing)
            let moved = try store.write { try $0.holidays.remove(date, reason: reason) }
            invocation.reportChange(
                format, json: .object([("date", .string(date.description)), ("complaints_moved", .int(moved))]),
                line: Msg.holidayRemoved(date.description, moved))
        })

    static let sourceOption = OptionSpec(name: "source", valueName: "rule", help: Msg.optCategorySource)
    static let extensionOption = OptionSpec(name: "extension-days", valueName: "n", help: Msg.optExtensionDays)

    static let dayOptions = [
        OptionSpec(name: "verify-days", valueName: "n", help: Msg.optVerifyDays),
        OptionSpec(name: "respond-days", valueName: "n", help: Msg.optRespondDays),
        OptionSpec(name: "respond-hours", valueName: "n", help: Msg.optRespondHours),
    ]

    /// `--respond-days` or `--respond-hours`, not both.
    static func responseTarget(_ invocation: Invocation) throws -> Deadlines.ResponseTarget? {
        let days = try invocation.intOption("respond-days", in: Deadlines.dayRange)
        let hours = try invocation.intOption("respond-hours", in: Deadlines.hourRange)
        switch (days, hours) {
        case (.some, .some): throw invocation.usageError(Msg.conflictingOptions("--respond-days", "--respond-hours"))
        case (let days?, nil): return .workingDays(days)
        case (nil, let hours?): return .hours(hours)
        case (nil, nil): return nil
        }
    }

    static let category = CommandSpec(
        name: "category", abstract: Msg.categoryAbstract,
        examples: ["kbk category list", "kbk category add perizinan --name 'Perizinan' --settle-days 10"],
        subcommands: [categoryList, categoryAdd, categoryEdit])

    static let categoryList = CommandSpec(
        name: "list", abstract: Msg.categoryListAbstract, formats: [.table, .csv, .json],
        examples: ["kbk category list --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let store = try invocation.openStore(.existing)
            let categories = try store.categories.list()
            if format == .json {
                invocation.emit(.array(categories.map(RecordJSON.category)))
                return
            }
            // A person reads one response column ("24 jam" for an hour target); a file keeps both numbers.
            let merged = format == .table
            var table = Tabular(
                columns: [
                    Column(key: "code", header: Msg.labelCode), Column(key: "name", header: Msg.labelName),
                    Column(key: "verify_days", header: Msg.labelVerifyDays, alignRight: true),
                    Column(key: "respond_days", header: Msg.labelRespondDays, alignRight: true),
                    Column(key: "settle_days", header: Msg.labelSettleDays, alignRight: true),
                ] + (merged ? [] : [Column(key: "respond_hours", header: Msg.labelRespondHours, alignRight: true)])
                    + [
                        Column(key: "extension_days", header: Msg.labelExtensionDays, alignRight: true),
                        Column(key: "in_use", header: Msg.labelInUse),
                    ] + (merged ? [] : [Column(key: "replaced_by", header: Msg.labelReplacedBy)])
                    + [Column(key: "source", header: Msg.labelSource)])
            let language = invocation.language
            for category in categories {
                let deadlines = category.deadlines
                let hours = deadlines.respondHours
                var row: [Cell] = [
                    .text(category.code), .text(category.name), .int(deadlines.verifyDays),
                    merged && hours != nil
                        ? .text(Msg.hoursShort(hours ?? 0)(language)) : .int(deadlines.respondDays),
                    .int(deadlines.settleDays),
                ]
                if !merged { row.append(hours.map(Cell.int) ?? .null) }
                row.append(.int(category.extensionDays))
                if merged {
                    let inUse =
                        category.isInUse
                        ? Msg.categoryInUseShort
                        : category.replacedBy.map(Msg.replacedByShort) ?? Msg.categoryNotInUseShort
                    row.append(.text(inUse(language)))
                } else {
                    row.append(.int(category.isInUse ? 1 : 0))
                    row.append(category.replacedBy.map(Cell.text) ?? .null)
                }
                row.append(category.source.map(Cell.text) ?? .null)
                table.rows.append(row)
            }
            invocation.context.stdout.write(table.render(format, language: invocation.language))
        })

    static let categoryAdd = CommandSpec(
        name: "add", abstract: Msg.categoryAddAbstract,
        arguments: [ArgumentSpec(name: "code", help: Msg.argCategoryCode)],
        options: [OptionSpec(name: "name", valueName: "name", help: Msg.optCategoryName, isRequired: true)] + dayOptions
            + [
                OptionSpec(name: "settle-days", valueName: "n", help: Msg.optSettleDays, isRequired: true),
                extensionOption, sourceOption,
            ],
        formats: [.table, .json], examples: ["kbk category add perizinan --name 'Perizinan' --settle-days 10"],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", CategoryCode.parse)
            var category = Category(
                code: code, name: try invocation.required("name", ComplaintCommands.text("name")),
                deadlines: Deadlines(
                    verifyDays: try invocation.intOption("verify-days", in: Deadlines.dayRange) ?? 3,
                    settleDays: try invocation.required("settle-days") { (t: String) throws(DomainError) in
                        try EnteredValue.integer(t, field: "--settle-days", in: Deadlines.dayRange)
                    }),
                source: try invocation.option("source", ComplaintCommands.text("source")),
                extensionDays: try invocation.intOption("extension-days", in: Category.extensionDayRange)
                    ?? ComplaintAction.extensionRange.upperBound)
            if let respond = try responseTarget(invocation) { category.deadlines.setResponse(respond) }
            let store = try invocation.openStore(.existing)
            let added = try store.write { try $0.categories.add(category) }
            invocation.reportChange(format, json: RecordJSON.category(added), line: Msg.categoryAdded(added.code))
        })

    static let categoryEdit = CommandSpec(
        name: "edit", abstract: Msg.categoryEditAbstract,
        arguments: [ArgumentSpec(name: "code", help: Msg.argCategoryCode)],
        options: [OptionSpec(name: "name", valueName: "name", help: Msg.optCategoryName)] + dayOptions
            + [
                OptionSpec(name: "settle-days", valueName: "n", help: Msg.optSettleDays), extensionOption, sourceOption,
                OptionSpec(name: "in-use", valueName: nil, help: Msg.optInUse),
                OptionSpec(name: "retire", valueName: nil, help: Msg.optRetire),
                OptionSpec(name: "replaced-by", valueName: "code", help: Msg.optReplacedBy),
            ],
        formats: [.table, .json],
        examples: [
            "kbk category edit tidak-berkadar-pengawasan --respond-hours 24", "kbk category edit ringan --in-use",
            "kbk category edit perizinan --retire --replaced-by tidak-berkadar-pengawasan",
        ],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", CategoryCode.parse)
            let name = try invocation.option("name", ComplaintCommands.text("name"))
            let verify = try invocation.intOption("verify-days", in: Deadlines.dayRange)
            let respond = try responseTarget(invocation)
            let settle = try invocation.intOption("settle-days", in: Deadlines.dayRange)
            let source = try invocation.option("source", ComplaintCommands.text("source"))
            let extensionDays = try invocation.intOption("extension-days", in: Category.extensionDayRange)
            let replacedBy = try invocation.option("replaced-by", CategoryCode.parse)
            let (takeUp, retire) = (invocation.flag("in-use"), invocation.flag("retire"))
            if takeUp && retire { throw invocation.usageError(Msg.conflictingOptions("--in-use", "--retire")) }
            if replacedBy != nil && !retire {
                throw invocation.usageError(Msg.optionNeedsOption("--replaced-by", "--retire"))
            }
            let store = try invocation.openStore(.existing)
            let (category, moved) = try store.write {
                try $0.categories.edit(
                    code, name: name, source: source,
                    deadlines: { deadlines in
                        if let verify { deadlines.verifyDays = verify }
                        if let respond { deadlines.setResponse(respond) }
                        if let settle { deadlines.settleDays = settle }
                    },
                    class: { category in
                        if let extensionDays { category.extensionDays = extensionDays }
                        if takeUp { category.isInUse = true }
                        if retire {
                            category.isInUse = false
                            category.replacedBy = replacedBy
                        }
                    })
            }
            invocation.reportChange(
                format, json: RecordJSON.category(category).adding([("complaints_moved", .int(moved))]),
                line: Msg.categoryEdited(category.code, moved))
        })
}
