import KBKDomain
internal import SQLiteDB

/// Public holidays and collective leave days (table `holiday`).
public struct Holidays {
    let connection: Connection

    /// Whether `date` is a holiday.
    public func contains(_ date: CivilDate) throws -> Bool {
        try connection.exists("SELECT 1 FROM holiday WHERE date = ?", date.stored)
    }

    /// The schema version that ships the national calendar (migration 0021).
    public static let nationalCalendarVersion = 21
    /// The migrations that add national days: applying one moves the due dates of open complaints
    /// onto the calendar it completes (0021: 2024–2026; 0030: 2027).
    public static let calendarVersions: Set<Int> = [nationalCalendarVersion, 30]

    public func list(year: Int?) throws -> [Holiday] {
        var sql = "SELECT \(Holidays.columns)"
        var values: [SQLiteBindable] = []
        if let year {
            sql += " WHERE date >= ? AND date < ?"
            values += ["\(year)-01-01", "\(year + 1)-01-01"]
        }
        return try connection.prepare(sql + " ORDER BY date").query(values, Holidays.decode)
    }

    /// The holiday recorded on `date`, if any.
    public func holiday(on date: CivilDate) throws -> Holiday? {
        try connection.prepare("SELECT \(Holidays.columns) WHERE date = ?").query(
            [date.stored], Holidays.decode
        )
        .first
    }

    /// The columns a holiday is read from, in the order of the SELECT list (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case date, name, kind, source

        static let alias: String? = nil
        var joined: String? { nil }
    }

    static let columns = "\(Column.list) FROM holiday"

    static func decode(_ row: Row) throws -> Holiday {
        let r = ColumnRow<Column>(row, table: "holiday")
        return Holiday(
            date: try r.date(.date), name: try r.text(.name),
            kind: try r.choice(.kind, "national, collective or local"), source: r.optionalText(.source))
    }

    /// Whether the year has any national holiday recorded: a year without them counts Lebaran as
    /// working days until the year's decree is entered.
    public func hasNationalDays(in year: Int) throws -> Bool {
        try connection.exists(
            "SELECT 1 FROM holiday WHERE kind != 'local' AND date >= ? AND date < ? LIMIT 1",
            "\(year)-01-01", "\(year + 1)-01-01")
    }

    /// The years in which a due date of an open complaint (`DueDates.years`) falls while no
    /// national holiday or collective leave is recorded for them: their deadlines count Lebaran as working days until
    /// the year's decree is entered. `check`, `inbox` and `escalate` warn about each.
    public func yearsWithoutNationalDaysAmongOpenDeadlines() throws -> [Int] {
        // One pass over the covering index of the open complaints (migration 0019), which holds the
        // three due dates; a few distinct year triples come back.
        let triples = try connection.query(
            """
            SELECT DISTINCT substr(c.verify_due, 1, 4), substr(c.respond_due, 1, 4), substr(c.settle_due, 1, 4)
            FROM complaint c INDEXED BY complaint_open WHERE \(Complaints.openCondition)
            """
        ) { row in [row.string(0), row.string(1), row.string(2)].compactMap { $0.flatMap { Int($0) } } }
        return try yearsWithoutNationalDays(among: Set(triples.joined()))
    }

    /// Those of `years` with no national holiday or collective leave recorded, in order.
    public func yearsWithoutNationalDays(among years: Set<Int>) throws -> [Int] {
        try years.sorted().filter { try !hasNationalDays(in: $0) }
    }

    /// The working-day calendar of the office (five days a week) with every recorded holiday.
    public func calendar() throws -> WorkingCalendar {
        WorkingCalendar(
            holidays: Set(
                try connection.query("SELECT date FROM holiday") {
                    try DecodedRow($0, table: "holiday").date(0, "date")
                }))
    }

    /// The calendar of every unit: the office's holidays on the unit's working week.
    public func unitCalendars() throws -> UnitCalendars {
        // Before migration 0023 every unit worked five days (0021 recomputes due dates on this).
        let hasWeeks = try connection.exists(
            "SELECT 1 FROM kbk_migrations WHERE version = ?", Units.workingWeekVersion)
        let weeks: [(String, WorkingWeek)] =
            hasWeeks
            ? try connection.query("SELECT code, working_week FROM skpd WHERE working_week != 5") { row in
                let r = DecodedRow(row, table: "skpd")
                return (
                    try r.text(0, "code"),
                    try r.numberedChoice(1, "working_week", "a working week of 5, 6 or 7 days") as WorkingWeek
                )
            } : []
        return UnitCalendars(office: try calendar(), weeks: Dictionary(uniqueKeysWithValues: weeks))
    }

}

