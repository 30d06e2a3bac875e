/// SP4N-LAPOR!'s words for a report's state, classification and disposition, and how kbk's map onto
/// them (docs/LAPOR.md). LAPOR!'s life is shorter than kbk's: a report is Belum Terverifikasi until
/// the Admin Koordinator verifies it (or holds it: Tunda), Belum Ditindaklanjuti once disposed to
/// an instansi, Proses from its first follow-up, Selesai when finished; Bukan Wewenang goes to the
/// competent agency and Arsip is set aside.
public enum LaporStatus: String, CaseIterable, Sendable {
    case unverified = "Belum Terverifikasi"
    case onHold = "Tunda"
    case disposed = "Belum Ditindaklanjuti"
    case inProgress = "Proses"
    case finished = "Selesai"
    case notOurs = "Bukan Wewenang"
    case archived = "Arsip"

    /// The LAPOR! state of a complaint in kbk's life cycle: resolved and closed are both Selesai;
    /// on hold is Tunda before verification, and after it the state it was held in (LAPOR! has no
    /// hold of an instansi's, and the record carries none: a held complaint read back ends there).
    public init(_ status: ComplaintStatus, heldFrom: ComplaintStatus?) {
        switch status {
        case .received: self = .unverified
        case .onHold:
            if let heldFrom, heldFrom != .received, heldFrom != .onHold {
                self = LaporStatus(heldFrom, heldFrom: nil)
            } else {
                self = .onHold
            }
        case .verified: self = .disposed
        case .inProgress: self = .inProgress
        case .resolved, .closed: self = .finished
        case .forwarded: self = .notOurs
        case .rejected: self = .archived
        }
    }

    public static func parse(_ text: String) throws(DomainError) -> LaporStatus {
        let wanted = text.trimmingWhitespace().lowercased()
        guard let found = allCases.first(where: { $0.rawValue.lowercased() == wanted }) else {
            throw .notAllowed(field: "status", value: text, allowed: allCases.map(\.rawValue))
        }
        return found
    }
}

/// LAPOR!'s classification of a report, and kbk's kind for it.
public enum LaporClassification: String, CaseIterable, Sendable {
    case complaint = "pengaduan"
    case aspiration = "aspirasi"
    case information = "permintaan informasi"
    case whistleblowing = "whistle blowing system"

    public init(_ kind: ComplaintKind) {
        switch kind {
        case .complaint: self = .complaint
        case .aspiration: self = .aspiration
        case .information: self = .information
        case .whistleblowing: self = .whistleblowing
        }
    }

    public var kind: ComplaintKind {
        switch self {
        case .complaint: .complaint
        case .aspiration: .aspiration
        case .information: .information
        case .whistleblowing: .whistleblowing
        }
    }

    public static func parse(_ text: String) throws(DomainError) -> LaporClassification {
        let wanted = text.trimmingWhitespace().lowercased()
        guard
            let found = allCases.first(where: {
                $0.rawValue == wanted || (wanted == "whistle blowing" && $0 == .whistleblowing)
            })
        else {
            throw .notAllowed(field: "klasifikasi", value: text, allowed: allCases.map(\.rawValue))
        }
        return found
    }

    /// The external reference a LAPOR! tracking ID is kept under in kbk, and back.
    public static func reference(trackingID: String) -> String { "LAPOR-" + trackingID }
    public static func trackingID(reference: String?) -> String? {
        guard let reference, reference.hasPrefix("LAPOR-"), reference.count > 6 else { return nil }
        return String(reference.dropFirst(6))
    }
}
