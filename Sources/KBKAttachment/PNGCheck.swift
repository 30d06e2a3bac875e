import CZlib
import KBKDomain

/// A PNG checked as a decoder reads it: the signature, every chunk's length and CRC, an IHDR of a
/// real colour type and depth first, the image data inflated to exactly the size its header gives
/// (each row's filter one of the five), and an IEND that ends the file.
enum PNGCheck {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The chunks a citizen's copy keeps: the image and how its colours are read. Text, EXIF, times
    /// and anything private to the program that wrote the file are left out.
    static let shownChunks: Set<String> = [
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD", "cICP",
        "acTL", "fcTL", "fdAT",
    ]

    static func check(_ bytes: [UInt8]) throws(AttachmentProblem) -> CheckedAttachment {
        let file = ByteReader(bytes)
        func broken(_ place: String) -> AttachmentProblem { .broken(.png, at: place) }
        guard bytes.starts(with: signature) else { throw broken("PNG") }
        var offset = 8
        var header: Header?
        var sawPalette = false
        var data: [UInt8] = []
        var dataEnded = false
        var shown: [UInt8] = signature
        while true {
            guard let length = file.bigEndian(offset, 4), length < 1 << 31, file.has(12 + length, at: offset) else {
                throw .brokenAtByte(.png, offset)
            }
            let typeBytes = bytes[offset + 4..<offset + 8]
            guard typeBytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
                throw .brokenAtByte(.png, offset)
            }
            let type = String(decoding: typeBytes, as: UTF8.self)
            let crc = bytes.withUnsafeBufferPointer { buffer in
                crc32(0, buffer.baseAddress! + offset + 4, UInt32(4 + length))
            }
            guard file.bigEndian(offset + 8 + length, 4) == Int(crc) else { throw broken("\(type) CRC") }
            let body = bytes[offset + 8..<offset + 8 + length]
            if header == nil {
                guard type == "IHDR", length == 13 else { throw broken("IHDR") }
                header = try readHeader(ByteReader(Array(body)))
            } else if type == "IHDR" {
                throw broken("IHDR")
            }
            switch type {
            case "PLTE": sawPalette = true
            case "IDAT":
                guard !dataEnded else { throw broken("IDAT") }
                data += body
            default:
                if !data.isEmpty { dataEnded = true }
            }
            if shownChunks.contains(type) { shown += bytes[offset..<offset + 12 + length] }
            offset += 12 + length
            if type == "IEND" {
                guard length == 0, offset == bytes.count else { throw broken("IEND") }
                break
            }
        }
        guard let header, !data.isEmpty else { throw broken("IDAT") }
        if header.needsPalette, !sawPalette { throw broken("PLTE") }
        try checkImageData(data, header)
        return CheckedAttachment(
            mediaType: .png, width: header.width, height: header.height, original: bytes, shown: shown)
    }

    struct Header {
        let width: Int
        let height: Int
        let bitsPerPixel: Int
        let interlaced: Bool
        /// A palette image, which needs a PLTE chunk before its data.
        let needsPalette: Bool
    }

    private static func readHeader(_ header: ByteReader) throws(AttachmentProblem) -> Header {
        guard let width = header.bigEndian(0, 4), let height = header.bigEndian(4, 4), width > 0, height > 0,
            let depth = header.bigEndian(8, 1), let colour = header.bigEndian(9, 1),
            header.bigEndian(10, 2) == 0, let interlace = header.bigEndian(12, 1), interlace <= 1
        else { throw .broken(.png, at: "IHDR") }
        try ImageSize.check(width: width, height: height)
        let channels: Int
        let depths: [Int]
        switch colour {
        case 0: (channels, depths) = (1, [1, 2, 4, 8, 16])
        case 2: (channels, depths) = (3, [8, 16])
        case 3: (channels, depths) = (1, [1, 2, 4, 8])
        case 4: (channels, depths) = (2, [8, 16])
        case 6: (channels, depths) = (4, [8, 16])
        default: throw .broken(.png, at: "IHDR")
        }
        guard depths.contains(depth) else { throw .broken(.png, at: "IHDR") }
        return Header(
            width: width, height: height, bitsPerPixel: channels * depth, interlaced: interlace == 1,
            needsPalette: colour == 3)
    }

    /// Inflates the image data without keeping it: exactly the bytes the rows need, and each row's
    /// first byte a filter type (0 to 4) when the image is not interlaced.
    private static func checkImageData(_ data: [UInt8], _ header: Header) throws(AttachmentProblem) {
        let (width, height, interlaced) = (header.width, header.height, header.interlaced)
        func rowBytes(_ pixels: Int) -> Int { 1 + (pixels * header.bitsPerPixel + 7) / 8 }
        var expected = 0
        if interlaced {
            let passes = [
                (0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2),
            ]
            for (x, y, dx, dy) in passes where width > x && height > y {
                expected += ((height - y + dy - 1) / dy) * rowBytes((width - x + dx - 1) / dx)
            }
        } else {
            expected = height * rowBytes(width)
        }
        let row = rowBytes(width)
        var position = 0
        let inflated: Int
        do {
            inflated = try Inflate.stream(data[...], limit: expected) { piece in
                guard !interlaced else { return true }
                var next = (row - position % row) % row
                while next < piece.count {
                    if piece[next] > 4 { return false }
                    next += row
                }
                position += piece.count
                return true
            }
        } catch {
            throw .broken(.png, at: "IDAT")
        }
        guard inflated == expected else { throw .broken(.png, at: "IDAT") }
    }
}

/// The bounds every image's declared size is held to before any of its data is read.
enum ImageSize {
    static func check(width: Int, height: Int) throws(AttachmentProblem) {
        guard width <= AttachmentLimits.side, height <= AttachmentLimits.side,
            width * height <= AttachmentLimits.pixels
        else { throw .tooManyPixels(width: width, height: height) }
    }
}
