import KBKDomain
import KBKReports
import KBKStore

/// Texts of the complaint, holiday and category commands.
extension Msg {
    package static func actionName(_ action: ComplaintAction.Kind) -> Text {
        switch action {
        case .receive: Text(en: "receive", id: "menerima")
        case .verify: Text(en: "verify", id: "memverifikasi")
        case .reassign: Text(en: "reassign", id: "mengalihkan")
        case .respond: Text(en: "respond to", id: "menanggapi")
        case .note: Text(en: "add a note to", id: "mencatat")
        case .hold: Text(en: "put on hold", id: "menunda")
        case .resume: Text(en: "resume", id: "melanjutkan")
        case .resolve: Text(en: "resolve", id: "menyelesaikan")
        case .reopen: Text(en: "reopen", id: "membuka kembali")
        case .close: Text(en: "close", id: "menutup")
        case .reject: Text(en: "reject", id: "menolak")
        case .assign: Text(en: "assign", id: "mendisposisikan")
        case .extend: Text(en: "extend", id: "memperpanjang")
        case .forward: Text(en: "forward", id: "meneruskan")
        case .edit: Text(en: "correct", id: "mengoreksi")
        case .escalate: Text(en: "escalate", id: "mengeskalasi")
        }
    }

    package static func statusName(_ status: ComplaintStatus) -> Text {
        switch status {
        case .received: Text(en: "received", id: "diterima")
        case .verified: Text(en: "verified", id: "terverifikasi")
        case .inProgress: Text(en: "in progress", id: "diproses")
        case .onHold: Text(en: "on hold", id: "ditunda")
        case .resolved: Text(en: "resolved", id: "selesai")
        case .closed: Text(en: "closed", id: "ditutup")
        case .rejected: Text(en: "rejected", id: "ditolak")
        case .forwarded: Text(en: "forwarded", id: "diteruskan")
        }
    }

    package static func actionNotAllowed(_ ticket: String, _ action: ComplaintAction.Kind, _ status: ComplaintStatus)
        -> Text
    {
        let head = (
            en: "cannot \(actionName(action).en) \(ticket): it is \(statusName(status).en)",
            id: "tidak dapat \(actionName(action).id) \(ticket): statusnya \(statusName(status).id)"
        )
        if status.isFinal {
            return Text(en: head.en + ", which is final", id: head.id + ", yang sudah final")
        }
        if let first = ComplaintLifecycle.prerequisite(for: action, from: status, heldFrom: nil) {
            return Text(
                en: head.en + "; \(first.rawValue) it first",
                id: head.id + "; lakukan \(first.rawValue) terlebih dahulu")
        }
        let allowed = ComplaintLifecycle.allowed(from: status).map(\.rawValue).joined(separator: ", ")
        return Text(
            en: head.en + "; allowed now: \(allowed)", id: head.id + "; yang dapat dilakukan sekarang: \(allowed)")
    }

    package static func inTheFuture(_ field: String, _ value: String, _ now: String) -> Text {
        Text(
            en: "\(field) \(value) is in the future (now is \(now)); record what has happened",
            id: "\(field) \(value) berada di masa depan (sekarang \(now)); catat yang sudah terjadi")
    }
    package static func beyondBackdateWindow(_ field: String, _ value: String, _ earliest: String, _ days: Int) -> Text
    {
        Text(
            en:
                "\(field) \(value) is more than \(days) day(s) back (earliest allowed: \(earliest)); a time typed by hand may go back clock.backdate-days (\(days)); older history comes in with 'kbk import' by an admin",
            id:
                "\(field) \(value) lebih dari \(days) hari ke belakang (paling awal: \(earliest)); waktu yang diketik boleh mundur sejauh clock.backdate-days (\(days)); riwayat yang lebih lama dimasukkan dengan 'kbk import' oleh admin"
        )
    }
    package static func beforePreviousEvent(_ ticket: String, _ value: String, _ previous: String) -> Text {
        Text(
            en: "--at \(value) is before the previous event of \(ticket) at \(previous); events are recorded in order",
            id: "--at \(value) sebelum peristiwa terakhir \(ticket) pada \(previous); peristiwa dicatat berurutan")
    }
    package static func sameUnit(_ ticket: String, _ unit: String) -> Text {
        Text(
            en: "\(ticket) is already with \(unit); name another unit",
            id: "\(ticket) sudah berada di \(unit); sebutkan unit lain")
    }

    package static func alreadyExtended(_ ticket: String, _ days: Int) -> Text {
        Text(
            en: "\(ticket) was already extended by \(days) working day(s); a complaint is extended once",
            id: "\(ticket) sudah diperpanjang \(days) hari kerja; pengaduan hanya dapat diperpanjang sekali")
    }
    package static func categoryNotInUse(_ category: String, _ replacedBy: String?) -> Text {
        if let replacedBy {
            return Text(
                en: "category \(category) is retired; choose \(replacedBy), which replaced it ('kbk category list')",
                id:
                    "kategori \(category) sudah tidak dipakai; pilih \(replacedBy) yang menggantikannya ('kbk category list')"
            )
        }
        return Text(
            en:
                "category \(category) is not in use; choose a category in use ('kbk category list') or have an admin take it up ('kbk category edit \(category) --in-use')",
            id:
                "kategori \(category) tidak dipakai; pilih kategori yang dipakai ('kbk category list') atau minta admin memakainya ('kbk category edit \(category) --in-use')"
        )
    }

    package static func extensionBeyondClass(_ ticket: String, _ category: String, _ days: Int, _ limit: Int) -> Text {
        if limit == 0 {
            return Text(
                en: "\(ticket) is in category \(category), which allows no extension; --working-days \(days) refused",
                id:
                    "\(ticket) berkategori \(category) yang tidak mengenal perpanjangan; --working-days \(days) ditolak"
            )
        }
        return Text(
            en:
                "--working-days \(days) is more than category \(category) of \(ticket) allows: one extension of 1 to \(limit) working day(s)",
            id:
                "--working-days \(days) melebihi batas kategori \(category) untuk \(ticket): satu perpanjangan 1 sampai \(limit) hari kerja"
        )
    }

