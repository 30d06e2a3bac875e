import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

/// Bad input across every command: the documented exit code, one line on stderr, and the database
/// file byte for byte as it was (its content hash before and after).
@Suite struct BadInputTableTests {
    static let cases: [(arguments: [String], exit: Int32)] = [
        (
            [
                "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--received",
                "2026-13-01 08:00",
            ], 65
        ),
        (
            [
                "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--received",
                "besok pagi",
            ],
            64
        ),
        (
            [
                "complaint", "new", "--channel", "sms", "--subject", String(repeating: "x", count: 201),
                "--description", "d",
            ], 65
        ),
        (["complaint", "new", "--channel", "sms", "--subject", "bel\u{7}", "--description", "d"], 65),
        (
            [
                "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--skpd",
                "'); DROP TABLE complaint;--",
            ], 64
        ),
        (
            [
                "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--category",
                "x'; DELETE FROM audit_log;--",
            ], 64
        ),
        (
            [
                "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--external-ref",
                "LAPOR-4471021",
            ], 65
        ),
        (["complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--sop", "' OR 1=1 --"], 65),
        (["complaint", "verify", "ADU-2026-00001", "--skpd", "DLH", "--at", "2026-11-16 07:00"], 65),
        (["complaint", "verify", "ADU-2026-00001", "--skpd", "OLD"], 65),
        (["complaint", "respond", "ADU-2026-00001", "--message", "x"], 65),
        (["complaint", "resolve", "ADU-2026-00099", "--message", "x"], 65),
        (["complaint", "close", "ADU-2026-00002"], 65),
        (["complaint", "close", "ADU-2026-00003", "--rating", "9"], 65),
        (["complaint", "reopen", "ADU-2026-00002", "--reason", "x"], 65),
        (["complaint", "resume", "ADU-2026-00002"], 65),
        (["complaint", "reassign", "ADU-2026-00002", "--to", "DPUPR", "--reason", "x"], 65),
        (["complaint", "reject", "ADU-2026-00003", "--reason", "duplicate"], 65),
        (["complaint", "note", "ADU-2026-00002", "--message", "x", "--at", "2027-01-01 08:00"], 65),
        (["complaint", "note", "ADU-2026-00002", "--message", "x", "--at", "2026-11-16 08:59"], 65),
        (["complaint", "show", "ADU-2026-1"], 64),
        (["complaint", "list", "--from", "2026-02-30"], 65),
        (["complaint", "autoclose", "--after", "0"], 65),
        (["skpd", "add", "DPUPR", "--name", "Lagi", "--kind", "agency"], 65),
        (["skpd", "add", "B'C", "--name", "x", "--kind", "agency"], 64),
        (["skpd", "add", "RSUD", "--name", "RSUD", "--kind", "agency", "--working-week", "8"], 64),
        (["skpd", "add", "DINBARU", "--name", "Dinas Baru", "--kind", "agency", "--formed-on", "2026-02-30"], 65),
        (["skpd", "add", "DINBARU", "--name", "Dinas Baru", "--kind", "agency", "--formed-on", "awal 2026"], 64),
        (["skpd", "edit", "DPUPR", "--working-week", "lima"], 64),
        (["skpd", "add", "BKD", "--name", "BKD", "--kind", "board", "--head-nip", "19860926 201505 1 000"], 65),
        (["skpd", "add", "BKD", "--name", "BKD", "--kind", "board", "--parent", "NOPE"], 65),
        (["skpd", "deactivate", "DLH", "--on", "2026-02-29"], 65),
        (["skpd", "deactivate", "DLH", "--successor", "DLH"], 65),
        (["group", "add", "--skpd", "DPUPR", "--name", "G", "--formed", "20260101"], 64),
        (["group", "member", "add", "1", "--nip", "123", "--name", "x"], 65),
        (["group", "show", "0"], 65),
        (
            ["sop", "add", "--skpd", "DPUPR", "--number", "600/1/2026", "--title", "dup", "--effective", "2026-01-02"],
            65
        ),
        (["sop", "revise", "600/1/2026", "--effective", "2025-12-31"], 65),
        (["sop", "review", "600/1/2026", "--date", "2025-12-31", "--outcome", "keep"], 65),
        (["sop", "review", "600/1/2026", "--date", "2026-03-01", "--outcome", "lanjut"], 64),
        (["holiday", "add", "2026-11-31", "x"], 65),
        (["holiday", "remove", "2026-12-18"], 65),
        (["category", "add", "Umum!", "--name", "x", "--settle-days", "5"], 64),
        (["category", "edit", "general", "--verify-days", "0"], 65),
        (["category", "edit", "general", "--respond-hours", "0"], 65),
        (["category", "edit", "general", "--respond-hours", "24", "--respond-days", "2"], 64),
        (["improvement", "add", "--group", "7", "--title", "x"], 65),
        (["improvement", "advance", "1", "--stage", "done"], 65),
        (
            [
                "ikm", "add", "--skpd", "DPUPR", "--period", "2026-Q9", "--averages", "3,3,3,3,3,3,3,3,3",
                "--respondents", "5",
            ], 64
        ),
        (["ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--averages", "3,3,3", "--respondents", "5"], 64),
        (
            [
                "ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--averages", "5,3,3,3,3,3,3,3,3", "--respondents",
                "5",
            ], 65
        ),
        (["ikm", "show", "99"], 65),
        (["report", "--period", "2026-Q0"], 64),
        (["report", "--min-cases", "-1"], 65),
        (["report", "--skpd", "NOPE"], 65),
        (["audit", "--since", "31-12-26"], 64),
        (["audit", "--since", "31/13/2026"], 65),
        (["audit", "--entity", "rahasia"], 64),
        (["export", "rahasia"], 64),
        (["import", "complaints", "/nonexistent/file.csv"], 66),
        (["import", "complaints", "/tmp"], 66),
        (["backup", "/proc/kbk-backup.sqlite"], 73),
        (["config", "set", "group_size_max", "0"], 65),
        (["--tz", "+25:00", "complaint", "list"], 64),
        (["--lang", "jv", "complaint", "list"], 64),
        (["--format", "yaml", "complaint", "list"], 64),
        (["complaint", "list", "--limit", "sepuluh"], 64),
        (["complaint", "show", "ADU-2026-99999999999999999999999"], 64),
        (
            [
                "ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--averages",
                "999999999999999999.5,3,3,3,3,3,3,3,3", "--respondents", "5",
            ], 65
        ),
        (["frobnicate"], 64),
    ]

