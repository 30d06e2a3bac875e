import KBKDomain
import KBKFiles
internal import SQLiteDB

/// The kbk database: one SQLite file holding every entity and the audit trail. Every change goes
/// through `write`, which runs it in one transaction together with its audit entries.
public final class Store {
    let connection: Connection
    /// The units' working calendars, read again only when holidays or units changed.
    let calendarCache = CalendarCache()
    public let path: String
    public let actor: Actor
    /// The office time zone, which decides what "today" is.
    public let timeZone: UTCOffset
    private let clock: () -> Timestamp
    /// True when this open created the database file.
    public private(set) var wasCreated = false
    /// Migrations applied by this open.
    public private(set) var migrationsApplied: [Migration] = []
    /// The acting official: the active official whose login is `actor`.
    public internal(set) var official: Official!
    /// The official a paper record is entered for, when not the acting one (`--on-behalf-of`).
    public internal(set) var onBehalfOf: Official?
    /// Whose desk the work is: the official acted for, else the acting one.
    public var performingOfficial: Official? { onBehalfOf ?? official }
    /// True when this open registered the acting login as the database's first admin.
    public internal(set) var registeredFirstAdmin = false
    /// The system's clock when `clock` is pinned (`KBK_NOW`): every audit entry records its time too.
    private let realClock: (() -> Timestamp)?
    /// True when the database's admin allows a pinned clock (`clock.pinning`: demo and training
    /// databases), or this open made a database that will (`kbk demo`).
    public private(set) var allowsPinnedClock: Bool
    /// The rows written in the sealed tables, for the audit entry that seals them (nil before
    /// migration 0027).
    var rowWatch: RowWatch?
    /// The last audit entry this store found sound (`AuditLog.verifyTail`): a write re-hashes the
    /// chain from there, the first one the last `chainWindow` entries.
    private var chainCheckedThrough: Int64?
    static let chainWindow = 256

    /// Who opens the database. An official is the active official whose login is the actor (on a
    /// database without officials the first such login becomes its admin, where that is allowed);
    /// a public reader (a citizen on the status page) is no official and may change nothing.
    public enum Visitor: Sendable, Equatable {
        case official(mayBecomeFirstAdmin: Bool)
        case publicReader
    }

    /// True for a citizen's read: every write is refused.
    public private(set) var isPublicReader = false

    public enum OpenMode: Sendable {
        /// Create the file (mode 0600, missing folders 0700) when it does not exist, then migrate.
        case createIfMissing
        /// The file must exist; pending migrations are applied.
        case existing
    }

