import Foundation
import KBKDomain
import KBKStore
import SQLiteDB

/// The desks of a test database: each official keeps to theirs (the rights table), so a test whose
/// subject is a rule or a figure, not a right, does each thing as the official whose work it is:
/// the registry as the database's admin (the tests' login), the government's complaint desk as
/// `koordinator`, a unit's complaints and work culture as that unit's admin `adm.<code>`. The
/// officials are registered by the admin the first time they are needed. Rights themselves are
/// tested with officials made by hand (RightsMatrixTests, OfficialCommandTests).
public enum Desk {
    public static let coordinatorLogin = "koordinator"

    public static func unitAdminLogin(_ unit: String) -> String { "adm." + unit.lowercased() }

    /// The coordinator, registered when missing.
    public static func coordinator(in store: Store) throws -> Official {
        try official(coordinatorLogin, role: .coordinator, unit: nil, in: store)
    }

    /// The unit-admin of `unit`, registered when missing. A unit that does not exist or is not
    /// active has no admin of its own; the first active unit's stands in, so that a command about
    /// it reaches the rule that refuses it.
    public static func unitAdmin(of unit: String?, in store: Store) throws -> Official {
        let units = try store.units.list(includeInactive: false, kind: nil, today: store.today)
        guard let first = units.first else { throw DeskError.noActiveUnit }
        let code = units.first { $0.code == unit?.uppercased() }?.code ?? first.code
        return try official(unitAdminLogin(code), role: .unitAdmin, unit: code, in: store)
    }

    private static func official(_ login: String, role: OfficialRole, unit: String?, in store: Store) throws
        -> Official
    {
        let name = try Login(login)
        if let found = try store.officials.find(name) { return found }
        let units = try store.units.list(includeInactive: false, kind: nil, today: store.today)
        guard let home = unit ?? units.first?.code else { throw DeskError.noActiveUnit }
        let serial = try store.officials.list(includeInactive: true, unit: nil, role: nil).count
        let draft = OfficialDraft(
            login: name, nip: try NIP("197001012000011" + String(String(1000 + serial).suffix(3))),
            name: "Pejabat \(login)", unitCode: try UnitCode(home), role: role)
        return try store.write { try $0.officials.add(draft) }
    }

    /// The official whose desk `request` on `complaint` is: the government's desk hands over,
    /// rejects and sweeps; the unit holding the complaint does the rest.
    public static func official(for request: ComplaintAction, on complaint: Complaint, in store: Store) throws
        -> Official
    {
        switch request.guardedAction(on: complaint) {
        case .handOverComplaint, .rejectComplaint, .closeUnanswered: try coordinator(in: store)
        default: try complaint.unitCode.map { try unitAdmin(of: $0.value, in: store) } ?? coordinator(in: store)
        }
    }

    /// Applies `request` as the official whose desk it is.
    @discardableResult
    public static func act(
        _ ticket: Ticket, _ request: ComplaintAction, at time: Timestamp?, in store: Store
    ) throws -> Complaint {
        let official = try official(for: request, on: try store.complaints.get(ticket), in: store)
        return try store.write(onBehalfOf: official) { try $0.complaints.act(ticket, request, at: time) }
    }

    /// Runs a work-culture change (groups, SOPs, improvement actions, IKM) as `unit`'s admin.
    public static func write<T>(for unit: String, in store: Store, _ body: (Transaction) throws -> T) throws -> T {
        try store.write(onBehalfOf: try unitAdmin(of: unit, in: store), body)
    }

    /// Registers the coordinator and the admin of every active unit of the database at `path`, so
    /// that commands routed by `login(for:clock:)` find them and leave the database as it was.
    public static func staff(_ path: String, clock: @escaping () -> Timestamp) throws {
        let store = try Store(path: path, mode: .existing, actor: try Actor(testLogin), clock: clock)
        _ = try coordinator(in: store)
        for unit in try store.units.list(includeInactive: false, kind: nil, today: store.today) {
            _ = try unitAdmin(of: unit.code, in: store)
        }
    }

