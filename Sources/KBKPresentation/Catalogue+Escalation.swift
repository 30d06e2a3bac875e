import KBKDomain
import KBKMail

// The texts of `kbk escalate`, `kbk notices` and the notices' messages.
extension Msg {
    package static let escalateAbstract = Text(
        en: "Send deadline notices at 50 %, 75 % and 100 % of a running deadline, each once.",
        id: "Kirim pemberitahuan tenggat pada 50 %, 75 % dan 100 % tenggat yang berjalan, masing-masing sekali.")
    package static let escalateDiscussion = Text(
        en:
            "At 50 % and 75 % the notice goes to the official the complaint is assigned to (else the unit's admins; before verification the coordinators); once overdue also, in copy, to the head of the unit above and the coordinators. One notice per complaint, deadline and level, never twice, each recorded in the complaint's history; a message that cannot leave is kept and tried again. Safe to run daily from cron (hourly when a category counts hours). Messages leave through mail.command (sendmail -t) from mail.from, or as files with --to-folder.",
        id:
            "Pada 50 % dan 75 % pemberitahuan dikirim kepada pejabat yang menerima disposisi (bila tidak ada, admin unit; sebelum verifikasi, koordinator); bila terlambat juga, sebagai tembusan, kepada kepala unit di atasnya dan koordinator. Satu pemberitahuan per pengaduan, tenggat dan tingkat, tidak pernah dua kali, masing-masing tercatat dalam riwayat pengaduan; pesan yang gagal dikirim disimpan dan dicoba lagi. Aman dijalankan harian dari cron (tiap jam bila kategori dihitung dalam jam). Pesan dikirim melalui mail.command (sendmail -t) dari mail.from, atau sebagai berkas dengan --to-folder."
    )
    package static let optEscalateDryRun = Text(
        en: "Show the notices that are due; record and send nothing.",
        id: "Tampilkan pemberitahuan yang jatuh tempo; tidak mencatat atau mengirim apa pun.")
    package static let optToFolder = Text(
        en: "Write each message as a file (.eml) into this existing folder instead of mailing it.",
        id: "Tulis setiap pesan sebagai berkas (.eml) ke folder yang sudah ada ini alih-alih mengirimnya.")
    package static let noticesAbstract = Text(
        en: "List the deadline notices recorded, newest first, with their recipients and whether they left.",
        id: "Daftar pemberitahuan tenggat yang tercatat, terbaru dahulu, dengan penerima dan status pengirimannya.")
    package static let optNoticesSince = Text(
        en: "Only notices recorded on or after this date.", id: "Hanya pemberitahuan sejak tanggal ini.")
    package static let optUndelivered = Text(
        en: "Only notices that have not left yet.", id: "Hanya pemberitahuan yang belum terkirim.")
    package static func levelName(_ level: EscalationLevel) -> Text {
        switch level {
        case .half: Text(en: "50 %", id: "50 %")
        case .threeQuarters: Text(en: "75 %", id: "75 %")
        case .overdue: Text(en: "overdue", id: "terlambat")
        }
    }
    package static func deliveryName(_ delivery: NoticeDelivery?) -> Text {
        switch delivery {
        case .mail: Text(en: "mailed", id: "terkirim")
        case .folder: Text(en: "in folder", id: "di folder")
        case .noAddress: Text(en: "no address", id: "tanpa alamat")
        case nil: Text(en: "waiting", id: "menunggu")
        }
    }
    package static let labelLevel = Text(en: "Level", id: "Tingkat")
    package static let labelTo = Text(en: "To", id: "Kepada")
    package static let labelCopy = Text(en: "Copy", id: "Tembusan")
    package static let labelDelivery = Text(en: "Delivery", id: "Pengiriman")
    package static let labelRecorded = Text(en: "Recorded", id: "Dicatat")
    package static func escalationDone(recorded: Int, levels: [EscalationLevel: Int], sent: Int, folder: Bool) -> Text {
        let half = levels[.half] ?? 0
        let threeQuarters = levels[.threeQuarters] ?? 0
        let overdue = levels[.overdue] ?? 0
        return Text(
            en:
                "Recorded \(recorded) deadline notice(s) (\(half) at 50 %, \(threeQuarters) at 75 %, \(overdue) overdue); \(sent) \(folder ? "written to the folder" : "handed to the mail command").",
            id:
                "Mencatat \(recorded) pemberitahuan tenggat (\(half) pada 50 %, \(threeQuarters) pada 75 %, \(overdue) terlambat); \(sent) \(folder ? "ditulis ke folder" : "diserahkan ke perintah surel")."
        )
    }
    package static func noticeWithoutAddress(_ ticket: String, _ logins: [String]) -> Text {
        let names = Echo.list(logins)
        return Text(
            en:
                "the notice on \(ticket) has no address to go to (\(names.en) have no e-mail in their records); it stays in 'kbk notices'",
            id:
                "pemberitahuan untuk \(ticket) tidak punya alamat tujuan (\(names.id) tidak punya surel dalam datanya); tetap ada di 'kbk notices'"
        )
    }
    package static func noticesFailed(_ count: Int, _ first: String) -> Text {
        Text(
            en: "\(count) notice(s) could not be sent (\(first)); they are recorded and tried again on the next run",
            id:
                "\(count) pemberitahuan tidak dapat dikirim (\(first)); sudah tercatat dan dicoba lagi pada jalan berikutnya"
        )
    }
    package static func mailCommandUnusable(_ command: String, _ problem: MailCommandProblem) -> Text {
        let (why, allowed) = (mailCommandProblem(problem), mailCommandAllowed)
        return Text(
            en:
                "the mail command '\(command)' cannot be used: \(why.en); \(allowed.en); set it with 'kbk config set mail.command PROGRAM OPTIONS', or use --to-folder DIR",
            id:
                "perintah surel '\(command)' tidak dapat dipakai: \(why.id); \(allowed.id); atur dengan 'kbk config set mail.command PROGRAM OPSI', atau pakai --to-folder DIR"
        )
    }

