#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The leftovers of a run that was killed while it staged a file (`.NAME.kbk-RANDOM.tmp`, and the
/// `-journal` SQLite keeps beside a backup's copy): a backup's holds the whole database.
///
/// A staged file is locked (`flock`) by the process writing it from the moment it is created until
/// it is renamed into place or removed, and the lock goes with the process, however it ends. So a
/// later run removes, in the target's folder and for that target's name only, every file of this
/// pattern that is a regular file of the same owner, not locked by anyone, and either not empty
/// (a copy had begun) or older than a minute (an empty file may be one another process has just
/// created and not yet locked: the few instructions between `open` and `flock`).
public enum StaleStagedFiles {
    /// Removes the leftovers for the target named `name` in `folder` (empty: the current folder).
    /// Returns the paths removed.
    @discardableResult
    public static func remove(named name: String, in folder: String) -> [String] {
        let directory = folder.isEmpty ? "." : folder
        guard let stream = opendir(directory) else { return [] }
        var names: [String] = []
        while let entry = readdir(stream) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
            }
            if isStaged(entryName, for: name) { names.append(entryName) }
        }
        closedir(stream)
        var removed: [String] = []
        let now = time(nil)
        for entryName in names {
            let path = (folder.isEmpty ? "" : folder + "/") + entryName
            if let companion = companions.first(where: { entryName.hasSuffix($0) }) {
                // A journal (or a staged database's log or index) whose file is gone (removed
                // below, or by the run that was killed).
                let copy = String(path.dropLast(companion.count))
                var info = stat()
                if lstat(copy, &info) != 0 && errno == ENOENT, isOwnRegularFile(path) {
                    unlink(path)
                    removed.append(path)
                }
                continue
            }
            let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(),
                info.st_size > 0 || now - modified(info) > 60,
                flock(descriptor, LOCK_EX | LOCK_NB) == 0
            else { continue }
            // Still the file we locked (not renamed away and replaced meanwhile).
            var current = stat()
            guard lstat(path, &current) == 0, current.st_dev == info.st_dev, current.st_ino == info.st_ino else {
                continue
            }
            unlink(path)
            for companion in companions { unlink(path + companion) }
            removed.append(path)
        }
        return removed
    }

    /// What SQLite keeps beside a staged file: a backup's journal, a staged database's log and index.
    static let companions = ["-journal", "-wal", "-shm"]

    /// `.NAME.kbk-RANDOM.tmp` (or its `-journal`, `-wal` or `-shm`), RANDOM in base 36.
    static func isStaged(_ entry: String, for name: String) -> Bool {
        let prefix = ".\(name).kbk-"
        var rest = Substring(entry)
        guard rest.hasPrefix(prefix) else { return false }
        rest = rest.dropFirst(prefix.count)
        if let companion = companions.first(where: { rest.hasSuffix($0) }) { rest = rest.dropLast(companion.count) }
        guard rest.hasSuffix(".tmp") else { return false }
        let random = rest.dropLast(".tmp".count)
        return !random.isEmpty && random.count <= 13
            && random.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."z").contains($0) }
    }

    static func modified(_ info: stat) -> time_t {
        #if canImport(Darwin)
            info.st_mtimespec.tv_sec
        #else
            info.st_mtim.tv_sec
        #endif
    }

    static func isOwnRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_uid == geteuid()
    }
}

/// Removes the file being staged when the process is asked to stop (SIGINT, SIGTERM, SIGHUP,
/// SIGQUIT) and then ends it by the same signal, as if kbk had not caught it. Only SIGKILL (and a
/// power cut) leaves the file, for `StaleStagedFiles` to remove on the next run. A signal that was
/// ignored when the file was staged (`nohup`) stays ignored.
enum StagedFileGuard {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// The staged file and its journal as C strings, read by the handler (which may not allocate).
    nonisolated(unsafe) static var file: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var journal: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var armedPath: String?
    nonisolated(unsafe) static var previous: [Int32: sighandler_t?] = [:]

    static func arm(_ path: String) {
        // One staged file at a time is guarded (kbk stages one); a second is left to the next run.
        guard armedPath == nil else { return }
        armedPath = path
        journal = strdup(path + "-journal")
        file = strdup(path)
        for number in signals {
            let old = signal(number, handler)
            if unsafeBitCast(old, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(number, SIG_IGN)
            }
            previous[number] = old
        }
    }

    static func disarm(_ path: String) {
        guard armedPath == path else { return }
        for number in signals { signal(number, previous[number] ?? SIG_DFL) }
        previous = [:]
        let (oldFile, oldJournal) = (file, journal)
        file = nil
        journal = nil
        free(oldFile)
        free(oldJournal)
        armedPath = nil
    }

    static let handler: @convention(c) (Int32) -> Void = { number in
        if let file = StagedFileGuard.file { unlink(file) }
        if let journal = StagedFileGuard.journal { unlink(journal) }
        signal(number, SIG_DFL)
        raise(number)
    }
}
