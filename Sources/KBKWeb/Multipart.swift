import KBKDomain
import KBKPresentation

/// A file sent with a form (`multipart/form-data`, RFC 7578): the field it came in, the name the
/// browser gave it, and its bytes. What it is, is decided by its content (`AttachmentUpload`).
struct UploadedFile {
    let field: String
    let filename: String
    let bytes: [UInt8]
}

/// Reads a `multipart/form-data` body: each part's Content-Disposition names its field, a part
/// with a filename is a file, any other is a text field that must be UTF-8 (its first value kept,
/// as `decodeForm` keeps it). A body that does not parse is refused whole.
enum Multipart {
    /// More parts than any kbk form has, and not so many that a body of tiny parts costs much.
    static let maximumParts = 64

    static func boundary(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    static func parse(_ body: [UInt8], boundary: String) throws -> (form: [String: String], files: [UploadedFile]) {
        func refused() -> WebFailure {
            WebFailure(
                status: 400,
                message: Text(
                    en: "the form's files could not be read; send it again",
                    id: "berkas formulir tidak terbaca; kirim ulang"))
        }
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard body.starts(with: delimiter) else { throw refused() }
        var form: [String: String] = [:]
        var files: [UploadedFile] = []
        var index = delimiter.count
        var parts = 0
        while true {
            // After a delimiter: "--" ends the body, CRLF begins a part.
            if body[index...].starts(with: Array("--".utf8)) { break }
            guard body[index...].starts(with: [0x0D, 0x0A]) else { throw refused() }
            index += 2
            parts += 1
            guard parts <= maximumParts, let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: index),
                let next = find(separator, in: body, from: headerEnd + 4),
                let headers = String(validating: body[index..<headerEnd], as: UTF8.self)
            else { throw refused() }
            let content = Array(body[(headerEnd + 4)..<next])
            index = next + separator.count
            guard
                let disposition = headers.split(separator: "\r\n").first(where: {
                    $0.lowercased().hasPrefix("content-disposition:")
                }), let name = parameter("name", in: disposition)
            else { throw refused() }
            if let filename = parameter("filename", in: disposition) {
                // A file input left empty sends a part with an empty name and no bytes.
                if !filename.isEmpty || !content.isEmpty {
                    files.append(UploadedFile(field: name, filename: filename, bytes: content))
                }
            } else {
                guard let text = String(validating: content, as: UTF8.self) else {
                    throw WebFailure(
                        status: 400,
                        message: Text(en: "the form is not valid UTF-8", id: "formulir bukan UTF-8 yang sah"))
                }
                if form[name] == nil { form[name] = text }
            }
        }
        return (form, files)
    }

    /// A parameter of a Content-Disposition header (`name="attach"`), its quotes and escapes undone.
    static func parameter(_ key: String, in header: Substring) -> String? {
        var rest = header[...]
        while let range = rest.firstRange(of: key + "=") {
            let before = rest[..<range.lowerBound].last
            rest = rest[range.upperBound...]
            guard before == ";" || before == " " else { continue }
            if rest.first == "\"" {
                var value = ""
                var escaped = false
                for character in rest.dropFirst() {
                    if escaped {
                        value.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        return value
                    } else {
                        value.append(character)
                    }
                }
                return nil
            }
            return String(rest.prefix { $0 != ";" }).trimmingWhitespace()
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
