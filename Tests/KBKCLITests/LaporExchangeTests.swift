import Foundation
import KBKTestSupport
import Testing

/// The SP4N-LAPOR! exchange (`kbk export lapor`, `kbk import lapor`, docs/LAPOR.md): LAPOR!'s
/// records read into kbk's books with their disposition and follow-up, and kbk's written in
/// LAPOR!'s shape, both ways, from a hand-built file.
@Suite struct LaporExchangeTests {
    let folder = TemporaryFolder()
    let path: String
    let now = ["KBK_NOW": "2026-11-30T08:00:00+07:00"]

    init() throws {
        path = folder.file("kbk.sqlite")
        for arguments in [
            ["init"], ["config", "set", "org.name", "Pemerintah Kabupaten Purbalingga"],
            ["skpd", "add", "DPUPR", "--name", "Dinas Pekerjaan Umum", "--kind", "agency"],
            ["skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"],
        ] {
            let result = kbk(["--db", path] + arguments, environment: now)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    static let header =
        "tracking_id,nomor_kbk,tanggal_laporan,judul,isi,klasifikasi,kategori,lokasi,anonim,rahasia,status,"
        + "admin_koordinator,admin_penghubung,instansi,kode_instansi,tanggal_disposisi,tindak_lanjut,"
        + "tanggal_tindak_lanjut,penyelesaian,tanggal_selesai,tanggal_ditutup,lampiran"

    /// Five reports as LAPOR! holds them: waiting for verification, disposed, in progress (the
    /// instansi by its name), finished, and not the government's business.
    static let records = [
        "5100001,,2026-11-02T08:00:00+07:00,Lampu PJU padam,Tiga tiang padam,pengaduan,Infrastruktur,Desa Bojong,tidak,tidak,Belum Terverifikasi,Pemerintah Kabupaten Purbalingga,,,,,,,,,,",
        "5100002,,2026-11-02T09:00:00+07:00,Antrean puskesmas,Antrean sampai siang,aspirasi,Kesehatan,,tidak,tidak,Belum Ditindaklanjuti,Pemerintah Kabupaten Purbalingga,Admin Dinas Kesehatan,Dinas Kesehatan,DINKES,2026-11-03T10:00:00+07:00,,,,,,",
        "5100003,,2026-11-03T09:00:00+07:00,Jalan berlubang,Depan SD Karangreja,pengaduan,Infrastruktur,Karangreja,ya,tidak,Proses,Pemerintah Kabupaten Purbalingga,Admin Dinas Pekerjaan Umum,Dinas Pekerjaan Umum,,2026-11-04T10:00:00+07:00,Tim meninjau besok,2026-11-05T09:00:00+07:00,,,,",
        "5100004,,2026-11-03T10:00:00+07:00,Selokan mampet,Gang Melati,pengaduan,Infrastruktur,,tidak,tidak,Selesai,Pemerintah Kabupaten Purbalingga,Admin Dinas Pekerjaan Umum,Dinas Pekerjaan Umum,DPUPR,2026-11-04T10:00:00+07:00,Dijadwalkan,2026-11-05T10:00:00+07:00,Sudah dibersihkan,2026-11-10T10:00:00+07:00,,",
        "5100005,,2026-11-04T10:00:00+07:00,Sertifikat tanah,Balik nama lama,permintaan informasi,,,tidak,tidak,Bukan Wewenang,Pemerintah Kabupaten Purbalingga,,Kantor Pertanahan Purbalingga,,2026-11-05T10:00:00+07:00,,,,,,",
    ]

    func write(_ lines: [String]) throws -> String {
        let file = folder.file("lapor-\(lines.count)-\(lines.first?.prefix(7) ?? "").csv")
        try ([Self.header] + lines).joined(separator: "\r\n").appending("\r\n").write(
            toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func show(_ ticket: String) throws -> [String: Any] {
        let shown = kbk(["--db", path, "complaint", "show", ticket, "--format", "json"], environment: now).stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
    }

    @Test func laporsRecordsComeInWithTheirDispositionAndGoBackOutTheSame() throws {
        let file = try write(Self.records)
        let imported = kbk(["--db", path, "import", "lapor", file], environment: now)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "Imported 5 lapor row(s); 0 already present.\n")
        // Each in kbk's life cycle, under its LAPOR! number, on the channel LAPOR!.
        let expected: [(String, String, String?)] = [
            ("ADU-2026-00001", "received", nil), ("ADU-2026-00002", "verified", "DINKES"),
            ("ADU-2026-00003", "in_progress", "DPUPR"), ("ADU-2026-00004", "resolved", "DPUPR"),
            ("ADU-2026-00005", "forwarded", nil),
        ]
        for (index, (ticket, status, unit)) in expected.enumerated() {
            let complaint = try show(ticket)
            #expect(complaint["status"] as? String == status, "\(ticket): \(complaint)")
            #expect(complaint["skpd"] as? String == unit, "\(ticket)")
            #expect(complaint["external_ref"] as? String == "LAPOR-510000\(index + 1)")
            #expect(complaint["channel"] as? String == "lapor")
        }
        #expect(try show("ADU-2026-00002")["kind"] as? String == "aspiration")
        #expect(try show("ADU-2026-00003")["anonymous"] as? Bool == true)
        // The same file again adds nothing.
        #expect(
            kbk(["--db", path, "import", "lapor", file], environment: now).stdout.hasPrefix(
                "Imported 0 lapor row(s); 5"))
        // And out again in LAPOR!'s shape: the same records, each now with its kbk ticket and the
        // instansi by code and by name as kbk keeps them.
        let exported = kbk(["--db", path, "export", "lapor"], environment: now).stdout
        let rows = exported.split(whereSeparator: \.isNewline).map(String.init)
        #expect(rows.first == Self.header)
        #expect(rows.count == 6)
        for (index, record) in Self.records.enumerated() {
            var expected = record.replacingOccurrences(
                of: "510000\(index + 1),,", with: "510000\(index + 1),ADU-2026-0000\(index + 1),")
            // The instansi LAPOR! named only by name goes out by its code too.
            if index == 2 {
                expected = expected.replacingOccurrences(
                    of: "Dinas Pekerjaan Umum,,2026", with: "Dinas Pekerjaan Umum,DPUPR,2026")
            }
            #expect(rows[index + 1] == expected)
        }
        // That file read into another database gives the same file back.
        let copy = folder.file("copy.sqlite")
        for arguments in [
            ["init"], ["config", "set", "org.name", "Pemerintah Kabupaten Purbalingga"],
            ["skpd", "add", "DPUPR", "--name", "Dinas Pekerjaan Umum", "--kind", "agency"],
            ["skpd", "add", "DINKES", "--name", "Dinas Kesehatan", "--kind", "agency"],
        ] {
            #expect(kbk(["--db", copy] + arguments, environment: now).status == 0)
        }
        let again = folder.file("again.csv")
        try exported.write(toFile: again, atomically: true, encoding: .utf8)
        let second = kbk(["--db", copy, "import", "lapor", again], environment: now)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(kbk(["--db", copy, "export", "lapor"], environment: now).stdout == exported)
    }

    @Test func aRecordWhoseHistoryEndsElsewhereThanItsStatusIsRefusedAndNothingIsImported() throws {
        // "Selesai" without a finishing date: the history ends in Proses.
        let contradicting = Self.records[2].replacingOccurrences(of: ",Proses,", with: ",Selesai,")
        let file = try write([Self.records[0], contradicting])
        let refused = kbk(["--db", path, "import", "lapor", file], environment: now)
        #expect(refused.status == 65, "\(refused.stdout)")
        #expect(
            refused.stderr.contains(
                "column status: status 'Selesai' does not match the record's history, which ends in 'Proses'"),
            "\(refused.stderr)")
        #expect(
            kbk(["--db", path, "complaint", "list", "--format", "csv"], environment: now).stdout.split(
                whereSeparator: \.isNewline
            ).count == 1)
        // An instansi kbk does not know is named.
        let unknown = try write([
            Self.records[2].replacingOccurrences(of: "Dinas Pekerjaan Umum,,", with: "Dinas Pariwisata,,")
        ])
        let refusedUnit = kbk(["--db", path, "import", "lapor", unknown], environment: now)
        #expect(refusedUnit.status == 65 && refusedUnit.stderr.contains("Dinas Pariwisata"), "\(refusedUnit.stderr)")
    }
}
