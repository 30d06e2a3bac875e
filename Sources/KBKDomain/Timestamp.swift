/// A fixed offset from UTC, as office time zones are in Indonesia (no daylight saving):
/// WIB +07:00, WITA +08:00, WIT +09:00.
public struct UTCOffset: Hashable, Sendable, CustomStringConvertible {
    public let seconds: Int

    public init?(seconds: Int) {
        guard (-12 * 3600...14 * 3600).contains(seconds), seconds % 60 == 0 else { return nil }
        self.seconds = seconds
    }

    public static let utc = UTCOffset(seconds: 0)!
    public static let wib = UTCOffset(seconds: 7 * 3600)!
    public static let wita = UTCOffset(seconds: 8 * 3600)!
    public static let wit = UTCOffset(seconds: 9 * 3600)!

    /// `+07:00`, `-03:30`.
    public var description: String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    }

    static let allowed = "+HH:MM between -12:00 and +14:00, or WIB, WITA, WIT, UTC"

    /// `Z` or `+HH:MM` without building a string, the forms of nearly every imported time.
    static func parse(numeric bytes: ArraySlice<UInt8>) -> UTCOffset? {
        let start = bytes.startIndex
        if bytes.count == 1 && bytes[start] == UInt8(ascii: "Z") { return .utc }
        guard bytes.count == 6, bytes[start] == UInt8(ascii: "+") || bytes[start] == UInt8(ascii: "-"),
            bytes[start + 3] == UInt8(ascii: ":"),
            let hours = parseDigits(bytes[start + 1..<start + 3]),
            let minutes = parseDigits(bytes[start + 4..<start + 6]), minutes < 60
        else {
            return nil
        }
        return UTCOffset(seconds: (bytes[start] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60))
    }

    /// Parses `+07:00`, `+0700`, `Z`, `UTC`, `WIB`, `WITA` or `WIT`.
    public static func parse(_ text: String, field: String = "tz") throws(DomainError) -> UTCOffset {
        switch text.uppercased() {
        case "WIB": return .wib
        case "WITA": return .wita
        case "WIT": return .wit
        case "Z", "UTC": return .utc
        default: break
        }
        var bytes = Array(text.utf8)
        if bytes.count == 6, bytes[3] == UInt8(ascii: ":") { bytes.remove(at: 3) }
        guard bytes.count == 5, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            let hours = parseDigits(bytes[1..<3]), let minutes = parseDigits(bytes[3..<5]), minutes < 60,
            let offset = UTCOffset(seconds: (bytes[0] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60))
        else {
            throw .malformed(field: field, value: text, expected: allowed)
        }
        return offset
    }
}

/// An instant, in whole seconds since 1970-01-01T00:00:00Z. Stored as UTC text
/// (`2026-11-20T02:30:00Z`), shown in the office time zone.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// The instant at which `date` begins in the office time zone (its local midnight).
    public init(startOf date: CivilDate, in offset: UTCOffset) {
        secondsSinceEpoch = Int64(date.daysSinceEpoch) * 86_400 - Int64(offset.seconds)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    /// The calendar date of this instant in the given time zone.
    public func date(in offset: UTCOffset) -> CivilDate {
        let local = secondsSinceEpoch + Int64(offset.seconds)
        return CivilDate(daysSinceEpoch: Int(local.floorDivided(by: 86_400)))
    }

    /// ISO 8601 with the offset: `2026-11-20T09:30:00+07:00` (`Z` for UTC).
    public func iso8601(in offset: UTCOffset) -> String {
        let local = secondsSinceEpoch + Int64(offset.seconds)
        let date = CivilDate(daysSinceEpoch: Int(local.floorDivided(by: 86_400)))
        let secondOfDay = Int(local - local.floorDivided(by: 86_400) * 86_400)
        let zone = offset.seconds == 0 ? "Z" : offset.description
        guard (0...9999).contains(date.year) else {
            return
                "\(date)T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))\(zone)"
        }
        // Written byte by byte, like CivilDate.description: every event and audit entry formats several.
        var zoneBytes = zone.utf8.makeIterator()
        return String(unsafeUninitializedCapacity: 19 + zone.utf8.count) { buffer in
            date.writeISODate(into: buffer)
            buffer[10] = UInt8(ascii: "T")
            writeDigits(secondOfDay / 3600, width: 2, into: buffer, at: 11)
            buffer[13] = UInt8(ascii: ":")
            writeDigits(secondOfDay / 60 % 60, width: 2, into: buffer, at: 14)
            buffer[16] = UInt8(ascii: ":")
            writeDigits(secondOfDay % 60, width: 2, into: buffer, at: 17)
            var position = 19
            while let byte = zoneBytes.next() {
                buffer[position] = byte
                position += 1
            }
            return position
        }
    }

    /// The storage form: ISO 8601 in UTC, which sorts as text in time order.
    public var utcString: String { iso8601(in: .utc) }

    public var description: String { utcString }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z` or an offset `+HH:MM`; a space may stand for the
    /// `T`. Without an offset the time is read in `defaultOffset`, when one is given. Fractions of a
    /// second are dropped.
    /// `parse`, with the date as written (before conversion to UTC) within `CivilDate.plausibleYears`:
    /// for instants typed or imported.
    public static func parseEntered(_ text: String, field: String = "timestamp", defaultOffset: UTCOffset? = nil)
        throws(DomainError) -> Timestamp
    {
        let instant = try parse(text, field: field, defaultOffset: defaultOffset)
        if let written = try? CivilDate.parse(String(decoding: text.utf8.prefix(10), as: UTF8.self)) {
            try written.checkPlausible(field: field, text: text)
        }
        return instant
    }

    public static func parse(_ text: String, field: String = "timestamp", defaultOffset: UTCOffset? = nil)
        throws(DomainError) -> Timestamp
    {
        var expected: String {
            "an ISO 8601 time like 2026-11-20T09:30:00+07:00" + (defaultOffset == nil ? "" : " or 2026-11-20 09:30")
        }
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"),
            let hour = parseDigits(bytes[11..<13]), let minute = parseDigits(bytes[14..<16])
        else {
            throw .malformed(field: field, value: text, expected: expected)
        }
        let date: CivilDate
        do {
            date = try CivilDate.parse(
                bytes[0..<10], text: String(decoding: bytes[0..<10], as: UTF8.self), field: field)
        } catch {
            if case .invalid = error { throw .invalid(field: field, value: text, reason: .noSuchDate) }
            throw .malformed(field: field, value: text, expected: expected)
        }
        var rest = bytes[16...]
        var second = 0
        if rest.first == UInt8(ascii: ":") {
            guard rest.count >= 3, let parsed = parseDigits(rest.dropFirst().prefix(2)) else {
                throw .malformed(field: field, value: text, expected: expected)
            }
            second = parsed
            rest = rest.dropFirst(3)
            if rest.first == UInt8(ascii: ".") {
                rest = rest.dropFirst().drop { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            }
        }
        guard hour < 24, minute < 60, second < 60 else {
            throw .invalid(field: field, value: text, reason: .noSuchDate)
        }
        let offset: UTCOffset
        if rest.isEmpty {
            guard let defaultOffset else { throw .malformed(field: field, value: text, expected: expected) }
            offset = defaultOffset
        } else {
            guard
                let parsed = UTCOffset.parse(numeric: rest)
                    ?? (try? UTCOffset.parse(String(decoding: rest, as: UTF8.self)))
            else {
                throw .malformed(field: field, value: text, expected: expected)
            }
            offset = parsed
        }
        let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Timestamp(secondsSinceEpoch: local - Int64(offset.seconds))
    }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
