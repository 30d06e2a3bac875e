import Foundation
import KBKTestSupport
import Synchronization
import Testing

/// The province's side through real processes: `kbk publish` on a demo regency, `kbk-province` on a
/// throw-away PostgreSQL cluster.
@Suite(.serialized) struct ProvinceTests {
    /// The figures a report gives, keyed "section/key/measure", from `kbk report` or `kbk-province report`.
    static func figures(_ json: String, province: Bool) throws -> [String: String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let measures = [
            "received", "rejected", "forwarded", "valid", "followed_up", "followed_up_on_time", "settled",
            "settled_on_time", "closed_without_settlement",
        ]
        var found: [String: String] = [:]
        func add(_ section: String, _ key: String, _ record: [String: Any]) {
            for measure in measures { found["\(section)/\(key)/\(measure)"] = "\(record[measure] ?? "-")" }
        }
        add("summary", "", try #require(object["summary"] as? [String: Any]))
        for topic in object["topics"] as? [[String: Any]] ?? [] {
            add("topics", (topic[province ? "key" : "topic"] as? String) ?? "none", topic)
        }
        if province {
            let summary = try #require(object["summary"] as? [String: Any])
            found["backlog"] = "\(summary["backlog"] ?? "-")"
        } else {
            let backlog = try #require(object["backlog"] as? [String: Any])
            found["backlog"] = "\(backlog["open"] ?? "-")"
        }
        return found
    }

    static func openTicket(_ regency: String) throws -> String {
        let list = try Province.kbk(regency, ["complaint", "list", "--status", "in_progress", "--format", "csv"])
        // CSV lines end in CRLF, one Character to Swift.
        let lines = list.stdout.split(whereSeparator: \.isNewline)
        let line = try #require(lines.dropFirst().first, "\(list.stdout) \(list.stderr)")
        return String(try #require(line.split(separator: ",").first))
    }

    /// The report's every count, for a past year, a quarter and the year to date, is the same in the
    /// regency and in the province; again after a --since bundle moves a complaint to another topic.
    @Test func theProvinceCountsWhatTheRegencyReports() throws {
        let folder = TemporaryFolder("kbk-province")
        let regency = try Province.regency(in: folder)
        let url = try Province.database("agree")
        #expect(try Province.province(url, ["init"]).status == 0)
        #expect(try Province.publish(regency, to: folder.file("full.kbkp")).status == 0)
        let loaded = try Province.province(url, ["load", folder.file("full.kbkp")])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        func compare(_ period: String) throws {
            let regional = try Province.kbk(regency, ["report", "--period", period, "--format", "json"])
            let provincial = try Province.province(url, ["report", "--period", period, "--format", "json"])
            #expect(regional.status == 0 && provincial.status == 0, "\(regional.stderr) \(provincial.stderr)")
            let expected = try Self.figures(regional.stdout, province: false)
            let found = try Self.figures(provincial.stdout, province: true)
            #expect(Int(expected["summary//received"] ?? "") ?? 0 > 0, "\(period) has complaints")
            #expect(found == expected, "period \(period)")
        }
        for period in ["2025", "2025-Q4", "2026-Q1", "2026"] { try compare(period) }

        let ticket = try Self.openTicket(regency)
        let edited = try Province.kbk(
            regency, ["complaint", "edit", ticket, "--topic", "pariwisata-olahraga", "--reason", "salah topik"])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(try Province.publish(regency, to: folder.file("since.kbkp"), since: true).status == 0)
        let since = try Province.province(url, ["load", folder.file("since.kbkp"), "--format", "json"])
        #expect(since.status == 0 && since.stdout.contains("\"complaints\": 1"), "\(since.stdout) \(since.stderr)")
        try compare("2026")

        // A receipt corrected to a day before the complaint's first event: the month's report counts
        // it received, with no event yet, and so does the province.
        let recent = try Self.openTicket(regency)
        let moved = try Province.kbk(
            regency, ["complaint", "edit", recent, "--received", "2026-11-28T10:00", "--reason", "salah tanggal"])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(try Province.publish(regency, to: folder.file("since-2.kbkp"), since: true).status == 0)
        #expect(try Province.province(url, ["load", folder.file("since-2.kbkp")]).status == 0)
        try compare("2026-11")
        try compare("2026")
    }

    /// Tampered, gap, replayed, another government's under this code, --since without a base: each
    /// refused with exit 65 and the province's tables exactly as before; the same bundle twice
    /// changes nothing; a rewritten history is accepted only with a reason, which is kept.
    @Test func badBundlesAreRefusedAndChangeNothing() throws {
        let folder = TemporaryFolder("kbk-province")
        let regency = try Province.regency(in: folder)
        let url = try Province.database("refuse")
        #expect(try Province.province(url, ["init"]).status == 0)
        #expect(try Province.publish(regency, to: folder.file("b1.kbkp")).status == 0)
        // The regency as a backup taken now would restore it: it never publishes b2 and b3.
        let restored = folder.file("restored.sqlite")
        #expect(try Province.kbk(regency, ["backup", restored]).status == 0)
        let ticket = try Self.openTicket(regency)
        for (topic, file) in [("ketertiban", "b2.kbkp"), ("perhubungan", "b3.kbkp")] {
            #expect(
                try Province.kbk(regency, ["complaint", "edit", ticket, "--topic", topic, "--reason", "koreksi"]).status
                    == 0)
            #expect(try Province.publish(regency, to: folder.file(file), since: true).status == 0)
        }
        #expect(try Province.province(url, ["load", folder.file("b1.kbkp")]).status == 0)

        func refused(_ file: String, _ words: String, extra: [String] = []) throws {
            let before = try Province.contents(url)
            let result = try Province.province(url, ["load", file] + extra)
            #expect(result.status == 65, "\(file): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains(words), "\(file): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
            #expect(try Province.contents(url) == before, "\(file) left the province's tables unchanged")
        }
        // A byte changed in a row after publishing.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: folder.file("b2.kbkp")))
        let row = try #require(bytes.firstIndex(of: UInt8(ascii: "\n"))) + 20
        bytes[row] = bytes[row] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        try bytes.write(to: URL(fileURLWithPath: folder.file("tampered.kbkp")))
        try refused(folder.file("tampered.kbkp"), "was changed after it was published")
        try refused(folder.file("b3.kbkp"), "a bundle in between is missing")

        #expect(try Province.province(url, ["load", folder.file("b2.kbkp"), folder.file("b3.kbkp")]).status == 0)
        try refused(folder.file("b1.kbkp"), "is an old bundle of 3303")
        try refused(folder.file("b2.kbkp"), "is an old bundle of 3303")
        let before = try Province.contents(url)
        let again = try Province.province(url, ["load", folder.file("b3.kbkp"), "--format", "csv"])
        #expect(again.status == 0 && again.stdout.contains("already_loaded"), "\(again.stdout)")
        #expect(try Province.contents(url) == before)

        // Another regency's database, sending under 3303.
        let other = TemporaryFolder("kbk-province-other")
        let made = try runProcess(
            builtExecutable("kbk"),
            ["--db", other.file("other.sqlite"), "demo", "--complaints", "60", "--seed", "7"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try Province.kbk(other.file("other.sqlite"), ["config", "set", "org.region", "3303"]).status == 0)
        #expect(try Province.publish(other.file("other.sqlite"), to: other.file("other.kbkp")).status == 0)
        try refused(other.file("other.kbkp"), "comes from another database")

        // The same database under a second code: the copy of a regency is that regency.
        #expect(try Province.kbk(restored, ["config", "set", "org.region", "3304"]).status == 0)
        #expect(try Province.publish(restored, to: folder.file("twice.kbkp")).status == 0)
        try refused(folder.file("twice.kbkp"), "the province knows its database as 3303")
        #expect(try Province.kbk(restored, ["config", "set", "org.region", "3303"]).status == 0)

        // A --since bundle of a government the province holds nothing of.
        let otherDatabase = other.file("other.sqlite")
        #expect(try Province.kbk(otherDatabase, ["config", "set", "org.region", "3309"]).status == 0)
        #expect(try Province.publish(otherDatabase, to: other.file("o1.kbkp")).status == 0)
        let otherTicket = try Self.openTicket(otherDatabase)
        #expect(
            try Province.kbk(otherDatabase, ["complaint", "edit", otherTicket, "--topic", "lainnya", "--reason", "x"])
                .status == 0)
        #expect(try Province.publish(otherDatabase, to: other.file("o2.kbkp"), since: true).status == 0)
        try refused(other.file("o2.kbkp"), "holds nothing of 3309")

        // The restored backup goes on without b2 and b3: its history no longer holds b3's head.
        #expect(
            try Province.kbk(restored, ["complaint", "edit", ticket, "--topic", "lainnya", "--reason", "x"]).status == 0
        )
        #expect(try Province.publish(restored, to: folder.file("rewrite.kbkp")).status == 0)
        try refused(folder.file("rewrite.kbkp"), "its history was rewritten")
        let accepted = try Province.province(
            url, ["load", folder.file("rewrite.kbkp"), "--accept-rewrite", "--reason", "dipulihkan dari cadangan"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let name = String(url.dropFirst("postgresql:///".count).prefix { $0 != "?" })
        #expect(
            try Province.cluster.psql(name, "SELECT rewrite_reason FROM bundle ORDER BY id DESC LIMIT 1")
                == "dipulihkan dari cadangan")
    }

    /// Eight governments' bundles loaded by eight processes at once: every complaint and state of
    /// each arrives; loading them all again at once changes nothing.
    @Test func concurrentLoadsLoseNothing() throws {
        let folder = TemporaryFolder("kbk-province")
        let url = try Province.database("concurrent")
        #expect(try Province.province(url, ["init"]).status == 0)
        let regions = (1...8).map { String(3300 + $0) }
        // Eight regencies, each its own database (one database sends under one code).
        let made = Mutex<[ProcessResult]>([])
        DispatchQueue.concurrentPerform(iterations: regions.count) { index in
            let database = folder.file("\(regions[index]).sqlite")
            var results = [
                try! runProcess(
                    builtExecutable("kbk"), ["--db", database, "demo", "--complaints", "150", "--seed", "\(index)"])
            ]
            results.append(try! Province.kbk(database, ["config", "set", "org.region", regions[index]]))
            results.append(try! Province.publish(database, to: folder.file("\(regions[index]).kbkp")))
            made.withLock { $0 += results }
        }
        #expect(made.withLock { $0.allSatisfy { $0.status == 0 } })
        func loadAll() throws -> [ProcessResult] {
            let results = Mutex<[ProcessResult]>([])
            DispatchQueue.concurrentPerform(iterations: regions.count) { index in
                let result = try! Province.province(url, ["load", folder.file("\(regions[index]).kbkp")])
                results.withLock { $0.append(result) }
            }
            return results.withLock { $0 }
        }
        let first = try loadAll()
        #expect(first.allSatisfy { $0.status == 0 }, "\(first.map(\.stderr))")
        let name = String(url.dropFirst("postgresql:///".count).prefix { $0 != "?" })
        let states = try Province.cluster.psql(
            name, "SELECT region_code, count(*) FROM complaint_state GROUP BY region_code ORDER BY 1")
        let complaints = try Province.cluster.psql(
            name, "SELECT region_code, count(*) FROM complaint GROUP BY region_code ORDER BY 1")
        #expect(complaints == regions.map { "\($0)|150" }.joined(separator: "\n"))
        let expectedStates = try regions.map { "\($0)|\(try Self.stateCount(folder.file("\($0).kbkp")))" }
        #expect(states == expectedStates.joined(separator: "\n"))
        let before = try Province.contents(url)
        let second = try loadAll()
        #expect(second.allSatisfy { $0.status == 0 && $0.stdout.contains("already loaded") })
        #expect(try Province.contents(url) == before)
    }

    /// The states a bundle carries, counted from its file.
    static func stateCount(_ file: String) throws -> Int {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        var count = 0
        for line in text.split(separator: "\n").dropFirst() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let complaint = object?["complaint"] as? [String: Any]
            count += (complaint?["states"] as? [Any])?.count ?? 0
        }
        return count
    }

