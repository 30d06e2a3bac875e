import Foundation
import KBKDomain
import KBKTestSupport
import Testing

/// Notices to the citizen: recorded with the hand-over, response, resolution and closing of their
/// complaint, sent once by `kbk escalate` (e-mail through the mail program, SMS or WhatsApp through
/// the gateway program as JSON on its standard input), listed by `kbk notices --citizens`.
@Suite struct CitizenNoticeTests {
    let folder = TemporaryFolder()
    let path: String
    let mailbox: String
    let outbox: String

    init() throws {
        path = folder.file("kbk.sqlite")
        mailbox = folder.file("mailbox")
        outbox = folder.file("outbox")
        for box in [mailbox, outbox] {
            try FileManager.default.createDirectory(atPath: box, withIntermediateDirectories: true)
        }
        try standIn(folder.file("sendmail"), into: mailbox, exitStatus: 0)
        try standIn(folder.file("gateway"), into: outbox, exitStatus: 0)
        let setup: [[String]] = [
            ["init"],
            ["config", "set", "clock.pinning", "allowed"],
            ["config", "set", "org.name", "Pemerintah Kabupaten Purbalingga"],
            ["config", "set", "web.url", "https://kbk.purbalinggakab.go.id/kbk"],
            ["config", "set", "mail.command", "\(folder.file("sendmail")) -t -oi"],
            ["skpd", "add", "DPUPR", "--name", "Dinas Pekerjaan Umum", "--kind", "agency"],
            [
                "official", "add", "--login", "adm", "--nip", "198801012010011004", "--name", "Dewi", "--skpd", "DPUPR",
                "--role", "unit-admin",
            ],
            // By WhatsApp with a number, by letter with an e-mail address, anonymous, and with only a street.
            [
                "complaint", "new", "--subject", "Jalan berlubang", "--description", "Depan SD", "--channel",
                "whatsapp",
                "--contact", "0812-3456-7890",
            ],
            [
                "complaint", "new", "--subject", "Lampu padam", "--description", "Gang Melati", "--channel", "letter",
                "--contact", "siti@example.org",
            ],
            [
                "complaint", "new", "--subject", "Pungutan", "--description", "Di loket", "--channel", "sms",
                "--anonymous",
            ],
            [
                "complaint", "new", "--subject", "Selokan", "--description", "Mampet", "--channel", "sms", "--contact",
                "Jl. Melati 3",
            ],
        ]
        for arguments in setup {
            let result = kbk(["--db", path] + arguments, environment: ["KBK_NOW": "2026-11-02T08:00:00+07:00"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    func standIn(_ program: String, into box: String, exitStatus: Int32) throws {
        let script = """
            #!/bin/sh
            n=$(ls '\(box)' | grep -c '^message-')
            cat > '\(box)'/message-$n
            exit \(exitStatus)

            """
        try script.write(toFile: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program)
    }

    func messages(_ box: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: box).sorted().map {
            try String(contentsOfFile: box + "/" + $0, encoding: .utf8)
        }
    }

    func run(_ arguments: [String], at time: String, onBehalfOf: String? = nil) -> CLIResult {
        kbk(
            ["--db", path] + (onBehalfOf.map { ["--on-behalf-of", $0] } ?? []) + arguments,
            environment: ["KBK_NOW": time])
    }

    @Test func eachStepTellsTheCitizenOnceByTheirContact() throws {
        for ticket in ["ADU-2026-00001", "ADU-2026-00002", "ADU-2026-00003", "ADU-2026-00004"] {
            #expect(
                run(["complaint", "verify", ticket, "--skpd", "DPUPR"], at: "2026-11-02T09:00:00+07:00").status == 0)
        }
        let responded = run(
            ["complaint", "respond", "ADU-2026-00001", "--message", "Tim meninjau besok"],
            at: "2026-11-02T10:00:00+07:00", onBehalfOf: "adm")
        #expect(responded.status == 0, "\(responded.stderr)")
        // Without a gateway the WhatsApp notices have nowhere to go: recorded so, and said.
        let first = run(["escalate"], at: "2026-11-02T11:00:00+07:00")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Notices to citizens: 1 sent; 2 SMS/WhatsApp without notice.gateway."))
        let mails = try messages(mailbox)
        #expect(mails.count == 1)
        #expect(mails.first?.contains("To: siti@example.org") == true)
        // The body as a person reads it, its lines wrapped for mail readers.
        let body = (mails.first ?? "").replacingOccurrences(of: "\n", with: " ")
        #expect(body.contains("sudah diverifikasi dan diserahkan kepada Dinas Pekerjaan Umum"), "\(body)")
        #expect(body.contains("https://kbk.purbalinggakab.go.id/kbk/status?ticket=ADU-2026-00002"))

        // With a gateway, the resolution goes to the WhatsApp number as JSON, once.
        #expect(
            run(["config", "set", "notice.gateway", folder.file("gateway")], at: "2026-11-02T11:00:00+07:00").status
                == 0)
        #expect(
            run(
                ["complaint", "resolve", "ADU-2026-00001", "--message", "Sudah ditambal"],
                at: "2026-11-03T10:00:00+07:00", onBehalfOf: "adm"
            ).status == 0)
        let second = run(["escalate"], at: "2026-11-03T11:00:00+07:00")
        #expect(second.status == 0, "\(second.stderr)")
        let sent = try messages(outbox)
        #expect(sent.count == 1)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data((sent.first ?? "").utf8)) as? [String: Any])
        #expect(json["channel"] as? String == "whatsapp" && json["to"] as? String == "6281234567890")
        #expect(json["ticket"] as? String == "ADU-2026-00001" && json["occasion"] as? String == "resolved")
        let text = try #require(json["text"] as? String)
        #expect(text.contains("telah diselesaikan oleh Dinas Pekerjaan Umum: \"Sudah ditambal\""), "\(text)")
        #expect(text.hasSuffix("— Pemerintah Kabupaten Purbalingga"))
        // Sent once: a third run sends nothing.
        #expect(!run(["escalate"], at: "2026-11-03T12:00:00+07:00").stdout.contains("Notices to citizens"))
        #expect(try messages(outbox).count == 1 && messages(mailbox).count == 1)

        // The anonymous complainant and the one with only a street get none; the list never shows a contact.
        let listed = run(["notices", "--citizens", "--format", "csv"], at: "2026-11-03T12:00:00+07:00")
        #expect(listed.status == 0, "\(listed.stderr)")
        let rows = listed.stdout.split(whereSeparator: \.isNewline)
        #expect(rows.first == "recorded_at,ticket,occasion,channel,delivery")
        #expect(rows.count == 5, "\(listed.stdout)")
        #expect(!listed.stdout.contains("ADU-2026-00003") && !listed.stdout.contains("ADU-2026-00004"))
        #expect(!listed.stdout.contains("0812") && !listed.stdout.contains("siti@"))
        #expect(listed.stdout.contains(",ADU-2026-00001,resolved,whatsapp,gateway"))
        #expect(listed.stdout.contains(",ADU-2026-00001,responded,whatsapp,no-gateway"))
        let indonesian = kbk(
            ["--db", path, "--lang", "id", "notices", "--citizens"],
            environment: ["KBK_NOW": "2026-11-03T12:00:00+07:00"])
        #expect(indonesian.stdout.contains("diselesaikan") && indonesian.stdout.contains("terkirim (gateway)"))
        #expect(kbk(["--db", path, "check"], environment: ["KBK_NOW": "2026-11-03T12:00:00+07:00"]).status == 0)
    }

