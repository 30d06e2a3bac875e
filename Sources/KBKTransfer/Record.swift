import KBKDomain
import KBKStore

/// One CSV row, by column name; empty fields read as absent.
struct Record {
    let fields: [String]
    let index: [String: Int]
    let line: Int
    /// The header's names in sorted order, for `contentFingerprint`.
    let sortedColumns: [String]

    /// What the row holds, whatever the order of its columns: FNV-1a over the non-empty fields by
    /// column name, as hexadecimal.
    var contentFingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for column in sortedColumns {
            guard let value = value(column) else { continue }
            for byte in column.utf8 + [0x1F] + value.utf8 + [0x1E] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return String(hash, radix: 16)
    }

    /// The field under `column`, as exported: a formula guard (`'=…`) is taken off again.
    func value(_ column: String) -> String? {
        guard let position = index[column], position < fields.count else { return nil }
        let text = fields[position].trimmingWhitespace()
        return text.isEmpty ? nil : FormulaGuard.unprotect(fields[position])
    }

    /// Parses a column, naming it when the value is refused.
    func parse<T>(_ column: String, _ parser: (String) throws(DomainError) -> T) throws -> T? {
        guard let text = value(column) else { return nil }
        do {
            return try parser(text)
        } catch {
            throw ImportProblem(line: line, column: column, error: error)
        }
    }

    func require<T>(_ column: String, _ parser: (String) throws(DomainError) -> T) throws -> T {
        guard let value = try parse(column, parser) else {
            throw ImportProblem(
                line: line, column: column, error: DomainError.invalid(field: column, value: "", reason: .empty))
        }
        return value
    }

    /// Runs a store call, attributing a refusal to `column`; a complaint that does not exist is
    /// the fault of the row's `ticket`, whatever the call was.
    func attempt<T>(_ column: String?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DomainError {
            if case .notFound(.complaint, _) = error, value("ticket") != nil {
                throw ImportProblem(line: line, column: "ticket", error: error)
            }
            throw ImportProblem(line: line, column: column, error: error)
        } catch let error as DatabaseError where error.isConstraintViolation {
            throw ImportProblem(line: line, column: column, error: error)
        }
    }
}

/// The parsers of the values of columns that need nothing but the text.
enum FieldParser {
    static func date(_ text: String) throws(DomainError) -> CivilDate { try CivilDate.parseEntered(text) }

    static func integer(_ range: ClosedRange<Int>) -> (String) throws(DomainError) -> Int {
        { (text: String) throws(DomainError) -> Int in try EnteredValue.integer(text, field: "number", in: range) }
    }
    static func name(_ field: String) -> (String) throws(DomainError) -> String {
        { (text: String) throws(DomainError) in try TextRules.name(text, field: field) }
    }
    static func long(_ field: String) -> (String) throws(DomainError) -> String {
        { (text: String) throws(DomainError) in try TextRules.optional(text, field: field, long: true) ?? "" }
    }
    static func flag(_ text: String) throws(DomainError) -> Bool {
        switch text.lowercased() {
        case "true", "1", "yes", "ya": return true
        case "false", "0", "no", "tidak": return false
        default: throw .notAllowed(field: "flag", value: text, allowed: ["true", "false"])
        }
    }
}
