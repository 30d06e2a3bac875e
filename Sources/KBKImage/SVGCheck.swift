internal import CLibXML2
import KBKDomain

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
        let inspector = SVGInspector()
        try inspector.parse(bytes)
    }

    /// The `encoding` of an XML declaration at the start, if it names one.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard body.starts(with: Array("<?xml".utf8)), let end = position(of: Array("?>".utf8), in: body[...])
        else { return nil }
        guard let name = position(of: Array("encoding".utf8), in: body[..<end]) else { return nil }
        let declaration = String(decoding: body[(name + 8)..<end], as: UTF8.self)
        let rest = declaration.drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" }
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

/// Reads libxml2's SAX events and stops at the first thing refused. libxml2 itself, not Foundation's
/// `XMLParser` over it: linking Foundation cost every kbk command and every page of kbk-web about
/// 6 ms of start-up (bench/README.md, issue 34).
private final class SVGInspector {
    var problem: LogoProblem?
    var sawRoot = false
    /// The text of the `<style>` element being read, if one is open.
    var style: [UInt8]?
    /// How many `<style>` elements are open: a style inside a style must not end the outer one's
    /// text, which a browser reads as its style sheet whole.
    var styleDepth = 0
    /// The line of the first error libxml2 reported, if any.
    var errorLine: Int?
    var context: xmlParserCtxtPtr?

    /// libxml2's global state, set up once: its first use from two threads at once (tests run in
    /// parallel) is not safe, and a Swift static is initialised once, whoever asks first.
    private static let libraryReady: Void = xmlInitParser()

    func parse(_ bytes: [UInt8]) throws(LogoProblem) {
        SVGInspector.libraryReady
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
            SVGInspector.of(context).startElement(localName, prefix, uri, Int(attributeCount), attributes)
        }
        handler.endElementNs = { context, localName, _, _ in SVGInspector.of(context).endElement(localName) }
        handler.characters = { context, text, length in SVGInspector.of(context).characters(text, length) }
        handler.cdataBlock = { context, text, length in SVGInspector.of(context).characters(text, length) }
        handler.processingInstruction = { context, target, _ in
            SVGInspector.of(context).refuse(.processingInstruction(SVGInspector.string(target)))
        }
        // Any document type or declaration is refused (the bytes were checked for them already).
        handler.internalSubset = { context, _, _, _ in SVGInspector.of(context).refuse(.doctype) }
        handler.externalSubset = { context, _, _, _ in SVGInspector.of(context).refuse(.doctype) }
        handler.entityDecl = { context, _, _, _, _, _ in SVGInspector.of(context).refuse(.doctype) }
        handler.notationDecl = { context, _, _, _ in SVGInspector.of(context).refuse(.doctype) }
        handler.unparsedEntityDecl = { context, _, _, _, _ in SVGInspector.of(context).refuse(.doctype) }
        handler.resolveEntity = { context, _, _ in
            SVGInspector.of(context).refuse(.doctype)
            return nil
        }
        // Errors are collected, never printed: every one refuses the image.
        handler.serror = { context, error in
            guard let context, let error else { return }
            let inspector = SVGInspector.of(context)
            if error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, inspector.errorLine == nil {
                inspector.errorLine = Int(error.pointee.line)
            }
        }
        let me = Unmanaged.passUnretained(self).toOpaque()
        let parsed: Bool = withExtendedLifetime(self) {
            guard let context = xmlCreatePushParserCtxt(&handler, me, nil, 0, nil) else { return false }
            defer { xmlFreeParserCtxt(context) }
            self.context = context
            defer { self.context = nil }
            // No network, no entity of a document type (there is none), character references decoded
            // in attribute values (as a browser reads them), nothing printed.
            _ = xmlCtxtUseOptions(
                context,
                Int32(
                    XML_PARSE_NONET.rawValue | XML_PARSE_NOENT.rawValue | XML_PARSE_NOERROR.rawValue
                        | XML_PARSE_NOWARNING.rawValue))
            let status = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlParseChunk(context, $0, Int32(buffer.count), 1)
                }
            }
            return status == 0 && context.pointee.wellFormed != 0 && context.pointee.nsWellFormed != 0
        }
        if let problem { throw problem }
        guard parsed, errorLine == nil, sawRoot else { throw .malformedXML(line: max(errorLine ?? 1, 1)) }
    }

    static func of(_ context: UnsafeMutableRawPointer?) -> SVGInspector {
        Unmanaged<SVGInspector>.fromOpaque(context!).takeUnretainedValue()
    }

    static func string(_ text: UnsafePointer<xmlChar>?) -> String {
        text.map { String(cString: $0) } ?? ""
    }

    func refuse(_ found: LogoProblem) {
        if problem == nil { problem = found }
        if let context { xmlStopParser(context) }
    }

    func startElement(
        _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
        _ attributeCount: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard problem == nil else { return }
        let elementName = SVGInspector.string(localName)
        let written = prefix.map { SVGInspector.string($0) + ":" + elementName } ?? elementName
        let namespace = SVGInspector.string(uri)
        if !sawRoot {
            sawRoot = true
            guard elementName == "svg", namespace.isEmpty || namespace == SVGCheck.svgNamespace else {
                return refuse(.root(written))
            }
        }
        let name = elementName.lowercased()
        if SVGCheck.forbiddenElements.contains(name) || namespace == SVGCheck.xhtmlNamespace {
            return refuse(.element(written))
        }
        if name == "style" {
            if styleDepth == 0 { style = [] }
            styleDepth += 1
        }
        // Five pointers an attribute: local name, prefix, namespace, the value's start and its end.
        var named: [(String, String)] = []
        if let attributes {
            for index in 0..<attributeCount {
                let base = index * 5
                let local = SVGInspector.string(attributes[base])
                let name = attributes[base + 1].map { SVGInspector.string($0) + ":" + local } ?? local
                var value = ""
                if let start = attributes[base + 3], let end = attributes[base + 4] {
                    value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                }
                named.append((name, value))
            }
        }
        for (attribute, value) in named.sorted(by: { $0.0 < $1.0 }) {
            if let found = Self.problem(attribute, value) { return refuse(found) }
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

    func endElement(_ localName: UnsafePointer<xmlChar>?) {
        guard problem == nil else { return }
        guard SVGInspector.string(localName).lowercased() == "style" else { return }
        styleDepth -= 1
        if styleDepth == 0, let css = style {
            style = nil
            if let found = SVGCheck.unsafeCSS(String(decoding: css, as: UTF8.self)) { refuse(.unsafeStyle(found)) }
        }
    }

    func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard let text, style != nil else { return }
        style?.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(length)))
    }
}
