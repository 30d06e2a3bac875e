import KBKDomain
internal import SQLiteDB

/// A bundle published for the province, as the regency recorded it.
public struct PublicationRecord: Sendable, Hashable {
    public let id: Int64
    public let publishedAt: Timestamp
    public let kind: ProvinceBundle.Kind
    public let regionCode: String
    public let head: AuditMark
    public let sinceEntry: Int64?
    public let complaints: Int
    public let digest: String
}

/// A unit as a bundle carries it: no head's name or NIP, only what the province groups by.
public struct PublishedUnit: Sendable, Hashable {
    public let code: String
    public let name: String
    public let kind: String
    public let parent: String?
    public let formedOn: CivilDate?
    public let endedOn: CivilDate?
}

/// From `from` on, until the next state, the complaint stood so.
public struct PublishedState: Sendable, Hashable {
    /// Nil for the state before the first event, from the beginning of time.
    public let from: Timestamp?
    public let status: ComplaintStatus
    public let unit: String?
    public let standing: ReportStanding
}

/// A complaint as a bundle carries it: codes, dates and counts, never a name, a contact, a subject,
/// a description or a note; and the states its events led it through, so that the province reads
/// it as of any period's end as the regency's report does.
public struct PublishedComplaint: Sendable {
    public let ticket: String
    public let receivedAt: Timestamp
    public let receivedOn: CivilDate
    public let channel: String
    public let kind: String
    public let category: String
    public let topic: String?
    public let kecamatan: String?
    public let desa: String?
    public let unit: String?
    public let status: ComplaintStatus
    public let handedOverOn: CivilDate?
    public let firstResponseOn: CivilDate?
    public let settledOn: CivilDate?
    public let reopenCount: Int
    public let rating: Int?
    public let verifyDue: CivilDate?
    public let respondDue: CivilDate?
    public let settleDue: CivilDate?
    public var states: [PublishedState] = []
}

/// What `kbk publish` reads and records. The reads run in one read transaction, so the rows and the
/// audit head they are published with belong to the same moment.
public struct Publications {
    let connection: Connection

    public func list() throws -> [PublicationRecord] {
        try connection.query(
            """
            SELECT id, published_at, kind, region_code, head_entry, head_hash, since_entry, complaints, digest
            FROM publication ORDER BY id
            """
        ) { row in
            let r = DecodedRow(row, table: "publication")
            return PublicationRecord(
                id: try r.int64(0, "id"), publishedAt: try r.instant(1, "published_at"),
                kind: try r.choice(2, "kind", "a kind of bundle"), regionCode: try r.text(3, "region_code"),
                head: AuditMark(entry: try r.int64(4, "head_entry"), hash: try r.text(5, "head_hash")),
                sinceEntry: r.optionalInt64(6), complaints: try r.int(7, "complaints"), digest: try r.text(8, "digest"))
        }
    }

    /// Runs `body` in one read transaction: the trail's head and the rows it reads are of one moment.
    public func reading<T>(_ body: (PublicationReader) throws -> T) throws -> T {
        try connection.transaction { try body(PublicationReader(connection: connection)) }
    }
}

/// The reads of one bundle, valid inside `Publications.reading`.
public struct PublicationReader {
    let connection: Connection

    /// The trail's last entry; nil for a trail without a hashed entry.
    public func head() throws -> AuditMark? {
        try connection.nullable("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1") { row in
            let r = DecodedRow(row, table: "audit_log")
            guard let hash = r.optionalText(1) else { return nil }
            return AuditMark(entry: try r.int64(0, "id"), hash: hash)
        }
    }

    /// The database's identity (migration 0046): kept by a copy or a restored backup, never shared
    /// by another database.
    public func identity() throws -> String {
        guard
            let id = try connection.nullable(
                "SELECT id FROM database_identity",
                transform: {
                    DecodedRow($0, table: "database_identity").optionalText(0)
                })
        else {
            throw DamagedRow(
                table: "database_identity", rowID: "1", column: "id", value: "", expected: "a database identity")
        }
        return id
    }

    /// The hash entry `id` has in the trail now; nil when there is no such entry.
    public func hash(ofEntry id: Int64) throws -> String? {
        try connection.nullable("SELECT hash FROM audit_log WHERE id = ?", id) {
            DecodedRow($0, table: "audit_log").optionalText(0)
        }
    }

    public func units() throws -> [PublishedUnit] {
        try connection.query(
            """
            SELECT s.code, s.name, s.kind, p.code, s.formed_on, s.deactivated_on
            FROM skpd s LEFT JOIN skpd p ON p.id = s.parent_id ORDER BY s.code
            """
        ) { row in
            let r = DecodedRow(row, table: "skpd")
            return PublishedUnit(
                code: try r.text(0, "code"), name: try r.text(1, "name"), kind: try r.text(2, "kind"),
                parent: r.optionalText(3), formedOn: try r.optionalDate(4, "formed_on"),
                endedOn: try r.optionalDate(5, "deactivated_on"))
        }
    }

