import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk official add|list|show|edit|deactivate`: who uses kbk, by login, with a role and a unit.
enum OfficialCommands {
    static let loginArgument = ArgumentSpec(name: "login", help: Msg.argLogin)

    static let spec = CommandSpec(
        name: "official", abstract: Msg.officialAbstract, discussion: Msg.officialDiscussion,
        examples: [
            "kbk official add --login siti --nip 198609262015051001 --name 'Siti Rahayu' --skpd DINKES --role unit-admin",
            "kbk official list --role coordinator",
        ],
        subcommands: [add, list, show, edit, deactivate])

    /// An official's details, as `official add` requires them and `official edit` corrects them.
    enum Details {
        static let login = Option.parsed(
            "login", valueName: "login", help: Msg.optOfficialLogin, isRequired: true, Login.init)
        static let nip = Option.parsed("nip", valueName: "nip", help: Msg.optOfficialNIP, NIP.init)
        static let name = Option.line("name", valueName: "name", help: Msg.optOfficialName)
        static let unit = Option.parsed("skpd", valueName: "code", help: Msg.optOfficialSkpd, UnitCode.init)
        static let role = Option.choice("role", OfficialRole.self, help: Msg.optOfficialRole)
        static let email = Option.parsed(
            "email", valueName: "address", help: Msg.optOfficialEmail, EmailAddress.parse)
        static let language = Option.choice("language", Language.self, help: Msg.optOfficialLanguage)
    }

    /// What `official add` must be given.
    enum NewOfficial {
        static let nip = Option.parsed(
            "nip", valueName: "nip", help: Msg.optOfficialNIP, isRequired: true, NIP.init)
        static let name = Option.line("name", valueName: "name", help: Msg.optOfficialName, isRequired: true)
        static let unit = Option.parsed(
            "skpd", valueName: "code", help: Msg.optOfficialSkpd, isRequired: true, UnitCode.init)
        static let role = Option.choice("role", OfficialRole.self, help: Msg.optOfficialRole, isRequired: true)
    }

    /// What `official edit` clears when given empty.
    enum Clearable {
        static let email = Option.parsed(
            "email", valueName: "address", help: Msg.optOfficialEmailClear, EmailAddress.parse)
        /// By its code alone, as the web's language field takes it.
        static let language = Option.parsed(
            "language", valueName: "id|en", help: Msg.optOfficialLanguageClear
        ) { (text: String) throws(DomainError) -> Language in try parseChoice(text, field: "--language") }
    }

    static let roleFilter = Option.choice("role", OfficialRole.self, help: Msg.optOfficialRoleFilter)
    static let all = Flag("all", help: Msg.optOfficialAll)

    static let add = CommandSpec(
        name: "add", abstract: Msg.officialAddAbstract,
        options: .of(
            Details.login, NewOfficial.nip, NewOfficial.name, NewOfficial.unit, NewOfficial.role, Details.email,
            Details.language),
        formats: [.table, .json],
        examples: [
            "kbk official add --login siti --nip 198609262015051001 --name 'Siti Rahayu' --skpd DINKES --role unit-admin",
            "kbk official add --login bagor --nip 197001011995031002 --name 'Bagian Organisasi' --skpd SETDA --role coordinator",
        ],
        run: { invocation in
            _ = try invocation.format()
            var draft = OfficialDraft(
                login: try invocation.required(Details.login), nip: try invocation.required(NewOfficial.nip),
                name: try invocation.required(NewOfficial.name), unitCode: try invocation.required(NewOfficial.unit),
                role: try invocation.required(NewOfficial.role), email: try invocation.value(Details.email))
            draft.language = try invocation.value(Details.language)?.rawValue
            let store = try invocation.openStore(.existing)
            let official = try store.write { try $0.officials.add(draft) }
            return .change(
                json(official),
                line: Msg.officialAdded(official.login, official.role, official.unitCode ?? "-"))
        })

    static let list = CommandSpec(
        name: "list", abstract: Msg.officialListAbstract,
        options: .of(CommonOptions.unitFilter, roleFilter, all),
        formats: [.table, .csv, .json],
        examples: ["kbk official list", "kbk official list --skpd DINKES --all --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let unit = try invocation.value(CommonOptions.unitFilter)
            let role = try invocation.value(roleFilter)
            let includeInactive = invocation.isSet(all)
            let store = try invocation.openStore(.existing)
            let officials = try store.officials.list(includeInactive: includeInactive, unit: unit, role: role)
            let records = { @Sendable () -> JSON in .array(officials.map(json)) }
            var table = Tabular(columns: [
                Column(key: "login", header: Msg.labelLogin), Column(key: "name", header: Msg.labelName),
                Column(key: "nip", header: Msg.labelNIP), Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "role", header: Msg.labelRole), Column(key: "status", header: Msg.labelStatus),
            ])
            for official in officials {
                table.rows.append([
                    .text(official.login), .text(official.name), official.nip.map(Cell.text) ?? .null,
                    official.unitCode.map(Cell.text) ?? .null,
                    .coded(official.role), .text(status(official, invocation)),
                ])
            }
            return .records(records, shown: .rows(table))
        })

    static let show = CommandSpec(
        name: "show", abstract: Msg.officialShowAbstract, arguments: [loginArgument], formats: [.table, .csv, .json],
        examples: ["kbk official show siti"],
        run: { invocation in
            _ = try invocation.format()
            let login = try invocation.parse(invocation.argument(0) ?? "", Login.init)
            let store = try invocation.openStore(.existing)
            let official = try store.officials.get(login)
            let language = invocation.language
            var fields = Fields()
            fields.add(Msg.labelLogin(language), official.login)
            fields.add(Msg.labelName(language), official.name)
            fields.add(Msg.labelNIP(language), official.nip)
            fields.add(Msg.labelUnit(language), official.unitCode)
            fields.add(Msg.labelRole(language), official.role.rawValue)
            fields.add(Msg.labelScope(language), Msg.officialScope(official.scopeUnit)(language))
            fields.add(Msg.labelEmail(language), official.email)
            fields.add(Msg.labelLanguage(language), official.language)
            fields.add(Msg.labelSince(language), official.createdAt.iso8601(in: invocation.timeZone))
            fields.add(Msg.labelStatus(language), status(official, invocation))
            return .record(fields, json: json(official))
        })

    static let edit = CommandSpec(
        name: "edit", abstract: Msg.officialEditAbstract, discussion: Msg.officialEditDiscussion,
        arguments: [loginArgument],
        options: .of(
            Details.nip, Details.name, Details.unit, Details.role, Clearable.email, Clearable.language),
        formats: [.table, .json],
        examples: ["kbk official edit siti --role coordinator", "kbk official edit siti --email ''"],
        run: { invocation in
            _ = try invocation.format()
            let login = try invocation.parse(invocation.argument(0) ?? "", Login.init)
            var changes = OfficialChanges()
            changes.nip = try invocation.value(Details.nip)
            changes.name = try invocation.value(Details.name)
            changes.unitCode = try invocation.value(Details.unit)
            changes.role = try invocation.value(Details.role)
            changes.email = try invocation.clearable(Clearable.email)
            changes.language = try invocation.clearable(Clearable.language).map { $0?.rawValue }
            let store = try invocation.openStore(.existing)
            let official = try store.write { try $0.officials.edit(login, changes) }
            return .change(json(official), line: Msg.officialEdited(official.login))
        })

    static let deactivate = CommandSpec(
        name: "deactivate", abstract: Msg.officialDeactivateAbstract, arguments: [loginArgument],
        formats: [.table, .json], examples: ["kbk official deactivate siti"],
        run: { invocation in
            _ = try invocation.format()
            let login = try invocation.parse(invocation.argument(0) ?? "", Login.init)
            let store = try invocation.openStore(.existing)
            let official = try store.write { try $0.officials.deactivate(login) }
            return .change(json(official), line: Msg.officialDeactivated(official.login))
        })

    static func status(_ official: Official, _ invocation: Invocation) -> String {
        guard let ended = official.deactivatedAt else { return Msg.statusActive(invocation.language) }
        return Msg.statusDeactivatedOn(ended.date(in: invocation.timeZone))(invocation.language)
    }

    static func json(_ official: Official) -> JSON {
        .object([
            ("login", .string(official.login)), ("name", .string(official.name)), ("nip", .optional(official.nip)),
            ("skpd", .optional(official.unitCode)), ("role", .string(official.role.rawValue)),
            ("government_wide", .bool(official.role.isGovernmentWide)), ("email", .optional(official.email)),
            ("language", .optional(official.language)),
            ("created_at", .string(official.createdAt.utcString)), ("active", .bool(official.isActive)),
            ("deactivated_at", .optional(official.deactivatedAt?.utcString)),
        ])
    }
}
