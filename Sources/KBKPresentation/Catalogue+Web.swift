import KBKDomain
import KBKStore

// The texts of the web front.
extension Msg {
    package static let webInbox = Text(en: "Inbox", id: "Kotak masuk")
    package static let webNewComplaint = Text(en: "New complaint", id: "Pengaduan baru")
    package static let webReport = Text(en: "Report", id: "Laporan")
    package static let webStatusPage = Text(en: "Status page", id: "Halaman status")
    package static let webComplaintStatus = Text(en: "Complaint status", id: "Status pengaduan")
    package static let webHandOverOptional = Text(en: "Hand over to (optional)", id: "Serahkan ke (boleh kosong)")
    package static let webLogComplaint = Text(en: "Log the complaint", id: "Catat pengaduan")
    package static let webComplaintLogged = Text(en: "Complaint logged", id: "Pengaduan dicatat")
    package static let webTrackingCode = Text(en: "Tracking code", id: "Kode pelacakan")
    package static let webByKind = Text(en: "(by its kind)", id: "(menurut jenisnya)")
    package static let webReceivedAt = Text(
        en: "Received (blank: now)", id: "Diterima pada (kosong: sekarang)")
    package static let webExternalReference = Text(
        en: "External reference (LAPOR! number)", id: "Rujukan luar (nomor LAPOR!)")
    package static let webRelatedSOP = Text(en: "Related SOP (number)", id: "SOP terkait (nomor)")
    package static let webAnonymous = Text(
        en: "Anonymous: the complainant gives no name", id: "Anonim: pengadu tidak menyebut nama")
    package static let webConfidential = Text(
        en: "Confidential: the complainant's identity is protected", id: "Rahasia: identitas pengadu dilindungi")
    package static let webReceiptTitle = Text(en: "COMPLAINT RECEIPT", id: "TANDA TERIMA PENGADUAN")
    package static let webHandedOverTo = Text(en: "Handed over to", id: "Diserahkan ke")
    package static let webReceivedBy = Text(en: "Received by", id: "Diterima oleh")
    package static let webFollowAt = Text(en: "Follow it at", id: "Pantau di")
    package static let webFollowAtDesk = Text(
        en: "the complaint desk, with the ticket and the code", id: "meja pengaduan, dengan tiket dan kode")
    package static let webPrintHint = Text(
        en: "Print this page (Ctrl+P, or Share → Print on a phone) for the complainant and the paper file.",
        id: "Cetak halaman ini (Ctrl+P, atau Bagikan → Cetak di ponsel) untuk pengadu dan arsip kertas.")
    package static let webReplyLabel = Text(
        en: "Reply to copy into WhatsApp or an SMS", id: "Balasan untuk disalin ke WhatsApp atau SMS")
    package static func webOpenComplaint(_ ticket: String) -> Text {
        Text(en: "Open \(ticket)", id: "Buka \(ticket)")
    }
    /// The reply a desk sends the complainant after intake: ticket, code and where to follow it.
    package static func webReplyToCitizen(_ ticket: String, _ code: String, _ statusPage: String?, _ sender: String)
        -> Text
    {
        let signature = sender.isEmpty ? "" : "\n\n\(sender)"
        return Text(
            en: "Thank you, your complaint has been received with ticket \(ticket) and tracking code \(code)."
                + (statusPage.map { " Follow it at \($0) with the ticket and the code." } ?? "")
                + " Keep the code: it is not sent again." + signature,
            id:
                "Terima kasih, pengaduan Anda telah kami terima dengan nomor tiket \(ticket) dan kode pelacakan \(code)."
                + (statusPage.map { " Pantau tindak lanjutnya di \($0) dengan nomor tiket dan kode tersebut." } ?? "")
                + " Simpan kode ini: kode tidak dikirim ulang." + signature)
    }
    package static let webGiveTheCode = Text(
        en:
            "Give the citizen the ticket and the code: with both they follow the complaint on the status page. The code is shown only now.",
        id:
            "Berikan tiket dan kode kepada warga: dengan keduanya mereka mengikuti pengaduan di halaman status. Kode hanya ditampilkan sekarang."
    )
    package static let webShowStatus = Text(en: "Show the status", id: "Tampilkan status")
    package static let webNoSuchComplaint = Text(
        en: "No complaint has this ticket and code. Check both as they were given to you.",
        id: "Tidak ada pengaduan dengan tiket dan kode ini. Periksa keduanya seperti yang diberikan kepada Anda.")
    package static let webResponses = Text(en: "Responses", id: "Tanggapan")
    package static let webNoResponseYet = Text(en: "No public response yet.", id: "Belum ada tanggapan publik.")
    package static let webRunningDeadline = Text(en: "Running deadline", id: "Tenggat berjalan")
    package static let webActions = Text(en: "Actions", id: "Tindakan")
    package static let webUnits = Text(en: "Units", id: "Unit kerja")
    package static let webGroups = Text(en: "Work-culture groups (KBK)", id: "Kelompok budaya kerja (KBK)")
    package static let webActiveMembers = Text(en: "Active members", id: "Anggota aktif")
    package static let webSOPs = Text(en: "Active SOPs", id: "SOP yang berlaku")
    package static let webEffective = Text(en: "In force since", id: "Berlaku sejak")
    package static let webNextReview = Text(en: "Next review", id: "Tinjauan berikutnya")
    package static let webAudit = Text(en: "Audit trail", id: "Jejak audit")
    package static let webAuditHead = Text(en: "Head of the chain", id: "Kepala rantai")
    package static let webEntity = Text(en: "Record", id: "Catatan")
    package static let webEntityID = Text(en: "Id", id: "Id")
    package static let webImprovements = Text(en: "Improvement actions (PDCA)", id: "Rencana aksi perbaikan (PDCA)")
    package static let webSurveys = Text(en: "Satisfaction surveys (IKM)", id: "Survei kepuasan masyarakat (IKM)")
    package static let webSurveyPeriod = Text(en: "Period", id: "Periode")
    package static let webRespondents = Text(en: "Respondents", id: "Responden")
    package static let webIKM = Text(en: "IKM", id: "IKM")
    package static let webGrade = Text(en: "Grade", id: "Mutu")
    package static let webStage = Text(en: "Stage", id: "Tahap")
    package static let webComplaints = Text(en: "Complaints", id: "Pengaduan")
    package static let webAddSOP = Text(en: "Register an SOP", id: "Daftarkan SOP")
    package static let webEffectiveDate = Text(en: "In force from (YYYY-MM-DD)", id: "Berlaku mulai (YYYY-MM-DD)")
    package static let webReviewMonths = Text(en: "Review every (months)", id: "Ditinjau tiap (bulan)")
    package static let webReviseSOP = Text(en: "Revise an SOP", id: "Revisi SOP")
    package static let webNewTitle = Text(en: "New title (empty: unchanged)", id: "Judul baru (kosong: tetap)")
    package static let webAdvance = Text(en: "Advance an improvement action", id: "Majukan rencana aksi")
    package static let webImprovement = Text(en: "Improvement action", id: "Rencana aksi")
    package static let webRecordSurvey = Text(en: "Record an IKM survey", id: "Catat survei IKM")
    package static let webAverages = Text(
        en: "Average per element U1–U9 (1–4, comma-separated)", id: "Rata-rata per unsur U1–U9 (1–4, dipisah koma)")
    package static let webMeetingCount = Text(en: "Meetings held", id: "Rapat yang diadakan")
    package static let webMeetings = Text(en: "Recent meetings", id: "Rapat terakhir")
    package static let webAddMember = Text(en: "Add a member", id: "Tambah anggota")
    package static let webSinceDate = Text(en: "Member since (YYYY-MM-DD)", id: "Anggota sejak (YYYY-MM-DD)")
    package static let webEndMembership = Text(en: "End a membership", id: "Akhiri keanggotaan")
    package static let webOpenImprovement = Text(en: "Open an improvement action", id: "Buka rencana aksi")
    package static let webProblem = Text(en: "Problem", id: "Masalah")
    package static let webTarget = Text(en: "Target", id: "Sasaran")
    package static let webDueDate = Text(en: "Due by (YYYY-MM-DD)", id: "Tenggat (YYYY-MM-DD)")
    package static let webTickets = Text(
        en: "Complaints it answers (tickets, space-separated)", id: "Pengaduan yang dijawab (tiket, dipisah spasi)")
    package static let webFormGroup = Text(en: "Form a KBK group", id: "Bentuk kelompok KBK")
    package static let webRecordMeeting = Text(en: "Record a meeting", id: "Catat rapat")
    package static let webReviewSOP = Text(en: "Record an SOP review", id: "Catat tinjauan SOP")
    package static let webGroupLabel = Text(en: "Group", id: "Kelompok")
    package static let webDate = Text(en: "Date (YYYY-MM-DD)", id: "Tanggal (YYYY-MM-DD)")
    package static let webMinutes = Text(en: "Minutes", id: "Notulen")
    package static let webWholeGovernment = Text(en: "The whole government", id: "Seluruh pemerintah daerah")
    package static let webPeriod = Text(
        en: "Period: 2026, 2026-S1, 2026-Q3 or 2026-11", id: "Periode: 2026, 2026-S1, 2026-Q3 atau 2026-11")
    package static let webFormat = Text(en: "Format", id: "Format")
    package static let webFormatPage = Text(en: "Printable page (HTML)", id: "Halaman cetak (HTML)")
    package static let webFormatSummary = Text(
        en: "Summary for a leadership meeting (one page)", id: "Ringkasan untuk rapat pimpinan (satu halaman)")
    package static let webFormatCSV = Text(
        en: "Data for scripts (CSV, a line per figure)", id: "Data untuk skrip (CSV, satu baris per angka)")
    package static let webFormatJSON = Text(en: "Data (JSON)", id: "Data (JSON)")
    package static let webHiddenIdentity = Text(
        en: "(hidden; an admin or coordinator may show it, giving a reason, which is recorded)",
        id: "(disembunyikan; admin atau koordinator dapat menampilkannya dengan alasan, yang dicatat)"
    )
    package static let webRevealIdentity = Text(en: "Show the complainant", id: "Tampilkan identitas pengadu")
    package static let webIdentityRevealed = Text(
        en: "The complainant is shown on this page only; the audit trail records that you looked, and why.",
        id:
            "Identitas pengadu hanya ditampilkan di halaman ini; jejak audit mencatat bahwa Anda melihatnya, dan alasannya."
    )
}

