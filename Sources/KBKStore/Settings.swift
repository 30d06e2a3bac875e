import KBKDomain
import SQLiteDB

/// Administrator-adjustable defaults (table `setting`).
public struct Settings {
    let connection: Connection

    /// Every setting with the values it may take.
    public enum Key: String, CaseIterable, Sendable {
        case groupSizeMin = "group_size_min"
        case groupSizeMax = "group_size_max"

        public var range: ClosedRange<Int> {
            switch self {
            case .groupSizeMin: 1...100
            case .groupSizeMax: 1...1_000
            }
        }

        public static func parse(_ text: String) throws(DomainError) -> Key {
            guard let key = Key(rawValue: text.lowercased()) else {
                throw .notAllowed(field: "setting", value: text, allowed: allCases.map(\.rawValue))
            }
            return key
        }
    }

    public func all() throws -> [(key: Key, value: Int)] {
        try Key.allCases.map { ($0, try value($0)) }
    }

    public func value(_ key: Key) throws -> Int {
        let stored = try connection.one("SELECT value FROM setting WHERE key = ?", key.rawValue) {
            $0.string(0).flatMap(Int.init)
        }
        return (stored ?? nil)
            ?? (key == .groupSizeMin ? GroupSizeBounds.standard.minimum : GroupSizeBounds.standard.maximum)
    }

    public func groupSizeBounds() throws -> GroupSizeBounds {
        GroupSizeBounds(minimum: try value(.groupSizeMin), maximum: try value(.groupSizeMax))
    }

}

extension Store {
    public var settings: Settings { Settings(connection: connection) }
}

extension Writing where Repository == Settings {
    public func set(_ key: Settings.Key, to text: String) throws {
        try transaction.require(.manageRegistry)
        guard let value = Int(text), key.range.contains(value) else {
            throw DomainError.outOfRange(field: key.rawValue, value: text, range: key.range)
        }
        var bounds = try repository.groupSizeBounds()
        bounds =
            key == .groupSizeMin
            ? GroupSizeBounds(minimum: value, maximum: bounds.maximum)
            : GroupSizeBounds(minimum: bounds.minimum, maximum: value)
        guard bounds.minimum <= bounds.maximum else {
            throw DomainError.outOfRange(
                field: key.rawValue, value: text,
                range: key == .groupSizeMin ? 1...bounds.maximum : bounds.minimum...key.range.upperBound)
        }
        let old = try repository.value(key)
        guard old != value else { return }
        try connection.run(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            key.rawValue, String(value))
        try transaction.audit(
            AuditRecord(.update, .setting, id: key.rawValue, "set \(key.rawValue) from \(old) to \(value)"))
    }
}

extension Transaction {
    public var settings: Writing<Settings> { Writing(self, Settings(connection: connection)) }
}
