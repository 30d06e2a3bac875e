import Foundation
import KBKStore
import KBKTestSupport
import SQLiteDB
import Testing

/// Every file in a folder with its bytes (symlinks as their targets), to show a command left the
/// database and every file around it as they were. A WAL database's `-shm` (an index of the log,
/// no data) and an empty `-wal` are left out: a read-only connection leaves them behind.
func folderSnapshot(_ folder: String) -> [String: Data] {
    var files: [String: Data] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
        let path = folder + "/" + name
        if name.hasSuffix("-shm") { continue }
        if name.hasSuffix("-wal"), (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 0 {
            continue
        }
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            files[name] = Data(("link → " + link).utf8)
        } else {
            files[name] = FileManager.default.contents(atPath: path) ?? Data("(folder)".utf8)
        }
    }
    return files
}

/// The issue-12 cases of the bad-input table: each gets its exit code, one line on stderr (three
/// for usage errors), nothing on stdout, and leaves the database and every file beside it as they
/// were. They need files of their own, so they are built per run rather than listed statically.
@Suite struct HardenedBadInputTests {
    @Test func everyCaseIsRefusedAndChangesNoFile() throws {
        let (folder, path) = try complaintFixture()
        let dir = folder.path
        #expect(
            kbkAtDesk(["--db", path, "group", "add", "--skpd", "DPUPR", "--name", "KBK", "--formed", "2026-01-05"])
                .status
                == 0)
        #expect(
            kbkAtDesk([
                "--db", path, "ikm", "add", "--skpd", "DPUPR", "--period", "2026-S1", "--averages", "3,3,3,3,3,3,3,3,3",
                "--respondents", "50",
            ]).status == 0)
        // Files the cases aim at: an existing report, a symlink to the database, a text file, another program's
        // database.
        try Data("laporan lama".utf8).write(to: URL(fileURLWithPath: folder.file("laporan.html")))
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.csv"), withDestinationPath: path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("dangling.csv"), withDestinationPath: path + "-journal")
        try Data("catatan".utf8).write(to: URL(fileURLWithPath: folder.file("notes.txt")))
        try FileManager.default.createDirectory(atPath: folder.file("sub"), withIntermediateDirectories: false)
        do {
            let other = try Connection(path: folder.file("other.sqlite"))
            try other.execute("PRAGMA journal_mode = DELETE; CREATE TABLE t (x TEXT)")
        }
        func csv(_ name: String, _ text: String) throws -> String {
            let file = folder.file(name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            return file
        }
        let duplicateHeader = try csv("dup.csv", "date,name,name\n2026-12-24,Cuti,Cuti\n")
        let shortRow = try csv("short.csv", "date,name\n2026-12-24\n")
        let longRow = try csv("long.csv", "date,name\n2026-12-24,Cuti,extra\n")
        let rejectedAndResolved = try csv(
            "rr.csv",
            """
            subject,description,channel,received_at,skpd,verified_at,resolved_at,rejected_at
            Jalan,Rusak,sms,2026-11-02 08:00,DPUPR,2026-11-03 08:00,2026-11-04 08:00,2026-11-05 08:00

            """)
        let sameTicketTwice = try csv(
            "twice.csv",
            """
            ticket,subject,description,channel,received_at
            ADU-2025-00007,Jalan,Rusak,sms,2026-11-02 08:00
            ADU-2025-00007,Jembatan,Putus,sms,2026-11-02 09:00

            """)
        let sameGroupTwice = try csv("groups.csv", "id,skpd,name\n9,DPUPR,KBK Satu\n9,DPUPR,KBK Dua\n")
        let ikmAgain = try csv(
            "ikm.csv",
            "skpd,period,respondents,denominator,u1,u2,u3,u4,u5,u6,u7,u8,u9\nDPUPR,2026-S1,50,1,4,3,3,3,3,3,3,3,3\n")
        let fewerRespondents = try csv(
            "ikm2.csv",
            "skpd,period,respondents,denominator,u1,u2,u3,u4,u5,u6,u7,u8,u9\nDPUPR,2026-S2,3,4,12,12,12,12,12,12,12,12,12\n"
        )
        let implausible = try csv("old.csv", "date,name\n0001-01-01,Tahun satu\n")
        let openQuote = try csv("quote.csv", "date,name\n2026-12-24,\"" + String(repeating: "x", count: 9 << 20) + "\n")
        try Data().write(to: URL(fileURLWithPath: folder.file("empty.sqlite")))
        let zalgo = "a" + String(repeating: "\u{0301}", count: 2_000_000)
        let hugeTicket = String(repeating: "9", count: 1_000_000)

        let cases: [(arguments: [String], exit: Int32)] = [
            // Outputs never replace the database or its companions, however spelled, nor an existing file.
            (["export", "holidays", "--output", path], 73),
            (["export", "holidays", "--output", path, "--force"], 73),
            (["export", "holidays", "--output", path + "-wal", "--force"], 73),
            (["export", "holidays", "--output", path + "-shm", "--force"], 73),
            (["export", "holidays", "--output", path + "-journal"], 73),
            (["export", "holidays", "--output", dir + "/./sub/../kbk.sqlite", "--force"], 73),
            (["export", "holidays", "--output", folder.file("link.csv"), "--force"], 73),
            (["export", "holidays", "--output", folder.file("dangling.csv"), "--force"], 73),
            (["report", "--period", "2026", "--format", "html", "--output", folder.file("laporan.html")], 73),
            (
                [
                    "export", "complaints", "--include-personal-data", "--format", "csv", "--output",
                    folder.file("laporan.html"),
                ],
                73
            ),
            (["import", "template", "holidays", "--output", folder.file("notes.txt")], 73),
            (["export", "holidays", "--output", folder.file("sub")], 73),
            (["export", "holidays", "--output", folder.file("missing/holidays.csv")], 73),
            (["backup", path + "-wal"], 73),
            (["backup", folder.file("copy.sqlite-shm")], 73),
            (["backup", folder.file("missing/copy.sqlite")], 73),
            (["backup", folder.file("link.csv"), "--force"], 73),
            // demo --force replaces only what the demo made.
            (["demo", "--force", "--complaints", "5"], 73),
            (["--db", folder.file("notes.txt"), "demo", "--force", "--complaints", "5"], 73),
            (["--db", folder.file("other.sqlite"), "demo", "--force", "--complaints", "5"], 73),
            (["--db", folder.file("sub"), "demo", "--force", "--complaints", "5"], 73),
            // check changes nothing and says what it found.
            (["--db", folder.file("empty.sqlite"), "check"], 66),
            (["--db", folder.file("other.sqlite"), "check"], 65),
            (["--db", folder.file("notes.txt"), "check"], 65),
            // Text limits count scalars; invisible text is no text.
            (["complaint", "new", "--channel", "sms", "--subject", zalgo, "--description", "d"], 65),
            (
                [
                    "complaint", "new", "--channel", "sms", "--subject", "\u{200B}\u{2060}\u{FEFF}", "--description",
                    "d",
                ], 65
            ),
            (["complaint", "new", "--channel", "sms", "--subject", "s", "--description", "\u{3164} \u{200D}"], 65),
            (["complaint", "show", hugeTicket], 64),
            // Dates must be plausible.
            (
                [
                    "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--received",
                    "0001-01-01 08:00",
                ], 65
            ),
            (
                [
                    "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--received",
                    "9999-12-31T08:00:00+07:00",
                ], 65
            ),
            (["holiday", "add", "1999-12-31", "Malam tahun baru"], 65),
            (["report", "--period", "9999"], 65),
            // An option's value is not the next option; single-valued options once.
            (
                [
                    "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d", "--name",
                    "--anonymous",
                ], 64
            ),
            (["complaint", "new", "--channel", "sms", "--subject", "--description", "d"], 64),
            (
                ["complaint", "new", "--channel", "sms", "--channel", "lapor", "--subject", "s", "--description", "d"],
                64
            ),
            (["--format", "json", "--format", "csv", "complaint", "list"], 64),
            // Rules between values.
            (["category", "add", "cepat", "--name", "Cepat", "--respond-days", "5", "--settle-days", "2"], 65),
            (["category", "edit", "general", "--settle-days", "1"], 65),
            (["complaint", "list", "--from", "2026-11-20", "--to", "2026-11-01"], 65),
            (["group", "meeting", "list", "1", "--from", "2026-11-20", "--to", "2026-11-01"], 65),
            (["group", "meeting", "add", "1", "--date", "2026-12-01"], 65),
            // Files given to kbk must be regular files.
            (["group", "meeting", "add", "1", "--date", "2026-11-17", "--minutes-file", "/dev/zero"], 66),
            (["group", "meeting", "add", "1", "--date", "2026-11-17", "--minutes-file", folder.file("sub")], 66),
            (["import", "holidays", "/dev/zero"], 66),
            (["ikm", "add", "--skpd", "DPUPR", "--period", "2026", "--responses", "/dev/zero"], 66),
            // Import problems are problems, not "already present".
            (["import", "holidays", duplicateHeader], 65),
            (["import", "holidays", shortRow], 65),
            (["import", "holidays", longRow], 65),
            (["import", "complaints", rejectedAndResolved], 65),
            (["import", "complaints", sameTicketTwice], 65),
            (["import", "groups", sameGroupTwice], 65),
            (["import", "ikm", ikmAgain], 65),
            (["import", "ikm", fewerRespondents], 65),
            (["import", "holidays", implausible], 65),
            (["import", "holidays", openQuote], 65),
        ]
        let before = folderSnapshot(dir)
        for (arguments, exit) in cases {
            let command = arguments.first == "--db" ? arguments : ["--db", path] + arguments
            let result = kbkAtDesk(command)
            let shown = arguments.map { $0.unicodeScalars.count > 60 ? String($0.unicodeScalars.prefix(20)) + "…" : $0 }
            #expect(result.status == exit, "\(shown): \(result.stderr.prefix(300))")
            #expect(
                result.stderr.hasPrefix("Error: ") || result.stderr.contains(": column ")
                    || result.stderr.contains(".csv:"),
                "\(shown): \(result.stderr.prefix(300))")
            #expect(result.stdout.isEmpty, "\(shown): \(result.stdout.prefix(300))")
            if !arguments.contains("import") {
                #expect(
                    result.stderr.split(separator: "\n").count == (exit == 64 ? 3 : 1),
                    "\(shown): \(result.stderr.prefix(600))")
            }
            // A message never carries megabytes of what was typed.
            #expect(result.stderr.utf8.count < 2_000, "\(shown)")
            #expect(folderSnapshot(dir) == before, "\(shown) changed a file")
        }
    }

    @Test func messagesNeverEchoAComplainantsNameOrContact() throws {
        let (folder, path) = try complaintFixture()
        for arguments in [
            ["--name", "Siti\u{7}Aminah"], ["--contact", "0812\u{1B}[31m3456"],
            ["--name", String(repeating: "Siti ", count: 50)],
        ] {
            let result = kbkAtDesk(
                ["--db", path, "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d"]
                    + arguments)
            #expect(result.status == 65, "\(result.stderr)")
            #expect(!result.stderr.contains("Siti") && !result.stderr.contains("3456"), "\(result.stderr)")
            #expect(result.stderr.contains("(hidden)") || result.stderr.contains("too long"), "\(result.stderr)")
        }
        let indonesian = kbkAtDesk([
            "--db", path, "--lang", "id", "complaint", "new", "--channel", "sms", "--subject", "s", "--description",
            "d",
            "--name", "Budi\u{7}",
        ])
        #expect(indonesian.stderr.contains("(disembunyikan)") && !indonesian.stderr.contains("Budi"))
        // Other long values are cut to a prefix with their length.
        let long = kbkAtDesk(["--db", path, "complaint", "list", "--status", String(repeating: "x", count: 100_000)])
        #expect(long.status == 64)
        #expect(long.stderr.contains("xxxxxxxx… (100000 characters)"), "\(long.stderr.prefix(300))")
        _ = folder
    }
}