/// The working calendar each unit's complaints count on: the office's five-day week unless the unit
/// keeps another (a complaint in no unit yet counts on the office's).
public struct UnitCalendars: Sendable {
    public let office: WorkingCalendar
    /// The units that do not work five days a week.
    let weeks: [String: WorkingWeek]
    private let calendars: [WorkingWeek: WorkingCalendar]

    init(office: WorkingCalendar, weeks: [String: WorkingWeek]) {
        self.office = office
        self.weeks = weeks
        // Only the weeks some unit keeps: each calendar hashes every holiday again.
        calendars = Dictionary(uniqueKeysWithValues: Set(weeks.values).map { ($0, office.on($0)) })
    }

    /// The working weeks some unit keeps besides the office's.
    public var weeksInUse: Set<WorkingWeek> { Set(weeks.values) }

    public func week(ofUnit code: String?) -> WorkingWeek {
        code.flatMap { weeks[$0] } ?? .fiveDays
    }

    public func calendar(forUnit code: String?) -> WorkingCalendar {
        calendars[week(ofUnit: code)] ?? office
    }

    /// The calendar a running deadline counts on: verification on the desk's, the rest on the unit's.
    public func calendar(forStage stage: DeadlineStage, unit code: String?) -> WorkingCalendar {
        stage == .verify ? office : calendar(forUnit: code)
    }
}

/// Complaint categories and their deadlines (table `complaint_category`).
public struct Categories {
    let connection: Connection

    /// The columns a category is read from, in the order of the SELECT list (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case code, name, verifyDays, respondDays, settleDays, respondHours, source, extensionDays, inUse, replacedBy

        static let alias: String? = nil
        var joined: String? { nil }
    }

    static let columns = Column.list

    static func decode(_ row: Row) throws -> Category {
        let r = ColumnRow<Column>(row, table: "complaint_category")
        return Category(
            code: try r.text(.code), name: try r.text(.name),
            deadlines: Deadlines(
                verifyDays: try r.int(.verifyDays), respondDays: try r.int(.respondDays),
                settleDays: try r.int(.settleDays), respondHours: r.optionalInt(.respondHours)),
            source: r.optionalText(.source), extensionDays: try r.int(.extensionDays), isInUse: try r.bool(.inUse),
            replacedBy: r.optionalText(.replacedBy))
    }

    public func list() throws -> [Category] {
        try connection.query(
            "SELECT \(Categories.columns) FROM complaint_category ORDER BY code",
            transform: Categories.decode)
    }

    /// Each category's deadlines, from the columns migration 0021 (which recomputes due dates) already had.
    func deadlinesByCode() throws -> [String: Deadlines] {
        Dictionary(
            uniqueKeysWithValues: try connection.query(
                "SELECT code, verify_days, respond_days, settle_days, respond_hours FROM complaint_category"
            ) { row in
                let r = DecodedRow(row, table: "complaint_category")
                return (
                    try r.text(0, "code"),
                    Deadlines(
                        verifyDays: try r.int(1, "verify_days"), respondDays: try r.int(2, "respond_days"),
                        settleDays: try r.int(3, "settle_days"), respondHours: r.optionalInt(4))
                )
            })
    }

    public func get(_ code: String) throws -> Category {
        guard
            let category = try connection.one(
                "SELECT \(Categories.columns) FROM complaint_category WHERE code = ?",
                code,
                transform: Categories.decode)
        else {
            throw DomainError.notFound(kind: .category, key: code)
        }
        return category
    }

    static func describe(_ deadlines: Deadlines) -> String {
        let respond = deadlines.respondHours.map { "respond \($0) hours, " } ?? "respond \(deadlines.respondDays), "
        return "verify \(deadlines.verifyDays), \(respond)settle \(deadlines.settleDays) working days"
    }

    /// The deadlines, the extension limit and whether the class is in use, for the audit trail.
    static func describe(_ category: Category) -> String {
        describe(category.deadlines) + ", extension up to \(category.extensionDays)"
            + (category.isInUse ? "" : ", out of use") + (category.replacedBy.map { " (replaced by \($0))" } ?? "")
    }

    /// A replacement must be another class, in use.
    static func checkReplacement(_ category: Category, _ connection: Connection) throws {
        guard let successor = category.replacedBy else { return }
        let replacement = try Categories(connection: connection).get(successor)
        guard replacement.code != category.code, replacement.isInUse else {
            throw DomainError.rule(
                .categoryNotInUse(category: replacement.code, replacedBy: replacement.replacedBy))
        }
    }
}

extension Store {
    public var holidays: Holidays { Holidays(connection: connection) }
    public var categories: Categories { Categories(connection: connection) }
}