    package static let complaintExtendAbstract = Text(
        en:
            "Extend the settlement deadline, once per complaint, with a reason; on-time settlement is judged against the extended date.",
        id:
            "Perpanjang tenggat penyelesaian, sekali untuk setiap pengaduan, dengan alasan; ketepatan waktu dinilai terhadap tanggal yang diperpanjang."
    )
    package static let optExtendDays = Text(
        en: "Working days to add to the settlement deadline (1 to 60, and no more than the category allows).",
        id: "Hari kerja yang ditambahkan pada tenggat penyelesaian (1 sampai 60, tidak melebihi batas kategorinya).")
    package static func extendedBy(_ days: Int) -> Text {
        Text(en: "+\(days) working day(s)", id: "+\(days) hari kerja")
    }
    package static let complaintForwardAbstract = Text(
        en:
            "Forward a complaint that is not the government's business to the competent agency; it ends here as forwarded, not rejected.",
        id:
            "Teruskan pengaduan yang bukan kewenangan pemerintah daerah kepada instansi yang berwenang; di sini berakhir sebagai diteruskan, bukan ditolak."
    )
    package static let optAgency = Text(
        en: "The competent agency (e.g. LaporGub Jawa Tengah, BPN, PLN).",
        id: "Instansi yang berwenang (mis. LaporGub Jawa Tengah, BPN, PLN).")
    package static let optAgencyReference = Text(
        en: "The agency's own reference for it, when known.", id: "Nomor rujukan di instansi tersebut, bila ada.")
    package static let complaintEditAbstract = Text(
        en: "Correct what was entered wrongly; each field's value before and after is kept. Never a reopening.",
        id: "Koreksi data yang salah dicatat; nilai sebelum dan sesudah setiap isian disimpan. Bukan pembukaan kembali."
    )
    package static let optEditLocation = Text(
        en: "Where it happened ('' clears it).", id: "Lokasi kejadian ('' mengosongkannya).")
    package static let optEditCategory = Text(
        en: "The right category; the running deadlines follow it from now on.",
        id: "Kategori yang benar; tenggat berjalan mengikutinya mulai sekarang.")
    package static let optEditReceived = Text(
        en: "When it really came in; the verification date follows (the ticket keeps its number).",
        id: "Kapan sebenarnya diterima; tanggal verifikasi mengikuti (nomor tiket tetap).")
    package static let optCorrectionReason = Text(
        en: "Why the record was wrong (kept with the correction).",
        id: "Mengapa catatan itu salah (disimpan bersama koreksinya).")
    package static let editNeedsAField = Text(
        en: "give at least one of --subject, --description, --location, --channel, --category, --topic, --received",
        id:
            "berikan paling sedikit satu dari --subject, --description, --location, --channel, --category, --topic, --received"
    )
    package static func complaintCorrected(_ ticket: String, _ fields: [Text]) -> Text {
        Text(
            en: "\(ticket): corrected \(fields.map { $0.en.lowercased() }.joined(separator: ", ")).",
            id: "\(ticket): \(fields.map { $0.id.lowercased() }.joined(separator: ", ")) dikoreksi.")
    }
    package static func maladministrationOutsideClass(_ ticket: String, _ form: String, _ category: String) -> Text {
        let allowed = Maladministration.category
        return Text(
            en:
                "\(ticket) would be in category \(category) with the form of maladministration \(form); a form goes only with category \(allowed): choose that category, or clear the form with --maladministration ''",
            id:
                "\(ticket) akan berkategori \(category) dengan bentuk maladministrasi \(form); bentuk maladministrasi hanya untuk kategori \(allowed): pilih kategori itu, atau kosongkan bentuknya dengan --maladministration ''"
        )
    }

    package static func whistleblowingOutsideInspectorate(_ ticket: String, _ unit: String) -> Text {
        Text(
            en:
                "\(ticket) is a whistle-blowing report: only an inspectorate takes it, and unit \(unit) is not one (units of kind inspectorate: 'kbk skpd list --kind inspectorate')",
            id:
                "\(ticket) adalah pengaduan pelanggaran (WBS): hanya inspektorat yang menanganinya, dan unit \(unit) bukan inspektorat (unit berjenis inspectorate: 'kbk skpd list --kind inspectorate')"
        )
    }

    package static func correctionChangesNothing(_ ticket: String, _ field: String) -> Text {
        Text(
            en: "\(field) of \(ticket) already has that value; nothing to correct",
            id: "\(field) \(ticket) sudah bernilai demikian; tidak ada yang dikoreksi")
    }
    package static let labelForwarded = Text(en: "Forwarded to", id: "Diteruskan kepada")
    package static let labelExtended = Text(en: "Extended", id: "Diperpanjang")
    package static func alreadyAssigned(_ ticket: String, _ login: String) -> Text {
        Text(
            en: "\(ticket) is already assigned to \(login); name another official",
            id: "\(ticket) sudah didisposisikan kepada \(login); sebutkan pejabat lain")
    }
    package static func notAnAssignee(_ ticket: String, _ login: String, _ unit: String) -> Text {
        Text(
            en:
                "\(login) cannot take \(ticket): a complaint goes to an active officer or unit-admin of \(unit) or of a unit above it",
            id:
                "\(login) tidak dapat menerima \(ticket): pengaduan didisposisikan kepada petugas atau admin unit aktif \(unit) atau unit di atasnya"
        )
    }

