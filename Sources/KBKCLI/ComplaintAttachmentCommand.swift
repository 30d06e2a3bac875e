import KBKDomain
import KBKFiles
import KBKPresentation
import KBKStore

/// Files on a complaint from the command line: `--attach FILE` and `--attach-public FILE` on the
/// intake and the actions that carry evidence, and `kbk complaint attachment` to save one or to show
/// it to the citizen.
enum ComplaintFiles {
    static let attach = Option.raw(
        "attach", valueName: "file",
        help: Text(
            en: "A photo (JPEG, PNG, WebP) or PDF kept with this step for the desk; repeat for more (at most 5).",
            id:
                "Foto (JPEG, PNG, WebP) atau PDF yang disimpan bersama langkah ini untuk petugas; ulangi untuk lebih (paling banyak 5)."
        ), isRepeatable: true)
    static let attachPublic = Option.raw(
        "attach-public", valueName: "file",
        help: Text(
            en: "As --attach, and shown to the citizen on the status page without its metadata (GPS, camera).",
            id: "Seperti --attach, dan ditampilkan kepada pelapor di halaman status tanpa metadatanya (GPS, kamera)."),
        isRepeatable: true)

    static var options: [OptionSpec] { [attach.spec, attachPublic.spec] }

    /// The files given, read and checked before anything is written: for the desk, and shown.
    struct Given {
        var desk: [AttachmentUpload] = []
        var shown: [AttachmentUpload] = []

        var count: Int { desk.count + shown.count }

        /// Keeps them with the step this change just wrote for the complaint.
        func keep(on ticket: Ticket, _ transaction: Transaction) throws -> [Attachment] {
            guard count <= AttachmentLimits.perAction else {
                throw DomainError.invalid(
                    field: "--attach", value: (desk + shown)[AttachmentLimits.perAction].name,
                    reason: .unsafeAttachment(.tooMany(count: count, limit: AttachmentLimits.perAction)))
            }
            return try transaction.complaints.attach(desk, to: ticket, public: false)
                + transaction.complaints.attach(shown, to: ticket, public: true)
        }
    }

    static func read(_ invocation: Invocation) throws -> Given {
        func upload(_ path: String, _ option: Option<String>) throws -> AttachmentUpload {
            let file = try InputFile(path)
            defer { file.close() }
            return try AttachmentUpload(
                name: path, bytes: try file.readAll(cap: AttachmentLimits.bytes), field: option.dashed)
        }
        return Given(
            desk: try invocation.values(attach).map { try upload($0, attach) },
            shown: try invocation.values(attachPublic).map { try upload($0, attachPublic) })
    }

    static func json(_ attachment: Attachment) -> JSON {
        .object([
            ("id", .int(Int(attachment.id))), ("event_id", .int(Int(attachment.eventID))),
            ("name", .string(attachment.name)), ("media_type", .string(attachment.mediaType.rawValue)),
            ("width", attachment.width.map { .int($0) } ?? .null),
            ("height", attachment.height.map { .int($0) } ?? .null),
            ("sha256", .string(attachment.originalSHA256)), ("shown_sha256", .string(attachment.shownSHA256)),
            ("public", .bool(attachment.isPublic)), ("added_at", .string(attachment.addedAt.utcString)),
            ("added_by", .string(attachment.addedBy)),
        ])
    }
}

