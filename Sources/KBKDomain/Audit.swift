/// Who acts: an official's login or name, written to the audit trail with every change.
public struct Actor: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public static let maxLength = 64

    public init(_ name: String) throws(DomainError) {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= Actor.maxLength,
            !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw .malformed(
                field: "actor", value: name, expected: "a name of 1 to \(Actor.maxLength) printable characters")
        }
        self.name = trimmed
    }

    public var description: String { name }
}

/// The kinds of record the audit trail speaks about. Each feature adds its own.
public enum EntityKind: String, CaseIterable, Sendable {
    case database
    case setting
    case skpd
    case group
    case member
    case meeting
    case sop
    case complaint
    case category
    case topic
    case holiday
    case improvement
    case survey
    case official
    case notice
    case coordination
    case rbk
    case assessment
    case place

    public static func parse(_ text: String) throws(DomainError) -> EntityKind {
        try parseChoice(text, field: "entity")
    }
}

/// What happened to the entity.
public enum AuditAction: String, CaseIterable, Sendable {
    case create
    case update
    case delete
    case migrate
    case backup
    case export
    case deactivate
    case dissolve
    case remove
    case revise
    case review
    case revoke
    /// A complaint action (the complaint's own history says which).
    case act
    case advance
    case link
    /// A file kept on a complaint, or shown to citizens or not.
    case attach
    /// Someone looked at a complainant's identity.
    case revealIdentity = "reveal_identity"
    /// The rows a change wrote beyond the first entry's thousand seals (see `RowSeals`).
    case seal
}

/// One line of the append-only audit trail.
public struct AuditEntry: Hashable, Sendable {
    public let id: Int64
    public let at: Timestamp
    public let actor: String
    /// The official a paper record was entered for, when not the actor.
    public let onBehalfOf: String?
    public let action: String
    public let entityKind: String
    public let entityID: String?
    public let summary: String

    public init(
        id: Int64, at: Timestamp, actor: String, onBehalfOf: String? = nil, action: String, entityKind: String,
        entityID: String?, summary: String
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.onBehalfOf = onBehalfOf
        self.action = action
        self.entityKind = entityKind
        self.entityID = entityID
        self.summary = summary
    }
}

/// A change about to be recorded: the store adds the time, the actor and the id.
public struct AuditRecord: Hashable, Sendable {
    public let action: AuditAction
    public let entityKind: EntityKind
    public let entityID: String?
    public let summary: String

    public init(_ action: AuditAction, _ entityKind: EntityKind, id entityID: String?, _ summary: String) {
        self.action = action
        self.entityKind = entityKind
        self.entityID = entityID
        self.summary = summary
    }
}

extension String {
    public func trimmingWhitespace() -> String {
        // Usually nothing to trim: both ends are visible ASCII characters.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
