import KBKDomain
import KBKPresentation

/// One CGI/1.1 request (RFC 3875) as the web server hands it over: the meta-variables and, for a
/// POST, the body read from standard input (never more than `maximumBody` bytes).
struct CGIRequest {
    static let maximumBody = 64 * 1024
    /// A form with files (`multipart/form-data`): as many as one action takes, each at its
    /// largest, and the form's fields beside them.
    static let maximumUpload = AttachmentLimits.perAction * AttachmentLimits.bytes + 1024 * 1024
    /// How much of a refused body is read before answering; the web server's own limit
    /// (`LimitRequestBody`, `server.max-request-size`) is this.
    static let maximumDrained = 52 * 1024 * 1024

    enum Method: String {
        case get = "GET"
        case head = "HEAD"
        case post = "POST"
    }

    /// nil for a method kbk-web does not serve (answered 405).
    let method: Method?
    /// PATH_INFO split at `/`, empty parts dropped: `/complaint/ADU-2026-00001` is two parts.
    let path: [String]
    let query: [String: String]
    var form: [String: String] = [:]
    /// The files a `multipart/form-data` form sent.
    var files: [UploadedFile] = []
    /// The login the web server authenticated (REMOTE_USER); nil for a citizen.
    let remoteUser: String?
    let acceptLanguage: String
    /// Where kbk-web is mounted (SCRIPT_NAME), for the links it writes.
    let base: String
    let contentType: String
    /// A `multipart/form-data` body's boundary, as sent (its case matters, unlike the type's).
    let boundary: String?
    let contentLength: Int?
    /// The client's address as the web server saw it (REMOTE_ADDR; never a header the client sets).
    let remoteAddress: String
    /// The Cookie header, as sent.
    let cookies: String
    /// Whether the server took the request over TLS (HTTPS=on): cookies are then sent only so.
    let isSecure: Bool

    init(environment: [String: String]) {
        method = Method(rawValue: environment["REQUEST_METHOD"]?.uppercased() ?? "GET")
        path = (environment["PATH_INFO"] ?? "").split(separator: "/").map(String.init)
        query = CGIRequest.decodeForm(environment["QUERY_STRING"] ?? "")
        let user = environment["REMOTE_USER"] ?? ""
        remoteUser = user.isEmpty ? nil : user
        acceptLanguage = environment["HTTP_ACCEPT_LANGUAGE"] ?? ""
        var base = environment["SCRIPT_NAME"] ?? ""
        while base.hasSuffix("/") { base.removeLast() }
        self.base = base
        contentType = (environment["CONTENT_TYPE"] ?? "").lowercased()
        boundary = Multipart.boundary(of: environment["CONTENT_TYPE"] ?? "")
        contentLength = environment["CONTENT_LENGTH"].flatMap { Int($0.trimmingWhitespace()) }
        remoteAddress = environment["REMOTE_ADDR"] ?? ""
        cookies = environment["HTTP_COOKIE"] ?? ""
        isSecure = environment["HTTPS"]?.lowercased() == "on"
    }

    /// The value of the cookie `name`, nil when it was not sent.
    func cookie(_ name: String) -> String? {
        for pair in cookies.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, String(parts[0]).trimmingWhitespace() == name {
                return String(parts[1]).trimmingWhitespace()
            }
        }
        return nil
    }

    /// The official's own language, when they set one (`kbk official edit --language`).
    var preferred: Language?

    /// The organisation's language (`org.lang`), once the database is open.
    var organisation: Language = .id

    /// The official's language, else the browser's first choice when it is Indonesian or English,
    /// else the organisation's.
    var language: Language {
        if let preferred { return preferred }
        let first =
            acceptLanguage.split(separator: ",").first.map { String($0).trimmingWhitespace().lowercased() } ?? ""
        if first.hasPrefix("en") { return .en }
        if first.hasPrefix("id") { return .id }
        return organisation
    }

    /// `application/x-www-form-urlencoded` (also a query string): `+` is a space, `%XX` a byte; the
    /// bytes must be UTF-8. A name given twice keeps its first value.
    static func decodeForm(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = percentDecoded(String(parts[0])) else { continue }
            let value = parts.count > 1 ? percentDecoded(String(parts[1])) : ""
            if fields[name] == nil, let value { fields[name] = value }
        }
        return fields
    }

    /// A query string of `pairs` (empty values left out), every byte but the unreserved ones
    /// (RFC 3986: letters, digits, `-`, `.`, `_`, `~`) percent-encoded.
    static func query(_ pairs: [(String, String)]) -> String {
        pairs.filter { !$0.1.isEmpty }.map { percentEncoded($0.0) + "=" + percentEncoded($0.1) }
            .joined(separator: "&")
    }

    static func percentEncoded(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                bytes.append(byte)
            default: bytes += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hex), let low = iterator.next().flatMap(hex) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

