#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system calls the store needs, kept here so that permissions are decided in one place:
/// databases and backups hold complainants' personal data, so they are private to their owner.
enum FileSystem {
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Refuses (`notADatabaseFile`) a `path` that exists and is not a regular file once symlinks are
    /// followed: a folder, a device (`/dev/null`, which `init` as root would make private), a pipe
    /// (which SQLite would wait on for ever) or a socket. Looked at with `stat`, never opened.
    static func requireRegularFileOrMissing(_ path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notADatabaseFile(path: path) }
    }

    /// Refuses (`noAccess`) a database this login may not read, or a folder on its way it may not
    /// pass, naming that file or folder with its owner, group and mode: a permission to ask for,
    /// not a database to create.
    static func requireReadable(_ path: String) throws(StoreError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard access(path, R_OK) != 0 else { return }
            throw denial(path, blocker: path, info)
        }
        guard errno == EACCES else { return }
        // The first folder from the root down that this login may not pass.
        var folder = ""
        for part in parentFolder(of: path).split(separator: "/", omittingEmptySubsequences: true) {
            folder += "/" + part
            if access(folder, X_OK) != 0, stat(folder, &info) == 0 { throw denial(path, blocker: folder, info) }
        }
    }

    private static func denial(_ path: String, blocker: String, _ info: stat) -> StoreError {
        let owner = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? String(info.st_uid)
        let group = getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } ?? String(info.st_gid)
        let mode = String(info.st_mode & 0o7777, radix: 8)
        return .noAccess(
            path: path, blocker: blocker, owner: owner, group: group,
            mode: String(repeating: "0", count: max(0, 4 - mode.count)) + mode)
    }

    static func errorText() -> String {
        String(cString: strerror(errno))
    }

    /// Creates the missing folders of `path`'s parent with mode 0700.
    static func createParentFolders(of path: String) throws(StoreError) {
        let parent = parentFolder(of: path)
        guard !parent.isEmpty, !exists(parent) else { return }
        try createParentFolders(of: parent)
        if mkdir(parent, 0o700) != 0 && errno != EEXIST {
            throw .cannotCreate(path: parent, reason: errorText())
        }
    }

    /// Creates an empty file with mode 0600 unless it exists. Returns whether it created it.
    @discardableResult
    static func createPrivateFile(_ path: String) throws(StoreError) -> Bool {
        try createParentFolders(of: path)
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            if errno == EEXIST { return false }
            throw .cannotCreate(path: path, reason: errorText())
        }
        // The umask may have narrowed the mode, never widened it; set it exactly.
        fchmod(descriptor, 0o600)
        close(descriptor)
        return true
    }

    static func pause(milliseconds: Int) {
        usleep(useconds_t(milliseconds * 1_000))
    }

    static func makePrivate(_ path: String) {
        chmod(path, 0o600)
    }

    static func remove(_ path: String) {
        unlink(path)
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
