import KBKDomain
import KBKPresentation
import KBKStore

/// The audit trail's page (`/audit`): the filters of `kbk audit` (who, what, which record, when)
/// as a form read with the same parsers, a page of entries newest first with the total, and the
/// chain's head.
struct AuditQuery {
    var fields: QueryFields
    var filter = AuditFilter()
    var page = 1

    static let names = ["actor", "entity", "id", "action", "from", "to"]

    init(_ query: [String: String], timeZone: UTCOffset, language: Language) {
        fields = QueryFields(query, names: Self.names + ["page"], timeZone: timeZone)
        filter.actor = fields.read("actor") { try TextRules.name($0, field: Msg.labelActor(language)) }
        filter.entityKind = fields.read("entity", EntityKind.parse)
        filter.entityID = fields.read("id") { try TextRules.name($0, field: Msg.webEntityID(language)) }
        filter.action = fields.read("action") { try parseChoice($0, field: "action") as AuditAction }
        let from = fields.read("from") { try CivilDate.parseEntered($0, field: Msg.webFromDate(language)) }
        let to = fields.read("to") { try CivilDate.parseEntered($0, field: Msg.webToDate(language)) }
        if let from, let to {
            fields.check("to") {
                try ReportPeriod.checkOrder(
                    from: from, to: to, fromField: Msg.webFromDate(language), toField: Msg.webToDate(language))
            }
        }
        // A day's entries: from its first instant to the next day's, in the office's zone.
        filter.since = from.map { Timestamp(startOf: $0, in: timeZone) }
        filter.until = to.map { Timestamp(startOf: $0.adding(days: 1), in: timeZone) }
        page =
            fields.read("page") { try EnteredValue.integer($0, field: Msg.webPage(language), in: WebPages.pageRange) }
            ?? 1
        filter.limit = AuditFilter.pageSize
        filter.offset = (page - 1) * AuditFilter.pageSize
    }

    func link(page: Int) -> String { fields.link(Self.names, [("page", String(page))]) }
}

extension KBKWeb {
    static func auditPage(_ request: CGIRequest, store: Store, official: Official) throws -> CGIResponse {
        let query = AuditQuery(request.query, timeZone: store.timeZone, language: request.language)
        let head = try store.auditLog.head().hash
        guard query.fields.problems.isEmpty else {
            return .html(
                400,
                WebPages.audit(
                    query, found: nil, head: head, timeZone: store.timeZone, official: official,
                    language: request.language, base: request.base))
        }
        let entries = try store.auditLog.entries(query.filter)
        let total =
            entries.count < query.filter.limit && (query.filter.offset == 0 || !entries.isEmpty)
            ? query.filter.offset + entries.count : try store.auditLog.count(matching: query.filter)
        return .html(
            200,
            WebPages.audit(
                query, found: (entries, total), head: head, timeZone: store.timeZone, official: official,
                language: request.language, base: request.base))
    }
}

extension WebPages {
    static func audit(
        _ query: AuditQuery, found: (entries: [AuditEntry], total: Int)?, head: String?, timeZone: UTCOffset,
        official: Official, language: Language, base: String
    ) -> HTML {
        let f = FormFields(language: language, typed: query.fields.typed)
        func cell(_ content: HTML, _ name: String) -> HTML { query.fields.cell(content, name, language) }
        let any = Msg.webAny(language)
        var body: HTML = "<form method=\"get\" action=\"\(base)/audit\" class=\"filters\">"
        body += cell(f.input("actor", Msg.labelActor, placeholder: "koordinator"), "actor")
        body += cell(
            f.choice(
                "entity", Msg.webEntity, [("", any)] + EntityKind.allCases.map { ($0.rawValue, $0.label(language)) }),
            "entity")
        body += cell(f.input("id", Msg.webEntityID, placeholder: "ADU-2026-00012"), "id")
        body += cell(
            f.choice(
                "action", Msg.labelAction, [("", any)] + AuditAction.allCases.map { ($0.rawValue, $0.label(language)) }),
            "action")
        body += cell(f.date("from", Msg.webFromDate), "from") + cell(f.date("to", Msg.webToDate), "to")
        body += "<div><button type=\"submit\">\(Msg.webFind(language))</button></div></form>"
        if let head { body += "<p>\(Msg.webAuditHead(language)): <code class=\"hash\">\(head)</code></p>" }
        guard let found else {
            body += query.fields.problem("page", language) + "<p class=\"error\">\(Msg.webFilterRefused(language))</p>"
            return layout(Msg.webAudit(language), body, language: language, base: base, official: official)
        }
        guard !found.entries.isEmpty else {
            body += "<p>\(Msg.webNoEntryFound(language))</p>"
            return layout(Msg.webAudit(language), body, language: language, base: base, official: official)
        }
        let pager = Self.pager(
            offset: query.filter.offset, shown: found.entries.count, total: found.total, page: query.page,
            language: language, link: { "\(base)/audit?\(query.link(page: $0))" })
        let rows: [[HTML]] = found.entries.map { entry in
            let kind = EntityKind(rawValue: entry.entityKind)
            let record: HTML =
                switch (kind, entry.entityID) {
                case (.complaint?, let id?): "<a href=\"\(base)/complaint/\(id)\">\(id)</a>"
                case (.skpd?, let id?): "<a href=\"\(base)/unit/\(id)\">\(id)</a>"
                case (.group?, let id?): "<a href=\"\(base)/group/\(id)\">\(id)</a>"
                case (_, let id): "\(id)"
                }
            return [
                "\(entry.id)", "\(LetterDates.tableInstant(entry.at, timeZone, language))",
                "\(entry.actor)\(entry.onBehalfOf.map { " → \($0)" })",
                "\(AuditAction(rawValue: entry.action)?.label(language) ?? entry.action)",
                "\(kind?.label(language) ?? entry.entityKind)", record,
                // The summary as it was sealed, in the reader's language.
                "\(AuditSummaryText.text(entry.summary, language))",
            ]
        }
        body +=
            pager
            + table(
                [
                    Msg.labelID, Msg.labelTime, Msg.labelActor, Msg.labelAction, Msg.webEntity, Msg.webEntityID,
                    Msg.labelText,
                ], rows, language: language, kind: "audit") + pager
        return layout(Msg.webAudit(language), body, language: language, base: base, official: official)
    }
}
