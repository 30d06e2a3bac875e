import KBKDomain
import KBKPresentation
import KBKStore

/// The page of what complaints are filed under (`/categories`): the deadline classes with their
/// working days and the topics, which every official reads, with the forms of `kbk category add`
/// and `edit` and `kbk topic add` and `edit` for the admins, through the same store calls (a
/// class's new days move the due dates of its open complaints there, as on the command line).
extension KBKWeb {
    static func categoriesPage(
        _ request: CGIRequest, store: Store, official: Official, now: Timestamp, refill: Refill? = nil
    ) throws -> CGIResponse {
        .html(
            200,
            WebPages.categories(
                // Without each topic's count, which reads every complaint (346 ms at 200,000 with 8
                // clients): `kbk topic list` and the report's topics give it.
                try store.categories.list(), topics: try store.topics.list(),
                token: GuardedAction.manageRegistry.allows(official.role)
                    ? try token(for: official, in: store, at: now) : nil,
                official: official, language: request.language, base: request.base, refill: refill))
    }

    static func categoryChange(_ action: String, form: [String: String], store: Store) throws {
        func days(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
            try form.filled(name).map { try EnteredValue.integer($0, field: name, in: range) }
        }
        // Days or hours for the first response, never both (as `--respond-days` and `--respond-hours`).
        func response() throws -> Deadlines.ResponseTarget? {
            let (dayCount, hourCount) = (
                try days("respond_days", in: Deadlines.dayRange), try days("respond_hours", in: Deadlines.hourRange)
            )
            if dayCount != nil, hourCount != nil {
                throw WebFailure(status: 400, message: Msg.webDaysOrHours, field: "respond_hours")
            }
            return hourCount.map { .hours($0) } ?? dayCount.map { .workingDays($0) }
        }
        switch action {
        case "add-category":
            var category = Category(
                code: try CategoryCode.parse(try form.requiredField("code")), name: try form.shortText("name"),
                deadlines: Deadlines(
                    verifyDays: try days("verify_days", in: Deadlines.dayRange) ?? Deadlines.defaultVerifyDays,
                    settleDays: try EnteredValue.integer(
                        try form.requiredField("settle_days"), field: "settle_days", in: Deadlines.dayRange)),
                source: try form.optionalShortText("source"),
                extensionDays: try days("extension_days", in: Category.extensionDayRange)
                    ?? ComplaintAction.extensionRange.upperBound)
            if let respond = try response() { category.deadlines.setResponse(respond) }
            _ = try store.write { try $0.categories.add(category) }
        case "edit-category":
            let code = try CategoryCode.parse(try form.requiredField("category"))
            var changes = CategoryChanges()
            changes.name = try form.optionalShortText("name")
            changes.source = try form.optionalShortText("source")
            changes.verifyDays = try days("verify_days", in: Deadlines.dayRange)
            changes.response = try response()
            changes.settleDays = try days("settle_days", in: Deadlines.dayRange)
            changes.extensionDays = try days("extension_days", in: Category.extensionDayRange)
            let replacement = try form.filled("replaced_by").map { try CategoryCode.parse($0) }
            switch try form.filled("use").map({ (text: String) throws(DomainError) in
                try parseChoice(text, field: "use") as CategoryUse
            }) {
            case .inUse?: changes.use = .takeUp
            case .retired?: changes.use = .retire(replacedBy: replacement)
            case nil: break
            }
            if replacement != nil, changes.use != .retire(replacedBy: replacement) {
                throw WebFailure(status: 400, message: Msg.webReplacementNeedsRetiring, field: "replaced_by")
            }
            _ = try store.write { try $0.categories.edit(code, changes) }
        case "add-topic":
            let topic = Topic(
                code: try Topic.parseCode(try form.requiredField("code")), name: try form.shortText("name"),
                nameEnglish: try form.shortText("name_en"), laporCategory: try form.shortText("lapor_category"))
            _ = try store.write { try $0.topics.add(topic) }
        case "edit-topic":
            let code = try Topic.parseCode(try form.requiredField("topic"))
            let name = try form.optionalShortText("name")
            let nameEnglish = try form.optionalShortText("name_en")
            let laporCategory = try form.optionalShortText("lapor_category")
            let use = try form.filled("use").map { (text: String) throws(DomainError) in
                try parseChoice(text, field: "use") as CategoryUse
            }
            _ = try store.write {
                try $0.topics.edit(code) { topic in
                    if let name { topic.name = name }
                    if let nameEnglish { topic.nameEnglish = nameEnglish }
                    if let laporCategory { topic.laporCategory = laporCategory }
                    if let use { topic.isInUse = use == .inUse }
                }
            }
        default:
            throw notFound
        }
    }
}

/// Whether a class or a topic is taken up for new complaints or retired (kept for the old ones).
enum CategoryUse: String, CaseIterable {
    case inUse = "in-use"
    case retired

