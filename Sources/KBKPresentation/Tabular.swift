import KBKDomain

/// Output formats. Lists offer table, csv and json; reports also markdown and html.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown, html
    /// GeoReport v2 service requests, for `export complaints`.
    case open311

    /// The format a file name's extension names (`.html`, `.htm`, `.json`, `.csv`, `.md`,
    /// `.markdown`, in any case); nil for another extension or none.
    package static func implied(byFileName path: String) -> OutputFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm": return .html
        case "json": return .json
        case "csv": return .csv
        case "md", "markdown": return .markdown
        default: return nil
        }
    }
}

/// One cell of a listing, typed so that JSON keeps numbers as numbers.
package enum Cell {
    case text(String)
    case int(Int)
    case null
    /// A coded value: the code in CSV and JSON, the label in tables and Markdown (see `Labelled`).
    case labelled(code: String, Text)
    /// A day: ISO 8601 in CSV and JSON, "02 Des 2026" in tables and Markdown.
    case date(CivilDate)
    /// A due date already passed: as `date`, marked "!" for people.
    case overdue(CivilDate)

    /// A ticket, a code or a login as the text it is written as; nil is an empty cell.
    package static func code(_ value: (some ValidatedValue)?) -> Cell { value.map { .text($0.description) } ?? .null }

    package var plain: String {
        switch self {
        case .text(let value): value
        case .int(let value): String(value)
        case .null: ""
        case .labelled(let code, _): code
        case .date(let date), .overdue(let date): date.description
        }
    }

    /// What a person reads in a table.
    package func shown(_ language: Language) -> String {
        switch self {
        case .labelled(_, let label): label(language)
        case .date(let date): LetterDates.tableDate(date, language)
        case .overdue(let date): LetterDates.tableDate(date, language) + " !"
        default: plain
        }
    }

    package var json: JSON {
        switch self {
        case .text(let value): .string(value)
        case .int(let value): .int(value)
        case .null: .null
        case .labelled(let code, _): .string(code)
        case .date(let date), .overdue(let date): .string(date.description)
        }
    }
}

/// A column: an English snake_case key for CSV and JSON, a localised header for people.
package struct Column {
    package let key: String
    package let header: Text
    package var alignRight = false

    package init(key: String, header: Text, alignRight: Bool = false) {
        self.key = key
        self.header = header
        self.alignRight = alignRight
    }
}

