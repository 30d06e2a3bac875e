/// What a complaint is about (kategori), from the list the coordinator's desk keeps: the figure
/// Purbalingga publishes ("perbaikan jalan 584, bantuan sosial 294, …"). Apart from the deadline
/// class (`Category`): a road complaint may be an information request or need an examination.
public struct Topic: Hashable, Sendable {
    public var code: String
    /// The Indonesian name, and the English one for readers of the other language.
    public var name: String
    public var nameEnglish: String
    /// The category of the national SP4N-LAPOR! form the topic is filed under there.
    public var laporCategory: String
    /// A topic out of use keeps its complaints and is refused for new ones.
    public var isInUse: Bool

    public init(code: String, name: String, nameEnglish: String, laporCategory: String, isInUse: Bool = true) {
        self.code = code
        self.name = name
        self.nameEnglish = nameEnglish
        self.laporCategory = laporCategory
        self.isInUse = isInUse
    }

    /// The topic as chosen for a complaint (at intake or a correction): refused when out of use.
    public func chosen() throws(DomainError) -> Topic {
        guard isInUse else { throw .rule(.topicNotInUse(topic: code)) }
        return self
    }

    /// A topic code such as `jalan-jembatan`: 2–32 lower-case letters, digits or '-'.
    public static func parseCode(_ text: String) throws(DomainError) -> String {
        let code = text.trimmingWhitespace().lowercased()
        guard (2...32).contains(code.count),
            code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else {
            throw .malformed(field: "topic", value: text, expected: "2 to 32 lower-case letters, digits or '-'")
        }
        return code
    }
}
