import Foundation
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

let chairNIP = "198609262015051001"
let memberNIP = "199001012019032002"
let outsiderNIP = "198503152023212045"

/// A database with units, groups, members, a meeting and SOPs, made through the CLI.
/// `today` is 2026-11-18 (the harness's pinned clock, in WIB).
func organisationFixture() throws -> (TemporaryFolder, String) {
    let folder = TemporaryFolder()
    let path = folder.file("kbk.sqlite")
    let setup: [[String]] = [
        [
            "skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency", "--official-code",
            "1.02.0.00.0.00.01.0000", "--staff", "120",
        ],
        ["skpd", "add", "KEC-A", "--name", "Kecamatan Kalimanah", "--kind", "district"],
        ["skpd", "add", "KEL-A", "--name", "Kelurahan Kedungmenjangan", "--kind", "subdistrict", "--parent", "KEC-A"],
        ["skpd", "add", "OLD", "--name", "Dinas Lama", "--kind", "agency"],
        ["skpd", "deactivate", "OLD", "--on", "2026-01-01"],
        [
            "group", "add", "--skpd", "DINKES", "--name", "KBK Sehat Bersama", "--formed", "2026-01-10", "--decree",
            "800/112/2026",
            "--decree-date", "2026-01-08", "--focus", "antrean puskesmas",
        ],
        ["group", "add", "--skpd", "KEC-A", "--name", "KBK Kecamatan", "--formed", "2026-01-10"],
        ["group", "add", "--skpd", "DINKES", "--name", "KBK Lama", "--formed", "2025-01-01"],
        ["group", "dissolve", "3", "--on", "2025-12-31"],
        [
            "group", "member", "add", "1", "--nip", "19860926 201505 1 001", "--name", "Siti Rahayu", "--role", "chair",
            "--since", "2026-01-15",
        ],
        ["group", "member", "add", "1", "--nip", memberNIP, "--name", "Budi Santoso", "--since", "2026-01-15"],
        [
            "group", "meeting", "add", "1", "--date", "2026-02-01", "--attendee", chairNIP, "--attendee", memberNIP,
            "--agenda", "Antrean",
        ],
        [
            "sop", "add", "--skpd", "DINKES", "--number", "440/1/2026", "--title", "Pelayanan Rawat Jalan",
            "--effective", "2026-02-01",
            "--made", "2026-01-20", "--service-days", "1",
        ],
        [
            "sop", "add", "--skpd", "DINKES", "--number", "440/2/2026", "--title", "Rujukan", "--effective",
            "2026-02-01",
        ],
        ["sop", "revoke", "440/2/2026", "--on", "2026-06-01"],
    ]
    for arguments in setup {
        let result = kbkAtDesk(["--db", path] + arguments)
        guard result.status == 0 else { throw FixtureFailure(arguments: arguments, stderr: result.stderr) }
    }
    try Desk.staff(path, clock: { fixedNow })
    return (folder, path)
}

struct FixtureFailure: Error {
    let arguments: [String]
    let stderr: String
}

/// Every table's row count.
func rowCounts(_ path: String) throws -> [String: Int] {
    let db = try Connection(path: path, mode: .readOnly)
    // The search index's shadow tables are FTS5's inner workings, counted through the index itself.
    let tables = try db.query(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'"
    ) {
        $0.string(0) ?? ""
    }
    var counts: [String: Int] = [:]
    for table in tables {
        counts[table] = try db.scalar("SELECT count(*) FROM \(Connection.quoteIdentifier(table))")?.intValue
    }
    return counts
}