    // MARK: complaint commands
    package static let complaintAbstract = Text(
        en: "Citizen complaints: intake, hand-over, follow-up, closing.",
        id: "Pengaduan masyarakat: penerimaan, penyerahan, disposisi, tindak lanjut, penutupan.")
    package static let complaintNewAbstract = Text(
        en: "Log a complaint; prints its ticket. With --skpd it is handed over at once.",
        id: "Catat pengaduan; mencetak nomor tiketnya. Dengan --skpd langsung diserahkan ke unit itu.")
    package static let complaintVerifyAbstract = Text(
        en: "Verify a complaint and hand it over to a unit.", id: "Verifikasi pengaduan dan serahkan ke unit.")
    package static let complaintAssignAbstract = Text(
        en: "Assign a complaint to an officer of its unit, who then acts on it (the status does not change).",
        id: "Disposisikan pengaduan kepada petugas unitnya, yang kemudian menindaklanjutinya (status tidak berubah).")
    package static let optAssignTo = Text(
        en: "The officer's login (an officer or unit-admin of the complaint's unit).",
        id: "Login petugas (petugas atau admin unit dari unit pengaduan).")
    package static let optAssignNote = Text(
        en: "An instruction for the officer (internal).", id: "Arahan untuk petugas (internal).")
    package static let complaintReassignAbstract = Text(
        en: "Hand a complaint over to another unit (the clock does not restart).",
        id: "Alihkan pengaduan ke unit lain (tenggat tidak diulang).")
    package static let complaintRespondAbstract = Text(
        en: "Record a public follow-up (tanggapan).", id: "Catat tanggapan publik.")
    package static let complaintNoteAbstract = Text(en: "Record an internal note.", id: "Catat catatan internal.")
    package static let complaintHoldAbstract = Text(
        en: "Put a complaint on hold; the deadline clock pauses.", id: "Tunda pengaduan; tenggat berhenti berjalan.")
    package static let complaintResumeAbstract = Text(
        en: "Resume a complaint on hold; due dates move by the working days it waited.",
        id: "Lanjutkan pengaduan yang ditunda; tenggat bergeser sebanyak hari kerja penundaan.")
    package static let complaintResolveAbstract = Text(
        en: "Resolve a complaint with the final public answer.", id: "Selesaikan pengaduan dengan jawaban akhir.")
    package static let complaintReopenAbstract = Text(
        en: "Reopen a resolved complaint (the complainant is not satisfied).",
        id: "Buka kembali pengaduan yang selesai (pengadu belum puas).")
    package static let complaintCloseAbstract = Text(
        en: "Close a resolved complaint, with the complainant's rating.",
        id: "Tutup pengaduan yang selesai, dengan penilaian pengadu.")
    package static let complaintRejectAbstract = Text(
        en: "Reject a complaint with a reason.", id: "Tolak pengaduan dengan alasan.")
    package static let complaintAutocloseAbstract = Text(
        en:
            "Close answered complaints whose complainant did not reply for N working days after the last follow-up (for cron).",
        id:
            "Tutup pengaduan yang sudah ditanggapi bila pengadu tidak membalas N hari kerja sejak tindak lanjut terakhir (untuk cron)."
    )
    package static let complaintListAbstract = Text(
        en: "List complaints, newest first. Names and contacts are never listed.",
        id: "Tampilkan pengaduan, terbaru lebih dulu. Nama dan kontak tidak pernah ditampilkan.")
    package static let complaintShowAbstract = Text(
        en: "Show a complaint with its timeline and due dates.",
        id: "Tampilkan pengaduan beserta riwayat dan tenggatnya.")
    package static let argTicket = Text(en: "The ticket, e.g. ADU-2026-00012.", id: "Nomor tiket, mis. ADU-2026-00012.")
    package static let optSubject = Text(en: "Short subject.", id: "Pokok aduan.")
    package static let optDescription = Text(en: "What the citizen reports.", id: "Isi aduan.")
    package static let optChannel = Text(
        en: "Where the complaint came in.",
        id: "Saluran masuknya pengaduan (letter = surat, walk-in = datang langsung).")
    package static let optComplaintKind = Text(
        en:
            "What the citizen brings; whistleblowing (WBS: corruption, a civil servant's misconduct) goes only to the inspectorate, is confidential, and its reporter is read only there.",
        id:
            "Jenisnya (complaint = pengaduan, aspiration = aspirasi, information = permintaan informasi, whistleblowing = pengaduan pelanggaran/WBS: hanya ke inspektorat, rahasia, pelapornya hanya dibaca di sana)."
    )
    package static let optCategory = Text(
        en: "Category code (see 'kbk category list').", id: "Kode kategori (lihat 'kbk category list').")
    package static let optReceived = Text(
        en: "When it was received (default: now).", id: "Waktu diterima (bawaan: sekarang).")
    package static let optComplaintSkpd = Text(
        en: "Hand it over to this unit at once.", id: "Langsung serahkan ke unit ini.")
    package static let optLocation = Text(en: "Where it happened.", id: "Lokasi kejadian.")
    package static let optComplainantName = Text(
        en: "The complainant's name (personal data).", id: "Nama pengadu (data pribadi).")
    package static let optContact = Text(
        en: "Phone or e-mail (personal data).", id: "Telepon atau surel (data pribadi).")
    package static let optAnonymous = Text(
        en: "Hide the identity from the unit and the public.", id: "Rahasiakan identitas dari unit dan publik.")
    package static let optConfidential = Text(
        en: "Keep the content out of lists and public views.", id: "Rahasiakan isi dari daftar dan tampilan publik.")
    package static let optExternalRef = Text(
        en: "External reference, e.g. the LAPOR! tracking ID (unique).",
        id: "Rujukan luar, mis. nomor pelacakan LAPOR! (unik).")
    package static let optRelatedSOP = Text(
        en: "Number of the SOP the complaint concerns.", id: "Nomor SOP yang terkait aduan.")
    package static let optAt = Text(
        en: "When it really happened; not in the future, not before the previous event.",
        id: "Waktu sebenarnya; tidak di masa depan, tidak sebelum peristiwa sebelumnya.")
    package static let optToUnit = Text(en: "The unit that takes over.", id: "Unit yang mengambil alih.")
    package static let optReason = Text(en: "Why.", id: "Alasannya.")
    package static let optMessage = Text(en: "The text.", id: "Isi teksnya.")
    package static let optRating = Text(en: "The complainant's rating, 1 to 4.", id: "Penilaian pengadu, 1 sampai 4.")
    package static let optComment = Text(en: "The complainant's comment.", id: "Komentar pengadu.")
    package static let optRejectReason = Text(
        en: "Why it is rejected.", id: "Alasan penolakan (not-authority = bukan wewenang, withdrawn = dicabut).")
    package static let optRejectMessage = Text(
        en: "Public answer to the complainant.", id: "Jawaban publik kepada pengadu.")
    package static let optAfter = Text(
        en: "Working days without a reply (default 10).", id: "Hari kerja tanpa balasan (bawaan 10).")
    package static let optStatusFilter = Text(
        en: "Only this status (open: every status that waits on the government); repeat for several.",
        id: "Hanya status ini (open: setiap status yang menunggu tindakan pemerintah); ulangi untuk beberapa.")
    package static let optListLimit = Text(en: "Show at most N (0: all).", id: "Tampilkan paling banyak N (0: semua).")
    package static let optOverdue = Text(
        en: "Only complaints past their running deadline.", id: "Hanya pengaduan yang melewati tenggat berjalannya.")
    package static let optDueState = Text(
        en: "Only complaints whose running deadline is due-soon (within 2 working days), overdue, or paused (on hold).",
        id:
            "Hanya pengaduan yang tenggat berjalannya due-soon (dalam 2 hari kerja), overdue (terlambat), atau paused (ditunda)."
    )
    package static let overdueWithDue = Text(
        en: "--overdue is --due overdue; give one due state",
        id: "--overdue sama dengan --due overdue; beri satu keadaan tenggat")
    package static let optUnitsUnder = Text(
        en: "With --skpd: the units under it too (a kecamatan's kelurahan, an agency's UPT).",
        id: "Dengan --skpd: beserta unit di bawahnya (kelurahan suatu kecamatan, UPT suatu dinas).")
    package static let optAwaiting = Text(
        en:
            "What the hold waits for: complainant, other-agency, field-check, budget or third-party; kept at the head of the reason.",
        id:
            "Yang ditunggu: complainant (pengadu), other-agency (instansi lain), field-check (pemeriksaan lapangan), budget (anggaran) atau third-party (pihak ketiga); dicatat di awal alasan."
    )
    package static func awaitingName(_ awaiting: HoldAwaiting) -> Text {
        switch awaiting {
        case .complainant: Text(en: "the complainant", id: "pengadu")
        case .otherAgency: Text(en: "another agency", id: "instansi lain")
        case .fieldCheck: Text(en: "a field check", id: "pemeriksaan lapangan")
        case .budget: Text(en: "a budget", id: "anggaran")
        case .thirdParty: Text(en: "a third party", id: "pihak ketiga")
        }
    }
    package static let optComplaintKindFilter = Text(
        en: "Only complaints of this kind: complaint, aspiration, information or whistleblowing.",
        id:
            "Hanya pengaduan jenis ini: complaint (pengaduan), aspiration (aspirasi), information (informasi) atau whistleblowing."
    )
    package static let optOldestFirst = Text(en: "The oldest first.", id: "Yang terlama lebih dulu.")
    package static func notAWhatsAppChat(_ path: String) -> Text {
        Text(
            en:
                "\(path) holds no WhatsApp message: a line like '[09.15, 7/12/2026] Budi: …' or '07/12/26 09.15 - Budi: …' opens each",
            id:
                "\(path) tidak memuat pesan WhatsApp: tiap pesan dibuka baris seperti '[09.15, 7/12/2026] Budi: …' atau '07/12/26 09.15 - Budi: …'"
        )
    }
    package static let optByDue = Text(
        en: "The soonest running deadline first, the most overdue leading (only complaints whose deadline runs).",
        id:
            "Tenggat berjalan yang terdekat lebih dulu, yang paling terlambat di depan (hanya pengaduan yang tenggatnya berjalan)."
    )
    package static let optDueFrom = Text(
        en: "Only those whose running deadline is on or after this date.",
        id: "Hanya yang tenggat berjalannya pada atau sesudah tanggal ini.")
    package static let optDueTo = Text(
        en: "Only those whose running deadline is on or before this date.",
        id: "Hanya yang tenggat berjalannya pada atau sebelum tanggal ini.")
    package static let optReceivedFrom = Text(
        en: "Received on or after this date.", id: "Diterima pada atau sesudah tanggal ini.")
    package static let optReceivedTo = Text(
        en: "Received on or before this date.", id: "Diterima pada atau sebelum tanggal ini.")
    package static let optAssignedTo = Text(
        en: "Only the complaints assigned to this login.", id: "Hanya pengaduan yang didisposisikan kepada login ini.")
    package static let optMine = Text(
        en: "Only the complaints assigned to me.", id: "Hanya pengaduan yang didisposisikan kepada saya.")
    package static let mineWithAssignedTo = Text(
        en: "--mine and --assigned-to both name whose complaints to list; give one",
        id: "--mine dan --assigned-to sama-sama menyebut pengaduan siapa; pilih salah satu")
    package static func showingSome(_ shown: Int, _ total: Int) -> Text {
        Text(
            en: "Showing \(shown) of \(total) complaints (use --limit 0 for all).",
            id: "Menampilkan \(shown) dari \(total) pengaduan (pakai --limit 0 untuk semua).")
    }
    package static func showingEntries(_ shown: Int, _ total: Int) -> Text {
        Text(
            en: "Showing \(shown) of \(total) entries (use --limit 0 for all).",
            id: "Menampilkan \(shown) dari \(total) entri (pakai --limit 0 untuk semua).")
    }
    // MARK: inbox
    package static let inboxAbstract = Text(
        en: "What waits on me: assigned to me, unassigned in my scope, due soon, overdue; soonest due first.",
        id:
            "Yang menunggu saya: disposisi untuk saya, belum didisposisikan di lingkup saya, segera jatuh tempo, terlambat; yang paling dekat tenggatnya lebih dulu."
    )
    package static let optInboxSkpd = Text(
        en: "Only this unit and the units under it (within my scope).",
        id: "Hanya unit ini dan unit di bawahnya (dalam lingkup saya).")
    package static let optDueWithin = Text(
        en: "Due soon: the running deadline falls within this many working days (0 to 60).",
        id: "Segera jatuh tempo: tenggat berjalan jatuh dalam sekian hari kerja (0 sampai 60).")
    package static let labelQueues = Text(en: "Queues", id: "Antrean")
    package static let labelDeadline = Text(en: "Stage", id: "Tahap")
    package static let labelDaysLeft = Text(en: "Days left", id: "Sisa hari")
    package static let inboxEmpty = Text(en: "Nothing waits on you.", id: "Tidak ada yang menunggu Anda.")
    package static func inboxHeading(_ login: String, _ today: String) -> Text {
        Text(en: "Inbox of \(login), \(today)", id: "Kotak masuk \(login), \(today)")
    }
    package static func queueName(_ queue: InboxQueue) -> Text {
        switch queue {
        case .mine: Text(en: "assigned to me", id: "disposisi untuk saya")
        case .unassigned: Text(en: "unassigned", id: "belum didisposisikan")
        case .dueSoon: Text(en: "due soon", id: "segera jatuh tempo")
        case .overdue: Text(en: "overdue", id: "terlambat")
        }
    }
    package static func queueCount(_ queue: InboxQueue, _ count: Int, _ dueWithin: Int) -> Text {
        switch queue {
        case .mine: Text(en: "assigned to me \(count)", id: "disposisi untuk saya \(count)")
        case .unassigned: Text(en: "unassigned \(count)", id: "belum didisposisikan \(count)")
        case .dueSoon:
            Text(
                en: "due within \(dueWithin) working day(s) \(count)",
                id: "jatuh tempo dalam \(dueWithin) hari kerja \(count)")
        case .overdue: Text(en: "overdue \(count)", id: "terlambat \(count)")
        }
    }
    package static func stageName(_ stage: DeadlineStage) -> Text {
        switch stage {
        case .verify: Text(en: "verify", id: "verifikasi")
        case .respond: Text(en: "first response", id: "tanggapan pertama")
        case .settle: Text(en: "settle", id: "penyelesaian")
        }
    }
    package static let labelAssignedTo = Text(en: "Assigned to", id: "Disposisi kepada")
    package static let optSearch = Text(
        en:
            "A ticket, or words in any order, each the start of a word of the subject, place, external reference (LAPOR! number) or, unless confidential, description and history.",
        id:
            "Nomor tiket, atau kata dalam urutan apa pun, masing-masing awal kata dari pokok, lokasi, nomor rujukan (nomor LAPOR!) atau, bila tidak rahasia, isi dan riwayat."
    )
    package static let optReveal = Text(
        en: "Show the complainant's name and contact; the access is recorded in the audit trail.",
        id: "Tampilkan nama dan kontak pengadu; akses ini dicatat dalam jejak audit.")
    package static let hiddenIdentity = Text(
        en: "(hidden; --reveal-identity shows it and is recorded)",
        id: "(disembunyikan; --reveal-identity menampilkannya dan dicatat)")
    package static let whistleblowerWithheld = Text(
        en: "(whistle-blower: read only by the inspectorate holding the complaint)",
        id: "(pelapor WBS: hanya dibaca inspektorat yang menangani pengaduan)")
    package static let labelMaladministration = Text(en: "Maladministration", id: "Maladministrasi")
    package static let optMaladministration = Text(
        en:
            "The Ombudsman's form of maladministration (Peraturan Ombudsman 26/2017 jo. 48/2020), for category berkadar-pengawasan only.",
        id:
            "Bentuk maladministrasi menurut Ombudsman (Peraturan Ombudsman 26/2017 jo. 48/2020), hanya untuk kategori berkadar-pengawasan."
    )
    package static let optEditMaladministration = Text(
        en: "The right form of maladministration (category berkadar-pengawasan only); '' clears it.",
        id: "Bentuk maladministrasi yang benar (hanya kategori berkadar-pengawasan); '' mengosongkannya.")
    package static let descriptionWithheld = Text(
        en: "(confidential: read only by the unit holding it, the units above it and the government's complaint desk)",
        id: "(rahasia: hanya dibaca unit yang menanganinya, unit di atasnya dan meja pengaduan pemerintah daerah)")

