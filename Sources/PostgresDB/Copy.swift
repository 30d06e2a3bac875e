import CLibPQ

extension PGConnection {
    /// Runs `sql`, a `COPY ... FROM STDIN`, and lets `write` send its data through the writer.
    /// When `write` throws, the COPY is aborted (the server keeps none of its rows; a transaction
    /// around it fails, for ROLLBACK to end) and that same error is rethrown. Otherwise a row the
    /// server refuses is thrown as its error. When sending fails because the server already
    /// refused the data, the server's error is thrown, not the lost connection's.
    public func copyIn(_ sql: String, _ write: (CopyWriter) throws -> Void) throws {
        let start = PQexec(handle, sql)
        defer { PQclear(start) }
        if start.map(PQresultStatus) != PGRES_COPY_IN {
            try check(start)
            throw PostgresError(message: "copyIn runs a COPY ... FROM STDIN, and this statement is none")
        }
        let writer = CopyWriter(connection: self)
        var thrown: (any Error)?
        do {
            try write(writer)
        } catch {
            thrown = error
        }
        writer.isOpen = false
        let stopped = thrown != nil || writer.failure != nil
        let ended = PQputCopyEnd(handle, stopped ? "kbk: the client stopped the copy" : nil)
        var serverError: PostgresError?
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            let status = PQresultStatus(result)
            if status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH {
                // The end was not sent (a lost connection): nothing more will come.
                if PQstatus(handle) == CONNECTION_BAD { break }
                abandonCopy(status)
                break
            }
            if status != PGRES_COMMAND_OK, serverError == nil {
                serverError = PostgresError(result: result, connection: handle)
            }
        }
        if let failure = writer.failure { throw serverError ?? failure }
        if let thrown { throw thrown }
        if let serverError { throw serverError }
        guard ended == 1 else { throw PostgresError(result: nil, connection: handle) }
    }
}

/// Sends the data of one COPY ... FROM STDIN; lent to the closure of `PGConnection.copyIn`, and
/// useless after it returns. libpq collects what is sent and writes it in blocks of about 8 KiB,
/// so sending a row at a time costs no system call per row.
public final class CopyWriter {
    private let connection: PGConnection
    var isOpen = true
    /// Set when libpq refused data, most often because the server already refused a row.
    private(set) var failure: PostgresError?
    /// Reused for every row `sendRow` encodes.
    private var line: [UInt8] = []

    init(connection: PGConnection) {
        self.connection = connection
    }

    /// Sends bytes as they are: the COPY's format (text, CSV or binary) is the caller's to follow.
    public func send(_ bytes: UnsafeRawBufferPointer) throws(PostgresError) {
        guard isOpen else { throw PostgresError(message: "the COPY this writer served has ended") }
        if let failure { throw failure }
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let count = min(bytes.count - offset, 1 << 30)
            let chunk = (base + offset).assumingMemoryBound(to: CChar.self)
            guard PQputCopyData(connection.handle, chunk, Int32(count)) == 1 else {
                let error = PostgresError(result: nil, connection: connection.handle)
                failure = error
                throw error
            }
            offset += count
        }
    }

    public func send(_ bytes: [UInt8]) throws(PostgresError) {
        // withUnsafeBytes rethrows untyped; the Result carries the typed error through it.
        try bytes.withUnsafeBytes { buffer in Result { () throws(PostgresError) in try send(buffer) } }.get()
    }

    /// Sends one row in COPY's text format (the default, tab-separated): nil is NULL (`\N`); a
    /// backslash, tab, newline or carriage return in a value is escaped, so any text arrives as it
    /// was.
    public func sendRow(_ fields: [String?]) throws(PostgresError) {
        line.removeAll(keepingCapacity: true)
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(UInt8(ascii: "\t")) }
            guard let field else {
                line.append(UInt8(ascii: "\\"))
                line.append(UInt8(ascii: "N"))
                continue
            }
            for byte in field.utf8 { Self.append(byte, escaping: true, to: &line) }
        }
        line.append(UInt8(ascii: "\n"))
        try send(line)
    }

    /// Sends `text`, lines of one column each (JSON Lines into a `jsonb` column): a line break ends
    /// a row; a backslash, tab or carriage return inside a line is escaped as `sendRow` escapes it.
    public func sendLines(_ text: ArraySlice<UInt8>) throws(PostgresError) {
        line.removeAll(keepingCapacity: true)
        for byte in text {
            Self.append(byte, escaping: byte != UInt8(ascii: "\n"), to: &line)
            // Sent 64 KiB at a time: libpq copies what it is given, and the memory stays bounded.
            if line.count >= 1 << 16 {
                try send(line)
                line.removeAll(keepingCapacity: true)
            }
        }
        if !line.isEmpty { try send(line) }
    }

    /// `byte` as COPY's text format reads it back: a backslash, tab, line break or carriage return
    /// escaped (when `escaping`), any other byte as it is.
    private static func append(_ byte: UInt8, escaping: Bool, to out: inout [UInt8]) {
        let letter: UInt8? =
            switch byte {
            case UInt8(ascii: "\\"): UInt8(ascii: "\\")
            case UInt8(ascii: "\t"): UInt8(ascii: "t")
            case UInt8(ascii: "\n"): UInt8(ascii: "n")
            case UInt8(ascii: "\r"): UInt8(ascii: "r")
            default: nil
            }
        guard escaping, let letter else {
            out.append(byte)
            return
        }
        out.append(UInt8(ascii: "\\"))
        out.append(letter)
    }
}