@Suite struct OrganisationRuleRefusalTests {
    @Test(arguments: [
        (["group", "add", "--skpd", "NOPE", "--name", "X"], "no unit 'NOPE'"),
        (["group", "member", "add", "99", "--nip", outsiderNIP, "--name", "X"], "no group '99'"),
        (["sop", "revise", "999/9/2026", "--effective", "2026-12-01"], "no SOP '999/9/2026'"),
        (["skpd", "show", "NOPE"], "no unit 'NOPE'"),
        (["skpd", "add", "dinkes", "--name", "Lagi", "--kind", "agency"], "unit 'DINKES' exists already"),
        (
            [
                "skpd", "add", "DINKES2", "--name", "Lagi", "--kind", "agency", "--official-code",
                "1.02.0.00.0.00.01.0000",
            ], "exists already"
        ),
        (
            [
                "sop", "add", "--skpd", "DINKES", "--number", "440/1/2026", "--title", "Lagi", "--effective",
                "2026-03-01",
            ], "SOP '440/1/2026' exists already"
        ),
        (
            ["group", "member", "add", "1", "--nip", "19860926 201505 3 001", "--name", "X"],
            "digit 15, the gender, must be 1 or 2"
        ),
        (
            ["skpd", "add", "BKD", "--name", "BKD", "--kind", "board", "--head-nip", "123"],
            "it has 3 digits; a NIP has 18"
        ),
        (
            ["group", "member", "add", "2", "--nip", outsiderNIP, "--name", "X", "--since", "2026-02-30"],
            "--since '2026-02-30' is not a date that exists"
        ),
        (["group", "dissolve", "1", "--on", "2026-01-01"], "dissolved 2026-01-01 is before formed 2026-01-10"),
        (["group", "dissolve", "1", "--on", "2026-02-01"], "is before last meeting + 1 day"),
        (
            ["sop", "review", "440/1/2026", "--date", "2026-01-19", "--outcome", "keep"],
            "review date 2026-01-19 is before SOP made 2026-01-20"
        ),
        (
            ["sop", "revise", "440/1/2026", "--effective", "2026-01-31", "--revised", "2026-03-01"],
            "effective 2026-01-31 is before previous effective"
        ),
        (
            ["group", "member", "remove", "1", "--nip", memberNIP, "--on", "2026-01-14"],
            "removed on 2026-01-14 is before member since 2026-01-15"
        ),
        (
            ["group", "member", "add", "1", "--nip", outsiderNIP, "--name", "X", "--role", "chair"],
            "group 1 already has a chair (\(chairNIP))"
        ),
        (
            ["group", "member", "add", "2", "--nip", memberNIP, "--name", "Budi"],
            "NIP \(memberNIP) is already an active member of group 1"
        ),
        (
            ["group", "meeting", "add", "1", "--date", "2026-03-01", "--attendee", outsiderNIP],
            "attendee \(outsiderNIP) was not a member of group 1 on 2026-03-01"
        ),
        (
            ["group", "meeting", "add", "1", "--date", "2026-01-09"],
            "meeting date 2026-01-09 is before group formed 2026-01-10"
        ),
        (
            ["group", "member", "remove", "1", "--nip", outsiderNIP],
            "NIP \(outsiderNIP) is not an active member of group 1"
        ),
        (["skpd", "add", "BAPPEDA", "--name", "Badan\u{7}Perencanaan", "--kind", "board"], "holds control characters"),
        (
            ["skpd", "add", "BAPPEDA", "--name", String(repeating: "n", count: 201), "--kind", "board"],
            "name is too long: 201 Unicode characters (201 bytes); at most 200 are allowed"
        ),
        (["group", "add", "--skpd", "DINKES", "--name", "X", "--focus", "esc\u{1B}[31m"], "holds control characters"),
        (
            ["skpd", "add", "KEL-B", "--name", "Kelurahan B", "--kind", "subdistrict", "--parent", "DINKES"],
            "must sit under a district"
        ),
        (["skpd", "add", "KEL-C", "--name", "Kelurahan C", "--kind", "subdistrict"], "must sit under a district"),
        (["skpd", "edit", "KEC-A", "--kind", "agency"], "subdistrict KEL-A must sit under a district"),
        (["skpd", "edit", "KEC-A", "--parent", "KEL-A"], "cannot be its own parent"),
        (["group", "add", "--skpd", "OLD", "--name", "X"], "unit OLD is deactivated"),
        (
            ["sop", "add", "--skpd", "old", "--number", "1/2026", "--title", "X", "--effective", "2026-03-01"],
            "unit OLD is deactivated"
        ),
        (["skpd", "deactivate", "OLD"], "has already ended"),
        (["group", "member", "add", "3", "--nip", outsiderNIP, "--name", "X"], "group 3 is dissolved"),
        (["group", "meeting", "add", "3", "--date", "2026-02-01"], "group 3 is dissolved"),
        (["sop", "revise", "440/2/2026", "--effective", "2026-12-01"], "SOP 440/2/2026 (2026-06-01) is revoked"),
        (["sop", "review", "440/2/2026", "--date", "2026-07-01", "--outcome", "keep"], "is revoked"),
        (["config", "set", "group_size_min", "11"], "group_size_min '11' is out of range; allowed 1 to 10"),
        (
            [
                "sop", "add", "--skpd", "DINKES", "--number", "9/2026", "--title", "T", "--effective", "2026-03-01",
                "--review-months", "61",
            ],
            "--review-months '61' is out of range; allowed 1 to 60"
        ),
    ])
    func aBrokenRuleIsRefusedWith65AndChangesNothing(_ arguments: [String], _ message: String) throws {
        let (folder, path) = try organisationFixture()
        let before = try rowCounts(path)
        let result = kbkAtDesk(["--db", path] + arguments)
        #expect(result.status == 65, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
        #expect(try rowCounts(path) == before)
        _ = folder
    }

