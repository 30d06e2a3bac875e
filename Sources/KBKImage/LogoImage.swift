import KBKDomain

/// The kinds of image `org.logo` takes, by their media type.
public enum ImageKind: String, CaseIterable, Sendable {
    case png = "image/png"
    case jpeg = "image/jpeg"
    case svg = "image/svg+xml"
}

/// What an image's bytes are, checked before the letterhead keeps them: a PNG by its signature
/// and chunks, a JPEG by its first and last markers, and anything else only as an SVG that
/// `SVGCheck` finds safe, parsed by libxml2 (imported internally: the other targets keep the
/// standard library alone).
public enum LogoImage {
    public static func kind(of bytes: [UInt8]) throws(LogoProblem) -> ImageKind {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            try checkPNG(bytes)
            return .png
        }
        if bytes.starts(with: [0xFF, 0xD8]) {
            guard bytes.count >= 5, bytes[2] == 0xFF, bytes.suffix(2).elementsEqual([0xFF, 0xD9]) else {
                throw .brokenJPEG
            }
            return .jpeg
        }
        guard SVGCheck.looksLikeXML(bytes) else { throw .unknownFormat }
        try SVGCheck.check(bytes)
        return .svg
    }

    /// The whole signature, then chunks (length, four letters, data, CRC) from an IHDR of 13 bytes
    /// to an IEND that ends the file.
    static func checkPNG(_ bytes: [UInt8]) throws(LogoProblem) {
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw .brokenPNG }
        var offset = 8
        while bytes.count - offset >= 12 {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = bytes[offset + 4..<offset + 8]
            guard type.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
                length <= bytes.count - offset - 12
            else { throw .brokenPNG }
            let name = String(decoding: type, as: UTF8.self)
            if offset == 8, name != "IHDR" || length != 13 { throw .brokenPNG }
            if name == "IEND" {
                guard length == 0, offset + 12 == bytes.count else { throw .brokenPNG }
                return
            }
            offset += 12 + length
        }
        throw .brokenPNG
    }
}
