import KBKDomain
import KBKPresentation
import KBKStore

/// The action forms of a complaint page, and the requests their posts make. A form is offered when
/// the life cycle allows the action and the official's role holds its right; the store decides
/// again on the post (scope, assignment), so the page only saves a refusal, never grants anything.
enum WebForms {
    /// The actions a form exists for, in the order the page shows them.
    static let offered: [ComplaintAction.Kind] = [
        .verify, .assign, .respond, .note, .hold, .resume, .resolve, .reopen, .close, .extend, .forward, .reassign,
        .reject, .edit,
    ]

    /// A representative request of each action: the rights table is keyed by request.
    static func sample(_ action: ComplaintAction.Kind) -> ComplaintAction? {
        guard let unit = try? UnitCode("SAMPLE"), let login = try? Login("sample") else { return nil }
        return switch action {
        case .verify: .verify(unit: unit, category: nil)
        case .reassign: .reassign(to: unit, reason: "")
        case .respond: .respond("")
        case .note: .note("")
        case .hold: .hold(reason: "")
        case .resume: .resume
        case .resolve: .resolve("")
        case .reopen: .reopen(reason: "")
        case .close: .close(rating: nil, comment: nil)
        case .reject: .reject(.invalid, message: nil)
        case .assign: .assign(to: login, note: nil)
        case .extend: .extend(workingDays: 1, reason: "")
        case .forward: .forward(agency: "", reason: "", reference: nil)
        case .edit: .correct(.subject(""), reason: "")
        case .receive, .escalate: nil
        }
    }

    static func forms(
        for complaint: Complaint, official: Official, token: String, units: [Unit], categories: [Category],
        assignees: [Official], language: Language, base: String, refill: Refill? = nil
    ) -> HTML {
        let allowed = Set(ComplaintLifecycle.allowed(from: complaint.status))
        var out = HTML()
        for action in offered where allowed.contains(action) {
            guard let sample = sample(action), sample.guardedAction(on: complaint).allows(official.role) else {
                continue
            }
            let fields = refill?.fields(for: action.rawValue, language: language) ?? FormFields(language: language)
            // The page holds up to a dozen forms, several with a `reason`: each field's id names its form.
            fields.idPrefix = "\(action.rawValue)-"
            out += form(
                action, complaint: complaint, token: token, units: units, categories: categories,
                assignees: assignees, fields: fields, base: base)
        }
        return out
    }

    static let reasonLabel = Text(en: "Reason", id: "Alasan")
    static let messageLabel = Text(en: "Message (public)", id: "Pesan (publik)")

    /// One action's form; `fields` holds what was typed when it is shown again.
    static func form(
        _ action: ComplaintAction.Kind, complaint: Complaint, token: String, units: [Unit], categories: [Category],
        assignees: [Official], fields f: FormFields, base: String
    ) -> HTML {
        let language = f.language
        let unitOptions = units.map { ($0.code, "\($0.code) — \($0.name)") }
        let fields: HTML
        switch action {
        case .verify:
            fields =
                f.choice("skpd", Msg.labelUnit, unitOptions)
                + f.choice(
                    "category", Msg.labelCategory,
                    [("", "")] + categories.filter(\.isInUse).map { ($0.code, "\($0.name) (\($0.code))") })
        case .reassign:
            fields = f.choice("skpd", Msg.labelUnit, unitOptions) + f.input("reason", reasonLabel, required: true)
        case .assign:
            // The unit's active officials to pick from; the store checks the pick again.
            guard !assignees.isEmpty else { return HTML() }
            fields =
                f.choice(
                    "to", Text(en: "Official", id: "Pegawai"),
                    assignees.map { ($0.login, "\($0.name) (\($0.role.label(language)))") })
                + f.input("note", Text(en: "Note", id: "Catatan"))
        case .respond, .resolve:
            fields = f.textarea("message", messageLabel, required: true) + WebAttachments.fields(f)
        case .note:
            fields =
                f.textarea("message", Text(en: "Internal note", id: "Catatan internal"), required: true)
                + WebAttachments.fields(f)
        case .hold:
            fields =
                f.choice(
                    "awaiting", Text(en: "Waiting for", id: "Menunggu"),
                    [("", "")] + HoldAwaiting.allCases.map { ($0.rawValue, Msg.awaitingName($0)(language)) })
                + f.input("reason", reasonLabel, required: true)
        case .reopen:
            fields = f.input("reason", reasonLabel, required: true)
        case .resume:
            fields = HTML()
        case .close:
            fields =
                f.choice("rating", Msg.labelRating, [("", "")] + (1...4).map { (String($0), String($0)) })
                + f.textarea("comment", Text(en: "Comment", id: "Komentar"))
        case .reject:
            fields =
                f.choice("reason", reasonLabel, RejectionReason.allCases.map { ($0.rawValue, $0.label(language)) })
                + f.textarea("message", messageLabel)
        case .extend:
            // As many working days as the complaint's class allows (none: no form).
            guard let range = categories.first(where: { $0.code == complaint.category.value })?.extensionRange else {
                return HTML()
            }
            fields =
                f.number("working_days", Text(en: "Working days", id: "Hari kerja"), range: range, required: true)
                + f.input("reason", reasonLabel, required: true)
        case .forward:
            fields =
                f.input("agency", Text(en: "Agency", id: "Instansi"), required: true)
                + f.input("reason", reasonLabel, required: true)
                + f.input("reference", Text(en: "Its reference", id: "Nomor rujukannya"))
        case .edit:
            fields =
                f.choice(
                    "field", Text(en: "Field", id: "Kolom"),
                    [
                        (CorrectableField.subject, Msg.labelSubject), (.description, Msg.labelDescription),
                        (.location, Msg.labelLocation),
                    ].map { ($0.0.rawValue, $0.1(language)) })
                + f.textarea("value", Text(en: "Right value", id: "Nilai yang benar"))
                + f.input("reason", reasonLabel, required: true)
        case .receive, .escalate:
            return HTML()
        }
        let title = Msg.actionName(action)(language)
        let enctype: HTML = WebAttachments.carriedBy.contains(action) ? " enctype=\"multipart/form-data\"" : ""
        return """
            <form method="post" action="\(base)/complaint/\(complaint.ticket)/\(action.rawValue)" \
            class="action"\(enctype)>
            <h3>\(title)</h3><input type="hidden" name="csrf" value="\(token)">\(f.formProblem())\(fields)
            <button type="submit">\(title)</button></form>

            """
    }

