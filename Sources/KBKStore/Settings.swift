import KBKDigest
import KBKDomain
import KBKImage
import KBKMail
internal import SQLiteDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Administrator-adjustable defaults (table `setting`).
public struct Settings {
    let connection: Connection

    /// A setting's value: a bounded whole number or a checked text.
    public enum Value: Hashable, Sendable, CustomStringConvertible {
        case integer(Int)
        case text(String)

        public var description: String {
            switch self {
            case .integer(let value): String(value)
            case .text(let value): value
            }
        }
    }

    /// Every setting with the values it may take.
    public enum Key: String, CaseIterable, Sendable {
        case groupSizeMin = "group_size_min"
        case groupSizeMax = "group_size_max"
        /// The local mail interface notices leave through: a program and its arguments, split at
        /// spaces and run without a shell (Postfix's or nullmailer's `sendmail`, `msmtp -t`).
        case mailCommand = "mail.command"
        /// The sender of notices: `kbk@purbalinggakab.go.id` or `Sistem KBK <kbk@purbalinggakab.go.id>`.
        case mailFrom = "mail.from"
        /// The report's letterhead (kop surat): the government, the office that issues it, its address.
        case organisationName = "org.name"
        case organisationUnit = "org.unit"
        case organisationAddress = "org.address"
        /// How citizens reach the complaint desk (`WhatsApp 0812-2600-1234 · pengaduan@purbalinggakab.go.id`),
        /// on the citizens' status page.
        case organisationContact = "org.contact"
        /// The government's emblem for the letterhead, as a data URI (PNG, JPEG or SVG, base64).
        case organisationLogo = "org.logo"
        /// The box the government's area lies in, "south,west,north,east" in decimal degrees: a
        /// complaint's point must lie in it. Empty: anywhere in Indonesia.
        case organisationBounds = "org.bounds"
        /// The government's BPS region code (`3303` for Kabupaten Purbalingga): who a bundle for the
        /// province (`kbk publish`) comes from. Empty: the government cannot publish yet.
        case organisationRegion = "org.region"
        /// The report's signature block: the place it is signed in, the signer's position, name and NIP.
        case reportPlace = "report.place"
        case signerPosition = "report.signer.position"
        case signerName = "report.signer.name"
        case signerNIP = "report.signer.nip"
        /// The head's rank under their name (pangkat/golongan: `Pembina Utama Muda (IV/c)`).
        case signerRank = "report.signer.rank"
        /// Who prepares the report (the coordinator's desk): the first of its two signers.
        case preparerPosition = "report.preparer.position"
        case preparerName = "report.preparer.name"
        case preparerNIP = "report.preparer.nip"
        /// The language of everything kbk prints for the organisation when neither `--lang` nor
        /// `KBK_LANG` says otherwise: `id` (the default) or `en`.
        case organisationLanguage = "org.lang"
        /// Whether `KBK_NOW` may pin the clock: `allowed` only in demo and training databases.
        case clockPinning = "clock.pinning"
        /// How many days before now a time given by hand (`--at`, `--received`) may claim.
        case backdateDays = "clock.backdate-days"
        /// Where officials and citizens reach kbk-web (`https://kbk.purbalinggakab.go.id/kbk`): the
        /// links of notices, receipts and replies to citizens. Empty: the web front is not announced.
        case webURL = "web.url"
        /// How notices leave: `per-run`, one message per official per run listing all their items
        /// (the default); `per-notice`, one message per complaint, deadline and level.
        case mailDigest = "mail.digest"
        /// The program SMS and WhatsApp notices to citizens are handed to, one JSON message on its
        /// standard input (`kbk escalate`), under the rules of `mail.command` and without arguments.
        /// Empty: there is none, and such notices are recorded as `no-gateway`.
        case noticeGateway = "notice.gateway"

