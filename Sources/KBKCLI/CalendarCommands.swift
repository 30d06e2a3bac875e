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
        options: .of(Holidays.kind, Holidays.source),
        formats: [.table, .json],
        examples: [
            "kbk holiday add 2026-12-18 'Hari Jadi Kabupaten Purbalingga'",
            "kbk holiday add 2028-01-01 'Tahun Baru 2028 Masehi' --kind national --source 'SKB …/2027'",
        ],
        run: { invocation in
            _ = try invocation.format()
            let date = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "date")
            }
            let name = try invocation.parse(invocation.argument(1) ?? "") { (t: String) throws(DomainError) in
                try TextRules.name(t, field: "name")
            }
            let kind = try invocation.required(Holidays.kind)
            let source = try invocation.value(Holidays.source)
            let store = try invocation.openStore(.existing)
            let holiday = Holiday(date: date, name: name, kind: kind, source: source)
            let moved = try store.write { try $0.holidays.add(holiday) }
            if kind == .local, try !store.holidays.hasNationalDays(in: date.year) {
                invocation.warn(Msg.yearWithoutNationalDays(date.year))
            }
            return .change(
                RecordJSON.holiday(holiday).adding([("complaints_moved", .int(moved))]),
                line: Msg.holidayAdded(date.description, moved))
        })

    static let holidayList = CommandSpec(
        name: "list", abstract: Msg.holidayListAbstract,
        options: .of(Holidays.year),
        formats: [.table, .csv, .json], examples: ["kbk holiday list --year 2026"],
        run: { invocation in
            let format = try invocation.format()
            let year = try invocation.value(Holidays.year)
            let store = try invocation.openStore(.existing)
            let holidays = try store.holidays.list(year: year)
            let records = { @Sendable () -> JSON in .array(holidays.map(RecordJSON.holiday)) }
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
            if let year, try !store.holidays.hasNationalDays(in: year) {
                invocation.warn(Msg.yearWithoutNationalDays(year))
            }
            return .records(records, shown: .rows(table))
        })

    /// The options of the holiday commands, each declared once.
    enum Holidays {
        /// Parsed by the kind's own codes (`HolidayKind.parse`), as the calendar importer reads them.
        static let kind = Option(
            spec: .choice("kind", HolidayKind.self, help: Msg.optHolidayKind, defaultValue: .local),
            defaultValue: .local, parse: { text, _ throws(DomainError) in try HolidayKind.parse(text) })
        static let source = Option.line("source", valueName: "decree", help: Msg.optHolidaySource)
        static let year = Option.integer("year", valueName: "year", help: Msg.optYear, in: CivilDate.years)
        /// A day as written (`YYYY-MM-DD`), as the day it corrects is.
        static let newDate = Option.parsed("date", valueName: "date", help: Msg.optHolidayNewDate) {
            (text: String) throws(DomainError) in try CivilDate.parseEntered(text, field: "--date")
        }
        static let newName = Option.line("name", valueName: "name", help: Msg.optHolidayNewName)
        /// Required to correct a day, and to remove one a decree set.
        static let correctionReason = Option.message("reason", help: Msg.optHolidayReason, long: false)
        static let removalReason = Option.message(
            "reason", help: Msg.optHolidayRemoveReason, isRequired: false, long: false)
    }

    static let holidayCorrect = CommandSpec(
        name: "correct", abstract: Msg.holidayCorrectAbstract, discussion: Msg.holidayCorrectDiscussion,
        arguments: [ArgumentSpec(name: "date", help: Msg.argDate)],
        options: .of(Holidays.newDate, Holidays.newName, Holidays.correctionReason),
        formats: [.table, .json],
        examples: [
            "kbk holiday correct 2027-05-20 --date 2027-05-21 --reason 'SKB perubahan: Waisak 21 Mei'"
        ],
        run: { invocation in
            _ = try invocation.format()
            let date = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "date")
            }
            let newDate = try invocation.value(Holidays.newDate)
            let newName = try invocation.value(Holidays.newName)
            guard newDate != nil || newName != nil else {
                throw invocation.usageError(Msg.holidayCorrectNeedsChange)
            }
            let reason = try invocation.required(Holidays.correctionReason)
            let store = try invocation.openStore(.existing)
            let (holiday, moved) = try store.write {
                try $0.holidays.correct(date, to: newDate, name: newName, reason: reason)
            }
            return .change(
                RecordJSON.holiday(holiday).adding([
                    ("corrected_from", .string(date.description)), ("reason", .string(reason)),
                    ("complaints_moved", .int(moved)),
                ]),
                line: Msg.holidayCorrected(date.description, holiday.date.description, holiday.name, moved))
        })

    static let holidayRemove = CommandSpec(
        name: "remove", abstract: Msg.holidayRemoveAbstract, arguments: [ArgumentSpec(name: "date", help: Msg.argDate)],
        options: .of(Holidays.removalReason),
        formats: [.table, .json],
        examples: [
            "kbk holiday remove 2026-12-18",
            "kbk holiday remove 2027-12-24 --reason 'Cuti bersama dibatalkan oleh SKB perubahan'",
        ],
        run: { invocation in
            _ = try invocation.format()
            let date = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try CivilDate.parseEntered(t, field: "date")
            }
            let reason = try invocation.value(Holidays.removalReason)
            let store = try invocation.openStore(.existing)
            let moved = try store.write { try $0.holidays.remove(date, reason: reason) }
            return .change(
                .object([("date", .string(date.description)), ("complaints_moved", .int(moved))]),
                line: Msg.holidayRemoved(date.description, moved))
        })

    /// What `category edit` changes: each option absent leaves its value as it is.
    enum Categories {
        static let name = Option.line("name", valueName: "name", help: Msg.optCategoryName)
        static let verifyDays = Option.integer("verify-days", help: Msg.optVerifyDays, in: Deadlines.dayRange)
        static let respondDays = Option.integer("respond-days", help: Msg.optRespondDays, in: Deadlines.dayRange)
        static let respondHours = Option.integer("respond-hours", help: Msg.optRespondHours, in: Deadlines.hourRange)
        static let settleDays = Option.integer("settle-days", help: Msg.optSettleDays, in: Deadlines.dayRange)
        static let extensionDays = Option.integer(
            "extension-days", help: Msg.optExtensionDays, in: Category.extensionDayRange)
        static let source = Option.line("source", valueName: "rule", help: Msg.optCategorySource)
        static let inUse = Flag("in-use", help: Msg.optInUse)
        static let retire = Flag("retire", help: Msg.optRetire)
        static let replacedBy = Option.parsed(
            "replaced-by", valueName: "code", help: Msg.optReplacedBy, CategoryCode.parse)
    }

    /// What `category add` needs: a name and the days to settle; the other days default to the domain's.
    enum NewCategory {
        static let name = Option.line("name", valueName: "name", help: Msg.optCategoryName, isRequired: true)
        static let verifyDays = Option.integer(
            "verify-days", help: Msg.optVerifyDays, in: Deadlines.dayRange, defaultValue: Deadlines.defaultVerifyDays)
        static let respondDays = Option.integer(
            "respond-days", help: Msg.optRespondDays, in: Deadlines.dayRange,
            defaultValue: Deadlines.defaultRespondDays)
        static let settleDays = Option.integer(
            "settle-days", help: Msg.optSettleDays, in: Deadlines.dayRange, isRequired: true)
        static let extensionDays = Option.integer(
            "extension-days", help: Msg.optExtensionDays, in: Category.extensionDayRange,
            defaultValue: ComplaintAction.extensionRange.upperBound)
    }

    /// `--respond-days` or `--respond-hours`, not both; nil when neither is given and days have no default.
    static func responseTarget(_ invocation: Invocation, days: Option<Int>) throws -> Deadlines.ResponseTarget? {
        let (dayCount, hourCount) = (try invocation.value(days), try invocation.value(Categories.respondHours))
        if invocation.isGiven(days) && hourCount != nil {
            throw invocation.usageError(Msg.conflictingOptions(days.dashed, Categories.respondHours.dashed))
        }
        if let hourCount { return .hours(hourCount) }
        return dayCount.map { .workingDays($0) }
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
            let records = { @Sendable () -> JSON in .array(categories.map(RecordJSON.category)) }
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
            return .records(records, shown: .rows(table))
        })

    static let categoryAdd = CommandSpec(
        name: "add", abstract: Msg.categoryAddAbstract,
        arguments: [ArgumentSpec(name: "code", help: Msg.argCategoryCode)],
        options: .of(
            NewCategory.name, NewCategory.verifyDays, NewCategory.respondDays, Categories.respondHours,
            NewCategory.settleDays, NewCategory.extensionDays, Categories.source),
        formats: [.table, .json], examples: ["kbk category add perizinan --name 'Perizinan' --settle-days 10"],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", CategoryCode.parse)
            var category = Category(
                code: code, name: try invocation.required(NewCategory.name),
                deadlines: Deadlines(
                    verifyDays: try invocation.required(NewCategory.verifyDays),
                    settleDays: try invocation.required(NewCategory.settleDays)),
                source: try invocation.value(Categories.source),
                extensionDays: try invocation.required(NewCategory.extensionDays))
            if let respond = try responseTarget(invocation, days: NewCategory.respondDays) {
                category.deadlines.setResponse(respond)
            }
            let store = try invocation.openStore(.existing)
            let added = try store.write { try $0.categories.add(category) }
            return .change(RecordJSON.category(added), line: Msg.categoryAdded(added.code))
        })

    static let categoryEdit = CommandSpec(
        name: "edit", abstract: Msg.categoryEditAbstract,
        arguments: [ArgumentSpec(name: "code", help: Msg.argCategoryCode)],
        options: .of(
            Categories.name, Categories.verifyDays, Categories.respondDays, Categories.respondHours,
            Categories.settleDays, Categories.extensionDays, Categories.source, Categories.inUse, Categories.retire,
            Categories.replacedBy),
        formats: [.table, .json],
        examples: [
            "kbk category edit tidak-berkadar-pengawasan --respond-hours 24", "kbk category edit ringan --in-use",
            "kbk category edit perizinan --retire --replaced-by tidak-berkadar-pengawasan",
        ],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", CategoryCode.parse)
            let name = try invocation.value(Categories.name)
            let verify = try invocation.value(Categories.verifyDays)
            let respond = try responseTarget(invocation, days: Categories.respondDays)
            let settle = try invocation.value(Categories.settleDays)
            let source = try invocation.value(Categories.source)
            let extensionDays = try invocation.value(Categories.extensionDays)
            let replacedBy = try invocation.value(Categories.replacedBy)
            let (takeUp, retire) = (invocation.isSet(Categories.inUse), invocation.isSet(Categories.retire))
            if takeUp && retire {
                throw invocation.usageError(Msg.conflictingOptions(Categories.inUse.dashed, Categories.retire.dashed))
            }
            if replacedBy != nil && !retire {
                throw invocation.usageError(
                    Msg.optionNeedsOption(Categories.replacedBy.dashed, Categories.retire.dashed))
            }
            let store = try invocation.openStore(.existing)
            var changes = CategoryChanges()
            (changes.name, changes.source, changes.verifyDays) = (name, source, verify)
            (changes.response, changes.settleDays, changes.extensionDays) = (respond, settle, extensionDays)
            changes.use = takeUp ? .takeUp : retire ? .retire(replacedBy: replacedBy) : nil
            let (category, moved) = try store.write { try $0.categories.edit(code, changes) }
            return .change(
                RecordJSON.category(category).adding([("complaints_moved", .int(moved))]),
                line: Msg.categoryEdited(category.code, moved))
        })
}
