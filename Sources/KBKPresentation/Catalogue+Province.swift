import KBKDomain

/// `kbk publish` and the province's program, `kbk-province`.
extension Msg {
    package static let publishAbstract = Text(
        en: "Write the government's complaint figures for the province, without personal data (admin).",
        id: "Tulis angka pengaduan pemerintah daerah untuk provinsi, tanpa data pribadi (admin).")
    package static let publishDiscussion = Text(
        en:
            "A bundle holds, for each complaint, its codes (ticket, unit and kind, kecamatan and desa, channel, category, topic), its dates and deadlines, its status, reopenings and rating, and the states its events led it through, so that the province counts it as of any period's end as `kbk report` does; and the units. Never a name, contact, subject, description or note. The header carries the region code (`org.region`), the audit trail's head at that moment, each earlier bundle's head as the trail holds it now, and the SHA-256 of the rows. With --since, only the complaints changed after the last bundle's head. Each bundle is recorded in the audit trail.",
        id:
            "Berkas memuat, untuk tiap pengaduan, kodenya (tiket, unit dan jenisnya, kecamatan dan desa, kanal, kategori, topik), tanggal dan tenggatnya, statusnya, pembukaan kembali dan penilaiannya, serta keadaan yang dilaluinya, sehingga provinsi menghitungnya per akhir periode mana pun seperti `kbk report`; serta daftar unit. Tidak pernah nama, kontak, perihal, uraian atau catatan. Kepalanya memuat kode wilayah (`org.region`), ujung jejak audit saat itu, ujung tiap berkas sebelumnya seperti tercatat dalam jejak sekarang, dan SHA-256 baris-barisnya. Dengan --since, hanya pengaduan yang berubah setelah ujung berkas terakhir. Setiap berkas dicatat dalam jejak audit."
    )
    package static let optPublishSince = Text(
        en: "Only the complaints changed since the last bundle published.",
        id: "Hanya pengaduan yang berubah sejak berkas terakhir diterbitkan.")
    package static let publishWithoutRegion = Text(
        en: "the government's region code is not set: kbk config set org.region 3303 (its BPS code)",
        id: "kode wilayah pemerintah daerah belum diatur: kbk config set org.region 3303 (kode BPS-nya)")
    package static let publishSinceWithoutEarlier = Text(
        en: "--since needs an earlier bundle, and none was published yet: publish a full bundle first (kbk publish)",
        id:
            "--since memerlukan berkas sebelumnya, dan belum ada yang diterbitkan: terbitkan berkas lengkap dahulu (kbk publish)"
    )
    package static func publishSinceOtherRegion(_ earlier: String, _ now: String) -> Text {
        Text(
            en:
                "the last bundle was published as region \(earlier) and org.region is now \(now): the province knows this database as \(earlier), and refuses it under another code; set org.region back, or publish a full bundle for a province that does not know it yet",
            id:
                "berkas terakhir diterbitkan sebagai wilayah \(earlier) dan org.region kini \(now): provinsi mengenal basis data ini sebagai \(earlier), dan menolaknya dengan kode lain; kembalikan org.region, atau terbitkan berkas lengkap untuk provinsi yang belum mengenalnya"
        )
    }
    package static let publishWithoutTrail = Text(
        en: "the audit trail has no sealed entry to publish from: run a command that changes the database first",
        id:
            "jejak audit belum memiliki entri bersegel untuk diterbitkan: jalankan dahulu perintah yang mengubah basis data"
    )
    package static func published(_ kind: String, _ complaints: Int, _ head: Int64, _ path: String?) -> Text {
        let full = kind == ProvinceBundle.Kind.full.rawValue
        let target = path ?? "standard output"
        let targetID = path ?? "keluaran standar"
        return Text(
            en:
                "Wrote a \(full ? "full" : "--since") bundle for the province to \(target): \(ReportValue.grouped(complaints, .en)) complaints, audit head entry \(head).",
            id:
                "Berkas \(full ? "lengkap" : "--since") untuk provinsi ditulis ke \(targetID): \(ReportValue.grouped(complaints, .id)) pengaduan, ujung jejak audit entri \(head)."
        )
    }
}