/// The one file writer, tested through the real binary: what is on disk afterwards.
@Suite struct OutputFileTests {
    let binary = builtExecutable()

    func database() throws -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbkAtDesk(["--db", path, "init"]).status == 0)
        #expect(
            kbkAtDesk(["--db", path, "skpd", "add", "DLH", "--name", "Dinas Lingkungan Hidup", "--kind", "agency"])
                .status == 0)
        return (folder, path)
    }

    /// What `export skpd` writes for that database.
    static let exported =
        "code,name,kind,official_code,parent,staff,head_name,head_nip,deactivated_on,successor,successor_routes,"
        + "working_week,formed_on\r\n" + "DLH,Dinas Lingkungan Hidup,agency,,,,,,,,,5,\r\n"

    @Test func symlinksPlantedAtTemporaryNamesAreNeverFollowed() throws {
        let (folder, path) = try database()
        let victim = folder.file("victim.txt")
        try Data("jangan diubah".utf8).write(to: URL(fileURLWithPath: victim))
        // The names a careless writer would use beside the target, each a link to the victim.
        for name in [
            "units.csv.tmp", "units.csv.kbk-partial", ".units.csv.tmp", "units.csv~",
            ".units.csv.kbk-0.tmp",
        ] {
            try FileManager.default.createSymbolicLink(atPath: folder.file(name), withDestinationPath: victim)
        }
        let result = try runProcess(
            binary, ["--db", path, "export", "skpd", "--output", folder.file("units.csv")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "jangan diubah")
        #expect(
            try String(contentsOfFile: folder.file("units.csv"), encoding: .utf8)
                == OutputFileTests.exported)
        // Nothing is left behind: no temporary file of kbk's in the folder.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(
            !names.contains { $0.contains(".kbk-") && $0.hasSuffix(".tmp") && $0 != ".units.csv.kbk-0.tmp" },
            "\(names)")
    }

    @Test func anExistingFileIsReplacedOnlyWithForceAndKeepsItsMode() throws {
        let (folder, path) = try database()
        let target = folder.file("libur.csv")
        try Data("lama".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o640)
        let refused = try runProcess(binary, ["--db", path, "export", "skpd", "--output", target])
        #expect(refused.status == 73)
        #expect(refused.stderr == "Error: \(target) already exists; add --force to overwrite it\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "lama")
        let forced = try runProcess(binary, ["--db", path, "export", "skpd", "--output", target, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("code,name"))
        #expect(try permissions(of: target) == 0o640)
        // Through a symlink, --force writes the file the link names and keeps the link.
        let linked = folder.file("terbaru.csv")
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: target)
        try Data("lama".utf8).write(to: URL(fileURLWithPath: target))
        #expect(
            try runProcess(binary, ["--db", path, "export", "skpd", "--output", linked, "--force"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: linked) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("code,name"))
    }

    @Test func personalDataIsPrivateAndOtherOutputsFollowTheUmask() throws {
        let (folder, path) = try complaintFixture()
        #expect(
            try runProcess(
                binary,
                ["--db", path, "export", "complaints", "--include-personal-data", "--output", folder.file("p.csv")]
            ).status == 0)
        #expect(try permissions(of: folder.file("p.csv")) == 0o600)
        #expect(try String(contentsOfFile: folder.file("p.csv"), encoding: .utf8).contains("Ahmad Fauzi"))
        #expect(
            try runProcess(
                binary,
                ["--db", path, "report", "--period", "2026", "--format", "html", "--output", folder.file("r.html")]
            ).status == 0)
        let mask = umask(0o022)
        umask(mask)
        #expect(try permissions(of: folder.file("r.html")) == 0o666 & ~Int(mask))
        // init on an existing empty file makes it private before the database goes in.
        let empty = folder.file("empty.sqlite")
        try Data().write(to: URL(fileURLWithPath: empty))
        chmod(empty, 0o644)
        #expect(kbkAtDesk(["--db", empty, "init"]).status == 0)
        #expect(try permissions(of: empty) == 0o600)
    }

    @Test func devicesAndStandardOutputAreWrittenInPlace() throws {
        let (folder, path) = try database()
        defer { _ = folder }
        let stdout = try runProcess(binary, ["--db", path, "export", "skpd", "--output", "/dev/stdout"])
        #expect(stdout.status == 0)
        #expect(stdout.stdout == OutputFileTests.exported)
        let dash = try runProcess(binary, ["--db", path, "export", "skpd", "--output", "-"])
        #expect(dash.stdout == stdout.stdout)
        #expect(dash.stderr.isEmpty)
        #expect(try runProcess(binary, ["--db", path, "report", "--output", "/dev/null", "--force"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: "/dev/null"))
    }

    @Test func aPipeIsWrittenInPlaceAndOneNobodyReadsIsRefusedAtOnce() throws {
        let (folder, path) = try database()
        let fifo = folder.file("pipa")
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = Date()
        let unread = try runProcess(binary, ["--db", path, "export", "skpd", "--output", fifo])
        #expect(unread.status == 73, "\(unread.stderr)")
        #expect(Date().timeIntervalSince(started) < 5)
        // With a reader it gets the bytes, and stays a pipe.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let output = Pipe()
        reader.standardOutput = output
        try reader.run()
        // Once the reader waits in the pipe's open for a writer (the kernel's `wait_for_partner`),
        // or already holds it, a writer does not find it unread.
        let process = "/proc/\(reader.processIdentifier)"
        #expect(
            waitUntil(seconds: 5) {
                let waiting = (try? String(contentsOfFile: process + "/wchan", encoding: .utf8)) == "wait_for_partner"
                let holding = ((try? FileManager.default.contentsOfDirectory(atPath: process + "/fd")) ?? []).contains {
                    (try? FileManager.default.destinationOfSymbolicLink(atPath: process + "/fd/" + $0)) == fifo
                }
                return waiting || holding
            })
        #expect(try runProcess(binary, ["--db", path, "export", "skpd", "--output", fifo]).status == 0)
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(String(decoding: bytes, as: UTF8.self) == OutputFileTests.exported)
        var info = stat()
        #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test func theDatabaseFilesAreRefusedHoweverSpelled() throws {
        let (folder, path) = try database()
        let before = folderSnapshot(folder.path)
        for target in [
            path, "kbk.sqlite", "./kbk.sqlite-wal", "sub/../kbk.sqlite-shm", folder.path + "//kbk.sqlite-journal",
        ] {
            try? FileManager.default.createDirectory(atPath: folder.file("sub"), withIntermediateDirectories: false)
            let result = try runProcess(
                binary, ["--db", path, "export", "skpd", "--output", target, "--force"],
                currentDirectory: folder.path)
            #expect(result.status == 73, "\(target): \(result.stderr)")
            #expect(result.stderr.contains("kbk never writes over it"), "\(target)")
            // The database given relatively, the target absolutely.
            let relative = try runProcess(
                binary,
                [
                    "--db", "kbk.sqlite", "report", "--output",
                    folder.path + "/" + (target.hasPrefix("/") ? "kbk.sqlite" : target), "--force",
                ],
                currentDirectory: folder.path)
            #expect(relative.status == 73, "\(target): \(relative.stderr)")
        }
        try? FileManager.default.removeItem(atPath: folder.file("sub"))
        #expect(folderSnapshot(folder.path) == before)
        #expect(kbkAtDesk(["--db", path, "check"]).status == 0)
    }

    @Test func aBackupWhoseAuditEntryCannotBeWrittenLeavesNoCopy() throws {
        let (folder, path) = try complaintFixture()
        let holder = try Connection(path: path)
        try holder.execute("BEGIN IMMEDIATE")
        let result = try runProcess(
            binary, ["--db", path, "backup", folder.file("copy.sqlite")], environment: ["KBK_BUSY_TIMEOUT_MS": "200"])
        try holder.execute("ROLLBACK")
        #expect(result.status == 75, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasPrefix("copy.sqlite") || $0.contains(".tmp") }, "\(names)")
        // And when it can be written, the copy and its entry are both there.
        #expect(try runProcess(binary, ["--db", path, "backup", folder.file("copy.sqlite")]).status == 0)
        #expect(try holder.scalar("SELECT count(*) FROM audit_log WHERE action = 'backup'")?.intValue == 1)
        #expect(try permissions(of: folder.file("copy.sqlite")) == 0o600)
    }
}

