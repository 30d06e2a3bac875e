import Foundation
import Testing

extension Tag {
    /// Tests that start processes, run the demo or build fixtures of many thousand rows. They run
    /// in `swift test` and in CI; `KBK_SKIP_SLOW=1 swift test` leaves them out for a quick
    /// edit-and-test loop.
    @Tag public static var slow: Self
}

/// False when `KBK_SKIP_SLOW=1`: give slow suites `.tags(.slow), .enabled(if: slowTestsRun)`.
public let slowTestsRun = ProcessInfo.processInfo.environment["KBK_SKIP_SLOW"] != "1"
