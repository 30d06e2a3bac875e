import KBKDomain

// The texts of the web front.
extension Msg {
    static let webInbox = Text(en: "Inbox", id: "Kotak masuk")
    static let webNewComplaint = Text(en: "New complaint", id: "Pengaduan baru")
    static let webReport = Text(en: "Report", id: "Laporan")
    static let webStatusPage = Text(en: "Status page", id: "Halaman status")
    static let webComplaintStatus = Text(en: "Complaint status", id: "Status pengaduan")
    static let webHandOverOptional = Text(en: "Hand over to (optional)", id: "Disposisikan ke (boleh kosong)")
    static let webLogComplaint = Text(en: "Log the complaint", id: "Catat pengaduan")
    static let webComplaintLogged = Text(en: "Complaint logged", id: "Pengaduan dicatat")
    static let webTrackingCode = Text(en: "Tracking code", id: "Kode pelacakan")
    static let webGiveTheCode = Text(
        en:
            "Give the citizen the ticket and the code: with both they follow the complaint on the status page. The code is shown only now.",
        id:
            "Berikan tiket dan kode kepada warga: dengan keduanya mereka mengikuti pengaduan di halaman status. Kode hanya ditampilkan sekarang."
    )
    static let webShowStatus = Text(en: "Show the status", id: "Tampilkan status")
    static let webNoSuchComplaint = Text(
        en: "No complaint has this ticket and code. Check both as they were given to you.",
        id: "Tidak ada pengaduan dengan tiket dan kode ini. Periksa keduanya seperti yang diberikan kepada Anda.")
    static let webResponses = Text(en: "Responses", id: "Tanggapan")
    static let webNoResponseYet = Text(en: "No public response yet.", id: "Belum ada tanggapan publik.")
    static let webRunningDeadline = Text(en: "Running deadline", id: "Tenggat berjalan")
    static let webActions = Text(en: "Actions", id: "Tindakan")
    static let webUnits = Text(en: "Units", id: "Unit kerja")
    static let webGroups = Text(en: "Work-culture groups (KBK)", id: "Kelompok budaya kerja (KBK)")
    static let webFormed = Text(en: "Formed", id: "Dibentuk")
    static let webActiveMembers = Text(en: "Active members", id: "Anggota aktif")
    static let webFocus = Text(en: "Focus", id: "Fokus")
    static let webSOPs = Text(en: "Active SOPs", id: "SOP yang berlaku")
    static let webSOPNumber = Text(en: "Number", id: "Nomor")
    static let webTitle = Text(en: "Title", id: "Judul")
    static let webEffective = Text(en: "In force since", id: "Berlaku sejak")
    static let webNextReview = Text(en: "Next review", id: "Tinjauan berikutnya")
    static let webAudit = Text(en: "Audit trail", id: "Jejak audit")
    static let webAuditHead = Text(en: "Head of the chain", id: "Kepala rantai")
    static let webEntity = Text(en: "Record", id: "Catatan")
    static let webEntityID = Text(en: "Id", id: "Id")
    static let webFormGroup = Text(en: "Form a KBK group", id: "Bentuk kelompok KBK")
    static let webRecordMeeting = Text(en: "Record a meeting", id: "Catat rapat")
    static let webReviewSOP = Text(en: "Record an SOP review", id: "Catat tinjauan SOP")
    static let webGroupLabel = Text(en: "Group", id: "Kelompok")
    static let webDate = Text(en: "Date (YYYY-MM-DD)", id: "Tanggal (YYYY-MM-DD)")
    static let webAgenda = Text(en: "Agenda", id: "Agenda")
    static let webMinutes = Text(en: "Minutes", id: "Notulen")
    static let webOutcome = Text(en: "Outcome", id: "Hasil")
    static let webNote = Text(en: "Note", id: "Catatan")
    static let webWholeGovernment = Text(en: "The whole government", id: "Seluruh pemerintah daerah")
    static let webPeriod = Text(
        en: "Period: 2026, 2026-S1, 2026-Q3 or 2026-11", id: "Periode: 2026, 2026-S1, 2026-Q3 atau 2026-11")
    static let webFormat = Text(en: "Format", id: "Format")
    static let webFormatPage = Text(en: "Printable page (HTML)", id: "Halaman cetak (HTML)")
    static let webFormatCSV = Text(en: "Spreadsheet (CSV)", id: "Lembar kerja (CSV)")
    static let webFormatJSON = Text(en: "Data (JSON)", id: "Data (JSON)")
    static let webHiddenIdentity = Text(
        en: "(hidden; an admin or coordinator reveals it with kbk complaint show --reveal-identity, which is recorded)",
        id:
            "(disembunyikan; admin atau koordinator menampilkannya dengan kbk complaint show --reveal-identity, yang dicatat)"
    )
}

extension Msg {
    static func showingOf(_ shown: Int, _ total: Int) -> Text {
        Text(
            en: "Showing the \(shown) soonest due of \(total); kbk inbox --format csv lists them all.",
            id:
                "Menampilkan \(shown) yang paling dekat tenggatnya dari \(total); kbk inbox --format csv mendaftar semuanya."
        )
    }
}
