import Foundation

/// Tests run in parallel in one process. A write to a pipe whose reader is gone (a mail program
/// that stops reading, a child that exits before its input is written) must fail with EPIPE, not
/// raise SIGPIPE, which ends the whole test process: kbk's mail code ignores the signal only around
/// its own write and then restores it, which in parallel tests can restore the default while
/// another test is writing. Every fixture and process helper calls this first.
public func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
}

/// A fresh folder under the system temp folder, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    public init(_ label: String = "kbk-test") {
        ignoreBrokenPipes()
        path = NSTemporaryDirectory() + "\(label)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The permission bits of a file, e.g. 0o600.
public func permissions(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// Overwrites `count` bytes at `offset` in a file, to damage it on purpose.
public func scribble(on path: String, at offset: UInt64, count: Int, byte: UInt8 = 0xA5) throws {
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seek(toOffset: offset)
    try handle.write(contentsOf: Data(repeating: byte, count: count))
}

/// The result of running a process to completion.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
    /// Standard output as bytes, for what is not text (a file kbk-web serves).
    public var stdoutBytes = Data()
}

/// The `kbk` executable built next to the running test bundle.
public func builtExecutable(_ name: String = "kbk") -> String {
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    // XCTest bundles on Linux are executables named *.xctest in the build folder itself.
    while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent(name).path), folder.path != "/" {
        folder = folder.deletingLastPathComponent()
    }
    return folder.appendingPathComponent(name).path
}

/// Runs `executable` with `arguments` and an environment holding only what is given (plus PATH).
public func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    currentDirectory: String? = nil
) throws -> ProcessResult {
    ignoreBrokenPipes()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    // kbk speaks English to the tests unless they ask for a language (see `kbk` in CLIHarness).
    var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "KBK_LANG": "en"]
    env.merge(environment) { $1 }
    process.environment = env
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes before waiting so a chatty child cannot block on a full pipe.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus,
        stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
}

/// The package's root folder, found from this source file's location.
public func packageRoot(_ file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// Compares `actual` with the checked-in file `Tests/Snapshots/NAME`. With `KBK_UPDATE_SNAPSHOTS=1`
/// in the environment the file is (re)written instead and the comparison passes; review the
/// difference with `git diff Tests/Snapshots` before committing it.
/// Returns nil when they match, otherwise a message naming the first differing line.
public func snapshotMismatch(_ name: String, _ actual: String) -> String? {
    let url = packageRoot().appendingPathComponent("Tests/Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["KBK_UPDATE_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do { try Data(actual.utf8).write(to: url) } catch { return "could not write \(url.path): \(error)" }
        return nil
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        return "no snapshot \(url.path); run KBK_UPDATE_SNAPSHOTS=1 swift test --filter Snapshot"
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return nil }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
        zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    let want = first < expectedLines.count ? String(expectedLines[first]) : "(end)"
    let got = first < actualLines.count ? String(actualLines[first]) : "(end)"
    return "\(name) differs at line \(first + 1):\n  snapshot: \(want)\n  now:      \(got)\n"
        + "(if the change is intended: KBK_UPDATE_SNAPSHOTS=1 swift test --filter Snapshot, then git diff Tests/Snapshots)"
}

/// The login of the user running the tests: kbk run in-process by the tests and kbk run as a
/// separate process act as the same official, as they would for a person at a terminal.
public let testLogin: String = {
    #if canImport(Glibc)
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    #endif
    return "tester"
}()

/// Waits until `condition` holds, polling every few milliseconds, for at most `seconds`; false
/// when it never did. Tests wait on what they need to have happened, never for a fixed time.
public func waitUntil(seconds: Double = 60, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        if Date() > deadline { return false }
        usleep(2_000)
    }
    return true
}

/// The size of the file at `path`, 0 when there is none.
public func fileSize(_ path: String) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
}
