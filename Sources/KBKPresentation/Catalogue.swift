import KBKDomain
import KBKStore

/// One piece of human text in both languages.
package struct Text: Sendable {
    package let en: String
    package let id: String

    package init(en: String, id: String) {
        self.en = en
        self.id = id
    }

    package func callAsFunction(_ language: Language) -> String {
        language == .id ? id : en
    }

    /// A text whose parts depend on the language in more than the sentence (e.g. an echoed value's
    /// "(N characters)"): each language taken from its own rendering.
    package static func localized(_ make: (Language) -> Text) -> Text {
        Text(en: make(.en).en, id: make(.id).id)
    }
}

/// How a value the user typed is shown back in a message: on one line, short, and never a
/// complainant's personal data (a message may land in a log or a screenshot).
package enum Echo {
    package static let maxScalars = 40
    package static let prefixScalars = 32

    package static func value(_ value: String, field: String, language: Language) -> String {
        let lowered = field.lowercased()
        if lowered.contains("complainant") || lowered.contains("contact") {
            return language == .id ? "(disembunyikan)" : "(hidden)"
        }
        return shortened(value, language: language)
    }

    /// Control and format characters escaped; past 40 scalars, the first 32 and the length.
    package static func shortened(_ value: String, language: Language) -> String {
        let scalars = value.unicodeScalars
        let isShort = scalars.count <= maxScalars
        var out = ""
        for scalar in isShort ? Substring.UnicodeScalarView(scalars) : scalars.prefix(prefixScalars) {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        if isShort { return out }
        let count = scalars.count
        return out + (language == .id ? "… (\(count) karakter)" : "… (\(count) characters)")
    }
}

extension Echo {
    package static let maxListItems = 10

    /// A list echoed in a message (a CSV header's unknown columns, logins, migration names): each
    /// item as `shortened` shows it, the first ten, then how many more, so that no input makes a
    /// message longer than a line (a header of a million columns made a 9 MB one).
    package static func list(_ items: [String]) -> Text {
        func build(_ language: Language) -> String {
            let shown = items.prefix(maxListItems).map { shortened($0, language: language) }.joined(separator: ", ")
            let more = items.count - maxListItems
            guard more > 0 else { return shown }
            return shown + (language == .id ? " dan \(more) lainnya" : " and \(more) more")
        }
        return Text(en: build(.en), id: build(.id))
    }
}

/// The message catalogue: every sentence `kbk` says to a person, in Indonesian and English.
package enum Msg {
    // MARK: Overview and help
    package static let overview = Text(
        en: "Work-culture groups, SOPs and public complaints of a regional government, in one SQLite database.",
        id: "Kelompok budaya kerja, SOP dan pengaduan masyarakat pemerintah daerah, dalam satu basis data SQLite.")
    package static let helpOption = Text(en: "Show help information.", id: "Tampilkan bantuan.")
    package static let versionOption = Text(en: "Show the version.", id: "Tampilkan versi.")
    package static let dbOption = Text(en: "Database file (env KBK_DB).", id: "Berkas basis data (env KBK_DB).")
    package static let langOption = Text(
        en: "Language of messages: id or en (env KBK_LANG, else the database's org.lang, else id).",
        id: "Bahasa pesan: id atau en (env KBK_LANG, atau org.lang basis data, atau id).")
    package static let formatOption = Text(en: "Output format.", id: "Format keluaran.")
    package static let tzOption = Text(
        en: "Office time zone: +07:00, WIB, WITA, WIT (env KBK_TZ).",
        id: "Zona waktu kantor: +07:00, WIB, WITA, WIT (env KBK_TZ).")
    package static let completionAbstract = Text(
        en: "Print shell completion for bash, zsh or fish, generated from the commands.",
        id: "Cetak pelengkapan perintah untuk bash, zsh atau fish, dibuat dari daftar perintah.")
    package static let completionDiscussion = Text(
        en:
            "Completes commands, options and the values of options that have a fixed list (statuses, channels, formats), and file names.",
        id: "Melengkapi perintah, opsi dan nilai opsi yang daftarnya tetap (status, kanal, format), serta nama berkas.")
    package static let completionShell = Text(en: "The shell.", id: "Shell yang dipakai.")
    package static let manualAbstract = Text(
        en: "Print the manual page kbk(1), generated from the same help as --help.",
        id: "Cetak halaman manual kbk(1), dibuat dari bantuan yang sama dengan --help.")
    package static let manualDiscussion = Text(
        en: "The page is roff (man macros) in the language of --lang; read it with man -l.",
        id: "Halaman berformat roff (makro man) dalam bahasa --lang; baca dengan man -l.")
    package static let helpCommandAbstract = Text(
        en: "Show help for a command.", id: "Tampilkan bantuan untuk sebuah perintah.")
    package static let commandArgument = Text(en: "The command to explain.", id: "Perintah yang dijelaskan.")
    package static func seeHelp(_ command: String) -> Text {
        Text(
            en: "See '\(command) --help' for more information.",
            id: "Lihat '\(command) --help' untuk keterangan lebih lanjut.")
    }
    package static func seeSubcommandHelp(_ command: String) -> Text {
        Text(
            en: "See '\(command) <subcommand>' for detailed help.",
            id: "Lihat '\(command) <subperintah>' untuk bantuan terperinci.")
    }
    package static let noEntries = Text(en: "No entries.", id: "Tidak ada entri.")

    // MARK: Usage errors
    package static func unknownCommand(_ name: String, _ allowed: [String]) -> Text {
        let near = Suggestion.nearest(name, among: allowed)
        return Text(
            en: "unknown command '\(Echo.shortened(name, language: .en))'; "
                + (near.map { "did you mean '\($0)'? " } ?? "") + "commands are: \(allowed.joined(separator: ", "))",
            id: "perintah '\(Echo.shortened(name, language: .id))' tidak dikenal; "
                + (near.map { "maksud Anda '\($0)'? " } ?? "") + "perintah yang ada: \(allowed.joined(separator: ", "))"
        )
    }
    /// `known` are the options the command takes (with the leading dashes), for a suggestion.
    package static func unknownOption(_ name: String, known: [String] = []) -> Text {
        let near = name.hasPrefix("--") ? Suggestion.nearest(name, among: known) : nil
        return Text(
            en: "unknown option '\(Echo.shortened(name, language: .en))'"
                + (near.map { "; did you mean '\($0)'?" } ?? ""),
            id: "opsi '\(Echo.shortened(name, language: .id))' tidak dikenal"
                + (near.map { "; maksud Anda '\($0)'?" } ?? ""))
    }
    package static func missingValue(_ option: String, _ valueName: String) -> Text {
        Text(
            en:
                "option '\(option)' needs a value <\(valueName)>; a value starting with '--' is given as \(option)=VALUE",
            id:
                "opsi '\(option)' memerlukan nilai <\(valueName)>; nilai yang diawali '--' diberikan sebagai \(option)=NILAI"
        )
    }
    package static func optionRepeated(_ option: String) -> Text {
        Text(en: "option '\(option)' is given more than once", id: "opsi '\(option)' diberikan lebih dari sekali")
    }
    package static func missingOption(_ option: String, _ valueName: String) -> Text {
        let placeholder = indonesianPlaceholders[valueName] ?? valueName
        return Text(
            en: "missing option '\(option) <\(valueName)>'", id: "opsi '\(option) <\(placeholder)>' belum diberikan")
    }

    /// A value's placeholder (`<code>`) in Indonesian (`<kode>`); option names stay as typed.
    package static let indonesianPlaceholders: [String: String] = [
        "address": "alamat", "agency": "instansi", "bundle": "berkas", "channel": "kanal", "code": "kode",
        "command": "perintah",
        "date": "tanggal", "dir": "folder", "entity": "entitas", "file": "berkas", "id": "id", "kind": "jenis",
        "language": "bahasa", "login": "login", "n": "n", "name": "nama", "nip": "nip", "number": "nomor",
        "outcome": "hasil", "path": "berkas", "period": "periode", "reason": "alasan", "ref": "rujukan",
        "role": "peran", "section": "bagian", "setting": "pengaturan", "shell": "shell", "stage": "tahap",
        "status": "status", "text": "teks", "ticket": "tiket", "time": "waktu", "title": "judul", "value": "nilai",
        "who": "siapa", "year": "tahun", "subcommand": "subperintah", "format": "format", "offset": "selisih",
        "hash": "hash", "code=score": "kode=skor", "code=text": "kode=teks", "code=ref": "kode=rujukan",
        "days": "hari", "percent": "persen", "form": "bentuk", "degrees": "derajat", "state": "keadaan",
        "score": "skor", "rule": "aturan", "decree": "keputusan", "action": "tindakan", "name|code": "nama|kode",
    ]

    package static func valuesAre(_ values: [String]) -> Text {
        Text(en: "Values: \(values.joined(separator: ", ")).", id: "Nilai: \(values.joined(separator: ", ")).")
    }
    package static func conflictingOptions(_ first: String, _ second: String) -> Text {
        Text(
            en: "options '\(first)' and '\(second)' cannot be used together",
            id: "opsi '\(first)' dan '\(second)' tidak dapat dipakai bersamaan")
    }
    package static func optionNeedsOption(_ option: String, _ other: String) -> Text {
        Text(
            en: "option '\(option)' is used only with '\(other)'",
            id: "opsi '\(option)' hanya dipakai bersama '\(other)'")
    }
    package static func flagTakesNoValue(_ option: String) -> Text {
        Text(en: "option '\(option)' takes no value", id: "opsi '\(option)' tidak menerima nilai")
    }
    package static func emptyArgument(_ name: String) -> Text {
        Text(en: "argument <\(name)> is empty; give a file name", id: "argumen <\(name)> kosong; berikan nama berkas")
    }
    package static func missingArgument(_ name: String) -> Text {
        Text(en: "missing argument <\(name)>", id: "argumen <\(name)> belum diberikan")
    }
    package static func unexpectedArgument(_ value: String) -> Text {
        Text(
            en: "unexpected argument '\(Echo.shortened(value, language: .en))'",
            id: "argumen '\(Echo.shortened(value, language: .id))' tidak diharapkan")
    }
    package static func extensionNotAllowed(_ path: String, _ format: String, _ allowed: [String]) -> Text {
        Text(
            en:
                "'\(Echo.shortened(path, language: .en))' names the format \(format), which this command does not write; "
                + "give --format (\(allowed.joined(separator: ", "))) or another file name",
            id: "'\(Echo.shortened(path, language: .id))' menyebut format \(format), yang tidak ditulis perintah ini; "
                + "berikan --format (\(allowed.joined(separator: ", "))) atau nama berkas lain")
    }
    package static func formatNotAllowed(_ value: String, _ allowed: [String]) -> Text {
        Text(
            en:
                "format '\(Echo.shortened(value, language: .en))' is not available here; use one of: \(allowed.joined(separator: ", "))",
            id:
                "format '\(Echo.shortened(value, language: .id))' tidak tersedia di sini; gunakan salah satu: \(allowed.joined(separator: ", "))"
        )
    }
    package static func languageNotAllowed(_ source: String, _ value: String) -> Text {
        Text(
            en: "\(source) '\(Echo.shortened(value, language: .en))' is not a language; use id or en",
            id: "\(source) '\(Echo.shortened(value, language: .id))' bukan bahasa yang dikenal; gunakan id atau en")
    }

    // MARK: Domain errors
    package static func malformed(_ field: String, _ value: String, _ expected: String) -> Text {
        Text(
            en: "\(field) '\(value)' is not valid; expected \(expected)",
            id: "\(field) '\(value)' tidak sah; seharusnya \(expected)")
    }
    package static func notAllowed(_ field: String, _ value: String, _ allowed: [String]) -> Text {
        let near = Suggestion.nearest(value, among: allowed)
        return Text(
            en: "\(field) '\(value)' is not allowed; " + (near.map { "did you mean '\($0)'? " } ?? "")
                + "use one of: \(allowed.joined(separator: ", "))",
            id: "\(field) '\(value)' tidak diizinkan; " + (near.map { "maksud Anda '\($0)'? " } ?? "")
                + "gunakan salah satu: \(ChoiceWords.indonesian(allowed).joined(separator: ", "))")
    }
    package static func outOfRange(_ field: String, _ value: String, _ range: ClosedRange<Int>) -> Text {
        Text(
            en: "\(field) '\(value)' is out of range; allowed \(range.lowerBound) to \(range.upperBound)",
            id: "\(field) '\(value)' di luar batas; yang diizinkan \(range.lowerBound) sampai \(range.upperBound)")
    }

    // MARK: Store and database errors
    package static func databaseMissing(_ path: String) -> Text {
        Text(
            en: "no database at \(path); create it with 'kbk init' or choose another with --db",
            id: "tidak ada basis data di \(path); buat dengan 'kbk init' atau pilih yang lain dengan --db")
    }
    package static func noAccess(_ path: String, _ blocker: String, _ owner: String, _ group: String, _ mode: String)
        -> Text
    {
        let what = blocker == path ? "" : " (the folder \(blocker))"
        let whatID = blocker == path ? "" : " (folder \(blocker))"
        return Text(
            en:
                "this login may not read \(path)\(what): owner \(owner), group \(group), mode \(mode); the server's administrator adds the login to group \(group) (the database's folder 2770, its file 0660)",
            id:
                "login ini tidak boleh membaca \(path)\(whatID): pemilik \(owner), grup \(group), mode \(mode); administrator server menambahkan login ini ke grup \(group) (folder basis data 2770, berkasnya 0660)"
        )
    }
    package static func notKBKDatabase(_ path: String) -> Text {
        Text(
            en: "\(path) is a SQLite database of another program, not a kbk database; it was left as it is",
            id: "\(path) adalah basis data SQLite program lain, bukan basis data kbk; berkas dibiarkan apa adanya")
    }
    package static func damagedRow(_ damaged: DamagedRow) -> Text {
        Text.localized { language in
            let value = damaged.value.map { "'" + Echo.shortened($0, language: language) + "'" } ?? "NULL"
            return Text(
                en:
                    "database damaged: \(damaged.table) \(damaged.rowID), column \(damaged.column): \(value) is not \(damaged.expected); run 'kbk check' and restore a backup",
                id:
                    "basis data rusak: \(damaged.table) \(damaged.rowID), kolom \(damaged.column): \(value) bukan \(term(damaged.expected, .id)); jalankan 'kbk check' dan pulihkan cadangan"
            )
        }
    }
    package static func notSQLite(_ path: String) -> Text {
        Text(
            en:
                "\(path) is not a SQLite database (its first bytes are not SQLite's header): another kind of file, or a database damaged at its start; restore a backup",
            id:
                "\(path) bukan basis data SQLite (bita awalnya bukan tajuk SQLite): berkas jenis lain, atau basis data yang rusak di awalnya; pulihkan cadangan"
        )
    }
    package static func notADatabaseFile(_ path: String) -> Text {
        Text(
            en:
                "\(path) is not a regular file (a folder, device or pipe), so it is no database; choose a database file with --db",
            id:
                "\(path) bukan berkas biasa (folder, perangkat atau pipa), jadi bukan basis data; pilih berkas basis data dengan --db"
        )
    }
    package static func schemaDiffers(_ path: String, _ differences: [SchemaDifference]) -> Text {
        let first = differences.first.map(String.init(describing:)) ?? ""
        let more = differences.count > 1 ? " (+\(differences.count - 1))" : ""
        return Text(
            en: "database \(path) does not have kbk's schema: \(first)\(more); nothing was done; run 'kbk check'",
            id:
                "basis data \(path) tidak memiliki skema kbk: \(first)\(more); tidak ada yang dilakukan; jalankan 'kbk check'"
        )
    }
    package static func cannotCreate(_ path: String, _ reason: String) -> Text {
        Text(en: "cannot create \(path): \(reason)", id: "tidak dapat membuat \(path): \(systemReason(reason))")
    }

    /// The operating system's words for a failure (strerror's, always English) in Indonesian, for
    /// the failures a person meets; another stays as the system gave it.
    package static func systemReason(_ reason: String) -> String {
        let words: [String: String] = [
            "No such file or directory": "berkas atau folder tidak ada",
            "Permission denied": "izin ditolak",
            "Operation not permitted": "operasi tidak diizinkan",
            "Is a directory": "berupa folder, bukan berkas",
            "Not a directory": "bagian jalurnya bukan folder",
            "File exists": "berkas sudah ada",
            "No space left on device": "ruang penyimpanan penuh",
            "Disk quota exceeded": "kuota penyimpanan terlampaui",
            "Read-only file system": "sistem berkas hanya dapat dibaca",
            "Input/output error": "kesalahan baca/tulis perangkat",
            "Too many open files": "terlalu banyak berkas terbuka",
            "File name too long": "nama berkas terlalu panjang",
            "Too many levels of symbolic links": "terlalu banyak tautan simbolik berantai",
            "No such device or address": "perangkat tidak ada",
            "Text file busy": "berkas program sedang dipakai",
            "Exec format error": "bukan program yang dapat dijalankan",
        ]
        return words[reason] ?? reason
    }
    package static func fileExists(_ path: String) -> Text {
        Text(
            en: "\(path) already exists; add --force to overwrite it",
            id: "\(path) sudah ada; tambahkan --force untuk menimpanya")
    }
    package static func migrationModified(_ name: String) -> Text {
        Text(
            en:
                "migration \(name) applied to this database differs from the one in this kbk; restore the database from a backup or use the kbk version that created it",
            id:
                "migrasi \(name) yang sudah diterapkan pada basis data ini berbeda dengan milik kbk ini; pulihkan basis data dari cadangan atau gunakan versi kbk yang membuatnya"
        )
    }
    package static func migrationUnknown(_ name: String) -> Text {
        Text(
            en:
                "this database has migration \(name), unknown to kbk \(Release.version); it was made by a newer kbk: upgrade kbk to use it",
            id:
                "basis data ini memiliki migrasi \(name) yang tidak dikenal kbk \(Release.version); basis data dibuat oleh kbk yang lebih baru: perbarui kbk untuk memakainya"
        )
    }
    package static func databaseBusy(_ path: String) -> Text {
        Text(
            en: "database \(path) stayed locked by another process past the busy timeout; try again",
            id: "basis data \(path) masih dikunci proses lain melewati batas waktu tunggu; coba lagi")
    }
    package static func databaseDamaged(_ path: String, _ detail: String) -> Text {
        Text(
            en: "database \(path) is damaged or not a kbk database (\(detail)); run 'kbk check' and restore a backup",
            id:
                "basis data \(path) rusak atau bukan basis data kbk (\(detail)); jalankan 'kbk check' dan pulihkan cadangan"
        )
    }
    package static func databaseCannotOpen(_ path: String, _ detail: String) -> Text {
        Text(en: "cannot open database \(path) (\(detail))", id: "tidak dapat membuka basis data \(path) (\(detail))")
    }
    package static func ioFailure(_ path: String, _ detail: String) -> Text {
        Text(
            en: "input/output error on \(path) (\(detail))",
            id: "kesalahan baca/tulis pada \(path) (\(systemReason(detail)))")
    }
    package static func constraintFailure(_ detail: String) -> Text {
        Text(
            en: "the change breaks a rule of the database (\(detail)); nothing was changed",
            id: "perubahan melanggar aturan basis data (\(detail)); tidak ada yang diubah")
    }
    package static func unexpected(_ detail: String) -> Text {
        Text(en: "unexpected failure: \(detail)", id: "kegagalan tak terduga: \(detail)")
    }

    // MARK: init
    package static let initAbstract = Text(
        en: "Create the database, or bring an existing one up to date.",
        id: "Buat basis data, atau perbarui basis data yang sudah ada.")
    package static let initDiscussion = Text(
        en: "Running it again changes nothing. The file is created with mode 0600 and missing folders with 0700.",
        id:
            "Menjalankannya lagi tidak mengubah apa pun. Berkas dibuat dengan mode 0600 dan folder yang belum ada dengan 0700."
    )
    /// One line: a new database's migrations are all of them, which `kbk check` and the audit
    /// trail list for whoever wants their names.
    package static func initCreated(_ path: String, _ names: [String], _ version: Int) -> Text {
        Text(
            en: "Created database \(path) (schema version \(version), \(names.count) migrations).",
            id: "Basis data \(path) dibuat (versi skema \(version), \(names.count) migrasi).")
    }
    package static func initMigrated(_ path: String, _ names: [String], _ version: Int) -> Text {
        Text(
            en:
                "Updated database \(path): applied \(names.count) migration(s) (\(names.joined(separator: ", "))); schema version \(version).",
            id:
                "Basis data \(path) diperbarui: \(names.count) migrasi diterapkan (\(names.joined(separator: ", "))); versi skema \(version)."
        )
    }
    package static func initUpToDate(_ path: String, _ version: Int) -> Text {
        Text(
            en: "Database \(path) is already up to date (schema version \(version)); nothing changed.",
            id: "Basis data \(path) sudah mutakhir (versi skema \(version)); tidak ada yang diubah.")
    }

    // MARK: check
    package static let checkAbstract = Text(
        en: "Check the database: integrity, references, schema version and row counts.",
        id: "Periksa basis data: integritas, rujukan, versi skema dan jumlah baris.")
    package static let checkDiscussion = Text(
        en:
            "Recomputes the audit trail's hash chain and prints its head (entry count and hash). Exits 0 when healthy, 65 when the file is damaged, references are broken or an audit entry does not match its hash, 78 when the database needs another kbk version. Nothing is changed.",
        id:
            "Menghitung ulang rantai hash jejak audit dan mencetak kepalanya (jumlah entri dan hash). Keluar dengan 0 bila sehat, 65 bila berkas rusak, rujukan putus atau sebuah entri audit tidak cocok dengan hash-nya, 78 bila basis data memerlukan versi kbk lain. Tidak ada yang diubah."
    )
    package static let checkDatabase = Text(en: "Database", id: "Basis data")
    package static let checkIntegrity = Text(en: "Integrity", id: "Integritas")
    package static let checkForeignKeys = Text(en: "References", id: "Rujukan")
    package static let checkSchema = Text(en: "Schema version", id: "Versi skema")
    package static let checkPending = Text(en: "Pending migrations", id: "Migrasi tertunda")
    package static let checkUnknown = Text(en: "Unknown migrations", id: "Migrasi tak dikenal")
    package static let checkModified = Text(en: "Changed migrations", id: "Migrasi berubah")
    package static let checkTables = Text(en: "Tables", id: "Tabel")
    package static let checkSchemaObjects = Text(en: "Schema", id: "Skema")
    package static let checkOK = Text(en: "ok", id: "baik")
    package static let checkNone = Text(en: "none", id: "tidak ada")
    package static func checkUnreadable(_ detail: String) -> Text {
        Text(en: "unreadable: \(detail)", id: "tidak terbaca: \(detail)")
    }
    package static func checkProblems(_ count: Int) -> Text { Text(en: "\(count) problem(s)", id: "\(count) masalah") }
    package static func checkProgress(_ step: DatabaseHealth.Step, language: Language, rate: String) -> Text {
        switch step {
        case .integrity: Text(en: "Checking the file's integrity…", id: "Memeriksa keutuhan berkas…")
        case .references: Text(en: "Checking references…", id: "Memeriksa rujukan…")
        case .schema: Text(en: "Checking the schema…", id: "Memeriksa skema…")
        case .tables: Text(en: "Counting rows…", id: "Menghitung baris…")
        case .records: Text(en: "Checking records against their seals…", id: "Memeriksa catatan terhadap segelnya…")
        case .auditTrail(let checked, let all):
            Text(
                en:
                    "Checking the audit trail: \(ReportValue.grouped(checked, .en))/\(ReportValue.grouped(all, .en)), \(rate)",
                id:
                    "Memeriksa jejak audit: \(ReportValue.grouped(checked, .id))/\(ReportValue.grouped(all, .id)), \(rate)"
            )
        }
    }

    package static func checkLatestKnown(_ version: Int, _ known: Int) -> Text {
        Text(en: "\(version) (this kbk knows up to \(known))", id: "\(version) (kbk ini mengenal sampai \(known))")
    }
    package static let checkPendingHint = Text(
        en: "they are applied by 'kbk init' or the next command that opens the database",
        id: "diterapkan oleh 'kbk init' atau perintah berikutnya yang membuka basis data")
    package static let checkHealthy = Text(en: "Healthy.", id: "Sehat.")
    package static let checkAuditTrail = Text(en: "Audit trail", id: "Jejak audit")
    package static let auditVerifyAbstract = Text(
        en: "Recompute the audit trail's hash chain; with --head, check that it still holds a printed head.",
        id: "Hitung ulang rantai hash jejak audit; dengan --head, periksa bahwa kepala yang tercetak masih ada.")
    package static let auditVerifyDiscussion = Text(
        en:
            "Every audit entry carries a SHA-256 over its content and the entry before it. Every report and 'kbk check' print the head (entry count and hash of the last entry): keep it with the filed report, and later check that the trail still contains it. Exits 65 naming the first entry that does not match, or when the head is not in the trail.",
        id:
            "Setiap entri audit membawa SHA-256 atas isinya dan entri sebelumnya. Setiap laporan dan 'kbk check' mencetak kepalanya (jumlah entri dan hash entri terakhir): simpan bersama laporan yang diarsipkan, lalu periksa kemudian bahwa jejak masih memuatnya. Keluar dengan 65 sambil menyebut entri pertama yang tidak cocok, atau bila kepala itu tidak ada dalam jejak."
    )
    package static let auditVerifyHeadOption = Text(
        en: "A head printed earlier (by a report or kbk check): it must still be in the trail.",
        id: "Kepala yang tercetak sebelumnya (oleh laporan atau kbk check): harus masih ada dalam jejak.")
    package static func auditHeadFound(_ hash: String, _ position: Int, _ head: AuditChain.Head) -> Text {
        Text(
            en:
                "Intact; head \(hash) is entry number \(position) of \(head.entries): the trail still holds everything it held then, and \(head.entries - position) entries were added since.",
            id:
                "Utuh; kepala \(hash) adalah entri ke-\(position) dari \(head.entries): jejak masih memuat semua yang dimuatnya saat itu, dan \(head.entries - position) entri ditambahkan sesudahnya."
        )
    }
    package static func auditHeadMissing(_ hash: String) -> Text {
        Text(
            en:
                "the audit trail does not contain head \(hash): entries up to it were changed or removed, or it is the head of another database",
            id:
                "jejak audit tidak memuat kepala \(hash): entri sampai kepala itu diubah atau dihapus, atau itu kepala basis data lain"
        )
    }
    package static func auditHead(_ head: AuditChain.Head) -> Text {
        Text(
            en: "\(head.entries) entries, head \(head.hash ?? "-")",
            id: "\(head.entries) entri, kepala \(head.hash ?? "-")")
    }
    package static func auditChainIntact(_ head: AuditChain.Head) -> Text {
        Text(en: "intact: " + auditHead(head)(.en), id: "utuh: " + auditHead(head)(.id))
    }
    package static func reportAuditFooter(_ head: AuditChain.Head) -> Text {
        let check = head.hash.map { " (kbk audit verify --head \($0))" } ?? ""
        return Text(
            en: "Audit trail: " + auditHead(head)(.en) + check, id: "Jejak audit: " + auditHead(head)(.id) + check)
    }
    /// The printed report's line of evidence: the head to check against, without a command to type.
    package static func reportAuditEvidence(_ head: AuditChain.Head) -> Text {
        Text(
            en:
                "Audit trail: \(head.entries) entries; the chain's head when this report was made: \(head.hash ?? "-"). "
                + "While the trail still holds this head, every figure here can be checked again against it.",
            id: "Jejak audit: \(head.entries) entri; kepala rantai saat laporan ini dibuat: \(head.hash ?? "-"). "
                + "Selama jejak masih memuat kepala ini, setiap angka di sini dapat diperiksa ulang terhadapnya.")
    }
    package static func auditTrailIntact(_ head: AuditChain.Head) -> Text {
        Text(
            en: "Audit trail intact: " + auditHead(head)(.en) + ".",
            id: "Jejak audit utuh: " + auditHead(head)(.id) + ".")
    }
    package static func auditChainBroken(entry: Int64, position: Int, reason: AuditChain.Problem) -> Text {
        switch reason {
        case .mismatch:
            Text(
                en:
                    "audit entry \(entry) (number \(position) in the trail) does not match its hash: it was changed, or the entry before it removed or moved, outside kbk",
                id:
                    "entri audit \(entry) (urutan ke-\(position)) tidak cocok dengan hash-nya: entri itu diubah, atau entri sebelumnya dihapus atau dipindah, di luar kbk"
            )
        case .noHash:
            Text(
                en: "audit entry \(entry) (number \(position) in the trail) has no hash: it was written outside kbk",
                id: "entri audit \(entry) (urutan ke-\(position)) tidak memiliki hash: entri itu ditulis di luar kbk")
        }
    }
    package static func auditChainRestore(_ broken: Text) -> Text {
        Text(
            en: broken(.en) + "; restore the database from a backup and find out who had the file",
            id: broken(.id) + "; pulihkan basis data dari cadangan dan telusuri siapa yang memegang berkasnya")
    }
    package static func checkUnhealthy(_ path: String) -> Text {
        Text(
            en: "database \(path) is not healthy (see the findings above); restore it from a backup",
            id: "basis data \(path) tidak sehat (lihat temuan di atas); pulihkan dari cadangan")
    }

    // MARK: backup
    package static let backupAbstract = Text(
        en: "Copy the database to a file, safely, even while others are writing.",
        id: "Salin basis data ke sebuah berkas dengan aman, bahkan saat pihak lain sedang menulis.")
    package static let backupDiscussion = Text(
        en:
            "The copy is a consistent snapshot made with SQLite's online backup, written with mode 0600 since it holds complainants' personal data. The copy is recorded in the audit trail.",
        id:
            "Salinan adalah potret yang konsisten dari backup daring SQLite, ditulis dengan mode 0600 karena memuat data pribadi pengadu. Penyalinan dicatat dalam jejak audit."
    )
    package static let backupFileArgument = Text(en: "Where to write the copy.", id: "Tempat menulis salinan.")
    package static let backupForceOption = Text(en: "Overwrite FILE if it exists.", id: "Timpa FILE bila sudah ada.")
    package static func backupDone(_ source: String, _ destination: String) -> Text {
        Text(en: "Copied database \(source) to \(destination).", id: "Basis data \(source) disalin ke \(destination).")
    }

    // MARK: audit
    package static let auditAbstract = Text(
        en: "List the audit trail: who changed what, and when (newest first).",
        id: "Tampilkan jejak audit: siapa mengubah apa, dan kapan (terbaru lebih dulu).")
    package static let auditDiscussion = Text(
        en: "Here --actor filters by who acted; it does not set the actor. Times are shown in the office time zone.",
        id:
            "Di sini --actor menyaring menurut pelaku; tidak menetapkan pelaku. Waktu ditampilkan dalam zona waktu kantor."
    )
    package static let auditEntityOption = Text(
        en: "Only entries about this kind of record.", id: "Hanya entri tentang jenis catatan ini.")
    package static let auditIDOption = Text(
        en: "Only entries about the record with this id.", id: "Hanya entri tentang catatan dengan id ini.")
    package static let auditActorOption = Text(
        en: "Only entries made by this actor.", id: "Hanya entri yang dibuat pelaku ini.")
    package static let auditSinceOption = Text(
        en: "Only entries from this date (YYYY-MM-DD, DD/MM/YYYY, today, yesterday or a day's name) or timestamp on.",
        id: "Hanya entri sejak tanggal (YYYY-MM-DD, DD/MM/YYYY, hari ini, kemarin atau nama hari) atau waktu ini.")
    package static let auditUntilOption = Text(
        en: "Only entries before this date (YYYY-MM-DD: before its midnight) or timestamp.",
        id: "Hanya entri sebelum tanggal (YYYY-MM-DD: sebelum tengah malamnya) atau waktu ini.")
    package static let auditActionOption = Text(
        en: "Only entries of this action (create, update, export, …).",
        id: "Hanya entri dengan tindakan ini (create, update, export, …).")
    package static let auditLimitOption = Text(
        en: "Show at most N entries (0: all).", id: "Tampilkan paling banyak N entri (0: semua).")
    package static let auditColumnID = Text(en: "ID", id: "ID")
    package static let auditColumnAt = Text(en: "Time", id: "Waktu")
    package static let auditColumnActor = Text(en: "Actor", id: "Pelaku")
    package static let auditColumnAction = Text(en: "Action", id: "Tindakan")
    package static let auditColumnEntity = Text(en: "Entity", id: "Entitas")
    package static let auditColumnEntityID = Text(en: "Entity ID", id: "ID Entitas")
    package static let auditColumnSummary = Text(en: "Summary", id: "Ringkasan")
}