    package static func complaintLogged(_ ticket: String, _ unit: String?, trackingCode: String) -> Text {
        Text(
            en: "Logged \(ticket)" + (unit.map { " and handed it to \($0)" } ?? "")
                + ".\nTracking code for the complainant: \(trackingCode) (shown once; with the ticket it opens the status page)",
            id: "\(ticket) dicatat" + (unit.map { " dan diserahkan ke \($0)" } ?? "")
                + ".\nKode pelacakan untuk pengadu: \(trackingCode) (hanya ditampilkan sekali; bersama tiket membuka halaman status)"
        )
    }
    /// "ADU-…: diverifikasi dan diserahkan ke DINKES; status terverifikasi."
    package static func complaintActed(
        _ ticket: String, _ action: ComplaintAction.Kind, _ status: ComplaintStatus, unit: String? = nil
    ) -> Text {
        // The timeline's word is a participle ("diverifikasi") except for what is a thing recorded.
        let done =
            [.respond, .note, .escalate].contains(action)
            ? Text(en: action.label.en + " recorded", id: action.label.id + " dicatat") : action.label
        let handed = unit.map { Text(en: " and handed over to \($0)", id: " dan diserahkan ke \($0)") }
        return Text(
            en: "\(ticket): \(done.en)\(handed?.en ?? ""); status \(statusName(status).en).",
            id: "\(ticket): \(done.id)\(handed?.id ?? ""); status \(statusName(status).id).")
    }
    package static func autoclosed(_ count: Int, _ days: Int) -> Text {
        Text(
            en:
                "Closed \(count) answered complaint(s) whose complainant did not reply for \(days) working days after the last follow-up.",
            id:
                "\(count) pengaduan yang sudah ditanggapi ditutup karena pengadu tidak membalas selama \(days) hari kerja sejak tindak lanjut terakhir."
        )
    }
    package static func dueLeft(_ days: Int) -> Text {
        Text(en: "\(days) working day(s) left", id: "sisa \(days) hari kerja")
    }
    package static func hoursLeft(_ hours: Int) -> Text { Text(en: "\(hours) hour(s) left", id: "sisa \(hours) jam") }
    package static func hoursOverdue(_ hours: Int) -> Text {
        Text(en: "overdue by \(hours) hour(s)", id: "terlambat \(hours) jam")
    }
    package static let dueToday = Text(en: "due today", id: "jatuh tempo hari ini")
    package static func dueOverdue(_ days: Int) -> Text {
        Text(en: "overdue by \(days) working day(s)", id: "terlambat \(days) hari kerja")
    }
    package static func dueMet(_ date: CivilDate, _ onTime: Bool) -> Text {
        Text(
            en: "met \(LetterDates.date(date, .en))" + (onTime ? " (on time)" : " (late)"),
            id: "dipenuhi \(LetterDates.date(date, .id))" + (onTime ? " (tepat waktu)" : " (terlambat)"))
    }
    package static let duePaused = Text(en: "paused while on hold", id: "berhenti selama ditunda")
    package static let dueNotRunning = Text(en: "not running", id: "tidak berjalan")

