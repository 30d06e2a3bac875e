/// A telephone number as a desk types it to find a complainant's complaints, and as a contact was
/// recorded: "0812-3456-7890", "+62 812 3456 7890" and "6281234567890" are the same number. Only
/// the digits count, with Indonesia's country code read as the trunk prefix 0.
public struct ContactNumber: Hashable, Sendable {
    /// The national form's digits: "081234567890".
    public let digits: String

    /// How many digits a number has at least and at most once written nationally (a Jakarta
    /// landline with its area code has 9, a mobile number up to 13).
    public static let digitRange = 8...15

    /// The number in `text`, or nil when `text` is not one (an e-mail address, a name, too few digits).
    public init?(_ text: String) {
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || " +-().".contains($0)) }) else { return nil }
        var digits = String(text.filter(\.isNumber))
        if digits.hasPrefix("62") {
            digits = "0" + digits.dropFirst(2)
        } else if digits.hasPrefix("8") {
            digits = "0" + digits
        }
        guard Self.digitRange.contains(digits.count), digits.hasPrefix("0") else { return nil }
        self.digits = digits
    }

    /// Every number in a contact as a complainant left it, which is free text: "WA 0812-3456-7890",
    /// "HP: +62 812 3456 7890 / 0813 1111 2222" hold one and two. Each run of digits and the signs
    /// numbers are written with is read as above.
    public static func all(in text: String) -> [ContactNumber] {
        var numbers: [ContactNumber] = []
        var run = ""
        /// The run read as one number, or else each of its space-separated parts ("0812… 0813…").
        func flush() {
            let trimmed = run.trimmingWhitespace()
            run = ""
            guard !trimmed.isEmpty else { return }
            if let number = ContactNumber(trimmed) {
                numbers.append(number)
            } else {
                numbers += trimmed.split(separator: " ").compactMap { ContactNumber(String($0)) }
            }
        }
        for character in text {
            if character.isASCII && (character.isNumber || "+-().".contains(character)) {
                run.append(character)
            } else if character == " ", run.last?.isNumber == true {
                // A space inside a number ("0812 3456 7890") joins its groups: the run goes on.
                run.append(character)
            } else {
                flush()
            }
        }
        flush()
        return numbers
    }

    /// The number read from what a desk typed, or a refusal naming the value and what is allowed.
    public static func parse(_ text: String, field: String) throws(DomainError) -> ContactNumber {
        guard let number = ContactNumber(text) else {
            throw .malformed(
                field: field, value: text, expected: "a telephone number of 8 to 15 digits, like 0812-3456-7890")
        }
        return number
    }

    /// The number with all but its last four digits hidden, for the audit trail: "08••••••7890".
    public var masked: String {
        String(digits.prefix(2)) + String(repeating: "•", count: max(0, digits.count - 6)) + String(digits.suffix(4))
    }
}
