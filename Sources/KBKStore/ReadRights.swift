import KBKDomain

extension Store {
    /// Whether the official running kbk may read it, and the official acted for too
    /// (`--on-behalf-of`): `ReadAction.allows`, with the scope of `Units.scope(of:covers:)`. A public
    /// reader (the citizens' status page) is no official and may read none of it.
    public func mayRead(_ action: ReadAction) throws -> Bool {
        try refusal(action) == nil
    }

    /// `mayRead`, refusing (exit 77, one line naming login, role, scope, the read and who may).
    public func requireRead(_ action: ReadAction) throws {
        if let refusal = try refusal(action) { throw StoreError.notPermitted(refusal) }
    }

    private func refusal(_ action: ReadAction) throws -> Refusal? {
        guard !isPublicReader, let acting = official else {
            return Refusal(
                login: actor.name, role: .viewer, scope: nil, action: action.asked, allowedBy: Refusal.Allowance(action)
            )
        }
        return try Store.refusal(action, readers: [acting, onBehalfOf].compactMap { $0 }, units: units)
    }

    /// The one rule of `ReadAction.allows` for each reader (the acting official, and the one acted for).
    static func refusal(_ action: ReadAction, readers: [Official], units: Units) throws -> Refusal? {
        for reader in readers {
            var inScope = try units.scope(of: reader, covers: action.unit)
            // A whistle-blower is read within the inspectorate only: the reader's own unit too.
            if inScope && action.needsInspectorateReader { inScope = try units.isInspectorate(reader.unitCode) }
            if !action.allows(reader.role, unitInScope: inScope) {
                return Refusal(
                    login: reader.login, role: reader.role, scope: reader.scopeUnit, action: action.asked,
                    allowedBy: Refusal.Allowance(action))
            }
        }
        return nil
    }

    /// The complaints as the official running kbk may read them: a confidential description out of
    /// their scope is withheld (`ReadAction.confidentialDescription`), in every read (`get`, `list`,
    /// `inbox`, `events`), for every front end. Writes use the whole rows.
    ///
    /// The reporter of a whistle-blowing complaint is withheld likewise from everyone outside the
    /// inspectorate holding it (`ReadAction.whistleblowerIdentity`).
    public var complaints: Complaints {
        Complaints(
            connection: connection,
            withholds: { complaint in
                complaint.isConfidential
                    && !(try self.mayRead(
                        .confidentialDescription(
                            ticket: complaint.ticket.description, unit: complaint.unitCode?.value)))
            },
            withholdsIdentity: { complaint in
                try complaint.kind.isWhistleblowing && !self.mayRead(self.whistleblowerIdentity(of: complaint))
            })
    }

    /// The read of a whistle-blowing complaint's reporter, as its holding unit stands now.
    public func whistleblowerIdentity(of complaint: Complaint) throws -> ReadAction {
        .whistleblowerIdentity(
            ticket: complaint.ticket.description, unit: complaint.unitCode?.value,
            inspectorate: try units.isInspectorate(complaint.unitCode?.value))
    }
}

extension Transaction {
    /// Inside a change: the reader of a whistle-blower's identity must be allowed it
    /// (`ReadAction.whistleblowerIdentity`), in person: an identity is never read for another.
    func requireWhistleblowerRead(_ complaint: Complaint) throws {
        let units = Units(connection: connection)
        let action = ReadAction.whistleblowerIdentity(
            ticket: complaint.ticket.description, unit: complaint.unitCode?.value,
            inspectorate: try units.isInspectorate(complaint.unitCode?.value))
        guard let official else {
            throw StoreError.notPermitted(
                Refusal(
                    login: actor.name, role: .viewer, scope: nil, action: action.asked,
                    allowedBy: Refusal.Allowance(action)))
        }
        if let onBehalfOf {
            throw StoreError.notPermitted(
                Refusal(
                    login: official.login, role: official.role, scope: official.scopeUnit,
                    action: action.asked + " on behalf of \(onBehalfOf.login)",
                    allowedBy: .inPerson(Refusal.Allowance(action))))
        }
        if let refusal = try Store.refusal(action, readers: [official], units: units) {
            throw StoreError.notPermitted(refusal)
        }
    }
}

extension Refusal.Allowance {
    /// Who may read it (`ReadAction.allows`).
    init(_ action: ReadAction) {
        if case .whistleblowerIdentity(_, let unit, let inspectorate) = action {
            self = .inspectorate(unit: inspectorate ? unit : nil)
            return
        }
        self = .scoped(unit: action.unit, among: action.governmentWideRoles + action.scopedRoles)
    }
}
