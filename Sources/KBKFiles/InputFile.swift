#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file given to kbk to read (minutes, CSV files, later a logo). It must be a regular file: a
/// device such as `/dev/zero` or a pipe is refused before anything is read, and whole-file reads
/// stop at a cap instead of taking memory in proportion to the file.
public final class InputFile {
    public let path: String
    public let descriptor: Int32
    public let size: Int
    private var isOpen = true

    /// Opens `path` for reading; refuses what is not a regular file.
    public init(_ path: String) throws(FileError) {
        self.path = path
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw FileError(path: path, reason: .cannotOpen(PathResolution.errorText())) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = PathResolution.errorText()
            Glibc.close(descriptor)
            throw FileError(path: path, reason: .cannotOpen(reason))
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            Glibc.close(descriptor)
            let what =
                switch kind {
                case S_IFDIR: "a folder"
                case S_IFCHR, S_IFBLK: "a device"
                case S_IFIFO: "a pipe"
                case S_IFSOCK: "a socket"
                default: "not a regular file"
                }
            throw FileError(path: path, reason: .notRegularFile(what))
        }
        let flags = fcntl(descriptor, F_GETFL)
        _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
        self.descriptor = descriptor
        self.size = Int(info.st_size)
    }

    /// Reads up to `count` bytes into `buffer`'s end; false at the end of the file.
    public func read(into buffer: inout [UInt8], upTo count: Int = 65_536) throws(FileError) -> Bool {
        var chunk = [UInt8](repeating: 0, count: count)
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, reason: .io(PathResolution.errorText()))
            }
            guard got > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<got])
            return true
        }
    }

    /// The whole file, refused when it holds more than `cap` bytes (reading stops just past the cap,
    /// so a file that grows while read cannot take more).
    public func readAll(cap: Int) throws(FileError) -> [UInt8] {
        if size > cap { throw FileError(path: path, reason: .tooLarge(cap: cap)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(size, cap) + 1)
        while bytes.count <= cap {
            guard try read(into: &bytes, upTo: min(65_536, cap + 1 - bytes.count)) else { break }
        }
        if bytes.count > cap { throw FileError(path: path, reason: .tooLarge(cap: cap)) }
        return bytes
    }

    public func close() {
        if isOpen {
            Glibc.close(descriptor)
            isOpen = false
        }
    }

    deinit { close() }
}
