import Foundation
import KBKDomain
import KBKTestSupport
import Testing

@testable import KBKCLI
@testable import KBKPresentation
@testable import KBKWeb

/// The web inbox and `kbk inbox` read one definition of where a deadline stands
/// (`DeadlineStanding`): on every day of 2027, with its weekends, national holidays and collective
/// leave, both show each complaint as overdue or not, with the same working days, and overdue
/// exactly when its due day has passed (due on a Friday and read on the Saturday: overdue, not
/// "0 left").
@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct DeadlineAgreementTests {
    @Test func theWebInboxAndTheCommandAgreeOnEveryDayOf2027() throws {
        let world = try WebTests.World()
        // A complaint handed to DPUPR every ninth day of the year, none answered: each response
        // deadline runs and then passes, on every weekday and around every holiday.
        var day = CivilDate(year: 2027, month: 1, day: 4)!
        var logged = 0
        while day.year == 2027 {
            let now = "\(day)T09:00:00+07:00"
            let result = kbk(
                [
                    "--db", world.path, "complaint", "new", "--channel", "whatsapp", "--subject", "Aduan \(day)",
                    "--description", "Mohon dicek", "--skpd", "DPUPR",
                ], environment: ["KBK_NOW": now], login: "koord")
            #expect(result.status == 0, "\(day): \(result.stderr)")
            logged += 1
            day = day.adding(days: 9)
        }
        var today = CivilDate(year: 2027, month: 1, day: 1)!
        var overdueSeen = 0
        var weekendOverdueSeen = 0
        while today.year == 2027 {
            let now = "\(today)T10:00:00+07:00"
            let cli = kbk(
                ["--db", world.path, "inbox", "--format", "json"], environment: ["KBK_NOW": now], login: "koord")
            #expect(cli.status == 0, "\(today): \(cli.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
            let complaints = try #require(object["complaints"] as? [[String: Any]])
            let page = world.request("GET", "/", user: "koord", now: now).body
            let rows = webRows(page)
            #expect(rows.count == complaints.count, "\(today)")
            for complaint in complaints {
                let ticket = try #require(complaint["ticket"] as? String)
                let due = try CivilDate.parse(try #require(complaint["running_due"] as? String))
                let overdue = (complaint["queues"] as? [String] ?? []).contains("overdue")
                let left = complaint["working_days_left"] as? Int
                #expect(overdue == (due < today), "\(today) \(ticket): command")
                let web = try #require(rows[ticket], "\(today) \(ticket) missing on the page")
                #expect(
                    web.overdue == overdue && web.left == left,
                    "\(today) \(ticket): web \(web), command \(overdue) \(left ?? 0)")
                if overdue {
                    overdueSeen += 1
                    if left == 0 { weekendOverdueSeen += 1 }
                }
            }
            today = today.adding(days: 1)
        }
        #expect(logged > 30 && overdueSeen > 1_000 && weekendOverdueSeen > 0)
    }

    /// Ticket → (marked overdue, working days left) from the inbox table's rows.
    func webRows(_ page: String) -> [String: (overdue: Bool, left: Int?)] {
        var rows: [String: (overdue: Bool, left: Int?)] = [:]
        for row in page.components(separatedBy: "<tr>").dropFirst() {
            guard let start = row.range(of: "/complaint/"),
                let end = row.range(of: "\"", range: start.upperBound..<row.endIndex),
                let cell = row.range(of: " class=\"n")
            else { continue }
            let ticket = String(row[start.upperBound..<end.lowerBound])
            let rest = row[cell.upperBound...]
            let overdue = rest.hasPrefix(" overdue")
            guard let open = rest.firstIndex(of: ">"), let close = rest.range(of: "</td>") else { continue }
            rows[ticket] = (overdue, Int(rest[rest.index(after: open)..<close.lowerBound]))
        }
        return rows
    }
}
