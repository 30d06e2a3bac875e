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
        /// A unit merged away by the reorganisation: the unit that took over what no route names
        /// (the default successor), and the successor of each function handed elsewhere.
        var successor: String? = nil
        var routes: [SuccessionRoute] = []
        /// A unit the reorganisation formed: it takes complaints from then on.
        var formedByReorganisation = false
        /// The category of a subject that is a function of its own (trade, industry, family
        /// planning): what a split unit's complaints are routed by. Others are categorised by kind.
        var subjectCategories: [String: String] = [:]
        /// Working days an ordinary complaint takes from the response to its resolution, where the
        /// unit is quicker than most.
        var settleDays: ClosedRange<Int> = 2...16
        /// The months (1–12) when more complaints come to it, and how many times more.
        var season: (months: Set<Int>, factor: Int)? = nil

        var isMergedAway: Bool { successor != nil || !routes.isEmpty }
    }

    /// When the reorganisation's new units began and the merged ones ended. Purbalingga's DPRD passed
    /// the fourth amendment of Perda 12/2016 (27 to 23 perangkat daerah) on 10 September 2025, for
    /// the 2026 budget year: the demo takes its first day.
    static let reorganisation = CivilDate(year: 2026, month: 1, day: 1)!

    /// The services the busiest desks survey one by one.
    static let surveyedServices: [String: [String?]] = [
        "DINDUKCAPIL": ["Perekaman KTP-el", "Akta kelahiran", "Kartu keluarga"],
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

    static let kecamatanSubjects = [
        "Pelayanan surat pengantar lama", "Jalan desa rusak", "Penerangan jalan desa kurang",
        "Bantuan sosial desa tidak merata", "Sampah menumpuk di pasar desa", "Saluran irigasi desa tersumbat",
    ]

    /// The kecamatan Purbalingga's Lapor MasBuP awards named for 2025.
    static let rewardedKecamatan: Set<String> = ["Bobotsari", "Kaligondang", "Mrebet"]

    /// The 18 kecamatan of Kabupaten Purbalingga.
    static let kecamatan = [
        "Bobotsari", "Bojongsari", "Bukateja", "Kaligondang", "Kalimanah", "Karanganyar", "Karangjambu",
        "Karangmoncol", "Karangreja", "Kejobong", "Kemangkon", "Kertanegara", "Kutasari", "Mrebet", "Padamara",
        "Pengadegan", "Purbalingga", "Rembang",
    ]

    /// Kelurahan and the kecamatan they belong to.
    static let kelurahan = [
        ("Purbalingga Lor", "Purbalingga"), ("Purbalingga Kidul", "Purbalingga"), ("Purbalingga Wetan", "Purbalingga"),
        ("Kandanggampang", "Purbalingga"), ("Bancar", "Purbalingga"), ("Kembaran Kulon", "Purbalingga"),
        ("Wirasana", "Purbalingga"), ("Kalikabong", "Kalimanah"),
    ]

    static func code(_ place: String) -> String {
        String(place.uppercased().map { $0 == " " ? "-" : $0 })
    }

    static let units: [UnitSpec] = perangkatDaerah + territory

    /// Each merged unit's succession, looked up for every action of the demo; where a piece of
    /// work goes is `Succession`'s rule, the one `kbk skpd deactivate` applies.
    static let successions: [String: Succession] = Dictionary(
        uniqueKeysWithValues: units.filter(\.isMergedAway).map { spec in
            // The routes below name each function once.
            (spec.code, try! Succession(default: spec.successor, routes: spec.routes))
        })

    static let healthSubjects = [
        "Kepesertaan BPJS Kesehatan nonaktif", "PBI BPJS Kesehatan dicabut", "Antrean puskesmas terlalu lama",
        "Obat di puskesmas kosong",
    ]
    static let familyPlanning = "Layanan KB gratis tidak tersedia"
    /// Evidence (bukti dukung) of a behaviour indicator scored 5, with the kind of document it cites.
    static let cultureEvidence = [
        ("Notulen rapat KBK dan daftar hadir", "Notulen"), ("Laporan inovasi pelayanan", "Lap"),
        ("Surat keputusan tim pelaksana", "SK"), ("Dokumentasi kegiatan berbagi pengetahuan", "Dok"),
        ("Hasil survei kepuasan masyarakat", "IKM"),
    ]
    static let socialSubjects = [
        "Bansos PKH tidak cair", "Bantuan sosial tidak tepat sasaran", "Data DTSEN belum diperbarui",
        "Pendampingan korban kekerasan anak",
    ]
    static let villageSubjects = ["Dana desa tidak transparan", "BLT dana desa belum cair"]
    static let environmentSubjects = ["Sampah menumpuk", "Pencemaran sungai", "Bau limbah pabrik"]
    static let housingSubjects = ["Bantuan rumah tidak layak huni belum cair", "Air bersih tidak mengalir"]
    static let farmingSubjects = ["Pupuk bersubsidi langka", "Irigasi sawah kering"]
    static let foodAndFisherySubjects = ["Harga beras di pasar tidak stabil", "Bantuan benih ikan tidak merata"]
    static let cooperativeSubjects = ["Bantuan modal UMKM tidak jelas"]
    static let tradeSubjects = ["Pasar kotor", "Timbangan pedagang tidak ditera", "Harga minyak goreng di pasar naik"]
    static let industrySubjects = ["Sentra industri knalpot kurang pembinaan"]
    static let labourSubjects = ["Pesangon tidak dibayar", "Kartu kuning lama jadi"]

    /// The 27 perangkat daerah before 2026 (Perda 12/2016 as amended up to 2025), the six combined
    /// dinas that replace ten of them from the 2026 budget year (the fourth amendment, passed on 10
    /// September 2025; 17 unchanged), and the hospital and a health centre, UPT-like units under the
    /// health agency. Two units split: DINPERINDAG (trade to DINDAGKOPUKM, industry to
    /// DINPERINNAKER) and DINSOSDALDUKKBP3A (family planning to DINKESPPKB, the rest to
    /// DINSOSPMDP3A), routed per function. See docs/SOURCES.md.
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
        // One finance agency (revenue and spending alike): Purbalingga had no separate BAPENDA or BPKAD.
        UnitSpec(
            code: "BAKEUDA", name: "Badan Keuangan Daerah", kind: .board, weight: 2, answerDays: 2...7,
            subjects: ["Tagihan PBB salah", "Pembayaran pajak daring gagal", "Pembayaran pihak ketiga terlambat"],
            staff: 90...130),
        UnitSpec(
            code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", kind: .board, weight: 1,
            answerDays: 2...6, subjects: ["Pengumuman seleksi PPPK tidak jelas"], staff: 45...65),
        UnitSpec(
            code: "BPBD", name: "Badan Penanggulangan Bencana Daerah", kind: .board, weight: 1, answerDays: 1...3,
            subjects: ["Tanah longsor belum ditangani", "Bantuan banjir belum datang"], staff: 40...60,
            season: (rainySeason, 4)),
        UnitSpec(
            code: "KESBANGPOL", name: "Badan Kesatuan Bangsa dan Politik", kind: .board, weight: 1, answerDays: 2...6,
            subjects: ["Izin keramaian lama keluar"], staff: 25...40),
        UnitSpec(
            code: "DINDIKBUD", name: "Dinas Pendidikan dan Kebudayaan", kind: .agency, weight: 11, answerDays: 2...6,
            subjects: [
                "Zonasi SPMB tidak adil", "Pungutan sekolah", "Gedung sekolah rusak", "Beasiswa PIP belum cair",
            ],
            staff: 140...190, season: (schoolAdmission, 4)),
        UnitSpec(
            code: "DINKES", name: "Dinas Kesehatan", kind: .agency, weight: 13, answerDays: 1...4,
            subjects: healthSubjects, staff: 110...150, successor: "DINKESPPKB"),
        UnitSpec(
            code: "RSUD", name: "RSUD dr. R. Goeteng Taroenadibrata", kind: .hospital, parent: "DINKES", weight: 3,
            answerDays: 1...4,
            subjects: ["Antrean IGD lama", "Klaim BPJS Kesehatan ditolak", "Ruang rawat inap penuh"],
            staff: 500...650, workingWeek: .everyDay),
        UnitSpec(
            code: "PUSKESMAS-KALIMANAH", name: "UPTD Puskesmas Kalimanah", kind: .uptd, parent: "DINKES", weight: 2,
            answerDays: 1...4, subjects: ["Jam buka puskesmas tidak sesuai", "Ambulans desa sulit dihubungi"],
            staff: 35...55, workingWeek: .sixDays),
        UnitSpec(
            code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang", kind: .agency, weight: 18, answers: 0.95,
            answerDays: 3...12,
            subjects: ["Jalan berlubang", "Jalan kabupaten rusak berat", "Jembatan rusak", "Saluran drainase mampet"],
            staff: 120...160, season: (rainySeason, 2)),
        UnitSpec(
            code: "DINRUMKIM", name: "Dinas Perumahan dan Kawasan Permukiman", kind: .agency, weight: 7,
            answerDays: 3...10, subjects: housingSubjects, staff: 45...70, successor: "DLHPERKIM"),
        // Fire fighting is its Bidang Pemadam Kebakaran dan Penyelamatan, not a unit of its own.
        UnitSpec(
            code: "SATPOL-PP", name: "Satuan Polisi Pamong Praja", kind: .agency, weight: 6, answerDays: 1...3,
            subjects: ["Pedagang kaki lima di trotoar", "Kebakaran lambat ditangani", "Reklame liar"],
            staff: 160...210, workingWeek: .everyDay),
        UnitSpec(
            code: "DINSOSDALDUKKBP3A",
            name:
                "Dinas Sosial, Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak",
            kind: .agency, weight: 24, answers: 0.96, answerDays: 2...8,
            subjects: socialSubjects + [familyPlanning], staff: 100...140, successor: "DINSOSPMDP3A",
            routes: [
                SuccessionRoute(.category("keluarga-berencana"), to: "DINKESPPKB"),
                SuccessionRoute(.section("Bidang Pengendalian Penduduk dan Keluarga Berencana"), to: "DINKESPPKB"),
            ],
            subjectCategories: categories([familyPlanning], "keluarga-berencana")),
        UnitSpec(
            code: "DINNAKER", name: "Dinas Tenaga Kerja", kind: .agency, weight: 8, answerDays: 2...6,
            subjects: labourSubjects, staff: 30...45, successor: "DINPERINNAKER"),
        UnitSpec(
            code: "DINPERMASDES", name: "Dinas Pemberdayaan Masyarakat dan Desa", kind: .agency, weight: 5,
            answerDays: 2...7, subjects: villageSubjects, staff: 35...50, successor: "DINSOSPMDP3A"),
        UnitSpec(
            code: "DINDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: .agency, weight: 3,
            answers: 0.99, answerDays: 1...3,
            subjects: [
                "Blangko KTP-el habis", "Antrean perekaman KTP-el", "Akta kelahiran belum jadi", "KK salah cetak",
                "Aktivasi IKD gagal",
            ], staff: 55...75),
        UnitSpec(
            code: "DINHUB", name: "Dinas Perhubungan", kind: .agency, weight: 12, answers: 0.95, answerDays: 2...8,
            subjects: ["Lampu penerangan jalan umum mati", "Parkir liar", "Lampu lalu lintas mati"], staff: 70...100,
            season: (rainySeason, 2)),
        UnitSpec(
            code: "DINKOMINFO", name: "Dinas Komunikasi dan Informatika", kind: .agency, weight: 2, answerDays: 1...4,
            subjects: ["Situs pemda tidak bisa diakses", "Wi-Fi publik mati"], staff: 40...60),
        UnitSpec(
            code: "DLH", name: "Dinas Lingkungan Hidup", kind: .agency, weight: 4, answers: 0.95, answerDays: 2...10,
            subjects: environmentSubjects, staff: 120...170, successor: "DLHPERKIM"),
        UnitSpec(
            code: "DPMPTSP", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", kind: .agency, weight: 2,
            answers: 0.99, answerDays: 1...3, subjects: ["Izin usaha lama terbit", "Syarat PBG tidak jelas"],
            staff: 40...55),
        UnitSpec(
            code: "DINPERTAN", name: "Dinas Pertanian", kind: .agency, weight: 3, answerDays: 3...8,
            subjects: farmingSubjects, staff: 90...130, successor: "DINPERTANPANGKAN"),
        UnitSpec(
            code: "DKPP", name: "Dinas Ketahanan Pangan dan Perikanan", kind: .agency, weight: 1, answerDays: 3...8,
            subjects: foodAndFisherySubjects, staff: 40...60, successor: "DINPERTANPANGKAN"),
        UnitSpec(
            code: "DINKOPUKM", name: "Dinas Koperasi, Usaha Kecil dan Menengah", kind: .agency, weight: 1,
            answerDays: 2...7, subjects: cooperativeSubjects, staff: 30...45, successor: "DINDAGKOPUKM"),
        UnitSpec(
            code: "DINPERINDAG", name: "Dinas Perindustrian dan Perdagangan", kind: .agency, weight: 2,
            answerDays: 2...7, subjects: tradeSubjects + industrySubjects, staff: 40...60, successor: "DINDAGKOPUKM",
            routes: [
                SuccessionRoute(.category("perdagangan"), to: "DINDAGKOPUKM"),
                SuccessionRoute(.category("perindustrian"), to: "DINPERINNAKER"),
                SuccessionRoute(.section("Bidang Perdagangan"), to: "DINDAGKOPUKM"),
                SuccessionRoute(.section("Bidang Perindustrian"), to: "DINPERINNAKER"),
            ],
            subjectCategories: categories(tradeSubjects, "perdagangan")
                .merging(categories(industrySubjects, "perindustrian")) { first, _ in first }),
        UnitSpec(
            code: "DINPORAPAR", name: "Dinas Kepemudaan, Olahraga dan Pariwisata", kind: .agency, weight: 1,
            answerDays: 2...7, subjects: ["Fasilitas objek wisata rusak", "Lapangan olahraga tidak terawat"],
            staff: 40...60),
        UnitSpec(
            code: "DINARPUS", name: "Dinas Kearsipan dan Perpustakaan", kind: .agency, weight: 1, answerDays: 2...6,
            subjects: ["Perpustakaan keliling jarang datang"], staff: 25...40),
        // The six combined dinas of the 2026 budget year, each with the work of the units it joins.
        UnitSpec(
            code: "DINKESPPKB", name: "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana", kind: .agency,
            weight: 15, answerDays: 1...4, subjects: healthSubjects + [familyPlanning], staff: 130...180,
            formedByReorganisation: true, subjectCategories: categories([familyPlanning], "keluarga-berencana")),
        UnitSpec(
            code: "DINSOSPMDP3A",
            name:
                "Dinas Sosial, Pemberdayaan Masyarakat dan Desa serta Pemberdayaan Perempuan dan Perlindungan Anak",
            kind: .agency, weight: 32, answers: 0.96, answerDays: 2...8, subjects: socialSubjects + villageSubjects,
            staff: 110...150, formedByReorganisation: true),
        UnitSpec(
            code: "DLHPERKIM", name: "Dinas Lingkungan Hidup, Perumahan dan Kawasan Permukiman", kind: .agency,
            weight: 17, answers: 0.95, answerDays: 2...10, subjects: environmentSubjects + housingSubjects,
            staff: 160...230, formedByReorganisation: true),
        UnitSpec(
            code: "DINPERTANPANGKAN", name: "Dinas Pertanian, Pangan dan Perikanan", kind: .agency, weight: 4,
            answerDays: 3...8, subjects: farmingSubjects + foodAndFisherySubjects, staff: 120...170,
            formedByReorganisation: true),
        UnitSpec(
            code: "DINDAGKOPUKM", name: "Dinas Perdagangan, Koperasi, Usaha Kecil dan Menengah", kind: .agency,
            weight: 3, answerDays: 2...7, subjects: tradeSubjects + cooperativeSubjects, staff: 60...90,
            formedByReorganisation: true, subjectCategories: categories(tradeSubjects, "perdagangan")),
        UnitSpec(
            code: "DINPERINNAKER", name: "Dinas Perindustrian dan Tenaga Kerja", kind: .agency, weight: 13,
            answerDays: 2...6, subjects: labourSubjects + industrySubjects, staff: 45...70,
            formedByReorganisation: true, subjectCategories: categories(industrySubjects, "perindustrian")),
    ]

    /// The kecamatan and kelurahan.
    static let territory: [UnitSpec] =
        kecamatan.map { place in
            // The kecamatan Purbalingga rewarded for their follow-up answer more, and faster.
            let rewarded = rewardedKecamatan.contains(place)
            return UnitSpec(
                code: "KEC-" + code(place), name: "Kecamatan " + place, kind: .district,
                weight: place == "Purbalingga" ? 3 : rewarded ? 2 : 1, answers: rewarded ? 0.995 : 0.96,
                answerDays: rewarded ? 1...3 : 2...7, subjects: kecamatanSubjects, staff: 20...35,
                settleDays: rewarded ? 1...5 : 2...16)
        }
        + kelurahan.map { place, district in
            UnitSpec(
                code: "KEL-" + code(place), name: "Kelurahan " + place, kind: .subdistrict,
                parent: "KEC-" + code(district), weight: 1, answers: 0.96, answerDays: 2...6,
                subjects: ["Surat keterangan domisili lama", "Pos ronda tidak terurus", "Jalan lingkungan rusak"],
                staff: 10...16)
        }

    /// Channels as they come in Purbalingga (2025: WhatsApp 83.7 %, the website 8.8 %), then
    /// Instagram, LAPOR!, TikTok, the province's LaporGub, letters and walk-ins.
    static let channels: [(Channel, Int)] = [
        (.whatsapp, 837), (.website, 88), (.instagram, 20), (.tiktok, 12), (.lapor, 20), (.laporgub, 10),
        (.letter, 7), (.walkIn, 6),
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
        "Kelurahan Kandanggampang", "Desa Bobotsari", "Desa Onje", "Kelurahan Karangmanyar", "Desa Serang",
    ]
}

extension DemoData {
    /// How much more often than others a subject comes, where it does: road damage, PKH and street
    /// lights top Purbalingga's published topics.
    static let subjectWeights: [String: Int] = [
        "Jalan berlubang": 3, "Jalan kabupaten rusak berat": 2, "Jalan desa rusak": 2, "Bansos PKH tidak cair": 4,
        "Lampu penerangan jalan umum mati": 3, "Kepesertaan BPJS Kesehatan nonaktif": 2,
        "PBI BPJS Kesehatan dicabut": 2,
    ]
}
