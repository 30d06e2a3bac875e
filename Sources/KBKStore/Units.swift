import KBKDomain
internal import SQLiteDB

/// What `skpd add` supplies. Optional fields left nil stay empty.
public struct UnitDraft: Sendable {
    public var code: UnitCode
    public var name: String
    public var kind: UnitKind
    public var officialCode: String?
    public var parentCode: UnitCode?
    public var staffCount: Int?
    public var headName: String?
    public var headNIP: NIP?
    public var workingWeek: WorkingWeek = .fiveDays
    /// The day it began, for a unit formed now or later (a reorganisation's); nil: there before.
    public var formedOn: CivilDate?

    public init(code: UnitCode, name: String, kind: UnitKind) {
        self.code = code
        self.name = name
        self.kind = kind
    }
}

/// What `skpd edit` changes: nil leaves a field as it is; `.some(nil)` clears an optional field.
public struct UnitChanges: Sendable {
    public var name: String?
    public var kind: UnitKind?
    public var officialCode: String??
    public var parentCode: UnitCode??
    public var staffCount: Int??
    public var headName: String??
    public var headNIP: NIP??
    public var workingWeek: WorkingWeek?
    public var formedOn: CivilDate??

    public init() {}
}

/// A complaint an ending unit passed on, and the unit that took it.
public struct MovedComplaint: Hashable, Sendable {
    public let ticket: String
    public let successor: String
}

/// A unit with what hangs from it, for `skpd show`.
public struct UnitOverview: Sendable {
    public let unit: Unit
    public let activeGroups: Int
    public let allGroups: Int
    public let activeSOPs: Int
    public let allSOPs: Int
    public let children: [String]
}

/// Work units (table `skpd`).
public struct Units {
    let connection: Connection

    /// The schema version that gives units their working week (migration 0023).
    static let workingWeekVersion = 23

    /// The columns a unit is read from, in the order of the SELECT list (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case id, code, name, kind, officialCode, parentCode, staffCount, headName, headNip, deactivatedOn
        case successorCode, workingWeek, successorRoutes, formedOn

        static let alias: String? = "u"

