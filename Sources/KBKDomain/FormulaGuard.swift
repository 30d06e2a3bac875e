/// Keeps spreadsheets from running text as a formula (OWASP, "CSV Injection"): a field that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading `'`, which Excel,
/// LibreOffice and Google Sheets show as text. Numbers such as `-3` or `-0.5` are left as they
/// are: a spreadsheet reads them as numbers, not formulas. A field that already starts with `'`
/// followed by one of those characters or another `'` gets one more `'`, so that `unprotect`
/// restores every field exactly and `import` reads back what was exported.
public enum FormulaGuard {
    static func isTrigger(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D
    }

    static let quote = UInt8(ascii: "'")

    public static func protect(_ value: String) -> String {
        guard let first = value.utf8.first else { return value }
        if isTrigger(first) {
            return isPlainNumber(value) ? value : "'" + value
        }
        if first == quote, let second = value.utf8.dropFirst().first, isTrigger(second) || second == quote {
            return "'" + value
        }
        return value
    }

    public static func unprotect(_ field: String) -> String {
        let bytes = field.utf8
        guard bytes.first == quote, let second = bytes.dropFirst().first, isTrigger(second) || second == quote else {
            return field
        }
        return String(field.dropFirst())
    }

    /// `-12`, `+3`, `-0.25`: a sign, digits and at most one decimal point between digits.
    static func isPlainNumber(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") else { return false }
        var sawDigit = false
        var sawPoint = false
        for (index, byte) in bytes.enumerated().dropFirst() {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                sawDigit = true
            } else if byte == UInt8(ascii: "."), !sawPoint, sawDigit, index < bytes.count - 1 {
                sawPoint = true
            } else {
                return false
            }
        }
        return sawDigit
    }
}
