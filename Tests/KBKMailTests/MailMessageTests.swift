import Foundation
import KBKDigest
import KBKDomain
import Testing

@testable import KBKMail

@Suite struct MailMessageTests {
    let date = try! Timestamp.parse("2026-12-02T07:00:05+07:00")

    func message(subject: String, toName: String = "Budi Santoso") -> MailMessage {
        MailMessage(
            from: Mailbox(parsing: "Sistem KBK <kbk@purbalinggakab.go.id>"),
            to: [Mailbox(name: toName, address: "budi@purbalinggakab.go.id")],
            cc: [Mailbox(name: nil, address: "koordinator@purbalinggakab.go.id")], subject: subject, date: date,
            timeZone: .wib, messageID: "<kbk.notice.7.ADU-2026-00012@purbalinggakab.go.id>",
            extraHeaders: [("X-KBK-Ticket", "ADU-2026-00012")], body: "Baris satu\nBaris dua")
    }

    @Test func headersAreThoseOfAnRFC5322Message() {
        let text = message(subject: "Tenggat tanggapan 75%").rendered(.crlf)
        let expected = [
            "From: Sistem KBK <kbk@purbalinggakab.go.id>", "To: Budi Santoso <budi@purbalinggakab.go.id>",
            "Cc: koordinator@purbalinggakab.go.id", "Subject: Tenggat tanggapan 75%",
            "Date: Wed, 02 Dec 2026 07:00:05 +0700", "Message-ID: <kbk.notice.7.ADU-2026-00012@purbalinggakab.go.id>",
            "Auto-Submitted: auto-generated", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit", "X-KBK-Ticket: ADU-2026-00012", "", "Baris satu", "Baris dua", "",
        ].joined(separator: "\r\n")
        #expect(text == expected)
        #expect(!message(subject: "x").rendered(.lf).contains("\r"))
    }

    /// Checked against Foundation's base64 and the RFC 4648 test vectors.
    @Test func encodedWordsCarryUTF8AndNoWordIsLongerThan75() {
        for sample in ["", "f", "fo", "foo", "foob", "fooba", "foobar"] {
            #expect(Base64.encode(Array(sample.utf8)) == Data(sample.utf8).base64EncodedString())
            #expect(Base64.decode(Base64.encode(Array(sample.utf8))) == Array(sample.utf8))
        }
        for broken in ["Zm9", "Zm9v=", "Z===", "Zm9v\nYmFy", "Zm=v"] { #expect(Base64.decode(broken) == nil) }
        let subject = String(repeating: "Jalan rusak di Kecamatan Kalimanah – ", count: 3)
        let header = HeaderText.unstructured(subject)
        let words = header.split(separator: " ")
        #expect(words.allSatisfy { $0.hasPrefix("=?utf-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
        let decoded = words.map { word in
            let payload = word.dropFirst("=?utf-8?B?".count).dropLast(2)
            return String(decoding: Data(base64Encoded: String(payload)) ?? Data(), as: UTF8.self)
        }.joined()
        #expect(decoded == subject)
        let rendered = message(subject: subject).rendered(.lf)
        #expect(rendered.split(separator: "\n").allSatisfy { $0.count <= 78 })
    }

    @Test func noTextCanAddAHeader() {
        let rendered = message(subject: "Halo\r\nBcc: semua@example.id", toName: "Budi\nBcc: x@example.id")
            .rendered(.lf)
        #expect(!rendered.contains("\nBcc:"))
        #expect(rendered.contains("Subject: Halo  Bcc: semua@example.id"))
        // A name with specials is quoted.
        let quoted = message(subject: "x", toName: "Santoso, Budi \"Pak\"").rendered(.lf)
        #expect(quoted.contains(#"To: "Santoso, Budi \"Pak\"" <budi@purbalinggakab.go.id>"#))
    }
}

@Suite struct MailCommandTests {
    func script(_ body: String) throws -> (URL, URL) {
        // All suites share one process: a program that stops reading must give EPIPE here, never a
        // SIGPIPE that ends every test (MailCommand restores the signal after its own write).
        signal(SIGPIPE, SIG_IGN)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kbk-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let program = folder.appendingPathComponent("sendmail")
        try ("#!/bin/sh\n" + body).write(to: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        return (folder, program)
    }

    @Test func theMessageReachesTheProgramsStandardInputWithItsArguments() throws {
        let (folder, program) = try script(
            "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\"\ncat > \"$(dirname \"$0\")/message\"\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(repeating: "Pesan panjang. ", count: 20_000)
        try MailCommand("\(program.path) -t -oi").send(text)
        #expect(try String(contentsOf: folder.appendingPathComponent("message"), encoding: .utf8) == text)
        #expect(try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8) == "-t\n-oi\n")
    }

    @Test func aRefusalOrAMissingProgramIsAnError() throws {
        let (folder, program) = try script("cat > /dev/null\nexit 75\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: MailCommandError.exited(program: program.path, status: 75)) {
            try MailCommand(program.path).send("x")
        }
        // One that does not read what it is given is no crash of kbk.
        let (quitter, early) = try script("exit 0\n")
        defer { try? FileManager.default.removeItem(at: quitter) }
        try? MailCommand(early.path).send(String(repeating: "x", count: 1_000_000))
        #expect(throws: MailCommandError.self) { try MailCommand("/nonexistent/sendmail -t").send("x") }
    }
}
