import KBKDomain
import KBKStore

/// A complaint as an SP4N-LAPOR! record, one row per report: its tracking ID, what the citizen
/// wrote, LAPOR!'s classification, category and status, the disposition chain (Admin Koordinator
/// → Admin Penghubung → instansi, with the day of the disposition), the follow-up and the
/// finishing with their days, and the attachments by reference. `kbk export lapor` writes it and
/// `kbk import lapor` reads it back through the complaints' own import (docs/LAPOR.md).
enum LaporRecord {
    static let columns = [
        "tracking_id", "nomor_kbk", "tanggal_laporan", "judul", "isi", "klasifikasi", "kategori", "lokasi", "anonim",
        "rahasia",
        "status", "admin_koordinator", "admin_penghubung", "instansi", "kode_instansi", "tanggal_disposisi",
        "tindak_lanjut", "tanggal_tindak_lanjut", "penyelesaian", "tanggal_selesai", "tanggal_ditutup", "lampiran",
    ]

    /// Every complaint of the database as a LAPOR! record. A complaint without a LAPOR! number is
    /// given none (the column empty; `nomor_kbk` names it): LAPOR! gives it one when it is sent
    /// there. A confidential complaint's description stays home unless personal data is asked for,
    /// as in every export.
    static func rows(_ store: Store, personalData: Bool, time: (Timestamp?) -> String?) throws -> [[String?]] {
        let units = Dictionary(
            try store.units.list(includeInactive: true, kind: nil, today: store.today).map { ($0.code, $0.name) },
            uniquingKeysWith: { first, _ in first })
        let topics = Dictionary(
            try store.topics.list().map { ($0.code, $0.laporCategory) }, uniquingKeysWith: { a, _ in a })
        let desk = try store.settings.text(.organisationName)
        var responses: [String: String] = [:]
        var resolutions: [String: String] = [:]
        for event in try store.exports.events() {
            if event.action == "respond", responses[event.ticket] == nil { responses[event.ticket] = event.event.text }
            if event.action == "resolve" { resolutions[event.ticket] = event.event.text }
        }
        var files: [String: [String]] = [:]
        for exported in try store.complaints.exportedAttachments(personalData: false) where exported.attachment.isPublic
        {
            files[exported.ticket, default: []].append("\(exported.attachment.name)#\(exported.attachment.shownSHA256)")
        }
        return try store.exports.complaints().map { complaint in
            let ticket = complaint.ticket.description
            let unit = complaint.unitCode?.value
            // Bukan Wewenang: the disposition went to the competent agency, outside the government.
            if complaint.status == .forwarded {
                return [
                    LaporClassification.trackingID(reference: complaint.externalReference), ticket,
                    time(complaint.receivedAt), complaint.subject,
                    complaint.isConfidential && !personalData ? nil : complaint.description,
                    LaporClassification(complaint.kind).rawValue, complaint.topic.flatMap { topics[$0] },
                    complaint.location, complaint.isAnonymous ? "ya" : "tidak",
                    complaint.isConfidential ? "ya" : "tidak",
                    LaporStatus.notOurs.rawValue, desk.isEmpty ? nil : desk, nil, complaint.forwardedTo, nil,
                    time(complaint.forwardedAt), nil, nil, nil, nil, nil, files[ticket]?.joined(separator: ";"),
                ]
            }
            return [
                LaporClassification.trackingID(reference: complaint.externalReference), ticket,
                time(complaint.receivedAt),
                complaint.subject, complaint.isConfidential && !personalData ? nil : complaint.description,
                LaporClassification(complaint.kind).rawValue, complaint.topic.flatMap { topics[$0] },
                complaint.location,
                complaint.isAnonymous ? "ya" : "tidak", complaint.isConfidential ? "ya" : "tidak",
                LaporStatus(complaint.status, heldFrom: complaint.heldFrom).rawValue,
                desk.isEmpty ? nil : desk, unit.map { "Admin \(units[$0] ?? $0)" }, unit.map { units[$0] ?? $0 }, unit,
                time(complaint.verifiedAt), responses[ticket], time(complaint.firstResponseAt), resolutions[ticket],
                time(complaint.resolvedAt), time(complaint.closedAt), files[ticket]?.joined(separator: ";"),
            ]
        }
    }
}

/// `kbk import lapor`: each LAPOR! record read as the complaints' import reads a row with its
/// LAPOR!-style history (`ComplaintImporter`): channel `lapor`, its tracking ID as the external
/// reference (`LAPOR-…`, so a report imported twice is known again), its category as the first
/// topic in use filed under it, and the replayed state checked against the record's status.
struct LaporImporter: RecordImporter {
    static let requiredColumns = ["tanggal_laporan", "judul", "isi", "status"]
    static let checksRowsBeforeWriting = true
    let store: Store
    var complaints: ComplaintImporter
    /// Read once per import, not per record: the topics in use by their LAPOR! category, and the
    /// units by their names (lowercased), the first of each.
    private var topicsByCategory: [String: String]?
    private var unitsByName: [String: String]?

