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
        var answers: Double = 0.97
        var answerDays: ClosedRange<Int> = 1...5
        var subjects: [String] = []
        var staff: ClosedRange<Int> = 25...90
        var workingWeek: WorkingWeek = .fiveDays
        /// A unit merged away by the reorganisation, and the unit that took it over.
        var successor: String? = nil
        /// A unit the reorganisation formed: it takes complaints from then on.
        var formedByReorganisation = false
        /// The months (1–12) when more complaints come to it, and how many times more.
        var season: (months: Set<Int>, factor: Int)? = nil

        var isMergedAway: Bool { successor != nil }
    }

    /// When the reorganisation's new units began and the merged ones ended. Purbalingga's DPRD passed
    /// the fourth amendment of Perda 12/2016 (27 to 23 perangkat daerah) on 10 September 2025; the day
    /// the new units started was not found, so the demo takes the first day of the next budget year.
    static let reorganisation = CivilDate(year: 2026, month: 1, day: 1)!

    static let rainySeason: Set<Int> = [11, 12, 1, 2, 3]

    /// The services the busiest desks survey one by one.
    static let surveyedServices: [String: [String?]] = [
        "DISDUKCAPIL": ["Perekaman KTP-el", "Akta kelahiran", "Kartu keluarga"],
        "DPMPTSP": ["Perizinan berusaha", "Persetujuan bangunan gedung"],
        "RSUD": ["Rawat jalan", "Instalasi gawat darurat"],
        "PUSKESMAS-KALIMANAH": ["Pelayanan umum", "Kesehatan ibu dan anak"],
    ]

    /// Sections a group of a unit of `kind` may belong to.
    static func sections(of kind: UnitKind) -> [String] {
        switch kind {
        case .secretariat, .dprdSecretariat, .inspectorate:
            ["Subbagian Umum dan Kepegawaian", "Subbagian Perencanaan dan Keuangan", "Subbagian Tata Usaha"]
        case .board: ["Subbidang Perencanaan", "Subbidang Pelayanan", "Subbagian Umum dan Kepegawaian"]
        case .district, .subdistrict:
            ["Seksi Pemerintahan", "Seksi Kesejahteraan Sosial", "Seksi Pelayanan Umum", "Subbagian Umum"]
        default: ["Seksi Pelayanan", "Subbagian Umum dan Kepegawaian", "Seksi Pengaduan dan Informasi"]
        }
    }
    static let schoolAdmission: Set<Int> = [5, 6, 7]

    static let kecamatanSubjects = [
        "Pelayanan surat pengantar lama", "Jalan desa rusak", "Penerangan jalan desa kurang",
        "Bantuan sosial desa tidak merata", "Sampah menumpuk di pasar desa", "Saluran irigasi desa tersumbat",
    ]

    /// The 18 kecamatan of Kabupaten Purbalingga.
    static let kecamatan = [
        "Bobotsari", "Bojongsari", "Bukateja", "Kaligondang", "Kalimanah", "Karanganyar", "Karangjambu",
        "Karangmoncol", "Karangreja", "Kejobong", "Kemangkon", "Kertanegara", "Kutasari", "Mrebet", "Padamara",
        "Pengadegan", "Purbalingga", "Rembang",
    ]

    /// Kelurahan and the kecamatan they belong to.
    static let kelurahan = [
        ("Purbalingga Lor", "Purbalingga"), ("Purbalingga Kidul", "Purbalingga"), ("Purbalingga Wetan", "Purbalingga"),
        ("Kandanggampang", "Purbalingga"), ("Bancar", "Purbalingga"), ("Kalikabong", "Kalimanah"),
    ]

    static func code(_ place: String) -> String {
        String(place.uppercased().map { $0 == " " ? "-" : $0 })
    }

    static let units: [UnitSpec] = perangkatDaerah + territory

    /// Each merged unit's successor, looked up for every action of the demo.
    static let successors = Dictionary(
        uniqueKeysWithValues: units.compactMap { spec in spec.successor.map { (spec.code, $0) } })

    /// The perangkat daerah after the reorganisation of 2025, the seven merged into three of them,
    /// and the hospital and a health centre. See docs/SOURCES.md for what was and was not checked.
    static let perangkatDaerah: [UnitSpec] = [
        UnitSpec(
            code: "SETDA", name: "Sekretariat Daerah", kind: .secretariat, weight: 2, answerDays: 2...6,
            subjects: ["Pelayanan informasi publik lambat", "Undangan musrenbang tidak sampai"], staff: 180...260),
        UnitSpec(
            code: "SETWAN", name: "Sekretariat DPRD", kind: .dprdSecretariat, weight: 1, answers: 0.95,
            answerDays: 3...9, subjects: ["Aspirasi warga belum ditanggapi dewan"], staff: 60...90),
        UnitSpec(
            code: "INSPEKTORAT", name: "Inspektorat Daerah", kind: .inspectorate, weight: 2, answerDays: 1...4,
            subjects: ["Dugaan pungutan liar", "Dugaan penyalahgunaan dana desa"], staff: 50...75),
        UnitSpec(
            code: "BAPPELITBANGDA", name: "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
            kind: .board, weight: 1, answerDays: 2...8, subjects: ["Usulan musrenbang tidak masuk"], staff: 45...70),
        UnitSpec(
            code: "BPKPD", name: "Badan Pengelolaan Keuangan dan Pendapatan Daerah", kind: .board, weight: 3,
            answerDays: 2...7, subjects: ["Tagihan PBB salah", "Pembayaran pajak daring gagal"], staff: 90...130,
            formedByReorganisation: true),
        UnitSpec(
            code: "BAPENDA", name: "Badan Pendapatan Daerah", kind: .board, weight: 3, answerDays: 2...7,
            subjects: ["Tagihan PBB salah", "Pembayaran pajak daring gagal"], staff: 55...80, successor: "BPKPD"),
        UnitSpec(
            code: "BPKAD", name: "Badan Pengelolaan Keuangan dan Aset Daerah", kind: .board, weight: 1,
            answerDays: 2...7, subjects: ["Pembayaran pihak ketiga terlambat"], staff: 50...70, successor: "BPKPD"),
        UnitSpec(
            code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", kind: .board, weight: 1,
            answerDays: 2...6, subjects: ["Pengumuman seleksi PPPK tidak jelas"], staff: 45...65),
        UnitSpec(
            code: "BPBD", name: "Badan Penanggulangan Bencana Daerah", kind: .board, weight: 2, answerDays: 1...3,
            subjects: ["Tanah longsor belum ditangani", "Bantuan banjir belum datang"], staff: 40...60,
            season: (rainySeason, 4)),
        UnitSpec(
            code: "KESBANGPOL", name: "Badan Kesatuan Bangsa dan Politik", kind: .board, weight: 1, answerDays: 2...6,
            subjects: ["Izin keramaian lama keluar"], staff: 25...40),
        UnitSpec(
            code: "DINDIKBUD", name: "Dinas Pendidikan dan Kebudayaan", kind: .agency, weight: 6, answerDays: 2...6,
            subjects: [
                "Zonasi SPMB tidak adil", "Pungutan sekolah", "Gedung sekolah rusak", "Beasiswa PIP belum cair",
            ],
            staff: 140...190, season: (schoolAdmission, 4)),
        UnitSpec(
            code: "DINKES", name: "Dinas Kesehatan", kind: .agency, weight: 7, answerDays: 1...4,
            subjects: [
                "Kepesertaan BPJS Kesehatan nonaktif", "PBI BPJS Kesehatan dicabut", "Antrean puskesmas terlalu lama",
                "Obat di puskesmas kosong",
            ], staff: 110...150),
        UnitSpec(
            code: "RSUD", name: "RSUD dr. R. Goeteng Taroenadibrata", kind: .hospital, parent: "DINKES", weight: 5,
            answerDays: 1...4,
            subjects: ["Antrean IGD lama", "Klaim BPJS Kesehatan ditolak", "Ruang rawat inap penuh"],
            staff: 500...650, workingWeek: .everyDay),
        UnitSpec(
            code: "PUSKESMAS-KALIMANAH", name: "UPTD Puskesmas Kalimanah", kind: .uptd, parent: "DINKES", weight: 2,
            answerDays: 1...4, subjects: ["Jam buka puskesmas tidak sesuai", "Ambulans desa sulit dihubungi"],
            staff: 35...55, workingWeek: .sixDays),
        UnitSpec(
            code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang", kind: .agency, weight: 24, answers: 0.95,
            answerDays: 3...12,
            subjects: ["Jalan berlubang", "Jalan kabupaten rusak berat", "Jembatan rusak", "Saluran drainase mampet"],
            staff: 120...160, season: (rainySeason, 2)),
        UnitSpec(
            code: "DINRUMKIM", name: "Dinas Perumahan dan Kawasan Permukiman", kind: .agency, weight: 3,
            answerDays: 3...10, subjects: ["Bantuan rumah tidak layak huni belum cair", "Air bersih tidak mengalir"],
            staff: 45...70),
        UnitSpec(
            code: "SATPOL-PP", name: "Satuan Polisi Pamong Praja", kind: .agency, weight: 2, answerDays: 1...3,
            subjects: ["Pedagang kaki lima di trotoar", "Kebakaran lambat ditangani", "Reklame liar"],
            staff: 110...150, workingWeek: .everyDay),
        UnitSpec(
            code: "DAMKAR", name: "Dinas Pemadam Kebakaran", kind: .agency, weight: 1, answerDays: 1...2,
            subjects: ["Kebakaran lambat ditangani"], staff: 50...70, workingWeek: .everyDay, successor: "SATPOL-PP"),
        UnitSpec(
            code: "DINSOSDALDUKKB3A",
            name:
                "Dinas Sosial, Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak",
            kind: .agency, weight: 12, answers: 0.96, answerDays: 2...8,
            subjects: [
                "Bansos PKH tidak cair", "Bantuan sosial tidak tepat sasaran", "Data DTSEN belum diperbarui",
                "Pendampingan korban kekerasan anak",
            ], staff: 90...130, formedByReorganisation: true),
        UnitSpec(
            code: "DINSOSPPPA", name: "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", kind: .agency,
            weight: 11, answers: 0.96, answerDays: 2...8,
            subjects: ["Bansos PKH tidak cair", "Bantuan sosial tidak tepat sasaran", "Data DTKS belum diperbarui"],
            staff: 60...90, successor: "DINSOSDALDUKKB3A"),
        UnitSpec(
            code: "DINDALDUKKB", name: "Dinas Pengendalian Penduduk dan Keluarga Berencana", kind: .agency, weight: 1,
            answerDays: 2...6, subjects: ["Layanan KB gratis tidak tersedia"], staff: 40...60,
            successor: "DINSOSDALDUKKB3A"),
        UnitSpec(
            code: "DINNAKER", name: "Dinas Tenaga Kerja", kind: .agency, weight: 1, answerDays: 2...6,
            subjects: ["Pesangon tidak dibayar", "Kartu kuning lama jadi"], staff: 30...45),
        UnitSpec(
            code: "DINPERMASDES", name: "Dinas Pemberdayaan Masyarakat dan Desa", kind: .agency, weight: 2,
            answerDays: 2...7, subjects: ["Dana desa tidak transparan", "BLT dana desa belum cair"], staff: 35...50),
        UnitSpec(
            code: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: .agency, weight: 10,
            answers: 0.99, answerDays: 1...3,
            subjects: [
                "Blangko KTP-el habis", "Antrean perekaman KTP-el", "Akta kelahiran belum jadi", "KK salah cetak",
                "Aktivasi IKD gagal",
            ], staff: 55...75),
        UnitSpec(
            code: "DINHUB", name: "Dinas Perhubungan", kind: .agency, weight: 9, answers: 0.95, answerDays: 2...8,
            subjects: ["Lampu penerangan jalan umum mati", "Parkir liar", "Lampu lalu lintas mati"], staff: 70...100,
            season: (rainySeason, 2)),
        UnitSpec(
            code: "DINKOMINFO", name: "Dinas Komunikasi dan Informatika", kind: .agency, weight: 2, answerDays: 1...4,
            subjects: ["Situs pemda tidak bisa diakses", "Wi-Fi publik mati"], staff: 40...60),
        UnitSpec(
            code: "DLH", name: "Dinas Lingkungan Hidup", kind: .agency, weight: 5, answers: 0.95, answerDays: 2...10,
            subjects: ["Sampah menumpuk", "Pencemaran sungai", "Bau limbah pabrik"], staff: 120...170),
        UnitSpec(
            code: "DPMPTSP", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", kind: .agency, weight: 2,
            answers: 0.99, answerDays: 1...3, subjects: ["Izin usaha lama terbit", "Syarat PBG tidak jelas"],
            staff: 40...55),
        UnitSpec(
            code: "DINPERTAN", name: "Dinas Pertanian dan Ketahanan Pangan", kind: .agency, weight: 2,
            answerDays: 3...8, subjects: ["Pupuk bersubsidi langka", "Irigasi sawah kering"], staff: 90...130),
        UnitSpec(
            code: "DINKOPERINDAG", name: "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan",
            kind: .agency, weight: 2, answerDays: 2...7,
            subjects: ["Harga minyak goreng di pasar naik", "Pasar kotor"],
            staff: 60...90, formedByReorganisation: true),
        UnitSpec(
            code: "DINKOPUKM", name: "Dinas Koperasi dan Usaha Kecil dan Menengah", kind: .agency, weight: 1,
            answerDays: 2...7, subjects: ["Bantuan modal UMKM tidak jelas"], staff: 30...45,
            successor: "DINKOPERINDAG"),
        UnitSpec(
            code: "DINPERINDAG", name: "Dinas Perindustrian dan Perdagangan", kind: .agency, weight: 1,
            answerDays: 2...7, subjects: ["Pasar kotor", "Timbangan pedagang tidak ditera"], staff: 40...60,
            successor: "DINKOPERINDAG"),
    ]

    /// The kecamatan and kelurahan.
    static let territory: [UnitSpec] =
        kecamatan.map { place in
            UnitSpec(
                code: "KEC-" + code(place), name: "Kecamatan " + place, kind: .district,
                weight: place == "Purbalingga" ? 3 : 1, answers: 0.96, answerDays: 2...7, subjects: kecamatanSubjects,
                staff: 20...35)
        }
        + kelurahan.map { place, district in
            UnitSpec(
                code: "KEL-" + code(place), name: "Kelurahan " + place, kind: .subdistrict,
                parent: "KEC-" + code(district), weight: 1, answers: 0.96, answerDays: 2...6,
                subjects: ["Surat keterangan domisili lama", "Pos ronda tidak terurus", "Jalan lingkungan rusak"],
                staff: 10...16)
        }

    /// Channels as they come in Purbalingga: mostly WhatsApp, then the website, Instagram, TikTok,
    /// LAPOR!, the province's LaporGub, letters and walk-ins.
    static let channels: [(Channel, Int)] = [
        (.whatsapp, 850), (.website, 40), (.instagram, 25), (.tiktok, 15), (.lapor, 30), (.laporgub, 20),
        (.letter, 10), (.walkIn, 10),
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
