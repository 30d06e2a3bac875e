import KBKDomain
import KBKPresentation
import KBKStore

/// The pages of the web front, server-rendered HTML that works without JavaScript. They are built as
/// `HTML`, which escapes every text that comes from the database or the request where it is written.
enum WebPages {
    static let style = """
        body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1d2733;margin:0;font-size:15px;
        line-height:1.45}
        header{background:#1f5f8b;color:#fff;padding:8px 16px;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
        header a{color:#fff;text-decoration:none;font-weight:600}header .who{margin-left:auto;font-size:13px}
        main{max-width:1100px;margin:16px auto;padding:0 16px}
        h1{font-size:21px;margin:8px 0}h2{font-size:17px;margin:20px 0 6px;border-bottom:2px solid #1f5f8b}
        table{border-collapse:collapse;width:100%;margin:6px 0 12px}
        th,td{border:1px solid #c8d0d8;padding:4px 6px;text-align:left;vertical-align:top}
        th{background:#eef3f7}td.n{text-align:right}
        dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dl.fields dt{font-weight:600}
        dl.fields dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
        .counts{display:flex;gap:10px;flex-wrap:wrap}.counts span{background:#eef3f7;padding:3px 8px;border-radius:4px}
        .overdue{color:#a11}.ok{color:#176d2c}
        form.action{border:1px solid #c8d0d8;border-radius:4px;padding:8px;margin:8px 0;background:#fafbfc}
        form.action h3{margin:0 0 6px;font-size:15px}
        details.action{border:1px solid #c8d0d8;border-radius:4px;padding:6px 8px;margin:6px 0;background:#fafbfc}
        details.action summary{font-weight:600;cursor:pointer}
        label{display:block;margin:4px 0 2px;font-weight:600;font-size:13px}
        input[type=text],input[type=number],select,textarea{width:100%;max-width:640px;padding:4px;font:inherit}
        textarea{min-height:4em}button{display:block;margin-top:8px;padding:5px 14px;font:inherit}
        table.inbox td:nth-child(1),table.inbox td:nth-child(7),table.events td:nth-child(1){white-space:nowrap}
        .notice{background:#fff6d5;border:1px solid #e0c96b;padding:8px;border-radius:4px}
        .error{background:#fde8e8;border:1px solid #d99;padding:8px;border-radius:4px}
        .trap{display:none}
        .field-error{display:block;color:#a11;font-weight:600;font-size:13px;margin:2px 0}
        [aria-invalid=true]{border:2px solid #a11}
        .code{font-family:monospace;font-size:22px;letter-spacing:2px}
        form.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:4px 12px;
        align-items:end;margin-bottom:8px}form.filters .wide{grid-column:1/-1}
        input[type=date],input[type=datetime-local]{padding:4px;font:inherit;max-width:100%}
        label.check{font-weight:400;font-size:15px}
        .pager{display:flex;gap:14px;flex-wrap:wrap;align-items:center}
        .pager a{display:inline-block;min-height:44px;line-height:44px}
        @media (max-width:640px){table.list thead{display:none}table.list,table.list tbody,table.list tr,
        table.list td{display:block;width:auto}table.list tr{border:1px solid #c8d0d8;border-radius:4px;
        margin:0 0 8px;padding:4px 6px}table.list td{border:0;padding:2px 0;overflow-wrap:anywhere}
        table.list td::before{content:attr(data-label) ": ";font-weight:600}
        header a,button{min-height:44px;display:inline-flex;align-items:center}header{gap:0 14px;padding:4px 12px}
        dl.fields{grid-template-columns:1fr}dl.fields dd{margin-bottom:6px}
        input:not([type=checkbox]),select,textarea{min-height:44px}summary{padding:11px 0}
        main a{display:inline-block;min-height:44px;line-height:44px}
        label.check{min-height:44px;display:flex;align-items:center;gap:6px}}
        input,select,textarea{box-sizing:border-box}
        code.hash{overflow-wrap:anywhere;word-break:break-all}
        fieldset{border:1px solid #c8d0d8;border-radius:4px;margin:8px 0;max-width:640px}legend{font-weight:600}
        .sheet{border:1px solid #c8d0d8;padding:16px;max-width:760px}.sheet-title{text-align:center;border:0}
        header.kop{background:none;color:#1d2733;display:block;padding:0 0 6px;text-align:center}
        header.kop:has(.logo){padding-left:76px}
        ul.boxes{list-style:none;padding:0;columns:2 260px}.sheet .lines{height:120px;
        background:repeating-linear-gradient(transparent 0 27px,#9aa5b1 27px 28px)}.sign{margin-top:24px}
        ul.attachments{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:10px}
        ul.attachments li{max-width:170px;overflow-wrap:anywhere;font-size:13px}
        ul.attachments img{display:block;width:160px;height:auto;border:1px solid #c8d0d8}
        .badge{display:inline-block;background:#e3f1e6;border-radius:3px;padding:0 4px;font-size:12px}
        form.inline{display:inline}form.inline button{margin-top:4px;padding:2px 8px;font-size:13px}
        small.hint{display:block;font-size:12px;color:#4a5561}input[type=file]{max-width:100%;font:inherit}
        @media print{body>header,.noprint,h1{display:none}main{margin:0;max-width:none}.sheet{border:0;padding:0}}
        """ + ReportHTML.letterheadStyle.markup