    func label(_ language: Language) -> String {
        switch self {
        case .inUse: Msg.categoryInUseShort(language)
        case .retired: Msg.categoryNotInUseShort(language)
        }
    }
}

extension WebPages {
    static func categories(
        _ categories: [Category], topics: [Topic], token: String?, official: Official,
        language: Language, base: String, refill: Refill?
    ) -> HTML {
        var body: HTML = "<h2>\(Msg.webDeadlineClasses(language))</h2>"
        body += table(
            [
                Msg.labelCode, Msg.labelName, Msg.labelVerifyDays, Msg.labelRespondDays, Msg.labelSettleDays,
                Msg.labelExtensionDays, Msg.labelInUse, Msg.labelSource,
            ],
            categories.map { category in
                let deadlines = category.deadlines
                return [
                    "\(category.code)", "\(category.name)", "\(deadlines.verifyDays)",
                    "\(deadlines.respondHours.map { Msg.hoursShort($0)(language) } ?? String(deadlines.respondDays))",
                    "\(deadlines.settleDays)", "\(category.extensionDays)",
                    "\((category.isInUse ? Msg.categoryInUseShort : category.replacedBy.map(Msg.replacedByShort) ?? Msg.categoryNotInUseShort)(language))",
                    "\(category.source ?? "-")",
                ]
            }, language: language)
        body += "<h2>\(Msg.webTopics(language))</h2>"
        body += table(
            [Msg.labelCode, Msg.labelName, Msg.webLaporCategory, Msg.labelInUse],
            topics.map { topic in
                [
                    "\(topic.code)", "\(language == .en ? topic.nameEnglish : topic.name)", "\(topic.laporCategory)",
                    "\((topic.isInUse ? Msg.categoryInUseShort : Msg.categoryNotInUseShort)(language))",
                ]
            }, language: language)
        if let token {
            let path = "\(base)/categories"
            let uses = [("", "-")] + CategoryUse.allCases.map { ($0.rawValue, $0.label(language)) }
            func form(_ action: String, _ title: Text, _ fields: (FormFields) -> HTML) -> HTML {
                registryForm(path, action, title, fields, token: token, language: language, refill: refill)
            }
            func deadlineFields(_ f: FormFields, settleRequired: Bool) -> HTML {
                f.number("verify_days", Msg.labelVerifyDays, range: Deadlines.dayRange)
                    + f.number("respond_days", Msg.labelRespondDays, range: Deadlines.dayRange)
                    + f.number("respond_hours", Msg.labelRespondHours, range: Deadlines.hourRange)
                    + f.number("settle_days", Msg.labelSettleDays, range: Deadlines.dayRange, required: settleRequired)
                    + f.number("extension_days", Msg.labelExtensionDays, range: Category.extensionDayRange)
                    + f.input("source", Msg.labelSource)
            }
            body += "<h2>\(Msg.webActions(language))</h2>"
            body += form("add-category", Msg.webAddCategory) {
                $0.input("code", Msg.labelCode, required: true, placeholder: "perizinan")
                    + $0.input("name", Msg.labelName, required: true) + deadlineFields($0, settleRequired: true)
            }
            body += form("edit-category", Msg.webEditCategory) {
                $0.choice("category", Msg.labelCode, categories.map { ($0.code, "\($0.name) (\($0.code))") })
                    + "<p class=\"hint\">\(Msg.webBlankKeeps(language))</p>"
                    + $0.input("name", Msg.labelName) + deadlineFields($0, settleRequired: false)
                    + $0.choice("use", Msg.labelInUse, uses)
                    + $0.choice(
                        "replaced_by", Msg.labelReplacedBy,
                        [("", "-")] + categories.filter(\.isInUse).map { ($0.code, $0.name) })
            }
            body += form("add-topic", Msg.webAddTopic) {
                $0.input("code", Msg.labelCode, required: true, placeholder: "pju-rusak")
                    + $0.input("name", Msg.labelName, required: true)
                    + $0.input("name_en", Msg.webNameEnglish, required: true)
                    + $0.input("lapor_category", Msg.webLaporCategory, required: true, placeholder: "Infrastruktur")
            }
            body += form("edit-topic", Msg.webEditTopic) {
                $0.choice("topic", Msg.labelCode, topics.map { ($0.code, "\($0.name) (\($0.code))") })
                    + "<p class=\"hint\">\(Msg.webBlankKeeps(language))</p>"
                    + $0.input("name", Msg.labelName) + $0.input("name_en", Msg.webNameEnglish)
                    + $0.input("lapor_category", Msg.webLaporCategory) + $0.choice("use", Msg.labelInUse, uses)
            }
        }
        return layout(
            Msg.webCategories(language), body, language: language, base: base, official: official, refill: refill)
    }
}
