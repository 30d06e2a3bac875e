import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

/// Issue 28: two `kbk escalate` runs at once sent every notice twice. These run the built `kbk` as
/// separate processes against one database, with a stand-in `sendmail` that keeps every message it
/// is given and, the first time it is run, waits in the middle of sending until the test opens a
/// gate (a FIFO): the runs overlap for certain, without a pause anywhere.
@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct EscalationClaimTests {
    let binary = builtExecutable()

    /// The world of `EscalationTests` with the waiting stand-in. On Thursday 5 November two notices
    /// are due (ADU-2026-00002's verification at 75 %, ADU-2026-00001's response at 50 %).
    final class Scene {
        let world: EscalationTests.World
        let started: String
        let gate: String

        init() throws {
            world = try EscalationTests.World()
            started = world.folder.file("started")
            gate = world.folder.file("gate")
            #expect(mkfifo(started, 0o600) == 0 && mkfifo(gate, 0o600) == 0)
            let script = """
                #!/bin/sh
                f=$(mktemp '\(world.mailbox)/message-XXXXXX')
                cat > "$f"
                if mkdir '\(world.folder.file("first"))' 2>/dev/null; then
                    echo started > '\(started)'
                    cat '\(gate)' > /dev/null
                fi
                exit 0

                """
            try script.write(toFile: world.sendmail, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: world.sendmail)
        }

        /// The Message-ID of every message the stand-in was given, one entry per message.
        func messageIDs() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: world.mailbox).filter { $0.hasPrefix("message-") }
                .map { name in
                    let message = try String(contentsOfFile: world.mailbox + "/" + name, encoding: .utf8)
                    return world.header("Message-ID", in: message) ?? "(none in \(name))"
                }.sorted()
        }

        /// Waits until the stand-in's first run is inside its send (it writes to `started`).
        func waitUntilTheFirstSendWaits() -> Bool {
            let path = started
            return EscalationClaimTests.within(120) {
                let descriptor = open(path, O_RDONLY)
                var buffer = [UInt8](repeating: 0, count: 64)
                while read(descriptor, &buffer, buffer.count) > 0 {}
                close(descriptor)
            }
        }

        /// Lets the waiting send go on: opening the gate for writing and closing it ends its read.
        func openTheGate() -> Bool {
            let path = gate
            return EscalationClaimTests.within(120) { close(open(path, O_WRONLY)) }
        }

        func database() throws -> Connection { try Connection(path: world.path, mode: .readOnly) }
    }

    /// Runs a blocking step on a thread of its own and waits for it at most `seconds`.
    static func within(_ seconds: Int, _ step: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            step()
            done.signal()
        }
        return done.wait(timeout: .now() + .seconds(seconds)) == .success
    }

    func escalate(_ scene: Scene, at instant: String, output: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--db", scene.world.path, "escalate"]
        process.environment = ["PATH": "/usr/bin:/bin", "KBK_LANG": "en", "KBK_NOW": instant]
        #expect(FileManager.default.createFile(atPath: output, contents: nil))
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: output + ".err")
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func twoRunsAtOnceSendEachNoticeOnce() throws {
        let scene = try Scene()
        let thursday = "2026-11-05T07:00:00+07:00"
        let first = try escalate(scene, at: thursday, output: scene.world.folder.file("first.out"))
        guard scene.waitUntilTheFirstSendWaits() else {
            first.terminate()
            Issue.record("the first run never reached its mail command")
            return
        }
        // The first run has recorded both notices and is in the middle of sending the first; a
        // second run starts now and ends before the first sends anything more.
        let second = try runProcess(
            binary, ["--db", scene.world.path, "escalate"], environment: ["KBK_NOW": thursday])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "No deadline notices are due.\n", "\(second.stdout)")
        #expect(scene.openTheGate())
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let firstOutput = try String(contentsOfFile: scene.world.folder.file("first.out"), encoding: .utf8)
        #expect(
            firstOutput
                == "Recorded 2 deadline notice(s) (1 at 50 %, 1 at 75 %, 0 overdue); 2 handed to the mail command.\n")
        let ids = try scene.messageIDs()
        #expect(ids.count == 2, "\(ids)")
        #expect(Set(ids).count == ids.count, "a notice was sent twice: \(ids)")
        let db = try scene.database()
        #expect(try db.scalar("SELECT count(*) FROM notice")?.intValue == 2)
        #expect(try db.scalar("SELECT count(*) FROM notice WHERE delivered_at IS NULL")?.intValue == 0)
        #expect(try db.scalar("SELECT count(DISTINCT claimed_by) FROM notice")?.intValue == 1)
    }

    /// A run killed in the middle of sending leaves its claims: a run within the ten minutes sends
    /// nothing (the first might still be alive), the first run ten minutes after the claim sends
    /// every notice the killed one had claimed.
    @Test func aClaimLeftByAKilledRunIsTakenAgainAfterTenMinutes() throws {
        let scene = try Scene()
        let killed = try escalate(scene, at: "2026-11-05T07:00:00+07:00", output: scene.world.folder.file("k.out"))
        guard scene.waitUntilTheFirstSendWaits() else {
            killed.terminate()
            Issue.record("the run never reached its mail command")
            return
        }
        #expect(kill(killed.processIdentifier, SIGKILL) == 0)
        // The stand-in the killed run started finishes on its own (Foundation sees the run's end
        // only once every process it started has let go of it).
        #expect(scene.openTheGate())
        killed.waitUntilExit()
        #expect(killed.terminationReason == .uncaughtSignal)
        let db = try scene.database()
        #expect(try db.scalar("SELECT count(*) FROM notice WHERE claimed_by IS NOT NULL")?.intValue == 2)
        #expect(try db.scalar("SELECT count(*) FROM notice WHERE delivered_at IS NULL")?.intValue == 2)
        let handedBefore = try scene.messageIDs().count
        let tooSoon = try runProcess(
            binary, ["--db", scene.world.path, "escalate"], environment: ["KBK_NOW": "2026-11-05T07:09:59+07:00"])
        #expect(tooSoon.status == 0, "\(tooSoon.stderr)")
        #expect(tooSoon.stdout == "No deadline notices are due.\n", "\(tooSoon.stdout)")
        #expect(try scene.messageIDs().count == handedBefore)
        let later = try runProcess(
            binary, ["--db", scene.world.path, "escalate"], environment: ["KBK_NOW": "2026-11-05T07:10:00+07:00"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(
            later.stdout
                == "Recorded 0 deadline notice(s) (0 at 50 %, 0 at 75 %, 0 overdue); 2 handed to the mail command.\n",
            "\(later.stdout)")
        #expect(try scene.messageIDs().count == handedBefore + 2)
        #expect(try db.scalar("SELECT count(*) FROM notice WHERE delivered_at IS NULL")?.intValue == 0)
    }
}