    package static let labelTicket = Text(en: "Ticket", id: "Tiket")
    package static let labelReceived = Text(en: "Received", id: "Diterima")
    package static let labelChannel = Text(en: "Channel", id: "Kanal")
    package static let labelCategory = Text(en: "Category", id: "Kategori")
    package static let labelSubject = Text(en: "Subject", id: "Pokok")
    package static let labelDescription = Text(en: "Description", id: "Isi")
    package static let labelLocation = Text(en: "Location", id: "Lokasi")
    package static let labelExternalRef = Text(en: "External ref", id: "Rujukan luar")
    package static let labelSOP = Text(en: "SOP", id: "SOP")
    package static let labelComplainant = Text(en: "Complainant", id: "Pengadu")
    package static let labelContact = Text(en: "Contact", id: "Kontak")
    package static let labelFlags = Text(en: "Flags", id: "Tanda")
    package static let labelVerifyDue = Text(en: "Verify by", id: "Verifikasi paling lambat")
    package static let labelRespondDue = Text(en: "First response by", id: "Tanggapan pertama paling lambat")
    package static let labelSettleDue = Text(en: "Settle by", id: "Selesai paling lambat")
    package static let labelRating = Text(en: "Rating", id: "Penilaian")
    package static let labelTimeline = Text(en: "Timeline", id: "Riwayat")
    package static let labelDue = Text(en: "Due", id: "Tenggat")
    package static let labelTime = Text(en: "Time", id: "Waktu")
    package static let labelActor = Text(en: "Actor", id: "Pelaku")
    package static let labelAction = Text(en: "Action", id: "Tindakan")
    package static let labelText = Text(en: "Text", id: "Teks")
    package static let labelVisibility = Text(en: "Visibility", id: "Sifat")
    package static let visibilityPublic = Text(en: "public", id: "publik")
    package static let visibilityInternal = Text(en: "internal", id: "internal")

