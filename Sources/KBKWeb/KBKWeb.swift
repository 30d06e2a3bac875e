import KBKDigest
import KBKDomain
import KBKFiles
import KBKMail
import KBKPresentation
import KBKReports
import KBKStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `kbk-web`: the web front, one CGI/1.1 process per request behind a real web server (Apache
/// httpd or lighttpd), which does HTTP, TLS, logging and the officials' logins. The official is
/// `REMOTE_USER` among the active officials; no `REMOTE_USER` is a citizen, who may only see the
/// status page. The database is the server's `KBK_DB`, never anything from the request. Rights are
/// the store's: a page offers what the official's role allows, and every post goes through the
/// same store calls as the command line, which decide.
public enum KBKWeb {
    /// Serves one request: `environment` holds the CGI meta-variables, `readBody` gives the body's
    /// bytes (asked only for a POST within the size limit), the response goes to `write`.
    public static func serve(
        environment: [String: String], readBody: (Int) -> [UInt8], write: ([UInt8]) -> Void,
        clock: @escaping () -> Timestamp
    ) {
        var request = CGIRequest(environment: environment)
        let language = request.language
        var official: Official?
        let response: CGIResponse
        do {
            if request.method == .post {
                // A negative length would ask for a buffer of negative size.
                guard let length = request.contentLength, length >= 0 else {
                    throw WebFailure(
                        status: 400, message: Text(en: "the request has no length", id: "permintaan tanpa panjang"))
                }
                let withFiles = request.contentType.hasPrefix("multipart/form-data")
                guard length <= (withFiles ? CGIRequest.maximumUpload : CGIRequest.maximumBody) else {
                    // Read (and drop) what the server is still sending, so that it delivers the
                    // answer instead of resetting the connection; the server's own limit is above.
                    _ = readBody(min(length, CGIRequest.maximumDrained))
                    throw WebFailure(
                        status: 413,
                        message: withFiles
                            ? Text(
                                en: "the form and its files are larger than \(CGIRequest.maximumUpload >> 20) MiB",
                                id: "formulir beserta berkasnya lebih besar dari \(CGIRequest.maximumUpload >> 20) MiB")
                            : Text(
                                en: "the form is larger than \(CGIRequest.maximumBody / 1024) KiB",
                                id: "formulir lebih besar dari \(CGIRequest.maximumBody / 1024) KiB"))
                }
                if withFiles {
                    guard let boundary = request.boundary else {
                        throw WebFailure(
                            status: 400,
                            message: Text(en: "the form has no boundary", id: "formulir tanpa batas bagian"))
                    }
                    let body = readBody(length)
                    guard body.count == length else {
                        throw WebFailure(
                            status: 400, message: Text(en: "the form was cut short", id: "formulir terpotong"))
                    }
                    (request.form, request.files) = try Multipart.parse(body, boundary: boundary)
                }
                guard withFiles || request.contentType.hasPrefix("application/x-www-form-urlencoded") else {
                    throw WebFailure(
                        status: 400,
                        message: Text(
                            en: "a form must be sent as application/x-www-form-urlencoded",
                            id: "formulir harus dikirim sebagai application/x-www-form-urlencoded"))
                }
                if !withFiles {
                    let body = readBody(length)
                    guard body.count == length, let text = String(validating: body, as: UTF8.self) else {
                        throw WebFailure(
                            status: 400,
                            message: Text(en: "the form is not valid UTF-8", id: "formulir bukan UTF-8 yang sah"))
                    }
                    request.form = CGIRequest.decodeForm(text)
                }
            }
            response = try route(request, environment: environment, clock: clock, official: &official)
        } catch {
            let language = refusalLanguage(official, otherwise: language)
            let failure = shown(error, to: official, environment: environment)
            var page = CGIResponse.html(
                failure.status, WebPages.errorPage(failure, language: language, base: request.base, official: official))
            if let allow = failure.allow { page.headers.append(("Allow", allow)) }
            response = page
        }
        write(response.serialized(includeBody: request.method != .head))
    }

    /// A refusal once the official is known speaks their chosen language.
    static func refusalLanguage(_ official: Official?, otherwise language: Language) -> Language {
        official?.language.flatMap(Language.init(rawValue:)) ?? language
    }

    /// The real process: the server's environment, standard input and output, the system clock (or
    /// `KBK_NOW` when the server sets it, for tests and demonstrations).
    public static func main() -> Int32 {
        let context = Context.process()
        let environment = context.environment
        var clock = context.clock
        if let pinned = environment["KBK_NOW"].flatMap({ try? Timestamp.parse($0) }) { clock = { pinned } }
        serve(
            environment: environment,
            readBody: { length in
                var bytes = [UInt8](repeating: 0, count: length)
                var filled = 0
                while filled < length {
                    let count = bytes.withUnsafeMutableBytes { buffer in
                        read(0, buffer.baseAddress! + filled, length - filled)
                    }
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { break }
                    filled += count
                }
                return Array(bytes.prefix(filled))
            },
            write: { FileDescriptorSink(descriptor: 1).write(bytes: $0) }, clock: clock)
        return 0
    }

    /// What an error page says, decided here for every error: the status and the command line's
    /// one-line message, where the server's paths (the database's, as `KBK_DB` gives it and as the
    /// error carries it: a `-wal` file, …) are shown to an admin only. Anyone else, and anyone
    /// while the database cannot be opened (nobody is known to be an admin then), reads
    /// `[path hidden]`; `kbk check` on the server says the rest.
    static func shown(_ error: Error, to official: Official?, environment: [String: String]) -> WebFailure {
        var failure: WebFailure
        if let web = error as? WebFailure {
            failure = web
        } else {
            let (status, message) = describe(error)
            failure = WebFailure(status: status, message: message)
        }
        if official?.role == .admin { return failure }
        var paths = [environment["KBK_DB"]]
        switch error {
        case let store as StoreError:
            switch store {
            case .noAccess(let path, let blocker, _, _, _): paths += [path, blocker]
            case .databaseMissing(let path), .notADatabaseFile(let path), .notSQLite(let path),
                .notKBKDatabase(let path), .cannotCreate(let path, _), .fileExists(let path),
                .schemaDiffers(let path, _), .notAnOfficial(_, let path), .clockPinningRefused(let path),
                .migrationNeedsAdmin(_, let path, _):
                paths.append(path)
            case .unauditedChange, .notPermitted, .rowTampered, .auditChainBroken: break
            }
        case let sqlite as DatabaseError: paths.append(sqlite.path)
        case let file as FileError: paths.append(file.path)
        default: break
        }
        // The longest first, so that a path that begins another is not left half shown.
        let hidden = Set(paths.compactMap { $0 }.filter { !$0.isEmpty }).sorted { $0.count > $1.count }
        func without(_ text: String, _ placeholder: String) -> String {
            hidden.reduce(text) { $0.replacing($1, with: placeholder) }
        }
        let message = failure.message
        failure.message = Text(
            en: without(message.en, Msg.webPathHidden.en), id: without(message.id, Msg.webPathHidden.id))
        return failure
    }

    /// The status of a store or domain error, with the command line's one-line message (a store's
    /// refusal in the web's words, which have no English in the Indonesian).
    static func describe(_ error: Error) -> (Int, Text) {
        let (code, classified) = ErrorReport.classify(error, timeZone: .wib)
        let message = WebMessages.withoutCommandHints(classified)
        if let domain = error as? DomainError, case .notFound = domain { return (404, message) }
        if case .rule(.citizenLimit)? = error as? DomainError { return (429, message) }
        if case .notPermitted(let refusal) = error as? StoreError { return (403, Msg.webNotPermitted(refusal)) }
        switch code {
        case .noPermission: return (403, message)
        case .dataError, .usage: return (400, message)
        case .temporaryFailure: return (503, message)
        default: return (500, message)
        }
    }

    static func open(
        _ environment: [String: String], user: String?, clock: @escaping () -> Timestamp
    ) throws -> Store {
        guard let path = environment["KBK_DB"], !path.isEmpty else {
            throw WebFailure(
                status: 500,
                message: Text(
                    en: "the web server does not say which database to use (KBK_DB)",
                    id: "server web tidak menyebut basis data yang dipakai (KBK_DB)"))
        }
        let timeZone = (try? UTCOffset.parse(environment["KBK_TZ"] ?? "+07:00")) ?? .wib
        // A clock the server pins is honoured only where the database allows it, as on the command line.
        let realClock: (() -> Timestamp)? =
            environment["KBK_NOW"].map { _ in { Timestamp(secondsSinceEpoch: Int64(time(nil))) } }
        if let user {
            guard let actor = try? Actor(user) else {
                throw StoreError.notAnOfficial(login: user, path: path)
            }
            return try Store(
                path: path, mode: .existing, actor: actor, clock: clock, realClock: realClock, timeZone: timeZone,
                visitor: .official(mayBecomeFirstAdmin: false))
        }
        return try Store(
            path: path, mode: .existing, actor: try Actor("kbk-web"), clock: clock, realClock: realClock,
            timeZone: timeZone, visitor: .publicReader)
    }

    /// The length of a form token's window: 12 hours. A page's token is accepted in its own window
    /// and the next, so for more than 12 hours after the page was opened (a whole working day,
    /// 07:30–16:00 with overtime, whenever in its window it began) and never for more than 24.
    static let tokenWindowSeconds: Int64 = 12 * 60 * 60

    /// The window of an instant: whole windows since the Unix epoch.
    static func tokenWindow(at now: Timestamp) -> Int64 {
        let seconds = now.secondsSinceEpoch
        let window = seconds / tokenWindowSeconds
        return seconds < 0 && seconds % tokenWindowSeconds != 0 ? window - 1 : window
    }

    /// An official's CSRF token for a window: the window's number, a dot, and HMAC-SHA256 of
    /// `login:window` under the database's secret (a login has no colon, so no two pairs give the
    /// same message). The number says which window to check, so that an expired token is told
    /// from a forged one; the MAC covers it.
    static func token(for official: Official, in store: Store, window: Int64) throws -> String {
        "\(window).\(HMACSHA256.hex(mac(official.login, window: window, key: try store.webSecret())))"
    }

    static func mac(_ login: String, window: Int64?, key: [UInt8]) -> [UInt8] {
        // nil: the token of the versions before the windows, the login alone.
        let message = window.map { "\(login):\($0)" } ?? login
        return HMACSHA256.authenticationCode(key: key, message: Array(message.utf8))
    }

    /// The token a page gives now.
    static func token(for official: Official, in store: Store, at now: Timestamp) throws -> String {
        try token(for: official, in: store, window: tokenWindow(at: now))
    }

    /// Whether a post's token is this official's: true for the current or the previous window,
    /// false for an expired one of theirs (an older window, one ahead of the clock, or a token of
    /// the versions before the windows); a missing, malformed or forged token is a 403.
    static func requireToken(_ request: CGIRequest, official: Official, store: Store, at now: Timestamp) throws
        -> Bool
    {
        let wrong = WebFailure(status: 403, message: Msg.webTokenWrong)
        guard let given = request.form["csrf"] else { throw wrong }
        let key = try store.webSecret()
        let parts = given.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, let window = Int64(parts[0]),
            HMACSHA256.constantTimeEqual(
                Array(parts[1].utf8), Array(HMACSHA256.hex(mac(official.login, window: window, key: key)).utf8))
        {
            let current = tokenWindow(at: now)
            return window == current || window == current - 1
        }
        if HMACSHA256.constantTimeEqual(
            Array(given.utf8), Array(HMACSHA256.hex(mac(official.login, window: nil, key: key)).utf8))
        {
            return false
        }
        throw wrong
    }

    static func methodNotAllowed(_ allowed: String) -> WebFailure {
        WebFailure(
            status: 405,
            message: Text(
                en: "this page does not take that method (\(allowed) only)",
                id: "halaman ini tidak menerima metode itu (hanya \(allowed))"),
            allow: allowed)
    }

    static let notFound = WebFailure(status: 404, message: Text(en: "no such page", id: "halaman tidak ada"))

    static func route(
        _ request: CGIRequest, environment: [String: String], clock: @escaping () -> Timestamp,
        official: inout Official?
    ) throws -> CGIResponse {
        let base = request.base
        let isRead = request.method == .get || request.method == .head
        if request.path == ["style.css"] {
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return .file("text/css; charset=utf-8", WebPages.style, cacheable: true)
        }
        // The login is taken byte for byte: " admin" or "officer\n" is nobody, refused before the
        // database is opened (and so before anything is written to it).
        if let user = request.remoteUser, !isExactLogin(user) {
            throw WebFailure(status: 403, message: Msg.webNotALogin(user))
        }
        let now = clock()
        let store = try open(environment, user: request.remoteUser, clock: clock)
        official = store.performingOfficial
        var request = request
        request.preferred = official?.language.flatMap(Language.init(rawValue:))
        if case .text(let value) = try store.settings.value(.organisationLanguage),
            let organisation = Language(rawValue: value)
        {
            request.organisation = organisation
        }
        let language = request.language
        let first = request.path.first ?? ""
        if let page = try citizenRoute(
            request, store: store, environment: environment, now: now, official: official)
        {
            return page
        }
        guard let official else { throw WebFailure(status: 403, message: Msg.webForOfficials) }
        switch (first, request.path.count) {
        case ("", _):
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            let page =
                try request.query["page"].map {
                    try EnteredValue.integer($0, field: Msg.webPage(language), in: WebPages.pageRange)
                } ?? 1
            let inbox = try store.complaints.inbox(
                for: official, unit: nil, dueWithin: DeadlineStanding.dueSoonWorkingDays, today: store.today,
                limit: WebPages.pageSize, offset: (page - 1) * WebPages.pageSize)
            return .html(
                200,
                WebPages.inbox(
                    inbox, page: page, official: official, today: store.today,
                    dueWithin: DeadlineStanding.dueSoonWorkingDays, language: language, base: base))
        case ("complaints", 1):
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try complaintList(request, store: store, official: official, now: now)
        case ("complaints", 2) where request.path[1] == "assign":
            guard request.method == .post else { throw methodNotAllowed("POST") }
            return try posting(
                request, action: "assign", environment: environment, official: official, store: store, now: now,
                page: { try complaintList(request, store: store, official: official, now: now, refill: $0) },
                change: { try bulkAssign(request, store: store) })
        case ("complaints", 2) where request.path[1] == "contact":
            if isRead { return try contactSearchPage(request, store: store, official: official, now: now) }
            guard request.method == .post else { throw methodNotAllowed("GET, HEAD, POST") }
            return try posting(
                request, action: "contact", environment: environment, official: official, store: store, now: now,
                page: { try contactSearchPage(request, store: store, official: official, now: now, refill: $0) },
                change: { try searchContact(request, store: store, official: official, now: now) })
        case ("complaint", 2):
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try complaintPage(request.path[1], store: store, official: official, request: request, now: now)
        case ("complaint", 4) where request.path[2] == "attachment":
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try attachmentFile(request.path[1], request.path[3], store: store)
        case ("complaint", 3) where request.path[2] == "disposition" && isRead:
            return try dispositionPage(request.path[1], store: store, official: official, request: request)
        case ("complaint", 3):
            guard request.method == .post else { throw methodNotAllowed("POST") }
            let (ticketText, action) = (request.path[1], request.path[2])
            let change: () throws -> CGIResponse
            switch action {
            case "reveal":
                change = {
                    // The same store call as `complaint show --reveal-identity --reason`: checked and audited there.
                    let complaint = try store.complaints.get(try Ticket.parse(ticketText))
                    // A whistle-blower is never shown on the web (the page would not show what it recorded).
                    guard !complaint.kind.isWhistleblowing else {
                        throw WebFailure(status: 403, message: Msg.whistleblowerWithheld)
                    }
                    let reason = try request.form.shortText("reason")
                    try store.write { try $0.complaints.recordIdentityReveal(complaint, reason: reason) }
                    return try complaintPage(
                        ticketText, store: store, official: official, request: request, now: now, revealed: true)
                }
            case "attachment-visibility":
                change = {
                    let ticket = try Ticket.parse(ticketText)
                    try WebAttachments.setVisibility(ticket, form: request.form, store: store)
                    return .redirect(to: "\(base)/complaint/\(ticket)")
                }
            case "duplicate":
                change = {
                    let ticket = try Ticket.parse(ticketText)
                    try markDuplicate(ticket, form: request.form, store: store)
                    return .redirect(to: "\(base)/complaint/\(ticket)?done=reject")
                }
            default:
                guard let kind = ComplaintAction.Kind(rawValue: action), WebForms.offered.contains(kind) else {
                    _ = try requireToken(request, official: official, store: store, at: now)
                    throw notFound
                }
                change = {
                    let ticket = try Ticket.parse(ticketText)
                    let complaintRequest = try WebForms.request(kind, request.form)
                    let uploads = WebAttachments.carriedBy.contains(kind) ? try WebAttachments.uploads(request) : []
                    try store.write { transaction in
                        _ = try transaction.complaints.act(ticket, complaintRequest, at: nil)
                        try WebAttachments.keep(uploads, request, on: ticket, transaction)
                    }
                    return .redirect(to: "\(base)/complaint/\(ticket)?done=\(kind.rawValue)")
                }
            }
            return try posting(
                request, action: action, environment: environment, official: official, store: store, now: now,
                page: {
                    try complaintPage(
                        ticketText, store: store, official: official, request: request, now: now, refill: $0)
                },
                change: change)
        case ("intake", 2) where request.path[1] == "whatsapp":
            guard request.method == .post else { throw methodNotAllowed("POST") }
            func page(_ refill: Refill?) throws -> CGIResponse {
                try intakePage(store: store, official: official, now: now, request: request, refill: refill)
            }
            return try posting(
                request, action: "whatsapp", environment: environment, official: official, store: store, now: now,
                page: page, change: { try page(try whatsAppIntake(request.form, store: store)) })
        case ("intake", 1):
            func intakePage(_ refill: Refill?) throws -> CGIResponse {
                try Self.intakePage(store: store, official: official, now: now, request: request, refill: refill)
            }
            if isRead { return try intakePage(nil) }
            guard request.method == .post else { throw methodNotAllowed("GET, HEAD, POST") }
            return try posting(
                request, action: "intake", environment: environment, official: official, store: store, now: now,
                page: intakePage,
                change: {
                    let draft = try intakeDraft(request.form, store: store, now: now)
                    let uploads = try WebAttachments.uploads(request)
                    // Read before the complaint is written: once it is, its receipt must show, whatever else fails.
                    let document = try ReportDocument(settings: store.settings, signedOn: store.today)
                    // Never the request's own host, which the client names.
                    let address = try store.settings.webAddress()
                    // The form's one-use key: sent again (a reload of the receipt), it records nothing more.
                    let key = request.form["form_key"].flatMap(IntakeKey.init)
                    let (complaint, code) = try store.write { transaction in
                        let (complaint, code) = try transaction.complaints.logTracked(draft, formKey: key)
                        try WebAttachments.keep(uploads, request, on: complaint.ticket, transaction)
                        return (complaint, code)
                    }
                    let receipt = WebPages.Receipt(
                        complaint: complaint, trackingCode: code,
                        unitName: (try? complaint.unitCode.map { try store.units.get($0).name }) ?? nil,
                        receivedBy: official, document: document,
                        statusPage: address.map { "\($0)/status?ticket=\(complaint.ticket)" })
                    var page = CGIResponse.html(
                        200,
                        WebPages.logged(
                            receipt, official: official, timeZone: store.timeZone, language: language, base: base))
                    page.allowImagesAsData()
                    return page
                })
        case ("unit", 2):
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try unitPage(
                try UnitCode(request.path[1]), store: store, official: official, request: request, now: now)
        case ("unit", 3):
            guard request.method == .post else { throw methodNotAllowed("POST") }
            let code = try UnitCode(request.path[1])
            return try posting(
                request, action: request.path[2], environment: environment, official: official, store: store, now: now,
                page: { try unitPage(code, store: store, official: official, request: request, now: now, refill: $0) },
                change: {
                    try unitChange(request.path[2], unit: code, form: request.form, store: store)
                    return .redirect(to: "\(base)/unit/\(code.value)")
                })
        case ("group", 2):
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try groupPage(
                try groupID(request.path[1]), store: store, official: official, request: request, now: now)
        case ("group", 3):
            guard request.method == .post else { throw methodNotAllowed("POST") }
            let id = try groupID(request.path[1])
            return try posting(
                request, action: request.path[2], environment: environment, official: official, store: store, now: now,
                page: { try groupPage(id, store: store, official: official, request: request, now: now, refill: $0) },
                change: {
                    try groupChange(request.path[2], group: id, form: request.form, store: store)
                    return .redirect(to: "\(base)/group/\(id)")
                })
        case ("overview", 1):
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try overviewPage(request, store: store, official: official)
        case ("audit", 1):
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try auditPage(request, store: store, official: official)
        case ("report", 1):
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try report(request, store: store, official: official)
        default:
            return try adminRoute(
                request, first: first, environment: environment, official: official, store: store, now: now)
        }
    }

    /// A complaint's page; `revealed`, after its identity reveal was recorded: the complainant shown.
    static func complaintPage(
        _ ticketText: String, store: Store, official: Official, request: CGIRequest, now: Timestamp,
        refill: Refill? = nil, revealed: Bool = false
    ) throws -> CGIResponse {
        let complaint = try store.complaints.get(try Ticket.parse(ticketText))
        // Whom it may be assigned to: the store's own rule, which it checks again on the post.
        let assignees = try store.complaints.assignees(of: complaint)
        let dueLines = ComplaintDueLines.lines(
            complaint, now: now, today: store.today, calendars: try store.holidays.unitCalendars(),
            timeZone: store.timeZone, language: request.language)
        let events = try store.complaints.events(of: complaint)
        let page = WebPages.complaint(
            complaint, events: events, official: official,
            token: try token(for: official, in: store, at: now),
            units: try store.units.list(includeInactive: false, kind: nil, today: store.today),
            categories: try store.categories.list(), assignees: assignees,
            topic: try complaint.topic.map { try store.topics.get($0) }, dueLines: dueLines,
            timeZone: store.timeZone, language: request.language, base: request.base,
            done: refill == nil ? recorded(request.query["done"], by: official, in: events) : nil,
            revealed: revealed, refill: refill, links: try complaintLinks(complaint, store: store, official: official),
            attachments: try store.complaints.attachments(of: complaint),
            place: try WebPlaces.shown(complaint, store: store, language: request.language))
        return .html(200, page)
    }

    /// The action a page was sent back with after a post (`?done=`), when it is what the complaint's
    /// history last records, by this official: a link cannot make a page claim what was not done.
    static func recorded(_ done: String?, by official: Official, in events: [ComplaintEvent])
        -> ComplaintAction.Kind?
    {
        guard let done, let action = ComplaintAction.Kind(rawValue: done), let last = events.last,
            last.action == action.rawValue, last.actor == official.login
        else { return nil }
        return action
    }

    /// A unit's page; `refill`, a post shown again with what was typed.
    static func unitPage(
        _ code: UnitCode, store: Store, official: Official, request: CGIRequest, now: Timestamp,
        refill: Refill? = nil
    ) throws -> CGIResponse {
        let today = store.today
        let registry = UnitRegistry(
            overview: try store.units.overview(code, today: today),
            groups: try store.groups.list(unit: code, includeDissolved: false, today: today),
            sops: try store.sops.list(unit: code, status: .active, reviewDue: false, today: today),
            improvements: try store.improvements.list(
                group: nil, unit: code, stage: nil, overdueOnly: false, today: today),
            surveys: try store.surveys.list(unit: code, overlapping: nil),
            assessments: try store.assessments.list(year: nil).filter { $0.unitCode == code.value },
            units: try store.units.list(includeInactive: false, kind: nil, today: today),
            targets: try store.targets.list(year: nil, units: [code.value]))
        let page = WebPages.unit(
            registry, today: today, official: official, token: try token(for: official, in: store, at: now),
            language: request.language, base: request.base, refill: refill)
        return .html(200, page)
    }

    /// A KBK group's page; `refill`, a post shown again with what was typed.
    static func groupPage(
        _ id: Int64, store: Store, official: Official, request: CGIRequest, now: Timestamp, refill: Refill? = nil
    ) throws -> CGIResponse {
        let today = store.today
        let page = WebPages.group(
            try store.groups.overview(id, today: today, recentMeetings: 10),
            improvements: try store.improvements.list(
                group: id, unit: nil, stage: nil, overdueOnly: false, today: today),
            rbks: try store.rbks.list(group: id), today: today, official: official,
            token: try token(for: official, in: store, at: now),
            language: request.language, base: request.base, refill: refill)
        return .html(200, page)
    }

    /// Whether the web server's login is exactly a login, byte for byte: `Login` itself trims
    /// what it is given, as the command line's logins come from the system.
    static func isExactLogin(_ user: String) -> Bool {
        guard let login = try? Login(user) else { return false }
        return Array(login.value.utf8) == Array(user.utf8)
    }
}
