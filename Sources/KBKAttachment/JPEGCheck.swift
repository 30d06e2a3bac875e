import KBKDomain

/// A JPEG checked marker by marker as a decoder walks it: SOI, segments whose lengths hold, a frame
/// header (SOF) with a real size before the first scan, scans whose coded data holds only the
/// escapes and restart markers the format allows, and EOI. The citizen's copy keeps the segments
/// that draw the picture and drops the rest (EXIF with its GPS position, XMP, IPTC, comments),
/// keeping only the EXIF orientation, so that a phone's upright photo stays upright.
enum JPEGCheck {
    /// APP0 (JFIF), APP2 (the ICC colour profile) and APP14 (Adobe's colour transform) say how to
    /// draw the picture; every other application segment and comment is metadata.
    static let shownApplicationSegments: Set<UInt8> = [0xE0, 0xE2, 0xEE]

    static func check(_ bytes: [UInt8]) throws(AttachmentProblem) -> CheckedAttachment {
        let file = ByteReader(bytes)
        func broken(_ place: String) -> AttachmentProblem { .broken(.jpeg, at: place) }
        guard bytes.starts(with: [0xFF, 0xD8, 0xFF]) else { throw broken("SOI") }
        var shown: [UInt8] = [0xFF, 0xD8]
        var size: (width: Int, height: Int)?
        var orientation: Int?
        var scans = 0
        var offset = 2
        while true {
            guard file.has(2, at: offset), bytes[offset] == 0xFF else { throw .brokenAtByte(.jpeg, offset) }
            // Fill bytes (FF) may stand before a marker.
            while file.has(2, at: offset), bytes[offset + 1] == 0xFF { offset += 1 }
            guard file.has(2, at: offset) else { throw broken("EOI") }
            let marker = bytes[offset + 1]
            if marker == 0xD9 {
                guard scans > 0 else { throw broken("SOS") }
                shown += [0xFF, 0xD9]
                break
            }
            guard marker != 0x00, marker != 0xD8, !(0xD0...0xD7).contains(marker) else {
                throw .brokenAtByte(.jpeg, offset)
            }
            guard let length = file.bigEndian(offset + 2, 2), length >= 2, file.has(2 + length, at: offset) else {
                throw .brokenAtByte(.jpeg, offset)
            }
            let end = offset + 2 + length
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame {
                guard size == nil, let height = file.bigEndian(offset + 5, 2),
                    let width = file.bigEndian(offset + 7, 2),
                    let components = file.bigEndian(offset + 9, 1), width > 0, height > 0,
                    (1...4).contains(components), length == 8 + 3 * components
                else { throw broken("SOF") }
                try ImageSize.check(width: width, height: height)
                size = (width, height)
            }
            let isMetadata =
                marker == 0xFE || ((0xE0...0xEF).contains(marker) && !shownApplicationSegments.contains(marker))
            if marker == 0xE1, orientation == nil { orientation = exifOrientation(bytes[offset + 4..<end]) }
            if !isMetadata { shown += bytes[offset..<end] }
            offset = end
            guard marker == 0xDA else { continue }
            guard size != nil else { throw broken("SOF") }
            scans += 1
            // The coded data: FF is followed by 00 (an escaped FF), a restart marker or fill bytes;
            // anything else is the next marker.
            var index = offset
            while true {
                guard let found = file.find([0xFF], from: index) else { throw broken("EOI") }
                guard file.has(2, at: found) else { throw broken("EOI") }
                let next = bytes[found + 1]
                if next == 0x00 || (0xD0...0xD7).contains(next) {
                    index = found + 2
                } else if next == 0xFF {
                    index = found + 1
                } else {
                    index = found
                    break
                }
            }
            shown += bytes[offset..<index]
            offset = index
        }
        guard let size else { throw broken("SOF") }
        if let orientation, orientation != 1 {
            // After JFIF's APP0, which must come first when there is one.
            let place = shown[3] == 0xE0 ? 4 + (ByteReader(shown).bigEndian(4, 2) ?? 0) : 2
            shown.insert(contentsOf: orientationSegment(orientation), at: place)
        }
        // Orientations 5 to 8 turn the picture a quarter: it is shown with its sides swapped.
        let turned = (5...8).contains(orientation ?? 1)
        return CheckedAttachment(
            mediaType: .jpeg, width: turned ? size.height : size.width, height: turned ? size.width : size.height,
            original: bytes, shown: shown)
    }

    /// The Orientation tag (0x0112) of IFD0 in an EXIF segment's payload, when it is 1 to 8.
    static func exifOrientation(_ payload: ArraySlice<UInt8>) -> Int? {
        let exif = ByteReader(Array(payload))
        guard exif.matches("Exif\0\0", at: 0) else { return nil }
        let tiff = 6
        let littleEndian: Bool
        if exif.matches("II", at: tiff) {
            littleEndian = true
        } else if exif.matches("MM", at: tiff) {
            littleEndian = false
        } else {
            return nil
        }
        func number(_ offset: Int, _ width: Int) -> Int? {
            littleEndian ? exif.littleEndian(tiff + offset, width) : exif.bigEndian(tiff + offset, width)
        }
        guard number(2, 2) == 42, let directory = number(4, 4), let entries = number(directory, 2) else { return nil }
        for entry in 0..<min(entries, 512) {
            let at = directory + 2 + 12 * entry
            guard let tag = number(at, 2) else { return nil }
            if tag == 0x0112 {
                guard number(at + 2, 2) == 3, let value = number(at + 8, 2), (1...8).contains(value) else { return nil }
                return value
            }
        }
        return nil
    }

    /// An APP1 segment with an EXIF block holding only the orientation.
    static func orientationSegment(_ orientation: Int) -> [UInt8] {
        var segment: [UInt8] = [0xFF, 0xE1]
        segment.appendBigEndian(34, width: 2)
        segment += Array("Exif\0\0MM".utf8) + [0x00, 0x2A]
        segment.appendBigEndian(8, width: 4)
        segment.appendBigEndian(1, width: 2)
        segment += [0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01]
        segment.appendBigEndian(orientation, width: 2)
        segment += [0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
        return segment
    }
}
