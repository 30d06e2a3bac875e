import KBKDigest

/// The hash chain over the audit trail. Each entry's hash is SHA-256 over a fixed, length-prefixed
/// encoding of its content and the previous entry's hash, so changing, removing or reordering an
/// entry breaks the chain from that entry on, and a printed head (entry count and hash) pins the
/// whole trail as it was. There is no secret: someone who rewrites the file can rewrite the chain
/// too, which is why reports print the head, and `kbk audit verify --head` checks an old one.
public enum AuditChain {
    /// The "previous hash" of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// What the hash covers: every column of an entry except its id and hash.
    public struct Content: Sendable, Equatable {
        public var at: String
        public var actor: String
        public var onBehalfOf: String?
        public var action: String
        public var entityKind: String
        public var entityID: String?
        public var summary: String
        /// The system's time when the entry was made under a pinned clock (migration 0027).
        public var realAt: String?
        /// The digest of the rows this entry sealed (`RowSeals`, migration 0027).
        public var seal: String?

        public init(
            at: String, actor: String, onBehalfOf: String?, action: String, entityKind: String, entityID: String?,
            summary: String, realAt: String? = nil, seal: String? = nil
        ) {
            self.at = at
            self.actor = actor
            self.onBehalfOf = onBehalfOf
            self.action = action
            self.entityKind = entityKind
            self.entityID = entityID
            self.summary = summary
            self.realAt = realAt
            self.seal = seal
        }
    }

    public struct Head: Sendable, Hashable {
        public let entries: Int
        /// The last entry's hash; nil for an empty trail (or a last entry without one).
        public let hash: String?

        public init(entries: Int, hash: String?) {
            self.entries = entries
            self.hash = hash
        }
    }

    public enum Problem: Sendable, Equatable {
        /// The stored hash is not the one its content and the previous entry give.
        case mismatch
        /// The entry has no hash: written around kbk after the chain began.
        case noHash
    }

    public enum Verification: Sendable, Equatable {
        /// Every entry matches; `pinnedAt` is the place (1-based) of the head asked about, if found.
        case intact(Head, pinnedAt: Int?)
        /// `entry` (its id) at `position` (1-based, in id order) is the first that does not match.
        case broken(entry: Int64, position: Int, reason: Problem)
    }

    /// Entries without a real time or a seal keep the first encoding, so the entries written before
    /// migration 0027 verify as they did; the others add both fields under a new version tag.
    public static func hash(_ content: Content, after previous: String) -> String {
        var fields = [
            content.at, content.actor, content.onBehalfOf, content.action, content.entityKind, content.entityID,
            content.summary,
        ]
        let version = content.realAt == nil && content.seal == nil ? "kbk-audit-1" : "kbk-audit-2"
        if version == "kbk-audit-2" { fields += [content.realAt, content.seal] }
        var encoded = version + "\n" + previous + "\n"
        for field in fields {
            // Length-prefixed, with NULL distinct from empty text: no two contents encode alike.
            if let field { encoded += "\(field.utf8.count):\(field)\n" } else { encoded += "-\n" }
        }
        return SHA256.hexDigest(encoded)
    }
}
