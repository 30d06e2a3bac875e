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
    public private(set) var official: Official!
    /// The official a paper record is entered for, when not the acting one (`--on-behalf-of`).
    public private(set) var onBehalfOf: Official?
    /// Whose desk the work is: the official acted for, else the acting one.
    public var performingOfficial: Official? { onBehalfOf ?? official }
    /// True when this open registered the acting login as the database's first admin.
    public private(set) var registeredFirstAdmin = false
    /// The system's clock when `clock` is pinned (`KBK_NOW`): every audit entry records its time too.
    private let realClock: (() -> Timestamp)?
    /// True when the database's admin allows a pinned clock (`clock.pinning`: demo and training
    /// databases), or this open made a database that will (`kbk demo`).
    public private(set) var allowsPinnedClock: Bool
    /// The rows written in the sealed tables, for the audit entry that seals them (nil before
    /// migration 0027).
    private var rowWatch: RowWatch?
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
        if !isMemory { try FileSystem.requireRegularFileOrMissing(path) }
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

    /// The highest migration applied to this database.
    public func schemaVersion() throws -> Int {
        try Migrator().status(of: connection).schemaVersion
    }

    public var now: Timestamp { clock() }

    /// What must hold before this login writes to an existing kbk database, checked on a read-only
    /// look so that a refusal writes nothing: pending migrations are an admin's to apply, and a
    /// pinned clock needs the database's leave (`clock.pinning allowed`, in a row that verifies).
    private static func checkBeforeWriting(
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

    private func write<T>(
        for other: Official?, joiningEnclosing: Bool = false, pinnedTo instant: Timestamp? = nil,
        _ body: (Transaction) throws -> T
    ) throws -> T {
        if isPublicReader { throw StoreError.notAnOfficial(login: actor.name, path: path) }
        let outermost = !connection.isInTransaction
        return try connection.transaction(joiningEnclosing: joiningEnclosing) {
            if outermost { rowWatch?.discard() }
            try checkAuditChain()
            let now = instant ?? clock()
            let realNow = instant != nil ? (realClock ?? clock)() : realClock?()
            let transaction = Transaction(
                connection: connection, actor: actor, official: official, onBehalfOf: other, now: now,
                realNow: realNow, timeZone: timeZone, calendarCache: calendarCache, rowWatch: rowWatch)
            try transaction.require(.change)
            let changesBefore = connection.totalChanges
            let result = try body(transaction)
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

/// The handle a write body gets: the connection, and the audit trail of this change.
public final class Transaction {
    let connection: Connection
    /// The acting official's login: the audit trail's actor.
    public let actor: Actor
    /// Who did the work recorded: the official a paper record is entered for (`--on-behalf-of`),
    /// else the actor. Complaint events and improvement stages carry this name.
    public var performer: Actor { onBehalfOf.flatMap { try? Actor($0.login) } ?? actor }
    public let now: Timestamp
    /// The system's time when `now` is a pinned clock: recorded in every audit entry beside it.
    public let realNow: Timestamp?
    public let timeZone: UTCOffset
    /// Today's date in the office time zone.
    public let today: CivilDate
    fileprivate(set) var auditedCount = 0
    /// The rows written since the last audit entry, which the next one seals.
    let rowWatch: RowWatch?
    /// The last entry this change appended.
    private var lastRecord: (id: Int64, record: AuditRecord)?
    /// Set by `authoriseImport`: the rows written are records restored by the administrator, each
    /// done by its own official when it happened, so their desks' rights are not asked again.
    public private(set) var isImporting = false

    /// The acting official; nil only while the first admin is being registered.
    public let official: Official?
    /// The official a paper record is entered for: they too must be allowed what is recorded.
    public let onBehalfOf: Official?
    /// Whose desk the work is: the official acted for, else the acting one.
    public var performingOfficial: Official? { onBehalfOf ?? official }
    let calendarCache: CalendarCache

    init(
        connection: Connection, actor: Actor, official: Official? = nil, onBehalfOf: Official? = nil, now: Timestamp,
        realNow: Timestamp? = nil, timeZone: UTCOffset, calendarCache: CalendarCache = CalendarCache(),
        rowWatch: RowWatch? = nil
    ) {
        self.connection = connection
        self.realNow = realNow
        self.rowWatch = rowWatch
        self.calendarCache = calendarCache
        self.official = official
        self.onBehalfOf = onBehalfOf
        self.actor = actor
        self.now = now
        self.timeZone = timeZone
        self.today = now.date(in: timeZone)
    }

    /// Rows written after the change's last entry (a receipt's tracking code, say) are sealed in
    /// an entry of their own that names it, so that no row kbk wrote is left unsealed.
    func sealRemainingRows() throws {
        guard let rowWatch, !rowWatch.isEmpty, let last = lastRecord else { return }
        let seals = try RowSeals.seals(of: rowWatch.take(), connection)
        guard !seals.isEmpty else { return }
        try AuditLog.append(
            AuditRecord(
                .seal, last.record.entityKind, id: last.record.entityID, "sealed rows written after entry \(last.id)"),
            sealing: seals, actor: actor, onBehalfOf: onBehalfOf?.login, at: now, realAt: realNow, to: connection)
    }

    /// Appends an entry to the audit trail in this transaction, sealing the rows written since
    /// the last entry (each checked first against its own last seal).
    @discardableResult
    public func audit(_ record: AuditRecord) throws -> Int64 {
        let id = try appendAudit(record)
        lastRecord = (id, record)
        return id
    }

    private func appendAudit(_ record: AuditRecord) throws -> Int64 {
        auditedCount += 1
        guard let rowWatch else {
            return try AuditLog.append(
                record, actor: actor, onBehalfOf: onBehalfOf?.login, at: now, realAt: realNow, to: connection)
        }
        return try AuditLog.append(
            record, sealing: try RowSeals.seals(of: rowWatch.take(), connection), actor: actor,
            onBehalfOf: onBehalfOf?.login, at: now, realAt: realNow, to: connection)
    }
}

/// A repository as seen from inside a write: its changes are methods of `Writing<Repository>`
/// (`transaction.units.add(draft)`), so they cannot be called without the transaction, and with it
/// the acting official, the instant and the audit trail. Reads stay on the store (`store.units`).
public struct Writing<Repository> {
    let transaction: Transaction
    let repository: Repository
    var connection: Connection { transaction.connection }

    init(_ transaction: Transaction, _ repository: Repository) {
        self.transaction = transaction
        self.repository = repository
    }
}

extension Store {
    /// Finds the acting official, registering the login as the first admin of a database without
    /// officials; checks that an official acted for is one the acting official may act for.
    func resolveOfficials(onBehalfOf other: String?, mayBecomeFirstAdmin: Bool) throws {
        guard let login = try? Login(actor.name) else { throw StoreError.notAnOfficial(login: actor.name, path: path) }
        if let found = try officials.find(login) {
            // Rights are read from rows that verify: the official's own and their unit's.
            try requireIntact(found)
            official = found
        } else {
            // Checked again inside the write: another process may register its login first.
            official = try write { transaction in
                if let found = try officials.find(login) { return found }
                guard mayBecomeFirstAdmin, try officials.count() == 0 else {
                    throw StoreError.notAnOfficial(login: login.value, path: path)
                }
                registeredFirstAdmin = true
                return try Officials.registerFirstAdmin(login, in: transaction)
            }
        }
        guard let other, other != login.value else { return }
        guard let otherLogin = try? Login(other), let target = try officials.find(otherLogin) else {
            throw DomainError.notFound(kind: .official, key: other)
        }
        try requireIntact(target)
        try checkMayActFor(target)
        onBehalfOf = target
    }

    /// An official's row and the rows of their unit and the units above it must verify against
    /// their seals before the rights they give are used.
    func requireIntact(_ official: Official) throws {
        guard rowWatch != nil else { return }
        try RowSeals.require(.official, key: String(official.id), connection)
        let units = try connection.query(
            """
            WITH RECURSIVE chain(id, parent_id) AS (
                SELECT s.id, s.parent_id FROM skpd s JOIN official o ON o.skpd_id = s.id WHERE o.id = ?
                UNION SELECT s.id, s.parent_id FROM skpd s JOIN chain c ON s.id = c.parent_id)
            SELECT id FROM chain
            """, official.id
        ) { try DecodedRow($0, table: "skpd").int64(0, "id") }
        for unit in units { try RowSeals.require(.skpd, key: String(unit), connection) }
    }

    /// Coordinators and admins may act for any official, unit-admins for those of their unit or a
    /// unit under it; nobody else for anyone but themselves.
    func checkMayActFor(_ target: Official) throws {
        let acting: Official = official
        guard target.login != acting.login else { return }
        let allowed =
            switch acting.role {
            case .admin, .coordinator: true
            case .unitAdmin: try units.scope(of: acting, covers: target.unitCode)
            case .officer, .viewer: false
            }
        guard allowed else {
            throw StoreError.notPermitted(
                Refusal(
                    login: acting.login, role: acting.role, scope: acting.scopeUnit,
                    action: "act on behalf of \(target.login) (\(target.unitCode ?? "no unit"))",
                    allowedBy: "coordinator or admin, or unit-admin of \(target.unitCode ?? "-") or a unit above it"))
        }
    }
}

extension GuardedAction {
    /// The one rule: the acting official's role must allow the action, else exit 77.
    func check(_ official: Official?) throws {
        guard let official, !allows(official.role) else { return }
        throw StoreError.notPermitted(
            Refusal(
                login: official.login, role: official.role, scope: official.scopeUnit, action: rawValue,
                allowedBy: allowedRoles.map(\.rawValue).joined(separator: " or ")))
    }
}

extension Transaction {
    /// Checks a right inside a change, before anything is written. The act is the acted-for
    /// official's, so their role must allow it; the acting official was allowed to act for them
    /// when the store opened. Rights that are exercised only in person
    /// (`mayBeEnteredForAnother`) the acting official must hold as well.
    public func require(_ action: GuardedAction) throws {
        if isImporting { return }
        guard let onBehalfOf else { return try action.check(official) }
        try action.check(onBehalfOf)
        if !action.mayBeEnteredForAnother { try action.check(official) }
    }

    /// An officer acts only on the complaints disposed to them (`complaint assign`).
    public func requireAssignment(of complaint: Complaint, _ action: ComplaintAction.Kind) throws {
        guard !isImporting, let performer = performingOfficial, performer.role == .officer,
            complaint.assignedTo != performer.login
        else { return }
        throw StoreError.notPermitted(
            Refusal(
                login: performer.login, role: performer.role, scope: performer.scopeUnit,
                action: "\(action.rawValue) \(complaint.ticket) (assigned to \(complaint.assignedTo ?? "no one"))",
                allowedBy:
                    "the complaint assigned to \(performer.login) by a unit-admin of \(complaint.unitCode ?? "-")"))
    }

    /// Checks the right to import, then lets the rest of this transaction write what the rows hold.
    public func authoriseImport() throws {
        try require(.importData)
        isImporting = true
    }

    /// A unit-admin or officer acts only for their unit and the units under it; government-wide
    /// roles for every unit. `unit` nil: the record belongs to no unit yet (the government's desk).
    /// Both the acting official and the one acted for must have it in scope.
    public func requireScope(_ unit: String?, _ what: String) throws {
        if isImporting { return }
        try Transaction.requireScope(unit, what, of: official, connection)
        if let onBehalfOf { try Transaction.requireScope(unit, what, of: onBehalfOf, connection) }
    }

    private static func requireScope(_ unit: String?, _ what: String, of official: Official?, _ connection: Connection)
        throws
    {
        guard let official, try !Units(connection: connection).scope(of: official, covers: unit) else { return }
        throw StoreError.notPermitted(
            Refusal(
                login: official.login, role: official.role, scope: official.scopeUnit,
                action: "\(what) (\(unit ?? "no unit yet"))",
                allowedBy: unit.map { "an official of \($0) or of a unit above it, or a coordinator or admin" }
                    ?? "a coordinator or admin"))
    }
}

extension Store {
    /// Checks a right before a read that would let data out (a personal-data export to standard
    /// output is printed before its audit entry is written).
    public func require(_ action: GuardedAction) throws { try action.check(official) }
}

/// The units' working calendars of one store, kept between its transactions: a demo or a busy desk
/// acts thousands of times, and each action would read the holidays and hash them again. Another
/// process's commit changes SQLite's `data_version`; this store's own changes to holidays and units
/// call `invalidate` (a change rolled back afterwards only costs a reread).
final class CalendarCache {
    private var cached: (dataVersion: Int64, generation: Int, calendars: UnitCalendars)?
    private var generation = 0

    func calendars(_ connection: Connection) throws -> UnitCalendars {
        // SQLite always answers; without an answer nothing would be kept.
        let version = try connection.nullable("PRAGMA data_version") { $0.int64(0) }
        if let cached, cached.dataVersion == version, cached.generation == generation { return cached.calendars }
        let calendars = try Holidays(connection: connection).unitCalendars()
        cached = version.map { ($0, generation, calendars) }
        return calendars
    }

    func invalidate() { generation += 1 }
}
