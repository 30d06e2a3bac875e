import KBKDomain
import KBKFiles
import KBKPresentation
import KBKStore
import KBKTransfer

/// `kbk export` and `kbk import`: data out and in, as CSV or JSON.
enum TransferCommands {
    static let includePersonalData = Flag("include-personal-data", help: Msg.optIncludePersonalData)
    static let dryRun = Flag("dry-run", help: Msg.optDryRun)

    static let export = CommandSpec(
        name: "export", abstract: Msg.exportAbstract, discussion: Msg.exportDiscussion,
        arguments: [.choice("kind", TransferKind.self, help: Msg.argTransferKind)],
        options: .of(CommonOptions.output, CommonOptions.force, includePersonalData),
        formats: [.csv, .json, .open311],
        examples: [
            "kbk export complaints --output complaints.csv",
            "kbk export complaints --format open311 --output requests.json",
            "kbk export members --format json",
        ],
        run: { invocation in
            let format = try invocation.format()
            let kind = try invocation.choiceArgument(0, TransferKind.self)
            if format == .open311 && kind != .complaints {
                throw invocation.usageError(Msg.formatNotAllowed("open311", ["csv", "json"]))
            }
            // Open311 is the public's view: it never carries personal data, so asking for it is a mistake.
            let askedForPersonalData = invocation.isSet(includePersonalData)
            if format == .open311 && askedForPersonalData {
                throw invocation.usageError(Msg.open311WithoutPersonalData)
            }
            let personal = askedForPersonalData && [.complaints, .attachments, .lapor].contains(kind)
            // Complainants' data goes only to a new file (through a link --force would write the
            // file the link names, wherever someone pointed it).
            if personal && invocation.isSet(CommonOptions.force) {
                throw invocation.usageError(Msg.personalDataWithoutForce)
            }
            try invocation.checkOutputTarget(isPrivate: personal)
            // The files go into a folder beside the CSV: a bundle needs a file, not standard output.
            let bundleFolder = try kind == .attachments ? attachmentsFolder(invocation) : nil
            let store = try invocation.openStore(.existing)
            // Before any row is made: on standard output the rows go out before the audit entry.
            if personal { try store.require(.exportPersonalData) }
            let exporter = Exporter(store: store)
            let text: String
            var rows = 0
            let progress = ProgressLine(invocation)
            let language = invocation.language
            func written(_ count: Int) {
                if count % 1_000 == 0 || count == rows {
                    progress.show(count) {
                        Msg.exportProgress(
                            kind.rawValue, ReportValue.grouped(count, language), ReportValue.grouped(rows, language), $0
                        )
                    }
                }
            }
            progress.show(0) { _ in Msg.exportReading(kind.rawValue) }
            if format == .open311 {
                let requests = try exporter.open311()
                rows = requests.count
                text =
                    JSON.array(requests.map { .object($0.map { ($0.0, JSON.optional($0.1)) }) }).serialized(
                        written: written) + "\n"
            } else if format == .json {
                let records = try RecordJSON.records(of: kind, in: store, personalData: personal)
                rows = records.count
                text = JSON.array(records).serialized(written: written) + "\n"
            } else {
                let table = try exporter.export(kind, personalData: personal)
                rows = table.rows.count
                var out: [UInt8] = []
                out.reserveCapacity(table.rows.count * 256)
                Tabular.appendCSVLine(table.columns, to: &out)
                for (index, row) in table.rows.enumerated() {
                    Tabular.appendCSVLine(row, to: &out)
                    written(index + 1)
                }
                text = String(decoding: out, as: UTF8.self)
            }
            progress.finish()
            if let bundleFolder {
                try writeAttachmentFiles(
                    try exporter.attachmentFiles(personalData: personal), into: bundleFolder, invocation: invocation)
            }
            // The personal-data export is recorded in the same transaction that puts the file in place.
            let recorded: ((() throws -> Void) throws -> Void)? =
                personal
                ? { place in
                    try store.write {
                        try exporter.recordPersonalDataExport(
                            kind, rows: rows, to: try invocation.outputFile(), in: $0)
                        try place()
                    }
                }
                : nil
            if let path = try invocation.writeOutput(text, isPrivate: personal, recorded: recorded) {
                invocation.context.stderr.write(Msg.exported(rows, kind.rawValue, path)(invocation.language) + "\n")
            }
            return .nothing
        })