    /// A bundle carries codes, dates and counts: each line has only the keys the format names,
    /// and no subject of the regency's complaints appears anywhere in it.
    @Test func aBundleCarriesNoPersonalData() throws {
        let folder = TemporaryFolder("kbk-province")
        let regency = try Province.regency(in: folder)
        #expect(try Province.publish(regency, to: folder.file("b.kbkp")).status == 0)
        let text = try String(contentsOfFile: folder.file("b.kbkp"), encoding: .utf8)
        let complaintKeys: Set<String> = [
            "ticket", "received_at", "received_on", "channel", "kind", "category", "topic", "kecamatan", "desa", "unit",
            "status", "handed_over_on", "first_response_on", "settled_on", "reopen_count", "rating", "verify_due",
            "respond_due", "settle_due", "states",
        ]
        let unitKeys: Set<String> = ["code", "name", "kind", "parent", "formed_on", "ended_on"]
        var complaints = 0
        for line in text.split(separator: "\n").dropFirst() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if let complaint = object["complaint"] as? [String: Any] {
                #expect(Set(complaint.keys) == complaintKeys)
                complaints += 1
            } else {
                let unit = try #require(object["unit"] as? [String: Any], "\(line.prefix(80))")
                #expect(Set(unit.keys) == unitKeys)
            }
        }
        #expect(complaints == 800)
        let export = try Province.kbk(regency, ["export", "complaints", "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        let subjects = Set(records.compactMap { $0["subject"] as? String })
        #expect(subjects.count > 20)
        #expect(subjects.allSatisfy { !text.contains("\"\($0)\"") })
    }

    /// No password on a command line; no URL at all is a usage error; init twice applies nothing.
    @Test func theDatabaseURLIsCheckedAndInitIsIdempotent() throws {
        let url = try Province.database("init")
        let withPassword = try runProcess(
            builtExecutable("kbk-province"), ["status", "--url", "postgresql://kbk:rahasia@localhost/province"])
        #expect(withPassword.status == 64 && withPassword.stderr.contains("~/.pgpass"), "\(withPassword.stderr)")
        #expect(!withPassword.stderr.contains("rahasia"))
        let none = try runProcess(builtExecutable("kbk-province"), ["status"])
        #expect(none.status == 64 && none.stderr.contains("KBK_PROVINCE_URL"), "\(none.stderr)")
        let notYet = try Province.province(url, ["status"])
        #expect(notYet.status == 78 && notYet.stderr.contains("kbk-province init"), "\(notYet.stderr)")
        let first = try Province.province(url, ["init", "--format", "json"])
        #expect(first.status == 0 && first.stdout.contains("0001_province.sql"), "\(first.stdout)")
        let second = try Province.province(url, ["init"], language: "id")
        #expect(second.status == 0 && second.stdout.contains("Skema provinsi sudah mutakhir"), "\(second.stdout)")
    }
}