/// `demo --force` replaces only what the demo made.
@Suite struct DemoForceTests {
    @Test func onlyAnEmptyFileOrTheDemosOwnDatabaseIsReplaced() throws {
        let folder = TemporaryFolder()
        let empty = folder.file("empty.sqlite")
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(kbkAtDesk(["--db", empty, "demo", "--force", "--complaints", "5"]).status == 0)
        #expect(kbkAtDesk(["--db", empty, "demo", "--force", "--complaints", "6"]).status == 0)
        #expect(try Connection(path: empty, mode: .readOnly).scalar("SELECT count(*) FROM complaint")?.intValue == 6)
        let work = folder.file("kerja.sqlite")
        #expect(kbkAtDesk(["--db", work, "init"]).status == 0)
        let refused = kbkAtDesk(["--db", work, "demo", "--force"])
        #expect(refused.status == 73)
        #expect(
            refused.stderr
                == "Error: refusing to replace \(work): it is a kbk database that kbk demo did not make; "
                + "demo --force replaces only a database made by kbk demo or an empty file; choose another --db\n"
        )
        #expect(FileManager.default.fileExists(atPath: work))
        #expect(kbkAtDesk(["--db", work, "check"]).status == 0)
    }
}

/// A schema changed behind kbk's back, by the `sqlite3` shell: `check` names it, every other
/// command refuses the database in one line.
@Suite struct SchemaDriftTests {
    func sqlite3(_ path: String, _ sql: String) throws {
        let result = try runProcess("/usr/bin/sqlite3", [path, sql])
        #expect(result.status == 0, "\(sql): \(result.stderr)")
    }

