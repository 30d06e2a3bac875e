import KBKDomain
import KBKStore

/// What can be exported and imported, in the order a whole database is imported.
public enum TransferKind: String, CaseIterable, Sendable {
    case holidays, categories, topics, places, skpd, targets, sops, groups, members, meetings, complaints, events
    /// Complaints' files: a CSV of their rows beside a folder `files/` holding them (docs/ATTACHMENTS.md).
    case attachments
    case ikm, improvements, coordination, actions, rbk, culture
    /// Complaints in SP4N-LAPOR!'s record shape, with their disposition and follow-up (docs/LAPOR.md).
    case lapor

    public static func parse(_ text: String) throws(DomainError) -> TransferKind {
        try parseChoice(text, field: "kind")
    }

    /// The columns of the CSV form, in order. Complaints' personal-data columns come only on request.
    public func columns(personalData: Bool = false) -> [String] {
        switch self {
        case .holidays: ["date", "name", "kind", "source"]
        case .categories: ["code", "name", "verify_days", "respond_days", "settle_days", "respond_hours", "source"]
        case .topics: ["code", "name", "name_en", "lapor_category", "in_use"]
        case .places: ["code", "kind", "name", "kecamatan", "kemendagri_code"]
        case .skpd:
            [
                "code", "name", "kind", "official_code", "parent", "staff", "head_name", "head_nip", "deactivated_on",
                "successor", "successor_routes", "working_week", "formed_on",
            ]
        case .targets: ["skpd", "year", "settled", "on_time", "ikm", "source"]
        case .sops:
            [
                "number", "skpd", "entry", "date", "title", "service", "legal_basis", "made_on", "effective_on",
                "approved_by_name",
                "approved_by_nip", "service_days", "review_months", "outcome", "note", "reviewer_nip",
            ]
        case .groups:
            [
                "id", "skpd", "name", "decree_number", "decree_date", "formed_on", "focus", "dissolved_on", "section",
                "section_head_name", "section_head_nip",
            ]
        case .members: ["group", "nip", "name", "role", "since", "until"]
        case .meetings: ["group", "held_on", "agenda", "minutes", "attendees"]
        case .complaints:
            [
                "ticket", "received_at", "channel", "kind", "category", "topic", "subject", "description",
                "location", "desa", "lat", "long", "external_ref", "sop",
                "anonymous", "confidential",
            ] + (personalData ? ["complainant_name", "complainant_contact"] : [])
        case .attachments:
            [
                "ticket", "event", "name", "media_type", "public", "added_at", "added_by", "sha256", "shown_sha256",
                "file",
            ]
        case .events:
            [
                "ticket", "at", "actor", "action", "skpd", "category", "text", "rating", "reason", "assignee",
                "working_days", "agency", "reference", "field", "value", "previous",
            ]
        case .improvements:
            [
                "id", "entry", "group", "date", "title", "problem", "target", "due_on", "stage", "note", "complaint",
                "sop", "survey_skpd", "survey_period", "survey_service", "element",
            ]
        case .ikm:
            [
                "skpd", "period", "from", "to", "respondents", "denominator", "u1", "u2", "u3", "u4", "u5", "u6", "u7",
                "u8", "u9", "service", "population",
            ]
        case .coordination: ["id", "held_on", "title", "chair", "decisions", "units"]
        case .actions: ["meeting", "owner", "text", "due_on", "done_on", "done_note"]
        case .rbk: ["id", "group", "title", "written_on", "plan", "do", "check", "act", "improvements"]
        case .culture:
            ["skpd", "year"] + CoreValue.allCases.map(\.rawValue)
                + ["assessed_on", "note", "indicator", "score", "evidence", "evidence_ref"]
        case .lapor: LaporRecord.columns
        }
    }

    /// The `import_key` kind under which rows' content fingerprints are kept.
    var contentKind: String { rawValue + "#content" }
}

/// Rows of one kind, each a list of optional texts under `TransferKind.columns`.
public struct ExportTable: Sendable {
    public let kind: TransferKind
    public let columns: [String]
    public var rows: [[String?]] = []
}

/// Reads a kind out of the database in the form `Importer` reads back.
public struct Exporter {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Where an attachment's file stands in a bundle, beside its CSV: the original with personal
    /// data, else the copy citizens see (without the photo's position and camera).
    public static func bundlePath(_ file: Attachment, personalData: Bool) -> String {
        "files/\(personalData ? file.originalSHA256 : file.shownSHA256).\(file.mediaType.fileExtension)"
    }

