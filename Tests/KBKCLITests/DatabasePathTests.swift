import Foundation
import KBKTestSupport
import Testing

/// Issue 28: `--db` naming a device or a pipe. `init` as root made /dev/null private (0600, so
/// every other user's programs broke), and any other command waited for ever on a FIFO. Anything
/// that is not a regular file (or a missing path) is refused before it is opened: 66, one line.
@Suite struct DatabasePathTests {
    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode : 0
    }

    @Test func aDeviceIsNoDatabaseAndIsLeftAsItWas() {
        let before = mode("/dev/null")
        for arguments in [["init"], ["audit"], ["check"]] {
            let result = kbk(["--db", "/dev/null"] + arguments)
            #expect(result.status == 66, "\(arguments): \(result.stderr)")
            #expect(
                result.stderr
                    == "Error: /dev/null is not a regular file (a folder, device or pipe), so it is no database; "
                    + "choose a database file with --db\n")
        }
        #expect(mode("/dev/null") == before)
        #expect(mode("/dev/null") & 0o777 == 0o666)
    }

    @Test func aLinkToARegularFileIsStillADatabase() throws {
        let folder = TemporaryFolder()
        #expect(kbk(["--db", folder.file("kbk.sqlite"), "init"]).status == 0)
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("link.sqlite"), withDestinationPath: "kbk.sqlite")
        #expect(kbk(["--db", folder.file("link.sqlite"), "audit", "--limit", "1"]).status == 0)
        #expect(kbk(["--db", folder.file("link.sqlite"), "check"]).status == 0)
    }

    /// A real process, so that a hang is a failure of this test rather than of the whole run.
    @Test(.tags(.slow), .enabled(if: slowTestsRun)) func aPipeIsRefusedAtOnceInsteadOfWaitedOn() throws {
        let folder = TemporaryFolder()
        let fifo = folder.file("kbk.sqlite")
        #expect(mkfifo(fifo, 0o600) == 0)
        for arguments in [["audit"], ["check"], ["init"], ["backup", folder.file("copy.sqlite")]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: builtExecutable())
            process.arguments = ["--db", fifo] + arguments
            process.environment = ["PATH": "/usr/bin:/bin", "KBK_LANG": "en"]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(30)
            while process.isRunning && Date() < deadline { usleep(2_000) }
            let hung = process.isRunning
            if hung { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            #expect(!hung, "\(arguments) waited on the pipe")
            #expect(process.terminationStatus == 66, "\(arguments)")
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(text.hasPrefix("Error: \(fifo) is not a regular file"), "\(arguments): \(text)")
        }
        #expect(mode(fifo) & S_IFMT == S_IFIFO)
    }
}
