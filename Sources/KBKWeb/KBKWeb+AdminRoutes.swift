import KBKDomain
import KBKPresentation
import KBKStore

/// The routes of the registry's and the admins' pages: units, coordination meetings, categories
/// and topics, holidays, officials and settings. Each page is read with GET; each of its forms
/// posts to the page's path and the form's action, through `posting`, and is sent back to the page.
extension KBKWeb {
    static func adminRoute(
        _ request: CGIRequest, first: String, environment: [String: String], official: Official, store: Store,
        now: Timestamp
    ) throws -> CGIResponse {
        let base = request.base
        let path = request.path
        /// The page at `path` read, or one of its forms (the path's next part) posted.
        func formPage(
            action: String?, page: @escaping (Refill?) throws -> CGIResponse, change: () throws -> CGIResponse
        ) throws -> CGIResponse {
            guard let action else {
                guard request.method == .get || request.method == .head else { throw methodNotAllowed("GET, HEAD") }
                return try page(nil)
            }
            guard request.method == .post else { throw methodNotAllowed("POST") }
            return try posting(
                request, action: action, environment: environment, official: official, store: store, now: now,
                page: { try page($0) }, change: change)
        }
        let action = path.count == 2 ? path[1] : nil
        switch (first, path.count) {
        case ("units", 1...2):
            let page = { (refill: Refill?) in
                try unitsPage(request, store: store, official: official, now: now, refill: refill)
            }
            return try formPage(action: action, page: page) {
                guard action == "add" else { throw notFound }
                return .redirect(to: "\(base)/unit/\(try addUnit(request.form, store: store))")
            }
        case ("categories", 1...2):
            let page = { (refill: Refill?) in
                try categoriesPage(request, store: store, official: official, now: now, refill: refill)
            }
            return try formPage(action: action, page: page) {
                try categoryChange(path[1], form: request.form, store: store)
                return .redirect(to: "\(base)/categories")
            }
        case ("coordination", 1),
            ("coordination", 2) where path[1] == "add":
            let page = { (refill: Refill?) in
                try coordinationPage(request, store: store, official: official, now: now, refill: refill)
            }
            return try formPage(action: action, page: page) {
                .redirect(to: "\(base)/coordination/\(try addCoordination(request.form, store: store))")
            }
        case ("coordination", 2...3):
            let id = try coordinationID(path[1])
            let page = { (refill: Refill?) in
                try coordinationMeetingPage(
                    id, store: store, official: official, request: request, now: now, refill: refill)
            }
            return try formPage(action: path.count == 3 ? path[2] : nil, page: page) {
                try coordinationChange(path[2], meeting: id, form: request.form, store: store)
                return .redirect(to: "\(base)/coordination/\(id)")
            }
        case ("holidays", 1...2):
            let page = { (refill: Refill?) in
                try holidaysPage(request, store: store, official: official, now: now, refill: refill)
            }
            return try formPage(action: action, page: page) {
                let year = try holidayChange(path[1], form: request.form, store: store)
                return .redirect(to: "\(base)/holidays?year=\(year)")
            }
        case ("officials", 1...2):
            let page = { (refill: Refill?) in
                try officialsPage(request, store: store, official: official, now: now, refill: refill)
            }
            return try formPage(action: action, page: page) {
                try officialChange(path[1], form: request.form, store: store)
                return .redirect(to: "\(base)/officials")
            }
        case ("settings", 1...2):
            let page = { (refill: Refill?) in
                try settingsPage(request, store: store, official: official, now: now, refill: refill)
            }
            return try formPage(action: action, page: page) {
                try settingChange(path[1], form: request.form, store: store)
                return .redirect(to: "\(base)/settings")
            }
        default:
            throw notFound
        }
    }

    /// The year a page is asked for (`?year=`), this year when none is.
    static func yearAsked(_ request: CGIRequest, today: CivilDate) throws -> Int {
        try request.query["year"].flatMap { $0.isEmpty ? nil : $0 }.map {
            try EnteredValue.integer($0, field: Msg.webYear(request.language), in: CivilDate.plausibleYears)
        } ?? today.year
    }
}