    /// The files of an attachments bundle: each path beside the CSV, and its bytes.
    public func attachmentFiles(personalData: Bool) throws -> [(path: String, bytes: [UInt8])] {
        var seen: Set<String> = []
        var files: [(path: String, bytes: [UInt8])] = []
        for exported in try store.complaints.exportedAttachments(personalData: personalData) {
            let file = exported.attachment
            let path = Exporter.bundlePath(file, personalData: personalData)
            guard seen.insert(path).inserted else { continue }
            let sha256 = personalData ? file.originalSHA256 : file.shownSHA256
            files.append((path, try store.complaints.attachmentBytes(sha256)))
        }
        return files
    }

    public func export(_ kind: TransferKind, personalData: Bool = false) throws -> ExportTable {
        var table = ExportTable(kind: kind, columns: kind.columns(personalData: personalData))
        func date(_ value: CivilDate?) -> String? { value?.description }
        func time(_ value: Timestamp?) -> String? { value.map { $0.iso8601(in: store.timeZone) } }
        switch kind {
        case .holidays:
            table.rows = try store.holidays.list(year: nil).map {
                [$0.date.description, $0.name, $0.kind.rawValue, $0.source]
            }
        case .categories:
            table.rows = try store.categories.list().map {
                [
                    $0.code, $0.name, String($0.deadlines.verifyDays), String($0.deadlines.respondDays),
                    String($0.deadlines.settleDays), $0.deadlines.respondHours.map(String.init), $0.source,
                ]
            }
        case .topics:
            table.rows = try store.topics.list().map {
                [$0.code, $0.name, $0.nameEnglish, $0.laporCategory, $0.isInUse ? "true" : "false"]
            }
        case .skpd:
            // Parents before their children, so the file imports in one pass.
            let units = try store.units.list(includeInactive: true, kind: nil, today: store.today)
            let parents = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0.parentCode) })
            func depth(_ code: String) -> Int {
                var level = 0
                var parent = parents[code] ?? nil
                while let next = parent, level < 100 {
                    level += 1
                    parent = parents[next] ?? nil
                }
                return level
            }
            let depths = Dictionary(uniqueKeysWithValues: units.map { ($0.code, depth($0.code)) })
            let ordered = units.sorted { (depths[$0.code] ?? 0, $0.code) < (depths[$1.code] ?? 0, $1.code) }
            table.rows = ordered.map {
                [
                    $0.code, $0.name, $0.kind.rawValue, $0.officialCode, $0.parentCode, $0.staffCount.map(String.init),
                    $0.headName,
                    $0.headNIP, date($0.deactivatedOn), $0.successorCode, Succession.joined($0.successorRoutes),
                    String($0.workingWeek.rawValue), date($0.formedOn),
                ]
            }
        case .targets:
            // In the units `skpd target set` takes: percentages (`87.5`) and the converted IKM (`82.50`).
            table.rows = try store.targets.list(year: nil, units: nil).map {
                [
                    $0.unitCode, String($0.year), $0.settledBasisPoints.map(Targets.percent),
                    $0.onTimeBasisPoints.map(Targets.percent), $0.ikmHundredths.map(Exporter.hundredths), $0.source,
                ]
            }
        case .sops:
            for sop in try store.sops.list(unit: nil, status: .all, reviewDue: false, today: store.today) {
                for revision in sop.revisions {
                    let content = revision.content
                    table.rows.append([
                        sop.number, sop.unitCode, "revision", date(revision.revisedOn), content.title, content.service,
                        content.legalBasis, date(content.madeOn), date(content.effectiveOn), content.approvedByName,
                        content.approvedByNIP, content.serviceDays.map(String.init),
                        revision.revision == 0 ? String(sop.reviewMonths) : nil, nil, nil, nil,
                    ])
                }
                for review in sop.reviews {
                    table.rows.append([
                        sop.number, sop.unitCode, "review", date(review.reviewedOn), nil, nil, nil, nil, nil, nil, nil,
                        nil, nil,
                        review.outcome.rawValue, review.note, review.reviewerNIP,
                    ])
                }
                if let revoked = sop.revokedOn, !sop.reviews.contains(where: { $0.outcome == .revoke }) {
                    table.rows.append(
                        [sop.number, sop.unitCode, "revoke", date(revoked)] + Array(repeating: nil, count: 12))
                }
            }
        case .groups:
            table.rows = try store.groups.list(unit: nil, includeDissolved: true, today: store.today).map(\.group).map {
                [
                    String($0.id), $0.unitCode, $0.name, $0.decreeNumber, date($0.decreeDate), date($0.formedOn),
                    $0.focus, date($0.dissolvedOn), $0.section, $0.sectionHeadName, $0.sectionHeadNIP,
                ]
            }
        case .members:
            table.rows = try store.exports.memberships().map {
                [String($0.groupID), $0.nip, $0.name, $0.role.rawValue, date($0.since), date($0.until)]
            }
        case .meetings:
            table.rows = try store.exports.meetings().map {
                [String($0.groupID), date($0.heldOn), $0.agenda, $0.minutes, $0.attendeeNIPs.joined(separator: ";")]
            }
        case .complaints:
            // Each complaint is read whole, so that a row damaged in any column is named and refused
            // here as by every command that reads complaints; reading only the file's columns is
            // faster but lets such a row through (bench/README.md, issue 34).
            table.rows = try store.exports.complaints().map { complaint in
                var row: [String?] = [
                    complaint.ticket.description, time(complaint.receivedAt), complaint.channel.rawValue,
                    complaint.kind.rawValue, complaint.category.value, complaint.topic, complaint.subject,
                    // A confidential description is the complainant's to share: only with personal data.
                    complaint.isConfidential && !personalData ? nil : complaint.description, complaint.location,
                    complaint.villageCode, complaint.coordinates.map { String($0.latitude) },
                    complaint.coordinates.map { String($0.longitude) }, complaint.externalReference,
                    complaint.sopNumber, complaint.isAnonymous ? "true" : "false",
                    complaint.isConfidential ? "true" : "false",
                ]
                if personalData {
                    row +=
                        complaint.identityMayLeave
                        ? [complaint.complainantName, complaint.complainantContact] : [nil, nil]
                }
                return row
            }
        case .lapor:
            table.rows = try LaporRecord.rows(store, personalData: personalData, time: time)
        case .places:
            table.rows = try store.places.list().map {
                [$0.code, $0.kind.rawValue, $0.name, $0.kecamatan, $0.kemendagriCode]
            }
        case .attachments:
            table.rows = try store.complaints.exportedAttachments(personalData: personalData).map { exported in
                let file = exported.attachment
                return [
                    exported.ticket, String(exported.eventNumber), file.name, file.mediaType.rawValue,
                    file.isPublic ? "true" : "false", time(file.addedAt), file.addedBy, file.originalSHA256,
                    file.shownSHA256, Exporter.bundlePath(file, personalData: personalData),
                ]
            }
        case .events:
            table.rows = try store.exports.events().map { event in
                let action = event.action
                return [
                    event.ticket, time(event.at), event.actor, action,
                    action == "verify" || action == "reassign" ? event.event.unitAfter : nil,
                    action == "verify" ? event.category : nil,
                    event.event.text,
                    action == "close" ? event.rating.map(String.init) : nil,
                    action == "reject" ? event.rejectionReason : nil,
                    event.event.assignee, event.event.workingDays.map(String.init),
                    action == "forward" ? event.agency : nil, action == "forward" ? event.agencyReference : nil,
                    event.event.field, event.event.valueAfter, event.event.valueBefore,
                ]
            }
        case .improvements:
            // One `open` row per action, then its stages and links, each with its date. A survey is
            // named as the `ikm` kind is imported: by its unit, its period's label and its service.
            let none: [String?] = [nil, nil, nil, nil]
            for action in try store.exports.improvementHistories() {
                let key = String(action.id)
                table.rows.append(
                    [
                        key, "open", String(action.groupID), date(action.startedOn), action.title, action.problem,
                        action.target, date(action.dueOn), nil, nil, nil, nil,
                    ] + none)
                table.rows += action.stages.map {
                    [key, "stage", nil, date($0.on), nil, nil, nil, nil, $0.stage, $0.note, nil, nil] + none
                }
                table.rows += action.complaintLinks.map {
                    [key, "link", nil, date($0.on), nil, nil, nil, nil, nil, nil, $0.ticket, nil] + none
                }
                table.rows += action.sopLinks.map {
                    [key, "link", nil, date($0.on), nil, nil, nil, nil, nil, nil, nil, $0.number] + none
                }
                table.rows += action.surveyLinks.map {
                    [
                        key, "link", nil, date($0.on), nil, nil, nil, nil, nil, nil, nil, nil, $0.unit, $0.period,
                        $0.service, "U\($0.element)",
                    ]
                }
            }
        case .ikm:
            table.rows = try store.surveys.list(unit: nil, overlapping: nil).sorted { $0.id < $1.id }.map { survey in
                [
                    survey.unitCode, survey.period.label, survey.period.from.description, survey.period.to.description,
                    String(survey.score.respondents), String(survey.score.denominator),
                ] + survey.score.elementSums.map { String($0) } + [survey.service, survey.population.map(String.init)]
            }
        case .coordination:
            table.rows = try store.coordination.list(year: nil).map {
                [
                    String($0.id), date($0.heldOn), $0.title, $0.chair, $0.decisions,
                    $0.units.joined(separator: ";"),
                ]
            }
        case .actions:
            table.rows = try store.coordination.actions(owners: nil, openOnly: false).sorted { $0.id < $1.id }.map {
                [String($0.meetingID), $0.ownerUnit, $0.text, date($0.dueOn), date($0.doneOn), $0.doneNote]
            }
        case .rbk:
            table.rows = try store.rbks.list(group: nil).sorted { $0.id < $1.id }.map {
                [
                    String($0.id), String($0.groupID), $0.title, date($0.writtenOn), $0.plan, $0.doing, $0.checking,
                    $0.acting, $0.improvementIDs.map(String.init).joined(separator: ";"),
                ]
            }
        case .culture:
            // One row for an assessment scored per value; one per indicator (21) for one scored per
            // indicator, each with the assessment's date and note.
            table.rows = try store.assessments.list(year: nil).flatMap { assessment -> [[String?]] in
                let head: [String?] = [assessment.unitCode, String(assessment.year)]
                let tail: [String?] = [date(assessment.assessedOn), assessment.note]
                switch assessment.scores {
                case .values(let scores):
                    return [head + scores.map { String($0) } + tail + [nil, nil, nil, nil]]
                case .indicators(let entries):
                    let noValues = [String?](repeating: nil, count: CoreValue.allCases.count)
                    return entries.map { entry in
                        let indicator: [String?] = [
                            entry.indicator.code, String(entry.score), entry.evidence, entry.evidenceRef,
                        ]
                        return head + noValues + tail + indicator
                    }
                }
            }
        }
        return table
    }

    /// 8250 → "82.50", as `kbk skpd target list --format csv` writes a converted IKM.
    static func hundredths(_ value: Int) -> String {
        "\(value / 100)." + (value % 100 < 10 ? "0" : "") + String(value % 100)
    }

    /// GeoReport v2 (Open311) service requests; confidential descriptions withheld, no personal data.
    public func open311() throws -> [[(String, String?)]] {
        let complaints = try store.exports.complaints()
        let categories = Dictionary(uniqueKeysWithValues: try store.categories.list().map { ($0.code, $0.name) })
        let units = Dictionary(
            uniqueKeysWithValues: try store.units.list(includeInactive: true, kind: nil, today: store.today).map {
                ($0.code, $0.name)
            })
        let places = try store.places.names()
        return try complaints.map { complaint in
            let note = try store.exports.latestPublicText(complaintID: complaint.id)
            // The place as people write it: the free text, then "Desa X, Kec. Y"; a confidential
            // complaint's point is left out with its description (it may be the complainant's door).
            let village = complaint.villageCode.flatMap { places[$0] }
            let address = [
                complaint.location,
                village.map { "\($0.name), Kec. \($0.kecamatan.flatMap { places[$0]?.name } ?? "?")" },
            ].compactMap { $0 }.joined(separator: "; ")
            let point = complaint.isConfidential ? nil : complaint.coordinates
            let closed = complaint.status == .resolved || complaint.status.isFinal
            // Nothing is expected of a request the government turned away or passed on.
            let endsHere = complaint.status == .rejected || complaint.status == .forwarded
            let expected = endsHere ? nil : complaint.due.settle ?? complaint.due.verify
            // Every key of GeoReport v2's service request, null when kbk does not know it.
            return [
                ("service_request_id", complaint.ticket.description),
                ("status", closed ? "closed" : "open"),
                ("status_notes", note ?? complaint.rejectionReason.map(\.citizenSentence)),
                ("service_name", categories[complaint.category.value] ?? complaint.category.value),
                ("service_code", complaint.category.value),
                ("description", complaint.isConfidential ? nil : complaint.description),
                ("agency_responsible", complaint.unitCode.map { units[$0.value] ?? $0.value }),
                ("service_notice", nil),
                ("requested_datetime", complaint.receivedAt.iso8601(in: store.timeZone)),
                ("updated_datetime", complaint.lastEventAt.iso8601(in: store.timeZone)),
                (
                    "expected_datetime",
                    expected.map {
                        Timestamp(startOf: $0.adding(days: 1), in: store.timeZone).iso8601(in: store.timeZone)
                    }
                ),
                ("address", address.isEmpty ? nil : address),
                // The desa's BPS code: the government's own register of places.
                ("address_id", complaint.villageCode),
                ("zipcode", nil),
                ("lat", point.map { String($0.latitude) }),
                ("long", point.map { String($0.longitude) }),
                ("media_url", nil),
            ]
        }
    }

    /// Records in the audit trail that personal data left the tool.
    /// Records who took complainants' personal data out, how much, and where to (nil: standard output).
    public func recordPersonalDataExport(
        _ kind: TransferKind, rows: Int, to destination: String?, in transaction: Transaction
    ) throws {
        try transaction.require(.exportPersonalData)
        try transaction.audit(
            AuditRecord(
                .export, .complaint, id: nil,
                "exported \(kind.rawValue) with complainants' personal data (\(rows) rows) to \(destination ?? "standard output")"
            ))
    }
}
