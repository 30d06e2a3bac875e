/// Reading numbers out of a file's bytes, each read checked against the end: a file cut short or
/// a length that points past its end is a broken file, never a crash.
struct ByteReader {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    func has(_ length: Int, at offset: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= bytes.count - length
    }

    func bigEndian(_ offset: Int, _ width: Int) -> Int? {
        guard has(width, at: offset) else { return nil }
        return bytes[offset..<offset + width].reduce(0) { $0 << 8 | Int($1) }
    }

    func littleEndian(_ offset: Int, _ width: Int) -> Int? {
        guard has(width, at: offset) else { return nil }
        return bytes[offset..<offset + width].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    func matches(_ text: String, at offset: Int) -> Bool {
        let expected = Array(text.utf8)
        return has(expected.count, at: offset) && bytes[offset..<offset + expected.count].elementsEqual(expected)
    }

    /// The first place at or after `start` where `needle` occurs.
    func find(_ needle: [UInt8], from start: Int, before end: Int? = nil) -> Int? {
        let end = min(end ?? bytes.count, bytes.count)
        guard let first = needle.first, end - needle.count >= start else { return nil }
        var index = start
        while index <= end - needle.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ value: Int, width: Int) {
        for shift in stride(from: (width - 1) * 8, through: 0, by: -8) { append(UInt8((value >> shift) & 0xFF)) }
    }

    mutating func appendLittleEndian(_ value: Int, width: Int) {
        for shift in stride(from: 0, to: width * 8, by: 8) { append(UInt8((value >> shift) & 0xFF)) }
    }
}