    /// A page; `refill` (a post shown again) puts its notice above the body, which is rendered
    /// before, so that the notice knows whether the form was on it.
    /// A page; `brand`, the name it goes under (the government's on the citizens' page), else kbk.
    static func layout(
        _ title: String, _ body: HTML, language: Language, base: String, official: Official?,
        refill: Refill? = nil, brand: String? = nil
    ) -> HTML {
        let nav: HTML
        if let official {
            // The settings are the admins' alone: no one else is sent to a page that refuses them.
            var settings: HTML =
                GuardedAction.manageOfficials.allows(official.role)
                ? "\n<a href=\"\(base)/officials\">\(Msg.webOfficials(language))</a>" : HTML()
            if GuardedAction.manageRegistry.allows(official.role) {
                settings += "\n<a href=\"\(base)/settings\">\(Msg.webSettings(language))</a>"
            }
            let who =
                [official.name, official.login, official.role.label(language)] + (official.unitCode.map { [$0] } ?? [])
            nav = """
                <a href="\(base)/">\(Msg.webInbox(language))</a>
                <a href="\(base)/complaints">\(Msg.webComplaints(language))</a>
                <a href="\(base)/overview">\(Msg.webOverview(language))</a>
                <a href="\(base)/intake">\(Msg.webNewComplaint(language))</a>
                <a href="\(base)/report">\(Msg.webReport(language))</a>
                <a href="\(base)/units">\(Msg.webUnits(language))</a>
                <a href="\(base)/coordination">\(Msg.webCoordinationShort(language))</a>
                <a href="\(base)/categories">\(Msg.webCategoriesShort(language))</a>
                <a href="\(base)/holidays">\(Msg.webHolidays(language))</a>
                <a href="\(base)/audit">\(Msg.webAudit(language))</a>\(settings)
                <a href="\(base)/status">\(Msg.webStatusPage(language))</a>
                <span class="who">\(who.joined(separator: " · "))</span>
                """
        } else {
            nav = "<a href=\"\(base)/status\">\(Msg.webComplaintStatus(language))</a>"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language == .id ? "id" : "en")">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · \(brand ?? "kbk")</title><link rel="stylesheet" href="\(base)/style.css"></head>
            <body><header><span>\(brand ?? "kbk")</span>\(nav)</header>
            <main>
            <h1>\(title)</h1>
            \(refill?.notice(language) ?? HTML())\(body)
            </main></body></html>

            """
    }

    static func errorPage(_ failure: WebFailure, language: Language, base: String, official: Official?) -> HTML {
        let title = Msg.webStatusTitle(failure.status)(language)
        return layout(
            title, "<p class=\"error\">\(failure.message(language))</p>", language: language, base: base,
            official: official)
    }

    // MARK: Inbox

    /// How many rows a page of a list shows (the inbox, the complaints), and the pages one may ask for.
    static let pageSize = 50
    /// The most complaints one CSV download of the complaints page holds.
    static let downloadLimit = 20_000
    static let pageRange = 1...1_000_000

    /// The line above and below a page of a list: "1–50 dari 1.204", the neighbouring pages and
    /// any further links; `link(n)` is the address of page `n`.
    static func pager(
        offset: Int, shown: Int, total: Int, page: Int, language: Language, link: (Int) -> String,
        extra: HTML = HTML()
    ) -> HTML {
        var pager: HTML =
            "<p class=\"pager\"><span>\(Msg.webListRange(offset + 1, offset + shown, total)(language))</span>"
        if page > 1 { pager += " <a href=\"\(link(page - 1))\">\(Msg.webPrevious(language))</a>" }
        if offset + shown < total { pager += " <a href=\"\(link(page + 1))\">\(Msg.webNext(language))</a>" }
        return pager + extra + "</p>"
    }

    /// One page of the inbox: `page` counts from 1.
    static func inbox(
        _ inbox: InboxPage, page: Int, official: Official, today: CivilDate, dueWithin: Int, language: Language,
        base: String
    ) -> HTML {
        let entries = inbox.entries
        let counts = InboxQueue.allCases.map { queue -> HTML in
            "<span>\(Msg.queueCount(queue, inbox.counts[queue] ?? 0, dueWithin)(language))</span>"
        }.joined()
        let labels = [
            Msg.labelTicket, Msg.labelQueues, Msg.labelUnit, Msg.labelAssignedTo, Msg.labelStatus, Msg.labelDeadline,
            Msg.labelDue, Msg.labelDaysLeft, Msg.labelSubject,
        ].map { $0(language) }
        var rows = HTML()
        // The soonest due first, a page at a time: a government-wide desk holds thousands.
        for entry in entries {
            let complaint = entry.complaint
            let overdue = entry.standing?.isOverdue ?? false
            let queues = entry.queues.map { Msg.queueName($0)(language) }.joined(separator: ", ")
            let daysLeft = entry.workingDaysLeft.map(String.init) ?? ""
            let cells: [HTML] = [
                "<a href=\"\(base)/complaint/\(complaint.ticket)\">\(complaint.ticket)</a>", "\(queues)",
                "\(complaint.unitCode)", "\(complaint.assignedTo)", "\(Msg.statusName(complaint.status)(language))",
                "\(entry.stage.map { Msg.stageName($0)(language) })", "\(entry.due?.description)", "\(daysLeft)",
                "\(complaint.subject)",
            ]
            let daysClass: HTML = overdue ? " class=\"n overdue\"" : " class=\"n\""
            rows += "<tr>"
            for (index, cell) in cells.enumerated() {
                rows += "<td data-label=\"\(labels[index])\"\(index == 7 ? daysClass : HTML())>\(cell)</td>"
            }
            rows += "</tr>\n"
        }
        let header = labels.map { "<th>\($0)</th>" as HTML }.joined()
        let offset = (page - 1) * pageSize
        let pager =
            inbox.total > pageSize || page > 1
            ? Self.pager(
                offset: offset, shown: entries.count, total: inbox.total, page: page, language: language,
                link: { "\(base)/?page=\($0)" }) : HTML()
        let body: HTML =
            "<p>\(Msg.inboxHeading(official.login, today.description)(language))</p><p class=\"counts\">\(counts)</p>"
            + (entries.isEmpty
                ? "<p>\(Msg.inboxEmpty(language))</p>"
                : pager
                    + "<table class=\"inbox list\"><thead><tr>\(header)</tr></thead><tbody>\n\(rows)</tbody></table>"
                    + pager)
        return layout(
            Msg.webInbox(language), body, language: language, base: base, official: official)
    }

    // MARK: Complaint

    /// A complaint's page; `done`, the action just recorded on it, said above its details.
    static func complaint(
        _ complaint: Complaint, events: [ComplaintEvent], official: Official, token: String, units: [Unit],
        categories: [Category], assignees: [Official], topic: Topic?, dueLines: [(label: Text, value: String)],
        timeZone: UTCOffset, language: Language, base: String, done: ComplaintAction.Kind? = nil,
        revealed: Bool = false, refill: Refill? = nil, links: ComplaintLinks = ComplaintLinks(),
        attachments list: [Attachment] = [], place: (village: String?, point: HTML?) = (nil, nil)
    ) -> HTML {
        /// A code with the name people know it by: "Dinas Pekerjaan Umum (DPUPR)".
        func named(_ name: String?, _ code: String?) -> String? {
            guard let code else { return nil }
            return name.map { "\($0) (\(code))" } ?? code
        }
        func field(_ label: Text, _ value: String?) -> HTML {
            "<dt>\(label(language))</dt><dd>\(value ?? "-")</dd>"
        }
        var body = HTML()
        if let done {
            body +=
                "<p class=\"notice done\">\(Msg.webDone(done, complaint.ticket.description, complaint.status)(language))</p>"
        }
        body += "<dl class=\"fields\">"
        body += field(Msg.labelTicket, complaint.ticket.description)
        body += field(Msg.labelReceived, LetterDates.deskInstant(complaint.receivedAt, timeZone, language))
        body += field(Msg.labelChannel, complaint.channel.label(language) + " / " + complaint.kind.label(language))
        body += field(
            Msg.labelCategory,
            named(categories.first { $0.code == complaint.category.value }?.name, complaint.category.value))
        body += field(Msg.labelTopic, named(language == .id ? topic?.name : topic?.nameEnglish, complaint.topic))
        if let form = complaint.maladministration {
            body += field(Msg.labelMaladministration, form.label(language))
        }
        body += field(
            Msg.labelUnit,
            named(units.first { $0.code == complaint.unitCode?.value }?.name, complaint.unitCode?.value))
        body += field(Msg.labelAssignedTo, complaint.assignedTo?.value)
        body += field(Msg.labelStatus, Msg.statusName(complaint.status)(language))
        body += field(Msg.labelSubject, complaint.subject)
        body += field(
            Msg.labelDescription,
            complaint.isDescriptionWithheld ? Msg.descriptionWithheld(language) : complaint.description)
        body += field(Msg.labelLocation, complaint.location)
        if let village = place.village { body += field(Msg.labelVillage, village) }
        if let point = place.point { body += "<dt>\(Msg.labelCoordinates(language))</dt><dd>\(point)</dd>" }
        // A whistle-blower is never shown on the web, not even to the inspectorate. Another
        // complainant is shown once the reveal, with its reason, is in the audit trail.
        let identity =
            complaint.kind.isWhistleblowing
            ? Msg.whistleblowerWithheld(language)
            : revealed
                ? [complaint.complainantName, complaint.complainantContact].compactMap { $0 }.joined(separator: " — ")
                : Msg.webHiddenIdentity(language)
        body += field(Msg.labelComplainant, identity.isEmpty ? nil : identity)
        for line in dueLines { body += field(line.label, line.value) }
        if let limit = PerpresSettlementLimit.exceeded(by: complaint) {
            body += field(Msg.labelPerpres, Msg.perpresLimit(LetterDates.date(limit, language))(language))
        }
        if let running = complaint.runningDeadline {
            body += field(
                Msg.webRunningDeadline,
                Msg.stageName(running.stage)(language) + " — " + LetterDates.deskDate(running.due, language))
        }
        body += "</dl>"
        let timeline = events.map { event -> [HTML] in
            let action = ComplaintAction.Kind(rawValue: event.action)?.label(language) ?? event.action
            return [
                "\(LetterDates.deskInstant(event.at, timeZone, language))", "\(event.actor)", "\(action)",
                "\(Msg.statusName(event.statusAfter)(language))", "\(event.unitAfter)",
                "\(EventText.details(event, descriptionWithheld: complaint.isDescriptionWithheld, language))",
            ]
        }
        body +=
            "<p><a href=\"\(base)/complaint/\(complaint.ticket)/disposition\">\(Msg.webPrintDisposition(language))</a></p>"
        body += "<h2>\(Msg.labelTimeline(language))</h2>"
        body += table(
            [Msg.labelTime, Msg.labelActor, Msg.labelAction, Msg.labelStatus, Msg.labelUnit, Msg.labelText], timeline,
            language: language, kind: "events")
        body += attachments(
            list, link: { "\(base)/complaint/\(complaint.ticket)/attachment/\(String($0.id))" }, language: language,
            control: WebAttachments.visibilityControl(
                complaint, official: official, token: token, language: language, base: base))
        if revealed && !complaint.kind.isWhistleblowing {
            body += "<p class=\"notice\">\(Msg.webIdentityRevealed(language))</p>"
        } else if !complaint.kind.isWhistleblowing, GuardedAction.revealIdentity.allows(official.role),
            complaint.complainantName != nil || complaint.complainantContact != nil
        {
            let fields = refill?.fields(for: "reveal", language: language) ?? FormFields(language: language)
            fields.idPrefix = "reveal-"
            let reason = fields.input("reason", WebForms.reasonLabel, required: true)
            let open: HTML = refill?.action == "reveal" ? " open" : ""
            body += """
                <details class="action"\(open)><summary>\(Msg.webRevealIdentity(language))</summary>\
                <form method="post" action="\(base)/complaint/\(complaint.ticket)/reveal">\
                <input type="hidden" name="csrf" value="\(token)">\
                \(fields.formProblem())\(reason)\
                <button type="submit">\(Msg.webRevealIdentity(language))</button></form></details>
                """
        }
        body += duplicates(
            complaint, links: links, official: official, token: token, language: language, base: base,
            refill: refill)
        let forms = WebForms.forms(
            for: complaint, official: official, token: token, units: units, categories: categories,
            assignees: assignees, language: language, base: base, refill: refill)
        if !forms.isEmpty {
            body += "<h2>\(Msg.webActions(language))</h2>" + forms
        }
        return layout(
            complaint.ticket.description, body, language: language, base: base, official: official, refill: refill)
    }

    // MARK: Intake

    static func label(_ name: String, _ text: Text, _ language: Language) -> HTML {
        FormFields(language: language).label(name, text)
    }

    /// A one-line text field of a form that is never shown again (a search, the report's form).
    static func input(
        _ name: String, _ text: Text, _ language: Language, required: Bool = false, value: String = "",
        placeholder: String = ""
    ) -> HTML {
        FormFields(language: language).input(name, text, required: required, value: value, placeholder: placeholder)
    }

    /// What the intake form offers to choose from.
    struct IntakeChoices {
        var units: [Unit]
        var categories: [Category]
        var topics: [Topic]
        /// The government's kecamatan, desa and kelurahan, for the place of the complaint.
        var places: [Place]
        /// The latest time received it accepts: now, in the browser's `datetime-local` form.
        var now: String
    }

    /// The intake form: everything `kbk complaint new` takes. The channel starts at WhatsApp, the
    /// office's main one; the time received at now (blank), which the store bounds as on the command line.
    static func intake(
        official: Official, token: String, choices: IntakeChoices, language: Language, base: String,
        refill: Refill? = nil
    ) -> HTML {
        let f = refill?.fields(for: "intake", language: language) ?? FormFields(language: language)
        let unitOptions = [("", "")] + choices.units.map { ($0.code, "\($0.name) (\($0.code))") }
        let categoryOptions =
            [("", Msg.webByKind(language))]
            + choices.categories.filter(\.isInUse).map { ($0.code, "\($0.name) (\($0.code))") }
        let topicOptions =
            [("", "")]
            + choices.topics.filter(\.isInUse).map { ($0.code, language == .id ? $0.name : $0.nameEnglish) }
        var fields = f.input("subject", Msg.labelSubject, required: true)
        fields += f.textarea("description", Msg.labelDescription, required: true)
        fields += f.choice(
            "channel", Msg.labelChannel, Channel.allCases.map { ($0.rawValue, $0.label(language)) },
            preselected: Channel.whatsapp.rawValue)
        fields += f.choice("kind", Msg.labelKind, ComplaintKind.allCases.map { ($0.rawValue, $0.label(language)) })
        fields += f.dateTime("received", Msg.webReceivedAt, max: choices.now)
        fields += f.choice("category", Msg.labelCategory, categoryOptions)
        fields += f.choice("topic", Msg.labelTopic, topicOptions)
        fields += f.choice("skpd", Msg.webHandOverOptional, unitOptions)
        fields += f.input("location", Msg.labelLocation)
        fields += WebPlaces.fields(f, places: choices.places)
        fields += f.input("external_ref", Msg.webExternalReference, placeholder: "LAPOR-4471021")
        fields += f.input("sop", Msg.webRelatedSOP)
        fields += WebAttachments.fields(f)
        fields += "<fieldset><legend>\(Msg.labelComplainant(language))</legend>"
        fields += f.input("name", Msg.labelName) + f.input("contact", Msg.labelContact)
        fields += f.checkbox("anonymous", Msg.webAnonymous) + f.checkbox("confidential", Msg.webConfidential)
        fields += "</fieldset>"
        // A WhatsApp chat pasted fills the form in, to be checked before it is sent.
        let paste = registryForm(
            "\(base)/intake", "whatsapp", Msg.webPasteWhatsApp,
            { $0.textarea("chat", Msg.webPasteHere, required: true) }, token: token, language: language,
            refill: refill)
        let body: HTML =
            paste + """
                <form method="post" action="\(base)/intake" class="action" enctype="multipart/form-data">
                <input type="hidden" name="csrf" value="\(token)">
                <input type="hidden" name="form_key" value="\(f.typed["form_key"] ?? IntakeKey().value)">
                \(f.formProblem())\(fields)
                <button type="submit">\(Msg.webLogComplaint(language))</button>
                </form>
                """
        return layout(
            Msg.webNewComplaint(language), body, language: language, base: base,
            official: official, refill: refill)
    }

    /// What the receipt of an intake shows besides the complaint: who received it and where it is followed.
    struct Receipt {
        var complaint: Complaint
        var trackingCode: String
        var unitName: String?
        var receivedBy: Official
        var document: ReportDocument
        /// The citizen's status page, when the web's address is known.
        var statusPage: String?
    }

    /// After intake: the printable receipt (tanda terima) under the letterhead, and the reply to
    /// copy into WhatsApp or an SMS. The tracking code is shown here once and nowhere else.
    static func logged(_ receipt: Receipt, official: Official, timeZone: UTCOffset, language: Language, base: String)
        -> HTML
    {
        let complaint = receipt.complaint
        func field(_ label: Text, _ value: String?) -> HTML {
            "<dt>\(label(language))</dt><dd>\(value ?? "-")</dd>"
        }
        var sheet = ReportHTML.letterhead(receipt.document)
        sheet += "<h2 class=\"sheet-title\">\(Msg.webReceiptTitle(language))</h2><dl class=\"fields\">"
        sheet += field(Msg.labelTicket, complaint.ticket.description)
        sheet += "<dt>\(Msg.webTrackingCode(language))</dt><dd><span class=\"code\">\(receipt.trackingCode)</span></dd>"
        sheet += field(Msg.labelReceived, LetterDates.deskInstant(complaint.receivedAt, timeZone, language))
        sheet += field(Msg.labelChannel, complaint.channel.label(language) + " / " + complaint.kind.label(language))
        sheet += field(Msg.labelSubject, complaint.subject)
        sheet += field(Msg.labelLocation, complaint.location)
        sheet += field(
            Msg.webHandedOverTo,
            complaint.unitCode.map { code in receipt.unitName.map { "\($0) (\(code))" } ?? code.value })
        sheet += field(
            Msg.webReceivedBy, receipt.receivedBy.name + (receipt.receivedBy.nip.map { " — NIP \($0)" } ?? ""))
        sheet += field(Msg.webFollowAt, receipt.statusPage ?? Msg.webFollowAtDesk(language))
        sheet += "</dl>"
        let reply = Msg.webReplyToCitizen(
            complaint.ticket.description, receipt.trackingCode, receipt.statusPage, receipt.document.organisation)(
                language)
        let body: HTML = """
            <section class="sheet">\(sheet)</section>
            <div class="noprint">
            <p class="notice">\(Msg.webGiveTheCode(language))</p>
            <p>\(Msg.webPrintHint(language))</p>
            <label for="reply">\(Msg.webReplyLabel(language))</label>
            <textarea id="reply" readonly rows="8">\(reply)</textarea>
            <p><a href="\(base)/complaint/\(complaint.ticket)">\
            \(Msg.webOpenComplaint(complaint.ticket.description)(language))</a>
            · <a href="\(base)/intake">\(Msg.webNewComplaint(language))</a></p>
            </div>
            """
        return layout(Msg.webComplaintLogged(language), body, language: language, base: base, official: official)
    }

    // MARK: Registry

    /// A table that becomes cards on a phone: each cell carries its column's name (`data-label`).
    static func table(_ headers: [Text], _ rows: [[HTML]], language: Language, kind: String? = nil) -> HTML {
        let labels = headers.map { $0(language) }
        let head = labels.map { "<th>\($0)</th>" as HTML }.joined()
        let body = rows.map { row in
            "<tr>" + zip(labels, row).map { "<td data-label=\"\($0)\">\($1)</td>" as HTML }.joined() + "</tr>" as HTML
        }.joined(separator: "\n")
        let classes = ["list"] + (kind.map { [$0] } ?? [])
        return
            "<table class=\"\(classes.joined(separator: " "))\"><thead><tr>\(head)</tr></thead><tbody>\n\(body)</tbody></table>"
    }

    /// The units, each linked to its page, and for an admin the form of `kbk skpd add`.
    static func units(
        _ units: [Unit], official: Official, token: String, language: Language, base: String, refill: Refill?
    ) -> HTML {
        let rows: [[HTML]] = units.map { unit in
            [
                "<a href=\"\(base)/unit/\(unit.code)\">\(unit.code)</a>", "\(unit.name)",
                "\(unit.kind.label(language))",
                "\(unit.parentCode)", "\(unit.headName)", "\(unit.staffCount.map(String.init))",
            ]
        }
        var body = table(
            [Msg.labelCode, Msg.labelName, Msg.labelKind, Msg.labelParent, Msg.labelHead, Msg.labelStaff], rows,
            language: language)
        if GuardedAction.manageRegistry.allows(official.role) {
            body += "<h2>\(Msg.webActions(language))</h2>"
            body += registryForm(
                "\(base)/units", "add", Msg.webAddUnit,
                {
                    $0.input("code", Msg.labelCode, required: true, placeholder: "DINKES")
                        + $0.input("name", Msg.labelName, required: true)
                        + $0.choice("kind", Msg.labelKind, UnitKind.allCases.map { ($0.rawValue, $0.label(language)) })
                        + $0.choice(
                            "parent", Msg.labelParent, [("", "-")] + units.map { ($0.code, "\($0.name) (\($0.code))") })
                        + $0.input("official_code", Msg.labelOfficialCode)
                        + $0.input("head_name", Msg.labelHead) + $0.input("head_nip", Msg.labelHeadNIP)
                        + $0.input("staff", Msg.labelStaff)
                }, token: token, language: language, refill: refill)
        }
        return layout(Msg.webUnits(language), body, language: language, base: base, official: official, refill: refill)
    }

    // MARK: Audit trail

    /// The latest entries of the audit trail, newest first, with its head, as `kbk audit` shows them.
    // MARK: Report

    /// The report form, offering the reports the official may read: `units`, and the whole
    /// government's when `wholeGovernment` (the store decides both).
    static func reportForm(
        units: [Unit], wholeGovernment: Bool, year: Int, official: Official, language: Language, base: String
    ) -> HTML {
        let whole: HTML =
            wholeGovernment ? "<option value=\"\">\(Msg.webWholeGovernment(language))</option>" : ""
        let unitOptions =
            whole + units.map { "<option value=\"\($0.code)\">\($0.code) — \($0.name)</option>" as HTML }.joined()
        let formats = [
            ("html", Msg.webFormatPage), ("summary", Msg.webFormatSummary), ("sheet", Msg.webFormatSheet),
            ("csv", Msg.webFormatCSV),
            ("json", Msg.webFormatJSON),
        ].map {
            "<option value=\"\($0.0)\">\($0.1(language))</option>" as HTML
        }.joined()
        let body: HTML = """
            <form method="get" action="\(base)/report" class="action">
            \(input("period", Msg.webPeriod, language, required: true, value: String(year), placeholder: "2026-Q3"))
            \(label("skpd", Msg.labelUnit, language))<select id="skpd" name="skpd">\(unitOptions)</select>
            \(label("format", Msg.webFormat, language))<select id="format" name="format">\(formats)</select>
            <button type="submit">\(Msg.webReport(language))</button>
            </form>
            """
        return layout(Msg.webReport(language), body, language: language, base: base, official: official)
    }
}
