import Foundation
import KBKDomain
import KBKTestSupport
import Testing

/// Issue 29's calendar at the command line: a year with open deadlines and no national days is
/// named by `check`, `inbox`, `escalate` and `holiday list`; a decree's day is corrected or removed
/// only with the reason, which the audit trail keeps; refusals leave the database as it was.
@Suite struct CalendarCommandTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        (folder, path) = try complaintFixture()
    }

    static let warning2028 = "open complaints have deadlines in 2028"

    /// A category of a year and a half (365 working days), and ADU-2026-00002 moved into it: its
    /// settlement falls in 2028, which has no decree yet.
    func deadlineIn2028() {
        let added = kbk([
            "--db", path, "category", "add", "panjang", "--name", "Sangat panjang", "--settle-days", "365",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let moved = kbkAtDesk([
            "--db", path, "complaint", "edit", "ADU-2026-00002", "--category", "panjang", "--reason", "salah kelas",
        ])
        #expect(moved.status == 0, "\(moved.stderr)")
    }

    @Test func aYearWithOpenDeadlinesAndNoNationalDaysIsNamedAtEveryDoor() throws {
        // 2026 and 2027 have their decrees: nothing to say.
        #expect(!kbk(["--db", path, "check"]).stderr.contains("deadlines in"))
        deadlineIn2028()
        let check = kbk(["--db", path, "check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains(Self.warning2028), "\(check.stderr)")
        #expect(check.stdout.contains("National calendar"), "\(check.stdout)")
        let json = kbk(["--db", path, "check", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["deadline_years_without_national_days"] as? [Int] == [2028])
        let escalate = kbk(["--db", path, "escalate", "--dry-run"])
        #expect(escalate.stderr.contains(Self.warning2028), "\(escalate.stderr)")
        // The unit's inbox holds the complaint; another unit's does not, and says nothing.
        let inbox = kbk(["--db", path, "inbox"], login: Desk.unitAdminLogin("DPUPR"))
        #expect(inbox.status == 0, "\(inbox.stderr)")
        #expect(inbox.stderr.contains(Self.warning2028), "\(inbox.stderr)")
        let elsewhere = kbk(["--db", path, "inbox"], login: Desk.unitAdminLogin("DLH"))
        #expect(!elsewhere.stderr.contains("deadlines in"), "\(elsewhere.stderr)")
        let indonesian = kbk(["--db", path, "--lang", "id", "inbox"], login: Desk.unitAdminLogin("DPUPR"))
        #expect(indonesian.stderr.contains("bertenggat pada tahun 2028"), "\(indonesian.stderr)")
        let list = kbk(["--db", path, "--lang", "id", "holiday", "list", "--year", "2028"])
        #expect(list.stderr.contains("Tahun 2028 belum memiliki hari libur nasional"), "\(list.stderr)")
        #expect(!kbk(["--db", path, "holiday", "list", "--year", "2027"]).stderr.contains("no national holidays"))
    }

    @Test func aDecreesDayIsCorrectedOnlyWithTheReason() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let noReason = kbk(["--db", path, "holiday", "correct", "2027-03-10", "--date", "2027-03-13"])
        #expect(noReason.status == 64, "\(noReason.stderr)")
        #expect(noReason.stderr.contains("--reason"), "\(noReason.stderr)")
        let nothing = kbk(["--db", path, "holiday", "correct", "2027-03-10", "--reason", "isbat"])
        #expect(nothing.status == 64 && nothing.stderr.contains("--date, --name"), "\(nothing.stderr)")
        let taken = kbk([
            "--db", path, "holiday", "correct", "2027-03-10", "--date", "2027-03-11", "--reason", "isbat",
        ])
        #expect(taken.status == 65 && taken.stderr.contains("'2027-03-11' exists already"), "\(taken.stderr)")
        let unknown = kbk(["--db", path, "holiday", "correct", "2027-03-17", "--name", "x", "--reason", "isbat"])
        #expect(unknown.status == 65, "\(unknown.stderr)")
        let removed = kbk(["--db", path, "holiday", "remove", "2027-12-24"])
        #expect(removed.status == 65, "\(removed.stderr)")
        #expect(
            removed.stderr.contains("2027-12-24 is a national holiday or collective leave day"), "\(removed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        let corrected = kbk([
            "--db", path, "holiday", "correct", "2027-03-10", "--date", "2027-03-13", "--reason",
            "Sidang isbat menetapkan 1 Syawal 13 Maret", "--format", "json",
        ])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(corrected.stdout.utf8)) as? [String: Any])
        #expect(record["date"] as? String == "2027-03-13" && record["corrected_from"] as? String == "2027-03-10")
        #expect(record["kind"] as? String == "national")
        let trail = kbk(["--db", path, "audit", "--entity", "holiday", "--format", "json"])
        #expect(trail.stdout.contains("reason: Sidang isbat menetapkan 1 Syawal 13 Maret"), "\(trail.stdout)")
        let withReason = kbk([
            "--db", path, "holiday", "remove", "2027-12-24", "--reason", "Dibatalkan SKB perubahan",
        ])
        #expect(withReason.status == 0, "\(withReason.stderr)")
        // A day the office entered itself goes without one, as before.
        #expect(kbk(["--db", path, "holiday", "add", "2027-12-18", "Hari Jadi Kabupaten"]).status == 0)
        #expect(kbk(["--db", path, "holiday", "remove", "2027-12-18"]).status == 0)
        #expect(kbk(["--db", path, "check"]).status == 0)
    }
}