    static let importCommand = CommandSpec(
        name: "import", abstract: Msg.importAbstract, discussion: Msg.importDiscussion,
        arguments: [
            .choice("kind", TransferKind.self, help: Msg.argTransferKind),
            ArgumentSpec(name: "file", help: Msg.argImportFile),
        ],
        options: .of(dryRun),
        formats: [.table, .json],
        examples: [
            "kbk import template complaints > aduan.csv", "kbk import complaints lapor-2026.csv --dry-run",
            "kbk import skpd opd.csv",
        ],
        subcommands: [template],
        run: { invocation in
            let format = try invocation.format()
            let kind = try invocation.choiceArgument(0, TransferKind.self)
            let checkOnly = invocation.isSet(dryRun)
            let path = invocation.argument(1) ?? ""
            let file = try openCSV(path)
            var reader = file.reader
            defer { file.close() }
            let store = try invocation.openStore(.existing)
            let folder = PathResolution.parentFolder(of: path)
            let result: ImportResult
            do {
                let progress = ProgressLine(invocation)
                defer { progress.finish() }
                let language = invocation.language
                result = try Importer(store: store).run(
                    kind, reader: &reader, dryRun: checkOnly, folder: folder.isEmpty ? "." : folder
                ) {
                    rows in progress.show(rows) { Msg.importProgress(ReportValue.grouped(rows, language), $0) }
                }
            } catch let error as CSVError {
                throw CommandFailure(exitCode: .dataError, message: Msg.csvProblem(path, error))
            } catch let error as ImportHeaderError {
                throw CommandFailure(exitCode: .dataError, message: Msg.importHeader(path, error))
            }
            for problem in result.problems {
                let (_, message, _) = KBKCLI.classify(problem.error, timeZone: invocation.timeZone)
                let column =
                    problem.column.map { (invocation.language == .id ? "kolom " : "column ") + "\($0): " } ?? ""
                invocation.context.stderr.write("\(path):\(problem.line): \(column)\(message(invocation.language))\n")
            }
            if result.problemCount > result.problems.count {
                invocation.context.stderr.write(
                    Msg.moreProblems(result.problemCount - result.problems.count)(invocation.language) + "\n")
            }
            let summary = JSON.object([
                ("kind", .string(kind.rawValue)), ("rows", .int(result.rows)),
                ("imported", .int(result.succeeded && !result.dryRun ? result.imported : 0)),
                ("valid", .int(result.imported)), ("already_present", .int(result.alreadyPresent)),
                ("problems", .int(result.problemCount)), ("dry_run", .bool(result.dryRun)),
            ])
            guard result.succeeded else {
                // A script still gets the summary of what was refused; a person reads the problems.
                throw FailureAfterOutput(
                    output: .records({ summary }, shown: .nothing),
                    error: CommandFailure(exitCode: .dataError, message: Msg.importRefused(path, result.problemCount)))
            }
            return .change(summary, line: Msg.importDone(result))
        })

    static let template = CommandSpec(
        name: "template", abstract: Msg.templateAbstract,
        arguments: [.choice("kind", TransferKind.self, help: Msg.argTransferKind)],
        options: .of(CommonOptions.output, CommonOptions.force),
        examples: ["kbk import template members > anggota.csv", "kbk import template complaints --output aduan.csv"],
        run: { invocation in
            let kind = try invocation.choiceArgument(0, TransferKind.self)
            let columns = kind.columns(personalData: kind == .complaints)
            let example = TransferTemplates.example(kind)
            return .text(Tabular.csvLine(columns) + Tabular.csvLine(example))
        })
}

