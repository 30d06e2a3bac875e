import KBKDomain
import KBKPresentation
import KBKStore

/// Finding a complainant's complaints by the telephone number they left (`/complaints/contact`),
/// for a desk that must call back or gather one person's reports: the roles that may reveal an
/// identity, each search recorded with its reason by the store (`findByContact`). The number is a
/// form's, sent by POST, so that it stays out of the server's logs and the browser's history.
extension KBKWeb {
    static func contactSearchPage(
        _ request: CGIRequest, store: Store, official: Official, now: Timestamp, refill: Refill? = nil,
        found: [Complaint]? = nil
    ) throws -> CGIResponse {
        try store.require(.revealIdentity)
        return .html(
            200,
            WebPages.contactSearch(
                found: found, today: store.today, timeZone: store.timeZone,
                token: try token(for: official, in: store, at: now), official: official, language: request.language,
                base: request.base, refill: refill))
    }

    static func searchContact(_ request: CGIRequest, store: Store, official: Official, now: Timestamp) throws
        -> CGIResponse
    {
        let number = try ContactNumber.parse(try request.form.requiredField("phone"), field: "phone")
        let reason = try request.form.shortText("reason")
        let found = try store.write { try $0.complaints.findByContact(number, reason: reason) }
        return try contactSearchPage(request, store: store, official: official, now: now, found: found)
    }
}

extension WebPages {
    static func contactSearch(
        found: [Complaint]?, today: CivilDate, timeZone: UTCOffset, token: String, official: Official,
        language: Language, base: String, refill: Refill?
    ) -> HTML {
        let f = refill?.fields(for: "contact", language: language) ?? FormFields(language: language)
        var body: HTML = "<p>\(Msg.webContactSearchRecorded(language))</p>"
        body += """
            <form method="post" action="\(base)/complaints/contact" class="action">
            <input type="hidden" name="csrf" value="\(token)">\
            \(f.input("phone", Msg.webPhoneNumber, required: true, placeholder: "0812-3456-7890"))\
            \(f.input("reason", WebForms.reasonLabel, required: true))\(f.formProblem())
            <button type="submit">\(Msg.webFind(language))</button></form>
            """
        if let found {
            body += "<h2>\(Msg.webFoundCount(found.count)(language))</h2>"
            let listing = ComplaintListing.table(found, detailed: false, today: today, timeZone: timeZone)
            let rows = zip(found, listing.rows).map { complaint, row in
                zip(listing.columns, row).map { column, cell -> HTML in
                    column.key == "ticket"
                        ? "<a href=\"\(base)/complaint/\(complaint.ticket)\">\(cell.shown(language))</a>"
                        : "\(cell.shown(language))"
                }
            }
            body += table(listing.columns.map(\.header), rows, language: language)
        }
        return layout(
            Msg.webContactSearch(language), body, language: language, base: base, official: official, refill: refill)
    }
}
