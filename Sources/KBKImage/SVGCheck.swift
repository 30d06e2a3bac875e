internal import Foundation
import KBKDomain

#if canImport(FoundationXML)
    internal import FoundationXML
#endif

/// An SVG the letterhead may keep: UTF-8, well-formed XML without a document type, whose root is
/// `svg`, and in which nothing runs or loads anything: no script, `foreignObject`, frame, object
/// or XHTML element, no event attribute, no reference but `#id` or a PNG or JPEG data URI, no
/// `url(…)` but `url(#id)` and nothing else that loads in a style. What is not recognised is
/// refused rather than let through.
enum SVGCheck {
    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    /// Elements (by local name, in any namespace) that run code or embed another document.
    static let forbiddenElements: Set<String> = [
        "script", "foreignobject", "iframe", "frame", "frameset", "object", "embed", "applet", "handler", "listener",
        "base", "link", "meta", "audio", "video", "portal",
    ]

    /// Whether the bytes are worth reading as XML: they begin with `<` (after a byte order mark
    /// and white space) or hold `<svg` somewhere.
    static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "<") { return true }
        return position(of: Array("<svg".utf8), in: body) != nil
    }

    static func check(_ bytes: [UInt8]) throws(LogoProblem) {
        // No NUL either: with it, a parser reads "<\0?\0" as UTF-16, where the byte checks below see nothing.
        guard !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil else { throw .notUTF8 }
        if let encoding = declaredEncoding(bytes), encoding.lowercased() != "utf-8" { throw .encoding(encoding) }
        // Refused before the parser sees them: a parser may expand entities without telling.
        if position(of: Array("<!DOCTYPE".utf8), in: bytes[...], ignoringCase: true) != nil
            || position(of: Array("<!ENTITY".utf8), in: bytes[...], ignoringCase: true) != nil
        {
            throw .doctype
        }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let inspector = SVGInspector()
        parser.delegate = inspector
        let parsed = parser.parse()
        if let problem = inspector.problem { throw problem }
        // The parser reports some errors (an undeclared prefix, content after the root) and
        // still returns true: any error refuses.
        guard parsed, parser.parserError == nil, inspector.sawRoot else {
            throw .malformedXML(line: max(parser.lineNumber, 1))
        }
    }

    /// The `encoding` of an XML declaration at the start, if it names one.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard body.starts(with: Array("<?xml".utf8)), let end = position(of: Array("?>".utf8), in: body[...])
        else { return nil }
        let declaration = String(decoding: body[..<end], as: UTF8.self)
        guard let name = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[name.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// Where `needle` first occurs in `haystack`, ASCII letters compared without case if asked.
    static func position(of needle: [UInt8], in haystack: ArraySlice<UInt8>, ignoringCase: Bool = false) -> Int? {
        func folded(_ byte: UInt8) -> UInt8 { ignoringCase && (0x61...0x7A).contains(byte) ? byte - 0x20 : byte }
        let wanted = needle.map(folded)
        guard haystack.count >= wanted.count else { return nil }
        return (haystack.startIndex...haystack.endIndex - wanted.count).first { start in
            wanted.indices.allSatisfy { folded(haystack[start + $0]) == wanted[$0] }
        }
    }

    /// A reference kept inside the image: `#id`, or a PNG or JPEG in base64 as a data URI.
    static func isLocalReference(_ value: String) -> Bool {
        let trimmed = trimmed(value)
        if trimmed.hasPrefix("#") { return true }
        let lowered = trimmed.lowercased()
        for prefix in ["data:image/png;base64,", "data:image/jpeg;base64,"] where lowered.hasPrefix(prefix) {
            return trimmed.utf8.dropFirst(prefix.utf8.count).allSatisfy {
                $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/")
                    || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
                    || [0x20, 0x09, 0x0A, 0x0D].contains($0)
            }
        }
        return false
    }

    /// Without the ASCII white space around it (the only kind a browser strips from a URL).
    static func trimmed(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0.isASCII && $0.isWhitespace }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return text[first...last]
    }

    /// What in CSS (a `style` attribute, a presentation attribute, a `<style>` element) could load
    /// or run something, as found; nil when nothing. CSS compares these words without ASCII case.
    static func unsafeCSS(_ css: String) -> String? {
        let lowered = css.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }[...]
        if lowered.contains(UInt8(ascii: "\\")) { return "a CSS escape (\\)" }
        for token in unsafeCSSWords where position(of: Array(token.utf8), in: lowered) != nil { return token }
        var rest = lowered
        while let found = position(of: Array("url(".utf8), in: rest) {
            var target = lowered[(found + 4)...].drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
            if target.first == UInt8(ascii: "\"") || target.first == UInt8(ascii: "'") { target = target.dropFirst() }
            if target.first != UInt8(ascii: "#") {
                return String(decoding: lowered[found...].prefix { $0 != UInt8(ascii: ")") }, as: UTF8.self) + ")"
            }
            rest = lowered[(found + 4)...]
        }
        return nil
    }

    /// What loads (`@import`, `image-set(`, `image(`, `src(`) or runs (`expression(`, `javascript:`)
    /// in CSS without `url(`.
    static let unsafeCSSWords = ["@import", "expression(", "javascript:", "image-set(", "image(", "src("]
}