extension Msg {
    package static let provinceOverview = Text(
        en:
            "kbk-province: every regency's and city's complaint figures in the province's PostgreSQL database, loaded from the bundles their `kbk publish` writes.",
        id:
            "kbk-province: angka pengaduan setiap kabupaten dan kota dalam basis data PostgreSQL provinsi, dimuat dari berkas yang ditulis `kbk publish` mereka."
    )
    package static let optProvinceURL = Text(
        en:
            "The province's database: a postgresql:// URL or connection string, without a password (~/.pgpass or peer authentication); default KBK_PROVINCE_URL.",
        id:
            "Basis data provinsi: URL postgresql:// atau string koneksi, tanpa kata sandi (~/.pgpass atau autentikasi peer); bawaan KBK_PROVINCE_URL."
    )
    package static let provinceURLMissing = Text(
        en: "no province database given: --url postgresql:///province, or set KBK_PROVINCE_URL",
        id: "basis data provinsi tidak diberikan: --url postgresql:///province, atau atur KBK_PROVINCE_URL")
    package static let provinceURLWithPassword = Text(
        en:
            "the database URL carries a password, which every user of this machine can read on the process list: put it in ~/.pgpass (or use peer authentication) and leave it out of the URL",
        id:
            "URL basis data memuat kata sandi, yang dapat dibaca setiap pengguna mesin ini pada daftar proses: simpan di ~/.pgpass (atau gunakan autentikasi peer) dan keluarkan dari URL"
    )
    package static let optAcceptRewrite = Text(
        en:
            "Accept a full bundle whose trail no longer holds the head the province has (a restored backup), with --reason.",
        id:
            "Terima berkas lengkap yang jejaknya tidak lagi memuat ujung yang dipegang provinsi (cadangan yang dipulihkan), dengan --reason."
    )
    package static let optRewriteReason = Text(
        en: "Why the rewritten history is accepted; recorded with the bundle.",
        id: "Alasan riwayat yang ditulis ulang diterima; dicatat bersama berkas.")
    package static let acceptRewriteNeedsReason = Text(
        en: "--accept-rewrite and --reason go together: give both, or neither",
        id: "--accept-rewrite dan --reason berpasangan: berikan keduanya, atau tidak sama sekali")
    package static let optLateAfter = Text(
        en: "A government is late when its last bundle was published more than this many days ago (default 7).",
        id: "Pemerintah daerah terlambat bila berkas terakhirnya diterbitkan lebih dari sekian hari lalu (bawaan 7).")
    package static let argBundle = Text(
        en: "Bundles written by `kbk publish`, loaded in the order given.",
        id: "Berkas yang ditulis `kbk publish`, dimuat menurut urutan yang diberikan.")
    package static let provinceInitAbstract = Text(
        en: "Create the province's schema in a PostgreSQL database, or bring it up to date.",
        id: "Buat skema provinsi dalam basis data PostgreSQL, atau mutakhirkan.")
    package static let provinceInitDiscussion = Text(
        en:
            "The schema comes from kbk-province's own numbered migrations, each applied once in its own transaction and recorded. The database must exist (createdb); the role needs the right to create tables in it.",
        id:
            "Skema berasal dari migrasi bernomor milik kbk-province, masing-masing diterapkan sekali dalam transaksinya sendiri dan dicatat. Basis data harus sudah ada (createdb); perannya perlu hak membuat tabel di dalamnya."
    )
    package static func provinceInitialised(_ applied: [String]) -> Text {
        applied.isEmpty
            ? Text(en: "The province's schema is up to date.", id: "Skema provinsi sudah mutakhir.")
            : Text(
                en: "Applied \(applied.count) migrations: \(applied.joined(separator: ", ")).",
                id: "\(applied.count) migrasi diterapkan: \(applied.joined(separator: ", ")).")
    }
    package static let provinceLoadAbstract = Text(
        en: "Load regencies' bundles, each checked and loaded in one transaction.",
        id: "Muat berkas kabupaten/kota, masing-masing diperiksa dan dimuat dalam satu transaksi.")
    package static let provinceLoadDiscussion = Text(
        en:
            "Each bundle's rows must match its SHA-256; its audit trail must still hold the head of the bundle the province has from that government (else the history was rewritten: refused, unless --accept-rewrite --reason for a full bundle); a --since bundle must follow that bundle exactly (else a bundle is missing); an older bundle is refused; and a government's code always comes with the same database (its trail's first entry). A bundle loaded before changes nothing. Governments load at once without waiting on each other.",
        id:
            "Baris setiap berkas harus cocok dengan SHA-256-nya; jejak auditnya harus masih memuat ujung berkas yang dipegang provinsi dari pemerintah itu (bila tidak, riwayat ditulis ulang: ditolak, kecuali --accept-rewrite --reason untuk berkas lengkap); berkas --since harus tepat menyusul berkas itu (bila tidak, ada berkas yang hilang); berkas yang lebih lama ditolak; dan kode sebuah pemerintah selalu datang dari basis data yang sama (entri pertama jejaknya). Berkas yang sudah dimuat tidak mengubah apa pun. Pemerintah-pemerintah dimuat bersamaan tanpa saling menunggu."
    )
    package static func loadOutcome(_ outcome: ProvinceLoad.Outcome) -> Text {
        switch outcome {
        case .loaded: Text(en: "loaded", id: "dimuat")
        case .alreadyLoaded: Text(en: "already loaded: nothing changed", id: "sudah dimuat: tidak ada yang berubah")
        case .acceptedRewrite: Text(en: "loaded, rewrite accepted", id: "dimuat, penulisan ulang diterima")
        }
    }
    package static let provinceReportAbstract = Text(
        en: "The province's follow-up figures for a period: per government (ranked), per kind of unit and per topic.",
        id:
            "Angka tindak lanjut provinsi untuk satu periode: per pemerintah daerah (berperingkat), per jenis unit dan per topik."
    )
    package static let provinceReportDiscussion = Text(
        en:
            "Each figure is the regency report's (received, valid, followed up, on time, settled, backlog at the period's end), as of the end of the period in each government's time zone, from the standings its bundles carry; governments are ranked as kbk ranks units (--rank-by, --min-cases).",
        id:
            "Setiap angka adalah angka laporan kabupaten (diterima, sah, ditindaklanjuti, tepat waktu, selesai, tunggakan pada akhir periode), per akhir periode dalam zona waktu masing-masing pemerintah, dari kedudukan yang dibawa berkasnya; pemerintah daerah diperingkat seperti kbk memeringkat unit (--rank-by, --min-cases)."
    )
    package static let provinceStatusAbstract = Text(
        en: "Each government's last bundle: its period, head, and whether it is late.",
        id: "Berkas terakhir tiap pemerintah daerah: periodenya, ujungnya, dan apakah terlambat.")
    package static let provinceStatusDiscussion = Text(
        en: "Late: the last bundle was published more than --late-after days ago.",
        id: "Terlambat: berkas terakhir diterbitkan lebih dari --late-after hari lalu.")

