import Foundation
import KBKDomain
import Testing

@testable import KBKMail

/// `mail.command` names a program that only root can change, no shell or interpreter, with fixed
/// sendmail options (issue 28: `/bin/sh -c …` as the mail command ran any code as the cron user).
@Suite struct MailCommandPolicyTests {
    /// A folder (root's, 0755, as CI runs as root) holding a stand-in `sendmail` of mode 0755.
    final class Stand: @unchecked Sendable {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kbk-policy-\(UUID().uuidString)")
        let program: String

        init() throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            program = folder.appendingPathComponent("sendmail").path
            try "#!/bin/sh\ncat > /dev/null\n".write(toFile: program, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    static let runAsRoot = getuid() == 0

    @Test(.enabled(if: runAsRoot)) func aRootOwnedProgramWithSendmailOptionsIsAllowed() throws {
        let stand = try Stand()
        let words = try MailCommandPolicy.check("\(stand.program)  -t -oi -f kbk@purbalinggakab.go.id")
        #expect(words == [stand.program, "-t", "-oi", "-f", "kbk@purbalinggakab.go.id"])
        try MailCommand(checking: "\(stand.program) -t").send("x")
    }

    @Test func shellsAndInterpretersAreRefusedEvenWhenRootOwnsThem() throws {
        for command in [
            "/bin/sh -c id", "/bin/sh", "/usr/bin/bash", "/usr/bin/env", "/usr/bin/python3.12", "/usr/bin/perl",
            "/bin/busybox", "/usr/bin/dash",
        ] {
            #expect(throws: MailCommandProblem.interpreter(String(command.split(separator: " ")[0]))) {
                try MailCommandPolicy.check(command)
            }
        }
    }

    @Test(.enabled(if: runAsRoot)) func aLinkToAShellUnderAnInnocentNameIsRefused() throws {
        let stand = try Stand()
        let link = stand.folder.appendingPathComponent("mailer").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/bin/sh")
        let resolved = try #require(MailCommandPolicy.realPath("/bin/sh"))
        #expect(throws: MailCommandProblem.interpreter(resolved)) { try MailCommandPolicy.check("\(link) -t") }
    }

    @Test(.enabled(if: runAsRoot)) func argumentsThatCarryCodeOrFilesAreRefused() throws {
        let stand = try Stand()
        for argument in ["-c", "-C/tmp/evil.cf", "--passwordeval=id", "-oQ/tmp", "x", "-f", "-f-oX"] {
            #expect(throws: MailCommandProblem.argument(argument)) {
                try MailCommandPolicy.check("\(stand.program) -t \(argument)")
            }
        }
        #expect(throws: MailCommandProblem.shape) { try MailCommandPolicy.check("sendmail -t") }
    }

    @Test(.enabled(if: runAsRoot)) func aProgramOthersCanChangeIsRefused() throws {
        let stand = try Stand()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: stand.program)
        #expect(throws: MailCommandProblem.writableByOthers(stand.program)) {
            try MailCommandPolicy.check(stand.program)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stand.program)
        #expect(chown(stand.program, 65534, 65534) == 0)
        #expect(throws: MailCommandProblem.notOwnedByRoot(stand.program)) {
            try MailCommandPolicy.check(stand.program)
        }
        #expect(chown(stand.program, 0, 0) == 0)
        // Its folder: whoever may write there may put another program under the name.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: stand.folder.path)
        #expect(throws: MailCommandProblem.writableByOthers(stand.folder.path)) {
            try MailCommandPolicy.check(stand.program)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stand.folder.path)
        // Not executable, not a regular file, not there.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: stand.program)
        #expect(throws: MailCommandProblem.notExecutableFile(stand.program)) {
            try MailCommandPolicy.check(stand.program)
        }
        #expect(throws: MailCommandProblem.notExecutableFile(stand.folder.path)) {
            try MailCommandPolicy.check(stand.folder.path)
        }
        #expect(
            throws: MailCommandProblem.unreadable(path: "/nonexistent/sendmail", reason: "No such file or directory")
        ) {
            try MailCommandPolicy.check("/nonexistent/sendmail -t")
        }
    }
}
