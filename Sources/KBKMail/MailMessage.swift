import KBKDigest
import KBKDomain

/// A mailbox in a header: `Name <address>`, the name encoded when it is not plain ASCII.
public struct Mailbox: Hashable, Sendable {
    public var name: String?
    public var address: String

    public init(name: String?, address: String) {
        self.name = name
        self.address = address
    }

    /// `kbk@purbalinggakab.go.id` or `Sistem KBK <kbk@purbalinggakab.go.id>` (as `mail.from` holds it).
    public init(parsing text: String) {
        if let open = text.firstIndex(of: "<"), text.hasSuffix(">") {
            let name = String(text[..<open]).trimmingWhitespace()
            self.init(
                name: name.isEmpty ? nil : name,
                address: String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        } else {
            self.init(name: nil, address: text.trimmingWhitespace())
        }
    }

    /// The part after `@`, which names the messages this sender makes.
    public var domain: String { address.split(separator: "@").last.map(String.init) ?? "localhost" }

    var rendered: String {
        guard let name, !name.isEmpty else { return address }
        return "\(HeaderText.phrase(name)) <\(address)>"
    }
}

/// An RFC 5322 message with a plain-text UTF-8 body (RFC 2045 headers, RFC 2047 encoded words for
/// header text that is not ASCII). Every header value is built here from checked parts, and line
/// breaks in the texts given are removed, so no text can add a header.
public struct MailMessage: Sendable {
    public var from: Mailbox
    public var to: [Mailbox]
    public var cc: [Mailbox]
    public var subject: String
    public var date: Timestamp
    public var timeZone: UTCOffset
    public var messageID: String
    /// Further headers (name, value), such as `X-KBK-Ticket`.
    public var extraHeaders: [(String, String)]
    public var body: String

    public init(
        from: Mailbox, to: [Mailbox], cc: [Mailbox], subject: String, date: Timestamp, timeZone: UTCOffset,
        messageID: String, extraHeaders: [(String, String)] = [], body: String
    ) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.date = date
        self.timeZone = timeZone
        self.messageID = messageID
        self.extraHeaders = extraHeaders
        self.body = body
    }

    public enum LineEnding: String, Sendable {
        /// What the local `sendmail` interface reads.
        case lf = "\n"
        /// RFC 5322 on the wire, and for a message kept as a file.
        case crlf = "\r\n"
    }

    public func rendered(_ ending: LineEnding) -> String {
        var headers: [(String, String)] = [
            ("From", from.rendered), ("To", to.map(\.rendered).joined(separator: ", ")),
        ]
        if !cc.isEmpty { headers.append(("Cc", cc.map(\.rendered).joined(separator: ", "))) }
        headers += [
            ("Subject", HeaderText.unstructured(subject)), ("Date", MailDate.rfc5322(date, in: timeZone)),
            ("Message-ID", HeaderText.singleLine(messageID)),
            // RFC 3834: a machine wrote it, so vacation responders do not answer it.
            ("Auto-Submitted", "auto-generated"), ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit"),
        ]
        headers += extraHeaders.map { ($0.0, HeaderText.unstructured($0.1)) }
        var out = ""
        for (name, value) in headers { out += HeaderText.folded("\(name): \(value)", ending: ending.rawValue) }
        out += ending.rawValue
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            var text = String(line)
            if text.hasSuffix("\r") { text.removeLast() }
            out += text + ending.rawValue
        }
        return out
    }
}

enum HeaderText {
    static func singleLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    static func isPlainASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    }

    /// Free text (a subject): as it is when it is ASCII, else RFC 2047 encoded words.
    static func unstructured(_ text: String) -> String {
        let line = singleLine(text)
        return isPlainASCII(line) ? line : encodedWords(line)
    }

    /// A display name: an atom sequence as it is, quoted when it has specials, encoded when not ASCII.
    static func phrase(_ text: String) -> String {
        let line = singleLine(text)
        guard isPlainASCII(line) else { return encodedWords(line) }
        let specials = Set("()<>[]:;@\\,.\"")
        guard line.contains(where: { specials.contains($0) }) else { return line }
        return "\"" + line.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    /// `=?utf-8?B?…?=` words of at most 75 characters, each holding whole characters.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            // 45 bytes make 60 base64 characters, 72 with the markers.
            if chunk.count + bytes.count > 45 {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: " ")
    }

    private static func word(_ bytes: [UInt8]) -> String { "=?utf-8?B?\(Base64.encode(bytes))?=" }

    /// Folds a header line at spaces to lines of at most 78 characters where it can (RFC 5322 2.2.3).
    static func folded(_ line: String, ending: String) -> String {
        guard line.count > 78 else { return line + ending }
        var out = ""
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count > 78 {
                out += current + ending
                current = " " + word
            } else {
                current += " " + word
            }
        }
        return out + current + ending
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { out += character == target ? replacement : String(character) }
        return out
    }
}

/// The RFC 5322 date: `Wed, 02 Dec 2026 07:00:00 +0700`.
enum MailDate {
    static func rfc5322(_ instant: Timestamp, in offset: UTCOffset) -> String {
        let local = instant.secondsSinceEpoch + Int64(offset.seconds)
        let day = instant.date(in: offset)
        let secondsOfDay = Int(((local % 86_400) + 86_400) % 86_400)
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let minutes = abs(offset.seconds) / 60
        let zone = (offset.seconds < 0 ? "-" : "+") + two(minutes / 60) + two(minutes % 60)
        return "\(weekdays[day.isoWeekday - 1]), \(two(day.day)) \(months[day.month - 1]) \(day.year) "
            + "\(two(secondsOfDay / 3600)):\(two(secondsOfDay / 60 % 60)):\(two(secondsOfDay % 60)) \(zone)"
    }
}

/// Plain-text mail paragraphs broken at spaces to lines of at most `width` characters (RFC 3676's
/// advice for text/plain), a word longer than that kept whole.
public enum MailText {
    public static func wrapped(_ text: String, width: Int = 72) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.count > width else { return String(line) }
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ") {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count > width {
                    lines.append(current)
                    current = String(word)
                } else {
                    current += " " + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
