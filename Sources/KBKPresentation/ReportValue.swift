import KBKDomain
import KBKReports

/// A typed value in a report table, formatted per language for people and plainly for CSV.
package enum ReportValue {
    case int(Int)
    case rate(Double?)
    case days(Double?)
    case rating(Double?)
    case text(String?)
    /// A unit's rank among `of` ranked units: "3" in CSV and JSON, "3 of 25" for people.
    case rank(Int?, of: Int?)
    /// A coded value: the code in CSV and JSON, its word for people.
    case labelled(code: String, Text)
    /// A day: ISO 8601 in CSV and JSON, "02 Des 2026" for people.
    case date(CivilDate)
    /// A difference of two rates: a fraction in CSV and JSON, "−5.0 pp" ("−5,0 poin") for people.
    case points(Double?)
    /// A difference of two scores (IKM): the number in CSV and JSON, "+1.25" for people.
    case signed(Double?)
    /// Whether a target was met (`TargetRule`): true/false in CSV and JSON, a word for people.
    case met(Bool?)
    /// A yes or no: true/false in CSV and JSON, "ya"/"tidak" for people.
    case flag(Bool?)
    /// No value, with what people read in its place ("not handed over"): null in JSON, empty in CSV.
    case missing(Text)

    package static func coded<Value: Labelled>(_ value: Value) -> ReportValue {
        .labelled(code: value.rawValue, value.label)
    }

    package func human(_ language: Language) -> String {
        let separator: Character = language == .id ? "," : "."
        func decimal(_ value: Double, places: Int) -> String {
            var text = String(format1: value, places: places)
            if separator != "." { text = text.map { $0 == "." ? separator : $0 }.map(String.init).joined() }
            return text
        }
        switch self {
        case .int(let value): return ReportValue.grouped(value, language)
        case .rate(let value): return value.map { decimal($0 * 100, places: 1) + " %" } ?? "—"
        case .days(let value): return value.map { decimal($0, places: 1) } ?? "—"
        case .rating(let value): return value.map { decimal($0, places: 2) } ?? "—"
        case .text(let value): return value ?? "—"
        case .rank(let rank, let of):
            guard let rank else { return "—" }
            guard let of else { return String(rank) }
            return language == .id ? "\(rank) dari \(of)" : "\(rank) of \(of)"
        case .labelled(_, let label): return label(language)
        case .date(let date): return LetterDates.tableDate(date, language)
        case .points(let value):
            return value.map {
                ReportValue.signedText(decimal($0 * 100, places: 1)) + (language == .id ? " poin" : " pp")
            } ?? "—"
        case .signed(let value): return value.map { ReportValue.signedText(decimal($0, places: 2)) } ?? "—"
        case .met(let value):
            guard let value else { return "—" }
            return value
                ? Text(en: "met", id: "tercapai")(language) : Text(en: "not met", id: "tidak tercapai")(language)
        case .flag(let value):
            guard let value else { return "—" }
            return value ? Text(en: "yes", id: "ya")(language) : Text(en: "no", id: "tidak")(language)
        case .missing(let shown): return shown(language)
        }
    }

    /// "+2.5" for a positive difference, "−2.5" (a minus sign) for a negative one, "0.0" for none.
    package static func signedText(_ text: String) -> String {
        if text.hasPrefix("-") {
            let digits = text.dropFirst()
            return digits.allSatisfy { $0 == "0" || $0 == "." || $0 == "," } ? String(digits) : "−" + digits
        }
        return text.allSatisfy { $0 == "0" || $0 == "." || $0 == "," } ? text : "+" + text
    }

    /// A figure kept in hundredths (an IKM or BerAKHLAK score) with two decimals: 85,07 in Indonesian.
    package static func hundredths(_ hundredths: Int, _ language: Language) -> String {
        let text = "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + String(hundredths % 100)
        return language == .id ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// A count with its thousands marked as people write them: 1.507 in Indonesian, 1,507 in English.
    package static func grouped(_ value: Int, _ language: Language) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 3 else { return String(value) }
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(language == .id ? "." : ",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// For CSV: plain numbers (rates as fractions), empty for null.
    package var plain: String {
        switch self {
        case .int(let value): String(value)
        case .rate(let value), .days(let value), .rating(let value), .points(let value), .signed(let value):
            value.map { String($0) } ?? ""
        case .met(let value), .flag(let value): value.map { $0 ? "true" : "false" } ?? ""
        case .missing: ""
        case .text(let value): value ?? ""
        case .rank(let rank, _): rank.map(String.init) ?? ""
        case .labelled(let code, _): code
        case .date(let date): date.description
        }
    }

    package var json: JSON {
        switch self {
        case .int(let value): .int(value)
        case .rate(let value), .days(let value), .rating(let value), .points(let value), .signed(let value):
            value.map(JSON.double) ?? .null
        case .met(let value), .flag(let value): value.map(JSON.bool) ?? .null
        case .missing: .null
        case .text(let value): .optional(value)
        case .rank(let rank, _): rank.map(JSON.int) ?? .null
        case .labelled(let code, _): .string(code)
        case .date(let date): .string(date.description)
        }
    }

    package var isNumeric: Bool {
        switch self {
        case .text, .labelled, .date, .met, .flag, .missing: false
        default: true
        }
    }
}

/// One section of a report as a table: the shared shape behind the table, Markdown, CSV and HTML forms.
package struct ReportTable {
    package let section: ReportSection
    package let title: Text
    package let columns: [(key: String, header: Text)]
    package var rows: [[ReportValue]]
    /// Columns people see in table, Markdown and HTML; CSV and JSON carry every column.
    package var compactKeys: Set<String>? = nil
    /// For a ranking: the units it ranks (agencies, or kecamatan and kelurahan).
    package var rankGroup: RankGroup? = nil
    /// Where the table's rows go in the report's JSON (`ReportRendering.json`).
    package var data: DataShape = .records
    /// Columns for people only (a note in words), left out of CSV and JSON.
    package var peopleOnlyKeys: Set<String> = []
    /// How many of the last rows are totals (the kabupaten's IKM): read by people and in CSV, and
    /// written in JSON on their own rather than among the records.
    package var totalRows = 0
    /// The columns of the printed report, when they are not the compact ones with names for codes.
    package var documentKeys: Set<String>? = nil

    /// The shape of a table's rows in JSON.
    package enum DataShape {
        /// An array of objects under the section's key (tables of one section share it).
        case records
        /// An array of objects under another key.
        case recordsUnder(String)
        /// The one row as an object under the section's key.
        case object
        /// Written by the section's own JSON (a nested shape no table holds).
        case nested
    }

    /// Each record row as a JSON object over the columns CSV and JSON carry.
    package var records: [JSON] {
        let data = columns.indices.filter { !peopleOnlyKeys.contains(columns[$0].key) }
        return rows.prefix(rows.count - totalRows).map { row in
            .object(data.map { (columns[$0].key, row[$0].json) })
        }
    }

    package func visibleColumns(compact: Bool) -> [Int] {
        columns.indices.filter { compactKeys == nil || !compact || compactKeys!.contains(columns[$0].key) }
    }

    /// The columns of the printed report: the compact ones, with a row's name where a script's
    /// table shows its code (a unit, a category), since a filed document names things as people do.
    package var documentColumns: [Int] {
        if let documentKeys { return columns.indices.filter { documentKeys.contains(columns[$0].key) } }
        let visible = visibleColumns(compact: true)
        guard let name = columns.firstIndex(where: { $0.key == "name" }) else { return visible }
        let codes: Set<String> = ["skpd", "category", "topic", "login"]
        var shown: [Int] = []
        for index in visible {
            let key = columns[index].key
            if codes.contains(key) {
                if !shown.contains(name) { shown.append(name) }
            } else if index != name || !shown.contains(name) {
                shown.append(index)
            }
        }
        return shown
    }
}
