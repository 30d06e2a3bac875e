import KBKDomain

/// How the desk classifies the demo's complaints: categories, topics and forms of maladministration.
extension DemoData {
    /// The complaint categories that are functions of a unit split by the reorganisation, with the
    /// deadlines of an ordinary complaint.
    static let functionCategories = [
        Category(code: "perdagangan", name: "Perdagangan, pasar dan metrologi", deadlines: Deadlines(settleDays: 14)),
        Category(code: "perindustrian", name: "Perindustrian", deadlines: Deadlines(settleDays: 14)),
        Category(
            code: "keluarga-berencana", name: "Pengendalian penduduk dan keluarga berencana",
            deadlines: Deadlines(settleDays: 14)),
    ]

    /// Each of `subjects` in `category`, the category a split unit's complaints are routed by.
    static func categories(_ subjects: [String], _ category: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: subjects.map { ($0, category) })
    }

    /// The form of maladministration a whistle-blower's report alleges.
    static let subjectForms: [String: Maladministration] = [
        "Dugaan pungutan liar": .requestForReward, "Dugaan penyalahgunaan dana desa": .abuseOfAuthority,
    ]

    /// The topic (`kbk topic list`) the desk files each demo subject under.
    static let subjectTopics: [String: String] = [
        "Air bersih tidak mengalir": "air-bersih", "Akta kelahiran belum jadi": "kependudukan",
        "Aktivasi IKD gagal": "kependudukan", "Ambulans desa sulit dihubungi": "kesehatan",
        "Antrean IGD lama": "rumah-sakit", "Antrean perekaman KTP-el": "kependudukan",
        "Antrean puskesmas terlalu lama": "kesehatan", "Aspirasi warga belum ditanggapi dewan": "lainnya",
        "BLT dana desa belum cair": "pemerintahan-desa", "Bansos PKH tidak cair": "pkh",
        "Bantuan banjir belum datang": "bencana", "Bantuan benih ikan tidak merata": "pertanian",
        "Bantuan modal UMKM tidak jelas": "pasar-perdagangan",
        "Bantuan rumah tidak layak huni belum cair": "bantuan-sosial",
        "Bantuan sosial desa tidak merata": "bantuan-sosial", "Bantuan sosial tidak tepat sasaran": "bantuan-sosial",
        "Bau limbah pabrik": "lingkungan", "Beasiswa PIP belum cair": "beasiswa",
        "Blangko KTP-el habis": "kependudukan", "Dana desa tidak transparan": "pemerintahan-desa",
        "Data DTSEN belum diperbarui": "bantuan-sosial", "Dugaan penyalahgunaan dana desa": "pemerintahan-desa",
        "Dugaan pungutan liar": "kepegawaian", "Fasilitas objek wisata rusak": "pariwisata-olahraga",
        "Gedung sekolah rusak": "pendidikan", "Harga beras di pasar tidak stabil": "pasar-perdagangan",
        "Harga minyak goreng di pasar naik": "pasar-perdagangan", "Irigasi sawah kering": "pertanian",
        "Izin keramaian lama keluar": "perizinan", "Izin usaha lama terbit": "perizinan",
        "Jalan berlubang": "jalan-jembatan", "Jalan desa rusak": "jalan-jembatan",
        "Jalan kabupaten rusak berat": "jalan-jembatan", "Jalan lingkungan rusak": "jalan-jembatan",
        "Jam buka puskesmas tidak sesuai": "kesehatan", "Jembatan rusak": "jalan-jembatan",
        "KK salah cetak": "kependudukan", "Kartu kuning lama jadi": "ketenagakerjaan",
        "Kebakaran lambat ditangani": "bencana", "Kepesertaan BPJS Kesehatan nonaktif": "bpjs-kesehatan",
        "Klaim BPJS Kesehatan ditolak": "bpjs-kesehatan", "Lampu lalu lintas mati": "perhubungan",
        "Lampu penerangan jalan umum mati": "penerangan-jalan",
        "Lapangan olahraga tidak terawat": "pariwisata-olahraga",
        "Layanan KB gratis tidak tersedia": "kesehatan", "Obat di puskesmas kosong": "kesehatan",
        "PBI BPJS Kesehatan dicabut": "bpjs-kesehatan", "Parkir liar": "perhubungan",
        "Pasar kotor": "pasar-perdagangan",
        "Pedagang kaki lima di trotoar": "ketertiban", "Pelayanan informasi publik lambat": "informasi-publik",
        "Pelayanan surat pengantar lama": "kependudukan", "Pembayaran pajak daring gagal": "pajak-daerah",
        "Pembayaran pihak ketiga terlambat": "lainnya", "Pencemaran sungai": "lingkungan",
        "Pendampingan korban kekerasan anak": "perlindungan-anak", "Penerangan jalan desa kurang": "penerangan-jalan",
        "Pengumuman seleksi PPPK tidak jelas": "kepegawaian", "Perpustakaan keliling jarang datang": "pendidikan",
        "Pesangon tidak dibayar": "ketenagakerjaan", "Pos ronda tidak terurus": "ketertiban",
        "Pungutan sekolah": "pendidikan", "Pupuk bersubsidi langka": "pertanian", "Reklame liar": "ketertiban",
        "Ruang rawat inap penuh": "rumah-sakit", "Saluran drainase mampet": "drainase-banjir",
        "Saluran irigasi desa tersumbat": "pertanian", "Sampah menumpuk": "lingkungan",
        "Sampah menumpuk di pasar desa": "lingkungan", "Sentra industri knalpot kurang pembinaan": "pasar-perdagangan",
        "Situs pemda tidak bisa diakses": "informasi-publik", "Surat keterangan domisili lama": "kependudukan",
        "Syarat PBG tidak jelas": "perizinan", "Tagihan PBB salah": "pajak-daerah",
        "Tanah longsor belum ditangani": "bencana",
        "Timbangan pedagang tidak ditera": "pasar-perdagangan", "Undangan musrenbang tidak sampai": "lainnya",
        "Usulan musrenbang tidak masuk": "lainnya", "Wi-Fi publik mati": "informasi-publik",
        "Zonasi SPMB tidak adil": "spmb",
    ]
}
