import KBKDigest
import KBKDomain
internal import SQLiteDB

/// What a citizen does on the public pages, without a login: files a complaint, and with the
/// ticket and tracking code of their own complaint replies, rates and objects. Each act is one
/// change done as `warga:web` (`Actor.citizen`) with that act's right and no other, goes through
/// the same complaint calls as the desk's, and is counted against the network address it came
/// from (`CitizenAct.limits`), in the same transaction, so that concurrent posts cannot slip past.
public struct Citizens {
    let store: Store

    /// Files a complaint on the public form: unverified, on the coordinator's desk, with the
    /// citizen's files (kept for the desk, not shown on the status page until the desk says so).
    public func file(
        _ draft: ComplaintDraft, uploads: [AttachmentUpload], formKey: IntakeKey?, address: String
    ) throws -> (Complaint, trackingCode: String) {
        var draft = draft
        draft.channel = .website
        draft.receivedAt = nil
        draft.unit = nil
        return try act(.file, address: address) { transaction in
            if let formKey, let ticket = try store.complaints.recorded(by: formKey) {
                // The same form sent again, its answer lost on a weak connection: whoever holds the
                // form's one-use key gets the receipt again, with a new code (the old one stops working).
                let complaint = try store.complaints.get(ticket)
                let code = try transaction.complaints.setTrackingCode(of: complaint)
                try transaction.audit(
                    AuditRecord(
                        .update, .complaint, id: ticket.description,
                        "issued a new tracking code for \(ticket): its public form was sent again"))
                return (complaint, code)
            }
            let (complaint, code) = try transaction.complaints.logTracked(draft, formKey: formKey)
            try transaction.complaints.attach(uploads, to: complaint.ticket, public: false)
            return (complaint, code)
        }
    }

    /// The complainant's message, added to the timeline as theirs (public; no status or deadline
    /// moves, and the desk sees it on the complaint's page).
    public func reply(ticket: String, code: String, message: String, address: String) throws -> Complaint {
        let complaint = try own(ticket, code)
        return try act(.reply, address: address) {
            try $0.complaints.act(complaint.ticket, .reply(message), at: nil)
        }
    }

    /// The complainant's rating of a resolved complaint, which confirms it and so closes it.
    public func rate(ticket: String, code: String, rating: Int, comment: String?, address: String) throws
        -> Complaint
    {
        let complaint = try own(ticket, code)
        guard Complaint.ratingRange.contains(rating) else {
            throw DomainError.outOfRange(field: "rating", value: String(rating), range: Complaint.ratingRange)
        }
        return try act(.rate, address: address) {
            try $0.complaints.act(complaint.ticket, .close(rating: rating, comment: comment), at: nil)
        }
    }

    /// The complainant's objection to a resolution, while it is resolved and not yet closed: the
    /// complaint reopened, as `kbk complaint reopen` does (counted against the unit).
    public func object(ticket: String, code: String, reason: String, address: String) throws -> Complaint {
        let complaint = try own(ticket, code)
        return try act(.object, address: address) {
            try $0.complaints.act(complaint.ticket, .reopen(reason: reason), at: nil)
        }
    }

    /// The complaint the ticket and code are of; a wrong pair is "no such complaint", whichever is wrong.
    func own(_ ticket: String, _ code: String) throws -> Complaint {
        guard let complaint = try store.complaints.tracked(ticket: ticket, code: code) else {
            throw DomainError.notFound(kind: .complaint, key: ticket)
        }
        return complaint
    }

    /// Runs one citizen's act as its own change, after counting it against the address: past
    /// either limit nothing is written. Rows older than the longest window are dropped as it goes.
    func act<T>(_ act: CitizenAct, address: String, _ body: (Transaction) throws -> T) throws -> T {
        let digest = try self.digest(address)
        return try store.write(for: nil, citizen: act) { transaction in
            let now = transaction.now.secondsSinceEpoch
            let connection = transaction.connection
            try connection.run("DELETE FROM citizen_post WHERE at < ?", now - 86_400)
            try Citizens.requireWithinLimits(act, digest: digest, now: now, connection)
            try connection.run(
                "INSERT INTO citizen_post (address_digest, act, at) VALUES (?, ?, ?)", digest, act.rawValue, now)
            return try body(transaction)
        }
    }
}

extension Citizens {
    /// Refuses, before any work on a post (reading its photos), an address already past a limit of
    /// the act; the write checks again, in its transaction.
    public func requireWithinLimits(_ act: CitizenAct, address: String) throws {
        try Citizens.requireWithinLimits(
            act, digest: try digest(address), now: store.now.secondsSinceEpoch, store.connection)
    }

    static func requireWithinLimits(_ act: CitizenAct, digest: String, now: Int64, _ connection: Connection) throws {
        for (limit, hours) in [(act.limits.perHour, 1), (act.limits.perDay, 24)] {
            let made = try connection.count(
                "SELECT count(*) FROM citizen_post WHERE address_digest = ? AND act = ? AND at > ?", digest,
                act.rawValue, now - Int64(hours) * 3_600)
            if made >= limit { throw DomainError.rule(.citizenLimit(act: act, limit: limit, hours: hours)) }
        }
    }

    /// The address's network (`CitizenAct.networkKey`) as kept: an HMAC under the database's secret.
    func digest(_ address: String) throws -> String {
        guard let network = CitizenAct.networkKey(address) else {
            throw DomainError.malformed(field: "REMOTE_ADDR", value: address, expected: "the client's network address")
        }
        return HMACSHA256.hex(
            HMACSHA256.authenticationCode(key: try store.webSecret(), message: Array("address:\(network)".utf8)))
    }
}

extension Store {
    /// The citizen's side of the public pages (`Citizens`).
    public var citizens: Citizens { Citizens(store: self) }
}