    @Test(arguments: [
        (
            "CREATE TABLE bocoran (nama TEXT); CREATE TRIGGER salin_nama AFTER INSERT ON complaint BEGIN INSERT INTO bocoran VALUES (NEW.complainant_name); END;",
            "trigger salin_nama is not made by kbk's migrations"
        ),
        ("DROP INDEX complaint_status", "index complaint_status is missing"),
        ("DROP TRIGGER audit_log_no_delete", "trigger audit_log_no_delete is missing"),
        ("DELETE FROM kbk_migrations WHERE version = 2", "the record of migration 2 is missing from kbk_migrations"),
        ("DROP TABLE improvement_sop", "table improvement_sop is missing"),
    ])
    func driftIsNamedByCheckAndRefusedByEveryCommand(_ sql: String, _ finding: String) throws {
        let (folder, path) = try complaintFixture()
        try sqlite3(path, sql)
        let before = snapshot(path)
        let check = kbkAtDesk(["--db", path, "check"])
        #expect(check.status == 65)
        #expect(check.stdout.contains(finding), "\(check.stdout)")
        #expect(!check.stdout.contains("Healthy"))
        let json = kbkAtDesk(["--db", path, "check", "--format", "json"])
        #expect(json.stdout.contains("\"healthy\": false") && json.stdout.contains(finding), "\(json.stdout)")
        for command in [
            ["complaint", "list"], ["complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d"],
            ["report"], ["init"],
        ] {
            let result = kbkAtDesk(["--db", path] + command)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: database \(path) does not have kbk's schema: "), "\(result.stderr)")
            #expect(
                result.stderr.hasSuffix("run 'kbk check'\n") && result.stderr.split(separator: "\n").count == 1,
                "\(result.stderr)")
        }
        #expect(snapshot(path) == before)
        _ = folder
    }

    @Test func theDatabaseRefusesTextPastItsBoundsWhateverWritesIt() throws {
        let (folder, path) = try complaintFixture()
        let long = String(repeating: "x", count: 201)
        let result = try runProcess(
            "/usr/bin/sqlite3", [path, "UPDATE complaint SET location = '\(long)' WHERE id = 1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("CHECK constraint failed: length(location) <= 200"), "\(result.stderr)")
        let event = try runProcess(
            "/usr/bin/sqlite3",
            [
                path,
                """
                INSERT INTO complaint_event (complaint_id, at, local_date, actor, action, status_after, text)
                VALUES (1, '2026-11-17T01:00:00Z', '2026-11-17', 'x', 'note', 'received', printf('%.*c', 100001, 'y'))
                """,
            ])
        #expect(
            event.status != 0 && event.stderr.contains("CHECK constraint failed: length(text) <= 100000"),
            "\(event.stderr)")
        let meeting = try runProcess(
            "/usr/bin/sqlite3", [path, "UPDATE skpd SET head_name = '\(long)' WHERE code = 'DPUPR'"])
        #expect(
            meeting.status != 0 && meeting.stderr.contains("skpd: a text is longer than kbk allows"),
            "\(meeting.stderr)")
        _ = folder
    }
}