    @Test(arguments: [
        (["skpd", "add", "X", "--name", "Y", "--kind", "agency"], "unit code 'X' is not valid"),
        (["skpd", "add", "BKD", "--kind", "board"], "missing option '--name <name>'"),
        (["skpd", "add", "BKD", "--name", "B", "--kind", "lembaga"], "kind 'lembaga' is not allowed"),
        (
            ["skpd", "add", "BKD", "--name", "B", "--kind", "board", "--staff", "banyak"],
            "--staff 'banyak' is not valid"
        ),
        (["group", "show", "satu"], "group id 'satu' is not valid"),
        (
            ["group", "member", "add", "1", "--nip", outsiderNIP, "--name", "X", "--role", "pemimpin"],
            "role 'pemimpin' is not allowed"
        ),
        (
            ["group", "meeting", "add", "1", "--date", "2026-03-01", "--minutes", "a", "--minutes-file", "b"],
            "cannot be used together"
        ),
        (
            ["group", "add", "--skpd", "DINKES", "--name", "A", "--name", "B"],
            "option '--name' is given more than once"
        ),
        (["sop", "list", "--status", "dicabut"], "status 'dicabut' is not allowed"),
        (["sop", "review", "440/1/2026", "--date", "2026-11-01", "--outcome", "ok"], "outcome 'ok' is not allowed"),
        (["group", "list", "--skpd", "x"], "unit code 'x' is not valid"),
        (["config", "set", "ukuran", "5"], "setting 'ukuran' is not allowed"),
    ])
    func aMalformedOptionIsAUsageErrorAndChangesNothing(_ arguments: [String], _ message: String) throws {
        let (folder, path) = try organisationFixture()
        let before = try rowCounts(path)
        let result = kbkAtDesk(["--db", path] + arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(result.stderr.contains("\nUsage: kbk "))
        #expect(try rowCounts(path) == before)
        _ = folder
    }

    @Test func aMinutesFileThatCannotBeReadIsNoInput() throws {
        let (folder, path) = try organisationFixture()
        let before = try rowCounts(path)
        let result = kbkAtDesk([
            "--db", path, "group", "meeting", "add", "1", "--date", "2026-03-01", "--minutes-file",
            folder.file("absent.txt"),
        ])
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("Error: cannot read \(folder.file("absent.txt"))"))
        #expect(try rowCounts(path) == before)
    }
}