extension ComplaintCommands {
    static let attachmentArgument = ArgumentSpec(
        name: "number",
        help: Text(
            en: "The attachment's number (#) in 'complaint show'.", id: "Nomor lampiran (#) pada 'complaint show'."))
    static let saveTo = Option.raw(
        "save", valueName: "file",
        help: Text(
            en: "Where to save the file (never over an existing file without --force).",
            id: "Tempat menyimpan berkas (tidak menimpa berkas yang ada tanpa --force)."))
    static let original = Flag(
        "original",
        help: Text(
            en: "The file as it was sent, metadata and all (admin or coordinator; recorded, with --reason).",
            id: "Berkas seperti dikirim, beserta metadatanya (admin atau koordinator; dicatat, dengan --reason)."))
    static let originalReason = Option.optionalText(
        "reason", help: Text(en: "Why the original is read (recorded).", id: "Alasan berkas asli dibaca (dicatat)."))
    static let showCitizen = Flag(
        "public",
        help: Text(en: "Show it to the citizen on the status page.", id: "Tampilkan kepada pelapor di halaman status."))
    static let hideCitizen = Flag(
        "private", help: Text(en: "Stop showing it to the citizen.", id: "Berhenti menampilkannya kepada pelapor."))

    static let attachment = CommandSpec(
        name: "attachment",
        abstract: Text(
            en: "Save one of a complaint's files (--save), or show it to the citizen or not (--public, --private).",
            id:
                "Simpan salah satu berkas pengaduan (--save), atau tampilkan kepada pelapor atau tidak (--public, --private)."
        ),
        arguments: [ticketArgument, attachmentArgument],
        options: .of(saveTo, CommonOptions.force, original, originalReason, showCitizen, hideCitizen),
        formats: [.table, .json],
        examples: [
            "kbk complaint attachment ADU-2026-00012 3 --save bukti.jpg",
            "kbk complaint attachment ADU-2026-00012 3 --save asli.jpg --original --reason 'Memastikan lokasi dari GPS foto'",
            "kbk complaint attachment ADU-2026-00012 3 --public",
        ],
        run: { invocation in
            _ = try invocation.format()
            let ticket = try invocation.parse(invocation.argument(0) ?? "", Ticket.parse)
            let numberText = invocation.argument(1) ?? ""
            guard let number = Int64(numberText), number > 0 else {
                throw DomainError.malformed(
                    field: "number", value: numberText, expected: "a whole number from 'complaint show'")
            }
            if invocation.isSet(showCitizen) || invocation.isSet(hideCitizen) {
                guard !(invocation.isSet(showCitizen) && invocation.isSet(hideCitizen)) else {
                    throw invocation.conflict(showCitizen, hideCitizen)
                }
                let store = try invocation.openStore(.existing)
                let shown = invocation.isSet(showCitizen)
                let changed = try store.write { try $0.complaints.setAttachmentPublic(number, of: ticket, shown) }
                return .change(
                    ComplaintFiles.json(changed),
                    line: shown
                        ? Text(
                            en: "\(ticket) #\(number) is shown to the citizen.",
                            id: "\(ticket) #\(number) ditampilkan kepada pelapor.")
                        : Text(
                            en: "\(ticket) #\(number) is no longer shown to the citizen.",
                            id: "\(ticket) #\(number) tidak lagi ditampilkan kepada pelapor."))
            }
            guard let path = try invocation.value(saveTo) else { throw invocation.missingOption(saveTo) }
            let target = try OutputFile(
                path, protecting: invocation.databasePath, force: invocation.isSet(CommonOptions.force), isPrivate: true
            )
            let store = try invocation.openStore(.existing)
            let kept: Attachment
            if invocation.isSet(original) {
                guard let reason = try invocation.value(originalReason) else {
                    throw invocation.missingOption(originalReason)
                }
                kept = try store.write { transaction in
                    let (attachment, bytes) = try transaction.complaints.originalAttachment(
                        number, of: ticket, reason: reason)
                    try target.write(bytes)
                    return attachment
                }
            } else {
                let complaint = try store.complaints.get(ticket)
                let (attachment, bytes) = try store.complaints.shownAttachment(number, of: complaint)
                try target.write(bytes)
                kept = attachment
            }
            return .change(
                ComplaintFiles.json(kept),
                line: Text(
                    en: "\(ticket) #\(number) saved to \(path).", id: "\(ticket) #\(number) disimpan ke \(path)."))
        })
}
