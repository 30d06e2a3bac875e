import KBKDigest
import KBKDomain
import KBKPresentation
import KBKStore

/// The citizen's public pages, without a login: the status page with its reply, rating and
/// objection forms, and the filing form (`/status/new`) with its receipt. They live under
/// `/status`, which the deployed servers leave open to everyone (docs/WEB.md).
///
/// A citizen has no login for a form token to be bound to, so each browser gets a random cookie
/// (`HttpOnly`, `SameSite=Strict`) and each form a token bound to it (HMAC under the database's
/// secret, in 12-hour windows as the officials' are): another site can neither read the cookie
/// nor make the browser send it with a post. A field hidden from people (`homepage`) catches
/// the robots that fill in every field. Limits per network address are the store's (`Citizens`).
enum WebCitizen {
    static let cookieName = "kbk_warga"
    static let trapField = "homepage"
    static let acts: [String: CitizenAct] = ["reply": .reply, "rate": .rate, "object": .object]

    /// The browser's cookie when it is one kbk gave (32 hex digits), else nil.
    static func browserKey(_ request: CGIRequest) -> String? {
        guard let value = request.cookie(cookieName), value.utf8.count == 32,
            value.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
        else { return nil }
        return value
    }

    /// A new random browser key and the header that gives it.
    static func newBrowserKey(_ request: CGIRequest, secure: Bool) -> (String, (String, String)) {
        var generator = SystemRandomNumberGenerator()
        let key = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
            .map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        let path = request.base.isEmpty ? "/" : request.base
        let flag = secure ? "; Secure" : ""
        return (key, ("Set-Cookie", "\(cookieName)=\(key); Path=\(path); HttpOnly; SameSite=Strict\(flag)"))
    }

    static func token(browser: String, window: Int64, key: [UInt8]) -> String {
        let code = HMACSHA256.authenticationCode(key: key, message: Array("citizen:\(browser):\(window)".utf8))
        return "\(window).\(HMACSHA256.hex(code))"
    }

    /// Whether the post's token is this browser's, of the current window or the one before.
    static func tokenHolds(_ request: CGIRequest, store: Store, now: Timestamp) throws -> Bool {
        guard let browser = browserKey(request), let given = request.form["csrf"],
            let window = given.split(separator: ".").first.flatMap({ Int64($0) })
        else { return false }
        let current = KBKWeb.tokenWindow(at: now)
        guard window == current || window == current - 1 else { return false }
        let expected = token(browser: browser, window: window, key: try store.webSecret())
        return HMACSHA256.constantTimeEqual(Array(given.utf8), Array(expected.utf8))
    }

    /// The browser key a page's forms are bound to, and the header that sets it when it is new.
    struct Session {
        let token: String
        let header: (String, String)?

        init(_ request: CGIRequest, store: Store, now: Timestamp) throws {
            var browser = browserKey(request)
            var header: (String, String)?
            // Sent over TLS only when the request came so, or the server ends TLS in front of kbk
            // and the government's address says the site is HTTPS.
            let address = try store.settings.webAddress()
            let secure = request.isSecure || address?.hasPrefix("https://") == true
            if browser == nil { (browser, header) = newBrowserKey(request, secure: secure) }
            token = WebCitizen.token(
                browser: browser ?? "", window: KBKWeb.tokenWindow(at: now), key: try store.webSecret())
            self.header = header
        }

        func apply(_ response: CGIResponse) -> CGIResponse {
            var response = response
            if let header { response.headers.append(header) }
            return response
        }
    }

    /// The hidden fields every citizen's form carries: its token, and the field people leave empty.
    static func hidden(_ session: Session, language: Language, idPrefix: String = "") -> HTML {
        """
        <input type="hidden" name="csrf" value="\(session.token)">
        <div class="trap" aria-hidden="true"><label for="\(idPrefix + trapField)">\(Msg.citizenTrap(language))</label>\
        <input type="text" id="\(idPrefix + trapField)" name="\(trapField)" tabindex="-1" autocomplete="off"></div>
        """
    }

    /// Refuses a post whose hidden field was filled in: only a robot sees it.
    static func requireNoTrap(_ form: [String: String]) throws {
        if form.filled(trapField) != nil { throw WebFailure(status: 400, message: Msg.citizenRefused) }
    }

