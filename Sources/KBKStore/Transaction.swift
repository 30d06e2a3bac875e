import KBKDomain
internal import SQLiteDB

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
    public internal(set) var isImporting = false
    /// The right last required in this change: the one a later scope check guards.
    var checkedAction: GuardedAction?
    /// The last event this change wrote for each complaint (by its id): the event a file attached
    /// in the same change comes with (`attach`).
    var eventsWritten: [Int64: Int64] = [:]

    /// The acting official; nil only while the first admin is being registered, and for a citizen.
    public let official: Official?
    /// A citizen's act on the public pages: the one right this change has (`Transaction.require`).
    public let citizen: CitizenAct?
    /// True for a step of a history replayed at its own past instant (the demo's officials acting on
    /// the day they did): nobody is to be told of it now.
    public let replaysHistory: Bool
    /// The official a paper record is entered for: they too must be allowed what is recorded.
    public let onBehalfOf: Official?
    /// Whose desk the work is: the official acted for, else the acting one.
    public var performingOfficial: Official? { onBehalfOf ?? official }
    let calendarCache: CalendarCache

    init(
        connection: Connection, actor: Actor, official: Official? = nil, onBehalfOf: Official? = nil, now: Timestamp,
        realNow: Timestamp? = nil, timeZone: UTCOffset, calendarCache: CalendarCache = CalendarCache(),
        rowWatch: RowWatch? = nil, citizen: CitizenAct? = nil, replaysHistory: Bool = false
    ) {
        self.citizen = citizen
        self.replaysHistory = replaysHistory
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
        guard let last = lastRecord else { return }
        try sealWatchedRows(after: last.id, last.record.entityKind, id: last.record.entityID)
    }

    /// Rows a change may write before they are sealed in entries of their own, ahead of the change's
    /// own entry (see `sealRowsWrittenSoFar`).
    public static let rowsSealedAtOnce = 10 * RowSeals.perEntry

    /// Seals the rows written since the last entry in entries of their own once there are
    /// `rowsSealedAtOnce` of them. A change writing a million rows (an import) otherwise held every
    /// row and its seal in memory until its own entry: 1.2 GB for a million complaints
    /// (bench/README.md, issue 34).
    public func sealRowsWrittenSoFar() throws {
        guard let rowWatch, rowWatch.count >= Transaction.rowsSealedAtOnce else { return }
        let after =
            try lastRecord?.id ?? connection.nullable("SELECT max(id) FROM audit_log") { $0.int64(0) } ?? 0
        try sealWatchedRows(after: after, .database, id: nil)
    }

    /// The rows watched since the last entry, sealed in an entry "sealed rows written after entry N".
    private func sealWatchedRows(after entry: Int64, _ kind: EntityKind, id: String?) throws {
        guard let rowWatch, !rowWatch.isEmpty else { return }
        let seals = try RowSeals.seals(of: rowWatch.take(), connection)
        guard !seals.isEmpty else { return }
        try AuditLog.append(
            AuditRecord(.seal, kind, id: id, "sealed rows written after entry \(entry)"),
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
