import KBKDomain
import KBKFiles
internal import SQLiteDB

/// The steps of opening a database that need no store yet.
extension Store {
    /// Runs one step of opening, again after a pause when it failed because another process was
    /// starting or closing on the same file at that instant: two processes switching a new file to
    /// WAL at once (the loser gets SQLITE_BUSY at once, without the busy handler, so as not to
    /// deadlock), or a read-only look while the last connection of another process removes the
    /// `-wal` and `-shm` files (CANTOPEN or IOERR). Four processes running `init` on one new file
    /// failed in about 1 of 130 starts before this (`ProcessTests`, and 100 rounds by hand).
    static func whileOthersStart<T>(_ path: String, _ step: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try step()
            } catch let error as DatabaseError
                where attempt < 5 && [.busy, .cannotOpen, .readOnly, .ioError, .diskFull].contains(error.kind)
                && FileSystem.exists(path)
            {
                attempt += 1
                FileSystem.pause(milliseconds: 20 * attempt)
            }
        }
    }

    /// What must hold before this login writes to an existing kbk database, checked on a read-only
    /// look so that a refusal writes nothing: pending migrations are an admin's to apply, and a
    /// pinned clock needs the database's leave (`clock.pinning allowed`, in a row that verifies).
    static func checkBeforeWriting(
        _ probe: Connection, path: String, actor: Actor, migrator: Migrator, pinned: Bool,
        allowsPinnedClock: inout Bool, visitor: Visitor
    ) throws {
        func tableExists(_ name: String) throws -> Bool {
            try probe.scalar("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", name) != nil
        }
        let pending = try migrator.status(of: probe).pending
        if !pending.isEmpty, try tableExists("official"),
            try probe.scalar("SELECT 1 FROM official WHERE deactivated_at IS NULL LIMIT 1") != nil
        {
            let role = try probe.scalar(
                "SELECT role FROM official WHERE login = ? AND deactivated_at IS NULL", actor.name)?.stringValue
            guard let role, visitor != .publicReader else {
                if visitor == .publicReader {
                    throw StoreError.migrationNeedsAdmin(login: actor.name, path: path, pending: pending.map(\.name))
                }
                throw StoreError.notAnOfficial(login: actor.name, path: path)
            }
            guard role == OfficialRole.admin.rawValue else {
                throw StoreError.migrationNeedsAdmin(login: actor.name, path: path, pending: pending.map(\.name))
            }
            if let id = try probe.scalar(
                "SELECT id FROM official WHERE login = ? AND deactivated_at IS NULL", actor.name)?.intValue
            {
                try RowSeals.require(.official, key: String(id), probe)
            }
        }
        guard pinned, !allowsPinnedClock else { return }
        let key = Settings.Key.clockPinning.rawValue
        guard try tableExists("setting"),
            try probe.scalar("SELECT value FROM setting WHERE key = ?", key)?.stringValue
                == ClockPinning.allowed.rawValue
        else { throw StoreError.clockPinningRefused(path: path) }
        try RowSeals.require(.setting, key: key, probe)
        allowsPinnedClock = true
    }
}
