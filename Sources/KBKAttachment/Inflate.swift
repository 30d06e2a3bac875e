import CZlib

/// zlib's inflate over a whole stream, bounded: the output is handed on in pieces and never kept
/// whole by this type, and more than `limit` bytes stop it, so a small file that inflates to
/// gigabytes (a decompression bomb) is refused after reading `limit` bytes of it.
enum Inflate {
    enum Failure: Error {
        /// Not a whole zlib stream: bad data, or cut short before its end.
        case corrupt
        /// More than the limit came out.
        case tooLong
    }

    /// Inflates `input`, handing each piece of output to `body`; returns how many bytes came out.
    static func stream(
        _ input: ArraySlice<UInt8>, limit: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true }
    ) throws(Failure) -> Int {
        var stream = z_stream()
        guard kbk_inflate_init(&stream) == Z_OK else { throw .corrupt }
        defer { inflateEnd(&stream) }
        let capacity = 64 * 1_024
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { output.deallocate() }
        var total = 0
        let result: Result<Int, Failure> = input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            while true {
                stream.next_out = output
                stream.avail_out = UInt32(capacity)
                let status = inflate(&stream, Z_NO_FLUSH)
                let produced = capacity - Int(stream.avail_out)
                total += produced
                if total > limit { return .failure(.tooLong) }
                if produced > 0, !body(UnsafeBufferPointer(start: output, count: produced)) {
                    return .failure(.corrupt)
                }
                switch status {
                case Z_STREAM_END: return .success(total)
                case Z_OK: continue
                // No progress with input left to give: the stream was cut short.
                default: return .failure(.corrupt)
                }
            }
        }
        return try result.get()
    }
}
