#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be written or read. The path is the one the user typed.
public struct FileError: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// The target is the database or one of SQLite's companion files of it.
        case databaseFile(DatabaseFile)
        /// The target exists and replacing it was not asked for.
        case exists
        /// The target is a folder.
        case isFolder
        /// The folder the target would go in does not exist.
        case folderMissing(String)
        /// The file cannot be created or opened for writing (the system's reason).
        case cannotCreate(String)
        /// Reading or writing failed part way (the system's reason).
        case io(String)
        /// An input is not a regular file (a folder, a device, a pipe).
        case notRegularFile(String)
        /// An input is larger than allowed; reading stopped at the cap.
        case tooLarge(cap: Int)
        /// An input cannot be opened (the system's reason).
        case cannotOpen(String)
        /// The name would be taken by SQLite for a database's companion file.
        case companionName(String)
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }
}

/// The files that make up a SQLite database: the main file and the companions SQLite keeps beside it.
public enum DatabaseFile: String, CaseIterable, Sendable {
    case main = ""
    case writeAheadLog = "-wal"
    case sharedMemory = "-shm"
    case rollbackJournal = "-journal"

    public var suffix: String { rawValue }
}

/// Where an output goes and how it is written. Every file kbk writes (exports, reports, templates,
/// backups) passes here, so the rules hold for all of them:
/// - the database and its `-wal`, `-shm` and `-journal` files are never a target, however spelled;
/// - an existing file is replaced only when `force` is given;
/// - a regular file is written to a new temporary file (O_EXCL | O_NOFOLLOW, mode 0600, an
///   unpredictable name in the target's folder), synced, then renamed over the target, so a reader
///   sees the old file or the whole new one and a planted symlink is never followed;
/// - a target that is not a regular file (`/dev/stdout`, a pipe) is written directly, never replaced.
public struct OutputFile: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A regular file, created or replaced through a temporary file. `resolved` is the path
        /// written (a symlink's final target).
        case regular(resolved: String, existingMode: mode_t?)
        /// A device or pipe that already exists: written in place.
        case special
    }

    public let path: String
    public let kind: Kind
    /// Holds complainants' personal data: always mode 0600.
    public let isPrivate: Bool

    /// Checks `path` as a target. `database` is the database path this run uses (nil for none).
    public init(_ path: String, protecting database: String?, force: Bool, isPrivate: Bool) throws(FileError) {
        self.path = path
        self.isPrivate = isPrivate
        guard !path.isEmpty else { throw FileError(path: path, reason: .cannotCreate("the name is empty")) }
        if let database, let which = OutputFile.databaseFile(path, of: database) {
            throw FileError(path: path, reason: .databaseFile(which))
        }
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw FileError(path: path, reason: .isFolder)
            case S_IFREG:
                guard force else { throw FileError(path: path, reason: .exists) }
                kind = .regular(resolved: PathResolution.resolved(path), existingMode: info.st_mode & 0o7777)
            default:
                kind = .special
            }
        } else {
            // A dangling symlink is followed to where it points: rename would otherwise replace the link.
            let resolved = PathResolution.resolved(path)
            let folder = PathResolution.parentFolder(of: resolved)
            var folderInfo = stat()
            guard stat(folder.isEmpty ? "." : folder, &folderInfo) == 0, (folderInfo.st_mode & S_IFMT) == S_IFDIR else {
                throw FileError(path: path, reason: .folderMissing(folder.isEmpty ? "." : folder))
            }
            kind = .regular(resolved: resolved, existingMode: nil)
        }
    }

    /// Which of the database's files `path` names, if any: the same inode, or the same place once
    /// symlinks and relative parts are resolved (for companions that do not exist right now).
    /// Makes the folder `path` (readable by its owner alone) unless it is one already.
    public static func createFolder(_ path: String) throws(FileError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw FileError(path: path, reason: .cannotCreate("not a folder"))
            }
            return
        }
        guard mkdir(path, 0o700) == 0 else {
            throw FileError(path: path, reason: .cannotCreate(PathResolution.errorText()))
        }
    }

    public static func databaseFile(_ path: String, of database: String) -> DatabaseFile? {
        guard database != ":memory:", !database.isEmpty else { return nil }
        let target = PathResolution.resolved(path)
        for file in DatabaseFile.allCases {
            let candidate = database + file.suffix
            if PathResolution.sameInode(path, candidate) || target == PathResolution.resolved(candidate) { return file }
        }
        return nil
    }

    /// Writes `bytes` whole. For a regular target the old file stays until the new one is complete.
    /// `placing` wraps the moment the output is put in place (the rename of the finished file, or
    /// the write to a device), so that a record of it (an audit entry) and the file stand or fall
    /// together: when `placing` throws after the rename, the new file is removed again.
    public func write(_ bytes: [UInt8], placing: (_ place: () throws -> Void) throws -> Void = { try $0() }) throws {
        switch kind {
        case .special:
            try placing {
                // O_NONBLOCK: a pipe nobody reads fails at once (ENXIO) instead of hanging; writes then block as usual.
                let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
                guard descriptor >= 0 else {
                    throw FileError(path: path, reason: .cannotCreate(PathResolution.errorText()))
                }
                defer { close(descriptor) }
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
                if let failure = FileIO.writeAll(descriptor, bytes) {
                    throw FileError(path: path, reason: .io(failure))
                }
            }
        case .regular:
            try stage().place(placing) { staged throws(FileError) in try staged.write(bytes) }
        }
    }

    /// A new temporary file for a regular target, for a writer that fills it by path (SQLite's
    /// backup) or by descriptor; `commit` puts it in place.
    public func stage() throws(FileError) -> StagedFile {
        guard case .regular(let resolved, let existingMode) = kind else {
            throw FileError(path: path, reason: .cannotCreate("it is a device or pipe, which cannot hold this file"))
        }
        let folder = PathResolution.parentFolder(of: resolved)
        // Short enough that the temporary name stays within NAME_MAX.
        let name = String((resolved.split(separator: "/").last.map(String.init) ?? resolved).prefix(100))
        let finalMode: mode_t
        if isPrivate {
            finalMode = 0o600
        } else if let existingMode {
            finalMode = existingMode
        } else {
            let mask = umask(0o077)
            umask(mask)
            finalMode = 0o666 & ~mask
        }
        StaleStagedFiles.remove(named: name, in: folder)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let random = String(generator.next(), radix: 36)
            let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).kbk-\(random).tmp"
            let descriptor = open(temporary, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                fchmod(descriptor, 0o600)
                // Held until the file is renamed or removed: a later run takes an unlocked one for the
                // leftover of a killed process (`StaleStagedFiles`).
                while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
                return StagedFile(
                    target: path, resolved: resolved, temporaryPath: temporary, descriptor: descriptor,
                    finalMode: finalMode)
            }
            if errno != EEXIST { throw FileError(path: path, reason: .cannotCreate(PathResolution.errorText())) }
        }
        throw FileError(path: path, reason: .cannotCreate("no free temporary name in \(folder.isEmpty ? "." : folder)"))
    }
}