        public var defaultValue: Value {
            switch self {
            case .groupSizeMin: .integer(GroupSizeBounds.standard.minimum)
            case .groupSizeMax: .integer(GroupSizeBounds.standard.maximum)
            case .mailCommand: .text("/usr/sbin/sendmail -t -oi")
            case .mailFrom: .text("kbk@localhost")
            case .clockPinning: .text(ClockPinning.refused.rawValue)
            case .backdateDays: .integer(30)
            case .mailDigest: .text(MailDigest.perRun.rawValue)
            case .organisationLanguage: .text(Language.id.rawValue)
            case .organisationName, .organisationUnit, .organisationAddress, .organisationContact, .organisationLogo,
                .reportPlace, .signerPosition, .signerName, .signerNIP, .webURL, .organisationBounds, .noticeGateway,
                .organisationRegion, .signerRank, .preparerPosition, .preparerName, .preparerNIP:
                .text("")
            }
        }

        /// The value `text` sets, checked.
        public func parse(_ text: String) throws(DomainError) -> Value {
            switch self {
            case .groupSizeMin, .groupSizeMax:
                let range = self == .groupSizeMin ? 1...100 : 1...1_000
                guard let value = Int(text.trimmingWhitespace()), range.contains(value) else {
                    throw .outOfRange(field: rawValue, value: text, range: range)
                }
                return .integer(value)
            case .backdateDays:
                let range = 0...3_660
                guard let value = Int(text.trimmingWhitespace()), range.contains(value) else {
                    throw .outOfRange(field: rawValue, value: text, range: range)
                }
                return .integer(value)
            case .clockPinning:
                return .text((try parseChoice(text.trimmingWhitespace(), field: rawValue) as ClockPinning).rawValue)
            case .mailCommand:
                return .text(try MailSettings.command(text, field: rawValue))
            case .mailFrom:
                return .text(try MailSettings.sender(text, field: rawValue))
            case .noticeGateway:
                return .text(try MailSettings.gateway(text, field: rawValue))
            case .organisationLogo:
                return .text(try Logo.dataURI(text, field: rawValue))
            case .webURL:
                return .text(try WebAddress.parse(text, field: rawValue))
            case .organisationBounds:
                let trimmed = text.trimmingWhitespace()
                return .text(trimmed.isEmpty ? "" : try Bounds.parse(trimmed).description)
            case .organisationRegion:
                let trimmed = text.trimmingWhitespace()
                return .text(trimmed.isEmpty ? "" : try RegionCode.parse(trimmed, field: rawValue))
            case .mailDigest:
                return .text((try parseChoice(text.trimmingWhitespace(), field: rawValue) as MailDigest).rawValue)
            case .organisationLanguage:
                return .text(
                    (try parseChoice(text.trimmingWhitespace().lowercased(), field: rawValue) as Language).rawValue)
            case .signerNIP, .preparerNIP:
                let trimmed = text.trimmingWhitespace()
                return .text(trimmed.isEmpty ? "" : try NIP(trimmed).digits)
            case .organisationName, .organisationUnit, .organisationAddress, .organisationContact, .reportPlace,
                .signerPosition, .signerName, .signerRank, .preparerPosition, .preparerName:
                // Empty leaves it out of the report; otherwise one line of printable text.
                let trimmed = text.trimmingWhitespace()
                return .text(trimmed.isEmpty ? "" : try TextRules.name(trimmed, field: rawValue))
            }
        }

        /// The value as a person reads it: an image as its type and size, never its bytes.
        public func summary(of value: Value) -> String {
            guard self == .organisationLogo, case .text(let uri) = value else { return value.description }
            return Logo.summary(uri)
        }

        public static func parse(_ text: String) throws(DomainError) -> Key {
            guard let key = Key(rawValue: text.lowercased()) else {
                throw .notAllowed(field: "setting", value: text, allowed: allCases.map(\.rawValue))
            }
            return key
        }
    }

    public func all() throws -> [(key: Key, value: Value)] {
        try Key.allCases.map { ($0, try value($0)) }
    }

    public func value(_ key: Key) throws -> Value {
        // No row: the setting was never set, and its default applies.
        guard let stored = try storedText(key) else { return key.defaultValue }
        // A setting is relied on only as kbk wrote it: one changed around kbk is refused.
        if try RowSeals.areKept(connection) {
            try RowSeals.require(.setting, key: key.rawValue, connection)
        }
        // Kbk stores only values that parse: one that does not is damaged, not replaced by the default.
        guard let value = try? key.parse(stored) else {
            throw DamagedRow(
                table: "setting", rowID: key.rawValue, column: "value", value: stored, expected: "a valid setting value"
            )
        }
        return value
    }

