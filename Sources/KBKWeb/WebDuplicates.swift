import KBKDomain
import KBKPresentation
import KBKStore

/// A complaint's duplicates on its page: the original it repeats or the duplicates it has, the
/// likely duplicates the desk is shown while it is to be verified, and the form of `kbk complaint
/// link --duplicate-of` through the same store call (`markDuplicate`), which checks the right.
struct ComplaintLinks {
    var original: Ticket?
    var duplicates: [Ticket] = []
    /// Open complaints that may be the same (`likelyDuplicates`), read only for a desk that may act on them.
    var likely: [Complaint] = []
}

extension KBKWeb {
    static func complaintLinks(_ complaint: Complaint, store: Store, official: Official) throws -> ComplaintLinks {
        var links = ComplaintLinks(
            original: try store.complaints.original(of: complaint),
            duplicates: try store.complaints.duplicates(of: complaint))
        if GuardedAction.rejectComplaint.allows(official.role), complaint.status == .received {
            links.likely = try store.complaints.likelyDuplicates(of: complaint)
        }
        return links
    }

    /// `POST /complaint/TICKET/duplicate`.
    static func markDuplicate(_ ticket: Ticket, form: [String: String], store: Store) throws {
        let original = try Ticket.parse(try form.requiredField("original"))
        let message = try form.optionalLongText("message")
        _ = try store.write { try $0.complaints.markDuplicate(ticket, of: original, message: message) }
    }
}

extension WebPages {
    static func duplicates(
        _ complaint: Complaint, links: ComplaintLinks, official: Official, token: String, language: Language,
        base: String, refill: Refill?
    ) -> HTML {
        func linked(_ ticket: Ticket) -> HTML { "<a href=\"\(base)/complaint/\(ticket)\">\(ticket.description)</a>" }
        var out = HTML()
        if let original = links.original {
            out += "<p class=\"notice\">\(Msg.labelDuplicateOf(language)) \(linked(original))</p>"
        }
        if !links.duplicates.isEmpty {
            out += "<p>\(Msg.labelDuplicates(language)): \(links.duplicates.map(linked).joined(separator: ", "))</p>"
        }
        if !links.likely.isEmpty {
            out += "<h2>\(Msg.webLikelyDuplicates(language))</h2>"
            out += table(
                [Msg.labelTicket, Msg.labelReceived, Msg.labelStatus, Msg.labelSubject],
                links.likely.map {
                    [
                        linked($0.ticket), "\(LetterDates.tableDate($0.receivedOn, language))",
                        "\(Msg.statusName($0.status)(language))", "\($0.subject)",
                    ]
                }, language: language)
        }
        let mayLink =
            GuardedAction.rejectComplaint.allows(official.role) && links.original == nil
            && ComplaintAction.reject(.duplicate, message: nil).nextStatus(
                from: complaint.status, heldFrom: complaint.heldFrom) != nil
        if mayLink {
            let f = refill?.fields(for: "duplicate", language: language) ?? FormFields(language: language)
            f.idPrefix = "duplicate-"
            let choices = links.likely.map { ($0.ticket.description, "\($0.ticket) — \($0.subject)") }
            let original =
                choices.isEmpty
                ? f.input("original", Msg.webOriginalTicket, required: true, placeholder: "ADU-2026-00011")
                : f.choice("original", Msg.webOriginalTicket, choices)
            let open: HTML = refill?.action == "duplicate" ? " open" : ""
            out += """
                <details class="action"\(open)><summary>\(Msg.webMarkDuplicate(language))</summary>\
                <form method="post" action="\(base)/complaint/\(complaint.ticket)/duplicate">\
                <input type="hidden" name="csrf" value="\(token)">\(f.formProblem())\(original)\
                \(f.textarea("message", Msg.webDuplicateAnswer))\
                <button type="submit">\(Msg.webMarkDuplicate(language))</button></form></details>
                """
        }
        return out
    }
}
