/// What the citizen is told, and through what: on hand-over, response, resolution and closing, a
/// message to the contact they gave (an e-mail address by mail, a telephone number by SMS, or by
/// WhatsApp when that is how the complaint came). An anonymous complainant, or a contact that is
/// neither, is told through the status page only.
public enum CitizenNoticeOccasion: String, CaseIterable, Sendable {
    case handedOver = "handed_over"
    case responded
    case resolved
    case closed

    /// The occasion an action of the complaint's life is, nil for those the citizen is not sent
    /// (notes, holds, assignments inside the unit, …).
    public init?(_ action: ComplaintAction) {
        switch action {
        case .verify: self = .handedOver
        case .respond: self = .responded
        case .resolve: self = .resolved
        case .close, .closeWithoutReply: self = .closed
        default: return nil
        }
    }
}

public enum CitizenNoticeChannel: String, CaseIterable, Sendable {
    case email, sms, whatsapp

    /// How the complainant can be reached: the contact as they left it, read as an e-mail address
    /// or else as a telephone number (WhatsApp when the complaint came by WhatsApp). nil: they are
    /// anonymous, left none, or left something that is neither (an address, a name).
    public init?(contact: String?, anonymous: Bool, intake: Channel) {
        guard !anonymous, let contact = contact?.trimmingWhitespace(), !contact.isEmpty else { return nil }
        if CitizenNoticeChannel.isEmailAddress(contact) {
            self = .email
        } else if ContactNumber(contact) != nil {
            self = intake == .whatsapp ? .whatsapp : .sms
        } else {
            return nil
        }
    }

    /// One `local@domain`, the domain with a dot, nothing a header could be split on.
    public static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), text.utf8.count <= 254
        else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII && $0.value > 0x20 && !"<>(),;:\\\"[]".unicodeScalars.contains($0)
        }
    }

    /// The number as a gateway takes it: international form without the plus ("6281234567890").
    public static func gatewayNumber(_ contact: String) -> String? {
        ContactNumber(contact).map { "62" + $0.digits.dropFirst() }
    }
}
