import KBKDomain
internal import SQLiteDB

/// The government's list of places (table `place`, migration 0043): its kecamatan and the desa
/// and kelurahan under them, by their BPS codes.
public struct Places {
    let connection: Connection

    static let columns = "code, kind, name, kecamatan, kemendagri_code"
    static let qualifiedColumns = "v.code, v.kind, v.name, v.kecamatan, v.kemendagri_code"

    static func decode(_ row: Row) throws -> Place {
        let r = DecodedRow(row, table: "place")
        return Place(
            code: try r.text(0, "code"), kind: try r.choice(1, "kind", "a kind of place"), name: try r.text(2, "name"),
            kecamatan: r.optionalText(3), kemendagriCode: r.optionalText(4))
    }

    /// Every place, each kecamatan followed by its desa and kelurahan by name; or one kecamatan's.
    public func list(kecamatan: String? = nil) throws -> [Place] {
        if let kecamatan {
            return try connection.query(
                "SELECT \(Places.columns) FROM place WHERE kecamatan = ? ORDER BY name", kecamatan,
                transform: Places.decode)
        }
        return try connection.query(
            "SELECT \(Places.columns) FROM place ORDER BY coalesce(kecamatan, code), kecamatan IS NOT NULL, name",
            transform: Places.decode)
    }

    public func find(_ code: String) throws -> Place? {
        try connection.one("SELECT \(Places.columns) FROM place WHERE code = ?", code, transform: Places.decode)
    }

    public func get(_ code: String) throws -> Place {
        guard let place = try find(code) else { throw DomainError.notFound(kind: .place, key: code) }
        return place
    }

    /// A desa or kelurahan as typed: its BPS code, or its name ("Karangreja"), with its kecamatan
    /// after a comma when two share the name ("Karangreja, Karangreja").
    public func village(_ typed: String) throws -> Place {
        let text = typed.trimmingWhitespace()
        if let code = try? Place.parseCode(text, field: "desa"), let place = try find(code) {
            guard place.kind != .kecamatan else {
                throw DomainError.invalid(field: "desa", value: typed, reason: .notAVillage)
            }
            return place
        }
        let parts = text.split(separator: ",", maxSplits: 1).map { String($0).trimmingWhitespace().lowercased() }
        let candidates = try connection.query(
            """
            SELECT \(Places.qualifiedColumns) FROM place v JOIN place k ON k.code = v.kecamatan
            WHERE v.kind <> 'kecamatan' AND lower(v.name) = ? AND (? IS NULL OR lower(k.name) = ?)
            ORDER BY v.code
            """, parts[0], parts.count > 1 ? parts[1] : nil, parts.count > 1 ? parts[1] : nil, transform: Places.decode)
        guard let first = candidates.first else { throw DomainError.notFound(kind: .place, key: typed) }
        guard candidates.count == 1 else {
            let names = try candidates.map { "\($0.name), \(try get($0.kecamatan ?? "").name)" }
            throw DomainError.invalid(field: "desa", value: typed, reason: .ambiguousPlace(names))
        }
        return first
    }

    /// A place a list is narrowed to, as typed: a kecamatan by its BPS code (all its desa), or a desa
    /// or kelurahan by its name or code (`village`). Returns its code.
    public func narrowing(_ typed: String) throws -> String {
        if let code = try? Place.parseCode(typed, field: "place"), code.count == 7 { return try get(code).code }
        return try village(typed).code
    }

    /// The kecamatan of each desa and kelurahan, and every place's name, by code: what a report reads.
    public func names() throws -> [String: (name: String, kecamatan: String?)] {
        var names: [String: (name: String, kecamatan: String?)] = [:]
        for place in try list() { names[place.code] = (place.name, place.kecamatan) }
        return names
    }
}

extension Writing where Repository == Places {
    /// Adds a place, or updates its name, kind and Kemendagri code to what is given; false when it
    /// was already so. A desa's kecamatan must be on the list first.
    public func put(_ place: Place) throws -> Bool {
        try transaction.require(.manageRegistry)
        let place = try place.validated()
        if let kecamatan = place.kecamatan {
            let parent = try repository.get(kecamatan)
            guard parent.kind == .kecamatan else {
                throw DomainError.invalid(field: "kecamatan", value: kecamatan, reason: .notAKecamatan)
            }
        }
        if let existing = try repository.find(place.code) {
            guard existing != place else { return false }
            try connection.run(
                "UPDATE place SET kind = ?, name = ?, kecamatan = ?, kemendagri_code = ? WHERE code = ?",
                place.kind.rawValue, place.name, place.kecamatan, place.kemendagriCode, place.code)
            try transaction.audit(
                AuditRecord(.update, .place, id: place.code, "changed place \(place.code): \(place.name)"))
        } else {
            try connection.run(
                "INSERT INTO place (code, kind, name, kecamatan, kemendagri_code) VALUES (?, ?, ?, ?, ?)", place.code,
                place.kind.rawValue, place.name, place.kecamatan, place.kemendagriCode)
            try transaction.audit(
                AuditRecord(
                    .create, .place, id: place.code, "added \(place.kind.rawValue) \(place.code) \(place.name)"))
        }
        return true
    }
}

extension Store {
    public var places: Places { Places(connection: connection) }
}

extension Transaction {
    public var places: Writing<Places> { Writing(self, Places(connection: connection)) }
}
