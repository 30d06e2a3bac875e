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
                login: actor.name, role: .viewer, scope: nil, action: action.asked, allowedBy: action.allowedBy)
        }
        for reader in [acting, onBehalfOf].compactMap({ $0 }) {
            let inScope = try units.scope(of: reader, covers: action.unit)
            if !action.allows(reader.role, unitInScope: inScope) {
                return Refusal(
                    login: reader.login, role: reader.role, scope: reader.scopeUnit, action: action.asked,
                    allowedBy: action.allowedBy)
            }
        }
        return nil
    }

    /// The complaints as the official running kbk may read them: a confidential description out of
    /// their scope is withheld (`ReadAction.confidentialDescription`), in every read (`get`, `list`,
    /// `inbox`, `events`), for every front end. Writes use the whole rows.
    public var complaints: Complaints {
        Complaints(
            connection: connection,
            withholds: { complaint in
                complaint.isConfidential
                    && !(try self.mayRead(.confidentialDescription(ticket: complaint.ticket, unit: complaint.unitCode)))
            })
    }
}
