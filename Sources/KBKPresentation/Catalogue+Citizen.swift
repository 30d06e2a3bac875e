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
        en: "Your telephone or WhatsApp number, or e-mail address (for replies)",
        id: "Nomor telepon atau WhatsApp, atau alamat surel Anda (untuk jawaban)")
    package static let citizenAnonymous = Text(
        en: "Anonymous: I give no name and no contact (follow it on this site only)",
        id: "Anonim: saya tidak menyebut nama dan kontak (pantau hanya lewat situs ini)")
    package static let citizenConfidential = Text(
        en:
            "Confidential: the description and the map point only for the complaint desk and the unit handling it (officials still see the subject), nothing on the public page",
        id:
            "Rahasia: uraian dan titik peta hanya untuk meja pengaduan dan perangkat daerah yang menangani (pokoknya tetap terlihat oleh petugas), tidak ada yang tampil di halaman publik"
    )
    package static let citizenAttachmentHint = Text(
        en:
            "Photos (JPEG, PNG, WebP) or PDF; at most 5 files of 10 MiB each. Location and camera data are removed from any copy shown publicly; the original file is kept for the complaint desk, so leave out what you do not want the desk to see.",
        id:
            "Foto (JPEG, PNG, WebP) atau PDF; paling banyak 5 berkas, masing-masing 10 MiB. Data lokasi dan kamera dihapus dari salinan yang ditampilkan ke publik; berkas asli disimpan untuk meja pengaduan, jadi jangan lampirkan yang tidak ingin dilihat petugas."
    )
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
    package static let citizenNoAddress = Text(
        en:
            "this server does not pass on the visitor's network address (REMOTE_ADDR), so citizens' posts are closed; the administrator sets it up",
        id:
            "server ini tidak meneruskan alamat jaringan pengunjung (REMOTE_ADDR), sehingga kiriman warga ditutup; administrator perlu mengaturnya"
    )
    package static let citizenDone = Text(en: "Sent. Thank you.", id: "Terkirim. Terima kasih.")

    /// The words of the rating scale (1–4, the IKM's).
    package static func citizenRatingWord(_ rating: Int) -> Text {
        switch rating {
        case 1: Text(en: "1 — not satisfied", id: "1 — tidak puas")
        case 2: Text(en: "2 — not quite satisfied", id: "2 — kurang puas")
        case 3: Text(en: "3 — satisfied", id: "3 — puas")
        default: Text(en: "\(rating) — very satisfied", id: "\(rating) — sangat puas")
        }
    }
}

// The notices to the citizen: short enough for an SMS when there is no public text, the unit by
// name, the public text as the desk wrote it, and where to follow the complaint.
extension Msg {
    package static func citizenNoticeText(
        ticket: String, occasion: CitizenNoticeOccasion, unit: String?, text: String?, statusPage: String?,
        organisation: String, language: Language
    ) -> String {
        let unit = unit ?? (language == .id ? "perangkat daerah yang berwenang" : "the unit responsible")
        let quoted = text.map { language == .id ? ": \"\($0)\"" : ": \"\($0)\"" } ?? ""
        let what: String =
            switch (occasion, language) {
            case (.handedOver, .id): "Pengaduan \(ticket) sudah diverifikasi dan diserahkan kepada \(unit)."
            case (.handedOver, .en): "Complaint \(ticket) has been verified and handed to \(unit)."
            case (.responded, .id): "Pengaduan \(ticket) mendapat tanggapan dari \(unit)\(quoted)"
            case (.responded, .en): "Complaint \(ticket) has a response from \(unit)\(quoted)"
            case (.resolved, .id):
                "Pengaduan \(ticket) telah diselesaikan oleh \(unit)\(quoted). Belum puas? Sampaikan keberatan di halaman status."
            case (.resolved, .en):
                "Complaint \(ticket) has been resolved by \(unit)\(quoted). Not satisfied? Object on the status page."
            case (.closed, .id): "Pengaduan \(ticket) sudah ditutup. Terima kasih atas laporan Anda."
            case (.closed, .en): "Complaint \(ticket) has been closed. Thank you for your report."
            }
        let follow =
            statusPage.map {
                language == .id
                    ? " Pantau: \($0) (dengan kode pelacakan Anda)." : " Follow it: \($0) (with your tracking code)."
            }
            ?? ""
        return what + follow + (organisation.isEmpty ? "" : " — \(organisation)")
    }

    package static func citizenNoticeSubject(ticket: String, occasion: CitizenNoticeOccasion) -> String {
        let what =
            switch occasion {
            case .handedOver: "diserahkan / handed over"
            case .responded: "tanggapan / response"
            case .resolved: "selesai / resolved"
            case .closed: "ditutup / closed"
            }
        return "[\(ticket)] Pengaduan Anda: \(what)"
    }

    package static func citizenNoticesSent(sent: Int, withoutGateway: Int) -> Text {
        let gateway = withoutGateway == 0 ? "" : "; \(withoutGateway) SMS/WhatsApp without notice.gateway"
        let gatewayID = withoutGateway == 0 ? "" : "; \(withoutGateway) SMS/WhatsApp tanpa notice.gateway"
        return Text(
            en: "Notices to citizens: \(sent) sent\(gateway).",
            id: "Pemberitahuan kepada warga: \(sent) terkirim\(gatewayID).")
    }
}

extension Msg {
    package static let optNoticesCitizens = Text(
        en: "the notices to citizens (by e-mail, SMS or WhatsApp) instead of the deadline notices",
        id: "pemberitahuan kepada warga (surel, SMS atau WhatsApp), bukan pemberitahuan tenggat")
    package static let labelOccasion = Text(en: "Occasion", id: "Peristiwa")

    package static func occasionName(_ occasion: CitizenNoticeOccasion) -> Text {
        switch occasion {
        case .handedOver: Text(en: "handed over", id: "diserahkan")
        case .responded: Text(en: "responded", id: "ditanggapi")
        case .resolved: Text(en: "resolved", id: "diselesaikan")
        case .closed: Text(en: "closed", id: "ditutup")
        }
    }

    package static func citizenDeliveryName(_ delivery: String?) -> Text {
        switch delivery {
        case "mail"?: Text(en: "mailed", id: "terkirim (surel)")
        case "gateway"?: Text(en: "sent by the gateway", id: "terkirim (gateway)")
        case "folder"?: Text(en: "written to the folder", id: "ditulis ke folder")
        case "no-gateway"?: Text(en: "no gateway", id: "tanpa gateway")
        default: Text(en: "waiting", id: "menunggu")
        }
    }
}