/// A temporary file beside its target, private until `commit` renames it into place.
public final class StagedFile {
    public let target: String
    public let resolved: String
    public let temporaryPath: String
    public let descriptor: Int32
    let finalMode: mode_t
    private var isOpen = true

    init(target: String, resolved: String, temporaryPath: String, descriptor: Int32, finalMode: mode_t) {
        self.target = target
        self.resolved = resolved
        self.temporaryPath = temporaryPath
        self.descriptor = descriptor
        self.finalMode = finalMode
        StagedFileGuard.arm(temporaryPath)
    }

    /// Appends `bytes` to the temporary file.
    public func write(_ bytes: [UInt8]) throws(FileError) {
        if let failure = FileIO.writeAll(descriptor, bytes) { throw FileError(path: target, reason: .io(failure)) }
    }

    /// Syncs the data, sets the final mode, renames over the target and syncs the folder. The file
    /// stays open (and locked) until it has its final name, so no other run takes it for a leftover.
    public func commit() throws(FileError) {
        guard fsync(descriptor) == 0 else { throw FileError(path: target, reason: .io(PathResolution.errorText())) }
        fchmod(descriptor, finalMode)
        guard rename(temporaryPath, resolved) == 0 else {
            let reason = PathResolution.errorText()
            discard()
            throw FileError(path: target, reason: .cannotCreate(reason))
        }
        closeDescriptor()
        let folder = PathResolution.parentFolder(of: resolved)
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Removes the temporary file (and a journal SQLite left beside it); the target is as it was.
    public func discard() {
        unlink(temporaryPath)
        unlink(temporaryPath + "-journal")
        closeDescriptor()
    }

    /// Fills the temporary file, then commits it inside `placing`; on any failure the temporary file
    /// is removed, or, when `placing` failed after the rename, the committed file.
    public func place(_ placing: (_ place: () throws -> Void) throws -> Void, filling fill: (StagedFile) throws -> Void)
        throws
    {
        var placed = false
        do {
            try fill(self)
            try placing {
                try commit()
                placed = true
            }
        } catch {
            if placed { unlink(resolved) } else { discard() }
            throw error
        }
    }

    private func closeDescriptor() {
        if isOpen {
            StagedFileGuard.disarm(temporaryPath)
            close(descriptor)
            isOpen = false
        }
    }

    deinit { closeDescriptor() }
}

enum FileIO {
    /// Writes every byte, retrying interrupted and short writes; the system's reason on failure.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return PathResolution.errorText()
            }
            offset += written
        }
        return nil
    }
}

/// Path arithmetic without Foundation: parents, symlinks, inodes.
public enum PathResolution {
    public static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func errorText() -> String { String(cString: strerror(errno)) }

    public static func sameInode(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// An absolute path with every symlink followed, also for a path whose last part does not exist
    /// (or is a dangling symlink): its folder resolved, then the name, followed while it is a link.
    public static func resolved(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            if let real = realPath(current) { return real }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { break }
            let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if link.hasPrefix("/") {
                current = link
            } else {
                let folder = parentFolder(of: current)
                current = (folder.isEmpty ? "" : folder + "/") + link
            }
        }
        let folder = parentFolder(of: current)
        let name = current.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? current
        let base = realPath(folder.isEmpty ? "." : folder) ?? folder
        return (base == "/" ? "" : base) + "/" + name
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