    init(store: Store, bulkIndexThreshold: Int) {
        self.store = store
        complaints = ComplaintImporter(store: store, bulkIndexThreshold: bulkIndexThreshold)
    }

    mutating func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        func problem(_ column: String, _ error: DomainError) -> ImportProblem {
            ImportProblem(line: record.line, column: column, error: error)
        }
        // Known again by its LAPOR! number, or by its kbk ticket when it has none yet.
        let trackingID = try record.parse("tracking_id", FieldParser.name("tracking_id"))
        if trackingID == nil && record.value("nomor_kbk") == nil {
            throw problem("tracking_id", .invalid(field: "tracking_id", value: "", reason: .empty))
        }
        let status = try record.require("status", LaporStatus.parse)
        let kind = try record.parse("klasifikasi", LaporClassification.parse)?.kind ?? .complaint
        if topicsByCategory == nil {
            topicsByCategory = Dictionary(
                try store.topics.list().filter(\.isInUse).map { ($0.laporCategory.lowercased(), $0.code) },
                uniquingKeysWith: { first, _ in first })
        }
        let topic = record.value("kategori").flatMap { topicsByCategory?[$0.lowercased()] }
        func flag(_ column: String) throws -> String {
            guard let text = record.value(column)?.lowercased() else { return "false" }
            switch text {
            case "ya", "true", "1": return "true"
            case "tidak", "false", "0": return "false"
            default: throw problem(column, .notAllowed(field: column, value: text, allowed: ["ya", "tidak"]))
            }
        }
        // The instansi by its kbk code, else by its name; for Bukan Wewenang, the agency outside.
        var unit = record.value("kode_instansi")
        if unit == nil, status != .notOurs, let name = record.value("instansi") {
            if unitsByName == nil {
                unitsByName = Dictionary(
                    try store.units.list(includeInactive: true, kind: nil, today: store.today).map {
                        ($0.name.lowercased(), $0.code)
                    }, uniquingKeysWith: { first, _ in first })
            }
            unit = unitsByName?[name.lowercased()]
            if unit == nil { throw problem("instansi", .notFound(kind: .skpd, key: name)) }
        }
        var mapped: [(String, String?)] = [
            ("ticket", record.value("nomor_kbk")),
            ("external_ref", trackingID.map(LaporClassification.reference)), ("channel", Channel.lapor.rawValue),
            ("received_at", record.value("tanggal_laporan")), ("subject", record.value("judul")),
            ("description", record.value("isi")), ("kind", kind.rawValue), ("topic", topic),
            ("location", record.value("lokasi")), ("anonymous", try flag("anonim")),
            ("confidential", try flag("rahasia")), ("skpd", unit), ("verified_at", record.value("tanggal_disposisi")),
            ("response", record.value("tindak_lanjut")), ("responded_at", record.value("tanggal_tindak_lanjut")),
            ("resolution", record.value("penyelesaian")), ("resolved_at", record.value("tanggal_selesai")),
            ("closed_at", record.value("tanggal_ditutup")),
        ]
        if status == .notOurs {
            mapped.removeAll { $0.0 == "verified_at" }
            mapped += [("forwarded_to", record.value("instansi")), ("forwarded_at", record.value("tanggal_disposisi"))]
        }
        // LAPOR! archives what it does not take up: kbk rejects it as invalid, on the record's day.
        if status == .archived {
            mapped.append(("rejected_at", record.value("tanggal_disposisi") ?? record.value("tanggal_laporan")))
        }
        let names = mapped.map(\.0)
        let translated = Record(
            fields: mapped.map { $0.1 ?? "" },
            index: Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) }),
            line: record.line, sortedColumns: names.sorted())
        complaints.lastImported = nil
        let imported = try complaints.importRow(translated, in: transaction)
        guard imported else { return false }
        // The history the record gives must end where its status says.
        if let replayed = complaints.lastImported {
            let reached = LaporStatus(replayed.status, heldFrom: replayed.heldFrom)
            if reached != status && !(status == .onHold && reached == .unverified) {
                throw problem(
                    "status",
                    .invalid(field: "status", value: status.rawValue, reason: .laporStatusDiffers(reached.rawValue)))
            }
        }
        return true
    }

    func keepLoad() throws -> String? { try complaints.keepLoad() }
}