    @Test func everyBadInputLeavesTheDatabaseByteForByte() throws {
        #expect(Self.cases.count >= 60)
        let (folder, path) = try complaintFixture()
        #expect(
            kbkAtDesk(["--db", path, "group", "add", "--skpd", "DPUPR", "--name", "KBK", "--formed", "2026-01-05"])
                .status
                == 0)
        #expect(
            kbkAtDesk([
                "--db", path, "improvement", "add", "--group", "1", "--title", "Aksi", "--started", "2026-11-17",
            ])
            .status == 0)
        let before = snapshot(path)
        for (arguments, exit) in Self.cases {
            let result = kbkAtDesk(["--db", path] + arguments)
            #expect(result.status == exit, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            // One line, or for usage errors the line, the usage and the pointer to help.
            #expect(
                result.stderr.split(separator: "\n").count == (exit == 64 ? 3 : 1) || arguments == ["frobnicate"],
                "\(arguments): \(result.stderr)")
            #expect(snapshot(path) == before, "\(arguments) changed the database")
        }
        _ = folder
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAlone() throws {
        let folder = TemporaryFolder()
        let path = folder.file("other.sqlite")
        do {
            // As most programs leave their databases: in rollback-journal mode.
            let db = try Connection(path: path)
            try db.execute(
                "PRAGMA journal_mode = DELETE; CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('milik aplikasi lain');"
            )
        }
        let before = snapshot(path)
        for command in [
            ["init"], ["skpd", "add", "A1", "--name", "A", "--kind", "agency"], ["complaint", "list"], ["report"],
        ] {
            let result = kbkAtDesk(["--db", path] + command)
            #expect(result.status == 65, "\(command)")
            #expect(result.stderr.contains("is a SQLite database of another program"))
        }
        #expect(snapshot(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // An empty file is no database yet: read commands say so, init makes one.
        let empty = folder.file("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(kbkAtDesk(["--db", empty, "complaint", "list"]).status == 66)
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        #expect(kbkAtDesk(["--db", empty, "init"]).status == 0)
        // A folder is no regular file: refused before anything is done with it (issue 28).
        #expect(kbkAtDesk(["--db", folder.path, "init"]).status == 66)
    }
}