    package static func provinceDatabase(_ problem: ProvinceDatabaseError) -> Text {
        let prefix = problem.file.map { Text(en: "bundle \($0) not loaded: ", id: "berkas \($0) tidak dimuat: ") }
        return Text(
            en: (prefix?.en ?? "") + "the province's database: \(problem.message)",
            id: (prefix?.id ?? "") + "basis data provinsi: \(problem.message)")
    }

    static func bundleDefect(_ defect: BundleDefect) -> Text {
        switch defect {
        case .noHeader: Text(en: "no header line", id: "tanpa baris kepala")
        case .headerNotJSON: Text(en: "its header is not JSON", id: "kepalanya bukan JSON")
        case .otherFormat: Text(en: "its header names another format", id: "kepalanya menyebut format lain")
        case .version(let version):
            Text(
                en: "version \(version), this program reads \(ProvinceBundle.version)",
                id: "versi \(version), program ini membaca \(ProvinceBundle.version)")
        case .field(let name, let value):
            Text(en: "its header's \(name) is '\(value)'", id: "\(name) pada kepalanya '\(value)'")
        case .stateColumns:
            Text(en: "its states have other columns", id: "keadaannya memiliki kolom lain")
        case .lines(let units, let complaints, let lines, let statedUnits, let statedComplaints):
            Text(
                en:
                    "\(units) units and \(complaints) complaints in \(lines) lines, the header says \(statedUnits) and \(statedComplaints)",
                id:
                    "\(units) unit dan \(complaints) pengaduan dalam \(lines) baris, kepalanya menyebut \(statedUnits) dan \(statedComplaints)"
            )
        case .stateless(let count):
            Text(en: "\(count) complaints without any state", id: "\(count) pengaduan tanpa keadaan apa pun")
        }
    }

