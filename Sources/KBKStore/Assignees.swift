import KBKDomain

/// Who may take a complaint: the one rule the assignment checks and the forms offer.
extension Complaints {
    /// Whether `official` may take the complaint: an officer or unit-admin whose scope holds its unit.
    static func mayTake(_ complaint: Complaint, _ official: Official, units: Units) throws -> Bool {
        try mayTake(unit: complaint.unitCode?.value, official, units: units)
    }

    /// Whether `official` may take a complaint `unit` holds.
    static func mayTake(unit: String?, _ official: Official, units: Units) throws -> Bool {
        guard official.role == .officer || official.role == .unitAdmin else { return false }
        return try units.scope(of: official, covers: unit)
    }

    /// The active officials who may take the complaint (what an assignment may choose), by name.
    public func assignees(of complaint: Complaint) throws -> [Official] {
        try assignees(unit: complaint.unitCode)
    }

    /// The active officials who may take the complaints `unit` holds, by name.
    public func assignees(unit: UnitCode?) throws -> [Official] {
        let units = Units(connection: connection)
        return try Officials(connection: connection).list(includeInactive: false, unit: nil, role: nil)
            .filter { try Complaints.mayTake(unit: unit?.value, $0, units: units) }
            .sorted { ($0.name, $0.login) < ($1.name, $1.login) }
    }
}
