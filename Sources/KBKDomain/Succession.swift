/// A function of a unit that a reorganisation may hand to a unit of its own: a complaint category
/// (what citizens complain about) or a section (seksi, subbidang, subbagian; a KBK group's section).
/// A unit split across two new units needs a successor per function, not one successor.
public enum UnitFunction: Hashable, Sendable, Comparable {
    case category(String)
    case section(String)

    public enum Kind: String, Sendable, CaseIterable {
        case category, section
    }

    public var kind: Kind {
        switch self {
        case .category: .category
        case .section: .section
        }
    }

    /// The category's code or the section's name.
    public var name: String {
        switch self {
        case .category(let code): code
        case .section(let name): name
        }
    }

    /// As typed and shown: `category:perdagangan`, `section:Bidang Perindustrian`.
    public var description: String { "\(kind.rawValue):\(name)" }

    public init(kind: Kind, name: String) {
        switch kind {
        case .category: self = .category(name)
        case .section: self = .section(name)
        }
    }

    public static func < (a: UnitFunction, b: UnitFunction) -> Bool {
        (a.kind.rawValue, a.name) < (b.kind.rawValue, b.name)
    }

    static let expected = "category:CODE=UNIT or section:NAME=UNIT"

    /// Parses `category:CODE` (a complaint category's code, any case) or `section:NAME` (a section's
    /// name, kept as typed apart from surrounding spaces).
    public static func parse(_ text: String, field: String = "function") throws(DomainError) -> UnitFunction {
        guard let colon = text.firstIndex(of: ":"),
            let kind = Kind(rawValue: String(text[..<colon]).trimmingWhitespace().lowercased())
        else {
            throw .malformed(field: field, value: text, expected: expected)
        }
        let rest = String(text[text.index(after: colon)...])
        switch kind {
        case .category: return .category(try CategoryCode.parse(rest))
        case .section: return .section(try TextRules.name(rest, field: "section"))
        }
    }
}

/// One function handed to a successor.
public struct SuccessionRoute: Hashable, Sendable {
    public var function: UnitFunction
    /// The code of the unit that takes the function over.
    public var successor: String

    public init(_ function: UnitFunction, to successor: String) {
        self.function = function
        self.successor = successor
    }

    /// As typed and shown: `category:perdagangan=DINDAGKOPUKM`.
    public var description: String { "\(function.description)=\(successor)" }

    /// Parses `FUNCTION=CODE`. The unit code is the part after the last `=` (a unit code holds no
    /// `=`; a section's name may).
    public static func parse(_ text: String, field: String = "--successor-for") throws(DomainError) -> SuccessionRoute {
        guard let equals = text.lastIndex(of: "=") else {
            throw .malformed(field: field, value: text, expected: "category:CODE=UNIT or section:NAME=UNIT")
        }
        let function = try UnitFunction.parse(String(text[..<equals]), field: field)
        let successor = try UnitCode(String(text[text.index(after: equals)...]))
        return SuccessionRoute(function, to: successor.value)
    }
}

/// Who takes over an ending unit's work: a successor per function, and a default successor for
/// whatever no function's route names. The one rule for where a piece of work goes; the store, the
/// CLI and the demo all ask it.
public struct Succession: Hashable, Sendable {
    /// The unit taking what no route names; nil when there is none.
    public var defaultSuccessor: String?
    public private(set) var routes: [SuccessionRoute]

    /// Refuses a function routed twice (`duplicateRoute`).
    public init(default defaultSuccessor: String?, routes: [SuccessionRoute] = []) throws(DomainError) {
        var seen: Set<UnitFunction> = []
        for route in routes where !seen.insert(route.function).inserted {
            throw .rule(.duplicateRoute(route.function.description))
        }
        self.defaultSuccessor = defaultSuccessor
        self.routes = routes.sorted { $0.function < $1.function }
    }

    /// Whether anything takes the unit's work at all.
    public var isEmpty: Bool { defaultSuccessor == nil && routes.isEmpty }

    /// Every unit that takes some of the work, each once, in code order.
    public var successors: [String] {
        Array(Set(routes.map(\.successor) + [defaultSuccessor].compactMap { $0 })).sorted()
    }

    /// The unit taking a function: its route's successor, else the default successor.
    public func successor(for function: UnitFunction) -> String? {
        routes.first { $0.function == function }?.successor ?? defaultSuccessor
    }

    /// The unit taking a complaint of `category`.
    public func successor(forCategory category: String) -> String? {
        successor(for: .category(category))
    }

    /// The unit taking the work of a group or anything else of `section` (nil: of no section).
    public func successor(forSection section: String?) -> String? {
        guard let section else { return defaultSuccessor }
        return successor(for: .section(section))
    }
}

extension Succession {
    /// The routes as a unit's row keeps them: one `FUNCTION=CODE` a line, in function order; nil
    /// when there are none.
    public var storedRoutes: String? {
        routes.isEmpty ? nil : routes.map(\.description).joined(separator: "\n")
    }

    /// The routes of `storedRoutes`.
    public static func routes(stored text: String?) throws(DomainError) -> [SuccessionRoute] {
        guard let text else { return [] }
        var routes: [SuccessionRoute] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            routes.append(try SuccessionRoute.parse(String(line), field: "successor_routes"))
        }
        return routes
    }
}

extension Succession {
    /// The routes on one line, as `export skpd` writes its `successor_routes` column: `FUNCTION=CODE`
    /// as `--successor-for` takes it, joined by `;`; nil when there are none.
    public static func joined(_ routes: [SuccessionRoute]) -> String? {
        routes.isEmpty ? nil : routes.map(\.description).joined(separator: ";")
    }

    /// The routes of `joined`'s form, each read by `SuccessionRoute.parse` as `--successor-for` reads
    /// it; a function routed twice is refused as `Succession` refuses it. Only a section's name may
    /// hold a `;` (a category's code and a unit's may not), so a `;` after a section's route separates
    /// it from the next only where the text after it begins a route (`category:` or `section:`) and
    /// what came before is a route by itself. Empty pieces (`;;`, a `;` at the end) are left out.
    public static func routes(joined text: String, field: String) throws(DomainError) -> [SuccessionRoute] {
        func kind(_ piece: String) -> UnitFunction.Kind? {
            piece.firstIndex(of: ":").flatMap {
                UnitFunction.Kind(rawValue: String(piece[..<$0]).trimmingWhitespace().lowercased())
            }
        }
        func route(_ piece: String) throws(DomainError) -> SuccessionRoute {
            try SuccessionRoute.parse(piece.trimmingWhitespace(), field: field)
        }
        var routes: [SuccessionRoute] = []
        var held: String?
        for piece in text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        where !piece.trimmingWhitespace().isEmpty {
            guard let before = held else {
                held = piece
                continue
            }
            if kind(before) == .section && (kind(piece) == nil || (try? route(before)) == nil) {
                held = before + ";" + piece
                continue
            }
            routes.append(try route(before))
            held = piece
        }
        if let held { routes.append(try route(held)) }
        return try Succession(default: nil, routes: routes).routes
    }
}