extension Writing where Repository == Holidays {
    /// Adds a holiday and moves the due dates of open complaints that it falls within.
    public func add(_ holiday: Holiday) throws -> Int {
        try transaction.require(.manageRegistry)
        let date = holiday.date
        if try repository.contains(date) {
            throw DomainError.duplicate(kind: .holiday, key: date.description)
        }
        try connection.run(
            "INSERT INTO holiday (date, name, kind, source) VALUES (?, ?, ?, ?)", date.stored, holiday.name,
            holiday.kind.rawValue, holiday.source)
        let moved = try calendarChanged()
        try transaction.audit(
            AuditRecord(
                .create, .holiday, id: date.description, "added holiday \(date) \(holiday.name)\(Self.origin(holiday))")
        )
        return moved
    }

    /// Removes a holiday and moves the due dates of open complaints. A day a decree set (national or
    /// collective) goes only with the reason, kept in the audit entry.
    public func remove(_ date: CivilDate, reason: String? = nil) throws -> Int {
        try transaction.require(.manageRegistry)
        let holiday = try recorded(date)
        if holiday.kind != .local && reason == nil { throw DomainError.rule(.decreedDayNeedsReason(date)) }
        try connection.run("DELETE FROM holiday WHERE date = ?", date.stored)
        let moved = try calendarChanged()
        try transaction.audit(
            AuditRecord(
                .delete, .holiday, id: date.description,
                "removed holiday \(date) \(holiday.name)\(Self.origin(holiday))\(reason.map { ": \($0)" } ?? "")"))
        return moved
    }

    /// Corrects a recorded day: its date (a decree amended, Idulfitri moved by the isbat session),
    /// its name, or both, keeping its kind and source. The reason is required and kept in the audit
    /// entry; the due dates of open complaints move onto the corrected calendar.
    public func correct(_ date: CivilDate, to newDate: CivilDate?, name newName: String?, reason: String) throws
        -> (holiday: Holiday, moved: Int)
    {
        try transaction.require(.manageRegistry)
        let before = try recorded(date)
        var after = before
        after.date = newDate ?? date
        after.name = newName ?? before.name
        if after.date != date, try repository.contains(after.date) {
            throw DomainError.duplicate(kind: .holiday, key: after.date.description)
        }
        try connection.run(
            "UPDATE holiday SET date = ?, name = ? WHERE date = ?", after.date.stored, after.name, date.stored)
        let moved = try calendarChanged()
        var changes: [String] = []
        if after.date != date { changes.append("date \(date) → \(after.date)") }
        if after.name != before.name { changes.append("name '\(before.name)' → '\(after.name)'") }
        try transaction.audit(
            AuditRecord(
                .update, .holiday, id: after.date.description,
                "corrected holiday \(date) \(before.name)\(Self.origin(before)): "
                    + (changes.isEmpty ? "unchanged" : changes.joined(separator: ", ")) + "; reason: \(reason)"))
        return (after, moved)
    }

    /// After the calendar changed: the open complaints' due dates move onto it. Called before the
    /// change's audit entry, so that the entry seals the complaints it moved. Returns how many.
    private func calendarChanged() throws -> Int {
        transaction.calendarCache.invalidate()
        return try transaction.complaints.recomputeDueDates(category: nil)
    }

    private func recorded(_ date: CivilDate) throws -> Holiday {
        guard let holiday = try repository.holiday(on: date) else {
            throw DomainError.notFound(kind: .holiday, key: date.description)
        }
        return holiday
    }

    /// " (national, SKB …)" for a decreed day, nothing for a local one.
    static func origin(_ holiday: Holiday) -> String {
        holiday.kind == .local ? "" : " (\(holiday.kind.rawValue)\(holiday.source.map { ", \($0)" } ?? ""))"
    }
}

extension Writing where Repository == Categories {
    public func add(_ category: Category) throws -> Category {
        try transaction.require(.manageRegistry)
        if try connection.one(
            "SELECT 1 FROM complaint_category WHERE code = ?", category.code, transform: { _ in true }) != nil
        {
            throw DomainError.duplicate(kind: .category, key: category.code)
        }
        try category.deadlines.check(category: category.code)
        try Categories.checkReplacement(category, connection)
        try connection.run(
            "INSERT INTO complaint_category (\(Categories.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            category.code, category.name, category.deadlines.verifyDays, category.deadlines.respondDays,
            category.deadlines.settleDays, category.deadlines.respondHours, category.source, category.extensionDays,
            category.isInUse ? 1 : 0, category.replacedBy)
        try transaction.audit(
            AuditRecord(
                .create, .category, id: category.code,
                "added category \(category.code) (\(Categories.describe(category)))"
                    + (category.source.map { "; source \($0)" } ?? "")))
        return category
    }

