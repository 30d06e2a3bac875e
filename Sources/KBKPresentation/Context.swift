import KBKDomain

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes text.
public protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// A sink over a file descriptor (standard output or error).
public final class FileDescriptorSink: TextSink {
    package let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public func write(_ text: String) { write(bytes: Array(text.utf8)) }

    /// Bytes as they are (a photo kbk-web serves): never read as text on the way.
    public func write(bytes: [UInt8]) {
        var bytes = bytes
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return // the reader went away (EPIPE): nothing useful left to do with the text
            }
            offset += written
        }
        bytes.removeAll()
    }

    public var isTerminal: Bool { isatty(descriptor) == 1 }
}

/// A sink that keeps everything, for tests.
public final class BufferSink: TextSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}

/// Everything a command needs from the outside world, passed in so tests can pin it.
public final class Context {
    public var environment: [String: String]
    public let stdout: TextSink
    public let stderr: TextSink
    public var clock: () -> Timestamp
    /// The login name of the process's real user id: who acts.
    public var loginName: String?
    public var stdoutIsTerminal: Bool
    /// Progress is shown on standard error only when a person watches it there.
    public var stderrIsTerminal: Bool
    /// How a person types this kbk in the current folder: `kbk` when it is the one on the PATH,
    /// else its path (`.build/debug/kbk` after `swift run`), for the commands kbk suggests. Found
    /// only when asked for (the demo), never at each start: a CGI request has no use for it.
    public lazy var commandName: String =
        findsCommandName ? Context.commandName(path: environment["PATH"] ?? "") : "kbk"
    var findsCommandName = false

    public init(
        environment: [String: String], stdout: TextSink, stderr: TextSink,
        clock: @escaping () -> Timestamp, loginName: String?, stdoutIsTerminal: Bool = false,
        stderrIsTerminal: Bool = false
    ) {
        self.environment = environment
        self.stdout = stdout
        self.stderr = stderr
        self.clock = clock
        self.loginName = loginName
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
    }

    /// The real process: its environment, standard streams, system clock and login name.
    public static func process() -> Context {
        var environment: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let pair = String(cString: entry)
            if let equals = pair.firstIndex(of: "=") {
                environment[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            cursor += 1
        }
        let out = FileDescriptorSink(descriptor: STDOUT_FILENO)
        // The real user id, which a set-user-id wrapper keeps and `$USER` cannot change.
        var loginName: String?
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            loginName = String(cString: name)
        }
        let err = FileDescriptorSink(descriptor: STDERR_FILENO)
        let context = Context(
            environment: environment, stdout: out, stderr: err,
            clock: { Timestamp(secondsSinceEpoch: Int64(time(nil))) },
            loginName: loginName, stdoutIsTerminal: out.isTerminal, stderrIsTerminal: err.isTerminal)
        context.findsCommandName = true
        return context
    }

    /// `kbk` when the PATH finds this executable by that name; else its path from the current
    /// folder (the `.build/debug/kbk` or `.build/release/kbk` link when it is one), else its full path.
    static func commandName(path: String) -> String {
        func resolved(_ name: String) -> String? {
            guard let pointer = realpath(name, nil) else { return nil }
            defer { free(pointer) }
            return String(cString: pointer)
        }
        guard let own = resolved("/proc/self/exe") else { return "kbk" }
        for folder in path.split(separator: ":") where resolved(folder + "/kbk") == own { return "kbk" }
        var name = own
        if let cwd = resolved(".") {
            for link in [".build/debug/kbk", ".build/release/kbk"] where resolved(link) == own { return link }
            if own.hasPrefix(cwd + "/") { name = String(own.dropFirst(cwd.count + 1)) }
        }
        return name.contains(" ") ? "'\(name)'" : name
    }
}
