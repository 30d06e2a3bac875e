import KBKDomain
internal import SQLiteDB

/// The SQLite library kbk runs on, e.g. "3.40.1".
public var sqliteLibraryVersion: String { Connection.libraryVersion }

/// Failures of the store that are not the database's own errors (those are `DatabaseError`s).
public enum StoreError: Error, Equatable, Sendable {
    /// No database file at the path, and the command does not create one.
    case databaseMissing(path: String)
    /// The login may not read the database, or reach it: `blocker` is the file or the folder on
    /// the way that refuses it, with its owner, group and mode (`0750`).
    case noAccess(path: String, blocker: String, owner: String, group: String, mode: String)
    /// The path names a folder, device or pipe, not a database file.
    case notADatabaseFile(path: String)
    /// The file is not a SQLite database at all (or its header is destroyed).
    case notSQLite(path: String)
    /// The file is a SQLite database of some other program: kbk leaves it alone.
    case notKBKDatabase(path: String)
    /// The database file or its folder cannot be created.
    case cannotCreate(path: String, reason: String)
    /// An output file exists and overwriting it was not asked for.
    case fileExists(path: String)
    /// The schema is not what kbk's migrations make for its version.
    case schemaDiffers(path: String, differences: [SchemaDifference])
    /// A write transaction changed rows without recording them in the audit trail: a programming error.
    case unauditedChange
    /// The login running kbk is not an active official of this database.
    case notAnOfficial(login: String, path: String)
    /// The acting official may not do this.
    case notPermitted(Refusal)
    /// A sealed row (a complaint, an event, an official, a unit, a setting) is not what its last
    /// audit entry sealed: it was changed around kbk. Nothing is written on it or relied on.
    case rowTampered(RowSealProblem)
    /// The audit trail does not verify from this entry on: nothing more is appended after it.
    case auditChainBroken(entry: Int64)
    /// `KBK_NOW` pins the clock on a database whose admin did not allow it (`clock.pinning`).
    case clockPinningRefused(path: String)
    /// The database has migrations to apply, and the login is no admin to apply them.
    case migrationNeedsAdmin(login: String, path: String, pending: [String])
}

/// Why an official may not do something: who they are, what they asked, and what would allow it.
public struct Refusal: Error, Equatable, Sendable {
    public let login: String
    public let role: OfficialRole
    /// The unit whose scope the official has, nil for the whole government.
    public let scope: String?
    /// What was asked, e.g. "act on behalf of siti (DINKES)".
    public let action: String
    /// Who would be allowed it: only those who would then not be refused in turn.
    public let allowedBy: Allowance

    public init(login: String, role: OfficialRole, scope: String?, action: String, allowedBy: Allowance) {
        self.login = login
        self.role = role
        self.scope = scope
        self.action = action
        self.allowedBy = allowedBy
    }

    /// Who may do what was refused, for the message to name in the reader's language.
    public indirect enum Allowance: Equatable, Sendable {
        /// These roles, whatever the unit.
        case roles([OfficialRole])
        /// `unitRoles` of `unit` or of a unit above it, or `governmentRoles` anywhere.
        case scoped(unit: String, unitRoles: [OfficialRole], governmentRoles: [OfficialRole])
        /// Coordinators and admins, or a unit-admin of the official's unit or of a unit above it.
        case actFor(unit: String?)
        /// The officer the complaint is assigned to, by a unit-admin of its unit.
        case assignee(login: String, unit: String?)
        /// A member of the group on the day, or a unit-admin of its unit.
        case groupMember
        /// A unit-admin or officer of the inspectorate holding it (nil: none holds it yet, so no one).
        case inspectorate(unit: String?)
        /// The same, but only in person: never on behalf of another.
        case inPerson(Allowance)

        /// The roles of `allowed` that are confined to a unit, and those that reach the whole government.
        public static func scoped(unit: String?, among allowed: [OfficialRole]) -> Allowance {
            let government = allowed.filter(\.isGovernmentWide)
            let inUnit = allowed.filter { !$0.isGovernmentWide }
            guard let unit, !inUnit.isEmpty else { return .roles(government) }
            return .scoped(unit: unit, unitRoles: inUnit, governmentRoles: government)
        }
    }
}