/// Rows under named columns, rendered as a terminal table, CSV (RFC 4180) or JSON.
package struct Tabular {
    package let columns: [Column]
    package var rows: [[Cell]] = []

    package init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    package func render(_ format: OutputFormat, language: Language) -> String {
        switch format {
        case .csv: return csv()
        case .json: return JSON.array(rows.map(jsonObject)).serialized() + "\n"
        case .markdown: return markdown(language)
        case .table, .html, .open311: return table(language)
        }
    }

    package func jsonObject(_ row: [Cell]) -> JSON {
        .object(zip(columns, row).map { ($0.key, $1.json) })
    }

    package func csv() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4_096)
        Tabular.appendCSVLine(columns.lazy.map(\.key), to: &out)
        for row in rows { Tabular.appendCSVLine(row.lazy.map(\.plain), to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `appendCSVLine` as a text.
    package static func csvLine(_ fields: some Sequence<String>) -> String {
        var out: [UInt8] = []
        appendCSVLine(fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One CSV record: its fields (see `appendCSVField`) separated by commas, ended by CRLF.
    package static func appendCSVLine(_ fields: some Sequence<String>, to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendCSVField(field, to: &out)
        }
        out.append(contentsOf: "\r\n".utf8)
    }

    /// `appendCSVLine` of an export's row, a missing value an empty field. Not generic: called from
    /// another module for each of a million rows, the generic one ran unspecialised (2.96 s against
    /// 1.85 s for 200,000 complaints).
    package static func appendCSVLine(_ fields: [String?], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendCSVField(field ?? "", to: &out)
        }
        out.append(contentsOf: "\r\n".utf8)
    }

    /// One CSV field (RFC 4180), with spreadsheet formulas neutralised (see `FormulaGuard`), appended
    /// as UTF-8 bytes: an export writes a million fields.
    package static func appendCSVField(_ value: String, to out: inout [UInt8]) {
        var value = FormulaGuard.protect(value)
        value.withUTF8 { bytes in
            let quoted = bytes.contains {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
            }
            guard quoted else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// A Markdown table cell: on one line, `|` and `\\` escaped, and `<`, `>`, `&` as entities so
    /// that no text becomes HTML when the Markdown is rendered.
    package static func markdownCell(_ value: String) -> String {
        var out = ""
        for character in value.replacingNewlines() {
            switch character {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }

    package func table(_ language: Language) -> String {
        if rows.isEmpty { return Msg.noEntries(language) + "\n" }
        // Each cell's width is measured once: a listing of 67,000 notices spent a third of its time
        // measuring every cell twice, scalar by scalar.
        let headers = columns.map { ($0.header(language), $0.header(language).displayWidth) }
        let cells = rows.map { row in
            row.map { cell in
                let text = cell.shown(language).replacingNewlines()
                return (text, text.displayWidth)
            }
        }
        var widths = headers.map(\.1)
        for row in cells {
            for (index, value) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], value.1)
            }
        }
        var out = ""
        func line(_ values: [(String, Int)]) {
            for (index, (value, width)) in values.enumerated() {
                if index > 0 { out += "  " }
                let padding = String(repeating: " ", count: widths[index] - width)
                out += columns[index].alignRight ? padding + value : value + padding
            }
            // No line ends in a space, not even when a cell's own text does (a path in an audit summary).
            out.removeLast(out.utf8.reversed().prefix { $0 == UInt8(ascii: " ") }.count)
            out += "\n"
        }
        line(headers)
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { line(row) }
        return out
    }

    package func markdown(_ language: Language) -> String {
        let escape = Tabular.markdownCell
        var out = "| " + columns.map { escape($0.header(language)) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignRight ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map { escape($0.shown(language)) }.joined(separator: " | ") + " |\n" }
        return out
    }
}

extension String {
    /// Columns the text takes in a terminal: wide East Asian characters and emoji take two.
    package var displayWidth: Int {
        // Printable ASCII, what nearly every cell is, is one column a byte.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        var width = 0
        for character in self {
            guard let scalar = character.unicodeScalars.first else { continue }
            if scalar.properties.isEmojiPresentation || (0x1100...0x115F).contains(scalar.value)
                || (0x2E80...0xA4CF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
                || (0xF900...0xFAFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
            {
                width += 2
            } else if scalar.properties.generalCategory != .nonspacingMark {
                width += 1
            }
        }
        return width
    }

    package func replacingNewlines() -> String {
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return self }
        return String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    package func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

/// Labelled lines for `show` commands and `check`, labels aligned: `Name     Dinas Kesehatan`.
package struct Fields {
    private(set) var lines: [(String, String)] = []

    package init() {}

    package mutating func add(_ label: String, _ value: String?) {
        lines.append((label, value ?? "-"))
    }

    package func render() -> String {
        let width = lines.map(\.0.displayWidth).max() ?? 0
        return lines.map { label, value in
            (label + String(repeating: " ", count: width - label.displayWidth) + "  " + value.replacingNewlines())
                .trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

extension [String] {
    /// The parts joined with ", ", or nil when there are none (shown as "-").
    package func joinedOrNil(separator: String = ", ") -> String? {
        isEmpty ? nil : joined(separator: separator)
    }
}

extension JSON {
    /// One record as a one-row CSV: scalar members as columns, nested objects flattened with
    /// `parent_child` keys, lists of scalars joined with ";", lists of records given as their count
    /// (the records themselves are in the JSON form) and an empty list as an empty field, so the
    /// columns never depend on the data.
    package func flatCSV() -> String {
        var columns: [(String, String)] = []
        func flatten(_ value: JSON, key: String) {
            switch value {
            case .null: columns.append((key, ""))
            case .bool(let flag): columns.append((key, flag ? "true" : "false"))
            case .int(let number): columns.append((key, String(number)))
            case .double(let number): columns.append((key, String(number)))
            case .string(let text): columns.append((key, text))
            case .object(let members):
                for (name, member) in members { flatten(member, key: key.isEmpty ? name : key + "_" + name) }
            case .array(let items):
                let scalars = items.compactMap { item -> String? in
                    switch item {
                    case .string(let text): text
                    case .int(let number): String(number)
                    default: nil
                    }
                }
                columns.append(
                    (key, scalars.count == items.count ? scalars.joined(separator: ";") : String(items.count)))
            }
        }
        flatten(self, key: "")
        return Tabular.csvLine(columns.map(\.0)) + Tabular.csvLine(columns.map(\.1))
    }
}
