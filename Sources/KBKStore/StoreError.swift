/// Failures of the store that are not SQLite's own errors.
public enum StoreError: Error, Equatable, Sendable {
    /// No database file at the path, and the command does not create one.
    case databaseMissing(path: String)
    /// The file is a SQLite database of some other program: kbk leaves it alone.
    case notKBKDatabase(path: String)
    /// The database file or its folder cannot be created.
    case cannotCreate(path: String, reason: String)
    /// An output file exists and overwriting it was not asked for.
    case fileExists(path: String)
    /// The backup target is the database file itself.
    case backupOntoItself(path: String)
    /// A write transaction changed rows without recording them in the audit trail: a programming error.
    case unauditedChange
}
