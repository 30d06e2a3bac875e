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

    /// The notice above the page, and, when the form was not on it, what was typed (escaped).
    func notice(_ language: Language) -> String {
        let h = WebPages.h
        guard !shown else { return "<p class=\"notice\">\(h(Msg.webTokenExpired(language)))</p>" }
        let typed = values.sorted { $0.key < $1.key }.map { "<dt>\(h($0.key))</dt><dd>\(h($0.value))</dd>" }
        return "<p class=\"notice\">\(h(Msg.webTokenExpiredGone(language)))</p><dl class=\"fields\">"
            + typed.joined() + "</dl>"
    }
}

/// How the fields of one form are written: labels in the reader's language and, when the form is
/// shown again, what was typed, escaped where it is written as every text is.
struct FormFields {
    let language: Language
    var typed: [String: String] = [:]

    static func h(_ text: String?) -> String { WebPages.h(text) }

    func label(_ name: String, _ text: Text) -> String {
        "<label for=\"\(name)\">\(FormFields.h(text(language)))</label>"
    }

    /// A one-line text field; never remembered by the browser, as it may hold a complainant's data.
    func input(
        _ name: String, _ text: Text, required: Bool = false, value: String = "", placeholder: String = ""
    ) -> String {
        label(name, text)
            + "<input type=\"text\" id=\"\(name)\" name=\"\(name)\" maxlength=\"200\" autocomplete=\"off\""
            + " value=\"\(FormFields.h(typed[name] ?? value))\" placeholder=\"\(FormFields.h(placeholder))\""
            + (required ? " required>" : ">")
    }

    /// A long text; a newline opens the content, as HTML drops the first one.
    func textarea(_ name: String, _ text: Text, required: Bool = false) -> String {
        let content = typed[name].map { "\n" + FormFields.h($0) } ?? ""
        return label(name, text)
            + "<textarea id=\"\(name)\" name=\"\(name)\"\(required ? " required" : "")>\(content)</textarea>"
    }

    /// A choice among `pairs` (value, shown text); the typed value is selected again.
    func choice(_ name: String, _ text: Text, _ pairs: [(String, String)]) -> String {
        let options = pairs.map {
            "<option value=\"\(FormFields.h($0.0))\"\(typed[name] == $0.0 ? " selected" : "")>\(FormFields.h($0.1))</option>"
        }
        return label(name, text) + "<select id=\"\(name)\" name=\"\(name)\">" + options.joined() + "</select>"
    }

    func number(_ name: String, _ text: Text, range: ClosedRange<Int>, required: Bool = false) -> String {
        label(name, text)
            + "<input type=\"number\" id=\"\(name)\" name=\"\(name)\" min=\"\(range.lowerBound)\""
            + " max=\"\(range.upperBound)\" value=\"\(FormFields.h(typed[name]))\"\(required ? " required" : "")>"
    }
}
