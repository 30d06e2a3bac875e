/// What a citizen may do on the web without a login: file a complaint, and with their ticket and
/// tracking code reply, rate and object. Each act is the audit trail's `warga:web` (a login has no
/// colon, so no official can be confused with a citizen), and each is limited per network address.
public enum CitizenAct: String, CaseIterable, Sendable {
    /// A complaint filed on the public form (channel `website`).
    case file
    /// A message added to the complaint's timeline (a public note: it changes no status or deadline).
    case reply
    /// A resolved complaint rated and so closed (the complainant's confirmation).
    case rate
    /// An objection to a resolution: the complaint reopened, counted against the unit.
    case object

    /// How many of this act one network address may make in an hour and in a day. Filing is the
    /// rarest (a household files a few complaints a year; a village head might file several in
    /// one sitting); a conversation about one's own complaint may be longer.
    public var limits: (perHour: Int, perDay: Int) {
        switch self {
        case .file: (5, 20)
        case .reply: (10, 40)
        case .rate, .object: (5, 20)
        }
    }

    /// The rights this act stands for: the checks the desk's own act passes. A rating's is the
    /// right to settle, which also covers answering and holding: only `Citizens.rate` asks it, for
    /// a close and nothing else.
    public var guardedActions: Set<GuardedAction> {
        switch self {
        case .file: [.logComplaint]
        case .reply: [.noteComplaint]
        case .rate: [.settleComplaint]
        case .object: [.reopenComplaint]
        }
    }
}

extension Actor {
    /// The citizen on the public web pages: every act of theirs in the audit trail and in a
    /// complaint's history carries this name.
    public static let citizen = try! Actor("warga:web")

    /// Whether the act is the complainant's own (a reply, a rating, an objection on the status page).
    public var isCitizen: Bool { self == .citizen }
}

extension CitizenAct {
    /// The network a post's address is counted under: an IPv4 address as it is (an IPv4 address
    /// written as IPv6, `::ffff:203.0.113.9`, as IPv4), an IPv6 address by its /64, which one
    /// household or phone is given whole. nil for an empty or unreadable address, which no limit
    /// could be kept for.
    public static func networkKey(_ address: String) -> String? {
        var text = address.trimmingWhitespace().lowercased()
        if text.hasPrefix("::ffff:"), text.contains(".") { text = String(text.dropFirst(7)) }
        if !text.contains(":") {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return nil }
            return text
        }
        // IPv6: the first four groups, "::" filled with zeros; a zone ("%eth0") is not the address.
        let bare = text.split(separator: "%", maxSplits: 1).first.map(String.init) ?? ""
        let halves = bare.split(separator: "::", omittingEmptySubsequences: false).map(String.init)
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [String]? {
            if part.isEmpty { return [] }
            let found = part.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            return found.allSatisfy({ (1...4).contains($0.count) && UInt16($0, radix: 16) != nil }) ? found : nil
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
            all += Array(repeating: "0", count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        return all.prefix(4).map { String(UInt16($0, radix: 16) ?? 0, radix: 16) }.joined(separator: ":") + "::/64"
    }
}
