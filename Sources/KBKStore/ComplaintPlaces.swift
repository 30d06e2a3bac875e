import KBKDomain
internal import SQLiteDB

/// The rules of a complaint's place, checked wherever one is written: a desa or kelurahan of the
/// government's list (never a kecamatan), and a point within the government's box (`org.bounds`).
enum ComplaintPlaces {
    static func check(_ villageCode: String?, _ coordinates: Coordinates?, _ connection: Connection) throws {
        if let villageCode {
            let place = try Places(connection: connection).get(villageCode)
            guard place.kind != .kecamatan else {
                throw DomainError.invalid(field: "desa", value: villageCode, reason: .notAVillage)
            }
        }
        if let coordinates { try Settings(connection: connection).bounds().require(coordinates) }
    }

    /// A correction of the place, by the same rules.
    static func check(_ correction: Correction, _ connection: Connection) throws {
        switch correction {
        case .village(let code): try check(code, nil, connection)
        case .point(let point): try check(nil, point, connection)
        default: break
        }
    }

    /// A list's condition for a place: a desa's complaints, or a kecamatan's (its desa's codes begin
    /// with its own, a range the index on `village_code` reads).
    static func narrow(
        to place: String?, _ conditions: inout [String], _ values: inout [SQLiteBindable], _ connection: Connection
    ) throws {
        guard let place else { return }
        let known = try Places(connection: connection).get(place)
        if known.kind == .kecamatan {
            conditions.append("c.village_code BETWEEN ? AND ?")
            values += [known.code + "000", known.code + "999"]
        } else {
            conditions.append("c.village_code = ?")
            values.append(known.code)
        }
    }
}
