import KBKDomain
internal import SQLiteDB

extension Store {
    /// Finds the acting official, registering the login as the first admin of a database without
    /// officials; checks that an official acted for is one the acting official may act for.
    func resolveOfficials(onBehalfOf other: String?, mayBecomeFirstAdmin: Bool) throws {
        guard let login = try? Login(actor.name) else { throw StoreError.notAnOfficial(login: actor.name, path: path) }
        if let found = try officials.find(login) {
            // Rights are read from rows that verify: the official's own and their unit's.
            try requireIntact(found)
            official = found
        } else {
            // Checked again inside the write: another process may register its login first.
            official = try write { transaction in
                if let found = try officials.find(login) { return found }
                guard mayBecomeFirstAdmin, try officials.count() == 0 else {
                    throw StoreError.notAnOfficial(login: login.value, path: path)
                }
                registeredFirstAdmin = true
                return try Officials.registerFirstAdmin(login, in: transaction)
            }
        }
        guard let other, other != login.value else { return }
        guard let otherLogin = try? Login(other), let target = try officials.find(otherLogin) else {
            throw DomainError.notFound(kind: .official, key: other)
        }
        try requireIntact(target)
        try checkMayActFor(target)
        onBehalfOf = target
    }

    /// An official's row and the rows of their unit and the units above it must verify against
    /// their seals before the rights they give are used.
    func requireIntact(_ official: Official) throws {
        guard rowWatch != nil else { return }
        try RowSeals.require(.official, key: String(official.id), connection)
        let units = try connection.query(
            """
            WITH RECURSIVE chain(id, parent_id) AS (
                SELECT s.id, s.parent_id FROM skpd s JOIN official o ON o.skpd_id = s.id WHERE o.id = ?
                UNION SELECT s.id, s.parent_id FROM skpd s JOIN chain c ON s.id = c.parent_id)
            SELECT id FROM chain
            """, official.id
        ) { try DecodedRow($0, table: "skpd").int64(0, "id") }
        for unit in units { try RowSeals.require(.skpd, key: String(unit), connection) }
    }

    /// Coordinators and admins may act for any official, unit-admins for those of their unit or a
    /// unit under it; nobody else for anyone but themselves.
    func checkMayActFor(_ target: Official) throws {
        let acting: Official = official
        guard target.login != acting.login else { return }
        let allowed =
            switch acting.role {
            case .admin, .coordinator: true
            case .unitAdmin: try units.scope(of: acting, covers: target.unitCode)
            case .officer, .viewer: false
            }
        guard allowed else {
            throw StoreError.notPermitted(
                Refusal(
                    login: acting.login, role: acting.role, scope: acting.scopeUnit,
                    action: "act on behalf of \(target.login) (\(target.unitCode ?? "no unit"))",
                    allowedBy: .actFor(unit: target.unitCode)))
        }
    }
}

extension GuardedAction {
    /// The one rule: the acting official's role must allow the action, else exit 77.
    func check(_ official: Official?) throws {
        guard let official, !allows(official.role) else { return }
        throw StoreError.notPermitted(
            Refusal(
                login: official.login, role: official.role, scope: official.scopeUnit, action: rawValue,
                allowedBy: .roles(allowedRoles)))
    }
}

extension Transaction {
    /// Checks a right inside a change, before anything is written. The act is the acted-for
    /// official's, so their role must allow it; the acting official was allowed to act for them
    /// when the store opened. Rights that are exercised only in person
    /// (`mayBeEnteredForAnother`) the acting official must hold as well.
    public func require(_ action: GuardedAction) throws {
        if isImporting { return }
        if let citizen {
            // A citizen's change may do what its act stands for, and nothing else.
            guard citizen.guardedActions.contains(action) else {
                throw StoreError.notAnOfficial(login: actor.name, path: connection.path)
            }
            return
        }
        checkedAction = action
        guard let onBehalfOf else { return try action.check(official) }
        try action.check(onBehalfOf)
        if !action.mayBeEnteredForAnother { try action.check(official) }
    }

    /// An officer acts only on the complaints disposed to them (`complaint assign`).
    public func requireAssignment(of complaint: Complaint, _ action: ComplaintAction.Kind) throws {
        guard !isImporting, let performer = performingOfficial, performer.role == .officer,
            complaint.assignedTo?.value != performer.login
        else { return }
        throw StoreError.notPermitted(
            Refusal(
                login: performer.login, role: performer.role, scope: performer.scopeUnit,
                action:
                    "\(action.rawValue) \(complaint.ticket) (assigned to \(complaint.assignedTo?.value ?? "no one"))",
                allowedBy: .assignee(login: performer.login, unit: complaint.unitCode?.value)))
    }

    /// Checks the right to import, then lets the rest of this transaction write what the rows hold.
    public func authoriseImport() throws {
        try require(.importData)
        isImporting = true
    }

    /// A unit-admin or officer acts only for their unit and the units under it; government-wide
    /// roles for every unit. `unit` nil: the record belongs to no unit yet (the government's desk).
    /// Both the acting official and the one acted for must have it in scope.
    public func requireScope(_ unit: String?, _ what: String) throws {
        if isImporting { return }
        // Who may is who holds the right this scope guards (the one last required here), in scope.
        let allowed = (checkedAction ?? .change).allowedRoles
        try Transaction.requireScope(unit, what, of: official, allowed: allowed, connection)
        if let onBehalfOf { try Transaction.requireScope(unit, what, of: onBehalfOf, allowed: allowed, connection) }
    }

    private static func requireScope(
        _ unit: String?, _ what: String, of official: Official?, allowed: [OfficialRole], _ connection: Connection
    ) throws {
        guard let official, try !Units(connection: connection).scope(of: official, covers: unit) else { return }
        throw StoreError.notPermitted(
            Refusal(
                login: official.login, role: official.role, scope: official.scopeUnit,
                action: "\(what) (\(unit ?? "no unit yet"))", allowedBy: .scoped(unit: unit, among: allowed)))
    }
}

extension Store {
    /// Checks a right before a read that would let data out (a personal-data export to standard
    /// output is printed before its audit entry is written).
    public func require(_ action: GuardedAction) throws { try action.check(official) }
}
