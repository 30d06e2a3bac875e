import Foundation
import KBKTestSupport
import Testing

@testable import KBKPresentation

/// `HTML` escapes every interpolated text, keeps markup that is already `HTML`, and is the only way
/// the web pages and the printed report write markup.
@Suite struct HTMLBuilderTests {
    @Test func anInterpolatedTextIsEscaped() {
        let hostile = "<script>&\"'"
        let page: HTML = "<p title=\"\(hostile)\">\(hostile)</p>"
        #expect(
            page.markup == "<p title=\"&lt;script&gt;&amp;&quot;&#39;\">&lt;script&gt;&amp;&quot;&#39;</p>")
        #expect(HTML(text: hostile).markup == "&lt;script&gt;&amp;&quot;&#39;")
    }

    @Test func markupIsNotEscapedTwice() {
        let inner: HTML = "<b>\("x & y")</b>"
        let outer: HTML = "<p>\(inner)</p>"
        #expect(outer.markup == "<p><b>x &amp; y</b></p>")
        #expect((inner + "<br>" + HTML(text: "&")).markup == "<b>x &amp; y</b><br>&amp;")
        var built = HTML()
        built += inner
        #expect(built == inner)
    }

    @Test func nilIsEmptyAndANumberIsItsDigits() {
        let missing: String? = nil
        let present: String? = "a<b"
        let count: Int64 = -42
        let line: HTML = "<dd>\(missing)</dd><dd>\(present)</dd><dd>\(7)</dd><dd>\(count)</dd>"
        #expect(line.markup == "<dd></dd><dd>a&lt;b</dd><dd>7</dd><dd>-42</dd>")
        #expect(HTML.empty.isEmpty && HTML().markup.isEmpty)
    }

    @Test func piecesJoin() {
        let cells = ["a", "<b>", "c"].map { "<td>\($0)</td>" as HTML }
        #expect(cells.joined().markup == "<td>a</td><td>&lt;b&gt;</td><td>c</td>")
        #expect(cells.joined(separator: "\n").markup == "<td>a</td>\n<td>&lt;b&gt;</td>\n<td>c</td>")
        #expect([HTML]().joined(separator: ", ").isEmpty)
    }

    /// A text outside Latin script and emoji pass unchanged: only the five ASCII characters change.
    @Test func onlyTheFiveCharactersChange() {
        let text = "Jl. Merdeka — 5 °C, naïve 😀"
        #expect(HTML(text: text).markup == text)
    }

    /// No page escapes by hand any more: an `h(…)` or `escape(…)` left behind would mean markup built
    /// as a `String` somewhere, where one forgotten call lets a complainant's text become markup.
    @Test func noSourceEscapesByHand() throws {
        let sources = packageRoot().appendingPathComponent("Sources")
        let web = sources.appendingPathComponent("KBKWeb")
        var files = try FileManager.default.contentsOfDirectory(atPath: web.path).filter { $0.hasSuffix(".swift") }
            .map { web.appendingPathComponent($0) }
        files += ["ReportHTML.swift", "ReportDocument.swift"].map {
            sources.appendingPathComponent("KBKPresentation").appendingPathComponent($0)
        }
        #expect(files.count >= 9)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for call in Self.calls(of: ["h", "escape"], in: text) {
                Issue.record("\(file.lastPathComponent) calls \(call)(: build the markup as HTML instead")
            }
        }
    }

    /// The names in `names` that `text` calls: the name followed by `(`, not preceded by a letter,
    /// a digit or `_` (so `width(` is no call of `h`).
    static func calls(of names: [String], in text: String) -> [String] {
        let characters = Array(text.unicodeScalars)
        var found: [String] = []
        for name in names {
            let pattern = Array((name + "(").unicodeScalars)
            guard characters.count >= pattern.count else { continue }
            for start in 0...(characters.count - pattern.count)
            where characters[start..<start + pattern.count].elementsEqual(pattern) {
                let before = start > 0 ? characters[start - 1] : " "
                if !(before.properties.isAlphabetic || ("0"..."9").contains(before) || before == "_") {
                    found.append(name)
                }
            }
        }
        return found
    }

    @Test func theCallFinderSeesACallAndNothingElse() {
        #expect(Self.calls(of: ["h", "escape"], in: "x = h(a) + ReportHTML.escape(b)") == ["h", "escape"])
        #expect(Self.calls(of: ["h", "escape"], in: "width(1); with(2); unescape(3); h2(4)").isEmpty)
    }
}
