import KBKDomain
internal import SQLiteDB

/// What `official add` supplies.
public struct OfficialDraft: Sendable {
    public var login: Login
    public var nip: NIP
    public var name: String
    public var unitCode: UnitCode
    public var role: OfficialRole
    public var email: String?
    public var language: String?

    public init(login: Login, nip: NIP, name: String, unitCode: UnitCode, role: OfficialRole, email: String? = nil) {
        self.login = login
        self.nip = nip
        self.name = name
        self.unitCode = unitCode
        self.role = role
        self.email = email
    }
}

/// What `official edit` changes: nil leaves a field as it is; `.some(nil)` clears the e-mail.
public struct OfficialChanges: Sendable {
    public var nip: NIP?
    public var name: String?
    public var unitCode: UnitCode?
    public var role: OfficialRole?
    public var email: String??
    public var language: String??

    public init() {}
}

/// The officials who use kbk (table `official`).
public struct Officials {
    let connection: Connection

    /// The migration that made the table.
    static let version = 9

    /// The columns an official is read from, in the order of the SELECT list (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case id, login, nip, name, unitCode, role, email, createdAt, deactivatedAt, language

        static let alias: String? = "o"

        var joined: String? { self == .unitCode ? "u.code" : nil }
    }

    static let columns = "\(Column.list) FROM official o LEFT JOIN skpd u ON u.id = o.skpd_id"

    static func decode(_ row: Row) throws -> Official {
        let r = ColumnRow<Column>(row, table: "official")
        var official = Official(
            id: try r.int64(.id), login: try r.text(.login), nip: r.optionalText(.nip), name: try r.text(.name),
            unitCode: r.optionalText(.unitCode), role: try r.choice(.role, "a role"), email: r.optionalText(.email),
            createdAt: try r.instant(.createdAt), deactivatedAt: try r.optionalInstant(.deactivatedAt))
        official.language = r.optionalText(.language)
        return official
    }

    /// The active official with this login.
    public func find(_ login: Login) throws -> Official? {
        try connection.one(
            "SELECT \(Officials.columns) WHERE o.login = ? AND o.deactivated_at IS NULL", login.value,
            transform: Officials.decode)
    }

    public func get(_ login: Login) throws -> Official {
        guard let official = try find(login) else { throw DomainError.notFound(kind: .official, key: login.value) }
        return official
    }

    /// Officials by login; deactivated ones only when `includeInactive`.
    public func list(includeInactive: Bool, unit: UnitCode?, role: OfficialRole?) throws -> [Official] {
        var sql = "SELECT \(Officials.columns) WHERE 1 = 1"
        var values: [SQLiteBindable] = []
        if !includeInactive { sql += " AND o.deactivated_at IS NULL" }
        if let unit {
            _ = try Units(connection: connection).get(unit)
            sql += " AND u.code = ?"
            values.append(unit.value)
        }
        if let role {
            sql += " AND o.role = ?"
            values.append(role.rawValue)
        }
        return try connection.prepare(sql + " ORDER BY o.login, o.id").query(values, Officials.decode)
    }

    func activeAdminCount() throws -> Int {
        try connection.count("SELECT count(*) FROM official WHERE role = 'admin' AND deactivated_at IS NULL")
    }
}

extension Writing where Repository == Officials {
    public func add(_ draft: OfficialDraft) throws -> Official {
        try transaction.require(.manageOfficials)
        if try repository.find(draft.login) != nil {
            throw DomainError.duplicate(kind: .official, key: draft.login.value)
        }
        let unit = try Units(connection: connection).requireActive(draft.unitCode, today: transaction.today)
        try connection.run(
            """
            INSERT INTO official (login, nip, name, skpd_id, role, email, created_at, language)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, draft.login.value, draft.nip.digits, draft.name, unit.id, draft.role.rawValue, draft.email,
            transaction.now.utcString, draft.language)
        let official = try repository.get(draft.login)
        try transaction.audit(
            AuditRecord(
                .create, .official, id: official.login,
                "registered \(official.login) (\(official.name), NIP \(official.nip ?? "-")) as \(official.role.rawValue) of \(unit.code)"
            ))
        return official
    }

    public func edit(_ login: Login, _ changes: OfficialChanges) throws -> Official {
        try transaction.require(.manageOfficials)
        let old = try repository.get(login)
        var new = old
        var unitID: Int64?
        if let nip = changes.nip { new.nip = nip.digits }
        if let name = changes.name { new.name = name }
        if let code = changes.unitCode {
            let unit = try Units(connection: connection).requireActive(code, today: transaction.today)
            new.unitCode = unit.code
            unitID = unit.id
        }
        if let role = changes.role { new.role = role }
        if let email = changes.email { new.email = email }
        if let language = changes.language { new.language = language }
        guard new != old else { return old }
        if try old.role == .admin && new.role != .admin && repository.activeAdminCount() <= 1 {
            throw DomainError.rule(.lastAdmin(login: old.login))
        }
        try connection.run(
            """
            UPDATE official SET nip = ?, name = ?, skpd_id = coalesce(?, skpd_id), role = ?, email = ?, language = ?
            WHERE id = ?
            """, new.nip, new.name, unitID, new.role.rawValue, new.email, new.language, old.id)
        var parts: [String] = []
        func note(_ label: String, _ a: String?, _ b: String?) {
            if a != b { parts.append("\(label) \(a ?? "-") → \(b ?? "-")") }
        }
        note("NIP", old.nip, new.nip)
        note("name", old.name, new.name)
        note("unit", old.unitCode, new.unitCode)
        note("role", old.role.rawValue, new.role.rawValue)
        note("e-mail", old.email, new.email)
        note("language", old.language, new.language)
        try transaction.audit(
            AuditRecord(
                .update, .official, id: old.login, "edited official \(old.login): " + parts.joined(separator: "; ")))
        return new
    }

    public func deactivate(_ login: Login) throws -> Official {
        try transaction.require(.manageOfficials)
        var official = try repository.get(login)
        if try official.role == .admin && repository.activeAdminCount() <= 1 {
            throw DomainError.rule(.lastAdmin(login: official.login))
        }
        try connection.run(
            "UPDATE official SET deactivated_at = ? WHERE id = ?", transaction.now.utcString, official.id)
        official.deactivatedAt = transaction.now
        try transaction.audit(
            AuditRecord(.deactivate, .official, id: official.login, "deactivated official \(official.login)"))
        return official
    }
}

extension Store {
    public var officials: Officials { Officials(connection: connection) }
}

extension Transaction {
    public var officials: Writing<Officials> { Writing(self, Officials(connection: connection)) }
}

extension Officials {
    func count() throws -> Int { try connection.count("SELECT count(*) FROM official") }

    /// Registers `login` as the first admin of a database without officials (a new one, or one
    /// made before officials existed), in the caller's transaction; it has no NIP or unit yet.
    static func registerFirstAdmin(_ login: Login, in transaction: Transaction) throws -> Official {
        try transaction.connection.run(
            "INSERT INTO official (login, name, role, created_at) VALUES (?, ?, 'admin', ?)", login.value, login.value,
            transaction.now.utcString)
        try transaction.audit(
            AuditRecord(
                .create, .official, id: login.value,
                "registered \(login.value) as the first admin: the database had no officials"))
        return try Officials(connection: transaction.connection).get(login)
    }
}
