import KBKDomain

// The texts of the web's registry pages: coordination meetings, RBKs, the culture self-assessment,
// categories and topics, and the admins' forms for units and officials.
extension Msg {
    package static let webCoordination = Text(en: "Coordination meetings", id: "Rapat koordinasi")
    package static let webCoordinationMeeting = Text(en: "Coordination meeting", id: "Rapat koordinasi")
    package static let webRecordCoordination = Text(
        en: "Record a coordination meeting", id: "Catat rapat koordinasi")
    package static let webAttendingUnits = Text(en: "Attending units", id: "Unit yang hadir")
    package static let webChair = Text(en: "Chair", id: "Pimpinan rapat")
    package static let webDecisions = Text(en: "Decisions", id: "Keputusan")
    package static let webActionItems = Text(en: "Action items", id: "Tindak lanjut")
    package static let webActionItem = Text(en: "Action item", id: "Tindak lanjut")
    package static let webOpenActionItems = Text(
        en: "Action items not yet done", id: "Tindak lanjut yang belum selesai")
    package static let webAddActionItem = Text(en: "Add an action item", id: "Tambah tindak lanjut")
    package static let webMarkActionDone = Text(en: "Mark an action item done", id: "Tandai tindak lanjut selesai")
    package static let webOwnerUnit = Text(en: "Unit responsible", id: "Unit pelaksana")
    package static let webWhatMustBeDone = Text(en: "What must be done", id: "Yang harus dikerjakan")
    package static let webWhatWasDone = Text(en: "What was done", id: "Yang sudah dikerjakan")
    package static let webDoneOn = Text(en: "Done", id: "Selesai")
    package static let webLate = Text(en: "Overdue", id: "Terlambat")
    package static func webNoSuchActionItem(_ id: String) -> Text {
        Text(
            en: "this meeting has no action item '\(id)'",
            id: "rapat ini tidak punya tindak lanjut '\(id)'")
    }
    package static let webRBKs = Text(en: "Work-culture write-ups (RBK)", id: "Risalah Budaya Kerja (RBK)")
    package static let webNoRBK = Text(en: "No RBK written yet.", id: "Belum ada RBK.")
    package static let webWriteRBK = Text(en: "Write an RBK", id: "Tulis RBK")
    package static let webRBKPlan = Text(en: "Plan", id: "Rencana")
    package static let webRBKDo = Text(en: "Do", id: "Pelaksanaan")
    package static let webRBKCheck = Text(en: "Check", id: "Pemeriksaan")
    package static let webRBKAct = Text(en: "Act", id: "Tindak lanjut")
    package static let webImprovementNumbers = Text(
        en: "Improvement actions it reports (numbers)", id: "Aksi perbaikan yang dilaporkan (nomor)")
    package static let webEditGroup = Text(en: "Change the group's name or focus", id: "Ubah nama atau fokus kelompok")
    package static let webDissolveGroup = Text(en: "Dissolve the group", id: "Bubarkan kelompok")
    package static let webCultureAssessments = Text(
        en: "Work-culture self-assessments (BerAKHLAK)", id: "Penilaian mandiri budaya kerja (BerAKHLAK)")
    package static let webAssessCulture = Text(
        en: "Record the year's self-assessment", id: "Catat penilaian mandiri tahun ini")
    package static let webYearLabel = Text(en: "Year", id: "Tahun")
    package static let webAverage = Text(en: "Average", id: "Rata-rata")
    package static let webWeakest = Text(en: "Weakest value", id: "Nilai terlemah")
    package static let webRevokeSOP = Text(en: "Revoke an SOP", id: "Cabut SOP")
    package static let webEditUnit = Text(en: "Change the unit's details", id: "Ubah data unit")
    package static let webDeactivateUnit = Text(en: "Deactivate the unit", id: "Nonaktifkan unit")
    package static let webAddUnit = Text(en: "Register a unit", id: "Daftarkan unit")
    package static let webCategories = Text(en: "Categories and topics", id: "Kategori dan topik")
    package static let webDeadlineClasses = Text(
        en: "Deadline classes (working days)", id: "Kelas tenggat (hari kerja)")
    package static let webTopics = Text(en: "Topics", id: "Topik")
    package static let webLaporCategory = Text(en: "LAPOR! category", id: "Kategori LAPOR!")
    package static let webNameEnglish = Text(en: "Name in English", id: "Nama dalam bahasa Inggris")
    package static let webAddCategory = Text(en: "Add a deadline class", id: "Tambah kelas tenggat")
    package static let webEditCategory = Text(en: "Change a deadline class", id: "Ubah kelas tenggat")
    package static let webAddTopic = Text(en: "Add a topic", id: "Tambah topik")
    package static let webEditTopic = Text(en: "Change a topic", id: "Ubah topik")
    package static let webBlankKeeps = Text(
        en: "A field left blank keeps its value.", id: "Isian yang dikosongkan tetap seperti semula.")
    package static let webDaysOrHours = Text(
        en: "give the first response in working days or in hours, not both",
        id: "isi tenggat tanggapan dalam hari kerja atau dalam jam, tidak keduanya")
    package static let webCoordinationShort = Text(en: "Coordination", id: "Koordinasi")
    package static let webCategoriesShort = Text(en: "Categories", id: "Kategori")
    package static let webEditOfficial = Text(en: "Change an official", id: "Ubah data pegawai")
    package static let webBlankKeepsDashClears = Text(
        en: "A field left blank keeps its value; '-' clears the e-mail address or the language.",
        id: "Isian yang dikosongkan tetap seperti semula; '-' menghapus alamat surel atau bahasa.")
    package static let webTickAUnit = Text(
        en: "tick at least one attending unit", id: "centang sedikitnya satu unit yang hadir")
    package static let webDueFrom = Text(en: "Due from", id: "Tenggat sejak")
    package static let webDueTo = Text(en: "Due until", id: "Tenggat sampai")
    package static let webSoonestDueFirst = Text(
        en: "Soonest deadline first (running ones only)", id: "Tenggat terdekat dulu (hanya yang berjalan)")
    package static let webContactSearch = Text(
        en: "Find a complainant's complaints by telephone", id: "Cari pengaduan menurut nomor telepon pengadu")
    package static let webContactSearchRecorded = Text(
        en:
            "The number is the complainant's personal data: each search is recorded in the audit trail with its reason.",
        id: "Nomor telepon adalah data pribadi pengadu: setiap pencarian dicatat di jejak audit beserta alasannya.")
    package static let webPhoneNumber = Text(en: "Telephone number", id: "Nomor telepon")
    package static func webFoundCount(_ count: Int) -> Text {
        Text(en: "\(count) complaint(s) found", id: "\(count) pengaduan ditemukan")
    }
    package static let webReplacementNeedsRetiring = Text(
        en: "a replacement is named only when the class is retired",
        id: "kelas pengganti hanya disebut bila kelas ini tidak dipakai lagi")
    package static let webTargets = Text(en: "Yearly targets (Renstra IKU)", id: "Target tahunan (IKU Renstra)")
    package static let webTargetSettled = Text(en: "Settled (%)", id: "Selesai (%)")
    package static let webTargetOnTime = Text(en: "On time (%)", id: "Tepat waktu (%)")
    package static let webSetTargets = Text(en: "Set the year's targets", id: "Tetapkan target tahunan")
    package static let webRemoveTargets = Text(en: "Remove a year's targets", id: "Hapus target suatu tahun")
    package static let webBlankKeepsDashClearsTarget = Text(
        en: "A field left blank keeps the target; '-' clears it.",
        id: "Isian yang dikosongkan tetap seperti semula; '-' menghapus target itu.")
    package static let webLinkImprovement = Text(
        en: "Link an improvement action to a complaint, an SOP or survey elements",
        id: "Kaitkan aksi perbaikan dengan pengaduan, SOP atau unsur survei")
    package static let webSOPNumber = Text(en: "SOP number", id: "Nomor SOP")
    package static let webSurveyNumber = Text(en: "IKM survey (number)", id: "Survei IKM (nomor)")
    package static let webSurveyElements = Text(en: "Survey elements (U1–U9)", id: "Unsur survei (U1–U9)")
    package static func webNotThisPages(_ key: String) -> Text {
        Text(
            en: "'\(key)' is not this page's; open its own page",
            id: "'\(key)' bukan milik halaman ini; buka halamannya sendiri")
    }
    package static let webNoOpenActionItems = Text(
        en: "Every action item is done.", id: "Semua tindak lanjut sudah selesai.")
    package static func webNoCoordinationThisYear(_ year: Int) -> Text {
        Text(
            en: "No coordination meeting recorded in \(year).", id: "Belum ada rapat koordinasi tercatat pada \(year).")
    }
    package static let webDeskContact = Text(en: "Complaint desk", id: "Layanan pengaduan")
    package static let webHandledBy = Text(en: "Handled by", id: "Ditangani oleh")
    package static let webLikelyDuplicates = Text(
        en: "Open complaints that may be the same", id: "Pengaduan terbuka yang mungkin sama")
    package static let webMarkDuplicate = Text(
        en: "Close as the duplicate of another complaint", id: "Tutup sebagai duplikat pengaduan lain")
    package static let webOriginalTicket = Text(en: "The original complaint (ticket)", id: "Pengaduan asal (tiket)")
    package static let webDuplicateAnswer = Text(
        en: "Answer to the citizen (blank: that it repeats the original, which they may follow)",
        id: "Jawaban kepada warga (kosong: bahwa aduan ini sama dengan aduan asal, yang dapat diikuti)")
    package static func webFollowedInItsPlace(_ ticket: String) -> Text {
        Text(
            en: "Followed up in its place: \(ticket)", id: "Ditindaklanjuti pada pengaduan asal: \(ticket)")
    }
    package static let webThePastedText = Text(en: "The pasted text", id: "Teks yang ditempel")
    package static let webPrefilledFromWhatsApp = Text(
        en: "Filled in from the WhatsApp chat: check every field, then log the complaint.",
        id: "Diisi dari obrolan WhatsApp: periksa setiap isian, lalu catat pengaduannya.")
    package static let webPasteWhatsApp = Text(
        en: "Fill in from a WhatsApp chat (copied or exported)", id: "Isi dari obrolan WhatsApp (disalin atau diekspor)"
    )
    package static let webPasteHere = Text(en: "The chat, pasted", id: "Tempel obrolannya di sini")
    package static let webFillIn = Text(en: "Fill in the form", id: "Isi formulir")
}