/// One example row per kind, matching `TransferKind.columns`.
enum TransferTemplates {
    static func example(_ kind: TransferKind) -> [String] {
        switch kind {
        case .holidays: ["2026-12-18", "Libur daerah", "local", ""]
        case .categories: ["perizinan", "Perizinan", "3", "5", "10", "", "Perbup standar pelayanan perizinan"]
        case .topics: ["pju-rusak", "Lampu PJU rusak", "Broken street lamps", "Infrastruktur", "true"]
        case .skpd:
            [
                "DINKES", "Dinas Kesehatan", "agency", "1.02.0.00.0.00.01.0000", "", "120", "dr. Hanung Wikantono",
                "197001011995031002", "", "", "", "5", "",
            ]
        case .targets: ["DINKES", "2026", "90", "80", "82.5", "Renstra 2021–2026, IKU 3"]
        case .sops:
            [
                "440/01/2026", "DINKES", "revision", "", "Pelayanan rawat jalan", "Rawat jalan", "Perbup 12/2026",
                "2026-01-10",
                "2026-02-01", "dr. Hanung Wikantono", "197001011995031002", "1", "12", "", "", "",
            ]
        case .groups:
            [
                "1", "DINKES", "KBK Sehat Bersama", "800/112/2026", "2026-01-08", "2026-01-10", "antrean puskesmas", "",
                "Seksi Pelayanan Kesehatan Primer", "dr. Hanung Wikantono", "197001011995031002",
            ]
        case .members: ["1", "198609262015051001", "Siti Rahayu", "chair", "2026-01-15", ""]
        case .meetings:
            [
                "1", "2026-02-10", "Antrean pendaftaran", "Disepakati nomor antrean daring",
                "198609262015051001;199001012019032002",
            ]
        case .complaints:
            [
                "ADU-2026-00001", "2026-11-20T09:30:00+07:00", "lapor", "complaint", "tidak-berkadar-pengawasan",
                "Jalan berlubang",
                "Jalan di Desa Karangreja berlubang besar", "Desa Karangreja", "LAPOR-4471021", "", "false", "false",
                "Ahmad Fauzi", "081234567890",
            ]
        case .places: ["3303130001", "desa", "Karangreja", "3303130", "33.03.10.2001"]
        case .attachments:
            [
                "ADU-2026-00001", "1", "jalan.jpg", "image/jpeg", "false", "2026-11-21T10:00:00+07:00", "koord",
                String(repeating: "a", count: 64), String(repeating: "b", count: 64),
                "files/" + String(repeating: "a", count: 64) + ".jpg",
            ]
        case .events:
            [
                "ADU-2026-00001", "2026-11-21T10:00:00+07:00", "operator.dpupr", "verify", "DPUPR",
                "tidak-berkadar-pengawasan", "", "", "",
            ]
        case .improvements:
            [
                "1", "open", "1", "2026-11-22", "Antrean daring", "Warga antre sejak subuh", "Antre < 30 menit",
                "2026-12-31", "", "", "", "", "", "", "", "",
            ]
        case .ikm:
            [
                "DISDUKCAPIL", "2026-S1", "2026-01-01", "2026-06-30", "4", "4", "14", "14", "11", "16", "13", "13",
                "14", "11", "11", "Perekaman KTP-el", "",
            ]
        case .coordination:
            [
                "1", "2026-11-17", "Tindak lanjut aduan jalan rusak", "Asisten Administrasi Umum",
                "Perbaikan dijadwalkan sebelum musim hujan", "DINKES",
            ]
        case .actions: ["1", "DINKES", "Laporan antrean puskesmas", "2026-12-15", "", ""]
        case .rbk:
            [
                "1", "1", "Antrean lebih singkat", "2026-11-20", "Antrean 95 menit", "Nomor antrean daring",
                "Antrean 40 menit", "Dibakukan dalam SOP", "",
            ]
        case .culture: ["DINKES", "2026", "4", "4", "3", "4", "5", "3", "4", "2026-11-20", ""]
        case .lapor:
            [
                "4471021", "", "2026-11-20T09:30:00+07:00", "Jalan berlubang",
                "Jalan di Desa Karangreja berlubang besar",
                "pengaduan", "Infrastruktur", "Desa Karangreja", "tidak", "tidak", "Proses",
                "Pemerintah Kabupaten Purbalingga", "Admin Dinas Pekerjaan Umum", "Dinas Pekerjaan Umum", "DPUPR",
                "2026-11-21T10:00:00+07:00", "Tim meninjau lokasi besok", "2026-11-23T09:00:00+07:00", "", "", "", "",
            ]
        }
    }
}