    /// Changes a category as `changes` say (`category edit`, the web's form); see the other `edit`.
    public func edit(_ code: String, _ changes: CategoryChanges) throws -> (Category, Int) {
        try edit(
            code, name: changes.name, source: changes.source,
            deadlines: { deadlines in
                if let verify = changes.verifyDays { deadlines.verifyDays = verify }
                if let respond = changes.response { deadlines.setResponse(respond) }
                if let settle = changes.settleDays { deadlines.settleDays = settle }
            },
            class: { category in
                if let extensionDays = changes.extensionDays { category.extensionDays = extensionDays }
                switch changes.use {
                case .takeUp?: category.isInUse = true
                case .retire(let replacement)?:
                    category.isInUse = false
                    category.replacedBy = replacement
                case nil: break
                }
            })
    }

    /// Changes a category; open complaints in it get their due dates recomputed. Returns it and how many moved.
    /// `change` may also set its extension limit, whether it is in use and what replaced it.
    public func edit(
        _ code: String, name: String?, source: String? = nil, deadlines change: (inout Deadlines) -> Void = { _ in },
        class changeClass: (inout Category) -> Void = { _ in }
    ) throws -> (Category, Int) {
        try transaction.require(.manageRegistry)
        let old = try repository.get(code)
        var new = old
        if let name { new.name = name }
        if let source { new.source = source }
        change(&new.deadlines)
        changeClass(&new)
        if new.isInUse { new.replacedBy = nil }
        guard new != old else { return (old, 0) }
        try new.deadlines.check(category: code)
        try Categories.checkReplacement(new, connection)
        try connection.run(
            """
            UPDATE complaint_category
            SET name = ?, verify_days = ?, respond_days = ?, settle_days = ?, respond_hours = ?, source = ?,
                extension_days = ?, in_use = ?, replaced_by = ?
            WHERE code = ?
            """,
            new.name, new.deadlines.verifyDays, new.deadlines.respondDays, new.deadlines.settleDays,
            new.deadlines.respondHours, new.source, new.extensionDays, new.isInUse ? 1 : 0, new.replacedBy, code)
        // Classes it had replaced now name its own replacement (none: none), so a refusal never
        // points to a class out of use.
        var followed: [String] = []
        if !new.isInUse {
            followed = try connection.query(
                "UPDATE complaint_category SET replaced_by = ? WHERE replaced_by = ? RETURNING code",
                new.replacedBy, code
            ) { try DecodedRow($0, table: "complaint_category").text(0, "code") }.sorted()
        }
        try transaction.audit(
            AuditRecord(
                .update, .category, id: code,
                "edited category \(code): \(Categories.describe(old)) → \(Categories.describe(new))"
                    + (old.source == new.source ? "" : "; source \(old.source ?? "none") → \(new.source ?? "none")")
                    + (followed.isEmpty
                        ? "" : "; \(followed.joined(separator: ", ")) now replaced by \(new.replacedBy ?? "none")")
            ))
        let moved = old.deadlines == new.deadlines ? 0 : try transaction.complaints.recomputeDueDates(category: code)
        return (new, moved)
    }
}

extension Transaction {
    public var holidays: Writing<Holidays> { Writing(self, Holidays(connection: connection)) }
    public var categories: Writing<Categories> { Writing(self, Categories(connection: connection)) }
}

/// The units' working calendars of one store, kept between its transactions: a demo or a busy desk
/// acts thousands of times, and each action would read the holidays and hash them again. Another
/// process's commit changes SQLite's `data_version`; this store's own changes to holidays and units
/// call `invalidate` (a change rolled back afterwards only costs a reread).
final class CalendarCache {
    private var cached: (dataVersion: Int64, generation: Int, calendars: UnitCalendars)?
    private var generation = 0

    func calendars(_ connection: Connection) throws -> UnitCalendars {
        // SQLite always answers; without an answer nothing would be kept.
        let version = try connection.nullable("PRAGMA data_version") { $0.int64(0) }
        if let cached, cached.dataVersion == version, cached.generation == generation { return cached.calendars }
        let calendars = try Holidays(connection: connection).unitCalendars()
        cached = version.map { ($0, generation, calendars) }
        return calendars
    }

    func invalidate() { generation += 1 }
}

/// What `category edit` changes: nil leaves a field as it is.
public struct CategoryChanges: Sendable {
    public enum Use: Sendable, Equatable {
        /// Offered again for new complaints.
        case takeUp
        /// Out of use for new complaints, with the class that replaces it when one does.
        case retire(replacedBy: String?)
    }

    public var name: String?
    public var source: String?
    public var verifyDays: Int?
    public var response: Deadlines.ResponseTarget?
    public var settleDays: Int?
    public var extensionDays: Int?
    public var use: Use?

    public init() {}
}