/// What leaves kbk: spreadsheets, Markdown, exports.
@Suite struct OutputLeakTests {
    @Test func spreadsheetFormulasAreNeutralisedAndImportReadsThemBack() throws {
        let folder = TemporaryFolder()
        let source = folder.file("a.sqlite")
        // (A leading tab or carriage return cannot be typed: text is trimmed. FormulaGuard's own test has them.)
        let formulas = [
            "=HYPERLINK(\"http://jahat.example\",\"klik\")", "+62 812", "-1+1", "@SUM(A1)", "'=sudah dikutip", "''",
            "-12", "-0.5",
        ]
        #expect(kbkAtDesk(["--db", source, "init"]).status == 0)
        for (index, text) in formulas.enumerated() {
            let result = kbkAtDesk([
                "--db", source, "complaint", "new", "--channel", "sms", "--subject", "s\(index)", "--description", text,
                "--location", "Desa \(index)", "--received", "2026-11-16 0\(index):00",
            ])
            #expect(result.status == 0, "\(text): \(result.stderr)")
        }
        let list = kbkAtDesk(["--db", source, "complaint", "list", "--format", "csv"]).stdout
        #expect(list.contains("\"'=HYPERLINK(\"\"http://jahat.example\"\",\"\"klik\"\")\""))
        #expect(list.contains(",'+62 812") && list.contains(",'-1+1") && list.contains(",'@SUM(A1)"))
        #expect(list.contains(",''=sudah dikutip") && list.contains(",'''"))
        #expect(list.contains(",-12\r\n") && list.contains(",-0.5\r\n"), "\(list)")
        // No field of any CSV starts with a formula character unless it is a plain number.
        for line in list.split(separator: "\r\n") {
            for field in line.split(separator: ",", omittingEmptySubsequences: false) {
                if let first = field.first, "=+@".contains(first) { Issue.record("formula-like field \(field)") }
            }
        }
        let file = folder.file("complaints.csv")
        #expect(kbkAtDesk(["--db", source, "export", "complaints", "--output", file]).status == 0)
        let target = folder.file("b.sqlite")
        #expect(kbkAtDesk(["--db", target, "init"]).status == 0)
        let imported = kbkAtDesk(["--db", target, "import", "complaints", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let back = try Connection(path: target, mode: .readOnly).query("SELECT description FROM complaint ORDER BY id")
        { $0.string(0) ?? "" }
        #expect(back == formulas)
    }

    @Test func markdownCellsCannotBecomeHTMLOrBreakTheTable() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(
            kbkAtDesk(["--db", path, "skpd", "add", "DPUPR", "--name", "Dinas PU", "--kind", "agency"]).status == 0)
        // An IKM survey's period label is free text from a file, and the report shows it.
        let file = folder.file("ikm.csv")
        try Data(
            "skpd,period,from,to,u1,u2,u3,u4,u5,u6,u7,u8,u9\nDPUPR,\"<img src=x onerror=alert(1)> | A & B \\ C\",2026-01-01,2026-06-30,3,3,3,3,3,3,3,3,3\n"
                .utf8
        )
        .write(to: URL(fileURLWithPath: file))
        let imported = kbkAtDesk(["--db", path, "import", "ikm", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let report = kbkAtDesk(["--db", path, "report", "--period", "2026", "--format", "markdown", "--section", "ikm"])
        #expect(report.status == 0)
        #expect(!report.stdout.contains("<img"))
        #expect(report.stdout.contains("&lt;img src=x onerror=alert(1)&gt; \\| A &amp; B \\\\ C"), "\(report.stdout)")
        // The row, and the kabupaten's row under it, still have as many cells as the header.
        let lines = report.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") }
        func cells(_ line: Substring) -> Int {
            line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
        }
        #expect(
            lines.count == 4 && cells(lines[0]) == cells(lines[2]) && cells(lines[0]) == cells(lines[3]), "\(lines)")
    }

    @Test func aConfidentialDescriptionLeavesOnlyWithPersonalDataAndThatIsAudited() throws {
        let (folder, path) = try complaintFixture()
        for format in ["csv", "json"] {
            let plain = kbkAtDesk(["--db", path, "export", "complaints", "--format", format])
            #expect(!plain.stdout.contains("Petugas meminta uang rahasia"), "\(format)")
            #expect(plain.stdout.contains("Lampu di Jl. Mayjen Sungkono mati"))
        }
        let personal = kbkAtDesk([
            "--db", path, "export", "complaints", "--include-personal-data", "--output", folder.file("all.csv"),
        ])
        #expect(personal.status == 0)
        #expect(
            try String(contentsOfFile: folder.file("all.csv"), encoding: .utf8).contains("Petugas meminta uang rahasia")
        )
        let audit = kbkAtDesk(["--db", path, "audit", "--entity", "complaint", "--limit", "1"]).stdout
        #expect(
            audit.contains(
                "exported complaints with complainants' personal data (3 rows) to \(folder.file("all.csv"))"),
            "\(audit)")
        // A file without the description cannot be imported as if it were whole.
        #expect(kbkAtDesk(["--db", path, "export", "complaints", "--output", folder.file("plain.csv")]).status == 0)
        let target = folder.file("b.sqlite")
        #expect(kbkAtDesk(["--db", target, "init"]).status == 0)
        let refused = kbkAtDesk(["--db", target, "import", "complaints", folder.file("plain.csv")])
        #expect(refused.status == 65)
        #expect(
            refused.stderr.contains(
                ":4: column description: description is empty: a confidential complaint's description is left out of exports"
            ), "\(refused.stderr)")
    }

    @Test func everyStoredInstantWithinThePlausibleYearsReadsBack() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        // The clock at the end of 2100, so that both ends of the range are in the past.
        let environment = ["KBK_NOW": "2100-12-31T23:59:59+07:00"]
        #expect(kbkAtDesk(["--db", path, "init"], environment: environment).status == 0)
        for (index, time) in [
            "2000-01-01T00:00:00+07:00", "2000-01-01T00:00:00+09:00", "2100-12-31T23:59:00+07:00",
            "2100-12-31T16:59:59Z",
        ].enumerated() {
            let logged = kbkAtDesk(
                [
                    "--db", path, "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d",
                    "--received", time,
                ],
                // Logged as it comes in: a time typed by hand goes back clock.backdate-days at most.
                environment: ["KBK_NOW": time])
            #expect(logged.status == 0, "\(time): \(logged.stderr)")
            guard logged.status == 0 else { continue }
            let ticket = logged.stdout.split(separator: "\n")[0].split(separator: " ")[1].dropLast(1)
            let shown = kbkAtDesk(
                [
                    "--db", path, "--tz", time.hasSuffix("Z") ? "+00:00" : String(time.suffix(6)), "complaint", "show",
                    String(ticket),
                    "--format", "json",
                ], environment: environment)
            #expect(
                shown.stdout.contains("\"received_at\": \"\(time)\""), "\(index) \(time): \(shown.stdout.prefix(300))")
        }
        for time in ["1999-12-31T23:59:59+07:00", "2101-01-01T00:00:00+07:00"] {
            let refused = kbkAtDesk(
                [
                    "--db", path, "complaint", "new", "--channel", "sms", "--subject", "s", "--description", "d",
                    "--received", time,
                ],
                environment: ["KBK_NOW": "2100-12-31T23:59:59+07:00"])
            #expect(refused.status == 65, "\(time): \(refused.stderr)")
        }
    }
}

