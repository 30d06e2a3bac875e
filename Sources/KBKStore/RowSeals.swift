import KBKDigest
import KBKDomain
internal import SQLiteDB
import Synchronization

/// Evidence on every record (migration 0027). Each audit entry seals the rows its change wrote in
/// the tables below: the digest of each row's content after the change is kept in `row_seal`
/// under the entry, and the entry's own hash covers the digest of those seals. A row edited with
/// other tools (the `sqlite3` shell) then no longer matches its last seal, and a seal edited or
/// added to match it no longer matches its entry, whose hash is in the chain.
public enum SealedTable: String, CaseIterable, Sendable {
    case complaint
    case complaintEvent = "complaint_event"
    case official
    case skpd
    case setting
    case attachment

    /// The column that names a row in `row_seal`: its id, or a setting's key (a table without an
    /// INTEGER PRIMARY KEY may have its rowids renumbered by VACUUM).
    var keyColumn: String { self == .setting ? "key" : "id" }

    /// The sealed tables the database has: a table sealed since a later migration (attachments,
    /// 0042) is not there while an older one runs.
    static func present(_ connection: Connection) throws -> [SealedTable] {
        let names = Set(
            try connection.query("SELECT name FROM sqlite_schema WHERE type = 'table'") { $0.string(0) ?? "" })
        return allCases.filter { names.contains($0.rawValue) }
    }
}

/// One row's seal: its table, key and the digest of its content.
public struct RowSeal: Hashable, Sendable {
    public let table: SealedTable
    public let key: String
    public let digest: String
}

/// A sealed row whose content is not what its last seal says.
public struct RowSealProblem: Hashable, Sendable, Error {
    public enum Kind: String, Sendable {
        /// The row differs from its last seal.
        case changed
        /// The row has no seal: written around kbk.
        case unsealed
        /// The row has a seal but is gone.
        case removed
        /// The seals kept under an audit entry are not those its hash covers.
        case sealsAltered = "seals_altered"
        /// The audit entry holding the row's last seal does not match its hash.
        case entryAltered = "entry_altered"
    }
    public let table: String
    public let key: String
    public let kind: Kind
    /// How people name the row: a complaint's ticket, an event's ticket and number, an official's
    /// login, a unit's code; nil when the row is gone.
    public var name: String?

    public init(table: String, key: String, kind: Kind, name: String? = nil) {
        self.table = table
        self.key = key
        self.kind = kind
        self.name = name
    }
}

enum RowSeals {
    /// The migration that began sealing rows.
    static let version = 27
    /// At most this many seals in one audit entry; a change writing more rows continues in entries
    /// of their own (`seal`), so that checking one row's seal reads a bounded set.
    static let perEntry = 1_000

    private static let insertSQL = StatementKey(
        "INSERT INTO row_seal (table_name, row_key, audit_id, digest) VALUES (?, ?, ?, ?)")
    private static let latestSQL = StatementKey(
        "SELECT audit_id, digest FROM row_seal WHERE table_name = ? AND row_key = ? ORDER BY audit_id DESC LIMIT 1")
    private static let ofEntrySQL = StatementKey(
        "SELECT table_name, row_key, digest FROM row_seal WHERE audit_id = ?")

    /// A seal as `row_seal` holds it (`SELECT table_name, row_key, digest`).
    static func decodeSeal(_ row: Row) throws -> RowSeal {
        let r = DecodedRow(row, table: "row_seal", idColumn: 1)
        return RowSeal(
            table: try r.choice(0, "table_name", "a sealed table"), key: try r.text(1, "row_key"),
            digest: try r.text(2, "digest"))
    }

    /// True when the database has `row_seal` (migration 0027 applied).
    static func areKept(_ connection: Connection) throws -> Bool {
        try connection.scalar("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'row_seal'") != nil
    }

    /// The digest of a row's content: its non-NULL columns by name, each length-prefixed with its
    /// storage class, so a column added later as NULL leaves existing digests as they were.
    static func digest(_ table: SealedTable, _ columns: [(name: String, value: SQLiteValue)]) -> String {
        let order = nameOrder(table, columns.map(\.name))
        return digest(table, order, name: { columns[$0].name }, value: { columns[$0].value })
    }

    /// The digest of the row a statement stands on.
    static func digest(_ table: SealedTable, _ statement: Statement) -> String {
        let names = statement.columnNames
        let order = nameOrder(table, names)
        let row = statement.row
        return digest(table, order, name: { names[$0] }, value: { row.value(at: Int32($0)) })
    }

