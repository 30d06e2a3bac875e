import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk complaint link TICKET --duplicate-of ORIGINAL`: the same matter reported again, closed as
/// the duplicate of the complaint that is followed up.
extension ComplaintCommands {
    static let duplicateOf = Option.parsed(
        "duplicate-of", valueName: "ticket",
        help: Text(
            en: "The complaint this one repeats, which is followed up in its place.",
            id: "Pengaduan yang diulangi pengaduan ini, yang ditindaklanjuti menggantikannya."),
        isRequired: true, Ticket.parse)
    static let duplicateMessage = Option.optionalText(
        "message",
        help: Text(
            en: "The public answer (default: that it repeats the original, which the citizen may follow).",
            id: "Jawaban publik (bawaan: bahwa aduan ini sama dengan aduan asal, yang dapat diikuti warga)."),
        long: true)

    static let link = CommandSpec(
        name: "link",
        abstract: Text(
            en: "Close a complaint as the duplicate of another: rejected as a duplicate, naming its original.",
            id: "Tutup pengaduan sebagai duplikat pengaduan lain: ditolak sebagai duplikat, menyebut aduan asalnya."),
        arguments: [ticketArgument], options: .of(duplicateOf, duplicateMessage), formats: [.table, .json],
        examples: ["kbk complaint link ADU-2026-00013 --duplicate-of ADU-2026-00011"],
        run: { invocation in
            _ = try invocation.format()
            let ticket = try invocation.parse(invocation.argument(0) ?? "", Ticket.parse)
            let original = try invocation.required(duplicateOf)
            let message = try invocation.value(duplicateMessage)
            let store = try invocation.openStore(.existing)
            let complaint = try store.write {
                try $0.complaints.markDuplicate(ticket, of: original, message: message)
            }
            return .change(
                RecordJSON.complaint(complaint, timeZone: invocation.timeZone, today: store.today).adding([
                    ("duplicate_of", .string(original.description))
                ]),
                line: Text(
                    en: "\(ticket) closed as a duplicate of \(original).",
                    id: "\(ticket) ditutup sebagai duplikat dari \(original)."))
        })
}
