import KBKDomain

/// A WebP checked by its RIFF container: a size that is the file's, chunks whose sizes hold, and
/// a first chunk that is a lossy (VP8) or lossless (VP8L) bitstream with its start code, or an
/// extended header (VP8X) followed by one. The citizen's copy drops the EXIF and XMP chunks and
/// their flags.
enum WebPCheck {
    static func check(_ bytes: [UInt8]) throws(AttachmentProblem) -> CheckedAttachment {
        let file = ByteReader(bytes)
        func broken(_ place: String) -> AttachmentProblem { .broken(.webp, at: place) }
        guard file.matches("RIFF", at: 0), file.matches("WEBP", at: 8), let size = file.littleEndian(4, 4),
            size + 8 == bytes.count
        else { throw broken("RIFF") }
        var offset = 12
        var size2D: (width: Int, height: Int)?
        var extended = false
        var sawBitstream = false
        var shown: [UInt8] = []
        while offset < bytes.count {
            guard let length = file.littleEndian(offset + 4, 4), file.has(8 + length, at: offset) else {
                throw .brokenAtByte(.webp, offset)
            }
            let type = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let body = ByteReader(Array(bytes[offset + 8..<offset + 8 + length]))
            let first = offset == 12
            switch type {
            case "VP8 ":
                guard body.bigEndian(3, 3) == 0x9D012A, let width = body.littleEndian(6, 2),
                    let height = body.littleEndian(8, 2), width & 0x3FFF > 0, height & 0x3FFF > 0
                else { throw broken("VP8") }
                if first { size2D = (width & 0x3FFF, height & 0x3FFF) }
                sawBitstream = true
            case "VP8L":
                guard body.bigEndian(0, 1) == 0x2F, let bits = body.littleEndian(1, 4) else { throw broken("VP8L") }
                if first { size2D = (1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)) }
                sawBitstream = true
            case "VP8X":
                guard first, length >= 10, let width = body.littleEndian(4, 3), let height = body.littleEndian(7, 3)
                else { throw broken("VP8X") }
                size2D = (width + 1, height + 1)
                extended = true
            case "ANIM": sawBitstream = sawBitstream || extended
            default: if first { throw broken(type) }
            }
            let padded = length + (length & 1)
            let end = min(offset + 8 + padded, bytes.count)
            if type != "EXIF", type != "XMP " {
                var chunk = Array(bytes[offset..<end])
                if type == "VP8X" { chunk[8] &= ~0x0C }
                shown += chunk
            }
            offset = end
        }
        guard let size2D, sawBitstream else { throw broken("VP8") }
        try ImageSize.check(width: size2D.width, height: size2D.height)
        var copy = Array("RIFF".utf8)
        copy.appendLittleEndian(shown.count + 4, width: 4)
        copy += Array("WEBP".utf8) + shown
        return CheckedAttachment(
            mediaType: .webp, width: size2D.width, height: size2D.height, original: bytes, shown: copy)
    }
}
