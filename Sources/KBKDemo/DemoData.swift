import KBKDomain

/// The kabupaten the demo describes: its units, what citizens complain to each about, and how well
/// each unit follows up. Names follow Kabupaten Purbalingga's organisation; people are invented.
enum DemoData {
    struct UnitSpec {
        let code: String
        let name: String
        let kind: UnitKind
        var parent: String? = nil
        /// How many complaints come to it, relative to others.
        var weight: Int = 0
        /// Chance of a public answer, and the range of working days it takes.
        var answers: Double = 0.9
        var answerDays: ClosedRange<Int> = 1...5
        var subjects: [String] = []
    }

    static let units: [UnitSpec] = [
        UnitSpec(
            code: "SETDA", name: "Sekretariat Daerah", kind: .secretariat, weight: 2, answers: 0.9, answerDays: 2...6,
            subjects: ["Pelayanan informasi publik lambat", "Undangan musrenbang tidak sampai"]),
        UnitSpec(
            code: "SETWAN", name: "Sekretariat DPRD", kind: .dprdSecretariat, weight: 1, answers: 0.8,
            answerDays: 3...9,
            subjects: ["Aspirasi warga belum ditanggapi dewan"]),
        UnitSpec(
            code: "INSPEKTORAT", name: "Inspektorat Daerah", kind: .inspectorate, weight: 2, answers: 0.95,
            answerDays: 1...4,
            subjects: ["Dugaan pungutan liar", "Dugaan penyalahgunaan dana desa"]),
        UnitSpec(
            code: "DINKES", name: "Dinas Kesehatan", kind: .agency, weight: 10, answers: 0.95, answerDays: 1...4,
            subjects: ["Antrean puskesmas terlalu lama", "Obat di puskesmas kosong", "Petugas puskesmas kurang ramah"]),
        UnitSpec(
            code: "RSUD", name: "RSUD dr. R. Goeteng Taroenadibrata", kind: .hospital, parent: "DINKES", weight: 8,
            answers: 0.9, answerDays: 1...5,
            subjects: ["Antrean IGD lama", "Tagihan BPJS ditolak", "Ruang rawat inap penuh"]),
        UnitSpec(
            code: "PUSKESMAS-KALIMANAH", name: "UPTD Puskesmas Kalimanah", kind: .uptd, parent: "DINKES", weight: 3,
            answers: 0.9, answerDays: 1...5,
            subjects: ["Jam buka puskesmas tidak sesuai", "Ambulans desa sulit dihubungi"]),
        UnitSpec(
            code: "DINDIKBUD", name: "Dinas Pendidikan dan Kebudayaan", kind: .agency, weight: 7, answers: 0.85,
            answerDays: 2...8,
            subjects: ["Pungutan sekolah", "Zonasi PPDB tidak adil", "Gedung sekolah rusak"]),
        UnitSpec(
            code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang", kind: .agency, weight: 14, answers: 0.6,
            answerDays: 4...18,
            subjects: ["Jalan berlubang", "Jembatan rusak", "Saluran drainase mampet", "Lampu penerangan jalan mati"]),
        UnitSpec(
            code: "DINSOS", name: "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", kind: .agency,
            weight: 7, answers: 0.8, answerDays: 2...10,
            subjects: ["Bantuan sosial tidak tepat sasaran", "Data DTKS belum diperbarui"]),
        UnitSpec(
            code: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: .agency, weight: 12,
            answers: 0.98, answerDays: 1...3,
            subjects: [
                "Blangko KTP-el habis", "Antrean perekaman KTP-el", "Akta kelahiran belum jadi", "KK salah cetak",
            ]),
        UnitSpec(
            code: "DLH", name: "Dinas Lingkungan Hidup", kind: .agency, weight: 9, answers: 0.65, answerDays: 3...15,
            subjects: ["Sampah menumpuk", "Pencemaran sungai", "Bau limbah pabrik"]),
        UnitSpec(
            code: "DINHUB", name: "Dinas Perhubungan", kind: .agency, weight: 6, answers: 0.7, answerDays: 3...12,
            subjects: ["Parkir liar", "Lampu lalu lintas mati", "Angkutan umum ngetem"]),
        UnitSpec(
            code: "DPMPTSP", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", kind: .agency, weight: 5,
            answers: 0.97, answerDays: 1...3,
            subjects: ["Izin usaha lama terbit", "Syarat PBG tidak jelas"]),
        UnitSpec(
            code: "DINKOMINFO", name: "Dinas Komunikasi dan Informatika", kind: .agency, weight: 3, answers: 0.9,
            answerDays: 1...5,
            subjects: ["Situs pemda tidak bisa diakses", "Wi-Fi publik mati"]),
        UnitSpec(
            code: "DINPERTAN", name: "Dinas Pertanian", kind: .agency, weight: 3, answers: 0.75, answerDays: 3...10,
            subjects: ["Pupuk bersubsidi langka", "Irigasi sawah kering"]),
        UnitSpec(
            code: "BAPPERIDA", name: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", kind: .board, weight: 1,
            answers: 0.9, answerDays: 2...8,
            subjects: ["Usulan musrenbang tidak masuk"]),
        UnitSpec(
            code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", kind: .board, weight: 2,
            answers: 0.9, answerDays: 2...6,
            subjects: ["Pengumuman seleksi PPPK tidak jelas"]),
        UnitSpec(
            code: "BPBD", name: "Badan Penanggulangan Bencana Daerah", kind: .board, weight: 3, answers: 0.9,
            answerDays: 1...3,
            subjects: ["Tanah longsor belum ditangani", "Bantuan banjir belum datang"]),
        UnitSpec(
            code: "BAPENDA", name: "Badan Pendapatan Daerah", kind: .board, weight: 3, answers: 0.85, answerDays: 2...7,
            subjects: ["Tagihan PBB salah", "Pembayaran pajak daring gagal"]),
        UnitSpec(
            code: "KEC-PURBALINGGA", name: "Kecamatan Purbalingga", kind: .district, weight: 3, answers: 0.85,
            answerDays: 2...7,
            subjects: ["Pelayanan surat pengantar lama", "Pasar kotor"]),
        UnitSpec(
            code: "KEL-PURBALINGGA-LOR", name: "Kelurahan Purbalingga Lor", kind: .subdistrict,
            parent: "KEC-PURBALINGGA", weight: 2,
            answers: 0.85, answerDays: 2...6, subjects: ["Surat keterangan domisili lama"]),
        UnitSpec(
            code: "KEC-KALIMANAH", name: "Kecamatan Kalimanah", kind: .district, weight: 2, answers: 0.8,
            answerDays: 2...8,
            subjects: ["Jalan lingkungan rusak"]),
        UnitSpec(
            code: "KEL-KALIKABONG", name: "Kelurahan Kalikabong", kind: .subdistrict, parent: "KEC-KALIMANAH",
            weight: 1,
            answers: 0.8, answerDays: 2...8, subjects: ["Pos ronda tidak terurus"]),
        UnitSpec(
            code: "KEC-BOBOTSARI", name: "Kecamatan Bobotsari", kind: .district, weight: 2, answers: 0.75,
            answerDays: 3...9,
            subjects: ["Penerangan jalan desa kurang"]),
        UnitSpec(
            code: "KEC-BUKATEJA", name: "Kecamatan Bukateja", kind: .district, weight: 2, answers: 0.7,
            answerDays: 3...12,
            subjects: ["Banjir di permukiman"]),
    ]

