/// Where a complaint came in.
public enum Channel: String, CaseIterable, Sendable {
    case lapor, sms, whatsapp, phone, email, letter
    case walkIn = "walk-in"
    case website
    case socialMedia = "social-media"
    case instagram, tiktok
    /// The province's complaint system (LaporGub Jawa Tengah), which passes complaints on.
    case laporgub
    case other
}

/// LAPOR!'s classification, and the whistle-blowing report (WBS, migration 0037).
public enum ComplaintKind: String, CaseIterable, Sendable {
    case complaint, aspiration, information
    /// A report of corruption or of a civil servant's misconduct (pengaduan tindak pidana korupsi /
    /// pelanggaran oleh ASN, the whistle-blowing system): handled by the inspectorate alone
    /// (`Unit.isInspectorate`), always confidential, and its reporter's identity read by no one
    /// outside the inspectorate holding it (`ReadAction.whistleblowerIdentity`).
    case whistleblowing

    /// Whether complaints of this kind go only to the inspectorate, confidentially.
    public var isWhistleblowing: Bool { self == .whistleblowing }
}

/// The Ombudsman's forms of maladministration (Peraturan Ombudsman RI Nomor 26 Tahun 2017 jo. Nomor
/// 48 Tahun 2020), which a complaint of the class "berkadar pengawasan" may carry (migration 0037).
/// The codes are the forms' Indonesian names in kebab case.
public enum Maladministration: String, CaseIterable, Sendable {
    case undueDelay = "penundaan-berlarut"
    case deviationFromProcedure = "penyimpangan-prosedur"
    case failureToServe = "tidak-memberikan-pelayanan"
    case incompetence = "tidak-kompeten"
    case abuseOfAuthority = "penyalahgunaan-wewenang"
    /// Permintaan imbalan (uang, barang dan jasa).
    case requestForReward = "permintaan-imbalan"
    case impropriety = "tidak-patut"
    case partiality = "berpihak"
    case discrimination = "diskriminasi"
    case conflictOfInterest = "konflik-kepentingan"

    /// The class of complaints that may carry a form.
    public static let category = Category.Cited.withSupervision

    /// A form by its code, or nil for an empty text (a correction that clears it); refused naming
    /// the allowed codes otherwise.
    public static func parseOptional(_ text: String) throws(DomainError) -> Maladministration? {
        if text.trimmingWhitespace().isEmpty { return nil }
        return try parseChoice(text, field: "maladministration")
    }

    /// Whether a complaint of `category` may carry `form`: nil may go with any class, a form only
    /// with the class "berkadar pengawasan".
    public static func check(_ form: Maladministration?, category: String, ticket: String) throws(DomainError) {
        guard let form, category != Maladministration.category else { return }
        throw .rule(.maladministrationOutsideClass(ticket: ticket, form: form.rawValue, category: category))
    }
}

public enum RejectionReason: String, CaseIterable, Sendable {
    case notAuthority = "not-authority"
    case duplicate, invalid, withdrawn

    /// The reason as the public answer says it to the citizen, in Indonesian (the language of the
    /// complaint desks; kbk keeps no language per complainant).
    /// The public answer of a complaint closed as the duplicate of `original`, which its citizen follows.
    public static func duplicateAnswer(of original: Ticket) -> String {
        "\(RejectionReason.duplicate.citizenSentence) Ikuti perkembangannya pada aduan \(original)."
    }

    public var citizenSentence: String {
        switch self {
        case .notAuthority: "Aduan ini bukan kewenangan Pemerintah Kabupaten."
        case .duplicate: "Aduan ini sama dengan aduan yang sudah kami terima dan sedang kami tindak lanjuti."
        case .invalid: "Aduan tidak dapat kami proses karena isinya tidak cukup jelas untuk ditindaklanjuti."
        case .withdrawn: "Aduan ditutup karena dicabut oleh pelapor."
        }
    }
}