        var joined: String? {
            switch self {
            case .parentCode: "p.code"
            case .successorCode: "s.code"
            default: nil
            }
        }
    }

    static let columns = """
        \(Column.list)
        FROM skpd u LEFT JOIN skpd p ON p.id = u.parent_id LEFT JOIN skpd s ON s.id = u.successor_id
        """

    static func decode(_ row: Row) throws -> Unit {
        let r = ColumnRow<Column>(row, table: "skpd")
        var unit = Unit(
            id: try r.int64(.id), code: try r.text(.code), name: try r.text(.name),
            kind: try r.choice(.kind, "a kind of unit"), officialCode: r.optionalText(.officialCode),
            parentCode: r.optionalText(.parentCode), staffCount: r.optionalInt(.staffCount),
            headName: r.optionalText(.headName), headNIP: r.optionalText(.headNip),
            deactivatedOn: try r.optionalDate(.deactivatedOn), successorCode: r.optionalText(.successorCode),
            workingWeek: try r.numberedChoice(.workingWeek, "a working week of 5, 6 or 7 days"))
        do {
            unit.successorRoutes = try Succession.routes(stored: r.optionalText(.successorRoutes))
        } catch {
            throw r.damaged(.successorRoutes, "lines like category:CODE=UNIT or section:NAME=UNIT")
        }
        unit.formedOn = try r.optionalDate(.formedOn)
        return unit
    }

    public func find(_ code: UnitCode) throws -> Unit? {
        try connection.one("SELECT \(Units.columns) WHERE u.code = ?", code.value, transform: Units.decode)
    }

    /// The unit, or `notFound`.
    public func get(_ code: UnitCode) throws -> Unit {
        guard let unit = try find(code) else { throw DomainError.notFound(kind: .skpd, key: code.value) }
        return unit
    }

    /// Units by code; inactive ones (deactivated on or before `today`) only when `includeInactive`.
    public func list(includeInactive: Bool, kind: UnitKind?, today: CivilDate) throws -> [Unit] {
        var sql = "SELECT \(Units.columns) WHERE 1 = 1"
        var values: [SQLiteBindable] = []
        if !includeInactive {
            sql += " AND (u.deactivated_on IS NULL OR u.deactivated_on > ?)"
            values.append(today.stored)
        }
        if let kind {
            sql += " AND u.kind = ?"
            values.append(kind.rawValue)
        }
        return try connection.prepare(sql + " ORDER BY u.code").query(values, Units.decode)
    }

    public func overview(_ code: UnitCode, today: CivilDate) throws -> UnitOverview {
        let unit = try get(code)
        let activeGroups = try connection.count(
            "SELECT count(*) FROM kbk_group WHERE skpd_id = ? AND formed_on <= ? AND (dissolved_on IS NULL OR dissolved_on > ?)",
            unit.id, today.stored, today.stored)
        let allGroups = try connection.count("SELECT count(*) FROM kbk_group WHERE skpd_id = ?", unit.id)
        let activeSOPs = try connection.count(
            "SELECT count(*) FROM sop WHERE skpd_id = ? AND (revoked_on IS NULL OR revoked_on > ?)", unit.id,
            today.stored)
        let allSOPs = try connection.count("SELECT count(*) FROM sop WHERE skpd_id = ?", unit.id)
        let children = try connection.query("SELECT code FROM skpd WHERE parent_id = ? ORDER BY code", unit.id) {
            try DecodedRow($0, table: "skpd").text(0, "code")
        }
        return UnitOverview(
            unit: unit, activeGroups: activeGroups, allGroups: allGroups, activeSOPs: activeSOPs,
            allSOPs: allSOPs, children: children)
    }

    /// Every unit's row id by its code: what a complaint's `skpd_id` names, so that a read by units
    /// goes through the complaint table's unit index with no join.
    func idsByCode() throws -> [String: Int64] {
        Dictionary(
            uniqueKeysWithValues: try connection.query("SELECT code, id FROM skpd") { row in
                let r = DecodedRow(row, table: "skpd", idColumn: 1)
                return (try r.text(0, "code"), try r.int64(1, "id"))
            })
    }

    /// The codes of `code` and every unit under it, by the current parent links.
    public func codesUnder(_ code: String) throws -> Set<String> {
        let links = try connection.query("SELECT u.code, p.code FROM skpd u LEFT JOIN skpd p ON p.id = u.parent_id") {
            row in
            let r = DecodedRow(row, table: "skpd")
            return (try r.text(0, "code"), r.optionalText(1))
        }
        var result: Set<String> = [code]
        var grew = true
        while grew {
            grew = false
            for (child, parent) in links where !result.contains(child) {
                if let parent, result.contains(parent) {
                    result.insert(child)
                    grew = true
                }
            }
        }
        return result
    }

    /// Whether `unit` lies in the official's scope: their unit or one under it, any unit for a
    /// government-wide role; a record of no unit only for a government-wide role.
    func scope(of official: Official, covers unit: String?) throws -> Bool {
        guard let home = official.scopeUnit else { return true }
        guard let unit else { return false }
        return try unit == home || isUnder(unit, home)
    }

    /// Whether the unit with this code is an inspectorate (kind `inspectorate`); false for nil or
    /// an unknown code.
    func isInspectorate(_ code: String?) throws -> Bool {
        guard let code else { return false }
        return try connection.exists("SELECT 1 FROM skpd WHERE code = ? AND kind = 'inspectorate'", code)
    }

    /// Whether `home` is among the parents of `unit`, up its chain (one query, not every unit's
    /// descendants: it runs for every change a unit's official makes).
    func isUnder(_ unit: String, _ home: String) throws -> Bool {
        try connection.exists(
            """
            WITH RECURSIVE up(parent_id, depth) AS (
                SELECT parent_id, 0 FROM skpd WHERE code = ?
                UNION ALL
                SELECT s.parent_id, up.depth + 1 FROM skpd s JOIN up ON s.id = up.parent_id WHERE up.depth < 64
            )
            SELECT 1 FROM up JOIN skpd p ON p.id = up.parent_id WHERE p.code = ? LIMIT 1
            """, unit, home)
    }

    /// The unit if it can take new groups, SOPs or complaints today.
    func requireActive(_ code: UnitCode, today: CivilDate) throws -> Unit {
        let unit = try get(code)
        guard unit.isActive(on: today) else { throw DomainError.rule(.unitInactive(unit.code)) }
        return unit
    }

    // MARK: Changes

    // MARK: Rules

    func checkOfficialCodeIsFree(_ officialCode: String?, except id: Int64?) throws {
        guard let officialCode else { return }
        if let holder = try connection.one(
            "SELECT id, code FROM skpd WHERE official_code = ?", officialCode,
            transform: { row in
                let r = DecodedRow(row, table: "skpd")
                return (id: try r.int64(0, "id"), code: try r.text(1, "code"))
            }),
            holder.id != id
        {
            throw DomainError.duplicate(kind: .skpd, key: "official code \(officialCode) (\(holder.code))")
        }
    }

    func checkParent(_ parent: Unit?, forKind kind: UnitKind, child: String) throws {
        if kind == .subdistrict && parent?.kind != .district {
            throw DomainError.rule(.parentMustBeDistrict(child: child, parent: parent?.code ?? "-"))
        }
    }

    func checkNoCycle(unit: Unit, newParent: Unit) throws {
        var cursor: Unit? = newParent
        var seen = 0
        while let current = cursor, seen < 1_000 {
            if current.id == unit.id { throw DomainError.rule(.parentIsItself(unit.code)) }
            cursor = try current.parentCode.map { try get(UnitCode($0)) }
            seen += 1
        }
    }

    static func describeChanges(_ old: Unit, _ new: Unit) -> String {
        var parts: [String] = []
        func note<T: Equatable>(_ label: String, _ a: T?, _ b: T?) {
            if a != b { parts.append("\(label) \(a.map { "\($0)" } ?? "-") → \(b.map { "\($0)" } ?? "-")") }
        }
        note("name", old.name, new.name)
        note("kind", old.kind.rawValue, new.kind.rawValue)
        note("official code", old.officialCode, new.officialCode)
        note("parent", old.parentCode, new.parentCode)
        note("staff", old.staffCount, new.staffCount)
        note("head", old.headName, new.headName)
        note("head NIP", old.headNIP, new.headNIP)
        note("working week", old.workingWeek.rawValue, new.workingWeek.rawValue)
        note("formed on", old.formedOn, new.formedOn)
        return parts.joined(separator: "; ")
    }
}

