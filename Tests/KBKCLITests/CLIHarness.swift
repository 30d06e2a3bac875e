import Foundation
import KBKCLI
import KBKDomain
import KBKTestSupport

@testable import KBKPresentation
@testable import KBKWeb

let fixedNow = Timestamp(secondsSinceEpoch: 1_795_000_000) // 2026-11-18T11:06:40Z

struct CLIResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs `kbk` in-process with the tests' login (or `login`) and only the given environment, on a
/// system clock the test sets: `fixedNow`, or the time `KBK_NOW` names in `environment` (taken as
/// the system's, not as a pinned clock: `kbkPinning` keeps it a pinned clock, as a user's would be).
func kbk(_ arguments: [String], environment: [String: String] = [:], login: String = testLogin) -> CLIResult {
    var environment = environment
    let now = environment.removeValue(forKey: "KBK_NOW").map { try! Timestamp.parse($0) } ?? fixedNow
    return kbkPinning(arguments, environment: environment, login: login, systemNow: now)
}

/// Runs `kbk` in-process with `environment` as it is (`KBK_NOW` there pins the clock as a user's
/// would) on a system clock at `systemNow`.
func kbkPinning(
    _ arguments: [String], environment: [String: String] = [:], login: String = testLogin,
    systemNow: Timestamp = fixedNow
) -> CLIResult {
    ignoreBrokenPipes()
    // The tests read kbk's English unless they ask for a language; an empty KBK_LANG asks for none,
    // and the organisation's language (`org.lang`, Indonesian by default) decides, as for a user.
    var environment = environment
    if environment["KBK_LANG"] == nil { environment["KBK_LANG"] = "en" }
    let out = BufferSink()
    let err = BufferSink()
    let context = Context(environment: environment, stdout: out, stderr: err, clock: { systemNow }, loginName: login)
    let status = KBKCLI.run(arguments, context: context)
    return CLIResult(status: status, stdout: out.text, stderr: err.text)
}

/// The bytes of a database and its WAL, to show a command left it unchanged. An empty WAL is no
/// WAL: a read-only connection (`kbk check`) leaves one behind.
func snapshot(_ path: String) -> [Data?] {
    [path, path + "-wal"].map { FileManager.default.contents(atPath: $0).flatMap { $0.isEmpty ? nil : $0 } }
}

/// Runs `kbk` in-process as the official at whose desk the command is done (see `Desk`).
func kbkAtDesk(_ arguments: [String], environment: [String: String] = [:]) -> CLIResult {
    kbk(arguments, environment: environment, login: Desk.login(for: arguments, clock: { fixedNow }))
}
