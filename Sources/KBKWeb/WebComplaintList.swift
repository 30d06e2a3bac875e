import KBKDomain
import KBKPresentation
import KBKStore

/// The complaints page (`/complaints`): the filters of `kbk complaint list` as a form, read with the
/// same parsers, one page of the complaints found with their total, and the CSV of all of them.
struct ComplaintListQuery {

    /// The query's fields as typed, and those that could not be read with the reason.
    var fields: QueryFields
    var typed: [String: String] { fields.typed }
    var problems: [String: Text] { fields.problems }
    var filter = ComplaintFilter()
    /// The page asked for, from 1.
    var page = 1

    /// The fields of the form, in its order; `page` and `format` are the links'.
    static let fields = [
        "q", "skpd", "under", "nounit", "kind", "sort", "status", "channel", "category", "assigned", "place", "due",
        "from",
        "to", "due_from", "due_to", "overdue",
    ]

    /// Reads the query; a refusal names the field as the form labels it in `language`.
    init(_ query: [String: String], timeZone: UTCOffset, language: Language) {
        fields = QueryFields(query, names: Self.fields + ["page"], timeZone: timeZone)
        func read<Value>(_ name: String, _ parse: (String) throws -> Value) -> Value? { fields.read(name, parse) }
        // Checked as the command line's --search is: a name's length, no control characters.
        filter.search = read("q") { try TextRules.optional($0, field: Msg.webSearchField(language)) } ?? nil
        filter.unit = read("skpd", UnitCode.init)
        filter.includeUnitsUnder = typed["under"] != nil
        // What no unit holds yet: the leaders' page links its row here.
        filter.withoutUnit = typed["nounit"] != nil
        filter.kind = read("kind") { try parseChoice($0, field: "kind") as ComplaintKind }
        filter.order = read("sort") { try parseChoice($0, field: "sort") as ComplaintOrder } ?? .newest
        let status = read("status") { try parseChoice($0, field: "status") as StatusSelection }
        filter.statuses = status?.statuses ?? []
        filter.settled = status == .settled
        filter.channel = read("channel") { try parseChoice($0, field: "channel") as Channel }
        filter.category = read("category", CategoryCode.init)
        filter.assignedTo = read("assigned", Login.init)
        /// Two days of a range, each named by its label; the command line's rule for a range: its end
        /// is not before its start.
        func range(_ start: String, _ startLabel: Text, _ end: String, _ endLabel: Text) -> (CivilDate?, CivilDate?) {
            let from = read(start) { try CivilDate.parseEntered($0, field: startLabel(language)) }
            let to = read(end) { try CivilDate.parseEntered($0, field: endLabel(language)) }
            if let from, let to {
                _ = read(end) { _ in
                    try ReportPeriod.checkOrder(
                        from: from, to: to, fromField: startLabel(language), toField: endLabel(language))
                }
            }
            return (from, to)
        }
        (filter.receivedFrom, filter.receivedTo) = range("from", Msg.webReceivedFrom, "to", Msg.webReceivedTo)
        (filter.dueFrom, filter.dueTo) = range("due_from", Msg.webDueFrom, "due_to", Msg.webDueTo)
        filter.dueState = read("due") { try parseChoice($0, field: "due") as DueState }
        if filter.asksPausedByRunningDeadline {
            // A paused complaint has no running deadline to range over or order by.
            fields.check("due") {
                throw DomainError.notAllowed(
                    field: Msg.webDueState(language), value: Msg.dueStateName(.paused)(language),
                    allowed: DueState.allCases.filter { $0 != .paused }.map { Msg.dueStateName($0)(language) })
            }
        }
        // `overdue=1`, the links of before the due states, is `due=overdue`.
        if typed["overdue"] != nil && filter.dueState == nil { filter.dueState = .overdue }
        page = read("page") { try EnteredValue.integer($0, field: Msg.webPage(language), in: WebPages.pageRange) } ?? 1
        filter.limit = WebPages.pageSize
        filter.offset = (page - 1) * WebPages.pageSize
    }

