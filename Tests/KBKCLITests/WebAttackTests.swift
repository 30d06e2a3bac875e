import Foundation
import KBKDomain
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKCLI
@testable import KBKPresentation
@testable import KBKWeb

/// The attacks of issue 28 played against `kbk-web` through its CGI interface (the servers' side is
/// in `.ci/web-check`): a login with something around it, error pages naming the database's path,
/// a form token that never expired, and refusals with English in the Indonesian page.
@Suite struct WebAttackTests {
    typealias World = WebTests.World

    static let hostile = #"<script>alert("x")</script> 'q' "dq" <img src=x onerror=alert(1)>"#

    /// The page's CSRF token, read up to its closing quote.
    static func token(in page: String) -> String? {
        guard let range = page.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    // MARK: 1. REMOTE_USER byte for byte

    @Test func aLoginWithAnythingAroundItIsNobody() throws {
        let world = try World()
        _ = world.post("/intake", user: "koord", [("subject", "Lampu mati"), ("description", "x"), ("skpd", "DPUPR")])
        let ticket = "/complaint/ADU-2026-00001"
        #expect(world.post("\(ticket)/assign", user: "adm", [("to", "agus")]).status == 303)
        // The forms of the real officials, whose tokens an attacker's page would post with.
        let tokens = ["adm": world.token("adm"), "agus": world.token("agus"), testLogin: world.token(testLogin)]
        let before = snapshot(world.path)
        let disguised = [
            " \(testLogin)", "\(testLogin) ", "agus ", "agus\n", "\tadm", "adm\r\n", "agus\u{A0}", "AGUS", "adm\u{0}",
            "<b>agus</b>",
        ]
        for user in disguised {
            let real = tokens.keys.first { user.lowercased().contains($0) } ?? ""
            let page = world.request("GET", "/", user: user)
            #expect(page.status == 403, "\(user.debugDescription): \(page.body)")
            #expect(page.body.contains("bukan persis login kbk"), "\(user.debugDescription)")
            #expect(!page.body.contains("Kotak masuk · kbk") && !page.body.contains("<b>agus"))
            let english = world.request("GET", "/", user: user, language: "en")
            #expect(english.status == 403 && english.body.contains("is not exactly a kbk login"))
            let note = world.request(
                "POST", "\(ticket)/note", user: user, form: [("csrf", tokens[real] ?? ""), ("message", "menyamar")])
            #expect(note.status == 403, "\(user.debugDescription): \(note.body)")
        }
        #expect(snapshot(world.path) == before)
        // The exact logins still work, and no login at all, or an empty one, is the citizen.
        #expect(world.request("GET", "/", user: "agus").body.contains("Kotak masuk · kbk"))
        for citizen in [nil, ""] as [String?] {
            let page = world.request("GET", "/", user: citizen)
            #expect(page.status == 200 && page.body.contains("Status pengaduan"))
            #expect(world.request("GET", ticket, user: citizen).status == 403)
        }
    }

    // MARK: 2. The database's path, for admins only

    @Test func errorPagesNameTheDatabasePathToAdminsOnly() throws {
        let world = try World()
        let folder = (world.path as NSString).deletingLastPathComponent
        func hidesThePath(_ response: WebTests.Response, _ status: Int, _ what: String) {
            #expect(response.status == status, "\(what): \(response.body)")
            #expect(!response.body.contains(folder), "\(what): \(response.body)")
            #expect(
                response.body.contains("[jalur disembunyikan]") || response.body.contains("[path hidden]"),
                "\(what): \(response.body)")
        }
        // Someone the server let in who is no official; a database that is not there.
        hidesThePath(world.request("GET", "/", user: "mallory"), 403, "not an official")
        hidesThePath(world.request("GET", "/", user: nil, database: folder + "/nowhere.sqlite"), 500, "missing")
        hidesThePath(world.request("GET", "/", user: testLogin, database: folder + "/nowhere.sqlite"), 500, "missing")
        // Locked past the busy timeout by another process's write: the admin reads where.
        let holder = try Connection(path: world.path)
        try holder.execute("BEGIN IMMEDIATE")
        let locked = world.post("/intake", user: "koord", [("subject", "Terkunci"), ("description", "x")])
        let lockedForAdmin = world.post("/intake", user: testLogin, [("subject", "Terkunci"), ("description", "x")])
        try holder.execute("ROLLBACK")
        hidesThePath(locked, 503, "locked")
        #expect(lockedForAdmin.status == 503 && lockedForAdmin.body.contains("basis data \(world.path) masih dikunci"))
        // A schema that differs: nobody is known to be an admin while the database cannot be opened.
        try holder.execute("CREATE TABLE intruder (x)")
        hidesThePath(world.request("GET", "/", user: testLogin), 400, "schema differs")
        hidesThePath(world.request("GET", "/status", user: nil, language: "en"), 400, "schema differs")
    }