    /// Every complaint, or only those whose row was sealed after entry `after` (every change to a
    /// complaint re-seals its row), in id order, each with the states its events led it through.
    /// When its first event came on a later office day (in `timeZone`) than its day of receipt (a
    /// corrected receipt), a state before any event comes first: the report counts a complaint of
    /// the period that had no event yet, as a received one out of the backlog (`ReportStanding`).
    public func forEachComplaint(
        changedAfter after: Int64?, timeZone: UTCOffset, _ body: (PublishedComplaint) throws -> Void
    ) throws {
        let changed =
            after == nil
            ? ""
            : """
            WHERE c.id IN (SELECT CAST(row_key AS INTEGER) FROM row_seal
                           WHERE table_name = 'complaint' AND audit_id > ?)
            """
        let eventChanged = after == nil ? "" : "WHERE e.complaint_id IN (SELECT c.id FROM complaint c \(changed))"
        let complaints = try connection.prepare(
            """
            SELECT c.id, c.ticket, c.received_at, c.received_on, c.channel, c.kind, c.category, c.topic,
                   p.kecamatan, c.village_code, s.code, c.status, c.verified_on, c.first_response_on, c.resolved_on,
                   c.reopen_count, c.rating, c.verify_due, c.respond_due, c.settle_due
            FROM complaint c LEFT JOIN skpd s ON s.id = c.skpd_id LEFT JOIN place p ON p.code = c.village_code
            \(changed)
            ORDER BY c.id
            """)
        let events = try connection.prepare(
            """
            SELECT e.complaint_id, e.action, e.status_after, e.skpd_after, e.local_date, e.verify_due, e.respond_due,
                   e.settle_due, e.assignee, e.respond_by, e.at
            FROM complaint_event e \(eventChanged)
            ORDER BY e.complaint_id, e.id
            """)
        if let after {
            try complaints.bind([after])
            try events.bind([after])
        }
        defer {
            complaints.reset()
            events.reset()
        }
        var pending = try events.step()
        while try complaints.step() {
            let r = DecodedRow(complaints.row, table: "complaint")
            let id = try r.int64(0, "id")
            var complaint = PublishedComplaint(
                ticket: try r.text(1, "ticket"), receivedAt: try r.instant(2, "received_at"),
                receivedOn: try r.date(3, "received_on"), channel: try r.text(4, "channel"),
                kind: try r.text(5, "kind"),
                category: try r.text(6, "category"), topic: r.optionalText(7), kecamatan: r.optionalText(8),
                desa: r.optionalText(9), unit: r.optionalText(10), status: try r.choice(11, "status", "a status"),
                handedOverOn: try r.optionalDate(12, "verified_on"),
                firstResponseOn: try r.optionalDate(13, "first_response_on"),
                settledOn: try r.optionalDate(14, "resolved_on"), reopenCount: try r.int(15, "reopen_count"),
                rating: r.optionalInt(16), verifyDue: try r.optionalDate(17, "verify_due"),
                respondDue: try r.optionalDate(18, "respond_due"), settleDue: try r.optionalDate(19, "settle_due"))
            var state = ComplaintState()
            while pending {
                let e = DecodedRow(events.row, table: "complaint_event")
                let owner = try e.int64(0, "complaint_id")
                if owner > id { break }
                guard owner == id else {
                    pending = try events.step()
                    continue
                }
                let facts = try ReportQueries.eventFacts(e, withInstant: true)
                pending = try events.step()
                guard let at = facts.at else { continue }
                state.apply(facts)
                let next = PublishedState(
                    from: at, status: state.status, unit: state.unit, standing: ReportStanding(state))
                // Events of one instant leave one state: the last one's.
                if complaint.states.last?.from == at { complaint.states.removeLast() }
                // A note or an assignment changes nothing the province counts: the state goes on.
                if let last = complaint.states.last, last.status == next.status, last.unit == next.unit,
                    last.standing == next.standing
                {
                    continue
                }
                complaint.states.append(next)
            }
            if let first = complaint.states.first?.from, first.date(in: timeZone) > complaint.receivedOn {
                let before = ComplaintState()
                complaint.states.insert(
                    PublishedState(from: nil, status: before.status, unit: nil, standing: ReportStanding(before)), at: 0
                )
            }
            try body(complaint)
        }
    }
}

extension Store {
    public var publications: Publications { Publications(connection: connection) }
}

extension Transaction {
    public var publications: Writing<Publications> { Writing(self, Publications(connection: connection)) }
}

extension Writing<Publications> {
    /// Records a bundle written for the province, with its audit entry, in the transaction that
    /// puts the file in place.
    @discardableResult
    public func record(
        kind: ProvinceBundle.Kind, regionCode: String, head: AuditMark, sinceEntry: Int64?, complaints: Int,
        digest: String, file: String?
    ) throws -> Int64 {
        try transaction.require(.publish)
        try connection.run(
            """
            INSERT INTO publication (published_at, kind, region_code, head_entry, head_hash, since_entry, complaints,
                                     digest)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, transaction.now.utcString, kind.rawValue, regionCode, head.entry, head.hash, sinceEntry,
            complaints, digest)
        let id = connection.lastInsertRowID
        try transaction.audit(
            AuditRecord(
                .export, .database, id: String(id),
                "published a \(kind.rawValue) bundle for the province to \(file ?? "standard output"): \(complaints) complaints, head entry \(head.entry)"
            ))
        return id
    }
}