/// Reads the parser's events and stops at the first thing refused.
private final class SVGInspector: NSObject, XMLParserDelegate {
    var problem: LogoProblem?
    var sawRoot = false
    /// The text of the `<style>` element being read, if one is open.
    var style: String?

    func refuse(_ parser: XMLParser, _ found: LogoProblem) {
        if problem == nil { problem = found }
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let written = qualifiedName ?? elementName
        let namespace = namespaceURI ?? ""
        if !sawRoot {
            sawRoot = true
            guard elementName == "svg", namespace.isEmpty || namespace == SVGCheck.svgNamespace else {
                return refuse(parser, .root(written))
            }
        }
        let name = elementName.lowercased()
        if SVGCheck.forbiddenElements.contains(name) || namespace == SVGCheck.xhtmlNamespace {
            return refuse(parser, .element(written))
        }
        if name == "style" { style = "" }
        for (attribute, value) in attributes.sorted(by: { $0.key < $1.key }) {
            if let found = Self.problem(attribute, value) { return refuse(parser, found) }
        }
    }

    /// What is wrong with an attribute, if anything. Names are compared by their local part
    /// (`xlink:href` is an `href`) and without case.
    static func problem(_ attribute: String, _ value: String) -> LogoProblem? {
        let local = (attribute.split(separator: ":").last.map(String.init) ?? attribute).lowercased()
        if local.hasPrefix("on") { return .eventAttribute(attribute) }
        if local == "href" || local == "src", !SVGCheck.isLocalReference(value) {
            return .externalReference(attribute: attribute, value: value)
        }
        if local == "attributename" {
            let target = SVGCheck.trimmed(value).lowercased()
            let targetLocal = target.split(separator: ":").last.map(String.init) ?? target
            if targetLocal == "href" || targetLocal == "src" || targetLocal.hasPrefix("on") {
                return .animatedReference(value)
            }
        }
        // Unprefixed attributes are SVG's own, read as CSS when they are presentation attributes;
        // prefixed ones (inkscape:, sodipodi:) are the editors' and not read by a browser.
        if !attribute.contains(":"), let found = SVGCheck.unsafeCSS(value) { return .unsafeStyle(found) }
        return nil
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName.lowercased() == "style", let css = style {
            style = nil
            if let found = SVGCheck.unsafeCSS(css) { refuse(parser, .unsafeStyle(found)) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        style?.append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        style?.append(String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        refuse(parser, .processingInstruction(target))
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse(parser, .doctype)
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        refuse(parser, .doctype)
    }

    func parser(
        _ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?,
        systemID: String?, notationName: String?
    ) {
        refuse(parser, .doctype)
    }

    func parser(
        _ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        refuse(parser, .doctype)
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        refuse(parser, .doctype)
        return nil
    }
}
