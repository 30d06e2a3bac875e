import KBKDomain

/// A coded value (a status, a channel, a role…) as a person reads it. Tables and Markdown show
/// the label in the reader's language; CSV and JSON keep the code, the contract for scripts.
package protocol Labelled: RawRepresentable where RawValue == String {
    var label: Text { get }
    /// Short words officials type for the value besides its code and labels ("wa" for WhatsApp).
    var typedWords: [String] { get }
}

extension Labelled {
    package var typedWords: [String] { [] }
}

/// The Indonesian word of each coded value, for the list an error gives of the values allowed:
/// "secretariat (sekretariat daerah), agency (dinas), …", so an official reads what each code means.
package enum ChoiceWords {
    static func words<E: Labelled & CaseIterable>(_ type: E.Type) -> [String: String] {
        Dictionary(E.allCases.map { ($0.rawValue, $0.label.id) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every coded value people type, by the set of its codes.
    static let all: [[String: String]] = [
        words(ComplaintStatus.self), words(StatusSelection.self), words(DeadlineStage.self),
        words(HolidayKind.self), words(Channel.self), words(ComplaintKind.self), words(Maladministration.self),
        words(OfficialRole.self), words(UnitKind.self), words(GroupRole.self), words(ReviewOutcome.self),
        words(ImprovementStage.self), words(RejectionReason.self),
    ]

    /// The allowed codes with their Indonesian words, when they are the codes of one coded value.
    package static func indonesian(_ allowed: [String]) -> [String] {
        guard let words = all.first(where: { Set($0.keys) == Set(allowed) }) else { return allowed }
        return allowed.map { code in
            guard let word = words[code], word.lowercased() != code.lowercased() else { return code }
            return "\(code) (\(word))"
        }
    }
}

extension Msg {
    package static let open311WithoutPersonalData = Text(
        en: "--include-personal-data cannot go with --format open311: Open311 is the public's view and carries none",
        id:
            "--include-personal-data tidak dapat dipakai dengan --format open311: Open311 tampilan publik tanpa data pribadi"
    )
    package static let personalDataWithoutForce = Text(
        en:
            "--force cannot go with --include-personal-data: an export of complainants' data never replaces a file; give a new file name",
        id:
            "--force tidak dapat dipakai dengan --include-personal-data: ekspor data pengadu tidak pernah menimpa berkas; berikan nama berkas baru"
    )
    package static let flagAnonymous = Text(en: "anonymous", id: "anonim")
    package static let flagConfidential = Text(en: "confidential", id: "rahasia")
}

extension Cell {
    /// The state of a record that ends on a day (a unit deactivated, a group dissolved, an SOP
    /// revoked): `active` — read "active" or "active until DATE" when the end lies ahead — or
    /// `endedCode`, read `ended(DATE)`, from that day on.
    package static func lifespan(
        endsOn end: CivilDate?, today: CivilDate, endedCode: String, ended: (CivilDate) -> Text
    )
        -> Cell
    {
        if let end, end <= today { return .labelled(code: endedCode, ended(end)) }
        return .labelled(code: "active", end.map { Msg.statusActiveUntil($0) } ?? Msg.statusActive)
    }

    /// The value's code for CSV and JSON, its label for people.
    package static func coded<Value: Labelled>(_ value: Value) -> Cell { .labelled(code: value.rawValue, value.label) }
}

extension ComplaintStatus: Labelled {
    package var label: Text { Msg.statusName(self) }

    /// The words of the desk and of LAPOR! for a status.
    package var typedWords: [String] {
        switch self {
        case .onHold: ["tertunda", "tunda"]
        case .inProgress: ["proses"]
        default: []
        }
    }
}

extension StatusSelection: Labelled {
    package var label: Text {
        switch self {
        case .open: Text(en: "open", id: "terbuka")
        case .settled: Text(en: "settled", id: "tuntas")
        default: ComplaintStatus(rawValue: rawValue)?.label ?? Text(en: rawValue, id: rawValue)
        }
    }

    package var typedWords: [String] { ComplaintStatus(rawValue: rawValue)?.typedWords ?? [] }
}

extension DeadlineStage: Labelled {
    package var label: Text { Msg.stageName(self) }
}

extension HolidayKind: Labelled {
    package var label: Text {
        switch self {
        case .national: Text(en: "national holiday", id: "libur nasional")
        case .collective: Text(en: "collective leave", id: "cuti bersama")
        case .local: Text(en: "local", id: "daerah")
        }
    }
}

extension Channel: Labelled {
    package var label: Text {
        switch self {
        case .lapor: Text(en: "LAPOR!", id: "LAPOR!")
        case .sms: Text(en: "SMS", id: "SMS")
        case .whatsapp: Text(en: "WhatsApp", id: "WhatsApp")
        case .phone: Text(en: "phone", id: "telepon")
        case .email: Text(en: "e-mail", id: "surel")
        case .letter: Text(en: "letter", id: "surat")
        case .walkIn: Text(en: "walk-in", id: "datang langsung")
        case .website: Text(en: "website", id: "situs web")
        case .socialMedia: Text(en: "social media", id: "media sosial")
        case .instagram: Text(en: "Instagram", id: "Instagram")
        case .tiktok: Text(en: "TikTok", id: "TikTok")
        case .laporgub: Text(en: "LaporGub", id: "LaporGub")
        case .other: Text(en: "other", id: "lainnya")
        }
    }

    package var typedWords: [String] {
        switch self {
        case .whatsapp: ["wa"]
        case .socialMedia: ["medsos", "sosmed"]
        case .phone: ["telp", "tlp"]
        case .email: ["email", "e-mail"]
        case .walkIn: ["langsung"]
        default: []
        }
    }
}

extension ComplaintKind: Labelled {
    package var label: Text {
        switch self {
        case .complaint: Text(en: "complaint", id: "pengaduan")
        case .aspiration: Text(en: "aspiration", id: "aspirasi")
        case .information: Text(en: "information request", id: "permintaan informasi")
        case .whistleblowing:
            Text(en: "whistle-blowing report (WBS)", id: "pengaduan pelanggaran (WBS)")
        }
    }
}

extension Maladministration: Labelled {
    /// The forms as Peraturan Ombudsman RI 26/2017 jo. 48/2020 names them, and in English.
    package var label: Text {
        switch self {
        case .undueDelay: Text(en: "undue delay", id: "penundaan berlarut")
        case .deviationFromProcedure: Text(en: "deviation from procedure", id: "penyimpangan prosedur")
        case .failureToServe: Text(en: "failure to provide service", id: "tidak memberikan pelayanan")
        case .incompetence: Text(en: "incompetence", id: "tidak kompeten")
        case .abuseOfAuthority: Text(en: "abuse of authority", id: "penyalahgunaan wewenang")
        case .requestForReward:
            Text(
                en: "request for rewards (money, goods or services)",
                id: "permintaan imbalan (uang, barang dan jasa)")
        case .impropriety: Text(en: "improper conduct", id: "tidak patut")
        case .partiality: Text(en: "partiality", id: "berpihak")
        case .discrimination: Text(en: "discrimination", id: "diskriminasi")
        case .conflictOfInterest: Text(en: "conflict of interest", id: "konflik kepentingan")
        }
    }
}

extension OfficialRole: Labelled {
    package var label: Text {
        switch self {
        case .admin: Text(en: "administrator", id: "administrator")
        case .coordinator: Text(en: "coordinator", id: "koordinator")
        case .unitAdmin: Text(en: "unit administrator", id: "admin unit")
        case .officer: Text(en: "officer", id: "petugas")
        case .viewer: Text(en: "viewer", id: "pembaca")
        }
    }
}

extension UnitKind: Labelled {
    package var label: Text {
        switch self {
        case .secretariat: Text(en: "regional secretariat", id: "sekretariat daerah")
        case .dprdSecretariat: Text(en: "DPRD secretariat", id: "sekretariat DPRD")
        case .inspectorate: Text(en: "inspectorate", id: "inspektorat")
        case .agency: Text(en: "agency (dinas)", id: "dinas")
        case .board: Text(en: "board (badan)", id: "badan")
        case .district: Text(en: "district (kecamatan)", id: "kecamatan")
        case .subdistrict: Text(en: "urban village (kelurahan)", id: "kelurahan")
        case .uptd: Text(en: "technical unit (UPTD)", id: "UPTD")
        case .hospital: Text(en: "regional hospital", id: "rumah sakit daerah")
        case .other: Text(en: "other", id: "lainnya")
        }
    }

    /// The short names officials use: "sekretariat" and "setda", "setwan", "rsud", "rumah sakit".
    package var typedWords: [String] {
        switch self {
        case .secretariat: ["sekretariat", "setda"]
        case .dprdSecretariat: ["setwan", "sekretariat dewan"]
        case .hospital: ["rsud", "rumah sakit"]
        case .subdistrict: ["kel"]
        case .district: ["kec"]
        default: []
        }
    }
}

extension GroupRole: Labelled {
    package var label: Text {
        switch self {
        case .chair: Text(en: "chair", id: "ketua")
        case .facilitator: Text(en: "facilitator", id: "fasilitator")
        case .secretary: Text(en: "secretary", id: "sekretaris")
        case .member: Text(en: "member", id: "anggota")
        }
    }
}

extension ReviewOutcome: Labelled {
    package var label: Text {
        switch self {
        case .keep: Text(en: "kept", id: "tetap")
        case .revise: Text(en: "to revise", id: "perlu direvisi")
        case .revoke: Text(en: "to revoke", id: "dicabut")
        }
    }
}

extension ImprovementStage: Labelled {
    package var label: Text {
        switch self {
        case .plan: Text(en: "plan", id: "rencana (plan)")
        case .do: Text(en: "do", id: "pelaksanaan (do)")
        case .check: Text(en: "check", id: "pemeriksaan (check)")
        case .act: Text(en: "act", id: "tindak lanjut (act)")
        case .done: Text(en: "done", id: "selesai")
        case .dropped: Text(en: "dropped", id: "dihentikan")
        }
    }
}

extension RejectionReason: Labelled {
    package var label: Text {
        switch self {
        case .notAuthority: Text(en: "not the government's authority", id: "bukan kewenangan pemerintah daerah")
        case .duplicate: Text(en: "a duplicate", id: "pengaduan ganda")
        case .invalid: Text(en: "not a valid complaint", id: "bukan pengaduan yang sah")
        case .withdrawn: Text(en: "withdrawn by the complainant", id: "dicabut oleh pengadu")
        }
    }

    package var typedWords: [String] {
        switch self {
        case .notAuthority: ["bukan wewenang", "bukan kewenangan"]
        case .duplicate: ["duplikat", "ganda"]
        case .invalid: ["tidak sah", "tidak valid"]
        case .withdrawn: ["dicabut"]
        }
    }
}

extension ComplaintAction.Kind: Labelled {
    /// The timeline's word for the event (a noun phrase, unlike `Msg.actionName`'s verb).
    package var label: Text {
        switch self {
        case .receive: Text(en: "received", id: "diterima")
        case .verify: Text(en: "verified", id: "diverifikasi")
        case .reassign: Text(en: "passed on", id: "dialihkan")
        case .respond: Text(en: "response", id: "tanggapan")
        case .note: Text(en: "note", id: "catatan")
        case .hold: Text(en: "held", id: "ditunda")
        case .resume: Text(en: "resumed", id: "dilanjutkan")
        case .resolve: Text(en: "resolved", id: "diselesaikan")
        case .reopen: Text(en: "reopened", id: "dibuka kembali")
        case .close: Text(en: "closed", id: "ditutup")
        case .reject: Text(en: "rejected", id: "ditolak")
        case .assign: Text(en: "assigned", id: "didisposisikan")
        case .extend: Text(en: "extended", id: "diperpanjang")
        case .forward: Text(en: "forwarded", id: "diteruskan")
        case .edit: Text(en: "corrected", id: "dikoreksi")
        case .escalate: Text(en: "deadline notice", id: "pemberitahuan tenggat")
        }
    }
}

/// The names of fields and the shapes of values that domain errors carry, in Indonesian. The
/// store and the domain name them in English (they are also CSV columns and option names);
/// a message in Indonesian names them in Indonesian. An option as typed (`--effective`), an
/// environment variable and a database column stay as they are.
extension Msg {
    package static func term(_ text: String, _ language: Language) -> String {
        guard language == .id else { return text }
        if let known = indonesianTerms[text] { return known }
        // The web's score of a value, "score-BO": the value by its name.
        if text.hasPrefix("score-"), let value = CoreValue.allCases.first(where: { "score-\($0.code)" == text }) {
            return "skor \(value.name)"
        }
        // "a whole number from 1 to 10000000": the bounds are the range's.
        let whole = "a whole number from "
        if text.hasPrefix(whole), case let bounds = text.dropFirst(whole.count).split(separator: " to "),
            bounds.count == 2
        {
            return "bilangan bulat dari \(bounds[0]) sampai \(bounds[1])"
        }
        return text
    }

    package static let indonesianTerms: [String: String] = [
        "name": "nama", "period": "periode", "note": "catatan", "dissolved": "tanggal bubar", "reason": "alasan",
        "location": "lokasi", "kind": "jenis", "focus": "fokus", "channel": "kanal", "average": "rata-rata",
        "target": "sasaran", "problem": "masalah", "official code": "kode resmi", "number": "nomor",
        "minutes": "notulen", "message": "pesan", "meeting date": "tanggal rapat", "head name": "nama kepala",
        "field": "isian", "entry": "entri", "effective": "tanggal berlaku", "description": "isi", "decree": "SK",
        "date": "tanggal", "complainant name": "nama pengadu", "complainant contact": "kontak pengadu",
        "comment": "komentar", "agenda": "agenda", "action": "tindakan", "working_days": "hari kerja",
        "unit code": "kode unit", "title": "judul", "ticket": "tiket", "subject": "pokok", "status": "status",
        "stage": "tahap", "stage date": "tanggal tahap", "sop": "SOP", "skpd": "unit", "since": "tanggal mulai",
        "shell": "shell", "setting": "pengaturan", "service": "layanan", "section": "bagian", "search": "pencarian",
        "row": "baris", "role": "peran", "revoked": "tanggal cabut", "revised": "tanggal revisi",
        "review_months": "selang tinjauan (bulan)", "review date": "tanggal tinjauan", "respondents": "responden",
        "removed on": "tanggal keluar", "rejection reason": "alasan penolakan", "received": "waktu diterima",
        "rating": "penilaian", "outcome": "hasil", "login": "login", "improvement": "rencana aksi", "flag": "tanda",
        "first member since": "anggota pertama sejak", "first meeting": "rapat pertama",
        "external reference": "rujukan luar", "entity": "entitas", "email": "surel",
        "element average": "rata-rata unsur", "due": "tenggat", "category": "kategori", "averages": "rata-rata",
        "actor": "pelaku", "group": "kelompok", "timestamp": "waktu", "nip": "NIP", "formed": "tanggal dibentuk",
        "group formed": "tanggal kelompok dibentuk", "SOP made": "tanggal SOP dibuat",
        "last meeting + 1 day": "sehari setelah rapat terakhir", "last member since": "anggota terakhir sejak",
        "made": "tanggal dibuat", "member since": "anggota sejak", "previous effective": "tanggal berlaku sebelumnya",
        "previous revision": "revisi sebelumnya", "previous stage": "tahap sebelumnya", "started": "tanggal mulai",
        // The web's form fields (issue 31), where they are not the command line's.
        "phone": "nomor telepon", "settled": "selesai", "on_time": "tepat waktu", "ikm": "IKM",
        "staff": "jumlah pegawai", "verify_days": "hari verifikasi", "respond_days": "hari tanggapan",
        "respond_hours": "jam tanggapan", "settle_days": "hari penyelesaian", "extension_days": "hari perpanjangan",
        "complaint": "pengaduan", "survey": "survei", "elements": "unsur survei", "item": "tindak lanjut",
        "owner": "unit pelaksana", "improvements": "rencana aksi", "use": "pemakaian", "held": "tanggal rapat",
        "text": "yang harus dikerjakan", "year": "tahun", "code": "kode", "name_en": "nama dalam bahasa Inggris",
        "lapor_category": "kategori LAPOR!", "official_code": "kode resmi", "head_name": "nama kepala",
        "head_nip": "NIP kepala", "replaced_by": "kelas pengganti", "plan": "rencana", "doing": "pelaksanaan",
        "checking": "pemeriksaan", "acting": "tindak lanjut", "successor": "unit pengganti", "units": "unit",
        "the meeting": "rapat", "on": "tanggal",
        "a telephone number of 8 to 15 digits, like 0812-3456-7890":
            "nomor telepon 8 sampai 15 angka, mis. 0812-3456-7890",
        "a percentage from 0 to 100 with at most two decimals, e.g. 90 or 87.5":
            "persentase 0 sampai 100 dengan paling banyak dua desimal, mis. 90 atau 87,5",
        "a converted IKM from 25 to 100 with at most two decimals, e.g. 82.5":
            "nilai IKM konversi 25 sampai 100 dengan paling banyak dua desimal, mis. 82,5",
        // The shapes a value should have.
        "YYYY-MM-DD": "YYYY-MM-DD", "a number like 3.12": "angka seperti 3.12",
        "a ticket like ADU-2026-00012": "tiket seperti ADU-2026-00012", "64 hex digits": "64 digit heksadesimal",
        "nine averages a1,…,a9": "sembilan rata-rata a1,…,a9",
        "seven scores 1–5, like 4,4,3,4,5,3,4": "tujuh skor 1–5, mis. 4,4,3,4,5,3,4",
        "21 scores 1–5, in the order BO1,BO2,BO3,AK1,…,KL3": "21 skor 1–5, berurutan BO1,BO2,BO3,AK1,…,KL3",
        "CODE=VALUE, like BO1=4 (codes BO1 … KL3)": "KODE=NILAI, mis. BO1=4 (kode BO1 … KL3)",
        "21 indicator scores": "21 skor indikator", "scores": "skor", "score": "skor", "indicators": "indikator",
        "indicator": "indikator", "evidence": "bukti dukung", "evidence reference": "rujukan bukti dukung",
        "an indicator code": "kode indikator",
        "an e-mail address such as nama@purbalinggakab.go.id": "alamat surel seperti nama@purbalinggakab.go.id",
        "the 64 hexadecimal digits a report or kbk check printed":
            "64 digit heksadesimal yang dicetak laporan atau kbk check",
        "2026, 2026-S1, … or from and to columns": "2026, 2026-S1, … atau kolom from dan to",
        "2 to 32 letters, digits, '.', '-' or '_'": "2 sampai 32 huruf, angka, '.', '-' atau '_'",
        "2 to 32 lower-case letters, digits or '-'": "2 sampai 32 huruf kecil, angka atau '-'",
        "an operating-system login: 1 to 32 lower-case letters, digits, '_', '-' or '.', starting with a letter or '_'":
            "login sistem operasi: 1 sampai 32 huruf kecil, angka, '_', '-' atau '.', diawali huruf atau '_'",
        EnteredValue.officeTimeForms:
            "2026-11-29 09:30, 29/11/2026 09.30, 29-11-2026 9:30, 2026-11-29T09:30, 09.30 atau 9:30 (hari ini), "
            + "2026-11-29 atau 29/11/2026 (tengah malamnya), hari ini, kemarin atau nama hari (senin: yang terakhir), "
            + "sekarang, atau dengan selisih zona 2026-11-29T09:30:00+07:00",
        // What a damaged row's value should have been.
        "0 or 1": "0 atau 1", "50, 75 or 100": "50, 75 atau 100",
        "a date like 2026-11-20": "tanggal seperti 2026-11-20",
        "a text": "teks", "a time like 2026-11-20T02:30:00Z": "waktu seperti 2026-11-20T02:30:00Z",
        "a whole number": "bilangan bulat", "a channel": "kanal", "a coordinator or admin": "koordinator atau admin",
        "a delivery": "cara kirim", "a group role": "peran kelompok", "a kind of complaint": "jenis pengaduan",
        "a kind of unit": "jenis unit", "a rejection reason": "alasan penolakan", "a review outcome": "hasil tinjauan",
        "a role": "peran", "a stage": "tahap", "a status": "status", "an action": "tindakan",
        "a sealed table": "tabel bersegel", "a setting's key": "kunci pengaturan",
        "a valid setting value": "nilai pengaturan yang sah",
        "attachment": "lampiran", "file": "berkas", "lat": "lintang", "long": "bujur",
        "a BPS code of 7 (kecamatan) or 10 digits (desa)": "kode BPS 7 angka (kecamatan) atau 10 angka (desa)",
        "a BPS region code of 4 digits (3303)": "kode wilayah BPS 4 angka (3303)",
        "a database identity": "identitas basis data", "a kind of bundle": "jenis berkas",
        "decimal degrees, e.g. -7.3912 or 109.3634": "derajat desimal, misalnya -7.3912 atau 109.3634",
        "a latitude from -90 to 90 and a longitude from -180 to 180": "lintang -90 sampai 90 dan bujur -180 sampai 180",
        "south,west,north,east in decimal degrees, e.g. -7.49,109.18,-7.16,109.59":
            "selatan,barat,utara,timur dalam derajat desimal, misalnya -7.49,109.18,-7.16,109.59",
        "a kecamatan's BPS code of 7 digits": "kode BPS kecamatan 7 angka",
        "a desa's BPS code of 10 digits beginning with its kecamatan's":
            "kode BPS desa 10 angka yang diawali kode kecamatannya",
        "files/NAME beside the CSV": "files/NAMA di samping CSV",
        "a whole number from 'complaint show'": "bilangan bulat dari 'complaint show'",
        "a kind of place": "jenis tempat", "a media type": "jenis media",
    ]
}

extension EntityKind: Labelled {
    package var label: Text {
        switch self {
        case .database: Text(en: "database", id: "basis data")
        case .setting: Text(en: "setting", id: "pengaturan")
        case .skpd: Text(en: "unit", id: "unit kerja")
        case .group: Text(en: "KBK group", id: "kelompok KBK")
        case .member: Text(en: "member", id: "anggota")
        case .meeting: Text(en: "meeting", id: "rapat")
        case .sop: Text(en: "SOP", id: "SOP")
        case .complaint: Text(en: "complaint", id: "pengaduan")
        case .category: Text(en: "category", id: "kategori")
        case .topic: Text(en: "complaint topic", id: "topik pengaduan")
        case .holiday: Text(en: "holiday", id: "hari libur")
        case .improvement: Text(en: "improvement action", id: "rencana aksi")
        case .survey: Text(en: "IKM survey", id: "survei IKM")
        case .official: Text(en: "official", id: "pegawai")
        case .notice: Text(en: "deadline notice", id: "pemberitahuan tenggat")
        case .coordination: Text(en: "coordination", id: "koordinasi")
        case .rbk: Text(en: "RBK", id: "RBK")
        case .assessment: Text(en: "self-assessment", id: "penilaian mandiri")
        case .place: Text(en: "place", id: "tempat")
        }
    }
}

extension AuditAction: Labelled {
    package var label: Text {
        switch self {
        case .create: Text(en: "created", id: "dibuat")
        case .update: Text(en: "changed", id: "diubah")
        case .delete: Text(en: "deleted", id: "dihapus")
        case .migrate: Text(en: "migrated", id: "dimigrasi")
        case .backup: Text(en: "backed up", id: "dicadangkan")
        case .export: Text(en: "exported", id: "diekspor")
        case .deactivate: Text(en: "deactivated", id: "dinonaktifkan")
        case .dissolve: Text(en: "dissolved", id: "dibubarkan")
        case .remove: Text(en: "removed", id: "dikeluarkan")
        case .revise: Text(en: "revised", id: "direvisi")
        case .review: Text(en: "reviewed", id: "dievaluasi")
        case .revoke: Text(en: "revoked", id: "dicabut")
        case .act: Text(en: "complaint action", id: "tindakan pengaduan")
        case .advance: Text(en: "advanced", id: "dimajukan")
        case .link: Text(en: "linked", id: "dikaitkan")
        case .attach: Text(en: "attached", id: "dilampirkan")
        case .revealIdentity: Text(en: "identity revealed", id: "identitas dibuka")
        case .seal: Text(en: "sealed", id: "disegel")
        }
    }
}

extension Cell {
    /// A coded value stored as text: its label when the code is known, the text as it is otherwise.
    package static func coded<Value: Labelled & CaseIterable>(_ text: String, as type: Value.Type) -> Cell {
        Value(rawValue: text).map { .coded($0) } ?? .text(text)
    }
}
