import KBKDomain
import KBKPresentation

/// A posted form shown again: because its token had expired, or because the store or a field's
/// rule refused it. It says which form (its action, the last part of the path it posts to), what
/// was typed and why it was not recorded. The page holding that form fills it in and puts the
/// reason next to the field it names (or atop the form); if the form is no longer offered there,
/// the page lists what was typed instead.
final class Refill {
    enum Reason {
        case tokenExpired
        /// Filled in for the official to check and send (a pasted WhatsApp chat read into the intake form).
        case prefilled
        /// Refused with this message; `field`, the form's field it is about, when it names one.
        case refused(Text, field: String?)
    }

    let action: String
    let values: [String: String]
    let reason: Reason
    private(set) var shown = false

    init(action: String, form: [String: String], reason: Reason = .tokenExpired) {
        self.action = action
        values = form.filter { $0.key != "csrf" }
        self.reason = reason
    }

    /// What was typed into the form posting to `action`, nil for any other form.
    func values(for action: String) -> [String: String]? {
        guard action == self.action else { return nil }
        shown = true
        return values
    }

    /// The fields of the form posting to `action`: what was typed and why it was refused when it is
    /// this one, empty otherwise.
    func fields(for action: String, language: Language) -> FormFields {
        guard let typed = values(for: action) else { return FormFields(language: language) }
        guard case .refused(let message, let field) = reason else {
            return FormFields(language: language, typed: typed)
        }
        return FormFields(language: language, typed: typed, problem: FormFields.Problem(field: field, message: message))
    }

    /// The notice above the page, and, when the form was not on it, what was typed.
    func notice(_ language: Language, listingTyped: Bool = true) -> HTML {
        let heading: HTML
        switch reason {
        case .prefilled:
            return "<p class=\"notice\">\(Msg.webPrefilledFromWhatsApp(language))</p>"
        case .tokenExpired:
            if shown { return "<p class=\"notice\">\(Msg.webTokenExpired(language))</p>" }
            heading = "<p class=\"notice\">\(Msg.webTokenExpiredGone(language))</p>"
        case .refused(let message, _):
            if shown { return "<p class=\"error\" role=\"alert\">\(Msg.webFormRefused(language))</p>" }
            heading = "<p class=\"error\" role=\"alert\">\(Msg.webNotRecorded(message(language))(language))</p>"
        }
        // A citizen's page names no field by its key, and never shows the tracking code again.
        if !listingTyped { return heading }
        let typed = values.sorted { $0.key < $1.key }.map { "<dt>\($0.key)</dt><dd>\($0.value)</dd>" as HTML }
        return heading + "<dl class=\"fields\">"
            + typed.joined() + "</dl>"
    }
}

/// How the fields of one form are written: labels in the reader's language and, when the form is
/// shown again, what was typed.
final class FormFields {
    /// Why the form was refused: the message goes next to `field` when the form has it, else atop the form.
    struct Problem {
        let field: String?
        let message: Text
    }

    let language: Language
    let typed: [String: String]
    let problem: Problem?
    /// What the fields' ids begin with, so that the forms of one page (each with its `reason`) have
    /// ids of their own for their labels and reasons.
    var idPrefix = ""
    /// Whether the problem was put next to one of the fields written so far.
    private(set) var problemShown = false

    init(language: Language, typed: [String: String] = [:], problem: Problem? = nil) {
        self.language = language
        self.typed = typed
        self.problem = problem
    }

    /// The id of the field `name` on its page.
    func id(_ name: String) -> String { idPrefix + name }

    /// The label of the field `name`, with the reason it was refused under it when it was.
    func label(_ name: String, _ text: Text) -> HTML {
        let label: HTML = "<label for=\"\(id(name))\">\(text(language))</label>"
        guard let problem, problem.field == name else { return label }
        problemShown = true
        return label + "<span class=\"field-error\" id=\"\(id(name))-error\">\(problem.message(language))</span>"
    }

    /// The attributes that tie a refused field to its reason, for screen readers.
    func invalid(_ name: String) -> HTML {
        guard let problem, problem.field == name else { return HTML() }
        return " aria-invalid=\"true\" aria-describedby=\"\(id(name))-error\""
    }

    /// Written after a form's fields: the reason atop the form when no field of it took it.
    func formProblem() -> HTML {
        guard let problem, !problemShown else { return HTML() }
        return "<p class=\"field-error\" role=\"alert\">\(problem.message(language))</p>"
    }

    /// A one-line text field; never remembered by the browser, as it may hold a complainant's data.
    func input(
        _ name: String, _ text: Text, required: Bool = false, value: String = "", placeholder: String = ""
    ) -> HTML {
        let required: HTML = required ? " required" : ""
        return label(name, text) + """
            <input type="text" id="\(id(name))" name="\(name)" maxlength="\(TextRules.maxNameLength)" \
            autocomplete="off" value="\(typed[name] ?? value)" placeholder="\(placeholder)"\(required)\(invalid(name))>
            """
    }