    /// The query string of these filters on another page.
    func link(page: Int? = nil, format: String? = nil) -> String {
        fields.link(Self.fields, [("page", page.map(String.init) ?? ""), ("format", format ?? "")])
    }
}

extension KBKWeb {
    /// The complaints page, a ticket typed into the search going straight to its complaint, or the
    /// CSV of every complaint the filters find.
    static func complaintList(
        _ request: CGIRequest, store: Store, official: Official, now: Timestamp, refill: Refill? = nil,
        downloadLimit: Int = WebPages.downloadLimit
    ) throws -> CGIResponse {
        var query = ComplaintListQuery(request.query, timeZone: store.timeZone, language: request.language)
        let today = store.today
        // A unit or category that is not there is the field's mistake, as a malformed one is.
        let (unit, category) = (query.filter.unit, query.filter.category)
        query.fields.check("skpd") { if let unit { _ = try store.units.get(unit) } }
        query.fields.check("category") {
            if let category { _ = try store.categories.get(category.value) }
        }
        // A place as `complaint list --place` reads it: a kecamatan's code, or a desa's name or code.
        var place: String?
        let typedPlace = query.typed["place"]
        query.fields.check("place") {
            guard let typedPlace else { return }
            place = try store.places.narrowing(typedPlace)
        }
        query.filter.place = place
        if let text = query.typed["q"], let ticket = try? Ticket.parse(text), try store.complaints.find(ticket) != nil {
            return .redirect(to: "\(request.base)/complaint/\(ticket)")
        }
        guard query.problems.isEmpty else {
            return .html(
                400,
                WebPages.complaintList(
                    query, found: nil, choices: try FilterChoices(store), official: official,
                    language: request.language, base: request.base))
        }
        var choices = try FilterChoices(store)
        choices.refill = refill
        if request.query["format"] == "csv" {
            var all = query.filter
            // One past the bound: the rows themselves say whether the download is too large, so
            // that the filters (a due state reads every candidate) are not run twice to count them.
            all.limit = downloadLimit + 1
            all.offset = 0
            let complaints = try store.complaints.list(all, today: today)
            // A download is bounded: past the bound the page says how many were found and asks for
            // narrower filters, rather than a server busy for a minute or a file cut short.
            guard complaints.count <= downloadLimit else {
                let found = try store.complaints.count(all, today: today)
                choices.notice = Msg.webDownloadTooLarge(found, downloadLimit)
                query.filter.limit = WebPages.pageSize
                return .html(
                    400,
                    WebPages.complaintList(
                        query, found: (Array(complaints.prefix(WebPages.pageSize)), found), choices: choices,
                        official: official, language: request.language, base: request.base))
            }
            let table = ComplaintListing.table(complaints, detailed: true, today: today, timeZone: store.timeZone)
            return .file(
                "text/csv; charset=utf-8", table.render(.csv, language: request.language),
                name: "pengaduan-\(today).csv")
        }
        let (complaints, total) = try store.complaints.page(query.filter, today: today)
        // One unit's list, for an official who may assign: its officers to pick, the store checks each.
        if let unit = query.filter.unit, WebForms.sample(.assign)?.guardedAction.allows(official.role) == true {
            let assignees = try store.complaints.assignees(unit: unit)
            if !assignees.isEmpty { choices.bulk = (assignees, try token(for: official, in: store, at: now)) }
        }
        return .html(
            200,
            WebPages.complaintList(
                query, found: (complaints, total), choices: choices, official: official,
                language: request.language, base: request.base))
    }
}

/// What the filter form offers, and the day and zone its list is shown in.
struct FilterChoices {
    let units: [Unit]
    let categories: [Category]
    let today: CivilDate
    let timeZone: UTCOffset
    /// The bulk assignment, offered when the list is one unit's and the official may assign.
    var bulk: (assignees: [Official], token: String)?
    /// A bulk assignment sent back refused.
    var refill: Refill?
    /// Said above the list (a download refused).
    var notice: Text?

