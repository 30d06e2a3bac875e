#if canImport(Glibc)
import Glibc
#endif

/// A problem with the CSV text itself.
public struct CSVError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case invalidUTF8
        case unterminatedQuote
        case characterAfterClosingQuote
    }

    public let line: Int
    public let problem: Problem

    public init(line: Int, problem: Problem) {
        self.line = line
        self.problem = problem
    }
}

/// Reads CSV as RFC 4180 describes it, and as spreadsheets write it: quoted fields with doubled
/// quotes and line breaks inside, CRLF or LF, an optional UTF-8 byte-order mark, `,` or `;` as the
/// separator (chosen from the header line), and a last line with or without its line break.
/// Records stream from a byte source, so memory stays flat whatever the file's size.
public struct CSVReader {
    public typealias Source = (inout [UInt8]) throws -> Bool

    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    private let fill: Source
    public private(set) var separator: UInt8 = UInt8(ascii: ",")
    /// The line the next record starts on (1-based).
    public private(set) var line = 1
    private var started = false

    /// `fill` appends more bytes to its argument and returns false at the end.
    public init(source fill: @escaping Source) {
        self.fill = fill
    }

    public init(bytes: [UInt8]) {
        var pending: [UInt8]? = bytes
        self.init { buffer in
            guard let chunk = pending else { return false }
            buffer.append(contentsOf: chunk)
            pending = nil
            return true
        }
    }

    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Reads the file at `path` in 64 KiB chunks.
    public static func file(_ path: String) -> (reader: CSVReader, close: () -> Void)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        let reader = CSVReader { buffer in
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                buffer.append(contentsOf: chunk[0..<count])
                return true
            }
        }
        return (reader, { close(descriptor) })
    }

    private mutating func byte(at offset: Int) throws -> UInt8? {
        while position + offset >= buffer.count {
            if exhausted { return nil }
            if position > 65_536 {
                buffer.removeFirst(position)
                position = 0
            }
            if try !fill(&buffer) { exhausted = true }
        }
        return buffer[position + offset]
    }

    /// The next record's fields, or nil at the end of the input. Blank lines are skipped.
    public mutating func next() throws -> [String]? {
        if !started {
            started = true
            if try byte(at: 0) == 0xEF, try byte(at: 1) == 0xBB, try byte(at: 2) == 0xBF { position += 3 }
            try chooseSeparator()
        }
        while let first = try byte(at: 0), first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") {
            if first == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
        guard try byte(at: 0) != nil else { return nil }
        let recordLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var afterQuote = false
        func finish(_ field: inout [UInt8]) throws -> String {
            guard let text = String(validating: field, as: UTF8.self) else { throw CSVError(line: recordLine, problem: .invalidUTF8) }
            field.removeAll(keepingCapacity: true)
            return text
        }
        while true {
            if !quoted && !afterQuote && field.isEmpty, let (text, terminator) = try plainField(line: recordLine) {
                fields.append(text)
                switch terminator {
                case separator:
                    continue
                case UInt8(ascii: "\r"):
                    if try byte(at: 0) == UInt8(ascii: "\n") { position += 1 }
                    line += 1
                    return fields
                default:
                    line += 1
                    return fields
                }
            }
            guard let current = try byte(at: 0) else {
                if quoted { throw CSVError(line: recordLine, problem: .unterminatedQuote) }
                fields.append(try finish(&field))
                return fields
            }
            position += 1
            if quoted {
                if current == UInt8(ascii: "\"") {
                    if try byte(at: 0) == UInt8(ascii: "\"") {
                        field.append(current)
                        position += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if current == UInt8(ascii: "\n") { line += 1 }
                    field.append(current)
                }
                continue
            }
            switch current {
            case separator:
                fields.append(try finish(&field))
                afterQuote = false
            case UInt8(ascii: "\n"):
                line += 1
                fields.append(try finish(&field))
                return fields
            case UInt8(ascii: "\r"):
                if try byte(at: 0) == UInt8(ascii: "\n") { position += 1 }
                line += 1
                fields.append(try finish(&field))
                return fields
            case UInt8(ascii: "\"") where field.isEmpty && !afterQuote:
                quoted = true
            default:
                if afterQuote { throw CSVError(line: recordLine, problem: .characterAfterClosingQuote) }
                field.append(current)
            }
        }
    }

    /// The usual field, read in one piece: unquoted, without a quote inside, and ending with its
    /// separator or line break within the bytes already read. Consumes the field and its terminator
    /// and returns both; nil (consuming nothing) for anything else, which the byte-by-byte path reads.
    private mutating func plainField(line: Int) throws -> (String, UInt8)? {
        let start = position
        let separator = separator
        let found: (end: Int, terminator: UInt8)? = buffer.withUnsafeBufferPointer { bytes in
            var index = start
            while index < bytes.count {
                let byte = bytes[index]
                if byte == separator || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return (index, byte) }
                if byte == UInt8(ascii: "\"") { return nil }
                index += 1
            }
            return nil
        }
        guard let found else { return nil }
        let text = buffer.withUnsafeBufferPointer { bytes in
            String(validating: UnsafeBufferPointer(rebasing: bytes[start..<found.end]), as: UTF8.self)
        }
        guard let text else { throw CSVError(line: line, problem: .invalidUTF8) }
        position = found.end + 1
        return (text, found.terminator)
    }

    /// `;` when the header line has more semicolons than commas outside quotes (Indonesian-locale spreadsheets).
    private mutating func chooseSeparator() throws {
        var commas = 0
        var semicolons = 0
        var quoted = false
        var offset = 0
        while let current = try byte(at: offset), quoted || (current != UInt8(ascii: "\n") && current != UInt8(ascii: "\r")) {
            if current == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && current == UInt8(ascii: ",") { commas += 1 }
            if !quoted && current == UInt8(ascii: ";") { semicolons += 1 }
            offset += 1
        }
        separator = semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
