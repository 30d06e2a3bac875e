import Foundation
import KBKCLI
import KBKDomain
import KBKTestSupport
import Testing

/// Issue 30's typed options: each option is declared once with its type, help and default and read
/// by value. A value its parser refuses is told in one line naming the value and what is allowed,
/// with the documented exit code (64 for a value of the wrong shape, 65 for one that breaks a
/// rule), before the database is touched; a default is the domain's; every declared option is read.
@Suite struct TypedOptionTests {
    /// A refused value: the command line, the exit code and what the error's line must say.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let exit: Int32
        let says: [String]

        var testDescription: String { arguments.joined(separator: " ") }
    }

    static func range(_ range: ClosedRange<Int>) -> String { "allowed \(range.lowerBound) to \(range.upperBound)" }

    static let refusals: [Refusal] = [
        Refusal(
            arguments: ["category", "add", "lama", "--name", "Lama", "--settle-days", "400"], exit: 65,
            says: ["--settle-days", "'400'", range(Deadlines.dayRange)]),
        Refusal(
            arguments: ["category", "add", "lama", "--name", "Lama", "--settle-days", "10", "--verify-days", "0"],
            exit: 65, says: ["--verify-days", "'0'", range(Deadlines.dayRange)]),
        Refusal(
            arguments: ["category", "edit", "general", "--extension-days", "61"], exit: 65,
            says: ["--extension-days", "'61'", range(Category.extensionDayRange)]),
        Refusal(
            arguments: [
                "ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--averages", "3,3,3,3,3,3,3,3,3",
                "--respondents", "0",
            ], exit: 65, says: ["--respondents", "'0'", range(IKMScore.respondentRange)]),
        Refusal(
            arguments: [
                "ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--averages", "3,3,3,3,3,3,3,3,3",
                "--respondents", "10", "--population", "0",
            ], exit: 65, says: ["--population", "'0'", range(IKMScore.populationRange)]),
        Refusal(
            arguments: ["skpd", "edit", "DPUPR", "--staff", "2000000"], exit: 65,
            says: ["--staff", "'2000000'", range(Unit.staffRange)]),
        Refusal(arguments: ["skpd", "edit", "DPUPR", "--staff", "banyak"], exit: 64, says: ["--staff", "'banyak'"]),
        Refusal(
            arguments: ["skpd", "edit", "DPUPR", "--working-week", "4"], exit: 64,
            says: ["'4'", "5", "6", "7"]),
        Refusal(
            arguments: ["culture", "list", "--year", "1999"], exit: 65,
            says: ["--year", "'1999'", range(CivilDate.plausibleYears)]),
        Refusal(
            arguments: ["holiday", "list", "--year", "0"], exit: 65, says: ["--year", "'0'", range(CivilDate.years)]),
        Refusal(
            arguments: ["inbox", "--due-within", "99"], exit: 65,
            says: ["--due-within", "'99'", range(DeadlineStanding.dueSoonRange)]),
        Refusal(
            arguments: ["sop", "revise", "600/1/2026", "--effective", "2026-12-01", "--service-days", "0"], exit: 65,
            says: ["--service-days", "'0'", range(SOPSchedule.serviceDaysRange)]),
        Refusal(arguments: ["sop", "list", "--status", "kuno"], exit: 64, says: ["'kuno'", "active"]),
        Refusal(arguments: ["official", "list", "--role", "raja"], exit: 64, says: ["'raja'", "coordinator"]),
        Refusal(arguments: ["group", "meeting", "list", "1", "--from", "2026-02-30"], exit: 65, says: ["2026-02-30"]),
        Refusal(arguments: ["improvement", "link", "1", "--element", "U1,U10"], exit: 64, says: ["U10"]),
        Refusal(
            arguments: ["skpd", "target", "set", "DPUPR", "--year", "2026", "--settled", "101"], exit: 64,
            says: ["--settled", "'101'", "0 to 100"]),
        Refusal(arguments: ["audit", "--limit", "x"], exit: 64, says: ["--limit", "'x'"]),
    ]

    @Test(arguments: refusals) func aRefusedValueIsNamedInOneLineAndChangesNothing(_ refusal: Refusal) throws {
        let (folder, path) = try complaintFixture()
        defer { _ = folder }
        let before = snapshot(path)
        let result = kbkAtDesk(["--db", path] + refusal.arguments)
        #expect(result.status == refusal.exit, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let error = try #require(lines.first)
        #expect(error.hasPrefix("Error: "), "\(result.stderr)")
        for part in refusal.says { #expect(error.contains(part), "'\(part)' in \(error)") }
        // A usage error adds the usage and a pointer to the help; a data error is the one line.
        #expect(lines.count == (refusal.exit == 64 ? 3 : 1), "\(result.stderr)")
        #expect(snapshot(path) == before, "the database changed")
    }

    /// `category add` takes the domain's deadlines for the days not given, and help shows them.
    @Test func aCategorysDefaultsAreTheDomains() throws {
        let (folder, path) = try complaintFixture()
        defer { _ = folder }
        let added = kbk([
            "--db", path, "category", "add", "perizinan", "--name", "Perizinan", "--settle-days", "10", "--format",
            "json",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [String: Any])
        #expect(json["verify_days"] as? Int == Deadlines.defaultVerifyDays)
        #expect(json["respond_days"] as? Int == Deadlines.defaultRespondDays)
        #expect(json["extension_days"] as? Int == ComplaintAction.extensionRange.upperBound)
        let hours = kbk([
            "--db", path, "category", "add", "cepat", "--name", "Cepat", "--settle-days", "10", "--respond-hours",
            "24", "--format", "json",
        ])
        let fast = try #require(try JSONSerialization.jsonObject(with: Data(hours.stdout.utf8)) as? [String: Any])
        #expect(fast["respond_hours"] as? Int == 24, "\(hours.stderr)")
        let help = kbk(["category", "add", "--help"]).stdout
        #expect(help.contains("(default: \(Deadlines.defaultVerifyDays))"), "\(help)")
        #expect(help.contains("(default: \(Deadlines.defaultRespondDays))"), "\(help)")
        // `category edit` changes only what is given: it shows no default.
        let edit = kbk(["category", "edit", "--help"]).stdout.split(separator: "\n")
        #expect(edit.contains { $0.hasPrefix("  --verify-days") && !$0.contains("(default: ") }, "\(edit)")
    }
}