    /// What the filing form posted, as the desk's intake reads it, with the citizen's own rules:
    /// a name unless anonymous, and an anonymous complaint gives neither name nor contact.
    static func draft(_ form: [String: String], store: Store) throws -> ComplaintDraft {
        var draft = try KBKWeb.sharedDraft(form, channel: .website, store: store)
        let name = try TextRules.optional(form.filled("name"), field: "complainant name")
        let contact = try TextRules.optional(form.filled("contact"), field: "complainant contact")
        if draft.isAnonymous {
            guard name == nil, contact == nil else {
                throw WebFailure(
                    status: 400, message: Msg.citizenAnonymousGivesNone, field: name != nil ? "name" : "contact")
            }
        } else {
            guard name != nil else {
                throw WebFailure(status: 400, message: Msg.citizenNeedsNameOrAnonymous, field: "name")
            }
        }
        draft.complainantName = name
        draft.complainantContact = contact
        return draft
    }
}

extension KBKWeb {
    /// The public pages under `/status`; nil for any other path.
    static func citizenRoute(
        _ request: CGIRequest, store: Store, environment: [String: String], now: Timestamp, official: Official?
    ) throws -> CGIResponse? {
        let isRead = request.method == .get || request.method == .head
        guard request.path.first == "status" || (request.remoteUser == nil && request.path.isEmpty) else {
            return nil
        }
        switch request.path.dropFirst().first {
        case nil:
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try statusPage(request, store: store, now: now, official: official)
        case "attachment":
            guard isRead else { throw methodNotAllowed("GET, HEAD") }
            return try publicAttachmentFile(request, store: store)
        case "new" where request.path.count == 2:
            if isRead { return try filingPage(request, store: store, now: now, refill: nil) }
            guard request.method == .post else { throw methodNotAllowed("GET, HEAD, POST") }
            return try citizenPosting(
                request, action: "new", environment: environment, store: store, now: now,
                page: { try filingPage(request, store: store, now: now, refill: $0) },
                change: {
                    // An address past its limit costs no reading of photos.
                    try store.citizens.requireWithinLimits(.file, address: request.remoteAddress)
                    let draft = try WebCitizen.draft(request.form, store: store)
                    let uploads = try WebAttachments.uploads(request)
                    let document = try ReportDocument(settings: store.settings, signedOn: store.today)
                    let (complaint, code) = try store.citizens.file(
                        draft, uploads: uploads, formKey: request.form["form_key"].flatMap(IntakeKey.init),
                        address: request.remoteAddress)
                    var page = CGIResponse.html(
                        200,
                        WebPages.citizenReceipt(
                            complaint, trackingCode: code, document: document, timeZone: store.timeZone,
                            language: request.language, base: request.base))
                    page.allowImagesAsData()
                    return page
                })
        case let name? where request.path.count == 2 && WebCitizen.acts[name] != nil:
            guard request.method == .post else { throw methodNotAllowed("POST") }
            let form = request.form
            let (ticket, code) = (form["ticket"] ?? "", form["code"] ?? "")
            return try citizenPosting(
                request, action: name, environment: environment, store: store, now: now,
                page: { try statusPage(request, store: store, now: now, official: official, refill: $0) },
                change: {
                    let address = request.remoteAddress
                    let citizens = store.citizens
                    switch WebCitizen.acts[name] {
                    case .rate?:
                        let rating = try EnteredValue.integer(
                            try form.requiredField("rating"), field: "rating", in: Complaint.ratingRange)
                        _ = try citizens.rate(
                            ticket: ticket, code: code, rating: rating, comment: try form.optionalLongText("comment"),
                            address: address)
                    case .object?:
                        _ = try citizens.object(
                            ticket: ticket, code: code, reason: try form.longText("reason"), address: address)
                    default:
                        _ = try citizens.reply(
                            ticket: ticket, code: code, message: try form.longText("message"), address: address)
                    }
                    return .redirect(
                        to: "\(request.base)/status?"
                            + CGIRequest.query([("ticket", ticket), ("code", code), ("done", name)]))
                })
        default:
            throw notFound
        }
    }