    @Test func aGatewayThatFailsKeepsTheNoticeForTheNextRunAndAShellIsRefused() throws {
        #expect(
            run(["config", "set", "notice.gateway", folder.file("gateway")], at: "2026-11-02T08:30:00+07:00").status
                == 0)
        try standIn(folder.file("gateway"), into: outbox, exitStatus: 1)
        #expect(
            run(["complaint", "verify", "ADU-2026-00001", "--skpd", "DPUPR"], at: "2026-11-02T09:00:00+07:00").status
                == 0)
        let failed = run(["escalate"], at: "2026-11-02T10:00:00+07:00")
        #expect(failed.status == 75, "\(failed.stdout)\(failed.stderr)")
        let waiting = run(
            ["notices", "--citizens", "--undelivered", "--format", "json"], at: "2026-11-02T10:00:00+07:00")
        #expect(
            waiting.stdout.contains("\"last_error\"") && waiting.stdout.contains("handed_over"), "\(waiting.stdout)")
        try standIn(folder.file("gateway"), into: outbox, exitStatus: 0)
        #expect(run(["escalate"], at: "2026-11-02T11:00:00+07:00").status == 0)
        #expect(try messages(outbox).count == 2, "the failed hand-over and the one that went")
        // No shell, no arguments: the gateway's rules are the mail program's.
        for refused in ["/bin/sh", "\(folder.file("gateway")) --to 0812"] {
            let result = run(["config", "set", "notice.gateway", refused], at: "2026-11-02T11:00:00+07:00")
            #expect(result.status != 0 && result.stderr.contains("notice.gateway"), "\(refused): \(result.stderr)")
        }
    }
}