    /// The last column order seen for each table: its columns' names and their indices by name.
    private static let nameOrders = Mutex<[SealedTable: (names: [String], order: [Int])]>([:])

    /// The indices of `names` in the order of the names. A table's columns are the same from row to
    /// row, so the order is sorted once and kept (sorting it for each row was a fifth of the demo).
    private static func nameOrder(_ table: SealedTable, _ names: [String]) -> [Int] {
        if let known = nameOrders.withLock({ $0[table] }), known.names == names { return known.order }
        let order = names.indices.sorted { names[$0] < names[$1] }
        nameOrders.withLock { $0[table] = (names, order) }
        return order
    }

    /// The encoding both digests share, written into one buffer: every write seals the rows it
    /// touched, so this runs for each row of each change (a tenth of the demo's time when each
    /// column was first made into arrays of its own and sorted as a tuple).
    private static func digest(
        _ table: SealedTable, _ order: [Int], name: (Int) -> String, value: (Int) -> SQLiteValue
    ) -> String {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(1_024)
        encoded.append(contentsOf: "kbk-row-1\n".utf8)
        encoded.append(contentsOf: table.rawValue.utf8)
        encoded.append(UInt8(ascii: "\n"))
        func field(_ name: String, _ tag: Character, _ payload: some Collection<UInt8>) {
            encoded.append(contentsOf: name.utf8)
            encoded.append(UInt8(ascii: "="))
            encoded.append(tag.asciiValue ?? 0)
            encoded.append(contentsOf: String(payload.count).utf8)
            encoded.append(UInt8(ascii: ":"))
            encoded.append(contentsOf: payload)
            encoded.append(UInt8(ascii: "\n"))
        }
        for index in order {
            let name = name(index)
            switch value(index) {
            case .null: continue
            case .integer(let number): field(name, "i", String(number).utf8)
            case .real(let number): field(name, "r", String(number.bitPattern, radix: 16).utf8)
            case .text(let text): field(name, "t", text.utf8)
            case .blob(let bytes): field(name, "b", bytes)
            }
        }
        return SHA256.hexDigest(encoded)
    }

    /// A row's key from its content.
    static func key(_ table: SealedTable, rowID: Int64, _ columns: [(name: String, value: SQLiteValue)]) throws
        -> String
    {
        guard table == .setting else { return String(rowID) }
        guard let key = columns.first(where: { $0.name == "key" })?.value.stringValue else {
            throw DamagedRow(
                table: table.rawValue, rowID: String(rowID), column: "key", value: nil, expected: "a setting's key")
        }
        return key
    }

    /// The key of the row a statement of `SELECT * FROM` a sealed table stands on.
    static func key(_ table: SealedTable, of statement: Statement) throws -> String {
        let row = statement.row
        if table == .setting {
            guard let key = try row.string("key") else {
                throw DamagedRow(
                    table: table.rawValue, rowID: "?", column: "key", value: nil, expected: "a setting's key")
            }
            return key
        }
        guard let id = try row.int64("id") else {
            throw DamagedRow(
                table: table.rawValue, rowID: "?", column: "id", value: try row.string("id"), expected: "a whole number"
            )
        }
        return String(id)
    }

    /// The digest of the seals one audit entry holds, whatever order they are read in.
    static func digest(of seals: [RowSeal]) -> String {
        var encoded = "kbk-seals-1\n"
        for seal in seals.sorted(by: { ($0.table.rawValue, $0.key) < ($1.table.rawValue, $1.key) }) {
            encoded += "\(seal.table.rawValue)\t\(seal.key)\t\(seal.digest)\n"
        }
        return SHA256.hexDigest(encoded)
    }

    /// The current content's digest of the row with this key, nil when there is none.
    static func current(_ table: SealedTable, key: String, _ connection: Connection) throws -> String? {
        try connection.withCachedStatement(
            "SELECT * FROM \(table.rawValue) WHERE \(table.keyColumn) = ?"
        ) { statement in
            if table == .setting {
                try statement.bind([key])
            } else if let id = Int64(key) {
                try statement.bind([id])
            } else {
                return nil // no row has an id that is not a number
            }
            return try statement.step() ? digest(table, statement) : nil
        }
    }