extension Msg {
}

// The web front's refusals: the 403 pages, the form token's, and what an error page may name.
extension Msg {
    /// An error page's heading: the status and its name in the reader's language (the HTTP status
    /// line itself keeps its English reason, which browsers do not show).
    package static func webStatusTitle(_ status: Int) -> Text {
        let name: Text =
            switch status {
            case 400: Text(en: "Bad request", id: "Permintaan tidak sah")
            case 403: Text(en: "Forbidden", id: "Akses ditolak")
            case 404: Text(en: "Not found", id: "Tidak ditemukan")
            case 405: Text(en: "Method not allowed", id: "Metode tidak diizinkan")
            case 409: Text(en: "Conflict", id: "Bentrokan")
            case 413: Text(en: "Content too large", id: "Isi terlalu besar")
            case 503: Text(en: "Service unavailable", id: "Layanan tidak tersedia")
            default: Text(en: "Server error", id: "Kesalahan server")
            }
        return Text(en: "\(status) \(name.en)", id: "\(status) \(name.id)")
    }

    /// REMOTE_USER that is not exactly a login (a space, a line break, a capital letter, …).
    package static func webNotALogin(_ user: String) -> Text {
        Text(
            en:
                "the web server's login '\(Echo.shortened(user, language: .en))' is not exactly a kbk login (1 to 32 lower-case letters, digits, '_', '-' or '.', starting with a letter or '_', nothing around it); nothing was done",
            id:
                "login dari server web '\(Echo.shortened(user, language: .id))' bukan persis login kbk (1 sampai 32 huruf kecil, angka, '_', '-' atau '.', diawali huruf atau '_', tanpa apa pun di sekitarnya); tidak ada yang dilakukan"
        )
    }
    package static let webForOfficials = Text(
        en: "this page is for officials; the web server asks for a login",
        id: "halaman ini untuk pegawai; server web meminta login")
    package static let webTokenWrong = Text(
        en: "the form's security token is missing or wrong; reload the page and send it again",
        id: "token keamanan formulir tidak ada atau salah; muat ulang halaman lalu kirim lagi")
    package static let webTokenExpired = Text(
        en:
            "This form was not sent: the page was opened too long ago and its security token has expired. What you typed is filled in again below; check it and send it again (or reload the page).",
        id:
            "Formulir ini belum dikirim: halaman dibuka terlalu lama sehingga token keamanannya kedaluwarsa. Isian Anda sudah diisikan kembali di bawah; periksa lalu kirim lagi (atau muat ulang halaman)."
    )
    package static let webTokenExpiredGone = Text(
        en:
            "This form was not sent: the page was opened too long ago and its security token has expired. The form is no longer offered here (the record changed meanwhile); what you typed is below.",
        id:
            "Formulir ini belum dikirim: halaman dibuka terlalu lama sehingga token keamanannya kedaluwarsa. Formulir itu tidak lagi tersedia di sini (catatannya berubah sementara itu); isian Anda ada di bawah."
    )
    package static let webFormRefused = Text(
        en: "Nothing was recorded: the form below says why, next to what you typed; correct it and send it again.",
        id:
            "Belum ada yang dicatat: formulir di bawah menyebut sebabnya di samping isian Anda; perbaiki lalu kirim lagi."
    )
    /// A refused form that is no longer on its page: the reason, and what was typed below it.
    package static func webNotRecorded(_ reason: String) -> Text {
        Text(en: "Nothing was recorded: \(reason).", id: "Belum ada yang dicatat: \(reason).")
    }
    /// What stands for a server path on the error page of anyone but an admin.
    package static let webPathHidden = Text(en: "[path hidden]", id: "[jalur disembunyikan]")

