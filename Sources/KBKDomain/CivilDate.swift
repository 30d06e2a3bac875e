/// A calendar date without a time or zone (proleptic Gregorian), written `YYYY-MM-DD`.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil (e.g. 2026-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard CivilDate.years.contains(year), (1...12).contains(month),
            (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` after 1970-01-01 (negative before it).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let days = daysSinceEpoch
        // 1970-01-01 was a Thursday (4).
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` later; a day past the end of the target month becomes its last day
    /// (2026-01-31 + 1 month = 2026-02-28).
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index.floorDiv(12)
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, CivilDate.daysIn(month: newMonth, year: newYear))
        return CivilDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        guard (0...9999).contains(year) else { return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }
        // Written byte by byte: a bulk import formats millions of dates, and interpolation costs ten times more.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            writeISODate(into: buffer)
            return 10
        }
    }

    /// Writes `YYYY-MM-DD` (a year of four digits) at the start of `buffer`.
    func writeISODate(into buffer: UnsafeMutableBufferPointer<UInt8>) {
        writeDigits(year, width: 4, into: buffer, at: 0)
        buffer[4] = UInt8(ascii: "-")
        writeDigits(month, width: 2, into: buffer, at: 5)
        buffer[7] = UInt8(ascii: "-")
        writeDigits(day, width: 2, into: buffer, at: 8)
    }

    /// Parses exactly `YYYY-MM-DD` and checks that the date exists.
    public static func parse(_ text: String, field: String = "date") throws(DomainError) -> CivilDate {
        try parse(Array(text.utf8)[...], text: text, field: field)
    }

    /// The years a date can have at all (`YYYY`).
    public static let years = 1...9999

    /// The years kbk accepts for anything dated that a person enters or a file brings: a date in
    /// year 1 or 9999 is a typing slip, and an instant that far out cannot be stored and read back.
    public static let plausibleYears = 2000...2100

    /// Refuses a date outside `plausibleYears`, naming the field and the text as given.
    public func checkPlausible(field: String, text: @autoclosure () -> String) throws(DomainError) {
        guard CivilDate.plausibleYears.contains(year) else {
            throw .invalid(field: field, value: text(), reason: .implausibleYear(CivilDate.plausibleYears))
        }
    }

    /// `parse`, then `checkPlausible`: for dates typed or imported.
    public static func parseEntered(_ text: String, field: String = "date") throws(DomainError) -> CivilDate {
        let trimmed = text.trimmingWhitespace()
        let iso = dayFirst(trimmed[...]).flatMap { $0.length == trimmed.count ? $0.iso : nil } ?? text
        let date: CivilDate
        do { date = try parse(iso, field: field) } catch {
            // Named as typed: "31/02/2026", not the date it was read as.
            if iso != text, case .invalid(_, _, let reason) = error {
                throw .invalid(field: field, value: text, reason: reason)
            }
            throw error
        }
        try date.checkPlausible(field: field, text: text)
        return date
    }

    /// A day named relative to `today`, as officials say it: `today`/`hari ini`, `yesterday`/`kemarin`,
    /// or a weekday's name (`senin` … `minggu`, `jumat` or `jum'at`, `monday` … `sunday`): the last
    /// such day up to today. Nil for anything else.
    public static func relative(_ text: String, today: CivilDate) -> CivilDate? {
        let word = text.trimmingWhitespace().lowercased()
        switch word {
        case "today", "hari ini": return today
        case "yesterday", "kemarin": return today.adding(days: -1)
        default: break
        }
        let weekdays: [[String]] = [
            ["senin", "monday"], ["selasa", "tuesday"], ["rabu", "wednesday"], ["kamis", "thursday"],
            ["jumat", "jum'at", "friday"], ["sabtu", "saturday"], ["minggu", "ahad", "sunday"],
        ]
        guard let index = weekdays.firstIndex(where: { $0.contains(word) }) else { return nil }
        let back = (today.isoWeekday - (index + 1) + 7) % 7
        return today.adding(days: -back)
    }

    /// A date as Indonesians write it, day first: `5/12/2026`, `05-12-2026`, `5.12.2026`, read as
    /// `2026-12-05`, with how many characters of `text` it took; nil when `text` does not begin so.
    public static func dayFirst(_ text: Substring) -> (iso: String, length: Int)? {
        let head = text.prefix { $0.isASCII && ($0.isNumber || "/-.".contains($0)) }
        guard let separator = head.first(where: { !$0.isNumber }), "/-.".contains(separator) else { return nil }
        let parts = head.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
        else { return nil }
        func two(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
        return ("\(parts[2])-\(two(parts[1]))-\(two(parts[0]))", head.count)
    }

    /// A stored `YYYY-MM-DD` read straight from its bytes (reports read hundreds of thousands), or nil.
    public init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for position in range {
                let digit = bytes[position] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses the UTF-8 of `text` (or of the part of it given) as `YYYY-MM-DD`.
    static func parse(_ bytes: ArraySlice<UInt8>, text: @autoclosure () -> String, field: String) throws(DomainError)
        -> CivilDate
    {
        let start = bytes.startIndex
        guard bytes.count == 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
            let year = parseDigits(bytes[start..<start + 4]), let month = parseDigits(bytes[start + 5..<start + 7]),
            let day = parseDigits(bytes[start + 8..<start + 10])
        else {
            throw .malformed(field: field, value: text(), expected: "YYYY-MM-DD")
        }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            throw .invalid(field: field, value: text(), reason: .noSuchDate)
        }
        return date
    }
}

/// The number the ASCII digits spell; nil for anything else, or for more digits than an Int holds.
func parseDigits(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
        let (next, carried) = shifted.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
        if overflowed || carried { return nil }
        value = next
    }
    return bytes.isEmpty ? nil : value
}

/// Writes `value` (not negative, at most `width` digits) as zero-padded decimal digits.
@inline(__always)
func writeDigits(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
    var rest = value
    var position = offset + width
    while position > offset {
        position -= 1
        buffer[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
        rest /= 10
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension Int {
    func floorDiv(_ divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
