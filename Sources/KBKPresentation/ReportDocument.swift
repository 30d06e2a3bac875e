import KBKDomain
import KBKStore

/// What makes the printed report an office's document: the letterhead (kop surat) and the
/// signature block, from the settings `org.*` and `report.*`. Empty settings leave their lines out.
package struct ReportDocument: Sendable {
    package var organisation = ""
    package var unit = ""
    package var address = ""
    /// The emblem as a data URI (checked when set: an image type and base64 only), or empty.
    package var logo = ""
    package var place = ""
    package var signerPosition = ""
    package var signerName = ""
    package var signerNIP = ""
    package var signerRank = ""
    /// The first signer: who prepared the report (the coordinator's desk).
    package var preparerPosition = ""
    package var preparerName = ""
    package var preparerNIP = ""
    /// The letter number (Nomor) the office's registry gives it, when known (`report --number`).
    package var number = ""
    /// The day it is signed on: the day it is made, in the office time zone.
    package var signedOn: CivilDate?

    package init() {}

    package init(settings: Settings, signedOn: CivilDate) throws {
        organisation = try settings.text(.organisationName)
        unit = try settings.text(.organisationUnit)
        address = try settings.text(.organisationAddress)
        logo = try settings.text(.organisationLogo)
        place = try settings.text(.reportPlace)
        signerPosition = try settings.text(.signerPosition)
        signerName = try settings.text(.signerName)
        signerNIP = try settings.text(.signerNIP)
        signerRank = try settings.text(.signerRank)
        preparerPosition = try settings.text(.preparerPosition)
        preparerName = try settings.text(.preparerName)
        preparerNIP = try settings.text(.preparerNIP)
        self.signedOn = signedOn
    }

    package var hasLetterhead: Bool { !organisation.isEmpty || !unit.isEmpty || !logo.isEmpty }
    package var hasSignature: Bool { !signerName.isEmpty || !preparerName.isEmpty }
}

/// Dates and zones as people write them in a letter.
package enum LetterDates {
    package static let indonesianMonths = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ]
    package static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// A month key "2026-03" as the short name a chart's axis shows: "Mar", "Mei", "Agu".
    package static func shortMonth(_ key: String, _ language: Language) -> String {
        guard let month = Int(key.suffix(2)), (1...12).contains(month) else { return key }
        return shortMonth(month, language)
    }

    /// A month key "2026-03" as a table names it: "Maret 2026" / "March 2026".
    package static func monthOfYear(_ key: String) -> Text {
        guard let month = Int(key.suffix(2)), (1...12).contains(month), let year = Int(key.prefix(4)) else {
            return Text(en: key, id: key)
        }
        return Text(en: "\(englishMonths[month - 1]) \(year)", id: "\(indonesianMonths[month - 1]) \(year)")
    }

    package static func shortMonth(_ month: Int, _ language: Language) -> String {
        let name = (language == .id ? indonesianMonths : englishMonths)[month - 1]
        return language == .id && month == 8 ? "Agu" : String(name.prefix(3))
    }

    /// "30 November 2026" in both languages, as an Indonesian letter dates itself.
    package static func date(_ date: CivilDate, _ language: Language) -> String {
        let months = language == .id ? indonesianMonths : englishMonths
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "02 Des 2026" / "02 Dec 2026": a day in a table column, of one width and never mistaken for
    /// month-first.
    package static func tableDate(_ date: CivilDate, _ language: Language) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        return "\(day) \(shortMonth(date.month, language)) \(date.year)"
    }

    /// "18 Nov 2026 09.15" / "18 Nov 2026 09:15": an instant in a table column, in the database's zone.
    package static func tableInstant(_ instant: Timestamp, _ offset: UTCOffset, _ language: Language) -> String {
        let iso = Array(instant.iso8601(in: offset))
        let clock = String(iso[11..<13]) + (language == .id ? "." : ":") + String(iso[14..<16])
        return tableDate(instant.date(in: offset), language) + " " + clock
    }

    /// "Sen, 7 Jan 2025" / "Mon, 7 Jan 2025": a day as a desk reads it on a page.
    package static func deskDate(_ date: CivilDate, _ language: Language) -> String {
        let days =
            language == .id
            ? ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return "\(days[date.isoWeekday - 1]), \(date.day) \(shortMonth(date.month, language)) \(date.year)"
    }

    /// "Sen, 7 Jan 2025 10.12 WIB" / "Mon, 7 Jan 2025 10:12 WIB": an instant as a desk reads it.
    package static func deskInstant(_ instant: Timestamp, _ offset: UTCOffset, _ language: Language) -> String {
        let iso = Array(instant.iso8601(in: offset))
        let clock = String(iso[11..<13]) + (language == .id ? "." : ":") + String(iso[14..<16])
        return deskDate(instant.date(in: offset), language) + " " + clock + " " + zone(offset)
    }

    /// WIB, WITA and WIT for Indonesia's three zones; another offset as UTC+hh:mm.
    package static func zone(_ offset: UTCOffset) -> String {
        switch offset {
        case .wib: "WIB"
        case .wita: "WITA"
        case .wit: "WIT"
        default: "UTC\(offset)"
        }
    }

    /// "2 Desember 2026 pukul 13.23 WIB" / "2 December 2026 at 13:23 WIB".
    package static func instant(_ instant: Timestamp, _ offset: UTCOffset, _ language: Language) -> String {
        let iso = Array(instant.iso8601(in: offset))
        let clock = String(iso[11..<13]) + (language == .id ? "." : ":") + String(iso[14..<16])
        return date(instant.date(in: offset), language) + (language == .id ? " pukul " : " at ") + clock + " "
            + zone(offset)
    }
}
