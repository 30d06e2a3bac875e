import Foundation
import KBKDomain
import KBKTestSupport
import Testing

@testable import KBKWeb

/// WhatsApp intake without an API: a chat copied or exported as text gives the complaint's subject,
/// description, time received and contact, on the command line (`--from-whatsapp FILE`) and in the
/// intake form (pasted, then checked by the desk before it is sent).
@Suite struct WhatsAppIntakeTests {
    static let copied = """
        [09.15, 2/11/2026] +62 812-3456-7890: Jalan di depan SD Negeri 1 Bobotsari rusak parah
        sudah seminggu tidak diperbaiki
        [09.20, 2/11/2026] Admin Pemkab: Terima kasih, kami catat
        [09.21, 2/11/2026] +62 812-3456-7890: Mohon segera ya pak
        """

    @Test func everyFormWhatsAppWritesIsRead() throws {
        let android = try #require(WhatsAppMessage.parse(Self.copied))
        #expect(android.date.description == "2026-11-02" && android.minutes == 9 * 60 + 15)
        #expect(android.number?.digits == "081234567890")
        #expect(android.subject == "Jalan di depan SD Negeri 1 Bobotsari rusak parah")
        #expect(android.text.hasSuffix("tidak diperbaiki\nMohon segera ya pak") && !android.text.contains("kami catat"))
        let iphone = try #require(WhatsAppMessage.parse("[02/11/26 09.15.33] Budi Santoso: Lampu PJU mati"))
        #expect(iphone.sender == "Budi Santoso" && iphone.number == nil && iphone.minutes == 555)
        let exported = try #require(WhatsAppMessage.parse("02/11/26 09:15 - Budi: Sampah menumpuk"))
        #expect(exported.date.description == "2026-11-02" && exported.text == "Sampah menumpuk")
        #expect(WhatsAppMessage.parse("halo pak, jalan rusak") == nil)
        #expect(WhatsAppMessage.parse("[31/02/2026 09.15] Budi: tanggal tidak ada") == nil)
        let long = String(repeating: "kata ", count: 40)
        #expect(try #require(WhatsAppMessage.parse("[09.15, 2/11/2026] Budi: \(long)")).subject.count <= 81)
    }

    @Test func theCommandLineLogsAComplaintFromAChatFile() throws {
        let world = try WebTests.World()
        let file = world.folder.file("chat.txt")
        try Self.copied.write(toFile: file, atomically: true, encoding: .utf8)
        let logged = kbk(
            ["--db", world.path, "complaint", "new", "--from-whatsapp", file, "--format", "json"],
            environment: ["KBK_NOW": "2026-11-02T10:00:00+07:00"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.contains("\"received_at\": \"2026-11-02T09:15:00+07:00\""))
        #expect(logged.stdout.contains("\"channel\": \"whatsapp\""))
        #expect(logged.stdout.contains("\"subject\": \"Jalan di depan SD Negeri 1 Bobotsari rusak parah\""))
        let shown = kbk(
            [
                "--db", world.path, "complaint", "show", "ADU-2026-00001", "--reveal-identity", "--reason", "uji",
                "--format", "json",
            ], environment: ["KBK_NOW": "2026-11-02T10:00:00+07:00"])
        #expect(shown.stdout.contains("081234567890"), "\(shown.stdout)")
        // A file that holds no message is refused by name, and nothing is written.
        let bad = world.folder.file("bad.txt")
        try "halo pak".write(toFile: bad, atomically: true, encoding: .utf8)
        let before = snapshot(world.path)
        let refused = kbk(["--db", world.path, "--lang", "id", "complaint", "new", "--from-whatsapp", bad])
        #expect(refused.status == 65 && refused.stderr.contains("tidak memuat pesan WhatsApp"), "\(refused.stderr)")
        #expect(snapshot(world.path) == before)
    }

    @Test func thePastedChatFillsTheIntakeFormAndWritesNothing() throws {
        let world = try WebTests.World()
        let before = snapshot(world.path)
        let filled = world.post("/intake/whatsapp", user: "koord", [("chat", Self.copied)])
        #expect(filled.status == 200, "\(filled.body)")
        #expect(filled.body.contains("Diisi dari obrolan WhatsApp"))
        #expect(filled.body.contains("value=\"Jalan di depan SD Negeri 1 Bobotsari rusak parah\""))
        #expect(filled.body.contains("value=\"081234567890\"") && filled.body.contains("value=\"2026-11-02T09:15\""))
        #expect(snapshot(world.path) == before)
        let refused = world.post("/intake/whatsapp", user: "koord", [("chat", "halo pak")])
        #expect(refused.status == 400 && refused.body.contains("id=\"whatsapp-chat-error\""), "\(refused.body)")
        #expect(snapshot(world.path) == before)
    }
}
