import KBKDomain
import KBKPresentation
import KBKStore

/// How a post is answered: one path for every form, so that a refusal always comes back the same way.
extension KBKWeb {
    /// A post: its token checked, then `change` run. An expired token, a refusal of the store or a
    /// field that breaks its rule comes back as `page` with the form filled in as it was typed and
    /// the reason next to the field (nothing written); a forged token, a missing page or a failure of
    /// the server is an error page.
    static func posting(
        _ request: CGIRequest, action: String, environment: [String: String], official: Official, store: Store,
        now: Timestamp, page: (Refill) throws -> CGIResponse, change: () throws -> CGIResponse
    ) throws -> CGIResponse {
        guard try requireToken(request, official: official, store: store, at: now) else {
            var response = try page(Refill(action: action, form: request.form))
            response.status = 403
            return response
        }
        do {
            return try change()
        } catch {
            return try refused(
                error, action: action, form: request.form, official: official, environment: environment, page: page)
        }
    }

    /// A post the store or a field's rule refused, as `page` with what was typed and the reason by
    /// its field; a page that does not exist (`/unit/X/no-such-form`) stays a 404, and a database
    /// that is damaged or changed around kbk is the admin's matter, not the form's: those are thrown.
    static func refused(
        _ error: Error, action: String, form: [String: String], official: Official?, environment: [String: String],
        page: (Refill) throws -> CGIResponse
    ) throws -> CGIResponse {
        let failure = shown(error, to: official, environment: environment)
        if failure.status >= 500 || (error as? WebFailure)?.status == 404 || isDamage(error) { throw error }
        let refill = Refill(action: action, form: form, reason: .refused(failure.message, field: field(of: error)))
        // The page itself may be gone (a complaint's ticket that names none): the error stands.
        guard var response = try? page(refill) else { throw error }
        response.status = failure.status
        return response
    }

    /// Whether the error is the database's own state (a row changed around kbk, a broken chain, a
    /// row that cannot be read), which no correction of the form can mend.
    static func isDamage(_ error: Error) -> Bool {
        if error is DamagedRow { return true }
        switch error as? StoreError {
        case .rowTampered?, .auditChainBroken?, .unauditedChange?: return true
        default: return false
        }
    }

    /// The form field an error is about, when it names one.
    static func field(of error: Error) -> String? {
        switch error {
        case let web as WebFailure: return web.field
        case let domain as DomainError:
            switch domain {
            case .malformed(let field, _, _), .notAllowed(let field, _, _), .outOfRange(let field, _, _),
                .invalid(let field, _, _):
                // The complainant's fields keep their names in the message, which then hides the value.
                return ["complainant name": "name", "complainant contact": "contact"][field] ?? field
            case .invalidNIP: return "nip"
            // The store names a time given by hand as the command line's option (`--received`).
            case .rule(.inTheFuture(let field, _, _)), .rule(.beyondBackdateWindow(let field, _, _, _)),
                .rule(.dateInTheFuture(let field, _, _)), .rule(.dateBefore(let field, _, _, _)):
                return String(field.trimmingPrefix("--"))
            case .duplicate(.externalReference, _): return "external_ref"
            case .notFound(.sop, _): return "sop"
            case .notFound, .duplicate, .rule: return nil
            }
        default: return nil
        }
    }
}