    public func integer(_ key: Key) throws -> Int {
        if case .integer(let value) = try value(key) { return value }
        if case .integer(let value) = key.defaultValue { return value }
        preconditionFailure("\(key.rawValue) is not a number")
    }

    public func text(_ key: Key) throws -> String { try value(key).description }

    /// The text stored for `key` as it is, unchecked (nil when the default applies): for a use
    /// that must refuse a value edited by other means rather than fall back to the default.
    public func storedText(_ key: Key) throws -> String? {
        try connection.one("SELECT value FROM setting WHERE key = ?", key.rawValue) {
            try DecodedRow($0, table: "setting").text(0, "value")
        }
    }

    /// The organisation's language (`org.lang`) in the database at `path`, read before any command
    /// opens it, so that even its errors speak that language; nil when there is no readable kbk
    /// database there (the command's own opening then says why) or the value is not as kbk wrote it.
    public static func organisationLanguage(at path: String) -> Language? {
        guard FileSystem.isRegularFile(path),
            let connection = try? Connection.open(path, mode: .readOnly, busyTimeoutMilliseconds: 200),
            case .text(let value)? = try? Settings(connection: connection).value(.organisationLanguage)
        else { return nil }
        return Language(rawValue: value)
    }

    public func groupSizeBounds() throws -> GroupSizeBounds {
        GroupSizeBounds(minimum: try integer(.groupSizeMin), maximum: try integer(.groupSizeMax))
    }
}

/// Whether a pinned clock (`KBK_NOW`) is honoured in a database.
public enum ClockPinning: String, CaseIterable, Sendable {
    case allowed
    case refused
}

/// The checks of the mail settings, shared with the escalation's own use of them.
public enum MailSettings {
    /// The shape of `mail.command` (`MailCommandPolicy.checkShape`): an absolute path, no shell or
    /// interpreter, only sendmail options. With `onDisk`, also the program's file and folders.
    public static func command(_ text: String, field: String, onDisk: Bool = false) throws(DomainError) -> String {
        do {
            let words = onDisk ? try MailCommandPolicy.check(text) : try MailCommandPolicy.checkShape(text)
            return words.joined(separator: " ")
        } catch { throw .invalid(field: field, value: text, reason: .unsafeMailCommand(error)) }
    }

    /// `notice.gateway`: empty, or a program alone under the rules of `mail.command` (no shell or
    /// interpreter; with `onDisk`, root's file in root's folders). It takes no arguments: what it
    /// needs (the number, the text) comes as JSON on its standard input.
    public static func gateway(_ text: String, field: String, onDisk: Bool = false) throws(DomainError) -> String {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return "" }
        do throws(MailCommandProblem) {
            let words = onDisk ? try MailCommandPolicy.check(trimmed) : try MailCommandPolicy.checkShape(trimmed)
            if words.count > 1 { throw .argument(words[1]) }
            return words[0]
        } catch { throw .invalid(field: field, value: text, reason: .unsafeMailCommand(error)) }
    }

    /// A bare address or `Display Name <address>`; the display name without quotes, angle brackets or
    /// control characters, so that it stands in a header as it is.
    public static func sender(_ text: String, field: String) throws(DomainError) -> String {
        let trimmed = text.trimmingWhitespace()
        let expected = "an address such as kbk@purbalinggakab.go.id or 'Sistem KBK <kbk@purbalinggakab.go.id>'"
        // The default, kbk@localhost, is the local mail system's own domain: allowed as documented.
        func parse(_ address: String) throws(DomainError) -> String {
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count == 2, parts[1].lowercased() == "localhost" {
                _ = try EmailAddress.parse(parts[0] + "@localhost.localdomain")
                return address
            }
            return try EmailAddress.parse(address)
        }
        guard let open = trimmed.firstIndex(of: "<") else {
            do { return try parse(trimmed) } catch {
                throw .malformed(field: field, value: text, expected: expected)
            }
        }
        let name = String(trimmed[..<open]).trimmingWhitespace()
        guard trimmed.hasSuffix(">"),
            !name.unicodeScalars.contains(where: { $0.value < 0x20 || "\"<>,;:\\".unicodeScalars.contains($0) })
        else { throw .malformed(field: field, value: text, expected: expected) }
        let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        do {
            let checked = try parse(address)
            return name.isEmpty ? checked : "\(name) <\(checked)>"
        } catch { throw .malformed(field: field, value: text, expected: expected) }
    }
}

