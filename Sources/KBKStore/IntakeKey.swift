import KBKDomain
internal import SQLiteDB

/// The one-use key of a web intake form: 128 random bits as 32 hexadecimal digits, given with the
/// form and kept with the complaint it records (table `intake_key`).
public struct IntakeKey: Hashable, Sendable {
    public let value: String

    /// A new key.
    public init() {
        var generator = SystemRandomNumberGenerator()
        value = (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// The key a form sent back, or nil when it is not one (a form of an older page has none).
    public init?(_ text: String) {
        // ASCII alone: Unicode's hex digits include full-width ones, which the table refuses.
        guard text.utf8.count == 32,
            text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        value = text
    }
}

extension Complaints {
    /// The complaint an intake form with this key recorded, if one did.
    public func recorded(by key: IntakeKey) throws -> Ticket? {
        try connection.one(
            "SELECT c.ticket FROM intake_key k JOIN complaint c ON c.id = k.complaint_id WHERE k.key = ?", key.value,
            transform: { row in try Ticket.parse(try DecodedRow(row, table: "complaint").text(0, "ticket")) })
    }
}