    @Test func theOnePlaceHidesEveryPathAnErrorCarries() throws {
        let database = "/srv/kbk/data/kbk.sqlite"
        let environment = ["KBK_DB": database]
        let errors: [Error] = [
            StoreError.databaseMissing(path: database), StoreError.notSQLite(path: database),
            StoreError.notKBKDatabase(path: database), StoreError.notADatabaseFile(path: database),
            StoreError.schemaDiffers(path: database, differences: []),
            StoreError.notAnOfficial(login: "mallory", path: database),
            DatabaseError(.busy, message: "database is locked", path: database),
            DatabaseError(.corrupt, message: "file is not a database", path: database + "-wal"),
            DatabaseError(.ioError, message: "disk I/O error", path: "/srv/kbk/data/./kbk.sqlite"),
            DatabaseError(.other, message: "no such table: x (in \(database))", sql: "SELECT 1"),
            WebFailure(status: 500, message: Text(en: "at \(database)", id: "di \(database)")),
        ]
        let officer = Official(
            id: 2, login: "agus", nip: nil, name: "Agus", unitCode: "DPUPR", role: .officer, email: nil,
            createdAt: Timestamp(secondsSinceEpoch: 0), deactivatedAt: nil)
        var admin = officer
        admin.role = .admin
        for error in errors {
            for official in [nil, officer] as [Official?] {
                let shown = KBKWeb.shown(error, to: official, environment: environment)
                for text in [shown.message.en, shown.message.id] {
                    #expect(!text.contains("/srv/kbk"), "\(error): \(text)")
                }
            }
            let forAdmin = KBKWeb.shown(error, to: admin, environment: environment)
            #expect(forAdmin.message.en.contains("/srv/kbk/data"), "\(error)")
        }
    }

    // MARK: 3. Form tokens in windows

    @Test func aFormTokenLastsAWorkingDayAndNeverMoreThanTwo() throws {
        let world = try World()
        func intake(_ subject: String, token: String, at now: String) -> WebTests.Response {
            world.request(
                "POST", "/intake", user: "koord",
                form: [("csrf", token), ("subject", subject), ("description", "x")], now: now)
        }
        // Opened at 07:30, sent at 16:30 with overtime; opened a second before a window ends, sent
        // 12 hours later.
        let morning = world.token("koord", now: "2026-11-03T07:30:00+07:00")
        #expect(intake("Pagi", token: morning, at: "2026-11-03T16:30:00+07:00").status == 200)
        let late = world.token("koord", now: "2026-11-03T18:59:59+07:00")
        #expect(intake("Larut", token: late, at: "2026-11-04T06:59:59+07:00").status == 200)
        // It rotates: another day, another token; another official, another token.
        let tomorrow = world.token("koord", now: "2026-11-04T07:30:00+07:00")
        #expect(morning != tomorrow && morning != world.token("adm", now: "2026-11-03T07:30:00+07:00"))
        // 24 hours on, the same page's token is refused, and nothing is written.
        let before = snapshot(world.path)
        let start = world.token("koord", now: "2026-11-03T07:00:00+07:00")
        for (token, now) in [
            (start, "2026-11-04T07:00:00+07:00"), (morning, "2026-11-05T07:30:00+07:00"),
            (morning, "2027-11-03T07:30:00+07:00"),
            // A token from ahead of the clock (the server's clock was set back).
            (tomorrow, "2026-11-03T07:30:00+07:00"),
        ] {
            let refused = intake("Basi", token: token, at: now)
            #expect(refused.status == 403, "\(now): \(refused.body)")
            #expect(refused.body.contains("token keamanannya kedaluwarsa"))
        }
        #expect(snapshot(world.path) == before)
    }

