import KBKDomain
internal import SQLiteDB

extension Writing where Repository == Complaints {
    /// The complaints whose complainant left `number` as their contact, newest first, for a desk
    /// that must call a complainant back or gather one person's complaints. It reads personal data,
    /// so it is allowed to those who may reveal an identity and recorded in the audit trail with
    /// the reason and the number's last four digits, whether or not anything was found. A
    /// whistle-blower's report is never found this way: its reporter is read in the inspectorate
    /// alone, one report at a time.
    public func findByContact(_ number: ContactNumber, reason: String) throws -> [Complaint] {
        try transaction.require(.revealIdentity)
        let whistleblowing = ComplaintKind.allCases.filter(\.isWhistleblowing).map { "'\($0.rawValue)'" }
        // The digits are compared in kbk, where one rule reads every way a number is written; the
        // last four narrow the rows read first.
        let candidates = try connection.prepare(
            """
            SELECT c.id, c.complainant_contact FROM complaint c
            WHERE c.complainant_contact LIKE ? ESCAPE '\\'
                AND c.kind NOT IN (\(whistleblowing.joined(separator: ", ")))
            ORDER BY c.received_on DESC, c.received_at DESC, c.id DESC
            """
        ).query(["%" + number.digits.suffix(4).map(String.init).joined(separator: "%") + "%"]) { row in
            let r = DecodedRow(row, table: "complaint")
            return (id: try r.int64(0, "id"), contact: r.optionalText(1))
        }
        let ids = candidates.filter { ContactNumber.all(in: $0.contact ?? "").contains(number) }.map(\.id)
        let row = try connection.prepare("SELECT \(Complaints.columns) WHERE c.id = ?")
        let found = try ids.compactMap { try row.query([$0], Complaints.decode).first }
        // The search, found or not, and each complaint it tied to the number, on that complaint's
        // own trail: whose link to a telephone number was disclosed is read there.
        let tickets = found.map(\.ticket.description)
        try transaction.audit(
            AuditRecord(
                .revealIdentity, .complaint, id: "contact",
                "searched the complainants' contacts for \(number.masked) (\(found.count) found"
                    + (tickets.isEmpty ? "" : ": \(tickets.joined(separator: ", "))") + "): \(reason)"))
        for ticket in tickets {
            try transaction.audit(
                AuditRecord(
                    .revealIdentity, .complaint, id: ticket,
                    "found \(ticket) by its complainant's telephone number \(number.masked): \(reason)"))
        }
        return found
    }
}