    /// The seals of the rows written (as the watch reports them), as they are now. A row changed
    /// must have been what its last seal says before the change: otherwise it was edited around
    /// kbk, and the change is refused rather than sealing the edit as kbk's own.
    static func seals(of changes: [RowWatch.Change], _ connection: Connection) throws -> [RowSeal] {
        var seals: [RowSeal] = []
        seals.reserveCapacity(changes.count)
        for change in changes {
            guard let table = SealedTable(rawValue: change.table) else { continue }
            if let before = change.before {
                let key = try key(table, rowID: change.rowID, before)
                let sealed = try latest(table, key: key, connection)
                guard let sealed, sealed.digest == digest(table, before) else {
                    throw StoreError.rowTampered(
                        try named(
                            RowSealProblem(table: table.rawValue, key: key, kind: sealed == nil ? .unsealed : .changed),
                            connection))
                }
            }
            try connection.withCachedStatement("SELECT * FROM \(table.rawValue) WHERE rowid = ?") { statement in
                try statement.bind([change.rowID])
                // A row inserted and rolled back to a savepoint since is no row to seal.
                guard try statement.step() else { return }
                let key = table == .setting ? try key(table, of: statement) : String(change.rowID)
                seals.append(RowSeal(table: table, key: key, digest: digest(table, statement)))
            }
        }
        return seals
    }

    /// A row's last seal: the entry that holds it and its digest.
    static func latest(_ table: SealedTable, key: String, _ connection: Connection) throws -> (
        auditID: Int64, digest: String
    )? {
        try connection.withCachedStatement(latestSQL) { statement -> (Int64, String)? in
            try statement.bind([table.rawValue, key])
            guard try statement.step() else { return nil }
            let r = DecodedRow(statement.row, table: "row_seal")
            return (try r.int64(0, "audit_id"), try r.text(1, "digest"))
        }
    }

    /// Keeps `seals` under the audit entry `auditID`.
    static func insert(_ seals: [RowSeal], under auditID: Int64, _ connection: Connection) throws {
        try connection.withCachedStatement(insertSQL) { statement in
            for seal in seals {
                try statement.execute { binder in
                    try binder.add(seal.table.rawValue)
                    try binder.add(seal.key)
                    try binder.add(auditID)
                    try binder.add(seal.digest)
                }
            }
        }
    }

    /// Seals every row of the sealed tables as it is (migration 0027, on the rows already there),
    /// through `append`, which writes one entry per thousand seals.
    static func sealEverything(_ connection: Connection, append: ([RowSeal]) throws -> Void) throws {
        var seals: [RowSeal] = []
        for table in try SealedTable.present(connection) {
            let statement = try connection.prepare("SELECT * FROM \(table.rawValue) ORDER BY \(table.keyColumn)")
            try statement.bind([])
            defer { statement.reset() }
            while try statement.step() {
                let key = try key(table, of: statement)
                seals.append(RowSeal(table: table, key: key, digest: digest(table, statement)))
            }
        }
        try append(seals)
    }

    /// Checks one row before it is relied on (the acting official, their unit) or changed: its
    /// content matches its last seal, that seal is among those its audit entry's hash covers, and
    /// that entry matches its hash. Nil when the row verifies, or when seals are not kept yet.
    static func problem(_ table: SealedTable, key: String, _ connection: Connection) throws -> RowSealProblem? {
        guard try areKept(connection) else { return nil }
        func problem(_ kind: RowSealProblem.Kind) -> RowSealProblem {
            RowSealProblem(table: table.rawValue, key: key, kind: kind)
        }
        let current = try RowSeals.current(table, key: key, connection)
        guard let latest = try RowSeals.latest(table, key: key, connection) else {
            return current == nil ? nil : problem(.unsealed)
        }
        guard let current else { return problem(.removed) }
        guard current == latest.digest else { return problem(.changed) }
        let seals = try connection.withCachedStatement(ofEntrySQL) { statement in
            try statement.query([latest.auditID], RowSeals.decodeSeal)
        }
        guard let entry = try AuditLog.chained(latest.auditID, connection), entry.content.seal == digest(of: seals)
        else {
            return problem(.sealsAltered)
        }
        guard entry.matches else { return problem(.entryAltered) }
        return nil
    }

    /// Refuses to go on with a row that does not verify (`problem`).
    static func require(_ table: SealedTable, key: String, _ connection: Connection) throws {
        if let problem = try problem(table, key: key, connection) {
            throw StoreError.rowTampered(try named(problem, connection))
        }
    }

