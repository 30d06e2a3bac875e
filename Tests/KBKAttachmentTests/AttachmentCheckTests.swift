import CZlib
import Foundation
import KBKDomain
import Testing

@testable import KBKAttachment

/// The fixtures are small files with a phone's metadata (Fixtures/make-fixtures.py); the hostile
/// files are built here, each the smallest thing that shows the attack.
@Suite struct AttachmentCheckTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        return Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        ByteReader(bytes).find(Array(text.utf8), from: 0) != nil
    }

    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var size = compressBound(UInt(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = compress2(&out, &size, bytes, UInt(bytes.count), 9)
        precondition(status == Z_OK)
        return Array(out.prefix(Int(size)))
    }

    static func pngChunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
        var chunk: [UInt8] = []
        chunk.appendBigEndian(body.count, width: 4)
        let typed = Array(type.utf8) + body
        chunk += typed
        chunk.appendBigEndian(Int(crc32(0, typed, UInt32(typed.count))), width: 4)
        return chunk
    }

    /// A grey 8-bit PNG of `width`×`height` whose image data is `data` (the rows, filters included).
    static func png(width: Int, height: Int, data: [UInt8]) -> [UInt8] {
        var header: [UInt8] = []
        header.appendBigEndian(width, width: 4)
        header.appendBigEndian(height, width: 4)
        header += [8, 0, 0, 0, 0]
        return PNGCheck.signature + pngChunk("IHDR", header) + pngChunk("IDAT", deflate(data)) + pngChunk("IEND", [])
    }

    static func pdf(_ body: String) -> [UInt8] {
        Array("%PDF-1.7\n1 0 obj\n\(body)\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".utf8)
    }

    @Test(arguments: [
        ("photo.jpg", AttachmentMediaType.jpeg), ("photo.png", .png), ("photo-interlaced.png", .png),
        ("photo.webp", .webp), ("letter.pdf", .pdf),
    ])
    func aPhonesPhotoOrALetterIsAcceptedByWhatItHolds(name: String, kind: AttachmentMediaType) throws {
        let bytes = try Self.fixture(name)
        let checked = try AttachmentCheck.check(bytes)
        #expect(checked.mediaType == kind)
        #expect(checked.original == bytes)
        if kind.isImage {
            // The JPEG was taken sideways (EXIF orientation 6): it is shown 16 wide and 24 high.
            let turned = kind == .jpeg
            #expect(checked.width == (turned ? 16 : 24))
            #expect(checked.height == (turned ? 24 : 16))
        }
        // The citizen's copy is itself a file the check accepts, of the same kind and size.
        let shown = try AttachmentCheck.check(checked.shown)
        #expect(shown.mediaType == kind)
        #expect(shown.width == checked.width)
        #expect(shown.shown == checked.shown)
    }

    @Test(arguments: ["photo.jpg", "photo.png", "photo.webp"])
    func theCitizensCopyHasNoPositionMakeOrCommentLeft(name: String) throws {
        let bytes = try Self.fixture(name)
        #expect(Self.contains(bytes, "Xiaomi"))
        let shown = try AttachmentCheck.check(bytes).shown
        for secret in ["Xiaomi", "Pak Budi", "GPSLatitude", "Exif\0\0MM\0*\0\0\0\u{8}\0\u{3}"] {
            #expect(!Self.contains(shown, secret), "\(name) still holds \(secret)")
        }
        #expect(shown.count < bytes.count)
    }

    @Test func aPhoneTakenSidewaysStaysUprightInTheCitizensCopy() throws {
        let shown = try AttachmentCheck.check(try Self.fixture("photo.jpg")).shown
        // The only EXIF left is the orientation (6: turn 90° clockwise), right after JFIF's APP0.
        let app0End = 4 + (ByteReader(shown).bigEndian(4, 2) ?? 0)
        #expect(Array(shown[app0End..<app0End + 2]) == [0xFF, 0xE1])
        #expect(JPEGCheck.exifOrientation(shown[app0End + 4..<app0End + 36]) == 6)
    }

    @Test func aPHPScriptNamedJpgIsRefusedAsWhatItIs() {
        let script = Array("<?php system($_GET['c']); ?>\n".utf8)
        #expect(throws: AttachmentProblem.unknownFormat(looksLike: "PHP")) { try AttachmentCheck.check(script) }
    }

    @Test func anSVGWithAScriptIsNotAnAttachment() {
        let svg = Array("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".utf8)
        #expect(throws: AttachmentProblem.unknownFormat(looksLike: "SVG")) { try AttachmentCheck.check(svg) }
    }

    @Test func aZipBombIsRefusedBeforeAnythingInflates() {
        // Local file header, then 8 MiB of zeros deflated to a few kilobytes.
        let bomb: [UInt8] =
            [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 26)
            + Self.deflate(
                Array(repeating: 0, count: 8 << 20))
        #expect(bomb.count < 20_000)
        #expect(throws: AttachmentProblem.unknownFormat(looksLike: "ZIP")) { try AttachmentCheck.check(bomb) }
    }

    @Test func aTenThousandPixelSquareIsRefusedByItsHeader() {
        // One row's worth of data: the header alone refuses it, before any of it inflates.
        let huge = Self.png(width: 10_000, height: 10_000, data: Array(repeating: 0, count: 10_001))
        #expect(throws: AttachmentProblem.tooManyPixels(width: 10_000, height: 10_000)) {
            try AttachmentCheck.check(huge)
        }
    }

    @Test func imageDataThatInflatesBeyondItsRowsIsRefused() {
        // A 100×100 grey image needs 100 × 101 bytes; this holds a mebibyte of zeros.
        let bomb = Self.png(width: 100, height: 100, data: Array(repeating: 0, count: 1 << 20))
        #expect(throws: AttachmentProblem.broken(.png, at: "IDAT")) { try AttachmentCheck.check(bomb) }
        let short = Self.png(width: 100, height: 100, data: Array(repeating: 0, count: 100 * 101 - 1))
        #expect(throws: AttachmentProblem.broken(.png, at: "IDAT")) { try AttachmentCheck.check(short) }
        var badFilter = Array(repeating: UInt8(0), count: 100 * 101)
        badFilter[101 * 50] = 9
        #expect(throws: AttachmentProblem.broken(.png, at: "IDAT")) {
            try AttachmentCheck.check(Self.png(width: 100, height: 100, data: badFilter))
        }
        #expect(throws: Never.self) {
            try AttachmentCheck.check(Self.png(width: 100, height: 100, data: Array(repeating: 0, count: 100 * 101)))
        }
    }

    @Test func aChangedByteBreaksAPNGsChecksum() throws {
        var bytes = try Self.fixture("photo-plain.png")
        bytes[bytes.count - 20] ^= 0x01
        #expect(throws: AttachmentProblem.self) { try AttachmentCheck.check(bytes) }
    }

    @Test func aJPEGCutShortIsBroken() throws {
        let bytes = try Self.fixture("photo-plain.jpg")
        #expect(throws: AttachmentProblem.broken(.jpeg, at: "EOI")) {
            try AttachmentCheck.check(Array(bytes.dropLast(2)))
        }
        #expect(throws: AttachmentProblem.self) { try AttachmentCheck.check(Array(bytes.prefix(40))) }
    }

    @Test func aPDFWithJavaScriptIsRefusedHoweverItIsWritten() throws {
        let plain = Self.pdf("<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>")
        #expect(throws: AttachmentProblem.activeContent("JavaScript")) { try AttachmentCheck.check(plain) }
        // A name may spell its letters as #xx escapes.
        let escaped = Self.pdf("<< /Type /Catalog /OpenAction << /S /J#61vaScript >> >>")
        #expect(throws: AttachmentProblem.activeContent("JavaScript")) { try AttachmentCheck.check(escaped) }
        let launch = Self.pdf("<< /Type /Catalog /OpenAction << /S /Launch /F (cmd.exe) >> >>")
        #expect(throws: AttachmentProblem.activeContent("Launch")) { try AttachmentCheck.check(launch) }
        // Words in a string are text, not names.
        let text = Self.pdf("<< /Type /Catalog /Title (no /JavaScript here) >>")
        #expect(throws: Never.self) { try AttachmentCheck.check(text) }
    }

    @Test func javaScriptHiddenInACompressedObjectStreamIsFound() {
        let objects = Self.deflate(Array("2 0 << /S /JavaScript /JS (app.alert(1)) >>".utf8))
        let hidden =
            Array(
                "%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length \(objects.count) >>\nstream\n"
                    .utf8)
            + objects + Array("\nendstream\nendobj\n%%EOF\n".utf8)
        #expect(throws: AttachmentProblem.activeContent("JavaScript")) { try AttachmentCheck.check(hidden) }
        let bomb = Self.deflate(Array(repeating: 0x20, count: AttachmentLimits.inflatedPDFBytes + 1))
        let inflating =
            Array("%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n".utf8) + bomb
            + Array("\nendstream\nendobj\n%%EOF\n".utf8)
        #expect(throws: AttachmentProblem.inflatesTooFar) { try AttachmentCheck.check(inflating) }
    }

    @Test func anEncryptedPDFCannotBeCheckedSoIsRefused() {
        let encrypted = Self.pdf("<< /Type /Catalog >>\ntrailer << /Encrypt 5 0 R >>")
        #expect(throws: AttachmentProblem.encrypted) { try AttachmentCheck.check(encrypted) }
    }

    @Test func emptyAndOversizedFilesAreRefusedByTheirSize() {
        #expect(throws: AttachmentProblem.empty) { try AttachmentCheck.check([]) }
        let big = [0xFF, 0xD8, 0xFF] + Array(repeating: UInt8(0), count: AttachmentLimits.bytes)
        #expect(throws: AttachmentProblem.tooLarge(bytes: big.count)) { try AttachmentCheck.check(big) }
    }
}
