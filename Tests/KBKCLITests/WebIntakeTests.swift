import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// The intake form takes everything `kbk complaint new` takes, bounded as the command line bounds
/// it, and answers with a printable receipt and a reply to copy to the citizen.
@Suite struct WebIntakeTests {
    let world: WebTests.World

    init() throws {
        world = try WebTests.World()
        for (key, value) in [
            ("org.name", "Pemerintah Kabupaten Purbalingga"), ("org.unit", "Bagian Organisasi Setda"),
            ("org.address", "Jl. Alun-alun Utara No. 1"), ("web.url", "https://kbk.purbalinggakab.go.id/kbk/"),
        ] {
            let set = kbk(["--db", world.path, "config", "set", key, value])
            #expect(set.status == 0, "\(set.stderr)")
        }
    }

    func shown(_ ticket: String) throws -> [String: Any] {
        let result = kbk(["--db", world.path, "complaint", "show", ticket, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func theFormOffersWhatTheCommandLineTakesWithWhatsAppFirst() throws {
        let page = world.request("GET", "/intake", user: "koord").body
        for name in [
            "subject", "description", "channel", "kind", "received", "category", "topic", "skpd", "location",
            "external_ref", "sop", "name", "contact", "anonymous", "confidential",
        ] {
            #expect(page.contains("name=\"\(name)\""), "\(name)")
        }
        #expect(page.contains("<option value=\"whatsapp\" selected>"))
        // The latest time it accepts is now, in the office's zone (the test's clock: 09:00 WIB).
        #expect(page.contains("type=\"datetime-local\" id=\"received\" name=\"received\" max=\"2026-11-03T09:00\""))
        // Categories and topics out of use are not offered.
        #expect(page.contains("value=\"tidak-berkadar-pengawasan\"") && !page.contains("value=\"general\""))
    }

    @Test func everyFieldLandsInTheComplaint() throws {
        let logged = world.post(
            "/intake", user: "koord",
            [
                ("subject", "Izin usaha lambat"), ("description", "Sudah tiga minggu"), ("channel", "lapor"),
                ("kind", "complaint"), ("received", "2026-11-02T14:30"), ("category", "berkadar-pengawasan"),
                ("topic", "perizinan"), ("skpd", "DPUPR"), ("location", "Kel. Purbalingga Lor"),
                ("external_ref", "LAPOR-4471021"), ("name", "Ahmad"), ("contact", "0812000000"),
                ("confidential", "1"),
            ])
        #expect(logged.status == 200, "\(logged.body)")
        let complaint = try shown("ADU-2026-00001")
        #expect(complaint["channel"] as? String == "lapor")
        #expect(complaint["received_at"] as? String == "2026-11-02T14:30:00+07:00")
        #expect(complaint["category"] as? String == "berkadar-pengawasan")
        #expect(complaint["topic"] as? String == "perizinan")
        #expect(complaint["skpd"] as? String == "DPUPR")
        #expect(complaint["location"] as? String == "Kel. Purbalingga Lor")
        #expect(complaint["external_ref"] as? String == "LAPOR-4471021")
        #expect(complaint["confidential"] as? Bool == true && complaint["anonymous"] as? Bool == false)
        // Without a choice the channel is WhatsApp and the kind a complaint.
        let plain = world.post("/intake", user: "koord", [("subject", "Lampu mati"), ("description", "Gelap")])
        #expect(plain.status == 200)
        let second = try shown("ADU-2026-00002")
        #expect(second["channel"] as? String == "whatsapp" && second["kind"] as? String == "complaint")
        #expect(second["anonymous"] as? Bool == false)
    }

    @Test func aTimeOutsideWhatTheStoreAcceptsIsRefusedNextToItsField() throws {
        let before = snapshot(world.path)
        for received in ["2026-11-03T09:30", "2026-09-01T08:00", "kemarin pagi"] {
            let page = world.post(
                "/intake", user: "koord", [("subject", "Lampu"), ("description", "x"), ("received", received)])
            #expect(page.status == 400, "\(received): \(page.status)")
            #expect(page.body.contains("id=\"received-error\""), "\(received): \(page.body)")
            #expect(page.body.contains("value=\"\(received)\""))
        }
        // A LAPOR! number already kept.
        _ = world.post(
            "/intake", user: "koord", [("subject", "Lampu"), ("description", "x"), ("external_ref", "LAPOR-1")])
        let again = snapshot(world.path)
        let twice = world.post(
            "/intake", user: "koord", [("subject", "Lampu"), ("description", "x"), ("external_ref", "LAPOR-1")])
        #expect(twice.body.contains("id=\"external_ref-error\""), "\(twice.body)")
        #expect(snapshot(world.path) == again && again != before)
    }

    @Test func theReceiptCarriesTheLetterheadTheCodeAndTheReply() throws {
        let logged = world.post(
            "/intake", user: "koord",
            [("subject", "Jalan berlubang"), ("description", "Di depan SD"), ("skpd", "DPUPR"), ("name", "Siti")])
        #expect(logged.status == 200)
        let body = logged.body
        let code = try #require(
            body.range(of: #"[2-9A-HJ-KM-NP-Z]{5}-[2-9A-HJ-KM-NP-Z]{5}"#, options: .regularExpression).map {
                String(body[$0])
            })
        #expect(body.contains("<div class=\"org\">Pemerintah Kabupaten Purbalingga</div>"))
        #expect(body.contains("TANDA TERIMA PENGADUAN"))
        #expect(body.contains("<dt>Diserahkan ke</dt><dd>Dinas Pekerjaan Umum (DPUPR)</dd>"))
        #expect(body.contains("<dt>Diterima oleh</dt><dd>Pegawai koord — NIP 197001011995031002</dd>"))
        let link = "https://kbk.purbalinggakab.go.id/kbk/status?ticket=ADU-2026-00001"
        #expect(body.contains("<dt>Pantau di</dt><dd>\(link)</dd>"))
        // The reply names the ticket, the code and the link; the complainant's name is not in it.
        let reply = try #require(body.components(separatedBy: "<textarea id=\"reply\" readonly rows=\"8\">").last)
            .components(separatedBy: "</textarea>")[0]
        #expect(reply.contains("ADU-2026-00001") && reply.contains(code) && reply.contains(link))
        #expect(reply.hasSuffix("Pemerintah Kabupaten Purbalingga") && !reply.contains("Siti"))
        // Only this page lets the letterhead's emblem (a data URI) show.
        #expect(logged.headers["Content-Security-Policy"]?.contains("img-src 'self' data:") == true)
        #expect(
            world.request("GET", "/intake", user: "koord").headers["Content-Security-Policy"]?.contains("data:")
                == false)
        let words = body.replacingOccurrences(of: link, with: "")
        for english in ["Received", "Follow", "Thank", "ticket", "Print"] {
            #expect(!words.contains(english), "\(english)")
        }
    }

    /// Without `web.url` the receipt sends the citizen to the desk, never to an address the
    /// request named (its Host header is the client's to choose).
    @Test func withoutAnAddressSetTheReceiptNamesTheDesk() throws {
        #expect(kbk(["--db", world.path, "config", "set", "web.url", ""]).status == 0)
        let token = world.token("koord")
        var environment = [
            "REQUEST_METHOD": "POST", "PATH_INFO": "/intake", "SCRIPT_NAME": "/kbk", "KBK_DB": world.path,
            "REMOTE_USER": "koord", "SERVER_NAME": "evil.example", "HTTP_HOST": "evil.example", "HTTPS": "on",
            "CONTENT_TYPE": "application/x-www-form-urlencoded",
        ]
        let body = Array("csrf=\(WebTests.encode(token))&subject=Lampu&description=Gelap".utf8)
        environment["CONTENT_LENGTH"] = String(body.count)
        var output: [UInt8] = []
        KBKWeb.serve(
            environment: environment, readBody: { Array(body.prefix($0)) }, write: { output += $0 },
            clock: { try! .parse("2026-11-03T09:00:00+07:00") })
        let page = String(decoding: output, as: UTF8.self)
        #expect(page.contains("<dt>Pantau di</dt><dd>meja pengaduan, dengan tiket dan kode</dd>"), "\(page)")
        #expect(!page.contains("evil.example"))
    }

    /// A refused complainant's name is not echoed back: the message hides it, as on the command line.
    @Test func aRefusedNameIsNotShownInTheReason() {
        let name = "Siti " + String(repeating: "Aminah ", count: 40)
        let page = world.post("/intake", user: "koord", [("subject", "Lampu"), ("description", "x"), ("name", name)])
        #expect(page.status == 400)
        let reason =
            page.body.components(separatedBy: "id=\"name-error\">").dropFirst().first?
            .components(separatedBy: "</span>").first ?? ""
        #expect(!reason.isEmpty && !reason.contains("Aminah"), "\(reason)")
    }

    @Test func theSameIntakeFormSentTwiceRecordsOneComplaint() throws {
        let form = world.request("GET", "/intake", user: "koord").body
        let marker = "name=\"form_key\" value=\""
        let key = try #require(form.range(of: marker).map { String(form[$0.upperBound...].prefix { $0 != "\"" }) })
        #expect(key.count == 32 && key.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        let fields = [("subject", "Jalan rusak"), ("description", "Lubang"), ("skpd", "DPUPR"), ("form_key", key)]
        let first = world.post("/intake", user: "koord", fields)
        #expect(first.status == 200 && first.body.contains("ADU-2026-00001"), "\(first.body)")
        let before = snapshot(world.path)
        // A reload of the receipt sends the same form again: refused, naming what it recorded.
        let again = world.post("/intake", user: "koord", fields)
        #expect(again.status == 400 && again.body.contains("formulir ini sudah terkirim dan mencatat ADU-2026-00001"))
        #expect(snapshot(world.path) == before)
        // Another form (another key) records another complaint; a page opened anew has a new key.
        let other = world.request("GET", "/intake", user: "koord").body
        #expect(!other.contains(key))
        #expect(world.post("/intake", user: "koord", Array(fields.dropLast())).body.contains("ADU-2026-00002"))
    }
}
