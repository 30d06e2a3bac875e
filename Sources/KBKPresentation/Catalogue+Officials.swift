import KBKDomain
import KBKStore

/// Messages of `kbk official`.
extension Msg {
    package static let officialAbstract = Text(
        en: "The officials who use kbk: login, NIP, unit and role.",
        id: "Pegawai yang memakai kbk: login, NIP, unit dan peran.")
    package static let officialDiscussion = Text(
        en:
            "An official is the operating-system login of a civil servant. Roles: admin (the office's system administrator: units, categories, holidays, settings, officials, import, backup, and what a coordinator may), coordinator (the government-wide complaint desk), unit-admin (the desk of one unit and the units under it), officer (the complaints handed to them and their group's meetings), viewer (leadership and inspectorate: reads everything except personal data). Officials are deactivated, never deleted, so that the audit trail keeps its names.",
        id:
            "Seorang pegawai adalah login sistem operasi seorang ASN. Peran: admin (administrator sistem kantor: unit, kategori, hari libur, pengaturan, pegawai, impor, cadangan, dan semua yang boleh bagi koordinator), coordinator (meja pengaduan tingkat pemerintah daerah), unit-admin (meja satu unit dan unit di bawahnya), officer (pengaduan yang diserahkan kepadanya dan rapat kelompoknya), viewer (pimpinan dan inspektorat: membaca semuanya kecuali data pribadi). Pegawai dinonaktifkan, tidak pernah dihapus, agar nama dalam jejak audit tetap bermakna."
    )
    package static let officialAddAbstract = Text(en: "Register an official.", id: "Daftarkan seorang pegawai.")
    package static let officialListAbstract = Text(
        en: "List officials, by login.", id: "Daftar pegawai, menurut login.")
    package static let officialShowAbstract = Text(en: "Show one official.", id: "Tampilkan seorang pegawai.")
    package static let officialEditAbstract = Text(
        en: "Change an official's details or role.", id: "Ubah data atau peran pegawai.")
    package static let officialEditDiscussion = Text(
        en: "Give --email '' to clear the address. The last active admin cannot lose the role.",
        id: "Berikan --email '' untuk mengosongkan alamat. Admin aktif terakhir tidak dapat kehilangan perannya.")
    package static let officialDeactivateAbstract = Text(
        en: "Deactivate an official (the last active admin cannot be).",
        id: "Nonaktifkan seorang pegawai (admin aktif terakhir tidak dapat).")
    package static let argLogin = Text(en: "The official's login.", id: "Login pegawai.")
    package static let optOfficialLogin = Text(
        en: "Their operating-system login (one active official per login).",
        id: "Login sistem operasinya (satu pegawai aktif per login).")
    package static let optOfficialNIP = Text(en: "Their NIP (18 digits).", id: "NIP-nya (18 angka).")
    package static let optOfficialName = Text(en: "Their full name.", id: "Nama lengkapnya.")
    package static let optOfficialSkpd = Text(
        en: "The unit they work in (for unit-admin and officer also their scope, with the units under it).",
        id: "Unit tempat bekerja (bagi unit-admin dan officer juga cakupannya, beserta unit di bawahnya).")
    package static let optOfficialRole = Text(en: "What they may do.", id: "Apa yang boleh dilakukan.")
    package static let optOfficialRoleFilter = Text(
        en: "Only officials with this role.", id: "Hanya pegawai dengan peran ini.")
    package static let optOfficialEmail = Text(en: "Their work e-mail address.", id: "Alamat surel dinasnya.")
    package static let optOfficialEmailClear = Text(
        en: "Their work e-mail address ('' clears it).", id: "Alamat surel dinasnya ('' mengosongkan).")
    package static let optOfficialLanguage = Text(
        en: "The language of their web pages (otherwise the browser's).",
        id: "Bahasa halaman webnya (bila tidak, bahasa peramban).")
    package static let optOfficialLanguageClear = Text(
        en: "The language of their web pages: id or en ('' leaves it to the browser).",
        id: "Bahasa halaman webnya: id atau en ('' menyerahkannya ke peramban).")
    package static let labelLanguage = Text(en: "Language", id: "Bahasa")
    package static let optOfficialAll = Text(en: "Include deactivated officials.", id: "Sertakan pegawai nonaktif.")
    package static let labelLogin = Text(en: "Login", id: "Login")
    package static let auditColumnOnBehalfOf = Text(en: "For", id: "Atas nama")
    package static let labelScope = Text(en: "Scope", id: "Cakupan")
    package static let labelEmail = Text(en: "E-mail", id: "Surel")
    package static func officialScope(_ scopeUnit: String?) -> Text {
        scopeUnit.map { Text(en: "\($0) and the units under it", id: "\($0) dan unit di bawahnya") }
            ?? Text(en: "the whole government", id: "seluruh pemerintah daerah")
    }
    package static func notAnOfficial(_ login: String, _ path: String) -> Text {
        Text(
            en:
                "login '\(login)' is not an active official of \(path); an admin registers it with 'kbk official add --login \(login) …'",
            id:
                "login '\(login)' bukan pegawai aktif pada \(path); admin mendaftarkannya dengan 'kbk official add --login \(login) …'"
        )
    }
    package static func notPermitted(_ refusal: Refusal) -> Text {
        let scope = refusal.scope
        let allowed = allowance(refusal.allowedBy)
        return Text(
            en:
                "\(refusal.login) (\(refusal.role.label.en), scope \(scope ?? "the whole government")) may not \(refusal.action); that needs \(allowed.en)",
            id:
                "\(refusal.login) (\(refusal.role.label.id), cakupan \(scope ?? "seluruh pemerintah daerah")) tidak boleh \(asked(refusal.action)); itu memerlukan \(allowed.id)"
        )
    }