extension Msg {
    static let exportAbstract = Text(
        en: "Export a kind of record as CSV, JSON or Open311.",
        id: "Ekspor satu jenis catatan sebagai CSV, JSON atau Open311.")
    /// Every kind, in the order a whole database is imported (`TransferKind`'s own order).
    static let importOrder = TransferKind.allCases.map(\.rawValue).joined(separator: ", ")
    static let exportDiscussion = Text(
        en:
            "Kinds, in the order to import them: \(importOrder). Complainants' names and contacts are left out unless --include-personal-data is given, and that export is recorded in the audit trail.",
        id:
            "Jenis, menurut urutan impor: \(importOrder). Nama dan kontak pengadu tidak disertakan kecuali dengan --include-personal-data, dan ekspor itu dicatat dalam jejak audit."
    )
    static let argTransferKind = Text(en: "What to transfer.", id: "Jenis data.")
    static let optIncludePersonalData = Text(
        en: "Include complainants' names and contacts (recorded in the audit trail).",
        id: "Sertakan nama dan kontak pengadu (dicatat dalam jejak audit).")
    static func exportReading(_ kind: String) -> Text {
        Text(en: "Exporting \(kind): reading the database…", id: "Mengekspor \(kind): membaca basis data…")
    }

    static func exportProgress(_ kind: String, _ done: String, _ all: String, _ rate: String) -> Text {
        Text(
            en: "Exporting \(kind): \(done)/\(all) written, \(rate)",
            id: "Mengekspor \(kind): \(done)/\(all) ditulis, \(rate)")
    }