    /// Why `mail.command` is refused, as a clause.
    package static func mailCommandProblem(_ problem: MailCommandProblem) -> Text {
        switch problem {
        case .shape:
            Text(
                en:
                    "it is not an absolute program path followed by options (at most 500 characters, no control characters)",
                id: "bukan path program absolut diikuti opsi (paling banyak 500 karakter, tanpa karakter kendali)")
        case .interpreter(let path):
            Text(
                en: "\(path) is a shell or interpreter, which would run any code given to it",
                id: "\(path) adalah shell atau interpreter, yang menjalankan kode apa pun yang diberikan kepadanya")
        case .argument(let argument):
            Text(
                en: "the argument '\(argument)' is not one of the sendmail options kbk passes",
                id: "argumen '\(argument)' bukan salah satu opsi sendmail yang diteruskan kbk")
        case .unreadable(let path, let reason):
            Text(
                en: "\(path) cannot be examined (\(reason))",
                id: "\(path) tidak dapat diperiksa (\(systemReason(reason)))")
        case .notExecutableFile(let path):
            Text(
                en: "\(path) is not a regular file that can be executed",
                id: "\(path) bukan berkas biasa yang dapat dijalankan")
        case .notOwnedByRoot(let path):
            Text(en: "\(path) is not owned by root", id: "\(path) bukan milik root")
        case .writableByOthers(let path):
            Text(
                en: "\(path) can be written by its group or by others",
                id: "\(path) dapat ditulis oleh grupnya atau pengguna lain")
        }
    }

    package static let mailCommandAllowed = Text(
        en:
            "allowed: the absolute path of a program such as /usr/sbin/sendmail that is no shell or interpreter, a regular file owned by root and writable by root only, in folders likewise, with only the options \(MailCommandPolicy.allowedOptions.joined(separator: " ")) or -f ADDRESS",
        id:
            "yang diizinkan: path absolut program seperti /usr/sbin/sendmail yang bukan shell atau interpreter, berkas biasa milik root yang hanya dapat ditulis root, dalam folder yang juga demikian, dengan hanya opsi \(MailCommandPolicy.allowedOptions.joined(separator: " ")) atau -f ALAMAT"
    )

