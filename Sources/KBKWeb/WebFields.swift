import KBKDomain
import KBKPresentation

/// A posted form shown again because its token had expired: which form (its action, the last part
/// of the path it posts to) and what was typed. The page holding that form fills it in and says
/// so; if the form is no longer offered there, the page lists what was typed instead.
final class Refill {
    let action: String
    let values: [String: String]
    private(set) var shown = false

    init(action: String, form: [String: String]) {
        self.action = action
        values = form.filter { $0.key != "csrf" }
    }

    /// What was typed into the form posting to `action`, nil for any other form.
    func values(for action: String) -> [String: String]? {
        guard action == self.action else { return nil }
        shown = true
        return values
    }

    /// The notice above the page, and, when the form was not on it, what was typed.
    func notice(_ language: Language) -> HTML {
        guard !shown else { return "<p class=\"notice\">\(Msg.webTokenExpired(language))</p>" }
        let typed = values.sorted { $0.key < $1.key }.map { "<dt>\($0.key)</dt><dd>\($0.value)</dd>" as HTML }
        return "<p class=\"notice\">\(Msg.webTokenExpiredGone(language))</p><dl class=\"fields\">"
            + typed.joined() + "</dl>"
    }
}

/// How the fields of one form are written: labels in the reader's language and, when the form is
/// shown again, what was typed.
struct FormFields {
    let language: Language
    var typed: [String: String] = [:]

    func label(_ name: String, _ text: Text) -> HTML {
        "<label for=\"\(name)\">\(text(language))</label>"
    }

    /// A one-line text field; never remembered by the browser, as it may hold a complainant's data.
    func input(
        _ name: String, _ text: Text, required: Bool = false, value: String = "", placeholder: String = ""
    ) -> HTML {
        let required: HTML = required ? " required" : ""
        return label(name, text) + """
            <input type="text" id="\(name)" name="\(name)" maxlength="\(TextRules.maxNameLength)" autocomplete="off" \
            value="\(typed[name] ?? value)" placeholder="\(placeholder)"\(required)>
            """
    }

    /// A long text; a newline opens the content, as HTML drops the first one.
    func textarea(_ name: String, _ text: Text, required: Bool = false) -> HTML {
        let content = typed[name].map { "\n\($0)" as HTML } ?? HTML()
        let required: HTML = required ? " required" : ""
        return label(name, text)
            + "<textarea id=\"\(name)\" name=\"\(name)\" maxlength=\"\(TextRules.maxLongTextLength)\"\(required)>\(content)</textarea>"
    }

    /// A choice among `pairs` (value, shown text); the typed value is selected again.
    func choice(_ name: String, _ text: Text, _ pairs: [(String, String)]) -> HTML {
        let options = pairs.map { value, shown -> HTML in
            let selected: HTML = typed[name] == value ? " selected" : ""
            return "<option value=\"\(value)\"\(selected)>\(shown)</option>"
        }
        return label(name, text) + "<select id=\"\(name)\" name=\"\(name)\">\(options.joined())</select>"
    }

    func number(_ name: String, _ text: Text, range: ClosedRange<Int>, required: Bool = false) -> HTML {
        let required: HTML = required ? " required" : ""
        return label(name, text) + """
            <input type="number" id="\(name)" name="\(name)" min="\(range.lowerBound)" \
            max="\(range.upperBound)" value="\(typed[name])"\(required)>
            """
    }

    /// A day, as the browser's date picker gives it (YYYY-MM-DD).
    func date(_ name: String, _ text: Text) -> HTML {
        label(name, text) + "<input type=\"date\" id=\"\(name)\" name=\"\(name)\" value=\"\(typed[name])\">"
    }

    /// A box ticked or not; ticked again when it was.
    func checkbox(_ name: String, _ text: Text) -> HTML {
        let checked: HTML = typed[name] != nil ? " checked" : ""
        return
            "<label class=\"check\"><input type=\"checkbox\" name=\"\(name)\" value=\"1\"\(checked)> \(text(language))</label>"
    }
}
