/// Where in the kabupaten a complaint is about: a desa or kelurahan of the government's list (by
/// its BPS code, under its kecamatan), and the point a citizen's phone gave, when it gave one.
public enum PlaceKind: String, CaseIterable, Sendable {
    case kecamatan, desa, kelurahan
}

/// One entry of the government's list of places (`kbk import places`): a kecamatan (a BPS code of 7
/// digits) or a desa or kelurahan under it (10 digits, the first 7 its kecamatan's).
public struct Place: Sendable, Hashable {
    public var code: String
    public var kind: PlaceKind
    public var name: String
    /// The kecamatan a desa or kelurahan lies in; nil for a kecamatan.
    public var kecamatan: String?
    /// The same place in the Ministry of Home Affairs' numbering (33.03.01.2001), when known.
    public var kemendagriCode: String?

    public init(code: String, kind: PlaceKind, name: String, kecamatan: String?, kemendagriCode: String? = nil) {
        self.code = code
        self.kind = kind
        self.name = name
        self.kecamatan = kecamatan
        self.kemendagriCode = kemendagriCode
    }

    /// A BPS code of a kecamatan (7 digits) or a desa or kelurahan (10 digits).
    public static func parseCode(_ text: String, field: String = "code") throws(DomainError) -> String {
        let code = text.trimmingWhitespace()
        guard [7, 10].contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .malformed(field: field, value: text, expected: "a BPS code of 7 (kecamatan) or 10 digits (desa)")
        }
        return code
    }

    /// Checks the entry against the rules of the list: its code's length fits its kind, and a
    /// desa or kelurahan's code begins with its kecamatan's.
    public func validated() throws(DomainError) -> Place {
        switch kind {
        case .kecamatan:
            guard code.count == 7, kecamatan == nil else {
                throw .malformed(field: "code", value: code, expected: "a kecamatan's BPS code of 7 digits")
            }
        case .desa, .kelurahan:
            guard code.count == 10, let kecamatan, code.hasPrefix(kecamatan) else {
                throw .malformed(
                    field: "code", value: code,
                    expected: "a desa's BPS code of 10 digits beginning with its kecamatan's")
            }
        }
        return self
    }
}

/// A point on the map, in decimal degrees (WGS 84), as a phone or a map gives it.
public struct Coordinates: Sendable, Hashable {
    public let latitude: Double
    public let longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Indonesia, from Aceh to Papua and from Miangas to Rote, with a margin: where a complaint of
    /// any Indonesian government lies when the government has set no box of its own (`org.bounds`).
    public static let indonesia = Bounds(south: -11.5, west: 94.5, north: 6.5, east: 141.5)

    /// Reads a latitude and a longitude as typed: decimal degrees with a point or a comma ("-7,3912").
    /// Where the point may lie is the store's to check (`Bounds.require`), against `org.bounds`.
    public static func parse(latitude: String, longitude: String) throws(DomainError) -> Coordinates {
        func degrees(_ text: String, _ field: String) throws(DomainError) -> Double {
            let typed = String(text.trimmingWhitespace().map { $0 == "," ? "." : $0 })
            guard let value = Double(typed), value.isFinite, typed.count <= 16 else {
                throw .malformed(field: field, value: text, expected: "decimal degrees, e.g. -7.3912 or 109.3634")
            }
            return value
        }
        let point = Coordinates(latitude: try degrees(latitude, "lat"), longitude: try degrees(longitude, "long"))
        guard (-90...90).contains(point.latitude), (-180...180).contains(point.longitude) else {
            throw .malformed(
                field: "lat", value: "\(latitude), \(longitude)",
                expected: "a latitude from -90 to 90 and a longitude from -180 to 180")
        }
        return point
    }

    /// "-7.3912, 109.3634": as a map copies a point, latitude first.
    public var description: String { "\(latitude), \(longitude)" }

    /// As a correction event keeps it: "latitude,longitude", read back by `parse(stored:)`.
    public var stored: String { "\(latitude),\(longitude)" }

    public static func parse(stored text: String, field: String = "point") throws(DomainError) -> Coordinates {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw .malformed(field: field, value: text, expected: "latitude,longitude in decimal degrees")
        }
        return try parse(latitude: String(parts[0]), longitude: String(parts[1]))
    }
}

/// The box a government's places lie in: south and north latitudes, west and east longitudes.
public struct Bounds: Sendable, Hashable, CustomStringConvertible {
    public let south: Double
    public let west: Double
    public let north: Double
    public let east: Double

    public init(south: Double, west: Double, north: Double, east: Double) {
        self.south = south
        self.west = west
        self.north = north
        self.east = east
    }

    public func contains(_ point: Coordinates) -> Bool {
        (south...north).contains(point.latitude) && (west...east).contains(point.longitude)
    }

    /// Refuses a point outside the box, naming it and the box.
    public func require(_ point: Coordinates) throws(DomainError) {
        guard contains(point) else {
            throw .invalid(field: "lat", value: point.description, reason: .outsideBounds(description))
        }
    }

    /// As `org.bounds` keeps it: "south,west,north,east".
    public var description: String { "\(south),\(west),\(north),\(east)" }

    /// Reads `org.bounds`: four decimal degrees, south before north and west before east.
    public static func parse(_ text: String) throws(DomainError) -> Bounds {
        let parts = text.split(separator: ",").map { Double(String($0).trimmingWhitespace()) }
        guard parts.count == 4, let south = parts[0], let west = parts[1], let north = parts[2], let east = parts[3],
            south < north, west < east, (-90...90).contains(south), (-90...90).contains(north),
            (-180...180).contains(west), (-180...180).contains(east)
        else {
            throw .malformed(
                field: "org.bounds", value: text,
                expected: "south,west,north,east in decimal degrees, e.g. -7.49,109.18,-7.16,109.59")
        }
        return Bounds(south: south, west: west, north: north, east: east)
    }
}
