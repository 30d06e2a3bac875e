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
        let digest = HMACSHA256.hex(
            HMACSHA256.authenticationCode(key: try store.webSecret(), message: Array("address:\(address)".utf8)))
        return try store.write(for: nil, citizen: act) { transaction in
            let now = transaction.now.secondsSinceEpoch
            let connection = transaction.connection
            try connection.run("DELETE FROM citizen_post WHERE at < ?", now - 86_400)
            for (limit, hours) in [(act.limits.perHour, 1), (act.limits.perDay, 24)] {
                let made = try connection.count(
                    "SELECT count(*) FROM citizen_post WHERE address_digest = ? AND act = ? AND at > ?", digest,
                    act.rawValue, now - Int64(hours) * 3_600)
                if made >= limit { throw DomainError.rule(.citizenLimit(act: act, limit: limit, hours: hours)) }
            }
            try connection.run(
                "INSERT INTO citizen_post (address_digest, act, at) VALUES (?, ?, ?)", digest, act.rawValue, now)
            return try body(transaction)
        }
    }
}

extension Store {
    /// The citizen's side of the public pages (`Citizens`).
    public var citizens: Citizens { Citizens(store: self) }
}