    package static func provinceRefused(_ refusal: ProvinceRefusal) -> Text {
        switch refusal {
        case .notABundle(let file, let defect):
            Text(
                en: "\(file) is not a kbk bundle for the province (\(bundleDefect(defect).en)); nothing was loaded",
                id: "\(file) bukan berkas kbk untuk provinsi (\(bundleDefect(defect).id)); tidak ada yang dimuat")
        case .digestMismatch(let file, let stated, let computed):
            Text(
                en:
                    "\(file) was changed after it was published: its rows hash to \(computed.prefix(16))…, its header says \(stated.prefix(16))…; nothing was loaded",
                id:
                    "\(file) diubah setelah diterbitkan: hash baris-barisnya \(computed.prefix(16))…, kepalanya menyebut \(stated.prefix(16))…; tidak ada yang dimuat"
            )
        case .sinceWithoutBase(let file, let region):
            Text(
                en:
                    "\(file) is a --since bundle, and the province holds nothing of \(region) yet: load a full bundle first",
                id:
                    "\(file) adalah berkas --since, dan provinsi belum memegang apa pun dari \(region): muat berkas lengkap dahulu"
            )
        case .gap(let file, let region, let held, let since):
            Text(
                en:
                    "\(file) follows the bundle at entry \(since), but the province holds \(region)'s bundle at entry \(held): a bundle in between is missing; load it, or a full bundle",
                id:
                    "\(file) menyusul berkas pada entri \(since), tetapi provinsi memegang berkas \(region) pada entri \(held): ada berkas di antaranya yang hilang; muat berkas itu, atau berkas lengkap"
            )
        case .rewritten(let file, let region, let held):
            Text(
                en:
                    "\(file): \(region)'s audit trail no longer holds entry \(held) as the province received it: its history was rewritten; a full bundle may be accepted with --accept-rewrite --reason",
                id:
                    "\(file): jejak audit \(region) tidak lagi memuat entri \(held) seperti yang diterima provinsi: riwayatnya ditulis ulang; berkas lengkap dapat diterima dengan --accept-rewrite --reason"
            )
        case .replayed(let file, let region, let held, let head):
            Text(
                en:
                    "\(file) is an old bundle of \(region) (head entry \(head)); the province holds a later one (entry \(held)); nothing was loaded",
                id:
                    "\(file) adalah berkas lama \(region) (ujung entri \(head)); provinsi memegang yang lebih baru (entri \(held)); tidak ada yang dimuat"
            )
        case .otherOrigin(let file, let region):
            Text(
                en:
                    "\(file) says it is \(region)'s, but it comes from another database than the one the province knows as \(region); nothing was loaded (a government that truly started a new database: --accept-rewrite --reason)",
                id:
                    "\(file) menyebut dirinya milik \(region), tetapi berasal dari basis data lain daripada yang dikenal provinsi sebagai \(region); tidak ada yang dimuat (pemerintah yang memang memulai basis data baru: --accept-rewrite --reason)"
            )
        case .originUnderOtherCode(let file, let region, let other):
            Text(
                en:
                    "\(file) says it is \(region)'s, but the province knows its database as \(other): one database sends under one code (is org.region right?); nothing was loaded",
                id:
                    "\(file) menyebut dirinya milik \(region), tetapi provinsi mengenal basis datanya sebagai \(other): satu basis data mengirim dengan satu kode (apakah org.region benar?); tidak ada yang dimuat"
            )
        case .notInitialised:
            Text(
                en: "the province's database has not this program's schema yet: run kbk-province init",
                id: "basis data provinsi belum memiliki skema program ini: jalankan kbk-province init")
        case .rewriteNeedsFull(let file):
            Text(
                en:
                    "\(file) is a --since bundle: a rewritten history is accepted only with a full bundle (kbk publish)",
                id:
                    "\(file) adalah berkas --since: riwayat yang ditulis ulang hanya diterima dengan berkas lengkap (kbk publish)"
            )
        }
    }
}