    /// A citizen's post: its token and hidden field checked, then `change` run; a refusal comes
    /// back as `page` with what was typed and the reason by its field, nothing written.
    static func citizenPosting(
        _ request: CGIRequest, action: String, environment: [String: String], store: Store, now: Timestamp,
        page: (Refill) throws -> CGIResponse, change: () throws -> CGIResponse
    ) throws -> CGIResponse {
        let form = request.form.filter { $0.key != WebCitizen.trapField }
        // Without the visitor's address no limit can be kept: posts are closed, and the server says why.
        guard CitizenAct.networkKey(request.remoteAddress) != nil else {
            throw WebFailure(status: 503, message: Msg.citizenNoAddress)
        }
        guard try WebCitizen.tokenHolds(request, store: store, now: now) else {
            var response = try page(
                Refill(action: action, form: form, reason: .refused(Msg.citizenFormExpired, field: nil)))
            response.status = 403
            return response
        }
        do {
            try WebCitizen.requireNoTrap(request.form)
            return try change()
        } catch {
            return try refused(error, action: action, form: form, official: nil, environment: environment, page: page)
        }
    }

    /// The public filing form.
    static func filingPage(_ request: CGIRequest, store: Store, now: Timestamp, refill: Refill?) throws
        -> CGIResponse
    {
        let session = try WebCitizen.Session(request, store: store, now: now)
        let document = try ReportDocument(settings: store.settings, signedOn: store.today)
        var page = CGIResponse.html(
            200,
            WebPages.filing(
                session: session, places: try store.places.list(), document: document,
                contact: try store.settings.text(.organisationContact), language: request.language,
                base: request.base, refill: refill))
        if !document.logo.isEmpty { page.allowImagesAsData() }
        return session.apply(page)
    }

    /// The citizen's status page: a complaint found by its ticket and tracking code, with what the
    /// citizen may still do with it.
    static func statusPage(
        _ request: CGIRequest, store: Store, now: Timestamp, official: Official?, refill: Refill? = nil
    ) throws -> CGIResponse {
        let language = request.language
        // A form posted comes back with its ticket and code in the form, a page asked for in the query.
        let asked = refill == nil ? request.query : request.form
        let ticket = asked["ticket"] ?? ""
        let code = asked["code"] ?? ""
        func tracked(_ complaint: Complaint) throws -> WebPages.TrackedComplaint {
            WebPages.TrackedComplaint(
                complaint: complaint, events: try store.complaints.events(of: complaint),
                unitName: try complaint.unitCode.map { try store.units.get($0).name },
                dueLines: ComplaintDueLines.lines(
                    complaint, now: now, today: store.today, calendars: try store.holidays.unitCalendars(),
                    timeZone: store.timeZone, language: language),
                attachments: try store.complaints.publicAttachments(of: complaint),
                fileLink: "\(request.base)/status/attachment?"
                    + CGIRequest.query([("ticket", ticket), ("code", code)]) + "&id=",
                village: try WebPlaces.shown(complaint, store: store, language: language).village)
        }
        var found: WebPages.TrackedComplaint?
        var followed: WebPages.TrackedComplaint?
        if let complaint = try store.complaints.tracked(ticket: ticket, code: code) {
            found = try tracked(complaint)
            // A duplicate's citizen follows the original, which is followed up in its place.
            if let original = try store.complaints.original(of: complaint) {
                followed = try tracked(try store.complaints.get(original))
            }
        }
        let session = try WebCitizen.Session(request, store: store, now: now)
        let done = refill == nil ? request.query["done"].flatMap { WebCitizen.acts[$0] } : nil
        // The government the page is of: its letterhead and how citizens reach its desk.
        let document = try ReportDocument(settings: store.settings, signedOn: store.today)
        var page = CGIResponse.html(
            refill == nil ? 200 : 400,
            WebPages.status(
                found, followed: followed, asked: asked["ticket"] != nil || asked["code"] != nil, ticket: ticket,
                document: document, contact: try store.settings.text(.organisationContact), timeZone: store.timeZone,
                language: language, base: request.base, official: official,
                citizen: WebPages.CitizenForms(session: session, code: code, done: done, refill: refill)))
        if !document.logo.isEmpty { page.allowImagesAsData() }
        return session.apply(page)
    }
}
