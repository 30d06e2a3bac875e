/// A ticket number `ADU-2026-00012`: the year of receipt and a sequence without gaps within it.
public struct Ticket: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let sequence: Int

    public init(year: Int, sequence: Int) {
        self.year = year
        self.sequence = sequence
    }

    public static func < (a: Ticket, b: Ticket) -> Bool { (a.year, a.sequence) < (b.year, b.sequence) }

    public var description: String { "ADU-\(pad(year, 4))-\(pad(sequence, 5))" }

    public static func parse(_ text: String) throws(DomainError) -> Ticket {
        // The stored form `ADU-2026-00012`, read from its bytes: an events file names a ticket on every line.
        if let ticket = text.utf8.withContiguousStorageIfAvailable(Ticket.parseStored) ?? nil { return ticket }
        let parts = text.trimmingWhitespace().uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "ADU", parts[1].count == 4, parts[2].count >= 5,
            let year = parseDigits(ArraySlice(parts[1].utf8)), let sequence = parseDigits(ArraySlice(parts[2].utf8)),
            sequence > 0
        else {
            throw .malformed(field: "ticket", value: text, expected: "a ticket like ADU-2026-00012")
        }
        return Ticket(year: year, sequence: sequence)
    }
}

extension Ticket {
    static func parseStored(_ bytes: UnsafeBufferPointer<UInt8>) -> Ticket? {
        guard bytes.count >= 14, bytes[0] == UInt8(ascii: "A"), bytes[1] == UInt8(ascii: "D"),
            bytes[2] == UInt8(ascii: "U"),
            bytes[3] == UInt8(ascii: "-"), bytes[8] == UInt8(ascii: "-")
        else { return nil }
        var year = 0
        for position in 4..<8 {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            year = year * 10 + Int(digit)
        }
        guard bytes.count <= 9 + 18 else { return nil }
        var sequence = 0
        for position in 9..<bytes.count {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            sequence = sequence * 10 + Int(digit)
        }
        return sequence > 0 ? Ticket(year: year, sequence: sequence) : nil
    }
}
