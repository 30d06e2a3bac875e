import KBKDomain

/// Markup, made so that escaping cannot be forgotten: only a string literal written in the source
/// becomes markup as it is; whatever else is interpolated is text, and is escaped where it is
/// written. A value that is already `HTML` goes in as it is. No initialiser takes a dynamic
/// `String` as markup, so a complainant's words can only ever be text.
///
///     let row: HTML = "<td>\(complaint.subject)</td>"   // the subject escaped, the tags kept
package struct HTML: Sendable, Hashable {
    /// The markup, for writing the page out.
    package private(set) var markup: String

    package init() { markup = "" }

    /// `text` escaped: the only way a `String` becomes HTML.
    package init(text: String) { markup = HTML.escape(text) }

    package static let empty = HTML()

    package var isEmpty: Bool { markup.isEmpty }

    package static func + (left: HTML, right: HTML) -> HTML {
        var joined = left
        joined += right
        return joined
    }

    package static func += (left: inout HTML, right: HTML) { left.markup += right.markup }

    /// `&`, `<`, `>`, `"` and `'` as entities; works on the UTF-8 bytes (those five are ASCII, so
    /// no other character is touched), and returns a text without any of them as it is.
    static func escape(_ text: String) -> String {
        let special: (UInt8) -> Bool = { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard text.utf8.contains(where: special) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case UInt8(ascii: "'"): out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension HTML: ExpressibleByStringInterpolation {
    /// A `StaticString`: a literal written in the source, never a text made at run time.
    package typealias StringLiteralType = StaticString

    package init(stringLiteral literal: StaticString) { markup = HTML.text(of: literal) }

    package init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }

    static func text(of literal: StaticString) -> String {
        literal.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }

    /// The literal parts as markup, every interpolated text escaped, an interpolated `HTML` as it is.
    package struct StringInterpolation: StringInterpolationProtocol {
        package typealias StringLiteralType = StaticString

        var markup = ""

        package init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        package mutating func appendLiteral(_ literal: StaticString) { markup += HTML.text(of: literal) }

        package mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }

        /// Nothing for nil.
        package mutating func appendInterpolation(_ text: String?) { markup += HTML.escape(text ?? "") }

        package mutating func appendInterpolation(_ number: some BinaryInteger) { markup += String(number) }

        /// A ticket, a code or a login, escaped as any text (none needs it, but none is trusted for it).
        package mutating func appendInterpolation(_ value: some ValidatedValue) {
            markup += HTML.escape(value.description)
        }

        package mutating func appendInterpolation(_ value: (some ValidatedValue)?) {
            markup += HTML.escape(value?.description ?? "")
        }

        package mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
    }
}

extension Sequence<HTML> {
    /// The pieces one after another, `separator` between them.
    package func joined(separator: HTML = HTML()) -> HTML {
        var out = HTML()
        for (index, piece) in enumerated() {
            if index > 0 { out += separator }
            out += piece
        }
        return out
    }
}
