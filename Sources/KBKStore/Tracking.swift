import KBKDigest
import KBKDomain
internal import SQLiteDB

/// The tracking code a citizen gets at intake, with the ticket the key to the public status page.
/// Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as `XXXXX-XXXXX`:
/// about 49 bits, so that a ticket's code cannot be guessed; only its SHA-256 is stored.
public enum TrackingCode {
    static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<10).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] }
        return String(characters.prefix(5)) + "-" + String(characters.suffix(5))
    }

    /// The code as typed, upper-cased and without separators or spaces; nil when it cannot be one.
    public static func normalised(_ text: String) -> String? {
        let kept = text.uppercased().filter { $0 != "-" && $0 != " " }
        guard kept.count == 10, kept.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return kept
    }

    static func hash(_ code: String) -> String? { normalised(code).map(SHA256.hexDigest) }
}

extension Complaints {
    /// The complaint whose ticket and tracking code these are; nil for an unknown ticket and for a
    /// wrong code alike, so that the answer tells nothing about which tickets exist.
    public func tracked(ticket text: String, code: String) throws -> Complaint? {
        guard let ticket = try? Ticket.parse(text), let hash = TrackingCode.hash(code),
            let complaint = try? get(ticket)
        else { return nil }
        let stored = try connection.nullable(
            "SELECT tracking_hash FROM complaint WHERE id = ?", complaint.id, transform: { $0.string(0) })
        guard let stored,
            HMACSHA256.constantTimeEqual(Array(stored.utf8), Array(hash.utf8))
        else { return nil }
        return complaint
    }
}

extension Writing where Repository == Complaints {
    /// A new code for the complaint, its hash stored; the caller's audit entry covers it.
    func setTrackingCode(of complaint: Complaint) throws -> String {
        let code = TrackingCode.make()
        try connection.run(
            "UPDATE complaint SET tracking_hash = ? WHERE id = ?", TrackingCode.hash(code) ?? "", complaint.id)
        return code
    }
}

extension Store {
    /// The key of the web forms' CSRF tokens (migration 0017).
    public func webSecret() throws -> [UInt8] {
        let hex = try connection.nullable("SELECT secret FROM web_secret WHERE id = 1") { $0.string(0) }
        func damaged() -> DamagedRow {
            DamagedRow(table: "web_secret", rowID: "1", column: "secret", value: hex, expected: "64 hex digits")
        }
        guard let hex, hex.count == 64 else { throw damaged() }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { throw damaged() }
            bytes.append(byte)
            index = next
        }
        return bytes
    }
}