    package static let notHandedOver = Text(en: "(not handed over)", id: "(belum diserahkan)")

    // MARK: holiday and category
    package static let holidayAbstract = Text(
        en: "Public holidays and collective leave days (not working days).",
        id: "Hari libur nasional dan cuti bersama (bukan hari kerja).")
    package static let holidayAddAbstract = Text(
        en: "Add a holiday; open complaints' due dates move with it.",
        id: "Tambah hari libur; tenggat pengaduan terbuka ikut bergeser.")
    package static let optHolidayKind = Text(
        en:
            "national (a public holiday of the year's decree), collective (collective leave, cuti bersama) or local (the office's own day)",
        id:
            "national (hari libur nasional menurut SKB tahun itu), collective (cuti bersama) atau local (hari libur daerah/kantor)"
    )
    package static let optHolidaySource = Text(
        en: "the decree that sets the day, e.g. 'SKB 1497/2025, 2/2025, 5/2025'",
        id: "keputusan yang menetapkan hari itu, mis. 'SKB 1497/2025, 2/2025, 5/2025'")
    package static let labelSource = Text(en: "Source", id: "Dasar")
    package static let optExtensionDays = Text(
        en: "the most working days one extension of a complaint in this category may grant (0 to 60; 0: none)",
        id: "hari kerja terbanyak satu perpanjangan pengaduan berkategori ini (0 sampai 60; 0: tanpa perpanjangan)")
    package static let optInUse = Text(
        en: "take the category up: new complaints, hand-overs and corrections may choose it",
        id: "pakai kategori ini: pengaduan baru, penyerahan dan koreksi boleh memilihnya")
    package static let optRetire = Text(
        en: "retire the category: its complaints keep it and their deadlines, nothing new may choose it",
        id: "pensiunkan kategori ini: pengaduannya tetap berkategori ini dengan tenggatnya, tidak boleh dipilih lagi")
    package static let optReplacedBy = Text(
        en: "with --retire: the category in use that takes its place, named when the old code is chosen",
        id: "dengan --retire: kategori yang dipakai sebagai penggantinya, disebut bila kode lama dipilih")
    package static let labelPerpres = Text(en: "Perpres 76/2013", id: "Perpres 76/2013")
    /// One line: the settlement deadline in working days runs past Perpres 76/2013's 60 calendar days.
    package static func perpresLimit(_ limit: String) -> Text {
        Text(
            en: "settle by \(limit): 60 calendar days from the complete file end before the deadline above",
            id:
                "selesaikan paling lambat \(limit): 60 hari kalender sejak berkas lengkap berakhir sebelum tenggat di atas"
        )
    }
    package static func perpresTickets(_ tickets: String) -> Text {
        Text(
            en: "Perpres 76/2013: \(tickets) settle(s) later than 60 calendar days from the complete file",
            id: "Perpres 76/2013: tenggat penyelesaian \(tickets) melewati 60 hari kalender sejak berkas lengkap")
    }
    package static let labelExtensionDays = Text(en: "Extension", id: "Perpanjangan")
    package static let labelInUse = Text(en: "In use", id: "Dipakai")
    package static let labelReplacedBy = Text(en: "Replaced by", id: "Diganti")
    package static let labelDuplicateOf = Text(en: "Duplicate of", id: "Duplikat dari")
    package static let labelDuplicates = Text(en: "Duplicates", id: "Duplikatnya")
    package static func replacedByShort(_ code: String) -> Text {
        Text(en: "no, replaced by \(code)", id: "tidak, diganti \(code)")
    }
    package static let categoryNotInUseShort = Text(en: "no", id: "tidak")
    package static let categoryInUseShort = Text(en: "yes", id: "ya")
    package static let optCategorySource = Text(
        en: "the rule the days come from, e.g. 'Perbup 12/2024, service standard'",
        id: "aturan asal jumlah hari, mis. 'Perbup 12/2024, standar pelayanan'")
    package static func yearWithoutNationalDays(_ year: Int) -> Text {
        Text(
            en:
                "\(year) has no national holidays or collective leave recorded yet: until they are, its Lebaran and every other national day count as working days (add them with --kind national|collective --source DECREE)",
            id:
                "Tahun \(year) belum memiliki hari libur nasional atau cuti bersama: sampai dicatat, Lebaran dan hari libur nasional lain terhitung hari kerja (tambahkan dengan --kind national|collective --source KEPUTUSAN)"
        )
    }
    package static let holidayListAbstract = Text(en: "List holidays.", id: "Tampilkan hari libur.")
    package static let holidayRemoveAbstract = Text(en: "Remove a holiday.", id: "Hapus hari libur.")
    package static let holidayCorrectAbstract = Text(
        en: "Correct a holiday's date or name, with the reason.",
        id: "Koreksi tanggal atau nama hari libur, dengan alasannya.")
    package static let holidayCorrectDiscussion = Text(
        en:
            "A decree's day may move (an amended SKB; Idulfitri as the isbat session sets it). The day keeps its kind and decree; the reason goes into the audit trail, and the due dates of open complaints move onto the corrected calendar.",
        id:
            "Hari yang ditetapkan keputusan dapat bergeser (SKB perubahan; Idulfitri menurut sidang isbat). Jenis dan keputusannya tetap; alasannya dicatat dalam jejak audit, dan tenggat pengaduan terbuka bergeser mengikuti kalender yang dikoreksi."
    )
    package static let optHolidayNewDate = Text(
        en: "Its corrected date, YYYY-MM-DD.", id: "Tanggal yang benar, YYYY-MM-DD.")
    package static let optHolidayNewName = Text(en: "Its corrected name.", id: "Nama yang benar.")
    package static let optHolidayReason = Text(
        en: "Why it is corrected (the amending decree, the isbat session); kept in the audit trail.",
        id: "Alasan koreksi (keputusan perubahan, sidang isbat); dicatat dalam jejak audit.")
    package static let optHolidayRemoveReason = Text(
        en: "Why it is removed; required for a national holiday or collective leave day.",
        id: "Alasan penghapusan; wajib untuk hari libur nasional atau cuti bersama.")
    package static let holidayCorrectNeedsChange = Text(
        en: "give the corrected --date, --name or both", id: "sebutkan --date, --name atau keduanya yang benar")
    package static func holidayCorrected(_ date: String, _ newDate: String, _ name: String, _ moved: Int) -> Text {
        Text(
            en: "Corrected holiday \(date): now \(newDate) \(name); due dates of \(moved) open complaint(s) moved.",
            id: "Hari libur \(date) dikoreksi: kini \(newDate) \(name); tenggat \(moved) pengaduan terbuka bergeser.")
    }
    package static let argDate = Text(en: "The date, YYYY-MM-DD.", id: "Tanggal, YYYY-MM-DD.")
    package static let argHolidayName = Text(en: "Its name.", id: "Namanya.")
    package static let optYear = Text(en: "Only this year.", id: "Hanya tahun ini.")
    package static func deadlinesInYearWithoutNationalDays(_ year: Int) -> Text {
        Text(
            en:
                "open complaints have deadlines in \(year), which has no national holidays or collective leave recorded: they count its Lebaran and other national days as working days until an admin adds them ('kbk holiday add DATE NAME --kind national|collective --source DECREE')",
            id:
                "ada pengaduan terbuka bertenggat pada tahun \(year), yang belum memiliki hari libur nasional atau cuti bersama: Lebaran dan hari libur nasional lain terhitung hari kerja sampai admin mencatatnya ('kbk holiday add TANGGAL NAMA --kind national|collective --source KEPUTUSAN')"
        )
    }
    package static let checkSearchIndex = Text(en: "Search index", id: "Indeks pencarian")
    package static let checkCalendar = Text(en: "National calendar", id: "Kalender nasional")
    package static func checkCalendarMissing(_ years: [Int]) -> Text {
        let list = years.map(String.init).joined(separator: ", ")
        return Text(
            en: "open deadlines in \(list) without national holidays recorded",
            id: "tenggat terbuka pada \(list) tanpa hari libur nasional tercatat")
    }
    package static func holidayAdded(_ date: String, _ moved: Int) -> Text {
        Text(
            en: "Added holiday \(date); due dates of \(moved) open complaint(s) moved.",
            id: "Hari libur \(date) ditambahkan; tenggat \(moved) pengaduan terbuka bergeser.")
    }
    package static func holidayRemoved(_ date: String, _ moved: Int) -> Text {
        Text(
            en: "Removed holiday \(date); due dates of \(moved) open complaint(s) moved.",
            id: "Hari libur \(date) dihapus; tenggat \(moved) pengaduan terbuka bergeser.")
    }
    package static let categoryAbstract = Text(
        en: "Complaint categories and their deadlines in working days.",
        id: "Kategori pengaduan dan tenggatnya dalam hari kerja.")
    package static let categoryListAbstract = Text(en: "List categories.", id: "Tampilkan kategori.")
    package static let categoryAddAbstract = Text(en: "Add a category.", id: "Tambah kategori.")
    package static let categoryEditAbstract = Text(
        en: "Change a category; open complaints in it get new due dates.",
        id: "Ubah kategori; pengaduan terbuka di dalamnya mendapat tenggat baru.")
    package static let argCategoryCode = Text(
        en: "Category code: 2-32 lower-case letters, digits, '-'.", id: "Kode kategori: 2-32 huruf kecil, angka, '-'.")
    package static let optCategoryName = Text(en: "Name of the category.", id: "Nama kategori.")
    package static let optVerifyDays = Text(
        en: "Working days to verify.", id: "Hari kerja untuk verifikasi.")
    package static let optRespondDays = Text(
        en: "Working days to the first response after hand-over.",
        id: "Hari kerja sampai tanggapan pertama sejak penyerahan.")
    package static let optRespondHours = Text(
        en: "Clock hours to the first response after hand-over, instead of --respond-days (e.g. 24).",
        id: "Jam sampai tanggapan pertama sejak penyerahan, sebagai ganti --respond-days (mis. 24).")
    package static func hoursShort(_ hours: Int) -> Text { Text(en: "\(hours) hours", id: "\(hours) jam") }
    package static let optSettleDays = Text(
        en: "Working days to settle after hand-over.", id: "Hari kerja untuk menyelesaikan sejak penyerahan.")
    package static let labelVerifyDays = Text(en: "Verify", id: "Verifikasi")
    package static let labelRespondDays = Text(en: "Respond", id: "Tanggapan")
    package static let labelRespondHours = Text(en: "Respond (hours)", id: "Tanggapan (jam)")
    package static let labelSettleDays = Text(en: "Settle", id: "Selesai")
    package static func categoryAdded(_ code: String) -> Text {
        Text(en: "Added category \(code).", id: "Kategori \(code) ditambahkan.")
    }
    package static func categoryEdited(_ code: String, _ moved: Int) -> Text {
        Text(
            en: "Updated category \(code); due dates of \(moved) open complaint(s) moved.",
            id: "Kategori \(code) diperbarui; tenggat \(moved) pengaduan terbuka bergeser.")
    }
}

