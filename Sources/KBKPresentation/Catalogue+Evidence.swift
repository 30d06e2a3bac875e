import KBKDomain
import KBKStore

/// Messages of the trail's honesty: the clock, row seals, the audit chain and migrations.
extension Msg {
    package static func sealedTable(_ table: String) -> Text {
        switch table {
        case "complaint": Text(en: "complaint", id: "pengaduan")
        case "complaint_event": Text(en: "complaint event", id: "peristiwa pengaduan")
        case "official": Text(en: "official", id: "pegawai")
        case "skpd": Text(en: "unit", id: "unit")
        case "setting": Text(en: "setting", id: "pengaturan")
        default: Text(en: table, id: table)
        }
    }

    package static func rowProblem(_ kind: RowSealProblem.Kind) -> Text {
        switch kind {
        case .changed:
            Text(en: "differs from what its last audit entry sealed", id: "berbeda dari yang disegel entri auditnya")
        case .unsealed: Text(en: "was written without an audit entry", id: "ditulis tanpa entri audit")
        case .removed: Text(en: "was removed", id: "dihapus")
        case .sealsAltered:
            Text(
                en: "has a seal that its audit entry's hash does not cover",
                id: "memiliki segel yang tidak dicakup hash entri auditnya")
        case .entryAltered:
            Text(
                en: "is sealed by an audit entry that does not match its hash",
                id: "disegel oleh entri audit yang tidak cocok dengan hash-nya")
        }
    }

    /// "complaint 12 differs from what its last audit entry sealed"
    package static func rowFinding(_ problem: RowSealProblem) -> Text {
        let table = sealedTable(problem.table)
        let kind = rowProblem(problem.kind)
        let key = problem.name ?? problem.key
        return Text(en: "\(table.en) \(key) \(kind.en)", id: "\(table.id) \(key) \(kind.id)")
    }

    package static func rowTampered(_ problem: RowSealProblem) -> Text {
        let finding = rowFinding(problem)
        return Text(
            en:
                "the database was changed outside kbk: \(finding.en); nothing was written or relied on; run 'kbk check' and restore from a backup",
            id:
                "basis data diubah di luar kbk: \(finding.id); tidak ada yang ditulis atau dipakai; jalankan 'kbk check' dan pulihkan dari cadangan"
        )
    }

    package static func rowsTampered(_ count: Int, _ first: [RowSealProblem]) -> Text {
        let findings = first.prefix(10).map(rowFinding)
        let en = findings.map(\.en).joined(separator: "; ") + (count > 10 ? "; and \(count - 10) more" : "")
        let id = findings.map(\.id).joined(separator: "; ") + (count > 10 ? "; dan \(count - 10) lagi" : "")
        return Text(
            en:
                "\(count) record(s) changed outside kbk: \(en); restore the database from a backup and find out who had the file",
            id:
                "\(count) catatan diubah di luar kbk: \(id); pulihkan basis data dari cadangan dan telusuri siapa yang memegang berkasnya"
        )
    }

    package static func auditChainStopsWrites(_ entry: Int64) -> Text {
        Text(
            en:
                "the audit trail does not verify from entry \(entry) on; nothing is written after it until it is examined: run 'kbk check'",
            id:
                "jejak audit tidak terverifikasi mulai entri \(entry); tidak ada yang ditulis sesudahnya sampai diperiksa: jalankan 'kbk check'"
        )
    }

    package static func clockPinningRefused(_ path: String) -> Text {
        Text(
            en:
                "KBK_NOW pins the clock, which \(path) does not allow: officials act on the system's time; an admin allows a pinned clock only in a demo or training database with 'kbk config set clock.pinning allowed'; unset KBK_NOW",
            id:
                "KBK_NOW menetapkan jam, dan \(path) tidak mengizinkannya: pegawai bertindak menurut jam sistem; admin mengizinkan jam tetap hanya pada basis data contoh atau pelatihan dengan 'kbk config set clock.pinning allowed'; hapus KBK_NOW"
        )
    }

    package static func migrationNeedsAdmin(_ login: String, _ path: String, _ pending: [String]) -> Text {
        let list = pending.prefix(5).joined(separator: ", ") + (pending.count > 5 ? ", …" : "")
        return Text(
            en:
                "\(path) needs 'kbk migrate' by an admin (pending: \(list)); \(login) is not an admin, and nothing was written",
            id:
                "\(path) perlu 'kbk migrate' oleh admin (tertunda: \(list)); \(login) bukan admin, dan tidak ada yang ditulis"
        )
    }

    package static func enteredAt(_ time: String) -> Text { Text(en: "(entered \(time))", id: "(dicatat \(time))") }

    /// The row of a report's late entries for events before a unit held the complaint (the desk's).
    package static let beforeHandOver = Text(en: "before the hand-over to a unit", id: "sebelum diserahkan ke unit")
    package static let checkRecords = Text(en: "Sealed records", id: "Catatan tersegel")

    package static let migrateAbstract = Text(
        en: "Apply the database migrations this kbk has and the database lacks (admins only).",
        id: "Terapkan migrasi basis data yang dimiliki kbk ini dan belum ada di basis data (khusus admin).")
    package static let migrateDiscussion = Text(
        en:
            "After kbk is upgraded, an admin runs this once; until then every other official's command refuses with one line and writes nothing. Running it again changes nothing and says so.",
        id:
            "Setelah kbk diperbarui, admin menjalankan ini sekali; sampai saat itu perintah pegawai lain ditolak dengan satu baris dan tidak menulis apa pun. Menjalankannya lagi tidak mengubah apa pun dan menyatakannya."
    )
}
