import KBKFiles

/// A problem with the CSV text itself.
public struct CSVError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case invalidUTF8
        case unterminatedQuote
        case characterAfterClosingQuote
        /// A record (usually an unterminated quote swallowing the rest of the file) passed the cap.
        case recordTooLong(cap: Int)
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
    /// The most bytes one record may hold: a complaint row with several long texts is well under
    /// 2 MiB, while an unterminated quote would otherwise take memory in proportion to the file.
    public var maxRecordBytes = 8 << 20

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

    /// Reads the file at `path` in 64 KiB chunks; only a regular file is read (a pipe or device is refused).
    public static func file(_ path: String) throws(FileError) -> (reader: CSVReader, close: () -> Void) {
        let file = try InputFile(path)
        let reader = CSVReader { buffer in try file.read(into: &buffer) }
        return (reader, { file.close() })
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
        var recordBytes = 0
        let cap = maxRecordBytes
        func checkSize() throws {
            if recordBytes + field.count > cap { throw CSVError(line: recordLine, problem: .recordTooLong(cap: cap)) }
        }
        var quoted = false
        var afterQuote = false
        func finish(_ field: inout [UInt8]) throws -> String {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw CSVError(line: recordLine, problem: .invalidUTF8)
            }
            recordBytes += field.count
            field.removeAll(keepingCapacity: true)
            return text
        }
        while true {
            if !quoted && !afterQuote && field.isEmpty, let (text, terminator) = try plainField(line: recordLine) {
                recordBytes += text.utf8.count
                try checkSize()
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
                    try checkSize()
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
                try checkSize()
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
                if byte == separator || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    return (index, byte)
                }
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
        // At most one record's worth: a header with an unterminated quote must not pull in the whole file.
        while offset < maxRecordBytes, let current = try byte(at: offset),
            quoted || (current != UInt8(ascii: "\n") && current != UInt8(ascii: "\r"))
        {
            if current == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && current == UInt8(ascii: ",") { commas += 1 }
            if !quoted && current == UInt8(ascii: ";") { semicolons += 1 }
            offset += 1
        }
        separator = semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