    // The message itself: Indonesian first, then English, for every reader.
    package static func noticeSubject(_ notice: Notice) -> String {
        let id = noticeHeadline(notice)(.id)
        let en = noticeHeadline(notice)(.en)
        return "[kbk] \(notice.ticket): \(id) / \(en)"
    }
    package static let noNoticesDue = Text(en: "No deadline notices are due.", id: "Tidak ada pemberitahuan tenggat.")
    /// The deadline as a noun, for a sentence about it.
    package static func deadlineNoun(_ stage: DeadlineStage) -> Text {
        switch stage {
        case .verify: Text(en: "verification", id: "verifikasi")
        case .respond: Text(en: "first response", id: "tanggapan pertama")
        case .settle: Text(en: "settlement", id: "penyelesaian")
        }
    }
    package static func noticeHeadline(_ notice: Notice) -> Text {
        let stage = deadlineNoun(notice.stage)
        switch notice.level {
        case .half, .threeQuarters:
            let share = notice.level.rawValue
            return Text(en: "\(share) % of the \(stage.en) deadline", id: "\(share) % tenggat \(stage.id)")
        case .overdue:
            return Text(en: "\(stage.en) deadline passed", id: "tenggat \(stage.id) terlewati")
        }
    }
    /// A notice's text in one language; `page`, the complaint's page on the web front (`web.url`),
    /// where the official acts on it.
    package static func noticeBody(_ notice: Notice, dueText: String, page: String?, language: Language) -> String {
        let stage = deadlineNoun(notice.stage)(language)
        let unit = notice.unitCode.map { code in notice.unitName.map { "\(code) (\($0))" } ?? code }
        let left = notice.workingDaysLeft
        let holder = notice.assignedTo
        switch language {
        case .id:
            var lines = ["Yth. Bapak/Ibu,", ""]
            switch notice.level {
            case .half, .threeQuarters:
                lines.append(
                    "Pengaduan \(notice.ticket) \"\(notice.subject)\" telah mencapai \(notice.level.rawValue) % dari tenggat \(stage), yang jatuh pada \(dueText) (sisa \(max(0, left)) hari kerja)."
                )
            case .overdue:
                lines.append(
                    "Pengaduan \(notice.ticket) \"\(notice.subject)\" melewati tenggat \(stage), yang jatuh pada \(dueText) (terlambat \(max(0, -left)) hari kerja)."
                )
            }
            lines.append("")
            lines.append("Unit: \(unit ?? "belum ada (menunggu verifikasi)")")
            lines.append("Status: \(statusName(notice.status)(.id))")
            lines.append("Disposisi kepada: \(holder ?? "-")")
            lines += [
                "",
                page.map { "Buka pengaduannya: \($0)" }
                    ?? "Buka pengaduan \(notice.ticket) di halaman Pengaduan kbk di peramban Anda.",
            ]
            return lines.joined(separator: "\n")
        case .en:
            var lines = ["Dear colleague,", ""]
            switch notice.level {
            case .half, .threeQuarters:
                lines.append(
                    "Complaint \(notice.ticket) \"\(notice.subject)\" has reached \(notice.level.rawValue) % of its \(stage) deadline, due on \(dueText) (\(max(0, left)) working day(s) left)."
                )
            case .overdue:
                lines.append(
                    "Complaint \(notice.ticket) \"\(notice.subject)\" has passed its \(stage) deadline, due on \(dueText) (overdue by \(max(0, -left)) working day(s))."
                )
            }
            lines.append("")
            lines.append("Unit: \(unit ?? "none yet (waiting for verification)")")
            lines.append("Status: \(statusName(notice.status)(.en))")
            lines.append("Assigned to: \(holder ?? "-")")
            lines += [
                "",
                page.map { "Open the complaint: \($0)" }
                    ?? "Open complaint \(notice.ticket) on kbk's Complaints page in your browser.",
            ]
            return lines.joined(separator: "\n")
        }
    }
    package static func digestSubject(_ count: Int) -> String {
        "[kbk] \(count) pengaduan mendekati atau melewati tenggat / \(count) complaint(s) near or past a deadline"
    }

    /// An official's items of one run, each with its deadline, how it stands and its page.
    package static func digestBody(_ items: [DigestItem], name: String, language: Language) -> String {
        var lines = [language == .id ? "Yth. \(name)," : "Dear \(name),", ""]
        lines.append(
            language == .id
                ? "Pengaduan berikut menunggu tindakan Anda atau unit Anda (\(items.count)):"
                : "These complaints wait on you or your unit (\(items.count)):")
        for item in items {
            let notice = item.notice
            let stage = deadlineNoun(notice.stage)(language)
            let left = notice.workingDaysLeft
            let standing: String
            switch (notice.level, language) {
            case (.overdue, .id):
                standing = "tenggat \(stage) terlewati: jatuh pada \(item.due), terlambat \(max(0, -left)) hari kerja"
            case (.overdue, .en):
                standing = "\(stage) deadline passed: due on \(item.due), overdue by \(max(0, -left)) working day(s)"
            case (_, .id):
                standing =
                    "\(notice.level.rawValue) % tenggat \(stage): jatuh pada \(item.due), sisa \(max(0, left)) hari kerja"
            case (_, .en):
                standing =
                    "\(notice.level.rawValue) % of the \(stage) deadline: due on \(item.due), \(max(0, left)) working day(s) left"
            }
            let unit = notice.unitCode.map { code in notice.unitName.map { "\(code) (\($0))" } ?? code }
            lines += [
                "", "* \(notice.ticket) \"\(notice.subject)\"", "  \(standing)",
                language == .id
                    ? "  Unit: \(unit ?? "belum ada") · Status: \(statusName(notice.status)(.id)) · Disposisi kepada: \(notice.assignedTo ?? "-")"
                    : "  Unit: \(unit ?? "none yet") · Status: \(statusName(notice.status)(.en)) · Assigned to: \(notice.assignedTo ?? "-")",
            ]
            if let page = item.page { lines.append("  " + page) }
        }
        if items.contains(where: { $0.page == nil }) {
            lines += [
                "",
                language == .id
                    ? "Buka tiap pengaduan di halaman Pengaduan kbk di peramban Anda."
                    : "Open each complaint on kbk's Complaints page in your browser.",
            ]
        }
        return lines.joined(separator: "\n")
    }

    package static let noticeFooter =
        "-- \nPesan ini dikirim otomatis oleh kbk; jangan dibalas.\nThis message was sent automatically by kbk; do not reply."
}

/// One item of a digest: the notice, its due date as people read it, and its page on the web.
package struct DigestItem {
    package let notice: Notice
    package let due: String
    package let page: String?

    package init(notice: Notice, due: String, page: String?) {
        self.notice = notice
        self.due = due
        self.page = page
    }
}