    /// A long text; a newline opens the content, as HTML drops the first one.
    func textarea(_ name: String, _ text: Text, required: Bool = false) -> HTML {
        let content = typed[name].map { "\n\($0)" as HTML } ?? HTML()
        let required: HTML = required ? " required" : ""
        return label(name, text)
            + "<textarea id=\"\(id(name))\" name=\"\(name)\" maxlength=\"\(TextRules.maxLongTextLength)\"\(required)\(invalid(name))>\(content)</textarea>"
    }

    /// A choice among `pairs` (value, shown text); the typed value is selected again, `preselected`
    /// when nothing was typed.
    func choice(_ name: String, _ text: Text, _ pairs: [(String, String)], preselected: String? = nil) -> HTML {
        let chosen = typed[name] ?? preselected
        let options = pairs.map { value, shown -> HTML in
            let selected: HTML = chosen == value ? " selected" : ""
            return "<option value=\"\(value)\"\(selected)>\(shown)</option>"
        }
        return label(name, text)
            + "<select id=\"\(id(name))\" name=\"\(name)\"\(invalid(name))>\(options.joined())</select>"
    }

    func number(_ name: String, _ text: Text, range: ClosedRange<Int>, required: Bool = false) -> HTML {
        let required: HTML = required ? " required" : ""
        return label(name, text) + """
            <input type="number" id="\(id(name))" name="\(name)" min="\(range.lowerBound)" \
            max="\(range.upperBound)" value="\(typed[name])"\(required)\(invalid(name))>
            """
    }

    /// A day, as the browser's date picker gives it (YYYY-MM-DD).
    func date(_ name: String, _ text: Text) -> HTML {
        label(name, text)
            + "<input type=\"date\" id=\"\(id(name))\" name=\"\(name)\" value=\"\(typed[name])\"\(invalid(name))>"
    }

    /// A moment of the office's day, as the browser's picker gives it (YYYY-MM-DDTHH:MM), no later than `max`.
    func dateTime(_ name: String, _ text: Text, max: String) -> HTML {
        label(name, text) + """
            <input type="datetime-local" id="\(id(name))" name="\(name)" max="\(max)" \
            value="\(typed[name])"\(invalid(name))>
            """
    }

    /// A box ticked or not; ticked again when it was.
    func checkbox(_ name: String, _ text: Text) -> HTML {
        let checked: HTML = typed[name] != nil ? " checked" : ""
        return
            "<label class=\"check\"><input type=\"checkbox\" name=\"\(name)\" value=\"1\"\(checked)> \(text(language))</label>"
    }
}

/// The fields of a search form sent by GET (a list's filters), as typed, read one by one with the
/// command line's parsers; a field that cannot be read keeps its reason, shown by the field.
struct QueryFields {
    private(set) var typed: [String: String] = [:]
    private(set) var problems: [String: Text] = [:]
    let timeZone: UTCOffset

    /// Keeps what was typed into `names` (blank is not typed).
    init(_ query: [String: String], names: [String], timeZone: UTCOffset) {
        self.timeZone = timeZone
        for name in names {
            if let value = query[name]?.trimmingWhitespace(), !value.isEmpty { typed[name] = value }
        }
    }

    /// The field `name` read by `parse`; nil when it was not typed or could not be read.
    mutating func read<Value>(_ name: String, _ parse: (String) throws -> Value) -> Value? {
        guard let text = typed[name] else { return nil }
        do {
            return try parse(text)
        } catch {
            problems[name] = WebMessages.withoutCommandHints(ErrorReport.classify(error, timeZone: timeZone).1)
            return nil
        }
    }

    /// Runs a check of the field `name`, keeping its error as the field's problem.
    mutating func check(_ name: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch {
            problems[name] = WebMessages.withoutCommandHints(ErrorReport.classify(error, timeZone: timeZone).1)
        }
    }

    /// The reason the field `name` could not be read, to show under it.
    func problem(_ name: String, _ language: Language) -> HTML {
        problems[name].map { "<p class=\"error\">\($0(language))</p>" } ?? HTML()
    }

    /// One cell of a search form: its control, then the reason it could not be read.
    func cell(_ control: HTML, _ name: String, _ language: Language) -> HTML {
        "<div>" + control + problem(name, language) + "</div>"
    }

    /// The query string of these fields with `extra` (a page, a format) after them.
    func link(_ names: [String], _ extra: [(String, String)]) -> String {
        CGIRequest.query(names.map { ($0, typed[$0] ?? "") } + extra)
    }
}