extension Store {
    public var units: Units { Units(connection: connection) }
}

extension Writing where Repository == Units {
    public func add(_ draft: UnitDraft) throws -> Unit {
        try transaction.require(.manageRegistry)
        if try repository.find(draft.code) != nil { throw DomainError.duplicate(kind: .skpd, key: draft.code.value) }
        try repository.checkOfficialCodeIsFree(draft.officialCode, except: nil)
        let parent = try draft.parentCode.map { try repository.requireActive($0, today: transaction.today) }
        try repository.checkParent(parent, forKind: draft.kind, child: draft.code.value)
        try connection.run(
            """
            INSERT INTO skpd (code, name, kind, official_code, parent_id, staff_count, head_name, head_nip, created_at,
                working_week, formed_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, draft.code.value, draft.name, draft.kind.rawValue, draft.officialCode, parent?.id, draft.staffCount,
            draft.headName, draft.headNIP?.digits, transaction.now.utcString, draft.workingWeek.rawValue,
            draft.formedOn?.stored)
        let unit = try repository.get(draft.code)
        transaction.calendarCache.invalidate()
        let week = unit.workingWeek == .fiveDays ? "" : ", working week \(unit.workingWeek.rawValue) days"
        let formed = unit.formedOn.map { ", formed on \($0)" } ?? ""
        try transaction.audit(
            AuditRecord(
                .create, .skpd, id: unit.code,
                "added unit \(unit.code) (\(unit.name)), kind \(unit.kind.rawValue)\(week)\(formed)"))
        return unit
    }

    public func edit(_ code: UnitCode, _ changes: UnitChanges) throws -> Unit {
        try transaction.require(.manageRegistry)
        let old = try repository.get(code)
        var new = old
        if let name = changes.name { new.name = name }
        if let kind = changes.kind { new.kind = kind }
        if let officialCode = changes.officialCode {
            try repository.checkOfficialCodeIsFree(officialCode, except: old.id)
            new.officialCode = officialCode
        }
        if let staff = changes.staffCount { new.staffCount = staff }
        if let headName = changes.headName { new.headName = headName }
        if let headNIP = changes.headNIP { new.headNIP = headNIP?.digits }
        if let week = changes.workingWeek { new.workingWeek = week }
        if let formedOn = changes.formedOn { new.formedOn = formedOn }
        var parentID = try old.parentCode.map { try repository.get(UnitCode($0)).id }
        if let parentCode = changes.parentCode {
            let parent = try parentCode.map { try repository.requireActive($0, today: transaction.today) }
            if let parent { try repository.checkNoCycle(unit: old, newParent: parent) }
            parentID = parent?.id
            new.parentCode = parent?.code
        }
        let parent = try new.parentCode.map { try repository.get(UnitCode($0)) }
        try repository.checkParent(parent, forKind: new.kind, child: new.code)
        if new.kind != .district {
            let subdistrict = try connection.one(
                "SELECT code FROM skpd WHERE parent_id = ? AND kind = 'subdistrict' LIMIT 1", old.id
            ) { try DecodedRow($0, table: "skpd").text(0, "code") }
            if let child = subdistrict {
                throw DomainError.rule(.parentMustBeDistrict(child: child, parent: old.code))
            }
        }
        guard new != old else { return old }
        try connection.run(
            """
            UPDATE skpd SET name = ?, kind = ?, official_code = ?, parent_id = ?, staff_count = ?, head_name = ?,
                head_nip = ?, working_week = ?, formed_on = ?
            WHERE id = ?
            """, new.name, new.kind.rawValue, new.officialCode, parentID, new.staffCount, new.headName, new.headNIP,
            new.workingWeek.rawValue, new.formedOn?.stored, old.id)
        try transaction.audit(
            AuditRecord(.update, .skpd, id: old.code, "edited unit \(old.code): " + Units.describeChanges(old, new)))
        // Its open complaints' deadlines now count on its new week.
        if new.workingWeek != old.workingWeek {
            transaction.calendarCache.invalidate()
            _ = try transaction.complaints.recomputeDueDates(category: nil)
        }
        return new
    }

    /// Ends a unit. The complaints it still holds open (verified, in progress, on hold) pass to
    /// their successors, each as a recorded reassignment by `system`, their assignments cleared so
    /// that the successor's admins dispose them again: a complaint goes to the successor its
    /// category's route names, else to the default `successor` (`Succession`, the one rule). A
    /// complaint that neither takes stops the deactivation (nothing is written), as does a route
    /// naming an unknown category or unit, an ended unit, the unit itself, or a function twice.
    /// Sections' routes are recorded for the groups, officials and SOPs of those sections, which
    /// stay with the ended unit as its history. Returns the unit and the complaints moved.
    @discardableResult
    public func deactivate(
        _ code: UnitCode, on date: CivilDate, successor: UnitCode?, routes: [SuccessionRoute] = []
    ) throws -> (unit: Unit, moved: [MovedComplaint]) {
        try transaction.require(.manageRegistry)
        var unit = try repository.get(code)
        if let ended = unit.deactivatedOn {
            throw DomainError.rule(.alreadyEnded(kind: .skpd, key: "\(unit.code) (\(ended))"))
        }
        let successorUnit = try successor.map { try repository.requireActive($0, today: transaction.today) }
        if let successorUnit, successorUnit.id == unit.id { throw DomainError.rule(.parentIsItself(unit.code)) }
        let succession = try Succession(
            default: successorUnit?.code, routes: try routes.map { try checked($0, ending: unit) })
        let complaints = Complaints(connection: connection)
        let held = try complaints.ticketsHeld(by: unit.code, statuses: ComplaintStatus.heldByUnit)
        var destinations: [(Ticket, Complaint, String)] = []
        var untaken: [String: Int] = [:]
        for ticket in held {
            let complaint = try complaints.get(ticket)
            if let taker = succession.successor(forCategory: complaint.category.value) {
                destinations.append((ticket, complaint, taker))
            } else {
                untaken[complaint.category.value, default: 0] += 1
            }
        }
        if let category = untaken.keys.min() {
            guard !succession.isEmpty else {
                throw DomainError.rule(.unitHoldsOpenComplaints(unit: unit.code, count: held.count))
            }
            throw DomainError.rule(
                .noSuccessorFor(
                    unit: unit.code, function: UnitFunction.category(category).description,
                    count: untaken[category] ?? 0))
        }
        var moved: [MovedComplaint] = []
        let system = try Actor("system")
        for (ticket, complaint, taker) in destinations {
            let routed = succession.routes.contains { $0.function == .category(complaint.category.value) }
            let reason =
                routed
                ? "unit \(unit.code) ended \(date); its successor for category:\(complaint.category) is \(taker)"
                : "unit \(unit.code) ended \(date); its successor is \(taker)"
            _ = try transaction.complaints.act(
                ticket, .reassign(to: try UnitCode(taker), reason: reason),
                at: max(transaction.now, complaint.lastEventAt), performedBy: system)
            moved.append(MovedComplaint(ticket: ticket.description, successor: taker))
        }
        try connection.run(
            "UPDATE skpd SET deactivated_on = ?, successor_id = ?, successor_routes = ? WHERE id = ?", date.stored,
            successorUnit?.id, succession.storedRoutes, unit.id)
        unit.deactivatedOn = date
        unit.successorCode = successorUnit?.code
        unit.successorRoutes = succession.routes
        let successorText = successorUnit.map { ", succeeded by \($0.code)" } ?? ""
        let routesText =
            succession.routes.isEmpty
            ? ""
            : "; " + succession.routes.map { "\($0.function.description) → \($0.successor)" }.joined(separator: ", ")
        try transaction.audit(
            AuditRecord(
                .deactivate, .skpd, id: unit.code,
                "deactivated unit \(unit.code) as of \(date)\(successorText)\(routesText)\(Units.describe(moved))"))
        return (unit, moved)
    }

    /// A route whose successor is an active unit other than the one ending, and whose category exists.
    private func checked(_ route: SuccessionRoute, ending unit: Unit) throws -> SuccessionRoute {
        let successor = try repository.requireActive(UnitCode(route.successor), today: transaction.today)
        if successor.id == unit.id { throw DomainError.rule(.parentIsItself(unit.code)) }
        if case .category(let code) = route.function { _ = try Categories(connection: connection).get(code) }
        return SuccessionRoute(route.function, to: successor.code)
    }
}

extension Units {
    /// "; moved 3 open complaint(s) to DPUPR", or to several: "; moved 5 open complaint(s): 3 to A, 2 to B".
    static func describe(_ moved: [MovedComplaint]) -> String {
        let counts = Dictionary(grouping: moved, by: \.successor).mapValues(\.count).sorted { $0.key < $1.key }
        guard let first = counts.first else { return "" }
        guard counts.count > 1 else { return "; moved \(first.value) open complaint(s) to \(first.key)" }
        return "; moved \(moved.count) open complaint(s): "
            + counts.map { "\($0.value) to \($0.key)" }.joined(separator: ", ")
    }
}

extension Transaction {
    public var units: Writing<Units> { Writing(self, Units(connection: connection)) }
}