extension Msg {
    package static let reportAbstract = Text(
        en: "Performance report: follow-up, deadlines, backlog, work culture and SOPs per unit.",
        id: "Laporan kinerja: tindak lanjut, tenggat, tunggakan, budaya kerja dan SOP per unit.")
    package static let reportDiscussion: Text = {
        let sections = ReportSection.allCases.map(\.rawValue).joined(separator: ", ")
        return Text(
            en:
                "Every figure is as of the end of the period, so a past period's report never changes. Definitions of every figure: docs/REPORTS.md. Sections: \(sections).",
            id:
                "Semua angka dihitung per akhir periode, sehingga laporan periode lalu tidak pernah berubah. Definisi setiap angka: docs/REPORTS.md. Bagian: \(sections)."
        )
    }()
    package static let optReportSummary = Text(
        en: "Only the executive summary, on one page, for a leadership meeting (table or html).",
        id: "Hanya ringkasan eksekutif, satu halaman, untuk rapat pimpinan (table atau html).")
    package static let optReportNumber = Text(
        en: "The letter number (Nomor) the office's registry gave the report.",
        id: "Nomor surat yang diberikan agenda kantor untuk laporan.")
    package static let optPeriod = Text(
        en: "2026, 2026-Q3, 2026-S1 or 2026-11 (default: this year to date).",
        id: "2026, 2026-Q3, 2026-S1 atau 2026-11 (bawaan: tahun ini sampai hari ini).")
    package static let optReportFrom = Text(
        en: "First day of the period (instead of --period).", id: "Hari pertama periode (pengganti --period).")
    package static let optReportTo = Text(
        en: "Last day of the period (default: today).", id: "Hari terakhir periode (bawaan: hari ini).")
    package static let optReportSkpd = Text(
        en: "Only this unit and the units under it.", id: "Hanya unit ini dan unit di bawahnya.")
    package static let optSection = Text(
        en: "Only this section; repeat for several (default: all).",
        id: "Hanya bagian ini; ulangi untuk beberapa (bawaan: semua).")
    package static let optMinCases = Text(
        en: "Units with fewer valid complaints are listed but not ranked.",
        id: "Unit dengan pengaduan sah lebih sedikit ditampilkan tanpa peringkat.")
    package static let optIKMWeight = Text(
        en:
            "How the IKM weights its nine elements: exact (1/9 each, as PermenPAN-RB 14/2017 defines it) or 0.111 (the rounded weight many offices publish with; slightly lower).",
        id:
            "Bobot sembilan unsur IKM: exact (masing-masing 1/9, sesuai PermenPAN-RB 14/2017) atau 0.111 (bobot pembulatan yang banyak dipublikasikan; sedikit lebih rendah)."
    )
    package static let optRankBy = Text(
        en:
            "What ranks the units: follow-up (the follow-up rate, then on time), resolved (the share of complaints resolved, then how many, then on time) or resolved-count (how many were resolved, then the share, then on time): the last two are the lists Purbalingga awards. Kecamatan and kelurahan are ranked apart from the agencies in every case.",
        id:
            "Dasar peringkat unit: follow-up (tingkat tindak lanjut, lalu ketepatan waktu), resolved (persentase pengaduan yang diselesaikan, lalu jumlahnya, lalu ketepatan waktu) atau resolved-count (jumlah pengaduan yang diselesaikan, lalu persentasenya, lalu ketepatan waktu): dua yang terakhir adalah daftar penghargaan Purbalingga. Kecamatan dan kelurahan selalu diperingkat terpisah dari dinas/badan."
    )
    package static let optOutput = Text(
        en: "Write to this file instead of standard output.", id: "Tulis ke berkas ini, bukan ke keluaran standar.")
    package static func reportWritten(_ path: String) -> Text { Text(en: "Wrote \(path).", id: "\(path) ditulis.") }
}
