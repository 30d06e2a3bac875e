import Foundation
import KBKTestSupport
import Testing

/// `kbk inbox` across a unit hierarchy: each official sees what waits on them, in the right
/// queues, soonest due first. Today is 2026-11-18 (the harness's clock).
@Suite struct InboxTests {
    let folder = TemporaryFolder()
    let path: String

    init() throws {
        path = folder.file("inbox.sqlite")
        func run(_ arguments: [String], as login: String = testLogin, at time: String? = nil) {
            let environment = time.map { ["KBK_NOW": $0.replacingOccurrences(of: " ", with: "T") + ":00+07:00"] }
            let result = kbk(["--db", path] + arguments, environment: environment ?? [:], login: login)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        run(["skpd", "add", "KEC-A", "--name", "Kecamatan Kalimanah", "--kind", "district"])
        run([
            "skpd", "add", "KEL-A", "--name", "Kelurahan Kalimanah Wetan", "--kind", "subdistrict", "--parent", "KEC-A",
        ])
        run(["skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"])
        for (login, nip, unit, role) in [
            ("camat", "198001012005011001", "KEC-A", "unit-admin"),
            ("ptg.kel", "198001012005011002", "KEL-A", "officer"),
            ("koordinator", "198001012005011003", "DINKES", "coordinator"),
        ] {
            run(["official", "add", "--login", login, "--nip", nip, "--name", login, "--skpd", unit, "--role", role])
        }
        // 00001 KEL-A, first response due 2026-11-23; 00002 KEL-A, overdue since 2026-11-09;
        // 00003 DINKES, overdue; 00004 no unit yet, verification due 2026-11-19.
        for (unit, received) in [
            ("KEL-A", "2026-11-16 08:00"), ("KEL-A", "2026-11-02 08:00"), ("DINKES", "2026-11-02 08:00"),
            (nil, "2026-11-16 08:00"),
        ] as [(String?, String)] {
            run(
                [
                    "complaint", "new", "--channel", "sms", "--subject", "Aduan", "--description", "Isi", "--received",
                    received,
                ]
                    + (unit.map { ["--skpd", $0] } ?? []), as: "koordinator", at: received)
        }
        run(["complaint", "assign", "ADU-2026-00001", "--to", "ptg.kel"], as: "camat")
    }

    /// The inbox as (ticket, queues), in its order.
    func inbox(_ login: String, _ options: [String] = []) throws -> [(String, [String])] {
        let result = kbk(["--db", path, "inbox", "--format", "json"] + options, login: login)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let complaints = try #require(object["complaints"] as? [[String: Any]])
        return complaints.map { ($0["ticket"] as? String ?? "", $0["queues"] as? [String] ?? []) }
    }

    @Test func eachOfficialSeesWhatWaitsOnThem() throws {
        // The officer: only what is assigned to them.
        #expect(try inbox("ptg.kel").map(\.0) == ["ADU-2026-00001"])
        #expect(try inbox("ptg.kel")[0].1 == ["mine"])
        #expect(try inbox("ptg.kel", ["--due-within", "3"])[0].1 == ["mine", "due-soon"])
        // The district's admin: the subdistrict's unassigned and overdue complaint, not DINKES's;
        // the assigned one only once it is due soon.
        let camat = try inbox("camat")
        #expect(camat.map(\.0) == ["ADU-2026-00002"])
        #expect(camat[0].1 == ["unassigned", "overdue"])
        #expect(try inbox("camat", ["--due-within", "3"]).map(\.0) == ["ADU-2026-00002", "ADU-2026-00001"])
        // The government's desk: what no unit holds yet, and everything overdue, soonest due first.
        let desk = try inbox("koordinator")
        #expect(desk.map(\.0) == ["ADU-2026-00002", "ADU-2026-00003", "ADU-2026-00004"])
        #expect(desk[2].1 == ["unassigned", "due-soon"])
        #expect(try inbox("koordinator", ["--skpd", "KEC-A"]).map(\.0) == ["ADU-2026-00002"])
    }

    @Test func theTableCountsEachQueueInTheReadersLanguage() throws {
        let table = kbk(["--db", path, "--lang", "id", "inbox"], login: "camat")
        #expect(table.status == 0)
        #expect(
            table.stdout.hasPrefix(
                "Kotak masuk camat, 18 November 2026\n"
                    + "disposisi untuk saya 0 · belum didisposisikan 1 · jatuh tempo dalam 2 hari kerja 0 · terlambat 1\n"
            ), "\(table.stdout)")
        #expect(table.stdout.contains("belum didisposisikan, terlambat"))
        let csv = kbk(["--db", path, "inbox", "--format", "csv"], login: "camat")
        #expect(csv.stdout.contains("ADU-2026-00002,unassigned;overdue,KEL-A,,verified,respond,2026-11-09,-7,"))
        let empty = kbk(["--db", path, "inbox", "--skpd", "DINKES"], login: "ptg.kel")
        #expect(empty.stdout.hasSuffix("Nothing waits on you.\n"), "\(empty.stdout)")
    }

    @Test func badOptionsAreRefusedWithTheirRange() throws {
        let tooFar = kbk(["--db", path, "inbox", "--due-within", "61"], login: "camat")
        #expect(tooFar.status == 65)
        #expect(
            tooFar.stderr.hasPrefix("Error: --due-within '61' is out of range; allowed 0 to 60"), "\(tooFar.stderr)")
        let unknown = kbk(["--db", path, "inbox", "--skpd", "NOPE"], login: "camat")
        #expect(unknown.stderr == "Error: no unit 'NOPE'; see 'kbk skpd list --all'\n")
        #expect(unknown.status == 65)
    }
}
