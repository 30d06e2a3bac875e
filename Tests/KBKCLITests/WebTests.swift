import Foundation
import KBKDomain
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKCLI
@testable import KBKPresentation
@testable import KBKWeb

/// `kbk-web` through its CGI interface, in-process (`KBKWeb.serve` with the meta-variables a web
/// server sets); `WebServerTests` and `.ci/web-check` drive it through a real lighttpd.
@Suite struct WebTests {
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    final class World {
        let folder = TemporaryFolder()
        let path: String

        init() throws {
            path = folder.file("web.sqlite")
            let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]
            let setup: [[String]] = [
                ["init"],
                ["skpd", "add", "DPUPR", "--name", "Dinas Pekerjaan Umum", "--kind", "agency"],
                ["skpd", "add", "DLH", "--name", "Dinas Lingkungan Hidup", "--kind", "agency"],
                official("koord", "197001011995031002", "DPUPR", "coordinator"),
                official("adm", "198801012010011004", "DPUPR", "unit-admin"),
                official("agus", "198203152006042001", "DPUPR", "officer"),
                official("adm.dlh", "198203152006042002", "DLH", "unit-admin"),
            ]
            for arguments in setup {
                let result = kbk(["--db", path] + arguments, environment: monday)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
        }

        func official(_ login: String, _ nip: String, _ unit: String, _ role: String) -> [String] {
            [
                "official", "add", "--login", login, "--nip", nip, "--name", "Pegawai \(login)", "--skpd", unit,
                "--role", role,
            ]
        }

        func request(
            _ method: String, _ path: String, user: String?, query: String = "", form: [(String, String)]? = nil,
            rawBody: [UInt8]? = nil, contentType: String = "application/x-www-form-urlencoded",
            contentLength: String? = nil,
            language: String = "id", now: String = "2026-11-03T09:00:00+07:00", database: String? = nil,
            cookie: String? = nil, address: String = "192.0.2.10"
        ) -> Response {
            var body = rawBody ?? []
            if let form {
                body = Array(
                    form.map { "\(WebTests.encode($0.0))=\(WebTests.encode($0.1))" }.joined(separator: "&").utf8)
            }
            var environment = [
                "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query, "SCRIPT_NAME": "/kbk",
                "KBK_DB": database ?? self.path, "HTTP_ACCEPT_LANGUAGE": language,
            ]
            if let user { environment["REMOTE_USER"] = user }
            if let cookie { environment["HTTP_COOKIE"] = cookie }
            environment["REMOTE_ADDR"] = address
            if method == "POST" {
                environment["CONTENT_LENGTH"] = contentLength ?? String(body.count)
                environment["CONTENT_TYPE"] = contentType
            }
            var output: [UInt8] = []
            let instant = try! Timestamp.parse(now)
            KBKWeb.serve(
                environment: environment, readBody: { Array(body.prefix($0)) }, write: { output += $0 },
                clock: { instant })
            let text = String(decoding: output, as: UTF8.self)
            let parts = text.components(separatedBy: "\r\n\r\n")
            var headers: [String: String] = [:]
            var status = 0
            for line in parts[0].components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let name = String(line[..<colon])
                let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                if name == "Status" { status = Int(value.prefix(3)) ?? 0 } else { headers[name] = value }
            }
            return Response(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
        }

        /// The CSRF token the pages give `user` at `now`.
        func token(_ user: String, now: String = "2026-11-03T09:00:00+07:00") -> String {
            let page = request("GET", "/intake", user: user, now: now).body
            let marker = "name=\"csrf\" value=\""
            guard let range = page.range(of: marker) else { return "" }
            return String(page[range.upperBound...].prefix { $0 != "\"" })
        }

        func post(
            _ path: String, user: String, _ fields: [(String, String)], csrf: String? = nil,
            now: String = "2026-11-03T09:00:00+07:00"
        ) -> Response {
            request("POST", path, user: user, form: [("csrf", csrf ?? token(user, now: now))] + fields, now: now)
        }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    @Test func aComplaintsWholeLifeThroughTheFormsAndTheCitizensPage() throws {
        let world = try World()
        // Intake at the coordinators' desk, handed to DPUPR; the page gives the ticket and the code.
        let logged = world.post(
            "/intake", user: "koord",
            [
                ("subject", "Jalan berlubang"), ("description", "Di depan SD Karangreja"), ("channel", "whatsapp"),
                ("skpd", "DPUPR"), ("name", "Siti Aminah"), ("contact", "081234567890"),
            ])
        #expect(logged.status == 200, "\(logged.body)")
        let ticket = "ADU-2026-00001"
        #expect(logged.body.contains("<dt>Tiket</dt><dd>\(ticket)</dd>"))
        let code = try #require(
            logged.body.range(of: #"[2-9A-HJ-KM-NP-Z]{5}-[2-9A-HJ-KM-NP-Z]{5}"#, options: .regularExpression).map {
                String(logged.body[$0])
            })
        // The unit's admin disposes it; the officer answers and resolves it; each a 303 to the page.
        // The assignment picks among the unit's active officials, by name.
        let before = world.request("GET", "/complaint/\(ticket)", user: "adm").body
        #expect(
            before.contains(
                "<select id=\"assign-to\" name=\"to\"><option value=\"adm\">Pegawai adm (admin unit)</option>"))
        #expect(
            before.contains("<option value=\"agus\">Pegawai agus (petugas)</option>") && !before.contains("adm.dlh"))
        let assigned = world.post("/complaint/\(ticket)/assign", user: "adm", [("to", "agus"), ("note", "")])
        #expect(assigned.status == 303, "\(assigned.body)")
        #expect(assigned.headers["Location"] == "/kbk/complaint/\(ticket)?done=assign")
        // The page it leads to says what was done.
        let done = world.request("GET", "/complaint/\(ticket)", user: "adm", query: "done=assign").body
        #expect(done.contains("Tercatat: mendisposisikan \(ticket). Statusnya kini"), "\(done)")
        #expect(
            !world.request("GET", "/complaint/\(ticket)", user: "adm", query: "done=nothing").body.contains("Tercatat"))
        // A link cannot make the page claim what was not done, nor what another official did.
        for (user, done) in [("adm", "resolve"), ("koord", "assign")] {
            let page = world.request("GET", "/complaint/\(ticket)", user: user, query: "done=\(done)")
            #expect(!page.body.contains("Tercatat"), "\(user) \(done)")
        }
        #expect(world.post("/complaint/\(ticket)/note", user: "agus", [("message", "Cek anggaran dulu")]).status == 303)
        #expect(
            world.post("/complaint/\(ticket)/respond", user: "agus", [("message", "Tim meninjau besok")]).status == 303)
        let resolved = world.post(
            "/complaint/\(ticket)/resolve", user: "agus", [("message", "Sudah ditambal")],
            now: "2026-11-04T10:00:00+07:00")
        #expect(resolved.status == 303, "\(resolved.body)")
        let page = world.request("GET", "/complaint/\(ticket)", user: "agus", now: "2026-11-04T11:00:00+07:00")
        #expect(page.body.contains("selesai") || page.body.contains("diselesaikan"), "\(page.body)")
        #expect(page.body.contains("Cek anggaran dulu"))
        // The citizen sees the status and the public responses, never names, contacts or notes.
        let status = world.request(
            "GET", "/status", user: nil, query: "ticket=\(ticket)&code=\(code)", now: "2026-11-04T11:00:00+07:00")
        #expect(status.status == 200)
        #expect(status.body.contains("Tim meninjau besok") && status.body.contains("Sudah ditambal"))
        for secret in ["Siti Aminah", "081234567890", "Cek anggaran dulu", "Di depan SD Karangreja", "agus"] {
            #expect(!status.body.contains(secret), "\(secret)")
        }
        // A wrong code and an unknown ticket get the same answer.
        let wrong = world.request("GET", "/status", user: nil, query: "ticket=\(ticket)&code=AAAAA-AAAAA")
        let unknown = world.request("GET", "/status", user: nil, query: "ticket=ADU-2026-00099&code=\(code)")
        #expect(wrong.status == 200 && unknown.status == 200)
        #expect(
            wrong.body.replacingOccurrences(of: ticket, with: "T")
                == unknown.body.replacingOccurrences(of: "ADU-2026-00099", with: "T"))
        #expect(wrong.body.contains("Tidak ada pengaduan dengan tiket dan kode ini"))
        // English when the browser prefers it, or when the official chose it.
        #expect(world.request("GET", "/", user: "adm", language: "en-GB,en;q=0.8").body.contains("<title>Inbox · kbk"))
        #expect(world.request("GET", "/", user: "adm").body.contains("<title>Kotak masuk · kbk"))
        #expect(kbk(["--db", world.path, "official", "edit", "adm", "--language", "en"]).status == 0)
        #expect(world.request("GET", "/", user: "adm").body.contains("<title>Inbox · kbk"))
        #expect(world.request("GET", "/nowhere", user: "adm").body.contains("no such page"))
        #expect(kbk(["--db", world.path, "official", "edit", "adm", "--language", "fr"]).status == 64)
        #expect(
            kbk(["--db", world.path, "official", "show", "adm", "--format", "json"]).stdout.contains(
                #""language": "en""#))
        #expect(kbk(["--db", world.path, "official", "edit", "adm", "--language", ""]).status == 0)
        #expect(world.request("GET", "/", user: "adm").body.contains("<title>Kotak masuk · kbk"))
    }

    /// Issue 29 on the web: the verify form offers the classes in use, and the extend form as many
    /// working days as the complaint's class allows (a PPID request's 7), refusing more.
    @Test func theFormsOfferTheClassesInUseAndTheClasssExtension() throws {
        let world = try World()
        _ = world.post("/intake", user: "koord", [("subject", "Salinan APBDes"), ("description", "Mohon salinan")])
        let ticket = "/complaint/ADU-2026-00001"
        let unverified = world.request("GET", ticket, user: "koord").body
        #expect(unverified.contains(#"value="ppid""#) && unverified.contains(#"value="berkadar-pengawasan""#))
        for retired in ["general", "field-examination", "information-request", "sengketa-pelanggaran", "ringan"] {
            #expect(!unverified.contains(#"value="\#(retired)""#), "\(retired)")
        }
        let verified = world.post(ticket + "/verify", user: "koord", [("skpd", "DPUPR"), ("category", "ppid")])
        #expect(verified.status == 303, "\(verified.body)")
        let page = world.request("GET", ticket, user: "adm").body
        #expect(page.contains(#"name="working_days" min="1" max="7""#), "\(page)")
        let before = snapshot(world.path)
        let refused = world.post(ticket + "/extend", user: "adm", [("working_days", "8"), ("reason", "Arsip")])
        #expect(refused.status != 303 && refused.body.contains("1 sampai 7 hari kerja"), "\(refused.body)")
        #expect(snapshot(world.path) == before)
        #expect(
            world.post(ticket + "/extend", user: "adm", [("working_days", "7"), ("reason", "Arsip")]).status == 303)
    }

    @Test func everyRefusalHasItsStatusAndChangesNothing() throws {
        let world = try World()
        _ = world.post(
            "/intake", user: "koord", [("subject", "Lampu mati"), ("description", "Jl. Mayjen"), ("skpd", "DPUPR")])
        let before = snapshot(world.path)
        let ticket = "/complaint/ADU-2026-00001"
        // CSRF: missing, wrong, another official's.
        let missing = world.request("POST", "\(ticket)/note", user: "adm", form: [("message", "x")])
        #expect(missing.status == 403)
        #expect(
            world.post("\(ticket)/note", user: "adm", [("message", "x")], csrf: String(repeating: "0", count: 64))
                .status == 403)
        #expect(world.post("\(ticket)/note", user: "adm", [("message", "x")], csrf: world.token("koord")).status == 403)
        // A role or scope the store refuses: an officer assigning, another unit's admin answering.
        #expect(world.post("\(ticket)/assign", user: "agus", [("to", "agus")]).status == 403)
        #expect(world.post("\(ticket)/respond", user: "adm.dlh", [("message", "x")]).status == 403)
        // No login, an unknown login, a wrong method, an unknown page or action, a missing field, too big.
        #expect(world.request("GET", "/", user: nil).status == 200)
        #expect(world.request("GET", ticket, user: nil).status == 403)
        #expect(world.request("GET", "/", user: "mallory").status == 403)
        let put = world.request("PUT", ticket, user: "adm")
        #expect(put.status == 405 && put.headers["Allow"] == "GET, HEAD")
        #expect(world.request("GET", "\(ticket)/note", user: "adm").status == 405)
        #expect(world.request("GET", "/nowhere", user: "adm").status == 404)
        #expect(world.request("GET", "/complaint/ADU-2026-00077", user: "adm").status == 404)
        #expect(world.post("\(ticket)/frobnicate", user: "adm", [("x", "y")]).status == 404)
        #expect(world.post("\(ticket)/note", user: "adm", []).status == 400)
        #expect(world.post("\(ticket)/extend", user: "adm", [("working_days", "99"), ("reason", "x")]).status == 400)
        let big = world.request(
            "POST", "\(ticket)/note", user: "adm", rawBody: Array(repeating: UInt8(ascii: "a"), count: 70_000))
        #expect(big.status == 413)
        #expect(
            world.request("POST", "\(ticket)/note", user: "adm", rawBody: [0x61], contentType: "text/plain").status
                == 400)
        // A length that is no length.
        for length in ["-5", "x", ""] {
            #expect(
                world.request("POST", "\(ticket)/note", user: "adm", rawBody: [], contentLength: length).status == 400)
        }
        // The life cycle: a second resolution of a complaint not resolved yet is fine; closing it is not.
        #expect(world.post("\(ticket)/close", user: "adm", []).status == 400)
        #expect(snapshot(world.path) == before)
        // Every page carries the policy headers, and a short page for a refusal.
        for response in [missing, put, big] {
            #expect(response.headers["Content-Security-Policy"]?.hasPrefix("default-src 'self'") == true)
            #expect(response.headers["X-Content-Type-Options"] == "nosniff")
            #expect(response.headers["Referrer-Policy"] == "no-referrer")
            #expect(response.headers["Cache-Control"] == "no-store")
            #expect(response.body.contains("<p class=\"error\">"))
        }
    }

    /// Issue 28: a unit's admin took a complaint no unit holds into their own unit through the
    /// verify form. The store refuses it, as on the command line, and the page says who may.
    @Test func aUnitAdminCannotTakeAComplaintNoUnitHoldsThroughTheVerifyForm() throws {
        let world = try World()
        let logged = world.post("/intake", user: "koord", [("subject", "Lampu mati"), ("description", "Jl. Mayjen")])
        #expect(logged.status == 200, "\(logged.body)")
        let before = snapshot(world.path)
        let taken = world.post(
            "/complaint/ADU-2026-00001/verify", user: "adm", [("skpd", "DPUPR"), ("category", "")])
        #expect(taken.status == 403, "\(taken.body)")
        #expect(
            taken.body.contains(
                "adm (admin unit, cakupan DPUPR) tidak boleh menyerahkan ADU-2026-00001 (belum ada unit); itu memerlukan administrator atau koordinator"
            ),
            "\(taken.body)")
        #expect(snapshot(world.path) == before)
        // The government's desk hands it over.
        let handed = world.post(
            "/complaint/ADU-2026-00001/verify", user: "koord", [("skpd", "DPUPR"), ("category", "")])
        #expect(handed.status == 303, "\(handed.body)")
    }

    /// Issue 28: an officer of one unit read another unit's confidential description on the
    /// complaint page, and a unit's admin read any unit's report and the whole government's. The
    /// store withholds the one and refuses the other, as on the command line.
    @Test func readsAreScopedLikeWrites() throws {
        let world = try World()
        let logged = kbk(
            [
                "--db", world.path, "complaint", "new", "--channel", "letter", "--subject", "Pungli di loket",
                "--description", "Petugas B minta uang", "--skpd", "DPUPR", "--confidential",
            ], environment: ["KBK_NOW": "2026-11-02T09:00:00+07:00"], login: "koord")
        #expect(logged.status == 0, "\(logged.stderr)")
        let page = "/complaint/ADU-2026-00001"
        for user in ["koord", "adm", "agus"] {
            #expect(world.request("GET", page, user: user).body.contains("Petugas B minta uang"), "\(user)")
        }
        let elsewhere = world.request("GET", page, user: "adm.dlh")
        #expect(elsewhere.status == 200)
        #expect(!elsewhere.body.contains("Petugas B minta uang"))
        #expect(elsewhere.body.contains("(rahasia: hanya dibaca unit yang menanganinya"), "\(elsewhere.body)")
        // Reports: a unit's for its own officials, the whole government's for the government-wide roles.
        #expect(world.request("GET", "/report", user: "adm.dlh", query: "period=2026-11&skpd=DLH").status == 200)
        let other = world.request("GET", "/report", user: "adm.dlh", query: "period=2026-11&skpd=DPUPR&format=json")
        #expect(other.status == 403)
        #expect(
            other.body.contains(
                "adm.dlh (admin unit, cakupan DLH) tidak boleh membaca laporan DPUPR; itu memerlukan admin unit atau petugas DPUPR atau unit di atasnya, atau administrator, koordinator, atau pembaca"
            ), "\(other.body)")
        #expect(world.request("GET", "/report", user: "agus", query: "period=2026-11&format=csv").status == 403)
        #expect(world.request("GET", "/report", user: "koord", query: "period=2026-11&format=csv").status == 200)
        // The leadership's one-page summary, scoped as the report is.
        let summary = world.request("GET", "/report", user: "adm.dlh", query: "period=2026-11&skpd=DLH&format=summary")
        #expect(summary.status == 200)
        #expect(summary.body.contains("Ringkasan eksekutif") && summary.body.contains("Kesimpulan dan rekomendasi"))
        #expect(!summary.body.contains("Dasar hukum"), "the one-page summary carries only the summary")
        let elsewhereSummary = world.request(
            "GET", "/report", user: "adm.dlh", query: "period=2026-11&skpd=DPUPR&format=summary")
        #expect(elsewhereSummary.status == 403)
        let form = world.request("GET", "/report", user: "adm.dlh").body
        #expect(form.contains("<option value=\"DLH\">") && !form.contains("<option value=\"DPUPR\">"))
        #expect(!form.contains("<option value=\"\">"))
    }

    /// Issue 29: a whistle-blowing report goes through the verify form to the inspectorate only,
    /// and its reporter is on no page: not the desk's, not a unit's, not the inspectorate's own (the
    /// command line's --reveal-identity records who looks), not the citizen's.
    @Test func aWhistleBlowerIsOnNoPage() throws {
        let world = try World()
        let monday = ["KBK_NOW": "2026-11-02T08:00:00+07:00"]
        for arguments in [
            ["skpd", "add", "INSPEKTORAT", "--name", "Inspektorat Daerah", "--kind", "inspectorate"],
            world.official("irban", "198203152006042003", "INSPEKTORAT", "officer"),
        ] {
            #expect(kbk(["--db", world.path] + arguments, environment: monday).status == 0, "\(arguments)")
        }
        let logged = kbk(
            [
                "--db", world.path, "complaint", "new", "--channel", "letter", "--kind", "whistleblowing",
                "--subject", "Dugaan korupsi", "--description", "Pengadaan fiktif", "--name", "Saksi Rahasia",
                "--contact", "081299990000",
            ], environment: ["KBK_NOW": "2026-11-02T09:00:00+07:00"], login: "koord")
        #expect(logged.status == 0, "\(logged.stderr)")
        let code = try #require(
            logged.stdout.range(of: #"[2-9A-HJ-KM-NP-Z]{5}-[2-9A-HJ-KM-NP-Z]{5}"#, options: .regularExpression).map {
                String(logged.stdout[$0])
            })
        let page = "/complaint/ADU-2026-00001"
        let before = snapshot(world.path)
        let wrong = world.post(page + "/verify", user: "koord", [("skpd", "DPUPR"), ("category", "")])
        #expect(wrong.status != 303 && wrong.body.contains("bukan inspektorat"), "\(wrong.status) \(wrong.body)")
        #expect(snapshot(world.path) == before)
        let handed = world.post(page + "/verify", user: "koord", [("skpd", "INSPEKTORAT"), ("category", "")])
        #expect(handed.status == 303, "\(handed.body)")
        for user in ["koord", "adm", "agus", "adm.dlh", "irban"] {
            let shown = world.request("GET", page, user: user)
            #expect(shown.status == 200, "\(user)")
            #expect(!shown.body.contains("Saksi Rahasia") && !shown.body.contains("081299990000"), "\(user)")
            #expect(shown.body.contains("pelapor WBS: hanya dibaca inspektorat"), "\(user)")
            let home = world.request("GET", "/", user: user)
            #expect(!home.body.contains("Saksi Rahasia"), "\(user)")
        }
        let citizen = world.request("GET", "/status", user: nil, query: "ticket=ADU-2026-00001&code=\(code)")
        #expect(citizen.status == 200 && citizen.body.contains("ADU-2026-00001"), "\(citizen.body)")
        #expect(!citizen.body.contains("Saksi Rahasia") && !citizen.body.contains("Dugaan korupsi"))
    }

    @Test func hostileTextIsEscapedOnEveryPage() throws {
        let world = try World()
        let hostile = #"<script>alert("x")</script> 'q' "dq" javascript:alert(1) <img src=x onerror=alert(1)>"#
        let logged = world.post(
            "/intake", user: "koord",
            [
                ("subject", hostile), ("description", hostile), ("location", hostile), ("name", hostile),
                ("contact", hostile), ("skpd", "DPUPR"),
            ])
        #expect(logged.status == 200, "\(logged.body)")
        let ticket = "/complaint/ADU-2026-00001"
        #expect(world.post("\(ticket)/assign", user: "adm", [("to", "agus")]).status == 303)
        for (action, fields) in [
            ("note", [("message", hostile)]), ("respond", [("message", hostile)]), ("hold", [("reason", hostile)]),
            ("resume", []), ("extend", [("working_days", "3"), ("reason", hostile)]),
            ("edit", [("field", "location"), ("value", hostile + "!"), ("reason", hostile)]),
        ] as [(String, [(String, String)])] {
            let user = action == "extend" || action == "edit" ? "adm" : "agus"
            let response = world.post("\(ticket)/\(action)", user: user, fields)
            #expect(response.status == 303, "\(action): \(response.body)")
        }
        // The other forms with text: resolve, reopen, close; pass on; forward and reject two more.
        for (path, user, fields) in [
            ("\(ticket)/resolve", "agus", [("message", hostile)]), ("\(ticket)/reopen", "agus", [("reason", hostile)]),
            ("\(ticket)/reassign", "koord", [("skpd", "DLH"), ("reason", hostile)]),
        ] as [(String, String, [(String, String)])] {
            let response = world.post(path, user: user, fields)
            #expect(response.status == 303, "\(path): \(response.body)")
        }
        for subject in ["Bukan wewenang", "Ganda"] {
            _ = world.post("/intake", user: "koord", [("subject", subject), ("description", "x")])
        }
        #expect(
            world.post(
                "/complaint/ADU-2026-00002/forward", user: "koord",
                [("agency", hostile), ("reason", hostile), ("reference", hostile)]
            ).status == 303)
        #expect(
            world.post(
                "/complaint/ADU-2026-00003/reject", user: "koord", [("reason", "duplicate"), ("message", hostile)]
            )
            .status == 303)
        let code = try #require(
            logged.body.range(of: #"[2-9A-HJ-KM-NP-Z]{5}-[2-9A-HJ-KM-NP-Z]{5}"#, options: .regularExpression).map {
                String(logged.body[$0])
            })
        let pages = [
            logged, world.request("GET", ticket, user: "adm"), world.request("GET", "/", user: "adm"),
            world.request("GET", "/", user: "agus"),
            world.request("GET", "/status", user: nil, query: "ticket=ADU-2026-00001&code=\(code)"),
            world.request("GET", "/status", user: nil, query: "ticket=\(WebTests.encode(hostile))&code=x"),
            world.request("GET", "/complaint/ADU-2026-00002", user: "koord"),
            world.request("GET", "/complaint/ADU-2026-00003", user: "koord"),
            world.request("GET", "/audit", user: "koord"),
            world.request("GET", "/", user: "adm.dlh"),
        ]
        for page in pages {
            #expect(!page.body.contains("<script"), "\(page.body)")
            #expect(!page.body.contains("<img"))
            #expect(!page.body.contains("\"dq\""))
        }
        #expect(pages[1].body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(pages[4].body.contains("&lt;script&gt;"))
        #expect(pages[6].body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(pages[8].status == 200 && pages[8].body.contains("Kepala rantai"))
    }

    @Test func theRegistryPagesListUnitsGroupsAndSOPs() throws {
        let world = try World()
        let setup: [[String]] = [
            ["group", "add", "--skpd", "DPUPR", "--name", "KBK <Jalan> Mulus", "--formed", "2026-01-10"],
            [
                "sop", "add", "--skpd", "DPUPR", "--number", "600/1/2026", "--title", "Pemeliharaan jalan",
                "--effective", "2026-01-02",
            ],
        ]
        for arguments in setup {
            let result = kbk(["--db", world.path, "--on-behalf-of", "adm"] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let units = world.request("GET", "/units", user: "agus")
        #expect(units.status == 200)
        #expect(
            units.body.contains("<a href=\"/kbk/unit/DPUPR\">DPUPR</a>")
                && units.body.contains("Dinas Lingkungan Hidup"))
        let unit = world.request("GET", "/unit/DPUPR", user: "agus")
        #expect(unit.status == 200)
        #expect(unit.body.contains("KBK &lt;Jalan&gt; Mulus") && unit.body.contains("600/1/2026"))
        #expect(world.request("GET", "/unit/NOWHERE", user: "agus").status == 404)
        #expect(world.request("GET", "/unit/DPUPR", user: nil).status == 403)
        // The unit's admin forms a group, records its meeting and reviews the SOP through the forms.
        let admin = world.request("GET", "/unit/DPUPR", user: "adm")
        #expect(admin.body.contains("/kbk/unit/DPUPR/group") && admin.body.contains("/kbk/unit/DPUPR/review"))
        let formed = world.post("/unit/DPUPR/group", user: "adm", [("name", "KBK \"Cepat\""), ("focus", "antrean")])
        #expect(formed.status == 303 && formed.headers["Location"] == "/kbk/unit/DPUPR", "\(formed.body)")
        #expect(
            world.post(
                "/unit/DPUPR/meeting", user: "adm",
                [("group", "1"), ("date", "2026-11-02"), ("agenda", "Evaluasi"), ("minutes", "Sepakat")]
            ).status == 303)
        #expect(
            world.post(
                "/unit/DPUPR/review", user: "adm", [("sop", "600/1/2026"), ("date", "2026-11-02"), ("outcome", "keep")]
            )
            .status == 303)
        let after = world.request("GET", "/unit/DPUPR", user: "agus").body
        #expect(after.contains("KBK &quot;Cepat&quot;"))
        // The store decides: an officer may not form a group, nor record a meeting of a group they are
        // not in; another unit's admin may not review this unit's SOP; a bad date is a 400.
        let before = snapshot(world.path)
        #expect(world.post("/unit/DPUPR/group", user: "agus", [("name", "KBK Lain")]).status == 403)
        #expect(
            world.post("/unit/DPUPR/meeting", user: "agus", [("group", "1"), ("date", "2026-11-02")]).status == 403)
        #expect(
            world.post(
                "/unit/DPUPR/review", user: "adm.dlh",
                [("sop", "600/1/2026"), ("date", "2026-11-02"), ("outcome", "keep")]
            )
            .status == 403)
        #expect(world.post("/unit/DPUPR/meeting", user: "adm", [("group", "1"), ("date", "kemarin")]).status == 400)
        #expect(world.post("/unit/DPUPR/frobnicate", user: "adm", []).status == 404)
        #expect(world.request("GET", "/unit/DPUPR/group", user: "adm").status == 405)
        #expect(snapshot(world.path) == before)
        let db = try Connection(path: world.path, mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM group_meeting")?.intValue == 1)
        #expect(try db.scalar("SELECT count(*) FROM sop_review")?.intValue == 1)
    }

    @Test func theRegistryFormsKeepMembersSOPsImprovementsAndSurveys() throws {
        let world = try World()
        let hostile = #"<script>alert("x")</script> javascript:alert(1)"#
        #expect(world.post("/unit/DPUPR/group", user: "adm", [("name", "KBK Jalan Mulus")]).status == 303)
        #expect(
            world.post("/intake", user: "koord", [("subject", "Jalan rusak"), ("description", "x"), ("skpd", "DPUPR")])
                .status == 200)
        let steps: [(String, [(String, String)], String)] = [
            (
                "/group/1/member",
                [("nip", "19860101 201001 1 001"), ("name", hostile), ("role", "chair"), ("since", "2026-11-03")],
                "/kbk/group/1"
            ),
            (
                "/group/1/member", [("nip", "198203152006042001"), ("name", "Agus"), ("since", "2026-11-03")],
                "/kbk/group/1"
            ),
            ("/group/1/remove-member", [("nip", "198203152006042001"), ("date", "2026-11-03")], "/kbk/group/1"),
            (
                "/group/1/improvement",
                [("title", hostile), ("problem", hostile), ("due", "2026-12-31"), ("complaints", "ADU-2026-00001")],
                "/kbk/group/1"
            ),
            ("/group/1/meeting", [("date", "2026-11-03"), ("agenda", hostile)], "/kbk/group/1"),
            ("/unit/DPUPR/advance", [("improvement", "1"), ("stage", "do"), ("note", "Mulai")], "/kbk/unit/DPUPR"),
            (
                "/unit/DPUPR/sop",
                [("number", "600/2/2026"), ("title", hostile), ("effective", "2026-11-02"), ("review_months", "12")],
                "/kbk/unit/DPUPR"
            ),
            (
                "/unit/DPUPR/revise",
                [("sop", "600/2/2026"), ("title", "Perbaikan jalan"), ("effective", "2026-11-03")], "/kbk/unit/DPUPR"
            ),
            (
                "/unit/DPUPR/ikm",
                [("period", "2026-S1"), ("averages", "3.2,3.1,2.9,3.8,3.3,3.4,3.5,3.0,3.1"), ("respondents", "400")],
                "/kbk/unit/DPUPR"
            ),
        ]
        for (path, fields, location) in steps {
            let response = world.post(path, user: "adm", fields)
            #expect(response.status == 303 && response.headers["Location"] == location, "\(path): \(response.body)")
        }
        let db = try Connection(path: world.path, mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM group_member WHERE until IS NULL")?.intValue == 1)
        #expect(try db.scalar("SELECT stage FROM improvement WHERE id = 1")?.stringValue == "do")
        #expect(try db.scalar("SELECT count(*) FROM improvement_complaint")?.intValue == 1)
        #expect(try db.scalar("SELECT max(revision) FROM sop_revision")?.intValue == 1)
        #expect(try db.scalar("SELECT respondents FROM ikm_survey")?.intValue == 400)
        let group = world.request("GET", "/group/1", user: "agus")
        let unit = world.request("GET", "/unit/DPUPR", user: "agus")
        #expect(group.status == 200 && unit.status == 200)
        for page in [group, unit] {
            #expect(!page.body.contains("<script"))
            #expect(page.body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            #expect(page.body.contains("<a href=\"/kbk/complaint/ADU-2026-00001\">ADU-2026-00001</a>"))
        }
        #expect(group.body.contains("198601012010011001") && !group.body.contains("198203152006042001"))
        // Coded values read as words: the role, the stage, the unit's kind; the forms post the codes.
        #expect(group.body.contains("\">ketua</td>") && group.body.contains("pelaksanaan (do)"))
        #expect(unit.body.contains("<dd>dinas</dd>") && !unit.body.contains("\">do</td>"))
        #expect(unit.body.contains("Perbaikan jalan") && unit.body.contains("2026-S1"))
        // An officer sees no registry forms; the store refuses their post and another unit's admin's.
        #expect(!group.body.contains("/kbk/group/1/member") && unit.body.contains("/kbk/group/1"))
        let before = snapshot(world.path)
        let refusals: [(String, String, [(String, String)], Int)] = [
            ("agus", "/group/1/member", [("nip", "198203152006042001"), ("name", "Agus")], 403),
            ("adm.dlh", "/unit/DPUPR/advance", [("improvement", "1"), ("stage", "check")], 403),
            ("adm.dlh", "/group/1/improvement", [("title", "Lain")], 403),
            ("adm", "/unit/DPUPR/ikm", [("period", "2026-S2"), ("averages", "3,3,3"), ("respondents", "10")], 400),
            ("adm", "/group/1/member", [("nip", "1986"), ("name", "Salah")], 400),
            ("adm", "/unit/DPUPR/advance", [("improvement", "1"), ("stage", "done")], 400),
            (
                "adm", "/unit/DPUPR/sop", [("number", "600/2/2026"), ("title", "Lagi"), ("effective", "2026-11-02")],
                400
            ),
            ("adm", "/group/1/improvement", [("title", "Rujukan salah"), ("complaints", "ADU-1")], 400),
            ("adm", "/group/1/frobnicate", [], 404),
            ("adm", "/group/99/member", [("nip", "198203152006042001"), ("name", "Agus")], 404),
        ]
        for (user, path, fields, status) in refusals {
            let response = world.post(path, user: user, fields)
            #expect(response.status == status, "\(user) \(path): \(response.body)")
        }
        #expect(world.request("GET", "/group/99", user: "adm").status == 404)
        #expect(world.request("GET", "/group/x", user: "adm").status == 404)
        #expect(world.request("GET", "/group/1/member", user: "adm").status == 405)
        #expect(snapshot(world.path) == before)
    }

    /// Issue 33: a browser that states neither Indonesian nor English first reads the organisation's
    /// language (org.lang); an official's own choice and a browser's Indonesian or English still win.
    @Test func theOrganisationsLanguageIsTheWebsDefault() throws {
        let world = try World()
        #expect(world.request("GET", "/", user: "koord", language: "").body.contains("<h1>Kotak masuk</h1>"))
        let set = kbk(["--db", world.path, "config", "set", "org.lang", "en"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(world.request("GET", "/", user: "koord", language: "").body.contains("<h1>Inbox</h1>"))
        #expect(world.request("GET", "/", user: "koord", language: "jv").body.contains("<h1>Inbox</h1>"))
        #expect(world.request("GET", "/", user: "koord", language: "id").body.contains("<h1>Kotak masuk</h1>"))
    }

    @Test func theReportComesAsAPageAndAsDownloads() throws {
        let world = try World()
        _ = world.post("/intake", user: "koord", [("subject", "Lampu mati"), ("description", "x"), ("skpd", "DPUPR")])
        let form = world.request("GET", "/report", user: "adm")
        #expect(form.status == 200 && form.body.contains("<select id=\"skpd\" name=\"skpd\">"))
        #expect(form.body.contains("<option value=\"DPUPR\">DPUPR — Dinas Pekerjaan Umum</option>"))
        let html = world.request("GET", "/report", user: "adm", query: "period=2026-11&skpd=DPUPR")
        #expect(html.status == 200)
        #expect(html.body.contains("<h1 class=\"title\">") && html.body.contains("Dinas Pekerjaan Umum"))
        let policy = try #require(html.headers["Content-Security-Policy"])
        #expect(policy.contains("style-src 'sha256-") && !policy.contains("unsafe-inline"))
        let csv = world.request("GET", "/report", user: "koord", query: "period=2026-11&format=csv")
        #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(csv.headers["Content-Disposition"] == "attachment; filename=\"laporan-2026-11.csv\"")
        #expect(csv.body.hasPrefix("section,"))
        #expect(world.request("GET", "/report", user: "adm", query: "period=2026-13").status == 400)
        #expect(world.request("GET", "/report", user: "koord", query: "period=2026&format=xls").status == 400)
    }
}