    /// Roles as a refusal names them: "coordinator or administrator" / "koordinator atau administrator".
    package static func roles(_ roles: [OfficialRole]) -> Text {
        func list(_ words: [String], _ or: String) -> String {
            guard words.count > 2, let last = words.last else { return words.joined(separator: " \(or) ") }
            return words.dropLast().joined(separator: ", ") + ", \(or) " + last
        }
        return Text(en: list(roles.map(\.label.en), "or"), id: list(roles.map(\.label.id), "atau"))
    }

    /// Who may do what was refused, in words.
    package static func allowance(_ allowance: Refusal.Allowance) -> Text {
        switch allowance {
        case .roles(let allowed):
            return allowed.isEmpty ? Text(en: "no one", id: "tidak seorang pun") : roles(allowed)
        case .scoped(let unit, let unitRoles, let governmentRoles):
            let inUnit = roles(unitRoles)
            let anywhere = governmentRoles.isEmpty ? nil : roles(governmentRoles)
            return Text(
                en: "\(inUnit.en) of \(unit) or of a unit above it" + (anywhere.map { ", or \($0.en)" } ?? ""),
                id: "\(inUnit.id) \(unit) atau unit di atasnya" + (anywhere.map { ", atau \($0.id)" } ?? ""))
        case .actFor(let unit):
            return Text(
                en: "coordinator or administrator, or unit administrator of \(unit ?? "-") or of a unit above it",
                id: "koordinator atau administrator, atau admin unit \(unit ?? "-") atau unit di atasnya")
        case .assignee(let login, let unit):
            return Text(
                en: "the complaint assigned to \(login) by a unit administrator of \(unit ?? "-")",
                id: "pengaduan didisposisikan kepada \(login) oleh admin unit \(unit ?? "-")")
        case .groupMember:
            return Text(
                en: "a member of the group on that day, or a unit administrator",
                id: "anggota kelompok pada hari itu, atau admin unit")
        case .inspectorate(let unit):
            guard let unit else {
                return Text(
                    en: "no one until an inspectorate holds it", id: "tidak seorang pun sampai inspektorat menanganinya"
                )
            }
            return Text(
                en: "a unit administrator or officer of the inspectorate \(unit) or of an inspectorate above it",
                id: "admin unit atau petugas inspektorat \(unit) atau inspektorat di atasnya")
        case .inPerson(let inner):
            let text = self.allowance(inner)
            return Text(en: text.en + ", in person", id: text.id + ", secara langsung")
        }
    }