extension Store {
    public var settings: Settings { Settings(connection: connection) }
}

extension Writing where Repository == Settings {
    public func set(_ key: Settings.Key, to text: String) throws {
        try transaction.require(.manageRegistry)
        let value = try key.parse(text)
        if key == .mailCommand { _ = try MailSettings.command(text, field: key.rawValue, onDisk: true) }
        if key == .noticeGateway { _ = try MailSettings.gateway(text, field: key.rawValue, onDisk: true) }
        if case .integer(let number) = value, key == .groupSizeMin || key == .groupSizeMax {
            let bounds = try repository.groupSizeBounds()
            let changed =
                key == .groupSizeMin
                ? GroupSizeBounds(minimum: number, maximum: bounds.maximum)
                : GroupSizeBounds(minimum: bounds.minimum, maximum: number)
            guard changed.minimum <= changed.maximum else {
                throw DomainError.outOfRange(
                    field: key.rawValue, value: text,
                    range: key == .groupSizeMin ? 1...bounds.maximum : bounds.minimum...1_000)
            }
        }
        let old = try repository.value(key)
        guard old != value else { return }
        try connection.run(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            key.rawValue, value.description)
        try transaction.audit(
            AuditRecord(
                .update, .setting, id: key.rawValue,
                "set \(key.rawValue) from \(key.summary(of: old)) to \(key.summary(of: value))"))
    }
}

extension Transaction {
    public var settings: Writing<Settings> { Writing(self, Settings(connection: connection)) }

    /// A time typed by hand (`--at`, `--received`) is a claim about the past: at most
    /// `clock.backdate-days` back, never ahead (an import restores history as it was).
    public func checkClaimedTime(_ claimed: Timestamp, field: String) throws {
        if isImporting { return }
        if claimed > now { throw DomainError.rule(.inTheFuture(field: field, value: claimed, now: now)) }
        let days = try Settings(connection: connection).integer(.backdateDays)
        let earliest = Timestamp(secondsSinceEpoch: now.secondsSinceEpoch - Int64(days) * 86_400)
        if claimed < earliest {
            throw DomainError.rule(.beyondBackdateWindow(field: field, value: claimed, earliest: earliest, days: days))
        }
    }
}

/// The letterhead's emblem: kept in the database as a data URI, so the report embeds it wherever
/// it is made (the command line, the web server's user) and a saved report needs no other file.
/// Its bytes are checked (`LogoImage`) when it is set and whenever it is read back: a PNG, a JPEG,
/// or an SVG with no script, event attribute or external reference.
public enum Logo {
    public static let types = ImageKind.allCases.map(\.rawValue)
    /// The largest image: its data URI must fit a setting's 100,000 characters.
    public static let maximumBytes = 72 * 1024

    /// The data URI of an image's bytes; refused unless they are a PNG, a JPEG or a safe SVG.
    public static func dataURI(of bytes: [UInt8]) throws(LogoProblem) -> String {
        "data:\(try LogoImage.kind(of: bytes).rawValue);base64," + Base64.encode(bytes)
    }

