import KBKDomain

/// Exit codes, after sysexits.h, as documented in the README.
public enum ExitCode: Int32, Sendable, CaseIterable {
    case success = 0
    case failure = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case cannotCreate = 73
    case ioError = 74
    case temporaryFailure = 75
    /// EX_NOPERM: the login is not an official of the database, or its role does not allow the action.
    case noPermission = 77
    case configuration = 78
}

extension ExitCode {
    /// What the code means, for the man page (the README's table, shorter).
    package func meaning(_ language: Language) -> String {
        let text: Text =
            switch self {
            case .success: Text(en: "Success.", id: "Berhasil.")
            case .failure: Text(en: "An unexpected failure.", id: "Kegagalan yang tidak terduga.")
            case .usage:
                Text(
                    en: "Usage error: unknown command or option, a missing or malformed value.",
                    id: "Salah pemakaian: perintah atau opsi tidak dikenal, nilai yang tidak ada atau salah bentuk.")
            case .dataError:
                Text(
                    en: "Data error: the input breaks a rule, or the database is damaged or not kbk's.",
                    id: "Data salah: masukan melanggar aturan, atau basis data rusak atau bukan milik kbk.")
            case .noInput:
                Text(
                    en: "The database or an input file does not exist or cannot be opened.",
                    id: "Basis data atau berkas masukan tidak ada atau tidak dapat dibuka.")
            case .cannotCreate:
                Text(
                    en: "A file cannot be created, or exists and --force was not given.",
                    id: "Berkas tidak dapat dibuat, atau sudah ada dan --force tidak diberikan.")
            case .ioError: Text(en: "Input/output error.", id: "Galat masukan/keluaran.")
            case .temporaryFailure:
                Text(
                    en: "The database stayed locked, or a message could not leave; retrying may work.",
                    id: "Basis data tetap terkunci, atau pesan tidak dapat dikirim; coba lagi.")
            case .noPermission:
                Text(
                    en: "The login is not an active official, or its role or unit does not allow the action.",
                    id: "Login bukan pegawai aktif, atau peran atau unitnya tidak mengizinkan tindakan itu.")
            case .configuration:
                Text(
                    en: "Configuration: a newer kbk's database, a changed migration, or a bad setting.",
                    id: "Konfigurasi: basis data kbk yang lebih baru, migrasi yang diubah, atau pengaturan yang salah.")
            }
        return text(language)
    }
}
