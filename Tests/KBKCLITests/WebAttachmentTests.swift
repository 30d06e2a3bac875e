import Foundation
import KBKTestSupport
import Testing

@testable import KBKWeb

/// Files through the web's forms (`multipart/form-data`): the intake's and a response's, each
/// checked by its content; the complaint page's thumbnails for whoever may read the complaint, and
/// the citizen's page for the files the desk shows.
@Suite struct WebAttachmentTests {
    let world: WebTests.World
    let fixtures = packageRoot().appendingPathComponent("Tests/KBKAttachmentTests/Fixtures")

    init() throws {
        world = try WebTests.World()
    }

    func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    /// A `multipart/form-data` post as a browser sends it: the fields, then the files.
    func postWithFiles(
        _ path: String, user: String, _ fields: [(String, String)], files: [(String, [UInt8])]
    ) -> WebTests.Response {
        let boundary = "----kbkTestBoundary7MA4YWxkTrZu0gW"
        var body: [UInt8] = []
        for (name, value) in [("csrf", world.token(user))] + fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (filename, bytes) in files {
            body +=
                Array(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"attach\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                        .utf8) + bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return world.request(
            "POST", path, user: user, rawBody: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    static let intake = [
        ("subject", "Jalan berlubang"), ("description", "Di depan SD Karangreja"), ("channel", "whatsapp"),
        ("skpd", "DPUPR"),
    ]

    @Test func theIntakeFormKeepsTheCitizensPhotosAndTheResponseItsProof() throws {
        let logged = postWithFiles(
            "/intake", user: "koord", Self.intake,
            files: [("jalan rusak.jpg", try fixture("photo.jpg")), ("surat.pdf", try fixture("letter.pdf"))])
        #expect(logged.status == 200, "\(logged.body)")
        let code = try #require(
            logged.body.range(of: #"[2-9A-HJ-KM-NP-Z]{5}-[2-9A-HJ-KM-NP-Z]{5}"#, options: .regularExpression).map {
                String(logged.body[$0])
            })
        let page = world.request("GET", "/complaint/ADU-2026-00001", user: "agus")
        #expect(
            page.body.contains(
                "<img src=\"/kbk/complaint/ADU-2026-00001/attachment/1\" alt=\"jalan rusak.jpg\" loading=\"lazy\""),
            "\(page.body)")
        #expect(page.body.contains("#2 surat.pdf (PDF)"))
        // The photo as the page shows it: the copy without its metadata, never run, never sniffed.
        let photo = world.request("GET", "/complaint/ADU-2026-00001/attachment/1", user: "agus")
        #expect(photo.status == 200 && photo.headers["Content-Type"] == "image/jpeg")
        #expect(photo.headers["Content-Security-Policy"] == "default-src 'none'; sandbox")
        #expect(photo.headers["X-Content-Type-Options"] == "nosniff")
        #expect(!photo.body.contains("Xiaomi") && Int(photo.headers["Content-Length"] ?? "") ?? 0 < 584)
        let pdf = world.request("GET", "/complaint/ADU-2026-00001/attachment/2", user: "agus")
        #expect(pdf.headers["Content-Disposition"]?.hasPrefix("attachment;") == true)
        // The unit answers with a photo shown to the citizen; the intake's files stay the desk's.
        let answered = postWithFiles(
            "/complaint/ADU-2026-00001/respond", user: "adm",
            [("message", "Sudah ditambal"), ("attach_public", "1")], files: [("hasil.png", try fixture("photo.png"))])
        #expect(answered.status == 303, "\(answered.body)")
        let status = world.request("GET", "/status", user: nil, query: "ticket=ADU-2026-00001&code=\(code)")
        #expect(status.body.contains("alt=\"hasil.png\"") && !status.body.contains("jalan rusak"), "\(status.body)")
        let shown = world.request(
            "GET", "/status/attachment", user: nil, query: "ticket=ADU-2026-00001&code=\(code)&id=3")
        #expect(shown.status == 200 && shown.headers["Content-Type"] == "image/png")
        // The desk's own files are not the citizen's, and no file opens without the code.
        #expect(
            world.request("GET", "/status/attachment", user: nil, query: "ticket=ADU-2026-00001&code=\(code)&id=1")
                .status == 404)
        #expect(
            world.request("GET", "/status/attachment", user: nil, query: "ticket=ADU-2026-00001&code=XXXXX-XXXXX&id=3")
                .status == 404)
    }

    @Test func hostileFilesComeBackWithTheReasonByTheFieldAndNothingIsStored() throws {
        let untouched = snapshot(world.path)
        let hostile: [(String, [UInt8], String)] = [
            ("foto.jpg", Array("<?php system($_GET['c']); ?>".utf8), "isinya berkas PHP"),
            ("peta.svg", Array("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".utf8), "SVG"),
            (
                "surat.pdf",
                Array("%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (x) >> >> endobj\n%%EOF\n".utf8),
                "/JavaScript"
            ),
        ]
        for (name, bytes, said) in hostile {
            let refused = postWithFiles("/intake", user: "koord", Self.intake, files: [(name, bytes)])
            #expect(refused.status == 400, "\(refused.body)")
            #expect(refused.body.contains("<span class=\"field-error\" id=\"attach-error\">"), "\(refused.body)")
            #expect(refused.body.contains(said) && refused.body.contains("Jalan berlubang"))
        }
        #expect(snapshot(world.path) == untouched)
    }

    @Test func anotherUnitsOfficialGetsNoFileOfAConfidentialComplaint() throws {
        let logged = postWithFiles(
            "/intake", user: "koord", Self.intake + [("confidential", "1")],
            files: [("bukti.jpg", try fixture("photo.jpg"))])
        #expect(logged.status == 200, "\(logged.body)")
        #expect(world.request("GET", "/complaint/ADU-2026-00001/attachment/1", user: "agus").status == 200)
        let elsewhere = world.request("GET", "/complaint/ADU-2026-00001/attachment/1", user: "adm.dlh")
        #expect(elsewhere.status == 404)
        #expect(!world.request("GET", "/complaint/ADU-2026-00001", user: "adm.dlh").body.contains("bukti.jpg"))
    }

    /// The real CGI process writes a file's bytes as they are: a photo is not text.
    @Test func theCGIProcessServesAPhotoByteForByte() throws {
        let logged = postWithFiles(
            "/intake", user: "koord", Self.intake, files: [("jalan.jpg", try fixture("photo.jpg"))])
        #expect(logged.status == 200, "\(logged.body)")
        let saved = world.folder.file("saved.jpg")
        #expect(
            kbk(["--db", world.path, "complaint", "attachment", "ADU-2026-00001", "1", "--save", saved]).status == 0)
        let served = try runProcess(
            builtExecutable("kbk-web"), [],
            environment: [
                "GATEWAY_INTERFACE": "CGI/1.1", "REQUEST_METHOD": "GET", "SCRIPT_NAME": "/kbk",
                "PATH_INFO": "/complaint/ADU-2026-00001/attachment/1", "REMOTE_USER": "koord", "KBK_DB": world.path,
            ])
        let body = try #require(served.stdoutBytes.range(of: Data("\r\n\r\n".utf8)))
        #expect(served.stdoutBytes[body.upperBound...] == (try Data(contentsOf: URL(fileURLWithPath: saved))))
        #expect(served.stdoutBytes[body.upperBound...].starts(with: [0xFF, 0xD8, 0xFF]))
    }

    @Test func theUnitShowsAFileToTheCitizenFromItsPageAndAnotherUnitMayNot() throws {
        let logged = postWithFiles(
            "/intake", user: "koord", Self.intake, files: [("jalan.jpg", try fixture("photo.jpg"))])
        let code = try #require(
            logged.body.range(of: #"[2-9A-HJ-KM-NP-Z]{5}-[2-9A-HJ-KM-NP-Z]{5}"#, options: .regularExpression).map {
                String(logged.body[$0])
            })
        let page = world.request("GET", "/complaint/ADU-2026-00001", user: "adm")
        #expect(page.body.contains("action=\"/kbk/complaint/ADU-2026-00001/attachment-visibility\""), "\(page.body)")
        let status = { world.request("GET", "/status", user: nil, query: "ticket=ADU-2026-00001&code=\(code)").body }
        #expect(!status().contains("jalan.jpg"))
        let elsewhere = world.post(
            "/complaint/ADU-2026-00001/attachment-visibility", user: "adm.dlh", [("id", "1"), ("public", "1")])
        #expect(elsewhere.status == 403, "\(elsewhere.body)")
        #expect(!status().contains("jalan.jpg"))
        let shown = world.post(
            "/complaint/ADU-2026-00001/attachment-visibility", user: "adm", [("id", "1"), ("public", "1")])
        #expect(shown.status == 303, "\(shown.body)")
        #expect(status().contains("alt=\"jalan.jpg\""))
        let hidden = world.post(
            "/complaint/ADU-2026-00001/attachment-visibility", user: "adm", [("id", "1"), ("public", "0")])
        #expect(hidden.status == 303)
        #expect(!status().contains("jalan.jpg"))
    }
}
