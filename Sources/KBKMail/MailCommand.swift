#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a message could not be handed to the mail command.
public enum MailCommandError: Error, Equatable, Sendable {
    /// The program could not be started (the system's reason).
    case cannotRun(program: String, reason: String)
    /// It ran and refused the message: its exit status, or the signal that ended it.
    case exited(program: String, status: Int32)
    case killed(program: String, signal: Int32)
    /// The message could not be written to it (the system's reason).
    case io(program: String, reason: String)
}

/// The system's local mail interface: a `sendmail`-compatible program that reads one message on
/// its standard input and takes the recipients from its headers (`-t`). Run directly, without a
/// shell, so nothing in the configured command or a message is interpreted.
public struct MailCommand: Sendable {
    public let arguments: [String]

    /// `command` is a program path and its arguments separated by spaces, taken as it is: only tests
    /// use this; kbk builds its command with `init(checking:)`, which applies `MailCommandPolicy`.
    init(_ command: String) {
        arguments = command.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }

    init(arguments: [String]) { self.arguments = arguments }

    public var program: String { arguments.first ?? "" }

    /// Hands `message` to the program and waits for it; it succeeds when the program exits 0.
    public func send(_ message: String) throws(MailCommandError) {
        var pipeEnds: [Int32] = [0, 0]
        // Close-on-exec (`pipe2` is not in the Glibc module; the window between the two calls is a
        // few instructions): a program another thread starts meanwhile must not inherit the write end,
        // or this program would wait for an end of input that never comes (two sends at once
        // deadlocked that way). The child's standard input is a duplicate, which stays open.
        guard pipe(&pipeEnds) == 0 else { throw .cannotRun(program: program, reason: MailCommand.errorText()) }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        // Standard output is ours to write; the program's own messages go to standard error.
        posix_spawn_file_actions_adddup2(&actions, 2, 1)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        var spawned = posix_spawn(&child, program, &actions, nil, &argv, environ)
        // A program file just written may still be open for writing in a child another thread
        // forked meanwhile (ETXTBSY); that passes within milliseconds.
        var attempts = 0
        while spawned == ETXTBSY && attempts < 20 {
            attempts += 1
            usleep(10_000)
            spawned = posix_spawn(&child, program, &actions, nil, &argv, environ)
        }
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            throw .cannotRun(program: program, reason: String(cString: strerror(spawned)))
        }
        // A program that stops reading gives EPIPE here instead of a signal that would end kbk.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let failure = MailCommand.writeAll(writeEnd, Array(message.utf8))
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let signalled = status & 0x7F
        if signalled != 0 { throw .killed(program: program, signal: signalled) }
        let exitStatus = (status >> 8) & 0xFF
        if exitStatus != 0 { throw .exited(program: program, status: exitStatus) }
        if let failure { throw .io(program: program, reason: failure) }
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errorText()
            }
            offset += written
        }
        return nil
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
