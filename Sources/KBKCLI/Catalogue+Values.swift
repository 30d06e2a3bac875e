import KBKDomain

/// A coded value (a status, a channel, a role…) as a person reads it. Tables and Markdown show
/// the label in the reader's language; CSV and JSON keep the code, the contract for scripts.
protocol Labelled: RawRepresentable where RawValue == String {
    var label: Text { get }
}

extension Msg {
    static let flagAnonymous = Text(en: "anonymous", id: "anonim")
    static let flagConfidential = Text(en: "confidential", id: "rahasia")
}

extension Cell {
    /// The value's code for CSV and JSON, its label for people.
    static func coded<Value: Labelled>(_ value: Value) -> Cell { .labelled(code: value.rawValue, value.label) }
}

extension ComplaintStatus: Labelled {
    var label: Text { Msg.statusName(self) }
}

extension DeadlineStage: Labelled {
    var label: Text { Msg.stageName(self) }
}

extension Channel: Labelled {
    var label: Text {
        switch self {
        case .lapor: Text(en: "LAPOR!", id: "LAPOR!")
        case .sms: Text(en: "SMS", id: "SMS")
        case .whatsapp: Text(en: "WhatsApp", id: "WhatsApp")
        case .phone: Text(en: "phone", id: "telepon")
        case .email: Text(en: "e-mail", id: "surel")
        case .letter: Text(en: "letter", id: "surat")
        case .walkIn: Text(en: "walk-in", id: "datang langsung")
        case .website: Text(en: "website", id: "situs web")
        case .socialMedia: Text(en: "social media", id: "media sosial")
        case .other: Text(en: "other", id: "lainnya")
        }
    }
}

extension ComplaintKind: Labelled {
    var label: Text {
        switch self {
        case .complaint: Text(en: "complaint", id: "pengaduan")
        case .aspiration: Text(en: "aspiration", id: "aspirasi")
        case .information: Text(en: "information request", id: "permintaan informasi")
        }
    }
}

extension OfficialRole: Labelled {
    var label: Text {
        switch self {
        case .admin: Text(en: "administrator", id: "administrator")
        case .coordinator: Text(en: "coordinator", id: "koordinator")
        case .unitAdmin: Text(en: "unit administrator", id: "admin unit")
        case .officer: Text(en: "officer", id: "petugas")
        case .viewer: Text(en: "viewer", id: "pembaca")
        }
    }
}

extension UnitKind: Labelled {
    var label: Text {
        switch self {
        case .secretariat: Text(en: "regional secretariat", id: "sekretariat daerah")
        case .dprdSecretariat: Text(en: "DPRD secretariat", id: "sekretariat DPRD")
        case .inspectorate: Text(en: "inspectorate", id: "inspektorat")
        case .agency: Text(en: "agency (dinas)", id: "dinas")
        case .board: Text(en: "board (badan)", id: "badan")
        case .district: Text(en: "district (kecamatan)", id: "kecamatan")
        case .subdistrict: Text(en: "urban village (kelurahan)", id: "kelurahan")
        case .uptd: Text(en: "technical unit (UPTD)", id: "UPTD")
        case .hospital: Text(en: "regional hospital", id: "rumah sakit daerah")
        case .other: Text(en: "other", id: "lainnya")
        }
    }
}

extension GroupRole: Labelled {
    var label: Text {
        switch self {
        case .chair: Text(en: "chair", id: "ketua")
        case .facilitator: Text(en: "facilitator", id: "fasilitator")
        case .secretary: Text(en: "secretary", id: "sekretaris")
        case .member: Text(en: "member", id: "anggota")
        }
    }
}

extension ReviewOutcome: Labelled {
    var label: Text {
        switch self {
        case .keep: Text(en: "kept", id: "tetap")
        case .revise: Text(en: "to revise", id: "perlu direvisi")
        case .revoke: Text(en: "to revoke", id: "dicabut")
        }
    }
}

extension ImprovementStage: Labelled {
    var label: Text {
        switch self {
        case .plan: Text(en: "plan", id: "rencana (plan)")
        case .do: Text(en: "do", id: "pelaksanaan (do)")
        case .check: Text(en: "check", id: "pemeriksaan (check)")
        case .act: Text(en: "act", id: "tindak lanjut (act)")
        case .done: Text(en: "done", id: "selesai")
        case .dropped: Text(en: "dropped", id: "dihentikan")
        }
    }
}

extension RejectionReason: Labelled {
    var label: Text {
        switch self {
        case .notAuthority: Text(en: "not the government's authority", id: "bukan kewenangan pemerintah daerah")
        case .duplicate: Text(en: "a duplicate", id: "pengaduan ganda")
        case .invalid: Text(en: "not a valid complaint", id: "bukan pengaduan yang sah")
        case .withdrawn: Text(en: "withdrawn by the complainant", id: "dicabut oleh pengadu")
        }
    }
}

extension ComplaintAction: Labelled {
    /// The timeline's word for the event (a noun phrase, unlike `Msg.actionName`'s verb).
    var label: Text {
        switch self {
        case .receive: Text(en: "received", id: "diterima")
        case .verify: Text(en: "verified", id: "diverifikasi")
        case .reassign: Text(en: "passed on", id: "dialihkan")
        case .respond: Text(en: "response", id: "tanggapan")
        case .note: Text(en: "note", id: "catatan")
        case .hold: Text(en: "held", id: "ditunda")
        case .resume: Text(en: "resumed", id: "dilanjutkan")
        case .resolve: Text(en: "resolved", id: "diselesaikan")
        case .reopen: Text(en: "reopened", id: "dibuka kembali")
        case .close: Text(en: "closed", id: "ditutup")
        case .reject: Text(en: "rejected", id: "ditolak")
        case .assign: Text(en: "assigned", id: "didisposisikan")
        case .extend: Text(en: "extended", id: "diperpanjang")
        case .forward: Text(en: "forwarded", id: "diteruskan")
        case .edit: Text(en: "corrected", id: "dikoreksi")
        case .escalate: Text(en: "deadline notice", id: "pemberitahuan tenggat")
        }
    }
}
