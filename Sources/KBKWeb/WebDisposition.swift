import KBKDomain
import KBKPresentation
import KBKStore

/// The disposition sheet (lembar disposisi): the complaint on one printable page for the paper
/// file, under the letterhead, with its hand-overs so far and room for the head's written instruction.
/// The complainant is not printed: a paper file travels further than the database's rights.
struct DispositionSheet {
    var complaint: Complaint
    var events: [ComplaintEvent]
    var unitNames: [String: String]
    var categoryName: String?
    /// Officials' names by login, for the hand-overs and the assignee.
    var officialNames: [String: String]
    var dueLines: [(label: Text, value: String)]
    var document: ReportDocument
}

extension KBKWeb {
    static func dispositionPage(_ ticketText: String, store: Store, official: Official, request: CGIRequest)
        throws -> CGIResponse
    {
        let complaint = try store.complaints.get(try Ticket.parse(ticketText))
        let events = try store.complaints.events(of: complaint)
        let logins = Set(
            events.compactMap(\.assignee) + events.map(\.actor) + [complaint.assignedTo?.value].compactMap { $0 })
        var officialNames: [String: String] = [:]
        for login in logins {
            if let known = try (try? Login(login)).flatMap({ try store.officials.find($0) }) {
                officialNames[login] = known.name
            }
        }
        let sheet = DispositionSheet(
            complaint: complaint, events: events,
            unitNames: Dictionary(
                uniqueKeysWithValues: try store.units.list(includeInactive: true, kind: nil, today: store.today).map {
                    ($0.code, $0.name)
                }),
            categoryName: try store.categories.list().first { $0.code == complaint.category.value }?.name,
            officialNames: officialNames,
            dueLines: ComplaintDueLines.lines(
                complaint, now: store.now, today: store.today, calendars: try store.holidays.unitCalendars(),
                timeZone: store.timeZone, language: request.language),
            document: try ReportDocument(settings: store.settings, signedOn: store.today))
        var page = CGIResponse.html(
            200,
            WebPages.disposition(
                sheet, timeZone: store.timeZone, official: official, language: request.language, base: request.base))
        page.allowImagesAsData()
        return page
    }
}

extension WebPages {
    static func disposition(
        _ sheet: DispositionSheet, timeZone: UTCOffset, official: Official, language: Language, base: String
    ) -> HTML {
        let complaint = sheet.complaint
        func field(_ label: Text, _ value: String?) -> HTML {
            "<dt>\(label(language))</dt><dd>\(value ?? "-")</dd>"
        }
        func unit(_ code: String?) -> String? {
            code.map { code in sheet.unitNames[code].map { "\($0) (\(code))" } ?? code }
        }
        func person(_ login: String?) -> String? {
            login.map { login in sheet.officialNames[login] ?? login }
        }
        var body = ReportHTML.letterhead(sheet.document)
        body += "<h2 class=\"sheet-title\">\(Msg.webDispositionTitle(language))</h2><dl class=\"fields\">"
        body += field(Msg.labelTicket, complaint.ticket.description)
        body += field(Msg.labelReceived, LetterDates.deskInstant(complaint.receivedAt, timeZone, language))
        body += field(Msg.labelChannel, complaint.channel.label(language) + " / " + complaint.kind.label(language))
        body += field(Msg.webExternalReference, complaint.externalReference)
        body += field(Msg.labelCategory, sheet.categoryName ?? complaint.category.value)
        body += field(Msg.labelSubject, complaint.subject)
        body += field(
            Msg.labelDescription,
            complaint.isDescriptionWithheld ? Msg.descriptionWithheld(language) : complaint.description)
        body += field(Msg.labelLocation, complaint.location)
        body += field(Msg.labelComplainant, Msg.webComplainantProtected(language))
        body += field(Msg.webHandedOverTo, unit(complaint.unitCode?.value))
        body += field(Msg.labelAssignedTo, person(complaint.assignedTo?.value))
        body += field(Msg.labelStatus, Msg.statusName(complaint.status)(language))
        for line in sheet.dueLines { body += field(line.label, line.value) }
        body += "</dl>"
        let handOvers: [ComplaintAction.Kind] = [.verify, .reassign, .assign, .forward, .extend, .hold, .resume]
        let rows: [[HTML]] = sheet.events.compactMap { event in
            guard let action = ComplaintAction.Kind(rawValue: event.action), handOvers.contains(action) else {
                return nil
            }
            let to =
                event.assignee.map { person($0) } ?? (event.unitAfter != event.unitBefore ? unit(event.unitAfter) : nil)
            return [
                "\(LetterDates.deskInstant(event.at, timeZone, language))", "\(person(event.actor))",
                "\(action.label(language))", "\(to)", "\(event.text)",
            ]
        }
        body += "<h3>\(Msg.webDispositionsSoFar(language))</h3>"
        body += table(
            [Msg.labelTime, Msg.webFrom, Msg.labelAction, Msg.webTo, Msg.labelNote], rows, language: language,
            kind: "events")
        body += "<h3>\(Msg.webDispositionInstruction(language))</h3><ul class=\"boxes\">"
        for choice in Msg.webDispositionChoices { body += "<li>☐ \(choice(language))</li>" }
        body += "</ul><div class=\"lines\"></div>"
        body += "<p class=\"sign\">\(Msg.webInitialAndDate(language))</p>"
        let open = Msg.webOpenComplaint(complaint.ticket.description)(language)
        let page: HTML = """
            <section class="sheet">\(body)</section>
            <p class="noprint">\(Msg.webPrintForTheFile(language)) \
            <a href="\(base)/complaint/\(complaint.ticket)">\(open)</a></p>
            """
        return layout(
            Msg.webDispositionTitle(language) + " " + complaint.ticket.description, page, language: language,
            base: base, official: official)
    }
}
