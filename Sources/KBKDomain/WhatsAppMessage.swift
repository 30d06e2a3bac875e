/// A complaint that came by WhatsApp, as the desk has it without an API: the messages copied out
/// of the chat (long press, Copy) or a chat exported to a text file, pasted into the intake form or
/// given to `complaint new --from-whatsapp FILE`. Each message's first line carries its time and
/// its sender; what follows is its text. The forms WhatsApp writes (day first, as in Indonesia):
///
///     [09.15, 7/12/2026] Budi Santoso: Jalan di depan SD rusak      (copied, Android)
///     [07/12/26 09.15.33] +62 812-3456-7890: Jalan di depan SD …    (copied or exported, iPhone)
///     07/12/26 09.15 - Budi Santoso: Jalan di depan SD rusak        (exported, Android)
///
/// The messages of one sender make the complaint: the first one's time is when it was received,
/// their texts its description. A sender that is a telephone number is the contact; a name is the
/// complainant's name.
public struct WhatsAppMessage: Hashable, Sendable {
    /// When the first message was sent, on the office's calendar and clock as the phone showed it.
    public let date: CivilDate
    public let minutes: Int
    /// Who sent it, as the chat named them: a saved name or a telephone number.
    public let sender: String
    public let text: String

    /// When the first message was sent, in the office's time zone.
    public func sentAt(in offset: UTCOffset) -> Timestamp {
        Timestamp(secondsSinceEpoch: Timestamp(startOf: date, in: offset).secondsSinceEpoch + Int64(minutes) * 60)
    }

    /// The sender's number when the chat named them by it.
    public var number: ContactNumber? { ContactNumber(sender) }

    /// The subject the desk would write: the text's first line, cut at a word to at most 80 characters.
    public var subject: String {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        guard firstLine.count > 80 else { return firstLine }
        var cut = String(firstLine.prefix(80))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    /// The messages in `text`: every line that opens a message starts one, the lines after it are
    /// its text; the first sender's messages are kept. Nil when no line opens a message.
    public static func parse(_ pasted: String) -> WhatsAppMessage? {
        var first: (date: CivilDate, minutes: Int, sender: String)?
        var texts: [String] = []
        var current: [String]?
        for line in pasted.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init) {
            if let opened = opening(line) {
                if let lines = current { texts.append(lines.joined(separator: "\n")) }
                if first == nil { first = (opened.date, opened.minutes, opened.sender) }
                // Another sender's message (the desk's own reply) is not the complaint's.
                current = opened.sender == first?.sender ? [opened.text] : nil
            } else if current != nil {
                current?.append(line)
            }
        }
        if let lines = current { texts.append(lines.joined(separator: "\n")) }
        guard let first else { return nil }
        let text = texts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
        guard !text.isEmpty else { return nil }
        return WhatsAppMessage(date: first.date, minutes: first.minutes, sender: first.sender, text: text)
    }

    /// The time, sender and first line of text of a line that opens a message, or nil.
    static func opening(_ line: String) -> (date: CivilDate, minutes: Int, sender: String, text: String)? {
        var rest = Substring(line.trimmingWhitespace())
        let stamp: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            stamp = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        } else {
            guard let dash = rest.firstRange(of: " - ") else { return nil }
            stamp = rest[..<dash.lowerBound]
            rest = rest[dash.upperBound...]
        }
        guard let (date, minutes) = moment(stamp), let colon = rest.firstRange(of: ": ") else { return nil }
        let sender = String(rest[..<colon.lowerBound]).trimmingWhitespace()
        guard !sender.isEmpty, sender.count <= 100 else { return nil }
        return (date, minutes, sender, String(rest[colon.upperBound...]))
    }

    /// "09.15, 7/12/2026", "07/12/26 09.15.33", "7/12/26 9:15": a day (day first) and a time of day.
    static func moment(_ stamp: Substring) -> (CivilDate, Int)? {
        let parts = stamp.split(whereSeparator: { $0 == " " || $0 == "," })
        guard parts.count == 2 else { return nil }
        let (datePart, timePart) = parts[0].contains("/") ? (parts[0], parts[1]) : (parts[1], parts[0])
        let day = datePart.split(separator: "/").map { Int($0) }
        let time = timePart.split(whereSeparator: { $0 == "." || $0 == ":" }).map { Int($0) }
        guard day.count == 3, let d = day[0], let m = day[1], var y = day[2], (2...3).contains(time.count),
            let hour = time[0], let minute = time[1], (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        if y < 100 { y += 2000 }
        guard let date = CivilDate(year: y, month: m, day: d) else { return nil }
        return (date, hour * 60 + minute)
    }
}
