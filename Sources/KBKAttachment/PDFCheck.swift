import KBKDomain

/// A PDF checked for what a reader would run or open. Its objects are read token by token outside
/// the streams (strings and comments skipped, names with their #xx escapes decoded), and its object
/// streams, where a PDF 1.5 file keeps most of its dictionaries, are inflated (bounded) and read
/// the same way. A name that runs code, launches a program, carries a file or submits a form is
/// refused; so is an encrypted file, whose objects cannot be read. Pictures and page content are
/// not decoded: a reader draws them, it does not run them.
enum PDFCheck {
    /// The names of the actions and objects a reader runs or opens.
    static let activeNames: Set<String> = [
        "JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA", "SubmitForm",
        "ImportData", "GoToE", "Sound", "Movie",
    ]

    static func check(_ bytes: [UInt8]) throws(AttachmentProblem) -> CheckedAttachment {
        let file = ByteReader(bytes)
        guard file.matches("%PDF-", at: 0) else { throw .broken(.pdf, at: "%PDF") }
        guard file.find(Array("%%EOF".utf8), from: max(0, bytes.count - 2_048)) != nil else {
            throw .broken(.pdf, at: "%%EOF")
        }
        var inflated = 0
        try scan(bytes[...]) { dictionaryNames, stream throws(AttachmentProblem) in
            guard dictionaryNames.contains("ObjStm") else { return }
            // Only a plain Flate stream can be read here; anything else hides its objects.
            guard dictionaryNames.contains("FlateDecode"), !dictionaryNames.contains("DecodeParms"),
                dictionaryNames.filter({ $0.hasSuffix("Decode") }).count == 1
            else { throw .broken(.pdf, at: "ObjStm") }
            var objects: [UInt8] = []
            do throws(Inflate.Failure) {
                inflated += try Inflate.stream(stream, limit: AttachmentLimits.inflatedPDFBytes - inflated) { piece in
                    objects += piece
                    return true
                }
            } catch .tooLong {
                throw .inflatesTooFar
            } catch {
                throw .broken(.pdf, at: "ObjStm")
            }
            try scan(objects[...]) { _, _ throws(AttachmentProblem) in }
        }
        return CheckedAttachment(mediaType: .pdf, width: nil, height: nil, original: bytes, shown: bytes)
    }

    private static let delimiters = Set("()<>[]{}/%".utf8)
    private static let whitespace: Set<UInt8> = [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20]

    /// Reads the objects in `bytes`: every name is checked, and each stream is handed to `stream`
    /// with the names of the dictionary before it.
    private static func scan(
        _ bytes: ArraySlice<UInt8>,
        stream: (Set<String>, ArraySlice<UInt8>) throws(AttachmentProblem) -> Void
    ) throws(AttachmentProblem) {
        var index = bytes.startIndex
        var namesSinceObject: Set<String> = []
        func isRegular(_ byte: UInt8) -> Bool { !delimiters.contains(byte) && !whitespace.contains(byte) }
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "%"):
                while index < bytes.endIndex, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            case UInt8(ascii: "("):
                var depth = 0
                while index < bytes.endIndex {
                    let character = bytes[index]
                    if character == UInt8(ascii: "\\") {
                        index += 2
                        continue
                    }
                    if character == UInt8(ascii: "(") { depth += 1 }
                    if character == UInt8(ascii: ")") {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    index += 1
                }
                index += 1
            case UInt8(ascii: "/"):
                index += 1
                var name: [UInt8] = []
                while index < bytes.endIndex, isRegular(bytes[index]) {
                    if bytes[index] == UInt8(ascii: "#"), index + 2 < bytes.endIndex,
                        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
                    {
                        name.append(high << 4 | low)
                        index += 3
                    } else {
                        name.append(bytes[index])
                        index += 1
                    }
                }
                let text = String(decoding: name, as: UTF8.self)
                if activeNames.contains(text) { throw .activeContent(text) }
                if text == "Encrypt" { throw .encrypted }
                namesSinceObject.insert(text)
            default:
                guard isRegular(byte) else {
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.endIndex, isRegular(bytes[index]) { index += 1 }
                let word = bytes[start..<index]
                if word.elementsEqual("obj".utf8) {
                    namesSinceObject = []
                } else if word.elementsEqual("stream".utf8) {
                    // The data starts after the end of this line and runs to "endstream".
                    if index < bytes.endIndex, bytes[index] == 0x0D { index += 1 }
                    if index < bytes.endIndex, bytes[index] == 0x0A { index += 1 }
                    guard let end = position(of: endstream, in: bytes, from: index) else {
                        throw .broken(.pdf, at: "stream")
                    }
                    try stream(namesSinceObject, bytes[index..<end])
                    index = end + endstream.count
                    namesSinceObject = []
                }
            }
        }
    }

    private static let endstream = Array("endstream".utf8)

    private static func position(of needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        while index <= bytes.endIndex - needle.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