    /// The problem with the row's name as people know it.
    static func named(_ problem: RowSealProblem, _ connection: Connection) throws -> RowSealProblem {
        guard let table = SealedTable(rawValue: problem.table), table != .setting, let id = Int64(problem.key) else {
            return problem
        }
        let sql =
            switch table {
            case .complaint: "SELECT ticket FROM complaint WHERE id = ?"
            case .complaintEvent:
                "SELECT c.ticket || ' #' || e.id FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id WHERE e.id = ?"
            case .official: "SELECT login FROM official WHERE id = ?"
            case .attachment:
                "SELECT c.ticket || ' @' || a.id FROM attachment a JOIN complaint c ON c.id = a.complaint_id WHERE a.id = ?"
            case .skpd, .setting: "SELECT code FROM skpd WHERE id = ?"
            }
        var named = problem
        named.name = try connection.scalar(sql, id)?.stringValue
        return named
    }

    /// Every sealed row and every seal checked: the seals under each entry against the digest its
    /// hash covers, and each row's content against its last seal. Returns the rows that differ, in
    /// table and key order (at most `limit`, with the number found in all).
    static func verifyAll(_ connection: Connection, limit: Int = 100) throws -> (
        problems: [RowSealProblem], count: Int
    ) {
        guard try areKept(connection) else { return ([], 0) }
        var byEntry: [Int64: [RowSeal]] = [:]
        var latest: [SealedTable: [String: (auditID: Int64, digest: String)]] = [:]
        let seals = try connection.prepare("SELECT table_name, row_key, audit_id, digest FROM row_seal")
        try seals.bind([])
        while try seals.step() {
            let r = DecodedRow(seals.row, table: "row_seal", idColumn: 1)
            let seal = RowSeal(
                table: try r.choice(0, "table_name", "a sealed table"), key: try r.text(1, "row_key"),
                digest: try r.text(3, "digest"))
            let (table, key) = (seal.table, seal.key)
            let auditID = try r.int64(2, "audit_id")
            byEntry[auditID, default: []].append(seal)
            if let known = latest[table]?[key], known.auditID > auditID { continue }
            latest[table, default: [:]][key] = (auditID, seal.digest)
        }
        seals.reset()
        var found: [RowSealProblem] = []
        // Seals whose entry no longer covers them: every row they name is suspect.
        let entrySeals = try connection.query("SELECT id, seal FROM audit_log WHERE seal IS NOT NULL") { row in
            let r = DecodedRow(row, table: "audit_log")
            return (try r.int64(0, "id"), try r.text(1, "seal"))
        }
        var sealedEntries = Set<Int64>()
        for (id, seal) in entrySeals {
            sealedEntries.insert(id)
            let held = byEntry[id] ?? []
            if digest(of: held) != seal {
                found += held.map { RowSealProblem(table: $0.table.rawValue, key: $0.key, kind: .sealsAltered) }
            }
        }
        for (id, held) in byEntry where !sealedEntries.contains(id) {
            found += held.map { RowSealProblem(table: $0.table.rawValue, key: $0.key, kind: .sealsAltered) }
        }
        for table in try SealedTable.present(connection) {
            var expected = latest[table] ?? [:]
            let rows = try connection.prepare("SELECT * FROM \(table.rawValue)")
            try rows.bind([])
            while try rows.step() {
                let key = try key(table, of: rows)
                let now = digest(table, rows)
                guard let sealed = expected.removeValue(forKey: key) else {
                    found.append(RowSealProblem(table: table.rawValue, key: key, kind: .unsealed))
                    continue
                }
                if sealed.digest != now {
                    found.append(RowSealProblem(table: table.rawValue, key: key, kind: .changed))
                }
            }
            rows.reset()
            found += expected.keys.map { RowSealProblem(table: table.rawValue, key: $0, kind: .removed) }
        }
        found += try alteredAttachmentContents(connection)
        let unique = Array(Set(found)).sorted {
            ($0.table, $0.key.count, $0.key, $0.kind.rawValue) < ($1.table, $1.key.count, $1.key, $1.kind.rawValue)
        }
        return (try unique.prefix(limit).map { try named($0, connection) }, unique.count)
    }

    /// Attachment files whose bytes no longer give the SHA-256 they are kept under: the digest is
    /// what each attachment row, sealed, names, so a file changed in place shows here (migration 0042).
    static func alteredAttachmentContents(_ connection: Connection) throws -> [RowSealProblem] {
        guard
            try connection.scalar("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'attachment_content'")
                != nil
        else { return [] }
        var found: [RowSealProblem] = []
        let contents = try connection.prepare("SELECT sha256, bytes FROM attachment_content")
        try contents.bind([])
        defer { contents.reset() }
        while try contents.step() {
            let row = contents.row
            let sha256 = row.string(0) ?? ""
            if SHA256.hexDigest(row.blob(1) ?? []) != sha256 {
                found.append(RowSealProblem(table: "attachment_content", key: sha256, kind: .changed))
            }
        }
        return found
    }
}
