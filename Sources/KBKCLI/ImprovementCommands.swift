import KBKDomain
import KBKPresentation
import KBKStore
import KBKTransfer

/// `kbk improvement …`: PDCA improvement actions of work-culture groups.
enum ImprovementCommands {
    static let idArgument = ArgumentSpec(name: "id", help: Text(en: "The action's id.", id: "Id rencana aksi."))

    static let spec = CommandSpec(
        name: "improvement",
        abstract: Text(
            en: "Improvement actions (PDCA) that turn complaints into better service.",
            id: "Rencana aksi (PDCA) yang mengubah pengaduan menjadi perbaikan layanan."),
        examples: [
            "kbk improvement add --group 1 --title 'Antrean daring' --complaint ADU-2026-00012 --sop 470/01/2026 --due 2026-12-31",
            "kbk improvement advance 1 --stage do --note 'Uji coba di loket 2'",
        ],
        subcommands: [add, advance, link, list, show])

    /// What `improvement add` takes.
    enum Add {
        static let group = Option.recordID("group", help: Text(en: "The group.", id: "Kelompok."), isRequired: true)
        static let title = Option.line("title", help: Msg.optTitle, isRequired: true)
        static let problem = Option.optionalText(
            "problem", help: Text(en: "The problem it addresses.", id: "Masalah yang ditangani."), long: true)
        static let target = Option.optionalText(
            "target", help: Text(en: "What success looks like.", id: "Sasaran yang ingin dicapai."), long: true)
        static let due = Option.date(
            "due", help: Text(en: "When it should be done.", id: "Batas waktu penyelesaian."))
        static let started = Option.date(
            "started",
            help: Text(en: "When planning began (default: today).", id: "Mulai direncanakan (bawaan: hari ini)."))
        static let complaint = Option.parsed(
            "complaint", valueName: "ticket",
            help: Text(
                en: "A complaint it answers; repeat for several.", id: "Pengaduan yang dijawab; ulangi untuk beberapa."),
            isRepeatable: true, Ticket.parse)
        static let sop = Option.line(
            "sop", valueName: "number",
            help: Text(en: "An SOP it revises; repeat for several.", id: "SOP yang direvisi; ulangi untuk beberapa."),
            isRepeatable: true)
    }

    static let add = CommandSpec(
        name: "add",
        abstract: Text(
            en: "Open an action for a group; prints its id.", id: "Buka rencana aksi kelompok; mencetak id-nya."),
        options: .of(Add.group, Add.title, Add.problem, Add.target, Add.due, Add.started, Add.complaint, Add.sop),
        formats: [.table, .json],
        examples: [
            "kbk improvement add --group 1 --title 'Antrean daring' --problem 'Antre sejak subuh' --complaint ADU-2026-00012"
        ],
        run: { invocation in
            _ = try invocation.format()
            var draft = ImprovementDraft(
                groupID: try invocation.required(Add.group), title: try invocation.required(Add.title))
            draft.problem = try invocation.value(Add.problem)
            draft.target = try invocation.value(Add.target)
            draft.dueOn = try invocation.value(Add.due)
            draft.startedOn = try invocation.value(Add.started)
            draft.complaints = try invocation.values(Add.complaint)
            draft.sops = try invocation.values(Add.sop)
            let store = try invocation.openStore(.existing)
            let improvement = try store.write { try $0.improvements.add(draft) }
            return .change(
                RecordJSON.improvement(improvement, today: store.today),
                line: Text(
                    en: "Opened improvement \(improvement.id) \"\(improvement.title)\" (plan).",
                    id: "Rencana aksi \(improvement.id) \"\(improvement.title)\" dibuka (plan)."))
        })

