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
}
