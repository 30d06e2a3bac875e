import KBKDomain
import KBKPresentation
import KBKStore

/// A topic's name in the reader's language.
enum TopicLabel {
    static func name(_ topic: Topic, _ language: Language) -> String {
        language == .id ? topic.name : topic.nameEnglish
    }
}

/// `kbk topic …`: the list of topics complaints are counted by, each filed under a LAPOR! category.
enum TopicCommands {
    static let codeArgument = ArgumentSpec(name: "code", help: Msg.argTopicCode)

    static let spec = CommandSpec(
        name: "topic", abstract: Msg.topicAbstract,
        examples: [
            "kbk topic list",
            "kbk topic add pju-rusak --name 'Lampu PJU rusak' --name-en 'Broken street lamps' --lapor-category Infrastruktur",
        ],
        subcommands: [list, add, edit])

    static let list = CommandSpec(
        name: "list", abstract: Msg.topicListAbstract, formats: [.table, .csv, .json],
        examples: ["kbk topic list --format csv"],
        run: { invocation in
            let format = try invocation.format()
            let store = try invocation.openStore(.existing)
            let topics = try store.topics.list()
            let counts = try store.topics.complaintCounts()
            if format == .json {
                invocation.emit(
                    .array(
                        topics.map {
                            RecordJSON.topic($0).adding([("complaints", .int(counts[$0.code] ?? 0))])
                        }))
                return
            }
            let language = invocation.language
            let table = format == .table
            var rows = Tabular(
                columns: [Column(key: "code", header: Msg.labelCode)]
                    + (table
                        ? [Column(key: "name", header: Msg.labelName)]
                        : [
                            Column(key: "name", header: Msg.labelTopicNameIndonesian),
                            Column(key: "name_en", header: Msg.labelTopicNameEnglish),
                        ])
                    + [
                        Column(key: "lapor_category", header: Msg.labelLaporCategory),
                        Column(key: "in_use", header: Msg.labelInUse),
                        Column(key: "complaints", header: Msg.labelComplaints, alignRight: true),
                    ])
            for topic in topics {
                var row: [Cell] = [.text(topic.code)]
                row +=
                    table ? [.text(TopicLabel.name(topic, language))] : [.text(topic.name), .text(topic.nameEnglish)]
                row.append(.text(topic.laporCategory))
                row.append(
                    table
                        ? .text((topic.isInUse ? Msg.categoryInUseShort : Msg.categoryNotInUseShort)(language))
                        : .int(topic.isInUse ? 1 : 0))
                row.append(.int(counts[topic.code] ?? 0))
                rows.rows.append(row)
            }
            invocation.context.stdout.write(rows.render(format, language: language))
        })

    static let nameOptions = [
        OptionSpec(name: "name", valueName: "name", help: Msg.optTopicName),
        OptionSpec(name: "name-en", valueName: "name", help: Msg.optTopicNameEnglish),
        OptionSpec(name: "lapor-category", valueName: "name", help: Msg.optLaporCategory),
    ]

    static let add = CommandSpec(
        name: "add", abstract: Msg.topicAddAbstract, arguments: [codeArgument],
        options: nameOptions.map {
            OptionSpec(name: $0.name, valueName: $0.valueName, help: $0.help, isRequired: true)
        },
        formats: [.table, .json],
        examples: [
            "kbk topic add pju-rusak --name 'Lampu PJU rusak' --name-en 'Broken street lamps' --lapor-category Infrastruktur"
        ],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", Topic.parseCode)
            let topic = Topic(
                code: code, name: try invocation.required("name", ComplaintCommands.text("name")),
                nameEnglish: try invocation.required("name-en", ComplaintCommands.text("name-en")),
                laporCategory: try invocation.required("lapor-category", ComplaintCommands.text("lapor-category")))
            let store = try invocation.openStore(.existing)
            let added = try store.write { try $0.topics.add(topic) }
            invocation.reportChange(format, json: RecordJSON.topic(added), line: Msg.topicAdded(added.code))
        })

    static let edit = CommandSpec(
        name: "edit", abstract: Msg.topicEditAbstract, arguments: [codeArgument],
        options: nameOptions + [
            OptionSpec(name: "in-use", valueName: nil, help: Msg.optTopicInUse),
            OptionSpec(name: "retire", valueName: nil, help: Msg.optTopicRetire),
        ],
        formats: [.table, .json],
        examples: [
            "kbk topic edit pkh --lapor-category 'Sosial dan Kesejahteraan'", "kbk topic edit pju-rusak --retire",
        ],
        run: { invocation in
            let format = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", Topic.parseCode)
            let name = try invocation.option("name", ComplaintCommands.text("name"))
            let nameEnglish = try invocation.option("name-en", ComplaintCommands.text("name-en"))
            let laporCategory = try invocation.option("lapor-category", ComplaintCommands.text("lapor-category"))
            let (takeUp, retire) = (invocation.flag("in-use"), invocation.flag("retire"))
            if takeUp && retire { throw invocation.usageError(Msg.conflictingOptions("--in-use", "--retire")) }
            guard name != nil || nameEnglish != nil || laporCategory != nil || takeUp || retire else {
                throw invocation.usageError(Msg.topicEditNeedsAField)
            }
            let store = try invocation.openStore(.existing)
            let topic = try store.write {
                try $0.topics.edit(code) { topic in
                    if let name { topic.name = name }
                    if let nameEnglish { topic.nameEnglish = nameEnglish }
                    if let laporCategory { topic.laporCategory = laporCategory }
                    if takeUp { topic.isInUse = true }
                    if retire { topic.isInUse = false }
                }
            }
            invocation.reportChange(format, json: RecordJSON.topic(topic), line: Msg.topicEdited(topic.code))
        })
}

extension RecordJSON {
    static func topic(_ topic: Topic) -> JSON {
        .object([
            ("code", .string(topic.code)), ("name", .string(topic.name)), ("name_en", .string(topic.nameEnglish)),
            ("lapor_category", .string(topic.laporCategory)), ("in_use", .bool(topic.isInUse)),
        ])
    }
}
