import Foundation
import KBKDigest
import KBKDomain
import KBKStore
import KBKTestSupport
import Testing

/// Issue 28: `org.logo` kept any text with `<svg` in it as an SVG, and the report embeds the logo
/// as a data URI: whoever opened that image on its own ran what it held. Each attack is played
/// with a real file through `kbk config set org.logo FILE`.
@Suite struct LogoAttackTests {
    static let svgOpen = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
    static let allowed =
        "allowed: PNG, JPEG, or SVG without scripts, event attributes or external references, at most 72 KiB"

    /// An attack: the file's name and bytes, and what the one-line refusal says was found.
    struct Attack: CustomTestStringConvertible, Sendable {
        let file: String
        let bytes: [UInt8]
        let found: String
        var testDescription: String { file }

        init(_ file: String, _ text: String, found: String) {
            self.init(file, Array(text.utf8), found: found)
        }

        init(_ file: String, _ bytes: [UInt8], found: String) {
            self.file = file
            self.bytes = bytes
            self.found = found
        }
    }

    static let attacks: [Attack] = [
        Attack(
            "onload.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><rect/></svg>",
            found: "found the event attribute onload"),
        Attack(
            "script.svg", svgOpen + "<rect/><script>fetch('/kbk?steal=' + document.cookie)</script></svg>",
            found: "found a <script> element"),
        Attack(
            "foreign.svg",
            svgOpen + "<foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\">Hai</body></foreignObject></svg>",
            found: "found a <foreignObject> element"),
        Attack(
            "xlink.svg", svgOpen + "<a xlink:href=\"http://evil.example/login\"><rect/></a></svg>",
            found: "found the external reference xlink:href=\"http://evil.example/login\""),
        Attack(
            "passwd.svg", svgOpen + "<image href=\"file:///etc/passwd\" width=\"9\" height=\"9\"/></svg>",
            found: "found the external reference href=\"file:///etc/passwd\""),
        Attack(
            "laughs.svg",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY lol \"lol\">\n"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
                + svgOpen + "<text>&lol2;</text></svg>",
            found: "found a DOCTYPE or entity declaration"),
        Attack(
            "xxe.svg",
            "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + svgOpen + "<text>&xxe;</text></svg>",
            found: "found a DOCTYPE or entity declaration"),
        // UTF-16 without a byte order mark: the parser reads it, a search of the bytes for "<!DOCTYPE" does not.
        Attack(
            "utf16.svg",
            Array("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"b\">]><svg/>".utf16).flatMap {
                [UInt8($0 & 0xFF), UInt8($0 >> 8)]
            }, found: "found an SVG that is not UTF-8"),
        Attack(
            "refresh.svg",
            svgOpen
                + "<h:meta xmlns:h=\"http://www.w3.org/1999/xhtml\" http-equiv=\"refresh\" content=\"0\"/></svg>",
            found: "found a <h:meta> element"),
        Attack(
            "tracker.svg", svgOpen + "<rect style=\"fill: url(http://evil.example/t.png)\"/></svg>",
            found: "found url(http://evil.example/t.png) in a style"),
        // Character references are read as a browser reads them: "u&#114;l(" is url(, "jav&#x61;script:" javascript:.
        Attack(
            "charref.svg", svgOpen + "<rect style=\"fill: u&#114;l(http://evil.example/t.png)\"/></svg>",
            found: "found url(http://evil.example/t.png) in a style"),
        Attack(
            "charref-style.svg", svgOpen + "<style>rect { fill: u&#x72;l(http://evil.example/t.png) }</style></svg>",
            found: "found url(http://evil.example/t.png) in a style"),
        Attack(
            "charref-href.svg", svgOpen + "<a xlink:href=\"jav&#x61;script:alert(1)\"><rect/></a></svg>",
            found: "found the external reference xlink:href=\"javascript:alert(1)\""),
        // A style inside a style ended the outer one's text, whose @import then went unread.
        Attack(
            "nested-style.svg", svgOpen + "<style><style>a{}</style>@import 'http://evil.example/a.css';</style></svg>",
            found: "found @import in a style"),
        Attack(
            "import.svg", svgOpen + "<style>@import 'http://evil.example/a.css';</style><rect/></svg>",
            found: "found @import in a style"),
        Attack(
            "escaped.svg", svgOpen + "<rect fill=\"\\75 rl(http://evil.example/t.png)\"/></svg>",
            found: "found a CSS escape (\\) in a style"),
        Attack(
            "animated.svg", svgOpen + "<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><rect/></a></svg>",
            found: "found an animation of href"),
        Attack(
            "stylesheet.svg", "<?xml-stylesheet href=\"http://evil.example/a.css\"?>" + svgOpen + "</svg>",
            found: "found the processing instruction <?xml-stylesheet?>"),
        Attack(
            "page.svg", "<html><body><p>Logo</p><svg xmlns=\"http://www.w3.org/2000/svg\"/></body></html>",
            found: "found the root element <html>, not <svg>"),
        Attack(
            "catatan.txt", "Catatan: logo baru menyusul <!-- <svg> -->\n",
            found: "found XML that is not well-formed, line 1"),
        Attack(
            "eighth.png", Array(TestImages.onePixelPNG.prefix(7)) + [0x0B] + TestImages.onePixelPNG.dropFirst(8),
            found: "found a broken PNG: its signature, IHDR or IEND chunk is wrong"),
        Attack(
            "truncated.jpg", Array(TestImages.onePixelJPEG.dropLast(2)),
            found: "found a broken JPEG: it must begin with FF D8 FF and end with FF D9"),
    ]