    static let channels: [(Channel, Int)] = [
        (.lapor, 40), (.whatsapp, 15), (.sms, 10), (.walkIn, 10), (.phone, 8), (.letter, 5), (.email, 4), (.website, 4),
        (.socialMedia, 3), (.other, 1),
    ]

    static let givenNames = [
        "Siti", "Ahmad", "Budi", "Dewi", "Eko", "Fitri", "Gunawan", "Heru", "Indah", "Joko", "Kartini", "Lestari",
        "Muhammad", "Nur", "Purwanto", "Rina", "Slamet", "Tri", "Umi", "Wahyu", "Yuli", "Agus", "Sri", "Bambang",
    ]
    static let familyNames = [
        "Rahayu", "Santoso", "Wibowo", "Lestari", "Setiawan", "Prasetyo", "Kurniawan", "Susanti", "Hidayat",
        "Nugroho", "Wulandari", "Saputra", "Handayani", "Pratama", "Suryani",
    ]
    /// Where complaints that are not the regency's business go.
    static let agencies = [
        "LaporGub Jawa Tengah", "BBPJN Jawa Tengah-DIY", "PLN UP3 Purwokerto", "Kantor Pertanahan Purbalingga",
        "Polres Purbalingga",
    ]

    static let villages = [
        "Desa Karangreja", "Desa Kalimanah Wetan", "Kelurahan Bancar", "Desa Bojong", "Desa Kutasari",
        "Kelurahan Kandanggampang", "Desa Bobotsari", "Desa Onje", "Desa Karangmanyar", "Desa Serang",
    ]

    /// The national holidays whose dates never move, for a year the shipped calendar does not cover.
    static func fixedHolidays(year: Int) -> [(String, String)] {
        [
            ("\(year)-01-01", "Tahun Baru Masehi"), ("\(year)-05-01", "Hari Buruh Internasional"),
            ("\(year)-06-01", "Hari Lahir Pancasila"), ("\(year)-08-17", "Hari Kemerdekaan Republik Indonesia"),
            ("\(year)-12-25", "Hari Raya Natal"),
        ]
    }
}
