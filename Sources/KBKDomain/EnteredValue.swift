/// Values as people type them, parsed by one function whichever door they come through: an
/// option on the command line, a field of a web form, a cell of an imported CSV file.
public enum EnteredValue {
    /// A whole number within `range`.
    public static func integer(_ text: String, field: String, in range: ClosedRange<Int>) throws(DomainError) -> Int {
        guard let value = Int(text.trimmingWhitespace()) else {
            throw .malformed(
                field: field, value: text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        guard range.contains(value) else { throw .outOfRange(field: field, value: text, range: range) }
        return value
    }

    /// A record's number (a group, a survey, an improvement action): a whole number from 1.
    public static func recordID(_ text: String, field: String) throws(DomainError) -> Int64 {
        Int64(try integer(text, field: field, in: 1...Int.max))
    }

    /// The forms an event time may be typed in, for the error that lists them.
    public static let officeTimeForms =
        "2026-11-29 09:30, 29/11/2026 09.30, 29-11-2026 9:30, 2026-11-29T09:30, 09.30 or 9:30 (today), "
        + "2026-11-29 or 29/11/2026 (its midnight), today, yesterday or a day's name (monday: the last one), now, "
        + "or with an offset 2026-11-29T09:30:00+07:00"

    /// An event time as officials write it: a date and a time in the office time zone (`T` or a
    /// space between them, `:` or the Indonesian `.` in the time, the hour with one or two
    /// digits), a time alone for today, a date alone for its midnight, `now`, or ISO 8601 with an
    /// offset.
    public static func officeTime(_ text: String, field: String, timeZone: UTCOffset, now: Timestamp, today: CivilDate)
        throws(DomainError) -> Timestamp
    {
        var trimmed = text.trimmingWhitespace()
        let malformed = DomainError.malformed(field: field, value: text, expected: officeTimeForms)
        // A day-first date ("5/12/2026 08.00") as the ISO date the rest reads.
        if let (iso, length) = CivilDate.dayFirst(trimmed[...]) { trimmed = iso + trimmed.dropFirst(length) }
        if ["now", "sekarang"].contains(trimmed.lowercased()) { return now }
        if let day = CivilDate.relative(trimmed, today: today) { return Timestamp(startOf: day, in: timeZone) }
        let bytes = Array(trimmed.utf8)
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-") {
            return Timestamp(startOf: try CivilDate.parseEntered(trimmed, field: field), in: timeZone)
        }
        // The date part, when there is one, and what follows it.
        var date = today.description
        var rest = Substring(trimmed)
        let dated = bytes.count > 10 && bytes[4] == UInt8(ascii: "-")
        if dated, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") {
            date = String(trimmed.prefix(10))
            rest = trimmed.dropFirst(11).drop { $0 == " " }
        }
        // H:MM, HH:MM, H.MM or HH.MM, then anything ISO 8601 allows after the minutes.
        let separator: Character = rest.prefix(3).contains(":") ? ":" : "."
        let clock = rest.prefix { $0.isNumber || $0 == separator }
        let parts = clock.split(separator: separator, omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
        else { throw malformed }
        let hour = parts[0].count == 1 ? "0" + parts[0] : String(parts[0])
        let seconds = parts.count == 3 ? ":" + parts[2] : ""
        let canonical = "\(date)T\(hour):\(parts[1])\(seconds)" + rest.dropFirst(clock.count)
        do {
            return try Timestamp.parseEntered(canonical, field: field, defaultOffset: timeZone)
        } catch {
            // Named as typed, not as rewritten.
            switch error {
            case .malformed: throw malformed
            case .invalid(_, _, let reason): throw .invalid(field: field, value: text, reason: reason)
            default: throw error
            }
        }
    }
}

/// A value checked when it is entered and again when it is read back (a ticket, a unit code, a
/// category code, a login): it stays its own type, so a plain string never passes for one. Its
/// `description` is the text it is written as, everywhere.
public protocol ValidatedValue: CustomStringConvertible, Hashable, Sendable {}

extension Ticket: ValidatedValue {}
extension UnitCode: ValidatedValue {}
extension CategoryCode: ValidatedValue {}
extension Login: ValidatedValue {}