    /// What was refused, in Indonesian: the store names it in English, with the records it names.
    package static func asked(_ english: String) -> String {
        if let action = GuardedAction(rawValue: english) { return guardedActionName(action) }
        let phrases: [(String, String)] = [
            ("act on behalf of ", "bertindak atas nama "), ("hand over ", "menyerahkan "),
            ("pass on ", "mengalihkan "), ("assign ", "mendisposisikan "), ("correct ", "mengoreksi "),
            ("verify ", "memverifikasi "), ("respond ", "menanggapi "), ("note ", "mencatat catatan pada "),
            ("hold ", "menunda "), ("resume ", "melanjutkan "), ("resolve ", "menyelesaikan "),
            ("reopen ", "membuka kembali "), ("close ", "menutup "), ("reject ", "menolak "),
            ("extend ", "memperpanjang tenggat "), ("forward ", "meneruskan "), ("edit ", "mengoreksi "),
            ("escalate ", "memberitahukan tenggat "), ("reassign ", "mengalihkan "),
            ("link improvement action ", "menautkan rencana aksi "),
            ("change the members of group ", "mengubah anggota kelompok "),
            ("write an RBK of group ", "menulis RBK kelompok "), ("show an attachment of ", "menampilkan lampiran "),
            ("set the targets of ", "menetapkan target "), ("remove the targets of ", "menghapus target "),
            ("revoke SOP ", "mencabut SOP "), ("revise SOP ", "merevisi SOP "), ("review SOP ", "meninjau SOP "),
            ("record an IKM survey", "mencatat survei IKM"),
            ("record a work-culture self-assessment", "mencatat penilaian mandiri budaya kerja"),
            ("record a meeting of group ", "mencatat rapat kelompok "),
            ("open an improvement action", "membuka rencana aksi"),
            ("mark coordination action item ", "menandai selesai tindak lanjut koordinasi "),
            ("log a complaint", "mencatat pengaduan"), ("form a group", "membentuk kelompok"),
            ("dissolve group ", "membubarkan kelompok "), ("change group ", "mengubah kelompok "),
            ("advance improvement action ", "memajukan rencana aksi "), ("add an SOP", "menambah SOP"),
            ("read the description of the confidential complaint ", "membaca isi pengaduan rahasia "),
            ("read the report of ", "membaca laporan "),
            ("read the whole government's report", "membaca laporan seluruh pemerintah daerah"),
            ("read the reporter's identity of the whistle-blowing complaint ", "membaca identitas pelapor WBS "),
        ]
        var text = english
        for (en, id) in phrases where text.hasPrefix(en) {
            text = id + text.dropFirst(en.count)
            break
        }
        return text.replacing(" (no unit yet)", with: " (belum ada unit)")
            .replacing(" on behalf of ", with: " atas nama ")
            .replacing(" (assigned to no one)", with: " (belum didisposisikan)")
            .replacing(" (assigned to ", with: " (didisposisikan kepada ")
            .replacing(" done (", with: " (")
            .replacing("(no unit)", with: "(tanpa unit)")
    }

