import KBKDomain
import KBKPresentation
import KBKStore

/// The officials' page (`/officials`), an admin's: who uses kbk, and the forms of `kbk official
/// add` and `deactivate` through the same store calls, which check the right (registering
/// officials) again. Who may read the list is the store's: the registry's readers, as on the
/// command line.
extension KBKWeb {
    static func officialsPage(
        _ request: CGIRequest, store: Store, official: Official, now: Timestamp, refill: Refill? = nil
    ) throws -> CGIResponse {
        try store.require(.manageOfficials)
        return .html(
            200,
            WebPages.officials(
                try store.officials.list(includeInactive: false, unit: nil, role: nil),
                units: try store.units.list(includeInactive: false, kind: nil, today: store.today),
                token: try token(for: official, in: store, at: now), official: official, language: request.language,
                base: request.base, refill: refill))
    }

    static func officialChange(_ action: String, form: [String: String], store: Store) throws {
        switch action {
        case "add":
            var draft = OfficialDraft(
                login: try Login(try form.requiredField("login")), nip: try NIP(try form.requiredField("nip")),
                name: try form.shortText("name"), unitCode: try UnitCode(try form.requiredField("skpd")),
                role: try parseChoice(try form.requiredField("role"), field: "role"),
                email: try form.filled("email").map { (text: String) throws(DomainError) in
                    try EmailAddress.parse(text)
                })
            draft.language = try form.filled("language").map { (text: String) throws(DomainError) in
                (try parseChoice(text, field: "language") as Language).rawValue
            }
            _ = try store.write { try $0.officials.add(draft) }
        case "edit":
            let login = try Login(try form.requiredField("login"))
            var changes = OfficialChanges()
            changes.name = try form.optionalShortText("name")
            changes.nip = try form.filled("nip").map { try NIP($0) }
            changes.unitCode = try form.filled("skpd").map { try UnitCode($0) }
            changes.role = try form.filled("role").map { (text: String) throws(DomainError) in
                try parseChoice(text, field: "role")
            }
            if let email = form.filled("email") {
                // "-" clears the address, as `--email ''` does.
                changes.email = .some(email == "-" ? nil : try EmailAddress.parse(email))
            }
            if let language = form.filled("language") {
                changes.language = .some(
                    language == "-" ? nil : (try parseChoice(language, field: "language") as Language).rawValue)
            }
            _ = try store.write { try $0.officials.edit(login, changes) }
        case "deactivate":
            let login = try Login(try form.requiredField("login"))
            _ = try store.write { try $0.officials.deactivate(login) }
        default:
            throw notFound
        }
    }
}

extension WebPages {
    static func officials(
        _ officials: [Official], units: [Unit], token: String, official: Official, language: Language, base: String,
        refill: Refill?
    ) -> HTML {
        let rows: [[HTML]] = officials.map {
            [
                "\($0.name)", "\($0.login)", "\($0.nip)", "\($0.unitCode)", "\($0.role.label(language))",
                "\($0.email)",
            ]
        }
        var body = table(
            [Msg.labelName, Msg.labelLogin, Msg.labelNIP, Msg.labelUnit, Msg.labelRole, Msg.labelEmail], rows,
            language: language)
        body += "<h2>\(Msg.webActions(language))</h2>"
        let path = "\(base)/officials"
        body += registryForm(
            path, "add", Msg.webAddOfficial,
            {
                $0.input("login", Msg.labelLogin, required: true, placeholder: "siti")
                    + $0.input("nip", Msg.labelNIP, required: true, placeholder: "198609262015051001")
                    + $0.input("name", Msg.labelName, required: true)
                    + $0.choice("skpd", Msg.labelUnit, units.map { ($0.code, "\($0.name) (\($0.code))") })
                    + $0.choice(
                        "role", Msg.labelRole, OfficialRole.allCases.map { ($0.rawValue, $0.label(language)) },
                        preselected: OfficialRole.officer.rawValue)
                    + $0.input("email", Msg.labelEmail, placeholder: "siti@purbalinggakab.go.id")
                    + $0.choice("language", Msg.webLanguage, [("", ""), ("id", "Indonesia"), ("en", "English")])
            }, token: token, language: language, refill: refill)
        body += registryForm(
            path, "edit", Msg.webEditOfficial,
            {
                $0.choice("login", Msg.labelLogin, officials.map { ($0.login, "\($0.name) (\($0.login))") })
                    + "<p class=\"hint\">\(Msg.webBlankKeepsDashClears(language))</p>"
                    + $0.input("name", Msg.labelName) + $0.input("nip", Msg.labelNIP)
                    + $0.choice("skpd", Msg.labelUnit, [("", "")] + units.map { ($0.code, "\($0.name) (\($0.code))") })
                    + $0.choice(
                        "role", Msg.labelRole,
                        [("", "")] + OfficialRole.allCases.map { ($0.rawValue, $0.label(language)) })
                    + $0.input("email", Msg.labelEmail)
                    + $0.choice(
                        "language", Msg.webLanguage, [("", ""), ("id", "Indonesia"), ("en", "English"), ("-", "-")])
            }, token: token, language: language, refill: refill)
        body += registryForm(
            path, "deactivate", Msg.webDeactivateOfficial,
            {
                $0.choice(
                    "login", Msg.labelLogin,
                    officials.filter { $0.login != official.login }.map { ($0.login, "\($0.name) (\($0.login))") })
            }, token: token, language: language, refill: refill)
        return layout(
            Msg.webOfficials(language), body, language: language, base: base, official: official, refill: refill)
    }
}