    /// The login at whose desk a `kbk` command line is done in the database at `--db`. Reads the
    /// database to find the unit a ticket, group or SOP belongs to, and registers that unit's admin
    /// when missing.
    public static func login(for arguments: [String], clock: @escaping () -> Timestamp) -> String {
        guard let dbIndex = arguments.firstIndex(of: "--db"), dbIndex + 1 < arguments.count else { return testLogin }
        let path = arguments[dbIndex + 1]
        var words: [String] = []
        var index = 0
        while index < arguments.count {
            if arguments[index].hasPrefix("--") {
                index += 2
                continue
            }
            words.append(arguments[index])
            index += 1
        }
        func option(_ name: String) -> String? {
            arguments.firstIndex(of: "--" + name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        func word(_ position: Int) -> String? { position < words.count ? words[position] : nil }
        enum Target {
            case admin, coordinator
            case unit(String?)
            case ticket(String?)
            case group(String?)
            case sop(String?)
            case improvement(String?)
        }
        let target: Target
        switch (word(0), word(1)) {
        case ("complaint", "new"), ("complaint", "verify"), ("complaint", "reject"), ("complaint", "reassign"),
            ("complaint", "autoclose"), ("complaint", "forward"):
            target = .coordinator
        case ("complaint", "respond"), ("complaint", "hold"), ("complaint", "resume"), ("complaint", "resolve"),
            ("complaint", "close"), ("complaint", "note"), ("complaint", "reopen"), ("complaint", "assign"),
            ("complaint", "extend"):
            target = .ticket(word(2))
        case ("group", "add"), ("sop", "add"), ("ikm", "add"): target = .unit(option("skpd"))
        case ("group", "edit"), ("group", "dissolve"): target = .group(word(2))
        case ("group", "member"), ("group", "meeting"): target = .group(word(3))
        case ("sop", "revise"), ("sop", "review"), ("sop", "revoke"): target = .sop(word(2))
        case ("improvement", "add"): target = .group(option("group"))
        case ("improvement", "advance"), ("improvement", "link"): target = .improvement(word(2))
        default: target = .admin
        }
        if case .admin = target { return testLogin }
        do {
            guard FileManager.default.fileExists(atPath: path) else { return testLogin }
            let store = try Store(path: path, mode: .existing, actor: try Actor(testLogin), clock: clock)
            // The records' units are read from the file as any other reader would.
            let file = try Connection(path: path, mode: .readOnly)
            func unitOf(_ sql: String, _ key: String?) throws -> String? {
                guard let key else { return nil }
                return try file.query(sql, key) { $0.string(0) }.first ?? nil
            }
            let unit: String?
            switch target {
            case .admin: return testLogin
            case .coordinator: return try coordinator(in: store).login
            case .unit(let code): unit = code
            case .ticket(let ticket):
                unit = try unitOf(
                    "SELECT s.code FROM complaint c JOIN skpd s ON s.id = c.skpd_id WHERE c.ticket = ?",
                    ticket?.uppercased())
                if unit == nil { return try coordinator(in: store).login }
            case .group(let id):
                unit = try unitOf("SELECT s.code FROM kbk_group g JOIN skpd s ON s.id = g.skpd_id WHERE g.id = ?", id)
            case .sop(let number):
                unit = try unitOf("SELECT s.code FROM sop JOIN skpd s ON s.id = sop.skpd_id WHERE number = ?", number)
            case .improvement(let id):
                unit = try unitOf(
                    """
                    SELECT s.code FROM improvement i JOIN kbk_group g ON g.id = i.group_id
                    JOIN skpd s ON s.id = g.skpd_id WHERE i.id = ?
                    """, id)
            }
            return try unitAdmin(of: unit, in: store).login
        } catch {
            return testLogin
        }
    }
}

public enum DeskError: Error { case noActiveUnit }
