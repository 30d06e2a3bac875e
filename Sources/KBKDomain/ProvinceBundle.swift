/// A government's BPS region code: two digits of the province and two of the regency or city
/// (`3303`, Kabupaten Purbalingga in Central Java).
public enum RegionCode {
    public static func parse(_ text: String, field: String = "region") throws(DomainError) -> String {
        let code = text.trimmingWhitespace()
        guard code.utf8.count == 4, code.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let province = Int(code.prefix(2)), (11...99).contains(province)
        else {
            throw .malformed(field: field, value: text, expected: "a BPS region code of 4 digits (3303)")
        }
        return code
    }
}

/// The shape of a bundle for the province (`kbk publish`, read by `kbk-province load`): one
/// definition both programs read. A bundle is JSON Lines: a header object on the first line, then
/// one line per unit and one per complaint. The header's `digest` is the SHA-256 of every byte after
/// the header's line break.
public enum ProvinceBundle {
    public static let format = "kbk-province-bundle"
    public static let version = 1

    /// A full bundle carries every complaint; one `since` the previous bundle carries the complaints
    /// changed after that bundle's audit head.
    public enum Kind: String, Sendable, CaseIterable {
        case full, since
    }

    /// The columns of each entry of a complaint's `states`: from which instant (UTC) the complaint
    /// stood so, its status and unit then, and its standing in the report (`ReportStanding`).
    public static let stateColumns = [
        "from", "status", "unit", "cohort", "followed_up", "followed_up_on_time", "settled", "settled_on_time",
        "closed_without_settlement", "reopened", "extended", "open",
    ]
}

/// An audit entry a bundle names: its id and its hash (a head, or an earlier bundle's head).
public struct AuditMark: Sendable, Hashable {
    public let entry: Int64
    public let hash: String

    public init(entry: Int64, hash: String) {
        self.entry = entry
        self.hash = hash
    }
}

extension ProvinceBundle {
    /// A government is late when its last bundle was published more than `allowedDays` days before
    /// `today` (`kbk-province status --late-after`).
    public static func isLate(publishedOn published: CivilDate, today: CivilDate, allowedDays: Int) -> Bool {
        published.adding(days: allowedDays) < today
    }
}