    /// A database with a logo set, to show that a refusal leaves it as it was.
    func databaseWithALogo(_ folder: TemporaryFolder) throws -> String {
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        let logo = folder.file("lambang.png")
        try Data(TestImages.onePixelPNG).write(to: URL(fileURLWithPath: logo))
        #expect(kbk(["--db", path, "config", "set", "org.logo", logo]).status == 0)
        return path
    }

    func logoSetting(_ path: String) -> String {
        let list = kbk(["--db", path, "config", "list", "--format", "csv"]).stdout
        return list.components(separatedBy: "\r\n").first { $0.hasPrefix("org.logo,") } ?? ""
    }

    @Test(arguments: attacks) func eachAttackIsRefusedInOneLineAndNothingChanges(_ attack: Attack) throws {
        let folder = TemporaryFolder()
        let path = try databaseWithALogo(folder)
        let file = folder.file(attack.file)
        try Data(attack.bytes).write(to: URL(fileURLWithPath: file))
        let before = snapshot(path)
        let refused = kbk(["--db", path, "--lang", "en", "config", "set", "org.logo", file])
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "Error: org.logo: \(file) is not a PNG, JPEG or safe SVG (\(attack.found)); \(Self.allowed)\n")
        #expect(refused.stdout.isEmpty)
        #expect(snapshot(path) == before)
        #expect(logoSetting(path) == "org.logo,\"image/png, \(TestImages.onePixelPNG.count) bytes\"")
    }

    /// The refusal in Indonesian names the same finding.
    @Test func theRefusalIsInTheOfficialsLanguage() throws {
        let folder = TemporaryFolder()
        let path = try databaseWithALogo(folder)
        let file = folder.file("skrip.svg")
        try (Self.svgOpen + "<script>alert(1)</script></svg>").write(toFile: file, atomically: true, encoding: .utf8)
        let refused = kbk(["--db", path, "--lang", "id", "config", "set", "org.logo", file])
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "Kesalahan: org.logo: \(file) bukan PNG, JPEG atau SVG yang aman (ditemukan elemen <script>); "
                + "yang diterima: PNG, JPEG, atau SVG tanpa skrip, atribut peristiwa maupun rujukan eksternal, "
                + "paling besar 72 KiB\n")
    }

    /// What a government's emblem is made of passes: an SVG with a gradient, a local `use`, an
    /// embedded PNG and editor metadata; a real PNG (also one of nearly 72 KiB) and a real JPEG.
    @Test func realLogosAreKept() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        let embedded = "data:image/png;base64," + Base64.encode(TestImages.onePixelPNG)
        let svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Lambang contoh -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                 xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 120 140"
                 inkscape:export-filename="C:\\Users\\desain\\lambang.png">
              <defs>
                <linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
                  <stop offset="0" stop-color="#1f5f3f"/><stop offset="1" stop-color="#c9a227"/>
                </linearGradient>
                <path id="shield" d="M60 4 L114 22 L110 82 Q104 118 60 136 Q16 118 10 82 L6 22 Z"/>
                <style><![CDATA[ .tepi { stroke: #c9a227; stroke-width: 6 } ]]></style>
              </defs>
              <use xlink:href="#shield" fill="url(#g)" class="tepi"/>
              <circle cx="60" cy="58" r="24" style="fill: url( '#g' ); opacity: 0.9"/>
              <image href="\(embedded)" x="50" y="50" width="20" height="20"/>
              <text x="60" y="122" font-family="sans-serif" text-anchor="middle">CONTOH &amp; 2026</text>
            </svg>

            """
        let images: [(name: String, bytes: [UInt8], type: String)] = [
            ("lambang.svg", Array(svg.utf8), "image/svg+xml"),
            ("lambang.png", TestImages.onePixelPNG, "image/png"),
            ("lambang-besar.png", TestImages.png(commentBytes: 70 * 1024), "image/png"),
            ("lambang.jpg", TestImages.onePixelJPEG, "image/jpeg"),
        ]
        for image in images {
            let file = folder.file(image.name)
            try Data(image.bytes).write(to: URL(fileURLWithPath: file))
            let set = kbk(["--db", path, "--lang", "en", "config", "set", "org.logo", file])
            #expect(set.status == 0, "\(image.name): \(set.stderr)")
            #expect(set.stdout == "Set org.logo to \(image.type), \(image.bytes.count) bytes.\n")
            #expect(logoSetting(path) == "org.logo,\"\(image.type), \(image.bytes.count) bytes\"")
        }
        // The example the documentation prints passes too.
        let example = packageRoot().appendingPathComponent("docs/img/lambang-contoh.svg").path
        #expect(kbk(["--db", path, "config", "set", "org.logo", example]).status == 0)
    }

    /// The images are what they claim: the PNG's CRCs are zlib's (the 1×1 PNG is byte for byte a
    /// known one), the JPEG has its markers.
    @Test func theTestImagesAreReal() {
        #expect(TestImages.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(
            TestImages.onePixelPNG.suffix(16) == [
                0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
            ])
        #expect(TestImages.onePixelJPEG.prefix(3) == [0xFF, 0xD8, 0xFF] && TestImages.onePixelJPEG.count == 141)
    }

    /// A data URI given as the setting's text (not a file) goes through the same check. Reading the
    /// setting back parses it with the same function, so a stored value that fails is not used.
    @Test func aDataURIIsCheckedLikeAFile() throws {
        func uri(_ type: String, _ text: String) -> String {
            "data:\(type);base64," + Base64.encode(Array(text.utf8))
        }
        func refusal(_ value: String, _ problem: LogoProblem) -> DomainError {
            .invalid(field: "org.logo", value: value, reason: .unsafeLogo(problem))
        }
        let script = uri("image/svg+xml", Self.svgOpen + "<script>alert(1)</script></svg>")
        #expect(throws: refusal(script, .element("script"))) { try Settings.Key.organisationLogo.parse(script) }
        let event = uri("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>")
        #expect(throws: refusal(event, .eventAttribute("onload"))) { try Settings.Key.organisationLogo.parse(event) }
        // Bytes that are not what the URI says, or not base64.
        let disguised = uri("image/png", Self.svgOpen + "</svg>")
        #expect(throws: DomainError.self) { try Settings.Key.organisationLogo.parse(disguised) }
        #expect(throws: DomainError.self) {
            try Settings.Key.organisationLogo.parse("data:image/png;base64,iVBORw0K=A")
        }
        let safe = uri("image/svg+xml", Self.svgOpen + "<rect fill=\"url(#g)\"/></svg>")
        #expect(try Settings.Key.organisationLogo.parse(safe) == .text(safe))
    }
}