/// Rows damaged with the `sqlite3` shell (checks switched off) are reported by table, row, column
/// and value, never read as a plausible default (issue 13, part 3, for the store's repositories).
@Suite struct DamagedRowTests {
    @Test(arguments: [
        ("UPDATE complaint SET status = 'foo' WHERE id = 2", "complaint 2, column status: 'foo' is not a status"),
        (
            "UPDATE complaint SET received_at = 'kemarin sore' WHERE id = 2",
            "complaint 2, column received_at: 'kemarin sore' is not a time like"
        ),
        (
            "UPDATE complaint SET channel = 'merpati' WHERE id = 2",
            "complaint 2, column channel: 'merpati' is not a channel"
        ),
        (
            "UPDATE complaint SET verify_due = '2026-02-30' WHERE id = 2",
            "complaint 2, column verify_due: '2026-02-30' is not a date like"
        ),
        ("UPDATE complaint SET confidential = 7 WHERE id = 2", "complaint 2, column confidential: '7' is not 0 or 1"),
        // Codes are checked again as they are read: a plain string never passes for one.
        (
            "UPDATE complaint SET category = 'Bukan Kode!' WHERE id = 2",
            "complaint 2, column category: 'Bukan Kode!' is not a category code"
        ),
        (
            "UPDATE complaint SET assigned_to = 'Budi Santoso' WHERE id = 2",
            "complaint 2, column assigned_to: 'Budi Santoso' is not a login"
        ),
    ])
    func aDamagedComplaintIsNamedByEveryCommandThatReadsIt(_ sql: String, _ finding: String) throws {
        let (folder, path) = try complaintFixture()
        let shell = try runProcess("/usr/bin/sqlite3", [path, "PRAGMA ignore_check_constraints = ON; " + sql])
        #expect(shell.status == 0, "\(shell.stderr)")
        for command in [
            ["complaint", "show", "ADU-2026-00002"], ["complaint", "list"], ["complaint", "list", "--format", "json"],
            ["export", "complaints"],
        ] {
            let result = kbkAtDesk(["--db", path] + command)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: database damaged: \(finding)"), "\(command): \(result.stderr)")
            #expect(
                result.stderr.hasSuffix("; run 'kbk check' and restore a backup\n") && result.stdout.isEmpty,
                "\(command): \(result.stderr)")
        }
        _ = folder
    }

    @Test func damagedEventsAndAuditEntriesAreNamedToo() throws {
        let (folder, path) = try complaintFixture()
        let shell = try runProcess(
            "/usr/bin/sqlite3",
            [
                path,
                """
                PRAGMA ignore_check_constraints = ON;
                INSERT INTO complaint_event (complaint_id, at, local_date, actor, action, status_after)
                VALUES (1, 'nanti', '2026-11-17', 'x', 'note', 'received');
                INSERT INTO audit_log (at, actor, action, entity_kind, summary)
                VALUES ('2026-13-45T99:00:00Z', 'x', 'update', 'skpd', 'aneh');
                """,
            ])
        #expect(shell.status == 0, "\(shell.stderr)")
        let show = kbkAtDesk(["--db", path, "complaint", "show", "ADU-2026-00001"])
        #expect(show.status == 65)
        #expect(show.stderr.hasPrefix("Error: database damaged: complaint_event "), "\(show.stderr)")
        #expect(show.stderr.contains(", column at: 'nanti' is not a time like"), "\(show.stderr)")
        let audit = kbkAtDesk(["--db", path, "--lang", "id", "audit"])
        #expect(audit.status == 65)
        #expect(audit.stderr.hasPrefix("Kesalahan: basis data rusak: audit_log "), "\(audit.stderr)")
        #expect(audit.stderr.contains("kolom at: '2026-13-45T99:00:00Z'"), "\(audit.stderr)")
        _ = folder
    }
}

