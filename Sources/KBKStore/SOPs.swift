import KBKDomain
internal import SQLiteDB

/// What `sop revise` changes in the current content: nil keeps a field, `.some(nil)` clears an optional one.
public struct SOPContentChanges: Sendable {
    public var title: String?
    public var service: String??
    public var legalBasis: String??
    public var approvedByName: String??
    public var approvedByNIP: NIP??
    public var serviceDays: Int??

    public init() {}

    func applied(to content: SOPContent, effectiveOn: CivilDate) -> SOPContent {
        var new = content
        new.effectiveOn = effectiveOn
        if let title { new.title = title }
        if let service { new.service = service }
        if let legalBasis { new.legalBasis = legalBasis }
        if let approvedByName { new.approvedByName = approvedByName }
        if let approvedByNIP { new.approvedByNIP = approvedByNIP?.digits }
        if let serviceDays { new.serviceDays = serviceDays }
        return new
    }
}

public enum SOPStatusFilter: String, CaseIterable, Sendable {
    case active, revoked, all

    public static func parse(_ text: String) throws(DomainError) -> SOPStatusFilter {
        try parseChoice(text, field: "status")
    }
}

/// SOPs with their revisions and reviews (tables `sop`, `sop_revision`, `sop_review`).
public struct SOPs {
    let connection: Connection

    public func find(_ number: String) throws -> SOP? {
        guard
            let head = try connection.one(
                "SELECT \(SOPs.headColumns) WHERE s.number = ?", number, transform: SOPs.decodeHead)
        else { return nil }
        return try assemble(id: head.0, number: head.1, unitCode: head.2, reviewMonths: head.3, revokedOn: head.4)
    }

    public func get(_ number: String) throws -> SOP {
        guard let sop = try find(number) else { throw DomainError.notFound(kind: .sop, key: number) }
        return sop
    }

    /// The columns an SOP's head is read from (its revisions and reviews come apart).
    enum HeadColumn: Int32, SelectedColumn {
        case id, number, skpd, reviewMonths, revokedOn

        static let alias: String? = "s"
        var joined: String? { self == .skpd ? "u.code" : nil }
    }

    static let headColumns = "\(HeadColumn.list) FROM sop s JOIN skpd u ON u.id = s.skpd_id"

    static func decodeHead(_ row: Row) throws -> (Int64, String, String, Int, CivilDate?) {
        let r = ColumnRow<HeadColumn>(row, table: "sop")
        return (
            try r.int64(.id), try r.text(.number), try r.text(.skpd), try r.int(.reviewMonths),
            try r.optionalDate(.revokedOn)
        )
    }

    /// The columns of `sop_revision`, in the order a revision is read.
    enum RevisionColumn: Int32, SelectedColumn {
        case id, revision, revisedOn, title, service, legalBasis, madeOn, effectiveOn, approvedByName, approvedByNip
        case serviceDays

        static let alias: String? = nil
        var joined: String? { nil }
    }

    /// The columns of `sop_review`, in the order a review is read.
    enum ReviewColumn: Int32, SelectedColumn {
        case id, reviewedOn, outcome, note, reviewerNip

        static let alias: String? = nil
        var joined: String? { nil }
    }

    private func assemble(id: Int64, number: String, unitCode: String, reviewMonths: Int, revokedOn: CivilDate?) throws
        -> SOP
    {
        let revisions = try connection.query(
            "SELECT \(RevisionColumn.list) FROM sop_revision WHERE sop_id = ? ORDER BY revision", id
        ) { row in
            let r = ColumnRow<RevisionColumn>(row, table: "sop_revision")
            return SOPRevision(
                revision: try r.int(.revision), revisedOn: try r.optionalDate(.revisedOn),
                content: SOPContent(
                    title: try r.text(.title), service: r.optionalText(.service),
                    legalBasis: r.optionalText(.legalBasis),
                    madeOn: try r.optionalDate(.madeOn), effectiveOn: try r.date(.effectiveOn),
                    approvedByName: r.optionalText(.approvedByName), approvedByNIP: r.optionalText(.approvedByNip),
                    serviceDays: r.optionalInt(.serviceDays)))
        }
        let reviews = try connection.query(
            "SELECT \(ReviewColumn.list) FROM sop_review WHERE sop_id = ? ORDER BY reviewed_on, id", id
        ) { row in
            let r = ColumnRow<ReviewColumn>(row, table: "sop_review")
            return SOPReview(
                id: try r.int64(.id), reviewedOn: try r.date(.reviewedOn),
                outcome: try r.choice(.outcome, "a review outcome"),
                note: r.optionalText(.note), reviewerNIP: r.optionalText(.reviewerNip))
        }
        return SOP(
            id: id, number: number, unitCode: unitCode, reviewMonths: reviewMonths, revokedOn: revokedOn,
            revisions: revisions, reviews: reviews)
    }

    /// SOPs by number. `reviewDue` keeps the active ones whose next review falls on or before `today`.
    public func list(unit: UnitCode?, status: SOPStatusFilter, reviewDue: Bool, today: CivilDate) throws -> [SOP] {
        var sql =
            "SELECT \(SOPs.headColumns) WHERE 1 = 1"
        var values: [SQLiteBindable] = []
        if let unit {
            _ = try Units(connection: connection).get(unit)
            sql += " AND u.code = ?"
            values.append(unit.value)
        }
        switch reviewDue ? .active : status {
        case .active:
            sql += " AND (s.revoked_on IS NULL OR s.revoked_on > ?)"
            values.append(today.stored)
        case .revoked:
            sql += " AND s.revoked_on <= ?"
            values.append(today.stored)
        case .all: break
        }
        let heads = try connection.prepare(sql + " ORDER BY s.number").query(values, SOPs.decodeHead)
        let sops = try heads.map {
            try assemble(id: $0.0, number: $0.1, unitCode: $0.2, reviewMonths: $0.3, revokedOn: $0.4)
        }
        return reviewDue ? sops.filter { $0.isReviewDue(on: today) } : sops
    }

