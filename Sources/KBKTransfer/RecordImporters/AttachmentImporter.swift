import KBKDomain
import KBKFiles
import KBKStore

/// Complaints' files (`attachments`): each row names its complaint, the place of its event in the
/// complaint's history and a file beside the CSV (`files/…`), whose bytes must give the row's digest;
/// the file is checked by its content again, as every attachment is.
struct AttachmentImporter: RecordImporter {
    static let requiredColumns = ["ticket", "event", "name", "sha256", "shown_sha256", "file"]
    let store: Store
    let folder: String

    static func read(_ path: String) throws -> [UInt8] {
        let file = try InputFile(path)
        defer { file.close() }
        return try file.readAll(cap: AttachmentLimits.bytes)
    }

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let ticket = try record.require("ticket") { (t: String) throws(DomainError) in try Ticket.parse(t) }
        let eventNumber = try record.require("event", FieldParser.integer(1...100_000))
        let name = try record.require("name", FieldParser.name("name"))
        let relative = try record.require("file", FieldParser.name("file"))
        // Only a file of the bundle's own folder `files/`, never a path that leaves it.
        guard relative.hasPrefix("files/"), !relative.contains(".."), !relative.dropFirst(6).contains("/") else {
            throw ImportProblem(
                line: record.line, column: "file",
                error: DomainError.malformed(field: "file", value: relative, expected: "files/NAME beside the CSV"))
        }
        let bytes: [UInt8]
        do {
            bytes = try Self.read(folder + "/" + relative)
        } catch {
            throw ImportProblem(line: record.line, column: "file", error: error)
        }
        let isPublic = try record.parse("public", FieldParser.flag) ?? false
        let addedAt = try record.parse("added_at", time) ?? transaction.now
        let addedBy = try record.parse("added_by", FieldParser.name("added_by")) ?? transaction.actor.name
        let sha256 = try record.require("sha256", FieldParser.name("sha256"))
        let shown = try record.require("shown_sha256", FieldParser.name("shown_sha256"))
        return try record.attempt("file") {
            try transaction.complaints.restoreAttachment(
                ticket, eventNumber: eventNumber, name: name, bytes: bytes, sha256: sha256, shownSHA256: shown,
                isPublic: isPublic, addedAt: addedAt, addedBy: addedBy)
        }
    }
}