@Suite struct OrganisationBehaviourTests {
    @Test func membershipHistoryIsKeptAndAPersonCanMoveGroups() throws {
        let (folder, path) = try organisationFixture()
        #expect(
            kbkAtDesk(["--db", path, "group", "member", "remove", "1", "--nip", memberNIP, "--on", "2026-06-30"]).status
                == 0)
        let moved = kbkAtDesk([
            "--db", path, "group", "member", "add", "2", "--nip", memberNIP, "--name", "Budi Santoso", "--since",
            "2026-07-01",
        ])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stderr.contains("Warning: group 2 has 1 active member(s); the advised size is 4 to 10"))
        let history = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    kbkAtDesk(["--db", path, "group", "member", "list", "1", "--all", "--format", "json"]).stdout.utf8))
                as? [[String: Any]])
        #expect(history.count == 2)
        #expect(history.first { $0["nip"] as? String == memberNIP }?["until"] as? String == "2026-06-30")
        let active = kbkAtDesk(["--db", path, "group", "member", "list", "1", "--format", "csv"])
        #expect(active.stdout == "nip,name,role,since,until\r\n\(chairNIP),Siti Rahayu,chair,2026-01-15,\r\n")
        _ = folder
    }

    @Test func dissolvingAGroupEndsItsMemberships() throws {
        let (folder, path) = try organisationFixture()
        #expect(kbkAtDesk(["--db", path, "group", "dissolve", "1", "--on", "2026-10-01"]).status == 0)
        let members = kbkAtDesk(["--db", path, "group", "member", "list", "1", "--all", "--format", "csv"])
        #expect(members.stdout.components(separatedBy: ",2026-10-01\r\n").count == 3)
        #expect(
            kbkAtDesk(["--db", path, "group", "list", "--format", "csv"]).stdout.contains("KBK Sehat Bersama") == false)
        #expect(
            kbkAtDesk(["--db", path, "group", "list", "--all", "--format", "csv"]).stdout.contains(
                "KBK Sehat Bersama,2026-01-10,0,dissolved"))
        // The former chair may now chair another group.
        #expect(
            kbkAtDesk([
                "--db", path, "group", "member", "add", "2", "--nip", chairNIP, "--name", "Siti", "--role", "chair",
                "--since", "2026-10-01",
            ]).status == 0)
        _ = folder
    }

    @Test func reviewsAndRevisionsMoveTheNextReviewDate() throws {
        let (folder, path) = try organisationFixture()
        #expect(
            kbkAtDesk(["--db", path, "sop", "list", "--review-due", "--format", "csv"]).stdout
                == "number,skpd,title,revision,effective_on,next_review_due,status\r\n")
        // Made 2026-01-20, reviewed every 12 months: due 2027-01-20. With 6-month reviews it is overdue.
        #expect(
            kbkAtDesk([
                "--db", path, "sop", "revise", "440/1/2026", "--effective", "2026-03-31", "--revised", "2026-03-31",
                "--review-months", "1",
            ]).status == 0)
        let due = kbkAtDesk(["--db", path, "sop", "list", "--review-due", "--format", "csv"])
        #expect(due.stdout.contains("440/1/2026,DINKES,Pelayanan Rawat Jalan,1,2026-03-31,2026-04-30,active"))
        let reviewed = kbkAtDesk([
            "--db", path, "sop", "review", "440/1/2026", "--date", "2026-10-31", "--outcome", "keep", "--reviewer",
            "19700101 199503 1 002",
        ])
        #expect(reviewed.stdout == "Recorded review of SOP 440/1/2026: keep. Next review due 2026-11-30.\n")
        #expect(kbkAtDesk(["--db", path, "sop", "list", "--review-due", "--format", "json"]).stdout == "[]\n")
        let revoked = kbkAtDesk([
            "--db", path, "sop", "review", "440/1/2026", "--date", "2026-11-10", "--outcome", "revoke", "--note",
            "Layanan dihapus",
        ])
        #expect(revoked.status == 0)
        #expect(
            kbkAtDesk(["--db", path, "sop", "list", "--status", "revoked", "--format", "csv"]).stdout.contains(
                "440/1/2026,"))
        _ = folder
    }

    @Test func editsAreAuditedAndAnEmptyValueClearsAField() throws {
        let (folder, path) = try organisationFixture()
        let edited = kbkAtDesk([
            "--db", path, "skpd", "edit", "dinkes", "--official-code", "", "--staff",
            "134",
        ])
        #expect(edited.stdout == "Updated unit DINKES.\n")
        let unchanged = kbkAtDesk(["--db", path, "skpd", "edit", "DINKES", "--staff", "134"])
        #expect(unchanged.stdout.contains("nothing changed"))
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(kbkAtDesk(["--db", path, "skpd", "show", "DINKES", "--format", "json"]).stdout.utf8))
                as? [String: Any])
        #expect(json["official_code"] is NSNull)
        #expect(json["staff"] as? Int == 134)
        let audit = kbkAtDesk([
            "--db", path, "audit", "--entity", "skpd", "--id", "DINKES", "--limit", "1", "--format", "csv",
        ])
        #expect(
            audit.stdout.contains(
                ",\(testLogin),update,skpd,DINKES,edited unit DINKES: official code 1.02.0.00.0.00.01.0000 → -; staff 120 → 134"
            ))
        _ = folder
    }

    @Test func groupSizeBoundsFollowTheSettings() throws {
        let (folder, path) = try organisationFixture()
        #expect(kbkAtDesk(["--db", path, "config", "set", "group_size_min", "2"]).status == 0)
        let show = kbkAtDesk(["--db", path, "group", "show", "1"])
        #expect(show.stderr.isEmpty)
        #expect(
            kbkAtDesk(["--db", path, "config", "list", "--format", "json"]).stdout.contains("\"group_size_min\": 2"))
        _ = folder
    }
}