    // MARK: Changes

    func insertRevision(sopID: Int64, revision: Int, revisedOn: CivilDate?, content: SOPContent) throws {
        try connection.run(
            """
            INSERT INTO sop_revision (sop_id, revision, title, service, legal_basis, made_on, revised_on, effective_on,
                                      approved_by_name, approved_by_nip, service_days)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, sopID, revision, content.title, content.service, content.legalBasis, content.madeOn?.stored,
            revisedOn?.stored, content.effectiveOn.stored,
            content.approvedByName, content.approvedByNIP, content.serviceDays)
    }
}

extension Store {
    public var sops: SOPs { SOPs(connection: connection) }
}

extension Writing where Repository == SOPs {
    public func add(number: String, unit code: UnitCode, content: SOPContent, reviewMonths: Int?) throws -> SOP {
        if try repository.find(number) != nil { throw DomainError.duplicate(kind: .sop, key: number) }
        let unit = try Units(connection: connection).requireActive(code, today: transaction.today)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(unit.code, "add an SOP")
        if let made = content.madeOn, content.effectiveOn < made {
            throw DomainError.rule(
                .dateBefore(field: "effective", value: content.effectiveOn, other: "made", limit: made))
        }
        try connection.run(
            "INSERT INTO sop (skpd_id, number, review_months, created_at) VALUES (?, ?, ?, ?)",
            unit.id, number, reviewMonths ?? SOPSchedule.defaultReviewMonths, transaction.now.utcString)
        let sopID = connection.lastInsertRowID
        try repository.insertRevision(sopID: sopID, revision: 0, revisedOn: nil, content: content)
        try transaction.audit(
            AuditRecord(
                .create, .sop, id: number,
                "added SOP \(number) \"\(content.title)\" for \(unit.code), effective \(content.effectiveOn)"))
        return try repository.get(number)
    }

    public func revise(
        _ number: String, effectiveOn: CivilDate, revisedOn: CivilDate?, changes: SOPContentChanges,
        reviewMonths: Int?
    ) throws -> SOP {
        let sop = try repository.get(number)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(sop.unitCode, "revise SOP \(number)")
        if let revoked = sop.revokedOn { throw DomainError.rule(.sopRevoked("\(number) (\(revoked))")) }
        let revised = revisedOn ?? transaction.today
        let previous = sop.current
        if revised < previous.datedOn {
            throw DomainError.rule(
                .dateBefore(field: "revised", value: revised, other: "previous revision", limit: previous.datedOn))
        }
        if effectiveOn < previous.content.effectiveOn {
            throw DomainError.rule(
                .dateBefore(
                    field: "effective", value: effectiveOn, other: "previous effective",
                    limit: previous.content.effectiveOn))
        }
        let content = changes.applied(to: previous.content, effectiveOn: effectiveOn)
        try repository.insertRevision(
            sopID: sop.id, revision: previous.revision + 1, revisedOn: revised, content: content)
        if let reviewMonths, reviewMonths != sop.reviewMonths {
            try connection.run("UPDATE sop SET review_months = ? WHERE id = ?", reviewMonths, sop.id)
        }
        try transaction.audit(
            AuditRecord(
                .revise, .sop, id: number,
                "revised SOP \(number) to revision \(previous.revision + 1) on \(revised), effective \(effectiveOn)"))
        return try repository.get(number)
    }

    public func review(_ number: String, on date: CivilDate, outcome: ReviewOutcome, note: String?, reviewer: NIP?)
        throws -> SOP
    {
        let sop = try repository.get(number)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(sop.unitCode, "review SOP \(number)")
        if let revoked = sop.revokedOn, revoked <= date {
            throw DomainError.rule(.sopRevoked("\(number) (\(revoked))"))
        }
        if date < sop.startedOn {
            throw DomainError.rule(
                .dateBefore(field: "review date", value: date, other: "SOP made", limit: sop.startedOn))
        }
        try connection.run(
            "INSERT INTO sop_review (sop_id, reviewed_on, outcome, note, reviewer_nip) VALUES (?, ?, ?, ?, ?)",
            sop.id, date.stored, outcome.rawValue, note, reviewer?.digits)
        if outcome == .revoke {
            try connection.run("UPDATE sop SET revoked_on = ? WHERE id = ?", date.stored, sop.id)
        }
        try transaction.audit(
            AuditRecord(.review, .sop, id: number, "reviewed SOP \(number) on \(date): \(outcome.rawValue)"))
        return try repository.get(number)
    }

    public func revoke(_ number: String, on date: CivilDate) throws -> SOP {
        let sop = try repository.get(number)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(sop.unitCode, "revoke SOP \(number)")
        if let revoked = sop.revokedOn {
            throw DomainError.rule(.alreadyEnded(kind: .sop, key: "\(number) (\(revoked))"))
        }
        if date < sop.startedOn {
            throw DomainError.rule(.dateBefore(field: "revoked", value: date, other: "SOP made", limit: sop.startedOn))
        }
        try connection.run("UPDATE sop SET revoked_on = ? WHERE id = ?", date.stored, sop.id)
        try transaction.audit(AuditRecord(.revoke, .sop, id: number, "revoked SOP \(number) as of \(date)"))
        return try repository.get(number)
    }
}

extension Transaction {
    public var sops: Writing<SOPs> { Writing(self, SOPs(connection: connection)) }
}
