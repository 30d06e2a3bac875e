import KBKDomain
import KBKPresentation

/// The command line's messages as the web shows them: an official on the web has no command line,
/// so the hints that send a reader to a command ("; lihat 'kbk group list --all'", "('kbk topic
/// list')") are left out; the rest of the message stands as the command line says it.
enum WebMessages {
    static func withoutCommandHints(_ text: Text) -> Text {
        Text(
            en: withoutHints(withoutOption(text.en, .en), connectors: ["; see ", ": "]),
            id: withoutHints(withoutOption(text.id, .id), connectors: ["; lihat ", ": "]))
    }

    /// A message that opens with the command line's option ("--held 2027-12-01 setelah hari ini")
    /// names the form's field instead ("tanggal rapat 2027-12-01 setelah hari ini").
    static func withoutOption(_ message: String, _ language: Language) -> String {
        guard message.hasPrefix("--"), let end = message.firstIndex(of: " ") else { return message }
        let option = String(message[message.index(message.startIndex, offsetBy: 2)..<end])
        return Msg.term(option, language) + message[end...]
    }

    static func withoutHints(_ message: String, connectors: [String]) -> String {
        var shown = ""
        var rest = Substring(message)
        while let start = rest.firstRange(of: "'kbk "), let end = rest[start.upperBound...].firstIndex(of: "'") {
            let before = rest[..<start.lowerBound]
            let after = rest[rest.index(after: end)...]
            if before.hasSuffix(" ("), after.hasPrefix(")") {
                shown += before.dropLast(2)
                rest = after.dropFirst()
            } else if let connector = connectors.first(where: { before.hasSuffix($0) }) {
                shown += before.dropLast(connector.count)
                rest = after
            } else {
                // A command named otherwise (an admin's `kbk migrate`) is the message itself: kept.
                shown += rest[..<rest.index(after: end)]
                rest = after
            }
        }
        return shown + rest
    }
}