extension DamagedRowTests {
    @Test func damagedRegistryRowsAreNamedByTheCommandsThatReadThem() throws {
        let (folder, path) = try complaintFixture()
        for setup in [
            ["group", "add", "--skpd", "DPUPR", "--name", "KBK", "--formed", "2026-01-05"],
            [
                "group", "member", "add", "1", "--nip", "198609262015052001", "--name", "Siti Rahayu", "--since",
                "2026-01-10",
            ],
            ["sop", "review", "600/1/2026", "--date", "2026-03-01", "--outcome", "keep"],
            ["improvement", "add", "--group", "1", "--title", "Aksi", "--started", "2026-11-17"],
            ["holiday", "add", "2026-12-18", "Libur daerah"],
        ] {
            #expect(kbkAtDesk(["--db", path] + setup).status == 0, "\(setup)")
        }
        let cases: [(sql: String, command: [String], finding: String)] = [
            (
                "UPDATE skpd SET kind = 'planet' WHERE code = 'DLH'", ["skpd", "list"],
                "skpd 2, column kind: 'planet' is not a kind of unit"
            ),
            (
                "UPDATE group_member SET role = 'raja' WHERE id = 1", ["group", "member", "list", "1"],
                "group_member 1, column role: 'raja' is not a group role"
            ),
            (
                "UPDATE kbk_group SET formed_on = 'dulu' WHERE id = 1", ["group", "show", "1"],
                "kbk_group 1, column formed_on: 'dulu' is not a date"
            ),
            (
                "UPDATE sop_review SET outcome = 'entah' WHERE id = 1", ["sop", "show", "600/1/2026"],
                "sop_review 1, column outcome: 'entah' is not a review outcome"
            ),
            (
                "UPDATE improvement SET stage = 'zzz' WHERE id = 1", ["improvement", "show", "1"],
                "improvement 1, column stage: 'zzz' is not a PDCA stage"
            ),
            (
                "UPDATE holiday SET date = '2026-13-01' WHERE name = 'Libur daerah'", ["holiday", "list"],
                "holiday 2026-13-01, column date: '2026-13-01' is not a date"
            ),
        ]
        for (sql, command, finding) in cases {
            let copy = folder.file("copy.sqlite")
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            let shell = try runProcess("/usr/bin/sqlite3", [copy, "PRAGMA ignore_check_constraints = ON; " + sql])
            #expect(shell.status == 0, "\(sql): \(shell.stderr)")
            let result = kbkAtDesk(["--db", copy] + command)
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: database damaged: \(finding)"), "\(command): \(result.stderr)")
        }
    }
}