    init(_ store: Store) throws {
        units = try store.units.list(includeInactive: false, kind: nil, today: store.today)
        categories = try store.categories.list()
        today = store.today
        timeZone = store.timeZone
    }
}

extension WebPages {
    static func complaintList(
        _ query: ComplaintListQuery, found: (complaints: [Complaint], total: Int)?, choices: FilterChoices,
        official: Official, language: Language, base: String
    ) -> HTML {
        let fields = FormFields(language: language, typed: query.typed)
        func problem(_ name: String) -> HTML { query.fields.problem(name, language) }
        func cell(_ control: HTML, _ name: String) -> HTML { query.fields.cell(control, name, language) }
        /// A choice whose first option, "any", leaves the filter out.
        func choice(_ name: String, _ label: Text, _ pairs: [(String, String)]) -> HTML {
            cell(fields.choice(name, label, [("", Msg.webAny(language))] + pairs), name)
        }
        let (units, categories) = (choices.units, choices.categories)
        var form: HTML = "<form method=\"get\" action=\"\(base)/complaints\" class=\"filters\">"
        form += "<div class=\"wide\">" + fields.input("q", Msg.webSearch) + problem("q") + "</div>"
        form += cell(
            fields.choice("skpd", Msg.labelUnit, [("", Msg.webAny(language))] + units.map { ($0.code, $0.name) })
                + fields.checkbox("under", Msg.webUnitsUnder), "skpd")
        form += choice("status", Msg.labelStatus, StatusSelection.allCases.map { ($0.rawValue, $0.label(language)) })
        form += choice("channel", Msg.labelChannel, Channel.allCases.map { ($0.rawValue, $0.label(language)) })
        form += choice("category", Msg.labelCategory, categories.map { ($0.code, $0.name) })
        form += cell(fields.input("assigned", Msg.labelAssignedTo), "assigned")
        form += cell(fields.input("place", Msg.webPlaceFilter, placeholder: "Karangreja, Karangreja"), "place")
        form += choice("kind", Msg.labelKind, ComplaintKind.allCases.map { ($0.rawValue, $0.label(language)) })
        form += cell(
            fields.choice(
                "sort", Msg.webOrder,
                [
                    (ComplaintOrder.newest.rawValue, Msg.webNewestFirst(language)),
                    (ComplaintOrder.oldest.rawValue, Msg.webOldestFirst(language)),
                    (ComplaintOrder.due.rawValue, Msg.webSoonestDueFirst(language)),
                ]), "sort")
        form +=
            cell(fields.date("from", Msg.webReceivedFrom), "from") + cell(fields.date("to", Msg.webReceivedTo), "to")
        form += choice("due", Msg.webDueState, DueState.allCases.map { ($0.rawValue, Msg.dueStateName($0)(language)) })
        form +=
            cell(fields.date("due_from", Msg.webDueFrom), "due_from")
            + cell(fields.date("due_to", Msg.webDueTo), "due_to")
        form += "<div><button type=\"submit\">\(Msg.webFind(language))</button></div></form>"
        var body = form
        if GuardedAction.revealIdentity.allows(official.role) {
            body += "<p><a href=\"\(base)/complaints/contact\">\(Msg.webContactSearch(language))</a></p>"
        }
        if let notice = choices.notice { body += "<p class=\"error\" role=\"alert\">\(notice(language))</p>" }
        guard let found else {
            // The page number is the links' own, not a field of the form: its reason stands here.
            body += problem("page") + "<p class=\"error\">\(Msg.webFilterRefused(language))</p>"
            return layout(Msg.webComplaints(language), body, language: language, base: base, official: official)
        }
        guard !found.complaints.isEmpty else {
            if found.total > 0 {
                // A page past the last: say so, and lead to the last one.
                let last = (found.total + pageSize - 1) / pageSize
                body += "<p>\(Msg.webPastTheLastPage(query.page, last)(language)) "
                body +=
                    "<a href=\"\(base)/complaints?\(query.link(page: last))\">\(Msg.webToTheLastPage(language))</a></p>"
            } else {
                body += "<p>\(Msg.webNoComplaintFound(language))</p>"
            }
            return layout(Msg.webComplaints(language), body, language: language, base: base, official: official)
        }
        let pager = Self.pager(
            offset: query.filter.offset, shown: found.complaints.count, total: found.total, page: query.page,
            language: language, link: { "\(base)/complaints?\(query.link(page: $0))" },
            extra: " <a href=\"\(base)/complaints?\(query.link(format: "csv"))\">\(Msg.webDownloadCSV(language))</a>")
        let listing = ComplaintListing.table(
            found.complaints, detailed: false, today: choices.today, timeZone: choices.timeZone)
        let rows = zip(found.complaints, listing.rows).map { complaint, row in
            zip(listing.columns, row).map { column, cell -> HTML in
                switch (column.key, cell) {
                case ("ticket", _): "<a href=\"\(base)/complaint/\(complaint.ticket)\">\(cell.shown(language))</a>"
                case (_, .overdue): "<span class=\"overdue\">\(cell.shown(language))</span>"
                default: "\(cell.shown(language))"
                }
            }
        }
        guard let bulk = choices.bulk else {
            body += pager + table(listing.columns.map(\.header), rows, language: language) + pager
            return layout(
                Msg.webComplaints(language), body, language: language, base: base, official: official,
                refill: choices.refill)
        }
        // Assigning several at once: a box on each row, one officer of the unit, one post.
        let f = choices.refill?.fields(for: "assign", language: language) ?? FormFields(language: language)
        f.idPrefix = "bulk-"
        let picked = rows.enumerated().map { index, row -> [HTML] in
            let ticket = found.complaints[index].ticket.description
            let box: HTML =
                "<label class=\"check\"><input type=\"checkbox\" name=\"pick-\(ticket)\" value=\"1\"\(f.typed["pick-\(ticket)"] != nil ? " checked" : "")> \(Msg.webPick(language))</label>"
            return [box] + row
        }
        let assignee = f.choice("to", Text(en: "Officer", id: "Pegawai"), bulk.assignees.map { ($0.login, $0.name) })
        let note = f.input("note", Text(en: "Note", id: "Catatan"))
        body += pager
        body += """
            <form method="post" action="\(base)/complaints/assign?\(query.link())" class="bulk">
            <input type="hidden" name="csrf" value="\(bulk.token)">
            \(table([Msg.webPick] + listing.columns.map(\.header), picked, language: language))
            <fieldset><legend>\(Msg.webAssignPicked(language))</legend>\(f.formProblem())\(assignee)\(note)
            <button type="submit">\(Msg.webAssignPicked(language))</button></fieldset></form>
            """
        body += pager
        return layout(
            Msg.webComplaints(language), body, language: language, base: base, official: official,
            refill: choices.refill)
    }
}

extension KBKWeb {
    /// `POST /complaints/assign`: the picked complaints to one officer, all or none, through the
    /// store call of `kbk complaint assign` for each (which checks the right, the scope and the officer).
    static func bulkAssign(_ request: CGIRequest, store: Store) throws -> CGIResponse {
        let tickets = try request.form.keys.filter { $0.hasPrefix("pick-") }.sorted().map {
            try Ticket.parse(String($0.dropFirst("pick-".count)))
        }
        guard !tickets.isEmpty else { throw WebFailure(status: 400, message: Msg.webPickSome) }
        let login = try Login(try request.form.requiredField("to"))
        let note = try request.form.optionalShortText("note")
        try store.write { transaction in
            for ticket in tickets {
                _ = try transaction.complaints.act(ticket, .assign(to: login, note: note), at: nil)
            }
        }
        let filters = ComplaintListQuery(request.query, timeZone: store.timeZone, language: request.language)
        return .redirect(to: "\(request.base)/complaints?\(filters.link(page: filters.page))")
    }
}
