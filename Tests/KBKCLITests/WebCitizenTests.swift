import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The citizen's public pages through kbk-web's CGI interface: filing a complaint without a login,
/// and replying, objecting and rating on the status page with the ticket and tracking code. Each
/// post is bound to the browser's cookie, caught by the hidden field when a robot fills it, and
/// limited per network address; a refused post writes nothing and keeps what was typed.
@Suite struct WebCitizenTests {
    let world: WebTests.World

    init() throws {
        world = try WebTests.World()
    }

    /// A browser's visit to a public page: the page, and the cookie it set.
    func visit(
        _ path: String, query: String = "", cookie: String? = nil, language: String = "id",
        now: String = "2026-11-03T09:00:00+07:00"
    ) throws -> (body: String, cookie: String) {
        let page = world.request("GET", path, user: nil, query: query, language: language, now: now, cookie: cookie)
        #expect(page.status == 200, "\(page.body)")
        if let cookie { return (page.body, cookie) }
        let header = try #require(page.headers["Set-Cookie"])
        #expect(header.contains("HttpOnly") && header.contains("SameSite=Strict") && header.contains("Path=/kbk"))
        return (page.body, String(header.prefix { $0 != ";" }))
    }

    func hidden(_ name: String, in page: String) -> String? {
        guard let range = page.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The public form posted as a browser would, after opening it.
    func file(
        _ fields: [(String, String)], address: String = "192.0.2.10", now: String = "2026-11-03T09:00:00+07:00"
    ) throws -> WebTests.Response {
        let (page, cookie) = try visit("/status/new")
        // What the page gives, unless the test types its own (a form keeps a name's first value).
        let given = [
            ("csrf", hidden("csrf", in: page) ?? ""), ("form_key", hidden("form_key", in: page) ?? ""),
            ("homepage", ""),
        ].filter { field in !fields.contains { $0.0 == field.0 } }
        return world.request(
            "POST", "/status/new", user: nil, form: fields + given, now: now, cookie: cookie, address: address)
    }

    static let complaint = [
        ("subject", "Lampu jalan padam"), ("description", "Sudah seminggu padam di depan balai desa"),
        ("name", "Siti Aminah"), ("contact", "081234567890"),
    ]

    func complaintCount() throws -> Int {
        Int(
            try runProcess("/usr/bin/sqlite3", [world.path, "SELECT count(*) FROM complaint"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    func code(in page: String) throws -> String {
        try #require(
            page.range(of: #"[2-9A-HJ-KM-NP-Z]{5}-[2-9A-HJ-KM-NP-Z]{5}"#, options: .regularExpression).map {
                String(page[$0])
            })
    }

    @Test func aCitizenFilesWithoutALoginAndTheComplaintWaitsAtTheDeskAsTheirs() throws {
        let (form, _) = try visit("/status/new")
        #expect(form.contains("Sampaikan pengaduan") && form.contains("enctype=\"multipart/form-data\""))
        // The hidden field is there for robots, out of people's sight and reach.
        #expect(form.contains("class=\"trap\" aria-hidden=\"true\"") && form.contains("tabindex=\"-1\""))
        // The status page leads to it.
        #expect(try visit("/status").body.contains("href=\"/kbk/status/new\""))

        let filed = try file(Self.complaint)
        #expect(filed.status == 200, "\(filed.body)")
        #expect(filed.body.contains("Pengaduan Anda sudah diterima") && filed.body.contains("ADU-2026-00001"))
        let code = try code(in: filed.body)
        #expect(filed.body.contains("/kbk/status?ticket=ADU-2026-00001&amp;code=\(code)"))

        // On the coordinator's desk, unverified, from the website, and the audit trail names the citizen.
        let shown = kbk(["--db", world.path, "complaint", "show", "ADU-2026-00001", "--format", "json"]).stdout
        #expect(shown.contains("\"status\" : \"received\"") || shown.contains("\"status\": \"received\""), "\(shown)")
        #expect(shown.contains("\"channel\" : \"website\"") || shown.contains("\"channel\": \"website\""))
        let audit = kbk(["--db", world.path, "audit", "--format", "csv"]).stdout
        #expect(audit.contains("warga:web"), "\(audit)")
        #expect(kbk(["--db", world.path, "check"]).status == 0)

        // With the code, the citizen replies; the reply is theirs on the page and the desk's to read.
        let status = try visit("/status", query: "ticket=ADU-2026-00001&code=\(code)")
        #expect(status.body.contains("Balas kepada petugas"))
        #expect(!status.body.contains("Ajukan keberatan"), "nothing to object to before a resolution")
        let reply = world.request(
            "POST", "/status/reply", user: nil,
            form: [
                ("csrf", hidden("csrf", in: status.body) ?? ""), ("ticket", "ADU-2026-00001"), ("code", code),
                ("message", "Lokasinya di RT 02 RW 03"), ("homepage", ""),
            ], cookie: status.cookie)
        #expect(reply.status == 303, "\(reply.body)")
        let location = try #require(reply.headers["Location"])
        #expect(location.hasPrefix("/kbk/status?ticket=ADU-2026-00001&code=") && location.hasSuffix("&done=reply"))
        let after = try visit(
            "/status", query: String(location.drop { $0 != "?" }.dropFirst()), cookie: status.cookie)
        #expect(after.body.contains("Terkirim. Terima kasih."))
        #expect(after.body.contains("— Anda<br>Lokasinya di RT 02 RW 03"), "\(after.body)")
        let desk = world.request("GET", "/complaint/ADU-2026-00001", user: "koord").body
        #expect(desk.contains("Lokasinya di RT 02 RW 03") && desk.contains("warga:web"))
    }

    /// Behind a server that ends TLS in front of kbk (no HTTPS=on), the government's https address
    /// still keeps the cookie to TLS.
    @Test func theCookieIsSecureWhenTheSiteIsHTTPS() throws {
        #expect(
            !(try #require(world.request("GET", "/status/new", user: nil).headers["Set-Cookie"])).contains("Secure"))
        #expect(
            kbk(["--db", world.path, "config", "set", "web.url", "https://kbk.purbalinggakab.go.id/kbk"]).status == 0)
        #expect(try #require(world.request("GET", "/status/new", user: nil).headers["Set-Cookie"]).contains("; Secure"))
    }

    @Test func aPostWithoutItsCookieOrWithTheTrapFilledOrPastTheLimitIsRefusedAndWritesNothing() throws {
        // Another site's form: no cookie of ours (it is SameSite), so the token cannot hold.
        let (page, _) = try visit("/status/new")
        let forged = world.request(
            "POST", "/status/new", user: nil, form: [("csrf", hidden("csrf", in: page) ?? "")] + Self.complaint)
        #expect(forged.status == 403)
        #expect(forged.body.contains("Sudah seminggu padam di depan balai desa"), "what was typed comes back")
        // A robot fills the hidden field.
        let robot = try file(Self.complaint + [("homepage", "http://spam.example")])
        #expect(robot.status == 400 && robot.body.contains("formulir tidak dapat diterima"), "\(robot.body)")
        // Anonymous gives neither name nor contact; without anonymous a name is needed.
        let anonymous = try file(Self.complaint + [("anonymous", "1")])
        #expect(anonymous.status == 400 && anonymous.body.contains("pengaduan anonim tidak menyebut nama"))
        let nameless = try file([("subject", "Lampu padam"), ("description", "Padam"), ("contact", "")])
        #expect(nameless.status == 400 && nameless.body.contains("isi nama Anda, atau pilih anonim"))
        #expect(try complaintCount() == 0)

        // Five an hour from one address; the sixth is refused, another address is not.
        for _ in 1...5 { #expect(try file(Self.complaint).status == 200) }
        let sixth = try file(Self.complaint)
        #expect(sixth.status == 429, "\(sixth.body)")
        #expect(sixth.body.contains("sambungan ini sudah menyampaikan pengaduan 5 kali dalam satu jam terakhir"))
        #expect(sixth.body.contains("Sudah seminggu padam di depan balai desa"))
        #expect(try complaintCount() == 5)
        #expect(try file(Self.complaint, address: "198.51.100.7").status == 200)
        // An hour later the first address may file again.
        #expect(try file(Self.complaint, now: "2026-11-03T10:00:01+07:00").status == 200)
        #expect(try complaintCount() == 7)
        // One IPv6 network (a /64) is one address; an IPv4 address written as IPv6 is that address.
        for n in 1...5 {
            #expect(try file(Self.complaint, address: "2001:db8:1:2::\(n)").status == 200)
        }
        #expect(try file(Self.complaint, address: "2001:db8:1:2:ffff::9").status == 429)
        #expect(try file(Self.complaint, address: "::ffff:198.51.100.7").status == 200)
        // A server that does not pass the address closes the posts, and says why.
        let blind = try file(Self.complaint, address: "")
        #expect(blind.status == 503 && blind.body.contains("REMOTE_ADDR"), "\(blind.body)")
        #expect(try complaintCount() == 13)
        // The addresses are kept only as keyed digests.
        let kept = try runProcess("/usr/bin/sqlite3", [world.path, "SELECT DISTINCT address_digest FROM citizen_post"])
        #expect(!kept.stdout.contains("192.0.2.10") && kept.stdout.split(separator: "\n").count == 3)
    }

    /// The answer lost on a weak connection: the same form sent again records nothing more and
    /// gives the receipt again, with a new code that replaces the first.
    @Test func theSameFormSentAgainGivesTheReceiptWithANewCode() throws {
        let (page, cookie) = try visit("/status/new")
        let form = [("csrf", hidden("csrf", in: page) ?? ""), ("form_key", hidden("form_key", in: page) ?? "")]
        func send() -> WebTests.Response {
            world.request("POST", "/status/new", user: nil, form: form + Self.complaint, cookie: cookie)
        }
        let first = send()
        let again = send()
        #expect(first.status == 200 && again.status == 200, "\(again.body)")
        let (old, new) = (try code(in: first.body), try code(in: again.body))
        #expect(old != new && again.body.contains("ADU-2026-00001"))
        #expect(try complaintCount() == 1)
        #expect(try visit("/status", query: "ticket=ADU-2026-00001&code=\(new)").body.contains("Lampu jalan padam"))
        #expect(!(try visit("/status", query: "ticket=ADU-2026-00001&code=\(old)").body.contains("Lampu jalan padam")))
    }

    @Test func theCitizenObjectsToAResolutionThenRatesTheNextOne() throws {
        let filed = try file(Self.complaint)
        let code = try code(in: filed.body)
        let ticket = "ADU-2026-00001"
        let now = ["KBK_NOW": "2026-11-03T10:00:00+07:00"]
        for arguments in [
            ["--on-behalf-of", "koord", "complaint", "verify", ticket, "--skpd", "DPUPR"],
            ["--on-behalf-of", "adm", "complaint", "resolve", ticket, "--message", "Lampu sudah diganti"],
        ] {
            let result = kbk(["--db", world.path] + arguments, environment: now)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        func post(_ action: String, _ fields: [(String, String)], at: String) throws -> WebTests.Response {
            let page = try visit("/status", query: "ticket=\(ticket)&code=\(code)", now: at)
            return world.request(
                "POST", "/status/\(action)", user: nil,
                form: [("csrf", hidden("csrf", in: page.body) ?? ""), ("ticket", ticket), ("code", code)] + fields,
                now: at, cookie: page.cookie)
        }
        let resolved = try visit("/status", query: "ticket=\(ticket)&code=\(code)").body
        #expect(resolved.contains("Ajukan keberatan") && resolved.contains("Nilai dan tutup"))
        #expect(resolved.contains("<option value=\"4\">4 — sangat puas</option>"))

        // A wrong code is no complaint at all, and nothing is written.
        let wrong = world.request(
            "POST", "/status/object", user: nil,
            form: [("csrf", "x"), ("ticket", ticket), ("code", "AAAAA-AAAAA"), ("reason", "Belum menyala")])
        #expect(wrong.status == 403)
        let objected = try post("object", [("reason", "Lampu masih padam malam hari")], at: "2026-11-04T09:00:00+07:00")
        #expect(objected.status == 303, "\(objected.body)")
        let json = kbk(["--db", world.path, "complaint", "show", ticket, "--format", "json"]).stdout
        #expect(json.contains("\"reopen_count\" : 1") || json.contains("\"reopen_count\": 1"), "\(json)")
        #expect(json.contains("in_progress"))
        // The citizen reads back what they wrote, as theirs.
        let afterObjection = try visit(
            "/status", query: "ticket=\(ticket)&code=\(code)", now: "2026-11-04T09:00:00+07:00")
        #expect(
            afterObjection.body.contains("— Anda · ") && afterObjection.body.contains("Lampu masih padam malam hari"))

        let again = kbk(
            [
                "--db", world.path, "--on-behalf-of", "adm", "complaint", "resolve", ticket, "--message",
                "Kabel diganti",
            ],
            environment: ["KBK_NOW": "2026-11-05T10:00:00+07:00"])
        #expect(again.status == 0, "\(again.stderr)")
        // Out of the scale: refused by the field, nothing written.
        let five = try post("rate", [("rating", "5"), ("comment", "")], at: "2026-11-05T11:00:00+07:00")
        #expect(five.status == 400 && five.body.contains("aria-invalid=\"true\""), "\(five.body)")
        let rated = try post("rate", [("rating", "4"), ("comment", "Terima kasih")], at: "2026-11-05T11:00:00+07:00")
        #expect(rated.status == 303, "\(rated.body)")
        let closed = kbk(["--db", world.path, "complaint", "show", ticket, "--format", "json"]).stdout
        #expect(closed.contains("\"status\" : \"closed\"") || closed.contains("\"status\": \"closed\""), "\(closed)")
        #expect(closed.contains("\"rating\" : 4") || closed.contains("\"rating\": 4"))
        // Closed, the page offers nothing more, and a late post is refused by the life cycle.
        let final = try visit("/status", query: "ticket=\(ticket)&code=\(code)", now: "2026-11-05T12:00:00+07:00").body
        #expect(!final.contains("Balas kepada petugas") && !final.contains("Nilai dan tutup"))
        let other = try visit("/status/new", now: "2026-11-05T12:00:00+07:00")
        let late = world.request(
            "POST", "/status/reply", user: nil,
            form: [
                ("csrf", hidden("csrf", in: other.body) ?? ""), ("ticket", ticket), ("code", code), ("message", "Halo"),
            ], now: "2026-11-05T12:00:00+07:00", cookie: other.cookie)
        #expect(late.status == 400 && late.body.contains("role=\"alert\""), "\(late.body)")
        #expect(kbk(["--db", world.path, "check"]).status == 0)
    }

    /// A move keeps the citizen's reply theirs and public: the events file names `warga:web`, and
    /// the import makes that note a reply again.
    @Test func aCitizensReplySurvivesAnExportAndImportAsTheirs() throws {
        let filed = try file(Self.complaint)
        let code = try code(in: filed.body)
        let status = try visit("/status", query: "ticket=ADU-2026-00001&code=\(code)")
        let reply = world.request(
            "POST", "/status/reply", user: nil,
            form: [
                ("csrf", hidden("csrf", in: status.body) ?? ""), ("ticket", "ADU-2026-00001"), ("code", code),
                ("message", "Masih padam"),
            ], cookie: status.cookie)
        #expect(reply.status == 303, "\(reply.body)")
        let target = world.folder.file("moved.sqlite")
        #expect(kbk(["--db", target, "init"]).status == 0)
        for kind in ["complaints", "events"] {
            let file = world.folder.file("\(kind).csv")
            let exported = kbk(
                ["--db", world.path, "export", kind, "--output", file]
                    + (kind == "complaints" ? ["--include-personal-data"] : []))
            #expect(exported.status == 0, "\(exported.stderr)")
            let imported = kbk(["--db", target, "import", kind, file])
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        let kept = try runProcess(
            "/usr/bin/sqlite3", [target, "SELECT actor, public, text FROM complaint_event WHERE action = 'note'"])
        #expect(kept.stdout == "warga:web|1|Masih padam\n", "\(kept.stdout)")
    }
}