/// A CGI response: a status, headers and a body, written as the web server expects on standard output.
struct CGIResponse {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    static let reasons = [
        200: "OK", 303: "See Other", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
        405: "Method Not Allowed", 409: "Conflict", 413: "Content Too Large", 429: "Too Many Requests",
        500: "Internal Server Error",
        503: "Service Unavailable",
    ]

    /// Every page: no script may run (no inline script exists), nothing is framed or sniffed, no
    /// referrer leaves, and nothing with personal data or a form token is cached.
    static let securityHeaders: [(String, String)] = [
        ("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
        ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
        ("Cache-Control", "no-store"),
    ]

    /// A page that shows the letterhead's emblem, kept in the database as a data URI: images may
    /// come from there too, and nothing else changes in the policy.
    mutating func allowImagesAsData() {
        headers = headers.map {
            $0.0 == "Content-Security-Policy"
                ? ($0.0, $0.1.replacing("default-src 'self';", with: "default-src 'self'; img-src 'self' data:;")) : $0
        }
    }

    static func html(_ status: Int, _ page: HTML) -> CGIResponse {
        CGIResponse(
            status: status, headers: [("Content-Type", "text/html; charset=utf-8")] + securityHeaders,
            body: Array(page.markup.utf8))
    }

    static func file(_ contentType: String, _ body: String, name: String? = nil, cacheable: Bool = false)
        -> CGIResponse
    {
        var headers: [(String, String)] = [("Content-Type", contentType)]
        if let name { headers.append(("Content-Disposition", "attachment; filename=\"\(name)\"")) }
        headers += securityHeaders.filter { !cacheable || $0.0 != "Cache-Control" }
        if cacheable { headers.append(("Cache-Control", "public, max-age=3600")) }
        return CGIResponse(status: 200, headers: headers, body: Array(body.utf8))
    }

    static func redirect(to location: String) -> CGIResponse {
        CGIResponse(status: 303, headers: [("Location", location)] + securityHeaders, body: [])
    }

    func serialized(includeBody: Bool = true) -> [UInt8] {
        var head = "Status: \(status) \(CGIResponse.reasons[status] ?? "")\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        return Array(head.utf8) + (includeBody ? body : [])
    }
}

extension [String: String] {
    /// A form field with something in it; blank counts as not given.
    func filled(_ name: String) -> String? {
        guard let text = self[name], !text.trimmingWhitespace().isEmpty else { return nil }
        return text
    }

    /// A field that must be filled: a 400 naming it otherwise.
    func requiredField(_ name: String) throws -> String {
        guard let text = filled(name) else {
            throw WebFailure(
                status: 400, message: Text(en: "the field '\(name)' is missing", id: "kolom '\(name)' tidak diisi"),
                field: name)
        }
        return text
    }

    /// A required one-line text, checked as the command line checks it.
    func shortText(_ name: String) throws -> String { try TextRules.name(try requiredField(name), field: name) }

    /// An optional one-line text; blank is none.
    func optionalShortText(_ name: String) throws -> String? { try TextRules.optional(filled(name), field: name) }

    /// A required long text (a message, minutes).
    func longText(_ name: String) throws -> String {
        guard let text = try TextRules.optional(try requiredField(name), field: name, long: true) else {
            throw DomainError.invalid(field: name, value: "", reason: .empty)
        }
        return text
    }

    /// An optional long text; blank is none.
    func optionalLongText(_ name: String) throws -> String? {
        try TextRules.optional(filled(name), field: name, long: true)
    }

    func date(_ name: String) throws -> CivilDate { try CivilDate.parseEntered(try requiredField(name), field: name) }

    func optionalDate(_ name: String) throws -> CivilDate? {
        try filled(name).map { try CivilDate.parseEntered($0, field: name) }
    }
}

/// A request that cannot be served, with the status and a short message for the page.
struct WebFailure: Error {
    let status: Int
    var message: Text
    var allow: String? = nil
    /// The form field it is about, when it is about one.
    var field: String? = nil
}
