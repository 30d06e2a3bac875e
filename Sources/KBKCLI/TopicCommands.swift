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
            let records = { @Sendable () -> JSON in
                .array(
                    topics.map {
                        RecordJSON.topic($0).adding([("complaints", .int(counts[$0.code] ?? 0))])
                    })
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
            return .records(records, shown: .rows(rows))
        })

    /// A topic's names, each required by `topic add` and changed alone by `topic edit`.
    enum Names {
        static func name(isRequired: Bool) -> Option<String> {
            Option.line("name", valueName: "name", help: Msg.optTopicName, isRequired: isRequired)
        }
        static func nameEnglish(isRequired: Bool) -> Option<String> {
            Option.line("name-en", valueName: "name", help: Msg.optTopicNameEnglish, isRequired: isRequired)
        }
        static func laporCategory(isRequired: Bool) -> Option<String> {
            Option.line("lapor-category", valueName: "name", help: Msg.optLaporCategory, isRequired: isRequired)
        }
    }

    /// What `topic add` must be given.
    enum NewTopic {
        static let name = Names.name(isRequired: true)
        static let nameEnglish = Names.nameEnglish(isRequired: true)
        static let laporCategory = Names.laporCategory(isRequired: true)
    }

    /// What `topic edit` changes.
    enum Edit {
        static let name = Names.name(isRequired: false)
        static let nameEnglish = Names.nameEnglish(isRequired: false)
        static let laporCategory = Names.laporCategory(isRequired: false)
        static let inUse = Flag("in-use", help: Msg.optTopicInUse)
        static let retire = Flag("retire", help: Msg.optTopicRetire)
    }

    static let add = CommandSpec(
        name: "add", abstract: Msg.topicAddAbstract, arguments: [codeArgument],
        options: .of(NewTopic.name, NewTopic.nameEnglish, NewTopic.laporCategory),
        formats: [.table, .json],
        examples: [
            "kbk topic add pju-rusak --name 'Lampu PJU rusak' --name-en 'Broken street lamps' --lapor-category Infrastruktur"
        ],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", Topic.parseCode)
            let topic = Topic(
                code: code, name: try invocation.required(NewTopic.name),
                nameEnglish: try invocation.required(NewTopic.nameEnglish),
                laporCategory: try invocation.required(NewTopic.laporCategory))
            let store = try invocation.openStore(.existing)
            let added = try store.write { try $0.topics.add(topic) }
            return .change(RecordJSON.topic(added), line: Msg.topicAdded(added.code))
        })

    static let edit = CommandSpec(
        name: "edit", abstract: Msg.topicEditAbstract, arguments: [codeArgument],
        options: .of(Edit.name, Edit.nameEnglish, Edit.laporCategory, Edit.inUse, Edit.retire),
        formats: [.table, .json],
        examples: [
            "kbk topic edit pkh --lapor-category 'Sosial dan Kesejahteraan'", "kbk topic edit pju-rusak --retire",
        ],
        run: { invocation in
            _ = try invocation.format()
            let code = try invocation.parse(invocation.argument(0) ?? "", Topic.parseCode)
            let name = try invocation.value(Edit.name)
            let nameEnglish = try invocation.value(Edit.nameEnglish)
            let laporCategory = try invocation.value(Edit.laporCategory)
            let (takeUp, retire) = (invocation.isSet(Edit.inUse), invocation.isSet(Edit.retire))
            if takeUp && retire {
                throw invocation.usageError(Msg.conflictingOptions(Edit.inUse.dashed, Edit.retire.dashed))
            }
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
            return .change(RecordJSON.topic(topic), line: Msg.topicEdited(topic.code))
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
