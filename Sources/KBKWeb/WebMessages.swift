import KBKPresentation

/// The command line's messages as the web shows them: an official on the web has no command line,
/// so the hints that send a reader to a command ("; lihat 'kbk group list --all'", "('kbk topic
/// list')") are left out; the rest of the message stands as the command line says it.
enum WebMessages {
    static func withoutCommandHints(_ text: Text) -> Text {
        Text(en: withoutHints(text.en, connectors: ["; see "]), id: withoutHints(text.id, connectors: ["; lihat "]))
    }

    static func withoutHints(_ message: String, connectors: [String]) -> String {
        var text = message
        while let start = text.range(of: "'kbk ") {
            guard let end = text[start.upperBound...].firstIndex(of: "'") else { break }
            var lower = start.lowerBound
            var upper = text.index(after: end)
            if text[..<lower].hasSuffix(" ("), text[upper...].hasPrefix(")") {
                lower = text.index(lower, offsetBy: -2)
                upper = text.index(after: upper)
            } else if let connector = connectors.first(where: { text[..<lower].hasSuffix($0) }) {
                lower = text.index(lower, offsetBy: -connector.count)
            } else {
                // A command named otherwise (an admin's `kbk migrate`) is the message itself: kept.
                break
            }
            text.removeSubrange(lower..<upper)
        }
        return text
    }
}
