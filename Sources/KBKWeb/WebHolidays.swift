import KBKDomain
import KBKPresentation
import KBKStore

/// The working calendar's page (`/holidays?year=YYYY`): the days off of a year, which every
/// official reads, with the forms of `kbk holiday add` and `remove` for those who keep the
/// registry, through the same store calls (which move the deadlines they touch).
extension KBKWeb {
    static func holidaysPage(
        _ request: CGIRequest, store: Store, official: Official, now: Timestamp, refill: Refill? = nil
    ) throws -> CGIResponse {
        let year = try yearAsked(request, today: store.today)
        return .html(
            200,
            WebPages.holidays(
                try store.holidays.list(year: year), year: year,
                token: GuardedAction.manageRegistry.allows(official.role)
                    ? try token(for: official, in: store, at: now) : nil,
                official: official, language: request.language, base: request.base, refill: refill))
    }

    static func holidayChange(_ action: String, form: [String: String], store: Store) throws -> Int {
        switch action {
        case "add":
            let holiday = Holiday(
                date: try form.date("date"), name: try form.shortText("name"),
                kind: try HolidayKind.parse(form.filled("kind") ?? HolidayKind.local.rawValue),
                source: try form.optionalShortText("source"))
            _ = try store.write { try $0.holidays.add(holiday) }
            return holiday.date.year
        case "remove":
            let date = try form.date("date")
            _ = try store.write { try $0.holidays.remove(date, reason: try form.optionalShortText("reason")) }
            return date.year
        default:
            throw notFound
        }
    }
}

extension WebPages {
    static func holidays(
        _ holidays: [Holiday], year: Int, token: String?, official: Official, language: Language, base: String,
        refill: Refill?
    ) -> HTML {
        let path = "\(base)/holidays"
        var body: HTML = "<p class=\"pager\">"
        body += "<a href=\"\(path)?year=\(year - 1)\">\(year - 1)</a> <strong>\(year)</strong> "
        body += "<a href=\"\(path)?year=\(year + 1)\">\(year + 1)</a></p>"
        body += table(
            [Msg.labelDate, Msg.labelName, Msg.labelKind, Msg.webSource],
            holidays.map {
                [
                    "\(LetterDates.deskDate($0.date, language))", "\($0.name)", "\($0.kind.label(language))",
                    "\($0.source)",
                ]
            }, language: language)
        guard let token else {
            return layout(Msg.webHolidays(language), body, language: language, base: base, official: official)
        }
        body += "<h2>\(Msg.webActions(language))</h2>"
        body += registryForm(
            path, "add", Msg.webAddHoliday,
            {
                $0.date("date", Msg.labelDate) + $0.input("name", Msg.labelName, required: true)
                    + $0.choice(
                        "kind", Msg.labelKind, HolidayKind.allCases.map { ($0.rawValue, $0.label(language)) },
                        preselected: HolidayKind.local.rawValue)
                    + $0.input("source", Msg.webSource, placeholder: "SKB …/2027")
            }, token: token, language: language, refill: refill)
        if !holidays.isEmpty {
            body += registryForm(
                path, "remove", Msg.webRemoveHoliday,
                {
                    $0.choice(
                        "date", Msg.labelDate,
                        holidays.map {
                            ($0.date.description, "\(LetterDates.deskDate($0.date, language)) — \($0.name)")
                        })
                        + $0.input("reason", WebForms.reasonLabel)
                }, token: token, language: language, refill: refill)
        }
        return layout(
            Msg.webHolidays(language), body, language: language, base: base, official: official, refill: refill)
    }
}
