import KBKDigest
import KBKDomain

/// A file accepted as an attachment: what it is by its content, its size for an image, the bytes
/// as they were sent (the desk's copy) and the bytes a citizen may be shown.
public struct CheckedAttachment: Sendable, Equatable {
    public let mediaType: AttachmentMediaType
    public let width: Int?
    public let height: Int?
    /// The file as it was sent, metadata and all: the desk's evidence.
    public let original: [UInt8]
    /// An image without its metadata (EXIF and its GPS position, XMP, comments, text chunks); a PDF
    /// as it was sent.
    public let shown: [UInt8]

    public var originalSHA256: String { SHA256.hexDigest(original) }
    public var shownSHA256: String { SHA256.hexDigest(shown) }
}

/// Decides what a file is by its content, never its name or the type a browser claims, and
/// checks it as that kind's decoder would read it (docs/ATTACHMENTS.md).
public enum AttachmentCheck {
    public static func check(_ bytes: [UInt8]) throws(AttachmentProblem) -> CheckedAttachment {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= AttachmentLimits.bytes else { throw .tooLarge(bytes: bytes.count) }
        let file = ByteReader(bytes)
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return try JPEGCheck.check(bytes) }
        if bytes.starts(with: PNGCheck.signature) { return try PNGCheck.check(bytes) }
        if file.matches("RIFF", at: 0), file.matches("WEBP", at: 8) { return try WebPCheck.check(bytes) }
        if file.matches("%PDF-", at: 0) { return try PDFCheck.check(bytes) }
        throw .unknownFormat(looksLike: lookalike(bytes))
    }

    /// What a refused file seems to be, so the refusal can say so ("a ZIP archive"), whatever its
    /// name claims.
    static func lookalike(_ bytes: [UInt8]) -> String? {
        let file = ByteReader(bytes)
        let signatures: [(prefix: [UInt8], name: String)] = [
            ([0x50, 0x4B, 0x03, 0x04], "ZIP"), ([0x1F, 0x8B], "gzip"), (Array("Rar!".utf8), "RAR"),
            ([0x37, 0x7A, 0xBC, 0xAF], "7z"), (Array("GIF8".utf8), "GIF"), ([0x42, 0x4D], "BMP"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF"), (Array("MZ".utf8), "EXE"), (Array("#!".utf8), "script"),
        ]
        if let known = signatures.first(where: { bytes.starts(with: $0.prefix) }) { return known.name }
        if file.matches("ftyp", at: 4) {
            let brand = file.has(4, at: 8) ? String(decoding: bytes[8..<12], as: UTF8.self) : ""
            return ["heic", "heix", "mif1", "msf1", "hevc"].contains(brand) ? "HEIC" : "MP4"
        }
        let head = String(decoding: bytes.prefix(1_024), as: UTF8.self).lowercased()
        if head.contains("<?php") { return "PHP" }
        if head.contains("<svg") { return "SVG" }
        if head.contains("<html") || head.contains("<!doctype") || head.contains("<script") { return "HTML" }
        if head.hasPrefix("<?xml") { return "XML" }
        return nil
    }
}