    @Test func anExpiredFormComesBackWithWhatWasTypedAndAFreshToken() throws {
        let world = try World()
        let opened = "2026-11-02T08:00:00+07:00"
        let sent = "2026-11-04T09:00:00+07:00"
        let old = world.token("koord", now: opened)
        let typed = [
            ("subject", Self.hostile), ("description", "\nBaris kedua </textarea><script>x</script>"),
            ("channel", "email"), ("location", "Jl. \"Mayjen\""), ("skpd", "DPUPR"), ("name", "Siti <b>Aminah</b>"),
            ("contact", "0812 & 3456"),
        ]
        let before = snapshot(world.path)
        let again = world.request("POST", "/intake", user: "koord", form: [("csrf", old)] + typed, now: sent)
        #expect(again.status == 403)
        #expect(snapshot(world.path) == before)
        let page = again.body
        #expect(page.contains("<p class=\"notice\">Formulir ini belum dikirim"))
        #expect(!page.contains("<script") && !page.contains("<img") && !page.contains("<b>Aminah"))
        #expect(page.contains("value=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39;"))
        #expect(page.contains("required>\n\nBaris kedua &lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>"))
        #expect(
            page.contains("<option value=\"email\" selected>") && page.contains("<option value=\"DPUPR\" selected>"))
        #expect(page.contains("value=\"Jl. &quot;Mayjen&quot;\"") && page.contains("value=\"Siti &lt;b&gt;Aminah"))
        #expect(page.contains("value=\"0812 &amp; 3456\""))
        // The page's fresh token sends the same form.
        let fresh = try #require(Self.token(in: page))
        #expect(fresh != old)
        let logged = world.request("POST", "/intake", user: "koord", form: [("csrf", fresh)] + typed, now: sent)
        #expect(logged.status == 200, "\(logged.body)")
        let db = try Connection(path: world.path, mode: .readOnly)
        // As typed, less the blank line the store trims from a text's start.
        #expect(
            try db.scalar("SELECT description FROM complaint")?.stringValue
                == "Baris kedua </textarea><script>x</script>")
    }

    @Test func everyFormComesBackOnItsPageWhenItsTokenExpired() throws {
        let world = try World()
        #expect(world.post("/unit/DPUPR/group", user: "adm", [("name", "KBK Jalan Mulus")]).status == 303)
        _ = world.post("/intake", user: "koord", [("subject", "Lampu mati"), ("description", "x"), ("skpd", "DPUPR")])
        let old = world.token("adm", now: "2026-11-02T08:00:00+07:00")
        let sent = "2026-11-04T09:00:00+07:00"
        let before = snapshot(world.path)
        // A complaint's form: only the posted one is filled in.
        let note = world.request(
            "POST", "/complaint/ADU-2026-00001/note", user: "adm", form: [("csrf", old), ("message", Self.hostile)],
            now: sent)
        #expect(note.status == 403 && note.body.contains("Formulir ini belum dikirim"))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        #expect(note.body.components(separatedBy: escaped).count == 2, "\(note.body)")
        #expect(note.body.contains("/complaint/ADU-2026-00001/note") && !note.body.contains("<script"))
        // The registry's folded forms: the posted one is open and filled in.
        let sop = world.request(
            "POST", "/unit/DPUPR/sop", user: "adm",
            form: [
                ("csrf", old), ("number", "600/9/2026"), ("title", Self.hostile), ("effective", "2026-11-03"),
                ("review_months", "12"),
            ], now: sent)
        #expect(sop.status == 403)
        #expect(sop.body.contains("<details class=\"action\" open><summary>Daftarkan SOP"))
        #expect(sop.body.components(separatedBy: "<details class=\"action\" open>").count == 2)
        #expect(sop.body.contains("value=\"600/9/2026\"") && sop.body.contains("value=\"\(escaped)"))
        #expect(sop.body.contains("name=\"review_months\" min=\"1\" max=\"60\" value=\"12\""))
        let member = world.request(
            "POST", "/group/1/member", user: "adm",
            form: [("csrf", old), ("nip", "198601012010011001"), ("name", Self.hostile), ("role", "chair")], now: sent)
        #expect(member.status == 403 && member.body.contains("<details class=\"action\" open><summary>Tambah anggota"))
        #expect(member.body.contains("<option value=\"chair\" selected>") && !member.body.contains("<script"))
        // A form no longer offered (closing a complaint not resolved): what was typed is listed.
        let close = world.request(
            "POST", "/complaint/ADU-2026-00001/close", user: "adm",
            form: [("csrf", old), ("comment", Self.hostile)], now: sent)
        #expect(close.status == 403 && close.body.contains("Formulir itu tidak lagi tersedia di sini"))
        #expect(close.body.contains("<dt>comment</dt><dd>\(escaped)") && !close.body.contains("<script"))
        #expect(snapshot(world.path) == before)
    }

    @Test func aTamperedTokenIsRefusedWithoutShowingTheFormAgain() throws {
        let world = try World()
        _ = world.post("/intake", user: "koord", [("subject", "Lampu mati"), ("description", "x"), ("skpd", "DPUPR")])
        let token = world.token("adm")
        let parts = token.split(separator: ".").map(String.init)
        let window = try #require(Int64(parts[0]))
        let flipped = String(parts[1].dropLast()) + (parts[1].hasSuffix("0") ? "1" : "0")
        let before = snapshot(world.path)
        for forged in [
            "\(parts[0]).\(flipped)", "\(window - 1).\(parts[1])", "\(window + 1).\(parts[1])", parts[1],
            "\(window)", "\(window).", ".\(parts[1])", "x.\(parts[1])", String(repeating: "0", count: 64),
            world.token("koord"), "",
        ] {
            let response = world.request(
                "POST", "/complaint/ADU-2026-00001/note", user: "adm", form: [("csrf", forged), ("message", "Palsu")])
            #expect(response.status == 403, "\(forged)")
            #expect(response.body.contains("token keamanan formulir tidak ada atau salah"), "\(forged)")
            #expect(!response.body.contains("Palsu") && Self.token(in: response.body) == nil)
        }
        #expect(snapshot(world.path) == before)
        // The token of the versions before the windows (the login's alone) is an expired one.
        let db = try Connection(path: world.path, mode: .readOnly)
        let hex = try #require(try db.scalar("SELECT secret FROM web_secret WHERE id = 1")?.stringValue)
        let key = stride(from: 0, to: hex.count, by: 2).map {
            UInt8(hex.dropFirst($0).prefix(2), radix: 16) ?? 0
        }
        let legacy = KBKWeb.mac("adm", window: nil, key: key).map { String(format: "%02x", $0) }.joined()
        let response = world.request(
            "POST", "/complaint/ADU-2026-00001/note", user: "adm", form: [("csrf", legacy), ("message", "Lama")])
        #expect(response.status == 403 && response.body.contains("Formulir ini belum dikirim"))
        #expect(response.body.contains("Lama</textarea>"))
        #expect(snapshot(world.path) == before)
    }

    // MARK: 4. The refusals in the reader's language

    @Test func theRefusalsAreIndonesianByDefaultAndEnglishOnRequest() throws {
        let world = try World()
        _ = world.post("/intake", user: "koord", [("subject", "Lampu mati"), ("description", "x"), ("skpd", "DPUPR")])
        let ticket = "/complaint/ADU-2026-00001"
        let old = world.token("adm", now: "2026-11-01T08:00:00+07:00")
        func refusals(_ language: String) -> [(String, WebTests.Response)] {
            [
                ("not a login", world.request("GET", "/", user: "adm ", language: language)),
                ("not an official", world.request("GET", "/", user: "mallory", language: language)),
                ("for officials", world.request("GET", ticket, user: nil, language: language)),
                (
                    "wrong token",
                    world.request(
                        "POST", "\(ticket)/note", user: "adm", form: [("csrf", "0.0"), ("message", "x")],
                        language: language)
                ),
                (
                    "expired token",
                    world.request(
                        "POST", "\(ticket)/note", user: "adm", form: [("csrf", old), ("message", "x")],
                        language: language)
                ),
                (
                    "the store's refusal",
                    world.request(
                        "POST", "\(ticket)/assign", user: "agus",
                        form: [("csrf", world.token("agus")), ("to", "agus")], language: language)
                ),
            ]
        }
        let english = [
            "Forbidden", "is not", "may not", "this page", "security token", "the web server", " or ", "needs",
            "This form", "Reason", "Message",
        ]
        for (what, page) in refusals("id") {
            #expect(page.status == 403, "\(what)")
            #expect(page.body.contains("<html lang=\"id\">"), "\(what)")
            let shown = page.body.components(separatedBy: "<h1>").dropFirst().joined()
            #expect(
                shown.contains("403 Akses ditolak") || shown.contains("notice") || shown.contains("class=\"error\""),
                "\(what): \(shown)")
            for word in english {
                #expect(!shown.contains(word), "\(what): '\(word)' in \(shown)")
            }
        }
        for (what, page) in refusals("en-GB,en;q=0.8") {
            #expect(page.status == 403 && page.body.contains("<html lang=\"en\">"), "\(what)")
            // A category's code and name are data, not the page's language.
            let shown = page.body.components(separatedBy: "<h1>").dropFirst().joined()
                .replacingOccurrences(of: "Pengaduan tidak berkadar pengawasan", with: "")
                .replacingOccurrences(of: "tidak-berkadar-pengawasan", with: "")
            for word in ["Akses ditolak", "bukan", "tidak", "halaman", "Formulir"] {
                #expect(!shown.contains(word), "\(what): \(word)")
            }
        }
    }
}