    static func exported(_ rows: Int, _ kind: String, _ path: String) -> Text {
        Text(en: "Exported \(rows) \(kind) row(s) to \(path).", id: "\(rows) baris \(kind) diekspor ke \(path).")
    }
    static let importAbstract = Text(
        en: "Import a CSV file: every row checked, all or nothing.",
        id: "Impor berkas CSV: setiap baris diperiksa, semua atau tidak sama sekali.")
    static let importDiscussion = Text(
        en:
            "Columns by header name in any order; ',' or ';' separated; UTF-8 with or without BOM. One bad row means nothing is written; each is reported as FILE:LINE: column NAME: problem. Rows already present (same external reference, same source ticket or group id) are skipped. 'kbk import template KIND' prints the header and an example row.",
        id:
            "Kolom menurut nama tajuk dalam urutan apa pun; pemisah ',' atau ';'; UTF-8 dengan atau tanpa BOM. Satu baris salah berarti tidak ada yang ditulis; tiap baris salah dilaporkan sebagai BERKAS:BARIS: column NAMA: masalah. Baris yang sudah ada dilewati. 'kbk import template JENIS' mencetak tajuk dan contoh baris."
    )
    static let argImportFile = Text(en: "The CSV file.", id: "Berkas CSV.")
    static let optDryRun = Text(
        en: "Check every row and report, but write nothing.",
        id: "Periksa setiap baris dan laporkan, tanpa menulis apa pun.")
    static let templateAbstract = Text(
        en: "Print the CSV header of a kind with one example row.",
        id: "Cetak tajuk CSV suatu jenis dengan satu contoh baris.")
    static func importProgress(_ rows: String, _ rate: String) -> Text {
        Text(en: "Checked \(rows) rows, \(rate)", id: "\(rows) baris diperiksa, \(rate)")
    }
    static func moreProblems(_ count: Int) -> Text {
        Text(en: "… and \(count) more problem(s)", id: "… dan \(count) masalah lagi")
    }
    static func importRefused(_ path: String, _ count: Int) -> Text {
        Text(
            en: "\(path): \(count) row(s) refused; nothing was imported",
            id: "\(path): \(count) baris ditolak; tidak ada yang diimpor")
    }
    static func importDone(_ result: ImportResult) -> Text {
        result.dryRun
            ? Text(
                en:
                    "Checked \(result.rows) \(result.kind.rawValue) row(s): all valid (\(result.alreadyPresent) already present); nothing written (--dry-run).",
                id:
                    "\(result.rows) baris \(result.kind.rawValue) diperiksa: semua sah (\(result.alreadyPresent) sudah ada); tidak ada yang ditulis (--dry-run)."
            )
            : Text(
                en:
                    "Imported \(result.imported) \(result.kind.rawValue) row(s); \(result.alreadyPresent) already present.",
                id: "\(result.imported) baris \(result.kind.rawValue) diimpor; \(result.alreadyPresent) sudah ada.")
    }
    static func csvProblem(_ path: String, _ error: CSVError) -> Text {
        let what: (String, String) =
            switch error.problem {
            case .invalidUTF8:
                (
                    "the text is not valid UTF-8; save the file as UTF-8",
                    "teks bukan UTF-8 yang sah; simpan berkas sebagai UTF-8"
                )
            case .unterminatedQuote: ("a quoted field is never closed", "sebuah isian berkutip tidak pernah ditutup")
            case .characterAfterClosingQuote: ("text follows a closing quote", "ada teks setelah tanda kutip penutup")
            case .recordTooLong(let cap):
                (
                    "the record passes \(cap) bytes; is a quote left open?",
                    "rekaman melewati \(cap) bita; adakah tanda kutip yang tidak ditutup?"
                )
            }
        return Text(en: "\(path):\(error.line): \(what.0)", id: "\(path):\(error.line): \(what.1)")
    }
    static func importHeader(_ path: String, _ error: ImportHeaderError) -> Text {
        switch error {
        case .empty: Text(en: "\(path) is empty; it needs a header row", id: "\(path) kosong; perlu baris tajuk")
        case .unknownColumns(let names, let allowed):
            Text(
                en: "\(path): unknown column(s) \(Echo.list(names).en); allowed: \(allowed.joined(separator: ", "))",
                id:
                    "\(path): kolom tidak dikenal \(Echo.list(names).id); yang diizinkan: \(allowed.joined(separator: ", "))"
            )
        case .duplicateColumns(let names):
            Text(
                en: "\(path): column(s) \(Echo.list(names).en) appear more than once in the header",
                id: "\(path): kolom \(Echo.list(names).id) muncul lebih dari sekali pada tajuk")
        case .missingColumns(let names):
            Text(
                en: "\(path): missing column(s) \(Echo.list(names).en)",
                id: "\(path): kolom \(Echo.list(names).id) tidak ada")
        }
    }
}

/// Opens a CSV file given on the command line: a regular file (exit 66 when it cannot be opened).
func openCSV(_ path: String) throws -> (reader: CSVReader, close: () -> Void) {
    try CSVReader.file(path)
}

extension TransferCommands {
    /// The folder an attachments bundle's CSV is written into (`--output`), where `files/` goes.
    static func attachmentsFolder(_ invocation: Invocation) throws -> String {
        guard let path = try invocation.outputFile() else {
            throw invocation.usageError(
                Text(
                    en: "an attachments bundle is a CSV and a folder of files beside it; give --output FILE.csv",
                    id: "bundel lampiran berupa CSV dan folder berkas di sampingnya; berikan --output BERKAS.csv"))
        }
        let folder = PathResolution.parentFolder(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// Writes a bundle's files into `folder/files/`: a file there already with the same bytes is
    /// left as it is (each is named by its digest); one with other bytes is replaced only with --force.
    static func writeAttachmentFiles(
        _ files: [(path: String, bytes: [UInt8])], into folder: String, invocation: Invocation
    ) throws {
        try OutputFile.createFolder(folder + "/files")
        for (path, bytes) in files {
            let target = folder + "/" + path
            if let existing = try? InputFile(target), (try? existing.readAll(cap: bytes.count)) == bytes {
                existing.close()
                continue
            }
            try OutputFile(
                target, protecting: invocation.databasePath, force: invocation.isSet(CommonOptions.force),
                isPrivate: true
            ).write(bytes)
        }
    }
}
