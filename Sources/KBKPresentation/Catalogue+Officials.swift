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
        return Text(
            en:
                "\(refusal.login) (\(refusal.role.rawValue), scope \(scope ?? "the whole government")) may not \(refusal.action); that needs \(refusal.allowedBy)",
            id:
                "\(refusal.login) (\(refusal.role.rawValue), cakupan \(scope ?? "seluruh pemerintah daerah")) tidak boleh \(refusal.action); itu memerlukan \(refusal.allowedBy)"
        )
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
    package static func officialAdded(_ login: String, _ role: String, _ unit: String) -> Text {
        Text(en: "Registered \(login) as \(role) of \(unit).", id: "\(login) terdaftar sebagai \(role) pada \(unit).")
    }
    package static func officialEdited(_ login: String) -> Text {
        Text(en: "Updated official \(login).", id: "Data pegawai \(login) diperbarui.")
    }
    package static func officialDeactivated(_ login: String) -> Text {
        Text(en: "Deactivated official \(login).", id: "Pegawai \(login) dinonaktifkan.")
    }
}