@Suite struct OrganisationJSONTests {
    /// A unit's formation date is set, corrected and cleared like its other details, and audited.
    @Test func theFormationDateIsEditedAndAudited() throws {
        let (folder, path) = try organisationFixture()
        defer { _ = folder }
        let set = kbkAtDesk(["--db", path, "skpd", "edit", "KEC-A", "--formed-on", "2026-01-01", "--format", "json"])
        #expect(set.status == 0, "\(set.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(set.stdout.utf8)) as? [String: Any])
        #expect(record["formed_on"] as? String == "2026-01-01")
        let trail = kbkAtDesk(["--db", path, "audit", "--entity", "skpd", "--id", "KEC-A", "--format", "json"])
        #expect(trail.stdout.contains("formed on - → 2026-01-01"), "\(trail.stdout)")
        let bad = kbkAtDesk(["--db", path, "skpd", "edit", "KEC-A", "--formed-on", "2026-13-01"])
        #expect(bad.status == 65 && bad.stderr.contains("2026-13-01"), "\(bad.stderr)")
        let cleared = kbkAtDesk(["--db", path, "skpd", "edit", "KEC-A", "--formed-on", "", "--format", "json"])
        let after = try #require(try JSONSerialization.jsonObject(with: Data(cleared.stdout.utf8)) as? [String: Any])
        #expect(after["formed_on"] is NSNull)
    }

