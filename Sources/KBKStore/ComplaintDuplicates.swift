import KBKDomain
internal import SQLiteDB

extension Writing where Repository == Complaints {
    /// Closes `ticket` as a duplicate of `original` (`complaint link --duplicate-of`): rejected with
    /// the reason "duplicate" by the life cycle's own rule and right (so a report counts the original
    /// once), its public answer naming the original, and the pair kept so that the duplicate's
    /// citizen follows the original. An original is a complaint of its own: not itself a duplicate
    /// (the one it duplicates is named), not rejected, not the same complaint.
    public func markDuplicate(_ ticket: Ticket, of original: Ticket, message: String?) throws -> Complaint {
        // The right first, as every change asks it (the rejection below asks it again, with the scope).
        try transaction.require(.rejectComplaint)
        guard ticket != original else {
            throw DomainError.rule(.duplicateOfItself(ticket: ticket.description))
        }
        let target = try repository.get(original)
        if let root = try repository.original(of: target) {
            throw DomainError.rule(.originalIsADuplicate(ticket: original.description, original: root.description))
        }
        if target.status == .rejected {
            throw DomainError.rule(.originalRejected(ticket: original.description))
        }
        let answer = message ?? RejectionReason.duplicateAnswer(of: original)
        let complaint = try act(ticket, .reject(.duplicate, message: answer), at: nil)
        try connection.run(
            "INSERT INTO complaint_duplicate (duplicate_id, original_id) VALUES (?, ?)", complaint.id, target.id)
        try transaction.audit(
            AuditRecord(.link, .complaint, id: ticket.description, "marked \(ticket) a duplicate of \(original)"))
        return complaint
    }
}

extension Complaints {
    /// The complaint `complaint` was closed as a duplicate of, if it was.
    public func original(of complaint: Complaint) throws -> Ticket? {
        try connection.one(
            """
            SELECT o.ticket FROM complaint_duplicate d JOIN complaint o ON o.id = d.original_id
            WHERE d.duplicate_id = ?
            """, complaint.id,
            transform: { row in try Ticket.parse(try DecodedRow(row, table: "complaint").text(0, "ticket")) })
    }

    /// The complaints closed as duplicates of `complaint`, oldest first.
    public func duplicates(of complaint: Complaint) throws -> [Ticket] {
        try connection.query(
            """
            SELECT c.ticket FROM complaint_duplicate d JOIN complaint c ON c.id = d.duplicate_id
            WHERE d.original_id = ? ORDER BY c.id
            """, complaint.id
        ) { row in try Ticket.parse(try DecodedRow(row, table: "complaint").text(0, "ticket")) }
    }

    /// Open complaints that may be the same as `complaint`, for the desk at verification: of the
    /// same category (and the same desa, when it names one), received within 90 days before it,
    /// sharing words of its
    /// subject (each word of four letters or more, any of them), the closest first; at most `limit`.
    public func likelyDuplicates(of complaint: Complaint, limit: Int = 5) throws -> [Complaint] {
        var words: [Substring] = []
        for word in complaint.subject.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        where word.count >= 4 && !words.contains(where: { $0.lowercased() == word.lowercased() }) {
            words.append(word)
            if words.count == ComplaintSearch.maximumWords { break }
        }
        guard !words.isEmpty else { return [] }
        // Each word quoted (never the query language), a prefix, any of them, in the subject.
        let match = "subject : (" + words.map { "\"\($0)\"*" }.joined(separator: " OR ") + ")"
        var sql = """
            SELECT \(ComplaintColumn.list) FROM complaint_search f JOIN complaint c ON c.id = f.rowid
            \(Complaints.joins)
            WHERE complaint_search MATCH ? AND c.id <> ? AND c.received_on >= ? AND c.received_on <= ?
                AND c.status IN (\(ComplaintStatus.sqlList(ComplaintStatus.open)))
            """
        var values: [SQLiteBindable] = [
            match, complaint.id, complaint.receivedOn.adding(days: -90).stored, complaint.receivedOn.stored,
        ]
        sql += " AND c.category = ?"
        values.append(complaint.category.value)
        // A complaint that names its desa is compared with the complaints of that desa.
        if let village = complaint.villageCode {
            sql += " AND c.village_code = ?"
            values.append(village)
        }
        sql += " ORDER BY bm25(complaint_search), c.received_on DESC LIMIT ?"
        values.append(limit)
        return try connection.prepare(sql).query(values, Complaints.decode).map(readable)
    }
}
