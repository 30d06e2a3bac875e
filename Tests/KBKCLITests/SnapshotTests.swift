import Foundation
import KBKTestSupport
import Testing

/// What users see, pinned: the demo's output and the report's JSON for the demo's two years are
/// compared byte for byte with checked-in files, so a refactoring that changes a figure, a label
/// or an order shows up as a failing test naming the line.
@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct SnapshotTests {
    @Test func theDemoAndItsReportsAreUnchanged() throws {
        let folder = TemporaryFolder()
        let path = folder.file("demo.sqlite")
        let demo = kbk(["--db", path, "demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let shown = withoutAuditHead(demo.stdout.replacingOccurrences(of: path, with: "DEMO.sqlite"))
        if let mismatch = snapshotMismatch("demo.txt", shown) { Issue.record(Comment(rawValue: mismatch)) }
        for year in ["2025", "2026"] {
            let report = kbk(["--db", path, "report", "--period", year, "--format", "json"])
            #expect(report.status == 0, "\(report.stderr)")
            if let mismatch = snapshotMismatch("report-\(year).json", withoutAuditHead(report.stdout)) {
                Issue.record(Comment(rawValue: mismatch))
            }
        }
    }

    /// The audit head hashes the login that ran the demo (its first admin), which differs between
    /// machines; the figures do not.
    func withoutAuditHead(_ text: String) -> String {
        text.replacingOccurrences(of: #"[0-9a-f]{64}"#, with: "HEAD", options: .regularExpression)
    }
}
