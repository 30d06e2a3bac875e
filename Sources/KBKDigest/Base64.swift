/// Base64 (RFC 4648): mail's encoded words, the report's embedded logo, style hashes.
public enum Base64 {
    public static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of padded base64 without white space (as `encode` writes it), or nil.
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let characters = Array(text.utf8)
        guard characters.count % 4 == 0 else { return nil }
        let padding = characters.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        guard padding <= 2 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(characters.count / 4 * 3)
        var accumulator: UInt32 = 0
        for (index, character) in characters.dropLast(padding).enumerated() {
            guard let value = values[Int(character)] else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            if index % 4 == 3 {
                out += [UInt8(accumulator >> 16), UInt8(accumulator >> 8 & 0xFF), UInt8(accumulator & 0xFF)]
                accumulator = 0
            }
        }
        switch padding {
        case 1: out += [UInt8(accumulator >> 10), UInt8(accumulator >> 2 & 0xFF)]
        case 2: out.append(UInt8(accumulator >> 4))
        default: break
        }
        return out
    }

    /// Each byte's value as a base64 character, nil for other bytes.
    static let values: [UInt8?] = (0..<256).map { byte in alphabet.firstIndex(of: UInt8(byte)).map(UInt8.init) }
}