    /// Empty (no logo), or a data URI of one of `types` in base64, checked character by character,
    /// whose bytes are what it says and pass the same check as a file.
    static func dataURI(_ text: String, field: String) throws(DomainError) -> String {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return "" }
        let expected = "a PNG, JPEG or SVG image (kbk config set org.logo FILE)"
        guard let comma = trimmed.firstIndex(of: ","),
            let type = types.first(where: { trimmed[..<comma] == "data:\($0);base64" }),
            trimmed.utf8.count <= 100_000,
            let bytes = Base64.decode(trimmed[trimmed.index(after: comma)...]), bytes.count <= maximumBytes
        else { throw .malformed(field: field, value: text, expected: expected) }
        let kind: ImageKind
        do { kind = try LogoImage.kind(of: bytes) } catch {
            throw .invalid(field: field, value: text, reason: .unsafeLogo(error))
        }
        guard kind.rawValue == type else { throw .malformed(field: field, value: text, expected: expected) }
        return trimmed
    }

    /// "image/png, 23,456 bytes", or "none".
    public static func summary(_ uri: String) -> String {
        guard let comma = uri.firstIndex(of: ","), uri.hasPrefix("data:") else { return "none" }
        let type = uri[uri.index(uri.startIndex, offsetBy: 5)..<comma].split(separator: ";").first ?? ""
        let encoded = uri[uri.index(after: comma)...].utf8
        let padding = encoded.reversed().prefix { $0 == 61 }.count
        return "\(type), \(encoded.count / 4 * 3 - padding) bytes"
    }
}

/// The address of kbk-web as people and mail programs follow it: http or https, a host, an
/// optional port and path, no query, fragment, credentials, spaces or quotes; kept without a
/// trailing slash, so that `\(url)/complaint/T` is a link.
public enum WebAddress {
    public static let maximumLength = 200

    public static func parse(_ text: String, field: String) throws(DomainError) -> String {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return "" }
        let malformed = DomainError.malformed(
            field: field, value: text, expected: "an address such as https://kbk.purbalinggakab.go.id/kbk")
        let lowered = trimmed.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else { throw malformed }
        var rest = Substring(trimmed.dropFirst(scheme.count))
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        let host = rest.prefix { $0 != "/" && $0 != ":" }
        let allowed = { (c: Unicode.Scalar) -> Bool in
            c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || "-._~/:%".unicodeScalars.contains(c))
        }
        let authority = rest.prefix { $0 != "/" }
        let port = authority.dropFirst(host.count)
        guard trimmed.count <= maximumLength, !host.isEmpty, rest.unicodeScalars.allSatisfy(allowed),
            host.unicodeScalars.allSatisfy({ $0 != "%" && $0 != "~" }),
            port.isEmpty || (port.count > 1 && port.count <= 6 && port.dropFirst().allSatisfy(\.isNumber))
        else { throw malformed }
        return String(trimmed.prefix(scheme.count)).lowercased() + rest
    }
}

/// How `kbk escalate` groups its notices into messages (`mail.digest`).
public enum MailDigest: String, CaseIterable, Sendable {
    /// One message per official per run, listing every item of theirs.
    case perRun = "per-run"
    /// One message per notice (a complaint, a deadline, a level).
    case perNotice = "per-notice"
}

extension Settings {
    /// The web front's address (`web.url`), nil while none is set: the links of receipts, replies
    /// and notices.
    /// The box a complaint's point must lie in: `org.bounds`, else Indonesia's.
    public func bounds() throws -> Bounds {
        let text = try self.text(.organisationBounds)
        return text.isEmpty ? Coordinates.indonesia : try Bounds.parse(text)
    }

    public func webAddress() throws -> String? {
        let address = try text(.webURL)
        return address.isEmpty ? nil : address
    }

    /// Who notices come from, as a mailbox's text: `mail.from` when an admin set it (its seal
    /// checked, as every setting's); otherwise "Sistem KBK" under the government's name
    /// (`org.name`) at this host, or at `localhost`, the documented default, when the host's name
    /// is no mail domain.
    public func noticeSender() throws -> String {
        if try storedText(.mailFrom) != nil { return try text(.mailFrom) }
        var name = [CChar](repeating: 0, count: 256)
        let host =
            gethostname(&name, name.count) == 0
            ? String(decoding: name.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self) : ""
        let address =
            (try? MailSettings.sender("kbk@" + host, field: "host")) ?? Key.mailFrom.defaultValue.description
        let organisation = try text(.organisationName)
        let display = organisation.isEmpty ? "Sistem KBK" : "Sistem KBK \(organisation)"
        return try MailSettings.sender("\(display) <\(address)>", field: Key.mailFrom.rawValue)
    }
}
