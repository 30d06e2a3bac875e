import KBKDomain
import Testing

@testable import KBKStore

/// `web.url`: the address notices and receipts link to, kept so that `url + "/complaint/T"` is a link.
@Suite struct WebAddressTests {
    @Test func anAddressIsKeptWithoutItsTrailingSlash() throws {
        #expect(
            try WebAddress.parse("https://kbk.purbalinggakab.go.id/kbk/", field: "web.url")
                == "https://kbk.purbalinggakab.go.id/kbk")
        #expect(try WebAddress.parse(" HTTP://10.0.0.5:8080 ", field: "web.url") == "http://10.0.0.5:8080")
        #expect(try WebAddress.parse("", field: "web.url") == "")
    }

    @Test func anythingThatIsNotAPlainAddressIsRefusedByName() {
        for text in [
            "kbk.purbalinggakab.go.id", "javascript:alert(1)", "https://", "https://a b/", "https://x/?q=1",
            "https://x/#top", "https://user:pw@x/", "https://x/\"><script>", "ftp://x", "https://é.id",
            "https://" + String(repeating: "a", count: 200), "https://x.id:abc/kbk", "https://x.id:/kbk",
        ] {
            do {
                let kept = try WebAddress.parse(text, field: "web.url")
                Issue.record("'\(text)' was kept as '\(kept)'")
            } catch {
                guard case .malformed(let field, let value, _) = error else {
                    Issue.record("\(text): \(error)")
                    continue
                }
                #expect(field == "web.url" && value == text)
            }
        }
    }
}