    /// A right the store refused, on a page: who asked, what, and who may.
    package static func webNotPermitted(_ refusal: Refusal) -> Text { notPermitted(refusal) }
}

// The complaints page: search, filters and pages.
extension Msg {
    package static let webSearch = Text(
        en: "Ticket, LAPOR! number or words (any order)", id: "Tiket, nomor LAPOR! atau kata (urutan bebas)")
    package static let webFind = Text(en: "Find", id: "Cari")
    package static let webHolidays = Text(en: "Holidays", id: "Hari libur")
    package static let webAddHoliday = Text(en: "Add a day off", id: "Tambah hari libur")
    package static let webRemoveHoliday = Text(en: "Remove a day off", id: "Hapus hari libur")
    package static let webSource = Text(en: "Source (decree)", id: "Dasar (keputusan)")
    package static func webYear(_ language: Language) -> String { language == .id ? "tahun" : "year" }
    package static let webOfficials = Text(en: "Officials", id: "Pegawai")
    package static let webAddOfficial = Text(en: "Register an official", id: "Daftarkan pegawai")
    package static let webDeactivateOfficial = Text(en: "Deactivate an official", id: "Nonaktifkan pegawai")
    package static let webLanguage = Text(en: "Language (blank: the browser's)", id: "Bahasa (kosong: bahasa peramban)")
    package static func webDownloadTooLarge(_ found: Int, _ limit: Int) -> Text {
        Text(
            en:
                "The download holds at most \(limit) complaints and these filters find \(found): narrow them (a unit, a status, dates) and download again.",
            id:
                "Unduhan memuat paling banyak \(ReportValue.grouped(limit, .id)) pengaduan, sedangkan saringan ini menemukan \(ReportValue.grouped(found, .id)): persempit saringan (unit, status, tanggal) lalu unduh lagi."
        )
    }
    package static let webOrder = Text(en: "Order", id: "Urutan")
    package static let webNewestFirst = Text(en: "newest first", id: "terbaru dulu")
    package static let webOldestFirst = Text(en: "oldest first", id: "terlama dulu")
    package static let webPick = Text(en: "Pick", id: "Pilih")
    package static let webAssignPicked = Text(
        en: "Assign the picked complaints", id: "Disposisikan pengaduan yang dipilih")
    package static let webPickSome = Text(
        en: "pick at least one complaint to assign", id: "pilih sekurang-kurangnya satu pengaduan untuk didisposisikan")
    package static func webPastTheLastPage(_ page: Int, _ last: Int) -> Text {
        Text(
            en: "Page \(page) is past the last page of this list (\(last)).",
            id: "Halaman \(page) melewati halaman terakhir daftar ini (\(last)).")
    }
    package static let webToTheLastPage = Text(en: "To the last page", id: "Ke halaman terakhir")
    package static let webSettings = Text(en: "Settings", id: "Pengaturan")
    package static let webSettingsIntro = Text(
        en: "The government's settings. Each change is checked as on the command line and recorded in the audit trail.",
        id:
            "Pengaturan pemerintah daerah. Setiap perubahan diperiksa seperti di baris perintah dan dicatat di jejak audit."
    )
    package static let webCurrentValue = Text(en: "Now", id: "Saat ini")
    package static let webChangeSetting = Text(en: "Change", id: "Ubah")
    package static let webNewValue = Text(en: "New value", id: "Nilai baru")
    package static func settingPurpose(_ key: Settings.Key) -> Text {
        switch key {
        case .groupSizeMin:
            Text(
                en: "The fewest members a KBK group should have (1–100).",
                id: "Anggota paling sedikit sebuah kelompok KBK (1–100).")
        case .groupSizeMax:
            Text(
                en: "The most members a KBK group should have (1–1000).",
                id: "Anggota paling banyak sebuah kelompok KBK (1–1000).")
        case .mailCommand:
            Text(
                en:
                    "The mail program deadline notices are handed to: a sendmail program owned by root, with fixed options.",
                id:
                    "Program surat tempat pemberitahuan tenggat diserahkan: program sendmail milik root, dengan opsi tetap."
            )
        case .noticeGateway:
            Text(
                en:
                    "The program SMS and WhatsApp notices to citizens are handed to, as JSON on its input: owned by root, no arguments. Empty: none.",
                id:
                    "Program tempat pemberitahuan SMS dan WhatsApp kepada warga diserahkan, sebagai JSON pada masukannya: milik root, tanpa argumen. Kosong: tidak ada."
            )
        case .mailFrom:
            Text(
                en: "The notices' sender: an address, or a name and an address.",
                id: "Pengirim pemberitahuan: sebuah alamat, atau nama dan alamat.")
        case .organisationBounds:
            Text(
                en:
                    "The box the government's area lies in, south,west,north,east in decimal degrees (-7.49,109.18,-7.16,109.59): a complaint's point must lie in it. Empty: anywhere in Indonesia.",
                id:
                    "Kotak wilayah pemerintah daerah, selatan,barat,utara,timur dalam derajat desimal (-7.49,109.18,-7.16,109.59): titik pengaduan harus berada di dalamnya. Kosong: di mana pun di Indonesia."
            )
        case .organisationRegion:
            Text(
                en:
                    "The government's BPS region code (3303 for Kabupaten Purbalingga): who its bundles for the province come from.",
                id:
                    "Kode wilayah BPS pemerintah daerah (3303 untuk Kabupaten Purbalingga): asal berkas kirimannya untuk provinsi."
            )
        case .mailDigest:
            Text(
                en: "per-run: one message per official per run; per-notice: one per complaint, deadline and level.",
                id: "per-run: satu surat per pegawai per putaran; per-notice: satu per pengaduan, tenggat dan tingkat.")
        case .organisationName:
            Text(en: "The government, at the head of the letterhead.", id: "Pemerintah daerah, di kepala kop surat.")
        case .organisationUnit:
            Text(
                en: "The office that issues reports and receipts.",
                id: "Kantor yang menerbitkan laporan dan tanda terima.")
        case .organisationAddress:
            Text(en: "The office's address on the letterhead.", id: "Alamat kantor pada kop surat.")
        case .organisationLogo:
            Text(en: "The emblem on the letterhead (an image).", id: "Lambang pada kop surat (gambar).")
        case .organisationContact:
            Text(
                en: "How citizens reach the complaint desk, on their status page.",
                id: "Kontak meja pengaduan bagi warga, pada halaman status.")
        case .reportPlace: Text(en: "Where reports are signed.", id: "Tempat laporan ditandatangani.")
        case .signerPosition: Text(en: "The position of the report's signer.", id: "Jabatan penanda tangan laporan.")
        case .signerName: Text(en: "The report's signer.", id: "Penanda tangan laporan.")
        case .signerNIP: Text(en: "The signer's NIP.", id: "NIP penanda tangan.")
        case .signerRank:
            Text(en: "The signer's rank (pangkat/golongan).", id: "Pangkat/golongan penanda tangan.")
        case .preparerPosition:
            Text(en: "The position of whoever prepares reports.", id: "Jabatan penyusun laporan.")
        case .preparerName: Text(en: "Who prepares reports.", id: "Penyusun laporan.")
        case .preparerNIP: Text(en: "The preparer's NIP.", id: "NIP penyusun laporan.")
        case .organisationLanguage:
            Text(
                en: "id or en: the language kbk speaks when neither --lang nor KBK_LANG is given.",
                id: "id atau en: bahasa kbk bila --lang maupun KBK_LANG tidak diberikan.")
        case .clockPinning:
            Text(
                en: "allowed only in demo and training databases: a pinned clock for demonstrations.",
                id: "allowed hanya pada basis data contoh dan pelatihan: jam tetap untuk peragaan.")
        case .backdateDays:
            Text(
                en: "How many days back a time typed by hand may claim (0–3660).",
                id: "Berapa hari ke belakang waktu yang diketik tangan boleh diklaim (0–3660).")
        case .webURL:
            Text(
                en: "Where officials and citizens reach this web front: the link in receipts, replies and notices.",
                id: "Alamat web kbk bagi pegawai dan warga: tautan pada tanda terima, balasan dan pemberitahuan.")
        }
    }
    package static let webDispositionTitle = Text(en: "DISPOSITION SHEET", id: "LEMBAR DISPOSISI")
    package static let webPrintDisposition = Text(en: "Print the disposition sheet", id: "Cetak lembar disposisi")
    package static let webComplainantProtected = Text(
        en: "protected (not printed; shown on kbk with a recorded reason)",
        id: "dilindungi (tidak dicetak; ditampilkan di kbk dengan alasan yang dicatat)")
    package static let webDispositionsSoFar = Text(en: "Hand-overs so far", id: "Penyerahan sejauh ini")
    package static let webFrom = Text(en: "From", id: "Dari")
    package static let webTo = Text(en: "To", id: "Kepada")
    package static let webDispositionInstruction = Text(en: "Instruction", id: "Isi disposisi")
    package static let webDispositionChoices = [
        Text(en: "For information", id: "Untuk diketahui"),
        Text(en: "For follow-up", id: "Untuk ditindaklanjuti"),
        Text(en: "For coordination with", id: "Untuk dikoordinasikan dengan"),
        Text(en: "To answer the complainant directly", id: "Untuk dijawab langsung kepada pengadu"),
        Text(en: "For a field check", id: "Untuk dicek ke lapangan"),
    ]
    package static let webPrintForTheFile = Text(
        en: "Print this page (Ctrl+P, or Share → Print on a phone) for the paper file.",
        id: "Cetak halaman ini (Ctrl+P, atau Bagikan → Cetak di ponsel) untuk arsip kertas.")
    package static let webInitialAndDate = Text(en: "Initials and date:", id: "Paraf dan tanggal:")
    package static let webFormatSheet = Text(
        en: "Workbook for Excel or LibreOffice (a sheet per section)",
        id: "Lembar kerja Excel atau LibreOffice (satu lembar per bagian)")
    package static let webDueState = Text(en: "Deadline", id: "Tenggat")
    package static let webOverview = Text(en: "Overview", id: "Ringkasan")
    package static func webOverviewIntro(_ day: String) -> Text {
        Text(
            en:
                "The complaints waiting on the government on \(day), and the flow of the last months. Each number opens the complaints it counts.",
            id:
                "Pengaduan yang menunggu tindak lanjut pemerintah pada \(day), dan arus beberapa bulan terakhir. Setiap angka membuka pengaduan yang dihitungnya."
        )
    }
    package static let webOpenByUnit = Text(
        en: "Open complaints by unit, today", id: "Pengaduan terbuka per unit, hari ini")
    package static let webNotHandedOver = Text(en: "Not handed over yet", id: "Belum diserahkan")
    package static let webTotal = Text(en: "Total", id: "Jumlah")
    package static let webOpen = Text(en: "Open", id: "Terbuka")
    package static let webSettledShare = Text(en: "Settled share", id: "Persentase tuntas")
    package static func webLastMonths(_ count: Int) -> Text {
        Text(en: "Received and settled, the last \(count) months", id: "Diterima dan tuntas, \(count) bulan terakhir")
    }
    package static let webOverviewNote = Text(
        en:
            "Settled: resolved, or closed after a resolution, as it stands today, of the complaints received in that month. Due soon: the running deadline falls within 2 working days. The report gives each period's figures by the definitions in force at its end.",
        id:
            "Tuntas: diselesaikan, atau ditutup setelah diselesaikan, sebagaimana keadaannya hari ini, dari pengaduan yang diterima pada bulan itu. Segera jatuh tempo: tenggat berjalan jatuh dalam 2 hari kerja. Laporan memberi angka tiap periode menurut definisi pada akhir periodenya."
    )
    package static let webUnitsUnder = Text(en: "with the units under it", id: "beserta unit di bawahnya")
    package static func dueStateName(_ state: DueState) -> Text {
        switch state {
        case .dueSoon: Text(en: "due soon", id: "segera jatuh tempo")
        case .overdue: Text(en: "overdue", id: "terlambat")
        case .paused: Text(en: "paused (on hold)", id: "dijeda (ditunda)")
        }
    }
    package static let webFromDate = Text(en: "From", id: "Sejak")
    package static let webToDate = Text(en: "Until (that day included)", id: "Sampai (hari itu termasuk)")
    package static let webNoEntryFound = Text(
        en: "No entry of the audit trail matches these filters.", id: "Tidak ada entri jejak audit yang cocok.")
    package static let webAny = Text(en: "any", id: "semua")
    package static let webReceivedFrom = Text(en: "Received from", id: "Diterima sejak")
    package static let webReceivedTo = Text(en: "Received until", id: "Diterima sampai")
    package static let webDownloadCSV = Text(en: "Download these as CSV", id: "Unduh daftar ini (CSV)")
    package static let webNoComplaintFound = Text(
        en: "No complaint matches.", id: "Tidak ada pengaduan yang cocok.")
    package static let webPrevious = Text(en: "Previous", id: "Sebelumnya")
    package static let webPage = Text(en: "page", id: "halaman")
    package static let webSearchField = Text(en: "search", id: "pencarian")
    package static let webNext = Text(en: "Next", id: "Berikutnya")
    package static let webFilterRefused = Text(
        en: "Nothing is listed until the fields marked below are corrected.",
        id: "Daftar ditampilkan setelah isian yang ditandai di bawah diperbaiki.")

    /// "1–50 of 1,204": which complaints of all those found a page shows.
    package static func webListRange(_ first: Int, _ last: Int, _ total: Int) -> Text {
        Text(
            en:
                "\(ReportValue.grouped(first, .en))–\(ReportValue.grouped(last, .en)) of \(ReportValue.grouped(total, .en))",
            id:
                "\(ReportValue.grouped(first, .id))–\(ReportValue.grouped(last, .id)) dari \(ReportValue.grouped(total, .id))"
        )
    }
}

extension Msg {
    /// What the page says after an action: which, on which complaint, and the status it is in now.
    package static func webDone(_ action: ComplaintAction.Kind, _ ticket: String, _ status: ComplaintStatus) -> Text {
        Text(
            en: "Recorded: \(actionName(action).en) \(ticket). Its status is now \(statusName(status).en).",
            id: "Tercatat: \(actionName(action).id) \(ticket). Statusnya kini \(statusName(status).id).")
    }
}