    /// A guarded action's name in Indonesian, as a refusal says it.
    package static func guardedActionName(_ action: GuardedAction) -> String {
        switch action {
        case .manageRegistry: "mengubah registri (unit, kategori, hari libur, pengaturan)"
        case .manageOfficials: "mendaftarkan atau mengubah pegawai"
        case .importData: "mengimpor data"
        case .backup: "menyalin basis data"
        case .publish: "menerbitkan angka kinerja untuk provinsi"
        case .revealIdentity: "menampilkan identitas pengadu"
        case .exportPersonalData: "mengekspor data pribadi pengadu"
        case .logComplaint: "mencatat pengaduan"
        case .correctComplaint: "mengoreksi rincian pengaduan"
        case .handOverComplaint: "menyerahkan pengaduan atau mengalihkannya ke unit lain"
        case .rejectComplaint: "menolak pengaduan"
        case .forwardComplaint: "meneruskan pengaduan ke instansi lain"
        case .assignComplaint: "mendisposisikan pengaduan kepada petugas"
        case .settleComplaint: "menanggapi, menunda, melanjutkan, menyelesaikan atau menutup pengaduan"
        case .extendDeadline: "memperpanjang tenggat penyelesaian pengaduan"
        case .reopenComplaint: "membuka kembali pengaduan"
        case .noteComplaint: "menambah catatan internal pada pengaduan"
        case .closeUnanswered: "menutup pengaduan semua unit yang sudah ditanggapi tanpa balasan"
        case .escalate: "mengirim pemberitahuan tenggat"
        case .manageWorkCulture: "mengelola kelompok, SOP, rencana aksi atau survei IKM"
        case .setTargets: "menetapkan atau menghapus target unit"
        case .recordMeeting: "mencatat rapat kelompok"
        case .coordinate: "mencatat rapat koordinasi atau tindak lanjutnya"
        case .completeCoordinationAction: "menandai selesai tindak lanjut koordinasi"
        case .change: "mengubah apa pun"
        }
    }

    package static let onBehalfOfOption = Text(
        en:
            "Enter a paper record for this official (coordinators, admins, and unit-admins within their scope); the audit trail names both.",
        id:
            "Masukkan catatan kertas atas nama pegawai ini (koordinator, admin, dan unit-admin dalam cakupannya); jejak audit menyebut keduanya."
    )
    package static func actorRetired(_ given: String) -> Text {
        Text(
            en:
                "\(given) no longer chooses who acts: kbk acts as the login running it; to enter a record for another official use --on-behalf-of LOGIN",
            id:
                "\(given) tidak lagi menentukan siapa yang bertindak: kbk bertindak sebagai login yang menjalankannya; untuk mencatat atas nama pegawai lain pakai --on-behalf-of LOGIN"
        )
    }
    package static func firstAdmin(_ login: String) -> Text {
        Text(
            en:
                "You (\(login)) are its first admin: register the other officials with 'kbk official add', and give yourself a NIP and unit with 'kbk official edit \(login)'.",
            id:
                "Anda (\(login)) adalah admin pertamanya: daftarkan pegawai lain dengan 'kbk official add', dan isi NIP serta unit Anda dengan 'kbk official edit \(login)'."
        )
    }
    package static let optRevealReason = Text(
        en: "Why the identity is needed (required with --reveal-identity; recorded in the audit trail).",
        id: "Mengapa identitas diperlukan (wajib bersama --reveal-identity; dicatat dalam jejak audit).")
    package static let revealNeedsReason = Text(
        en: "--reveal-identity needs --reason TEXT: why the identity is needed, for the audit trail",
        id: "--reveal-identity memerlukan --reason TEKS: mengapa identitas diperlukan, untuk jejak audit")
    package static let reasonWithoutReveal = Text(
        en: "--reason is only for --reveal-identity", id: "--reason hanya untuk --reveal-identity")
    package static func officialAdded(_ login: String, _ role: OfficialRole, _ unit: String) -> Text {
        Text(
            en: "Registered \(login) as \(role.label.en) of \(unit).",
            id: "\(login) terdaftar sebagai \(role.label.id) pada \(unit).")
    }
    package static func officialEdited(_ login: String) -> Text {
        Text(en: "Updated official \(login).", id: "Data pegawai \(login) diperbarui.")
    }
    package static func officialDeactivated(_ login: String) -> Text {
        Text(en: "Deactivated official \(login).", id: "Pegawai \(login) dinonaktifkan.")
    }
}
