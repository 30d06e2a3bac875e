import KBKDomain

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `mail.command` may name. Whoever may change a setting must not be able to make
/// `kbk escalate` (run by cron as the server's kbk user) run code of their choosing, so:
///
/// - the program is an absolute path to a regular, executable file owned by root and writable by
///   nobody else, in folders (every one up to `/`, for the path as given and the file a link names)
///   owned by root and writable by nobody else (a sticky folder such as `/tmp` counts as closed:
///   others cannot replace what root put in it);
/// - it is no shell or interpreter (`sh`, `bash`, `python3`, `env`, `busybox`, …), by its name or
///   the name of the file a link names, since those run code given to them;
/// - its arguments are fixed sendmail options, none of which carries code or a file name: `-t`,
///   `-i`, `-oi`, `-oem`, `-odi`, `--read-recipients`, `--read-envelope-from`, and `-f ADDRESS`
///   (the envelope sender, an e-mail address).
///
/// The shape (`checkShape`) is checked whenever the setting is read; the files (`check`) when it is
/// set and again before `kbk escalate` runs it, so a database edited by other means runs no shell.
public enum MailCommandPolicy {
    public static let allowedOptions = ["-t", "-i", "-oi", "-oem", "-odi", "--read-recipients", "--read-envelope-from"]

    /// Programs that run code given to them, by their name without a version suffix.
    static let interpreters: Set<String> = [
        "sh", "bash", "rbash", "dash", "zsh", "ksh", "mksh", "pdksh", "ash", "yash", "csh", "tcsh", "fish", "nu",
        "busybox", "toybox", "env", "python", "pypy", "perl", "ruby", "irb", "node", "nodejs", "deno", "bun", "php",
        "lua", "luajit", "tclsh", "wish", "expect", "awk", "gawk", "mawk", "nawk", "sed", "xargs", "find", "nohup",
        "timeout", "sudo", "su", "doas", "runuser", "setsid", "nice", "ionice", "chroot", "stdbuf", "script", "flock",
        "watch", "strace", "gdb", "java", "jshell", "pwsh", "guile", "rscript", "r", "osascript", "vi", "vim", "ex",
        "ed", "emacs", "make", "git", "ssh", "socat", "nc", "ncat", "openssl", "run-parts", "start-stop-daemon",
    ]

    /// The program and its arguments when `command` has an allowed shape; nothing is looked at on disk.
    public static func checkShape(_ command: String) throws(MailCommandProblem) -> [String] {
        let words = command.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let program = words.first, command.unicodeScalars.count <= 500, program.hasPrefix("/"),
            !command.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { throw .shape }
        if isInterpreter(program) { throw .interpreter(program) }
        var index = 1
        while index < words.count {
            let word = words[index]
            if word == "-f", index + 1 < words.count, isAddress(words[index + 1]) {
                index += 2
                continue
            }
            guard allowedOptions.contains(word) || (word.hasPrefix("-f") && isAddress(String(word.dropFirst(2))))
            else { throw .argument(word) }
            index += 1
        }
        return words
    }

    /// `checkShape`, then the files: the program, the file a link names, and their folders.
    public static func check(_ command: String) throws(MailCommandProblem) -> [String] {
        let words = try checkShape(command)
        let program = words[0]
        guard let resolved = realPath(program) else {
            throw .unreadable(path: program, reason: String(cString: strerror(errno)))
        }
        if isInterpreter(resolved) { throw .interpreter(resolved) }
        var info = stat()
        guard stat(resolved, &info) == 0 else {
            throw .unreadable(path: program, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o111 != 0 else { throw .notExecutableFile(resolved) }
        guard info.st_uid == 0 else { throw .notOwnedByRoot(resolved) }
        guard info.st_mode & 0o022 == 0 else { throw .writableByOthers(resolved) }
        // The folders of the file and of the name given (a link may live elsewhere).
        let given = String(program[..<program.lastIndex(of: "/")!])
        for start in [parent(resolved), realPath(given.isEmpty ? "/" : given) ?? given] {
            var folder = start
            while true {
                guard stat(folder, &info) == 0 else {
                    throw .unreadable(path: folder, reason: String(cString: strerror(errno)))
                }
                guard info.st_uid == 0 else { throw .notOwnedByRoot(folder) }
                guard info.st_mode & 0o022 == 0 || info.st_mode & S_ISVTX != 0 else { throw .writableByOthers(folder) }
                if folder == "/" { break }
                folder = parent(folder)
            }
        }
        return words
    }

    static func isInterpreter(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        // python3.12, perl5.36, ksh93, lua5.4, tclsh8.6 → python, perl, ksh, lua, tclsh.
        var stem = Substring(name.lowercased())
        while let last = stem.last, last.isNumber || last == "." || last == "-" { stem = stem.dropLast() }
        return interpreters.contains(String(stem)) || stem.hasPrefix("python") || stem.hasPrefix("perl")
            || stem.hasPrefix("ruby") || stem.hasPrefix("php")
    }

    static func isAddress(_ text: String) -> Bool {
        (try? EmailAddress.parse(text)) != nil && !text.hasPrefix("-")
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension MailCommand {
    /// The command `mail.command` names, when `MailCommandPolicy.check` allows it.
    public init(checking command: String) throws(MailCommandProblem) {
        self.init(arguments: try MailCommandPolicy.check(command))
    }
}