    /// Opens the database at `path` and brings its schema up to date. Refuses (MigrationError) a
    /// database with an edited applied migration or one made by a newer kbk.
    /// `realClock` is the system's clock when `clock` is pinned (`KBK_NOW`): a pinned clock is
    /// refused (before anything is created or written) unless the database allows it
    /// (`clock.pinning`) or `allowsPinnedClock` (a database `kbk demo` makes). Pending migrations
    /// are applied only by an admin; for anyone else nothing is written.
    public init(
        path: String, mode: OpenMode, actor: Actor, onBehalfOf: String? = nil, clock: @escaping () -> Timestamp,
        realClock: (() -> Timestamp)? = nil, allowsPinnedClock: Bool = false,
        timeZone: UTCOffset = .wib, busyTimeoutMilliseconds: Int32 = 5_000, migrator: Migrator = Migrator(),
        visitor: Visitor = .official(mayBecomeFirstAdmin: true)
    ) throws {
        let isMemory = path == ":memory:" || path.isEmpty
        // Before anything else: a device, pipe or folder is no database (issue 28).
        if !isMemory {
            try FileSystem.requireReadable(path)
            try FileSystem.requireRegularFileOrMissing(path)
        }
        if !isMemory && FileSystem.isDirectory(path) {
            throw StoreError.cannotCreate(path: path, reason: "it is a folder")
        }
        self.realClock = realClock
        self.allowsPinnedClock = allowsPinnedClock || realClock == nil
        if !isMemory && !FileSystem.exists(path) {
            // A missing database is named as missing first: the clock matters only to one that exists or is made.
            if mode == .existing { throw StoreError.databaseMissing(path: path) }
            if realClock != nil && !allowsPinnedClock { throw StoreError.clockPinningRefused(path: path) }
        }
        var created = false
        if !isMemory {
            switch mode {
            case .createIfMissing:
                created = try FileSystem.createPrivateFile(path)
            case .existing:
                guard FileSystem.exists(path) else { throw StoreError.databaseMissing(path: path) }
            }
        }
        if !isMemory && !created {
            // Look before touching: opening for writing would switch another program's database to WAL.
            let probe = try Store.whileOthersStart(path) {
                try Connection.open(path, mode: .readOnly, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
            }
            let tables = try probe.count("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")
            let isKBK =
                try probe.scalar("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", Migrator.table) != nil
            if tables > 0 && !isKBK { throw StoreError.notKBKDatabase(path: path) }
            if tables == 0 && mode == .existing { throw StoreError.databaseMissing(path: path) }
            if tables == 0 && !self.allowsPinnedClock { throw StoreError.clockPinningRefused(path: path) }
            // An empty file that becomes the database will hold personal data: private, like a new one.
            if tables == 0 { FileSystem.makePrivate(path) }
            // A schema changed behind kbk's back (an extra trigger copying names elsewhere, a dropped
            // index or trigger) is refused before anything runs on it.
            if isKBK {
                let differences = try Store.whileOthersStart(path) {
                    try SchemaVerifier(migrator: migrator).check(probe).differences
                }
                if !differences.isEmpty { throw StoreError.schemaDiffers(path: path, differences: differences) }
                try Store.checkBeforeWriting(
                    probe, path: path, actor: actor, migrator: migrator, pinned: realClock != nil,
                    allowsPinnedClock: &self.allowsPinnedClock, visitor: visitor)
            }
        }
        do {
            connection = try Store.whileOthersStart(path) {
                try Connection.open(
                    path, mode: isMemory ? .readWriteCreate : .readWrite,
                    busyTimeoutMilliseconds: busyTimeoutMilliseconds)
            }
        } catch {
            if created { FileSystem.remove(path) }
            throw error
        }
        self.path = path
        self.actor = actor
        self.timeZone = timeZone
        self.clock = clock
        self.wasCreated = created || isMemory
        let now = clock()
        let realNow = realClock?()
        let watch = connection.watchRows(in: SealedTable.allCases.map(\.rawValue))
        migrationsApplied = try migrator.migrate(connection, at: now) { migration in
            let chained = migration.version >= AuditLog.chainVersion
            if migration.version == AuditLog.chainVersion { try AuditLog.sealUnhashedEntries(connection) }
            var record = AuditRecord(.migrate, .database, id: String(migration.version), "applied \(migration.name)")
            if migration.version > RowSeals.version && Holidays.calendarVersions.contains(migration.version) {
                // Before the entry, so that it seals the complaints whose due dates moved.
                let moved = try Complaints.recomputeDueDates(connection, timeZone: timeZone, category: nil)
                if moved > 0 {
                    record = AuditRecord(
                        .migrate, .database, id: String(migration.version),
                        "applied \(migration.name); moved the due dates of \(moved) open complaint(s) onto its calendar"
                    )
                }
            }
            if migration.version < RowSeals.version {
                watch.discard()
                try AuditLog.append(record, actor: actor, at: now, to: connection, chained: chained)
            } else if migration.version == RowSeals.version {
                // The rows already here are sealed as they are: what was changed before this
                // migration can no longer be told apart, what is changed after it can.
                watch.discard()
                try RowSeals.sealEverything(connection) { seals in
                    try AuditLog.append(
                        record, sealing: seals, actor: actor, at: now, realAt: realNow, to: connection)
                }
            } else {
                try AuditLog.append(
                    record, sealing: try RowSeals.seals(of: watch.take(), connection), actor: actor, at: now,
                    realAt: realNow, to: connection)
            }
            if migration.version < RowSeals.version && Holidays.calendarVersions.contains(migration.version) {
                let moved = try Complaints.recomputeDueDates(connection, timeZone: timeZone, category: nil)
                if moved > 0 {
                    try AuditLog.append(
                        AuditRecord(
                            .update, .database, id: String(migration.version),
                            "moved the due dates of \(moved) open complaint(s) onto the national calendar"),
                        actor: actor, at: now, to: connection, chained: chained)
                }
            }
        }
        watch.discard()
        if try RowSeals.areKept(connection) {
            for table in SealedTable.allCases {
                watch.setColumns(try connection.columnNames(of: table.rawValue), of: table.rawValue)
            }
            rowWatch = watch
        }
        // The acting official is known before anything else runs; a database whose migrations
        // stop before officials existed (only tests build those) has none to look up.
        switch visitor {
        case .publicReader:
            isPublicReader = true
        case .official(let mayBecomeFirstAdmin):
            if migrator.migrations.contains(where: { $0.version == Officials.version }) {
                try resolveOfficials(onBehalfOf: onBehalfOf, mayBecomeFirstAdmin: mayBecomeFirstAdmin)
            }
        }
    }

    /// The highest migration applied to this database.
    public func schemaVersion() throws -> Int {
        try Migrator().status(of: connection).schemaVersion
    }

    public var now: Timestamp { clock() }

    /// Today's date in the office time zone.
    public var today: CivilDate { clock().date(in: timeZone) }

    /// Runs `body` as one write transaction (`BEGIN IMMEDIATE`). The body must record what it
    /// changed with `Transaction.audit`; a change without an audit entry is rolled back.
    @discardableResult
    public func write<T>(_ body: (Transaction) throws -> T) throws -> T {
        try write(for: onBehalfOf, body)
    }

    /// `write` for a record entered for `other` (a paper record; the demo's officials): allowed to
    /// whom `--on-behalf-of` is.
    @discardableResult
    public func write<T>(onBehalfOf other: Official, _ body: (Transaction) throws -> T) throws -> T {
        try checkMayActFor(other)
        return try write(for: other.login == official.login ? nil : other, body)
    }

    /// `write(onBehalfOf:)` as one step of an enclosing `write` that is rolled back whole when any
    /// step fails (the demo): the step gets no savepoint of its own. `at` pins the clock for this
    /// step alone (the demo's officials acting on the day they did), where the database allows a
    /// pinned clock; the audit entry records the system's time beside it.
    @discardableResult
    public func step<T>(onBehalfOf other: Official, at instant: Timestamp? = nil, _ body: (Transaction) throws -> T)
        throws -> T
    {
        try checkMayActFor(other)
        if instant != nil && !allowsPinnedClock { throw StoreError.clockPinningRefused(path: path) }
        return try write(
            for: other.login == official.login ? nil : other, joiningEnclosing: true, pinnedTo: instant, body)
    }

    /// `citizen`: a citizen's act on the public pages (`Citizens`), the only write a public
    /// reader may make: done as `warga:web`, allowed that act's right and no other.
    func write<T>(
        for other: Official?, joiningEnclosing: Bool = false, pinnedTo instant: Timestamp? = nil,
        citizen: CitizenAct? = nil, _ body: (Transaction) throws -> T
    ) throws -> T {
        if isPublicReader && citizen == nil { throw StoreError.notAnOfficial(login: actor.name, path: path) }
        let outermost = !connection.isInTransaction
        return try connection.transaction(joiningEnclosing: joiningEnclosing) {
            if outermost { rowWatch?.discard() }
            try checkAuditChain()
            let now = instant ?? clock()
            let realNow = instant != nil ? (realClock ?? clock)() : realClock?()
            let transaction = Transaction(
                connection: connection, actor: citizen == nil ? actor : .citizen,
                official: citizen == nil ? official : nil, onBehalfOf: other, now: now, realNow: realNow,
                timeZone: timeZone, calendarCache: calendarCache, rowWatch: rowWatch, citizen: citizen,
                replaysHistory: instant != nil)
            let changesBefore = connection.totalChanges
            let result = try body(transaction)
            // Checked after the body, so that a viewer asking for a guarded act hears who may do
            // that act; what the body wrote is rolled back with the refusal.
            if citizen == nil { try transaction.require(.change) }
            if connection.totalChanges > changesBefore && transaction.auditedCount == 0 {
                throw StoreError.unauditedChange
            }
            try transaction.sealRemainingRows()
            return result
        }
    }

    /// Re-hashes the audit trail's entries since the last check (the last `chainWindow` at the
    /// first write): a trail that no longer verifies gets nothing appended after the bad entry.
    private func checkAuditChain() throws {
        guard rowWatch != nil else { return }
        let (lastSound, broken) = try AuditLog.verifyTail(
            after: chainCheckedThrough, window: Store.chainWindow, connection)
        if let broken { throw StoreError.auditChainBroken(entry: broken) }
        chainCheckedThrough = lastSound
    }

    public var auditLog: AuditLog { AuditLog(connection: connection) }

    /// Copies the database to `destination` (mode 0600) with SQLite's online backup. The copy is
    /// made in a private temporary file beside the destination and put in place inside the
    /// transaction that records it in the audit trail: if the entry cannot be written, the copy is
    /// removed, so no unaudited copy of complainants' personal data is left behind.
    public func backup(to destination: String, overwrite: Bool) throws {
        // SQLite would take `X-wal` for the write-ahead log of a database X, and apply it.
        for companion in DatabaseFile.allCases where companion != .main && destination.hasSuffix(companion.suffix) {
            throw FileError(path: destination, reason: .companionName(companion.suffix))
        }
        let output = try OutputFile(destination, protecting: path, force: overwrite, isPrivate: true)
        try output.stage().place(
            { place in
                try write { transaction in
                    try transaction.require(.backup)
                    try transaction.audit(
                        AuditRecord(.backup, .database, id: nil, "copied the database to \(destination)"))
                    try place()
                }
            }, filling: { staged in try connection.backup(to: staged.temporaryPath) })
    }
}
