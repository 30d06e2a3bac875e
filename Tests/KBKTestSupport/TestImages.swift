/// Real images assembled byte by byte, for the letterhead's logo: PNG chunks with their CRCs, and a
/// baseline JPEG of one grey pixel that image decoders (libjpeg, gdk-pixbuf) read.
public enum TestImages {
    /// A 1×1 RGBA PNG of one pixel: IHDR, one IDAT, IEND.
    public static let onePixelPNG = png()

    /// A PNG of one pixel whose `tEXt` chunk (a comment) holds `commentBytes` letters: a large,
    /// valid image.
    public static func png(commentBytes: Int = 0) -> [UInt8] {
        let header: [UInt8] = [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]
        let pixels: [UInt8] = [0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF]
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += chunk("IHDR", header) + chunk("IDAT", pixels)
        if commentBytes > 0 {
            bytes += chunk(
                "tEXt", Array("Comment".utf8) + [0] + Array(repeating: UInt8(ascii: "a"), count: commentBytes))
        }
        return bytes + chunk("IEND", [])
    }

    /// A PNG chunk: length, type, data, and the CRC-32 of type and data.
    public static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let length = UInt32(data.count)
        let body = Array(type.utf8) + data
        let crc = crc32(body)
        return [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: length >> $0) } + body
            + [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: crc >> $0) }
    }

    /// CRC-32 as PNG and zlib compute it (reflected, polynomial 0xEDB88320).
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? crc >> 1 ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// A baseline JPEG of one grey pixel: SOI, a quantisation table of ones, SOF0 (1×1, one
    /// component), Huffman tables with one code each (DC difference 0, end of block), SOS, one
    /// byte of entropy-coded data, EOI.
    public static let onePixelJPEG: [UInt8] = {
        func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
            [0xFF, marker, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
        }
        let oneCodeOfLengthOne: [UInt8] = [1] + Array(repeating: 0, count: 15) + [0]
        return [0xFF, 0xD8] + segment(0xDB, [0] + Array(repeating: 1, count: 64))
            + segment(0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]) + segment(0xC4, [0x00] + oneCodeOfLengthOne)
            + segment(0xC4, [0x10] + oneCodeOfLengthOne) + segment(0xDA, [1, 1, 0x00, 0, 63, 0]) + [0x3F, 0xFF, 0xD9]
    }()
}
