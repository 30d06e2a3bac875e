import KBKDomain
internal import SQLiteDB

/// What `skpd target set` changes: nil leaves a field as it is, `.some(nil)` clears it.
public struct TargetChanges: Sendable {
    public var settledBasisPoints: Int??
    public var onTimeBasisPoints: Int??
    public var ikmHundredths: Int??
    public var source: String??

    public init(
        settledBasisPoints: Int?? = nil, onTimeBasisPoints: Int?? = nil, ikmHundredths: Int?? = nil,
        source: String?? = nil
    ) {
        self.settledBasisPoints = settledBasisPoints
        self.onTimeBasisPoints = onTimeBasisPoints
        self.ikmHundredths = ikmHundredths
        self.source = source
    }

    public var isEmpty: Bool {
        settledBasisPoints == nil && onTimeBasisPoints == nil && ikmHundredths == nil && source == nil
    }
}

/// The units' yearly targets (table `unit_target`, migration 0034).
public struct Targets {
    let connection: Connection

    static let columns = """
        u.code, t.year, t.settled_bp, t.on_time_bp, t.ikm_hundredths, t.source
        FROM unit_target t JOIN skpd u ON u.id = t.skpd_id
        """

    static func decode(_ row: Row) throws -> UnitTarget {
        let r = DecodedRow(row, table: "unit_target")
        return UnitTarget(
            unitCode: try r.text(0, "skpd"), year: try r.int(1, "year"), settledBasisPoints: r.optionalInt(2),
            onTimeBasisPoints: r.optionalInt(3), ikmHundredths: r.optionalInt(4), source: r.optionalText(5))
    }

    /// Targets by year and unit; one year's, one unit's (and the units under it), or all.
    public func list(year: Int?, units: Set<String>?) throws -> [UnitTarget] {
        var sql = "SELECT \(Targets.columns) WHERE 1 = 1"
        var values: [SQLiteBindable] = []
        if let year {
            sql += " AND t.year = ?"
            values.append(year)
        }
        let all = try connection.prepare(sql + " ORDER BY t.year, u.code").query(values, Targets.decode)
        guard let units else { return all }
        return all.filter { units.contains($0.unitCode) }
    }

    /// Every unit's targets for `year`, by unit code.
    public func forYear(_ year: Int) throws -> [String: UnitTarget] {
        Dictionary(uniqueKeysWithValues: try list(year: year, units: nil).map { ($0.unitCode, $0) })
    }

    public func find(_ code: String, year: Int) throws -> UnitTarget? {
        try connection.one(
            "SELECT \(Targets.columns) WHERE u.code = ? AND t.year = ?", code, year, transform: Targets.decode)
    }

    /// "settled 90 %, on time 80 %, IKM 82.50 (Renstra 2021–2026, IKU 3)", for the audit trail.
    static func describe(_ target: UnitTarget) -> String {
        func share(_ bp: Int) -> String { percent(bp) + " %" }
        var parts: [String] = []
        if let bp = target.settledBasisPoints { parts.append("settled \(share(bp))") }
        if let bp = target.onTimeBasisPoints { parts.append("on time \(share(bp))") }
        if let ikm = target.ikmHundredths { parts.append("IKM \(ikm / 100).\(ikm % 100 < 10 ? "0" : "")\(ikm % 100)") }
        return parts.joined(separator: ", ") + (target.source.map { " (\($0))" } ?? "")
    }

    /// 9000 → "90", 8750 → "87.5", 8725 → "87.25".
    public static func percent(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100
        let fraction = basisPoints % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension Store {
    public var targets: Targets { Targets(connection: connection) }
}

extension Writing where Repository == Targets {
    /// Sets a unit's targets for a year: the fields given replace those stored, the others stay.
    public func set(_ code: UnitCode, year: Int, _ changes: TargetChanges) throws -> UnitTarget {
        let unit = try Units(connection: connection).get(code)
        try transaction.require(.setTargets)
        try transaction.requireScope(unit.code, "set the targets of \(unit.code)")
        guard UnitTarget.years.contains(year) else {
            throw DomainError.outOfRange(field: "--year", value: String(year), range: UnitTarget.years)
        }
        // A unit out of use for the whole year has nothing to be held to.
        if let ended = unit.deactivatedOn, ended <= CivilDate(year: year, month: 1, day: 1)! {
            throw DomainError.rule(.unitInactive(unit.code))
        }
        let old = try repository.find(unit.code, year: year)
        var new = old ?? UnitTarget(unitCode: unit.code, year: year)
        if let value = changes.settledBasisPoints { new.settledBasisPoints = value }
        if let value = changes.onTimeBasisPoints { new.onTimeBasisPoints = value }
        if let value = changes.ikmHundredths { new.ikmHundredths = value }
        if let value = changes.source { new.source = value }
        guard !new.isEmpty else {
            throw DomainError.invalid(field: "--settled, --on-time or --ikm", value: "", reason: .empty)
        }
        if new == old { return new }
        try connection.run(
            """
            INSERT INTO unit_target (skpd_id, year, settled_bp, on_time_bp, ikm_hundredths, source, set_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (skpd_id, year) DO UPDATE SET settled_bp = excluded.settled_bp,
                on_time_bp = excluded.on_time_bp, ikm_hundredths = excluded.ikm_hundredths,
                source = excluded.source, set_at = excluded.set_at
            """, unit.id, year, new.settledBasisPoints, new.onTimeBasisPoints, new.ikmHundredths, new.source,
            transaction.now.utcString)
        try transaction.audit(
            AuditRecord(
                old == nil ? .create : .update, .skpd, id: unit.code,
                "set the targets of \(unit.code) for \(year): \(Targets.describe(new))"
                    + (old.map { "; were \(Targets.describe($0))" } ?? "")))
        return new
    }

    /// Removes a unit's targets for a year.
    public func remove(_ code: UnitCode, year: Int) throws -> UnitTarget {
        let unit = try Units(connection: connection).get(code)
        try transaction.require(.setTargets)
        try transaction.requireScope(unit.code, "remove the targets of \(unit.code)")
        guard let old = try repository.find(unit.code, year: year) else {
            throw DomainError.notFound(kind: .target, key: "\(unit.code) \(year)")
        }
        try connection.run("DELETE FROM unit_target WHERE skpd_id = ? AND year = ?", unit.id, year)
        try transaction.audit(
            AuditRecord(
                .remove, .skpd, id: unit.code,
                "removed the targets of \(unit.code) for \(year): \(Targets.describe(old))"))
        return old
    }
}

extension Transaction {
    public var targets: Writing<Targets> { Writing(self, Targets(connection: connection)) }
}
