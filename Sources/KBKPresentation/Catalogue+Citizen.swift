import KBKDomain

// The texts of the citizen's public pages: the filing form, its receipt, and the forms on the
// status page.
extension Msg {
    /// What a citizen's act is, as "this connection has … N times".
    package static func citizenActDone(_ act: CitizenAct) -> Text {
        switch act {
        case .file: Text(en: "filed a complaint", id: "menyampaikan pengaduan")
        case .reply: Text(en: "sent a reply", id: "mengirim balasan")
        case .rate: Text(en: "rated a complaint", id: "memberi penilaian")
        case .object: Text(en: "objected to a resolution", id: "menyatakan keberatan")
        }
    }

    package static let citizenFileTitle = Text(en: "File a complaint", id: "Sampaikan pengaduan")
    package static let citizenFileIntro = Text(
        en:
            "Tell us what went wrong and where. Your complaint goes to the complaint desk, which checks it and hands it to the unit responsible; you follow it with the ticket and tracking code shown after sending.",
        id:
            "Ceritakan apa yang terjadi dan di mana. Pengaduan Anda masuk ke meja pengaduan, yang memeriksanya lalu menyerahkannya ke perangkat daerah yang berwenang; Anda memantaunya dengan nomor tiket dan kode pelacakan yang tampil setelah terkirim."
    )
    package static let citizenFileLink = Text(en: "File a new complaint", id: "Sampaikan pengaduan baru")
    package static let citizenSubject = Text(en: "What it is about (short)", id: "Pokok pengaduan (singkat)")
    package static let citizenDescription = Text(
        en: "What happened, when and where", id: "Apa yang terjadi, kapan dan di mana")
    package static let citizenLocation = Text(
        en: "Address or landmark (optional)", id: "Alamat atau patokan (boleh kosong)")
    package static let citizenName = Text(en: "Your name", id: "Nama Anda")
    package static let citizenContact = Text(
        en: "Your telephone or WhatsApp number, or e-mail (for replies)",
        id: "Nomor telepon atau WhatsApp, atau e-mel Anda (untuk jawaban)")
    package static let citizenAnonymous = Text(
        en: "Anonymous: I give no name and no contact (follow it on this site only)",
        id: "Anonim: saya tidak menyebut nama dan kontak (pantau hanya lewat situs ini)")
    package static let citizenConfidential = Text(
        en: "Confidential: keep my identity and the content from anyone outside the desk and the unit",
        id: "Rahasia: identitas dan isi pengaduan saya hanya untuk meja pengaduan dan perangkat daerah yang menangani")
    package static let citizenTrap = Text(en: "Leave this empty", id: "Biarkan kosong")
    package static let citizenSend = Text(en: "Send the complaint", id: "Kirim pengaduan")
    package static let citizenNeedsNameOrAnonymous = Text(
        en: "give your name, or choose anonymous", id: "isi nama Anda, atau pilih anonim")
    package static let citizenAnonymousGivesNone = Text(
        en: "an anonymous complaint gives no name and no contact; clear them, or do not choose anonymous",
        id: "pengaduan anonim tidak menyebut nama dan kontak; kosongkan keduanya, atau jangan pilih anonim")
    package static let citizenRefused = Text(
        en: "the form could not be accepted", id: "formulir tidak dapat diterima")
    package static let citizenFormExpired = Text(
        en: "the form was open too long or your browser refused its cookie; check it and send it again",
        id: "formulir terlalu lama terbuka atau peramban menolak kukinya; periksa lalu kirim lagi")
    package static let citizenReceiptTitle = Text(
        en: "Your complaint has been received", id: "Pengaduan Anda sudah diterima")
    package static let citizenKeepCode = Text(
        en:
            "Write down or photograph the ticket and the tracking code: the code is shown only this once, and with both you follow your complaint, reply to the desk and rate its answer.",
        id:
            "Catat atau foto nomor tiket dan kode pelacakan: kode hanya ditampilkan sekali ini, dan dengan keduanya Anda memantau pengaduan, membalas petugas dan menilai jawabannya."
    )
    package static let citizenFollowNow = Text(en: "Follow it now", id: "Pantau sekarang")
    package static let citizenReplyTitle = Text(en: "Reply to the desk", id: "Balas kepada petugas")
    package static let citizenReplyField = Text(en: "Your message", id: "Pesan Anda")
    package static let citizenReplySend = Text(en: "Send the reply", id: "Kirim balasan")
    package static let citizenRateTitle = Text(
        en: "Are you satisfied with the resolution?", id: "Apakah Anda puas dengan penyelesaiannya?")
    package static let citizenRateHint = Text(
        en: "Your rating closes the complaint. Not satisfied? Object below instead.",
        id: "Penilaian Anda menutup pengaduan. Belum puas? Sampaikan keberatan di bawah.")
    package static let citizenRating = Text(en: "Rating", id: "Penilaian")
    package static let citizenComment = Text(en: "Comment (optional)", id: "Komentar (boleh kosong)")
    package static let citizenRateSend = Text(en: "Rate and close", id: "Nilai dan tutup")
    package static let citizenObjectTitle = Text(en: "Object to the resolution", id: "Ajukan keberatan")
    package static let citizenObjectHint = Text(
        en: "While the complaint is resolved and not yet closed, an objection sends it back to the unit.",
        id: "Selama pengaduan berstatus selesai dan belum ditutup, keberatan mengembalikannya ke perangkat daerah.")
    package static let citizenObjectReason = Text(en: "Why you object", id: "Alasan keberatan")
    package static let citizenObjectSend = Text(en: "Send the objection", id: "Kirim keberatan")
    package static let citizenYou = Text(en: "You", id: "Anda")
    package static let citizenDone = Text(en: "Sent. Thank you.", id: "Terkirim. Terima kasih.")

    /// The words of the rating scale (1–4, the IKM's).
    package static func citizenRatingWord(_ rating: Int) -> Text {
        switch rating {
        case 1: Text(en: "1 — not satisfied", id: "1 — tidak puas")
        case 2: Text(en: "2 — somewhat satisfied", id: "2 — kurang puas")
        case 3: Text(en: "3 — satisfied", id: "3 — puas")
        default: Text(en: "\(rating) — very satisfied", id: "\(rating) — sangat puas")
        }
    }
}
