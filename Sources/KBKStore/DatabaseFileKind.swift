import KBKDomain
internal import SQLiteDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file named as a database is, found by looking without changing anything (no WAL switch,
/// no migration, no file created): for `demo --force`, which may replace only what it made, and
/// for `check`, which must say what it found.
public enum DatabaseFileKind: Equatable, Sendable {
    case missing
    case folder
    /// A device, pipe or socket.
    case notRegular
    /// Zero bytes: no database yet.
    case empty
    /// Not a SQLite file at all (a text file, a spreadsheet...).
    case notSQLite
    /// A SQLite database without kbk's migrations table.
    case otherProgram
    /// A kbk database; `isDemo` when `kbk demo` made it.
    case kbk(isDemo: Bool)

    /// The value `kbk demo` sets in the SQLite header's application id: "KBKD".
    public static let demoApplicationID: Int32 = 0x4B42_4B44

    public static func inspect(_ path: String) -> DatabaseFileKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: break
        default: return .notRegular
        }
        if info.st_size == 0 { return .empty }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .notSQLite }
        var header = [UInt8](repeating: 0, count: 16)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
        close(descriptor)
        guard count == 16, header == Array("SQLite format 3\0".utf8) else { return .notSQLite }
        do {
            let probe = try Connection.open(path, mode: .readOnly)
            guard
                try probe.scalar("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", Migrator.table) != nil
            else {
                // Without tables it is no database yet, as for every command (init makes one in it).
                let tables = try probe.count("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")
                return tables == 0 ? .empty : .otherProgram
            }
            let applicationID = try probe.nullable("PRAGMA application_id") { $0.int(0) }
            return .kbk(isDemo: applicationID == Int(demoApplicationID))
        } catch {
            return .notSQLite
        }
    }
}

extension Store {
    /// Marks this database as made by `kbk demo`, so that `demo --force` may replace it later and
    /// nothing else. Recorded in the audit trail.
    public func markAsDemo() throws {
        try write { transaction in
            try connection.execute("PRAGMA application_id = \(DatabaseFileKind.demoApplicationID)")
            try transaction.audit(
                AuditRecord(.update, .database, id: nil, "marked as a demo database made by kbk demo"))
            // Its officials act on the days of its history: a demo is where a pinned clock belongs.
            try transaction.settings.set(.clockPinning, to: ClockPinning.allowed.rawValue)
        }
    }
}