    /// The request a posted form makes; a missing or bad field is a 400 naming it.
    static func request(_ action: ComplaintAction.Kind, _ form: [String: String]) throws -> ComplaintAction {
        switch action {
        case .verify:
            return .verify(
                unit: try UnitCode(try form.requiredField("skpd")),
                category: try form.filled("category").map(CategoryCode.init))
        case .reassign:
            return .reassign(to: try UnitCode(try form.requiredField("skpd")), reason: try form.shortText("reason"))
        case .assign:
            return .assign(to: try Login(try form.requiredField("to")), note: try form.optionalShortText("note"))
        case .respond: return .respond(try form.longText("message"))
        case .resolve: return .resolve(try form.longText("message"))
        case .note: return .note(try form.longText("message"))
        case .hold:
            let typed = try form.shortText("reason")
            let awaiting = try form.filled("awaiting").map { (t: String) throws(DomainError) in
                try parseChoice(t, field: "awaiting") as HoldAwaiting
            }
            return .hold(reason: awaiting.map { $0.reason(typed) } ?? typed)
        case .reopen: return .reopen(reason: try form.shortText("reason"))
        case .resume: return .resume
        case .close:
            let rating = try form.filled("rating").map { (t: String) throws(DomainError) in
                try EnteredValue.integer(t, field: "rating", in: Complaint.ratingRange)
            }
            return .close(
                rating: rating, comment: try form.optionalLongText("comment"))
        case .reject:
            let reason: RejectionReason = try parseChoice(try form.requiredField("reason"), field: "reason")
            return .reject(
                reason, message: try form.optionalLongText("message"))
        case .extend:
            let days = try EnteredValue.integer(
                try form.requiredField("working_days"), field: "working_days", in: ComplaintAction.extensionRange)
            return .extend(workingDays: days, reason: try form.shortText("reason"))
        case .forward:
            return .forward(
                agency: try form.shortText("agency"), reason: try form.shortText("reason"),
                reference: try form.optionalShortText("reference"))
        case .edit:
            let field: CorrectableField = try parseChoice(try form.requiredField("field"), field: "field")
            let correction: Correction =
                switch field {
                case .subject: .subject(try form.shortText("value"))
                case .description: .description(try form.longText("value"))
                case .location: .location(try form.optionalShortText("value"))
                default:
                    throw WebFailure(
                        status: 400,
                        message: Text(
                            en: "the web form corrects subject, description and location; use kbk complaint edit",
                            id: "formulir web mengoreksi pokok, isi dan lokasi; pakai kbk complaint edit"))
                }
            return .correct(correction, reason: try form.shortText("reason"))
        case .receive, .escalate:
            throw WebFailure(status: 404, message: Text(en: "no such action", id: "tindakan tidak dikenal"))
        }
    }
}