    static let advance = CommandSpec(
        name: "advance",
        abstract: Text(
            en: "Move an action to its next stage (plan → do → check → act → done) or drop it.",
            id: "Majukan rencana aksi ke tahap berikutnya (plan → do → check → act → done) atau hentikan (dropped)."),
        arguments: [idArgument],
        options: .of(Advance.stage, Advance.note, Advance.at),
        formats: [.table, .json],
        examples: ["kbk improvement advance 1 --stage do --note 'Uji coba antrean daring di loket 2'"],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "improvement id")
            let stage = try invocation.required(Advance.stage)
            let note = try invocation.value(Advance.note)
            let at = try invocation.value(Advance.at)
            let store = try invocation.openStore(.existing)
            let improvement = try store.write { try $0.improvements.advance(id, to: stage, note: note, on: at) }
            return .change(
                RecordJSON.improvement(improvement, today: store.today),
                line: Text(
                    en: "Improvement \(id) is now at stage \(stage.rawValue).",
                    id: "Rencana aksi \(id) kini pada tahap \(stage.rawValue)."))
        })

    /// What `improvement advance` takes.
    enum Advance {
        static let stage = Option.choice(
            "stage", ImprovementStage.self, help: Text(en: "The stage reached.", id: "Tahap yang dicapai."),
            isRequired: true)
        static let note = Option.optionalText(
            "note",
            help: Text(
                en: "What happened (the reason, when dropping).", id: "Apa yang terjadi (alasan, bila dihentikan)."),
            long: true)
        static let at = Option.date(
            "at", help: Text(en: "When (default: today).", id: "Kapan (bawaan: hari ini)."))
    }

    /// What `improvement link` links: one complaint, one SOP, or a survey's elements.
    enum Link {
        static let complaint = Option.parsed(
            "complaint", valueName: "ticket",
            help: Text(en: "A complaint of the group's unit.", id: "Pengaduan unit kelompok."), Ticket.parse)
        static let sop = Option.line(
            "sop", valueName: "number", help: Text(en: "An SOP of the group's unit.", id: "SOP unit kelompok."))
        static let survey = Option.recordID(
            "survey",
            help: Text(
                en: "An IKM survey of the group's unit whose results the action follows up (with --element).",
                id: "Survei IKM unit kelompok yang hasilnya ditindaklanjuti (dengan --element)."))
        /// One element or several separated by commas, each read by `IKMScore.parseElement`.
        static let element = Option.parsed(
            "element", valueName: "U1-U9",
            help: Text(
                en: "The survey's element the action addresses (U1 … U9; repeat or separate with commas).",
                id: "Unsur survei yang ditangani rencana aksi (U1 … U9; ulangi atau pisahkan dengan koma)."),
            isRepeatable: true
        ) { (text: String) throws(DomainError) -> [Int] in
            var elements: [Int] = []
            for part in text.split(separator: ",") { elements.append(try IKMScore.parseElement(String(part))) }
            return elements
        }
    }

    static let link = CommandSpec(
        name: "link",
        abstract: Text(
            en: "Link a complaint the action answers, an SOP it revises or IKM survey elements it follows up.",
            id: "Kaitkan pengaduan yang dijawab, SOP yang direvisi atau unsur survei IKM yang ditindaklanjuti."),
        arguments: [idArgument],
        options: .of(Link.complaint, Link.sop, Link.survey, Link.element),
        formats: [.table, .json],
        examples: [
            "kbk improvement link 1 --complaint ADU-2026-00031", "kbk improvement link 1 --sop 470/01/2026",
            "kbk improvement link 1 --survey 4 --element U3 --element U8",
        ],
        run: { invocation in
            _ = try invocation.format()
            let id = try invocation.idArgument(0, name: "improvement id")
            let ticket = try invocation.value(Link.complaint)
            let sop = try invocation.value(Link.sop)
            let survey = try invocation.value(Link.survey)
            let elements = try invocation.values(Link.element).flatMap { $0 }
            if survey != nil && elements.isEmpty { throw invocation.missingOption(Link.element) }
            if survey == nil && !elements.isEmpty { throw invocation.missingOption(Link.survey) }
            guard ticket != nil || sop != nil || survey != nil else { throw invocation.missingOption(Link.complaint) }
            let store = try invocation.openStore(.existing)
            try store.write {
                try $0.improvements.link(id, complaint: ticket, sop: sop)
                if let survey { try $0.improvements.link(id, survey: survey, elements: elements) }
            }
            let improvement = try store.improvements.get(id)
            return .change(
                RecordJSON.improvement(improvement, today: store.today),
                line: Text(en: "Linked to improvement \(id).", id: "Dikaitkan ke rencana aksi \(id)."))
        })

    static let list = CommandSpec(
        name: "list", abstract: Text(en: "List improvement actions.", id: "Tampilkan rencana aksi."),
        options: .of(List.group, CommonOptions.reportUnit, List.stage, List.overdue),
        formats: [.table, .csv, .json],
        examples: ["kbk improvement list --skpd DISDUKCAPIL", "kbk improvement list --overdue"],
        run: { invocation in
            let format = try invocation.format()
            let group = try invocation.value(List.group)
            let unit = try invocation.value(CommonOptions.reportUnit)
            let stage = try invocation.value(List.stage)
            let overdueOnly = invocation.isSet(List.overdue)
            let store = try invocation.openStore(.existing)
            let today = store.today
            let items = try store.improvements.list(
                group: group, unit: unit, stage: stage, overdueOnly: overdueOnly, today: today)
            let records = { @Sendable () -> JSON in .array(items.map { RecordJSON.improvement($0, today: today) }) }
            var table = Tabular(columns: [
                Column(key: "id", header: Msg.labelID, alignRight: true), Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "group_id", header: Text(en: "Group", id: "Kelompok"), alignRight: true),
                Column(key: "title", header: Msg.labelTitle),
                Column(key: "stage", header: Text(en: "Stage", id: "Tahap")),
                Column(key: "due_on", header: Msg.labelDue),
                Column(key: "complaints", header: Text(en: "Complaints", id: "Pengaduan"), alignRight: true),
                Column(key: "sops", header: Msg.labelSOP, alignRight: true),
            ])
            for item in items {
                table.rows.append([
                    .int(Int(item.id)), .text(item.unitCode), .int(Int(item.groupID)), .text(item.title),
                    .coded(item.stage),
                    item.dueOn.map { item.isOverdue(on: today) ? .overdue($0) : .date($0) } ?? .null,
                    .int(item.complaintTickets.count), .int(item.sopNumbers.count),
                ])
            }
            return .records(records, shown: .rows(table))
        })

    /// What `improvement list` filters by.
    enum List {
        static let group = Option.recordID(
            "group", help: Text(en: "Only this group's.", id: "Hanya milik kelompok ini."))
        static let stage = Option.choice(
            "stage", ImprovementStage.self, help: Text(en: "Only actions at this stage.", id: "Hanya pada tahap ini."))
        static let overdue = Flag(
            "overdue",
            help: Text(
                en: "Only open actions past their due date.", id: "Hanya yang belum selesai dan lewat batas waktu."))
    }

    static let show = CommandSpec(
        name: "show",
        abstract: Text(
            en: "Show an action: its stages, linked complaints and SOP revisions since it began.",
            id: "Tampilkan rencana aksi: tahapannya, pengaduan terkait dan revisi SOP sejak dimulai."),
        arguments: [idArgument], formats: [.table, .json], examples: ["kbk improvement show 1"],
        run: { invocation in
            let format = try invocation.format()
            let id = try invocation.idArgument(0, name: "improvement id")
            let store = try invocation.openStore(.existing)
            let improvement = try store.improvements.get(id)
            let complaints = try improvement.complaintTickets.map { try store.complaints.get(Ticket.parse($0)) }
            let sops = try improvement.sopNumbers.map { try store.sops.get($0) }
            let surveys = try Set(improvement.surveyElements.map(\.surveyID)).sorted().map { try store.surveys.get($0) }
            let today = store.today
            let records = { @Sendable () -> JSON in
                RecordJSON.improvement(improvement, today: today).adding([
                    (
                        "complaint_status",
                        .object(complaints.map { ($0.ticket.description, .string($0.status.rawValue)) })
                    ),
                    (
                        "sop_revisions_since_start",
                        .object(
                            sops.map { sop in
                                (
                                    sop.number,
                                    .array(
                                        sop.revisions.filter {
                                            $0.revision > 0 && $0.datedOn >= improvement.startedOn
                                        }.map { .int($0.revision) })
                                )
                            })
                    ),
                ])
            }
            let language = invocation.language
            var fields = Fields()
            fields.add(Msg.labelID(language), String(improvement.id))
            fields.add(
                Msg.labelUnit(language),
                "\(improvement.unitCode), " + Text(en: "group", id: "kelompok")(language) + " \(improvement.groupID)")
            fields.add(Msg.labelTitle(language), improvement.title)
            fields.add(Text(en: "Problem", id: "Masalah")(language), improvement.problem)
            fields.add(Text(en: "Target", id: "Sasaran")(language), improvement.target)
            fields.add(Text(en: "Stage", id: "Tahap")(language), improvement.stage.label(language))
            fields.add(
                Msg.labelDue(language),
                improvement.dueOn.map {
                    LetterDates.date($0, language)
                        + (improvement.isOverdue(on: store.today)
                            ? " (" + Text(en: "overdue", id: "terlambat")(language) + ")" : "")
                })
            var stages = Tabular(columns: [
                Column(key: "stage", header: Text(en: "Stage", id: "Tahap")), Column(key: "on", header: Msg.labelDate),
                Column(key: "actor", header: Msg.labelActor), Column(key: "note", header: Msg.labelNote),
            ])
            for entry in improvement.stages {
                stages.rows.append([
                    .coded(entry.stage), .date(entry.on), .text(entry.actor),
                    entry.note.map(Cell.text) ?? .null,
                ])
            }
            var linked = Tabular(columns: [
                Column(key: "ticket", header: Msg.labelTicket), Column(key: "status", header: Msg.labelStatus),
                Column(key: "subject", header: Msg.labelSubject),
            ])
            for complaint in complaints {
                linked.rows.append([
                    .code(complaint.ticket), .coded(complaint.status),
                    .text(complaint.subject),
                ])
            }
            var revisions = Tabular(columns: [
                Column(key: "number", header: Msg.labelNumber),
                Column(key: "revision", header: Msg.labelRevision, alignRight: true),
                Column(key: "revised_on", header: Msg.labelRevised),
                Column(key: "effective_on", header: Msg.labelEffective),
            ])
            for sop in sops {
                let since = sop.revisions.filter { $0.revision > 0 && $0.datedOn >= improvement.startedOn }
                if since.isEmpty { revisions.rows.append([.text(sop.number), .null, .null, .null]) }
                for revision in since {
                    revisions.rows.append([
                        .text(sop.number), .int(revision.revision), .date(revision.datedOn),
                        .date(revision.content.effectiveOn),
                    ])
                }
            }
            var addressed = Tabular(columns: [
                Column(key: "survey_id", header: Text(en: "Survey", id: "Survei"), alignRight: true),
                Column(key: "skpd", header: Msg.labelUnit),
                Column(key: "period", header: Text(en: "Period", id: "Periode")),
                Column(key: "service", header: Text(en: "Service", id: "Layanan")),
                Column(key: "element", header: Text(en: "Element", id: "Unsur")),
                Column(key: "average", header: Text(en: "Average (NRR)", id: "NRR"), alignRight: true),
                Column(key: "linked_on", header: Msg.labelDate),
            ])
            for link in improvement.surveyElements {
                guard let survey = surveys.first(where: { $0.id == link.surveyID }) else { continue }
                addressed.rows.append([
                    .int(Int(survey.id)), .text(survey.unitCode), .text(survey.period.label),
                    survey.service.map(Cell.text) ?? .null, .text(IKMScore.elementNames[link.element - 1]),
                    .text(IKMCommands.decimal(survey.score.average(link.element - 1), 2, language)),
                    .date(link.linkedOn),
                ])
            }
            return .records(
                records,
                shown: .sections(
                    [.text(fields.render()), .rows(stages), .rows(linked), .rows(revisions)]
                        + (addressed.rows.isEmpty ? [] : [.rows(addressed)])))
        })
}