    @Test func showCommandsAlsoGiveOneCSVRow() throws {
        let (folder, path) = try organisationFixture()
        let unit = kbkAtDesk(["--db", path, "skpd", "show", "KEC-A", "--format", "csv"]).stdout
        #expect(
            unit
                == "code,name,kind,official_code,parent,staff,working_week,head_name,head_nip,active,formed_on,"
                + "deactivated_on,successor,children,groups_active,groups_all,sops_active,sops_all,successor_routes\r\n"
                + "KEC-A,Kecamatan Kalimanah,district,,,,5,,,true,,,,KEL-A,1,1,0,0,\r\n")
        let group = kbkAtDesk(["--db", path, "group", "show", "1", "--format", "csv"]).stdout
        #expect(
            group.hasPrefix(
                "id,skpd,name,decree_number,decree_date,formed_on,focus,section,section_head_name,section_head_nip,"
                    + "active,dissolved_on,members,"))
        #expect(
            group.contains(
                "\r\n1,DINKES,KBK Sehat Bersama,800/112/2026,2026-01-08,2026-01-10,antrean puskesmas,,,,true,,2,false,"
                    + "4,10,1,1\r\n"
            ))
        let sop = kbkAtDesk(["--db", path, "sop", "show", "440/1/2026", "--format", "csv"]).stdout
        #expect(sop.hasSuffix("440/1/2026,DINKES,Pelayanan Rawat Jalan,0,2026-02-01,1,12,2027-01-20,active,,1,,\r\n"))
        _ = folder
    }

    func object(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func skpdShowInJSON() throws {
        let (folder, path) = try organisationFixture()
        let unit = try object(kbkAtDesk(["--db", path, "skpd", "show", "KEC-A", "--format", "json"]))
        #expect(unit["code"] as? String == "KEC-A")
        #expect(unit["name"] as? String == "Kecamatan Kalimanah")
        #expect(unit["kind"] as? String == "district")
        #expect(unit["parent"] is NSNull)
        #expect(unit["active"] as? Bool == true)
        #expect(unit["children"] as? [String] == ["KEL-A"])
        #expect((unit["groups"] as? [String: Int]) == ["active": 1, "all": 1])
        #expect((unit["sops"] as? [String: Int]) == ["active": 0, "all": 0])
        let old = try object(kbkAtDesk(["--db", path, "skpd", "show", "OLD", "--format", "json"]))
        #expect(old["active"] as? Bool == false)
        #expect(old["deactivated_on"] as? String == "2026-01-01")
        let dinkes = try object(kbkAtDesk(["--db", path, "skpd", "show", "DINKES", "--format", "json"]))
        #expect(dinkes["official_code"] as? String == "1.02.0.00.0.00.01.0000")
        #expect(dinkes["staff"] as? Int == 120)
        #expect((dinkes["groups"] as? [String: Int]) == ["active": 1, "all": 2])
        #expect((dinkes["sops"] as? [String: Int]) == ["active": 1, "all": 2])
        _ = folder
    }

    @Test func groupShowInJSON() throws {
        let (folder, path) = try organisationFixture()
        let group = try object(kbkAtDesk(["--db", path, "group", "show", "1", "--format", "json"]))
        #expect(group["id"] as? Int == 1)
        #expect(group["skpd"] as? String == "DINKES")
        #expect(group["name"] as? String == "KBK Sehat Bersama")
        #expect(group["decree_number"] as? String == "800/112/2026")
        #expect(group["decree_date"] as? String == "2026-01-08")
        #expect(group["formed_on"] as? String == "2026-01-10")
        #expect(group["focus"] as? String == "antrean puskesmas")
        #expect(group["active"] as? Bool == true)
        #expect(group["size_within_bounds"] as? Bool == false)
        #expect(group["meeting_count"] as? Int == 1)
        let members = try #require(group["members"] as? [[String: Any]])
        #expect(members.map { $0["nip"] as? String } == [chairNIP, memberNIP])
        #expect(members.first?["role"] as? String == "chair")
        #expect(members.first?["since"] as? String == "2026-01-15")
        let meetings = try #require(group["recent_meetings"] as? [[String: Any]])
        #expect(meetings.first?["held_on"] as? String == "2026-02-01")
        #expect((meetings.first?["attendees"] as? [String])?.sorted() == [chairNIP, memberNIP].sorted())
        _ = folder
    }

    @Test func sopShowInJSONKeepsEveryRevisionAndReview() throws {
        let (folder, path) = try organisationFixture()
        #expect(
            kbkAtDesk([
                "--db", path, "sop", "revise", "440/1/2026", "--effective", "2026-09-01", "--revised", "2026-08-15",
                "--title", "Pelayanan Rawat Jalan Terpadu", "--service-days", "",
            ]).status == 0)
        #expect(
            kbkAtDesk([
                "--db", path, "sop", "review", "440/1/2026", "--date", "2026-09-30", "--outcome", "revise", "--note",
                "Perlu\nformulir baru",
            ]).status == 0)
        let sop = try object(kbkAtDesk(["--db", path, "sop", "show", "440/1/2026", "--format", "json"]))
        #expect(sop["number"] as? String == "440/1/2026")
        #expect(sop["skpd"] as? String == "DINKES")
        #expect(sop["title"] as? String == "Pelayanan Rawat Jalan Terpadu")
        #expect(sop["revision"] as? Int == 1)
        #expect(sop["effective_on"] as? String == "2026-09-01")
        #expect(sop["service_days"] is NSNull)
        #expect(sop["review_months"] as? Int == 12)
        #expect(sop["next_review_due"] as? String == "2027-09-30")
        #expect(sop["status"] as? String == "active")
        let revisions = try #require(sop["revisions"] as? [[String: Any]])
        #expect(revisions.count == 2)
        #expect(revisions[0]["status"] as? String == "superseded")
        #expect(revisions[0]["title"] as? String == "Pelayanan Rawat Jalan")
        #expect(revisions[0]["made_on"] as? String == "2026-01-20")
        #expect(revisions[0]["service_days"] as? Int == 1)
        #expect(revisions[1]["status"] as? String == "current")
        #expect(revisions[1]["revised_on"] as? String == "2026-08-15")
        let reviews = try #require(sop["reviews"] as? [[String: Any]])
        #expect(reviews.count == 1)
        #expect(reviews[0]["outcome"] as? String == "revise")
        #expect(reviews[0]["note"] as? String == "Perlu\nformulir baru")
        _ = folder
    }
}
