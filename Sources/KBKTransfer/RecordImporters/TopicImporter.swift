import KBKDomain
import KBKStore

/// Complaint topics (`topics`): an existing code is updated to what the file holds.
struct TopicImporter: RecordImporter {
    static let requiredColumns = ["code", "name", "name_en", "lapor_category"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let topic = Topic(
            code: try record.require("code", Topic.parseCode),
            name: try record.require("name", FieldParser.name("name")),
            nameEnglish: try record.require("name_en", FieldParser.name("name_en")),
            laporCategory: try record.require("lapor_category", FieldParser.name("lapor_category")),
            isInUse: try record.parse("in_use", FieldParser.flag) ?? true)
        // An existing code is updated, as categories are: the file holds the topic as it is now.
        let existing: Topic?
        do {
            existing = try store.topics.get(topic.code)
        } catch DomainError.notFound {
            existing = nil
        }
        if let existing {
            if existing == topic { return false }
            _ = try record.attempt("code") {
                try transaction.topics.edit(topic.code) { $0 = topic }
            }
        } else {
            _ = try record.attempt("code") { try transaction.topics.add(topic) }
        }
        return true
    }
}
