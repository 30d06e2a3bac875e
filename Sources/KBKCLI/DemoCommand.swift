import KBKDemo
import KBKDomain
import KBKFiles
import KBKPresentation
import KBKReports
import KBKStore

#if canImport(Glibc)
    import Glibc
#endif

/// `kbk demo`: a realistic database to try kbk on, and its report.
enum DemoCommand {
    static let defaultPath = "kbk-demo.sqlite"

    static let force = Flag("force", help: Msg.demoForceOption)
    static let seed = Option.integer(
        "seed", help: Msg.demoSeedOption, in: Demo.Options.seedRange, defaultValue: Demo.Options.defaultSeed)
    static let complaints = Option.integer(
        "complaints", help: Msg.demoComplaintsOption, in: Demo.Options.complaintsRange)

    static let spec = CommandSpec(
        name: "demo", abstract: Msg.demoAbstract, discussion: Msg.demoDiscussion,
        options: .of(force, seed, complaints),
        formats: [.table, .markdown, .csv, .json, .html],
        examples: ["kbk demo", "kbk demo --db /tmp/coba.sqlite --seed 7 --complaints 500 --force"],
        run: run)

    static func run(_ invocation: Invocation) throws -> CommandOutput {
        let format = try invocation.format()
        // Only an explicit --db moves the demo: KBK_DB may name a real database, which the demo must never touch.
        let path = invocation.parsed.globals[.db] ?? defaultPath
        let seed = try invocation.required(Self.seed)
        let count = try invocation.value(complaints)
        let replaces = invocation.isSet(force)
        let existing = DatabaseFileKind.inspect(path)
        if existing != .missing {
            guard replaces else { throw StoreError.fileExists(path: path) }
            // Only what the demo made, or nothing at all, is replaced: --db may name real work.
            guard existing == .empty || existing == .kbk(isDemo: true) else {
                throw CommandFailure(exitCode: .cannotCreate, message: Msg.demoWillNotReplace(path, existing))
            }
        }
        let lastYear = invocation.today.year - 1
        let language = invocation.language
        func open(_ file: String) throws -> Store {
            try Store(
                path: file, mode: .createIfMissing, actor: try invocation.actor(), clock: invocation.clock,
                realClock: invocation.realClock, allowsPinnedClock: true, timeZone: invocation.timeZone,
                busyTimeoutMilliseconds: invocation.busyTimeoutMilliseconds)
        }
        // Built beside the target and renamed into place once complete: a demo that fails leaves
        // the file it would have replaced as it was.
        let staged = try OutputFile(path, protecting: nil, force: true, isPrivate: true).stage()
        var placed = false
        defer {
            if !placed {
                staged.discard()
                for file in DatabaseFile.allCases where file != .main { unlink(staged.temporaryPath + file.suffix) }
            }
        }
        let summary = try {
            let building = try open(staged.temporaryPath)
            try building.markAsDemo()
            let progress = ProgressLine(invocation)
            let options = Demo.Options(
                seed: UInt64(seed), complaints: count, lastYear: lastYear, until: invocation.today)
            let summary = try Demo.populate(building, options) { done, total in
                progress.show(done) { rate in
                    Msg.demoProgress(ReportValue.grouped(done, language), ReportValue.grouped(total, language), rate)
                }
            }
            progress.finish()
            return summary
        }()
        // The old demo's write-ahead log and index would otherwise be read as the new file's.
        for file in DatabaseFile.allCases where file != .main { unlink(path + file.suffix) }
        try staged.commit()
        placed = true
        let store = try open(path)
        invocation.context.stderr.write(Msg.demoCreated(path, summary, seed)(invocation.language) + "\n")
        let period = try ReportPeriod.parse(String(lastYear))
        let report = try ReportBuilder(store: store).build(ReportRequest(period: period, timeZone: invocation.timeZone))
        let text = CommandOutput.text(ReportRendering.render(report, format, language: language))
        guard format == .table else { return text }
        let quoted = path.contains(" ") ? "'\(path)'" : path
        return .sections([text, .line(Msg.demoExplore(invocation.context.commandName, quoted, lastYear))])
    }
}

extension Msg {
    static let demoAbstract = Text(
        en: "Create a realistic demo database and print its report for the last full year.",
        id: "Buat basis data contoh yang realistis dan cetak laporannya untuk tahun penuh terakhir.")
    static let demoDiscussion = Text(
        en:
            "Kabupaten Purbalingga before and after its 2025 reorganisation (27 perangkat daerah until 2026, then 23: six combined dinas replace ten units on 1 January 2026, two of them split per function, complaints by category; all 18 kecamatan and some kelurahan), its groups, RBKs, SOPs, IKM surveys, coordination meetings and self-assessments (this year's per behaviour indicator, with evidence), and its complaints from 1 January of last year to today (WhatsApp mostly; roads, social assistance, street lighting, schools, BPJS, population documents, with the rainy season and school admission), each action done by the official of its desk through the same rules as real data. The same seed and day give the same data. Default file: kbk-demo.sqlite in the current folder (only --db changes it).",
        id:
            "Kabupaten Purbalingga sebelum dan sesudah penataan perangkat daerah 2025 (27 perangkat daerah sampai 2026, lalu 23: enam dinas gabungan menggantikan sepuluh unit pada 1 Januari 2026, dua di antaranya dipecah per fungsi, pengaduan menurut kategori; 18 kecamatan dan beberapa kelurahan), kelompok, RBK, SOP, survei IKM, rapat koordinasi dan penilaian mandirinya (tahun ini per indikator perilaku, dengan bukti dukung), serta pengaduan sejak 1 Januari tahun lalu sampai hari ini (sebagian besar lewat WhatsApp; jalan, bansos, PJU, sekolah, BPJS, adminduk, dengan musim hujan dan SPMB), tiap tindakan oleh pegawai di mejanya dengan aturan yang sama seperti data sebenarnya. Benih dan hari yang sama menghasilkan data yang sama. Berkas bawaan: kbk-demo.sqlite di folder ini (hanya --db yang mengubahnya)."
    )
    static let demoForceOption = Text(
        en: "Replace the file if it is a database made by kbk demo, or empty; anything else is refused.",
        id: "Ganti berkas bila berupa basis data buatan kbk demo, atau kosong; selain itu ditolak.")
    static func demoWillNotReplace(_ path: String, _ kind: DatabaseFileKind) -> Text {
        let (en, id): (String, String) =
            switch kind {
            case .kbk: ("a kbk database that kbk demo did not make", "basis data kbk yang tidak dibuat oleh kbk demo")
            case .otherProgram: ("a SQLite database of another program", "basis data SQLite program lain")
            case .notSQLite: ("a file that is not a database", "berkas yang bukan basis data")
            case .folder: ("a folder", "sebuah folder")
            case .notRegular: ("a device or pipe, not a regular file", "perangkat atau pipa, bukan berkas biasa")
            case .missing, .empty: ("", "")
            }
        return Text(
            en:
                "refusing to replace \(path): it is \(en); demo --force replaces only a database made by kbk demo or an empty file; choose another --db",
            id:
                "menolak mengganti \(path): berkas itu \(id); demo --force hanya mengganti basis data buatan kbk demo atau berkas kosong; pilih --db lain"
        )
    }
    static let demoSeedOption = Text(
        en: "Seed of the generator: the same seed gives the same data.",
        id: "Benih pembangkit: benih yang sama menghasilkan data yang sama.")
    static let demoComplaintsOption = Text(
        en:
            "How many complaints to create; by default as many as Purbalingga receives (about 5,450 a year) from 1 January of last year to today.",
        id:
            "Jumlah pengaduan yang dibuat; bawaannya sebanyak yang diterima Purbalingga (sekitar 5.450 setahun) dari 1 Januari tahun lalu sampai hari ini."
    )
    static func demoProgress(_ done: String, _ total: String, _ rate: String) -> Text {
        Text(en: "Creating complaints: \(done)/\(total), \(rate)", id: "Membuat pengaduan: \(done)/\(total), \(rate)")
    }
    static func demoCreated(_ path: String, _ summary: Demo.Summary, _ seed: Int) -> Text {
        Text(
            en:
                "Created \(path) (seed \(seed)): \(summary.units) units, \(summary.groups) groups with \(summary.members) members, \(summary.meetings) meetings, \(summary.sops) SOPs, \(summary.complaints) complaints with \(summary.events) events, \(summary.improvements) improvement actions, \(summary.surveys) IKM surveys, \(summary.officials) officials acting on them (you are the admin).",
            id:
                "\(path) dibuat (benih \(seed)): \(summary.units) unit, \(summary.groups) kelompok dengan \(summary.members) anggota, \(summary.meetings) rapat, \(summary.sops) SOP, \(summary.complaints) pengaduan dengan \(summary.events) peristiwa, \(summary.improvements) rencana aksi, \(summary.surveys) survei IKM, \(summary.officials) pegawai yang mengerjakannya (Anda adminnya)."
        )
    }
    /// The commands to try next, each as typed in the current folder (`kbk` is the command's name there).
    static func demoExplore(_ kbk: String, _ path: String, _ year: Int) -> Text {
        let commands = """
              \(kbk) --db \(path) complaint list --overdue
              \(kbk) --db \(path) complaint show ADU-\(year)-00001
              \(kbk) --db \(path) report --period \(year)-Q4 --skpd DPUPR
              \(kbk) --db \(path) report --period \(year) --output laporan-\(year).html
              \(kbk) --db \(path) report --period \(year)-Q4 --summary
              \(kbk) --db \(path) group list
              \(kbk) --db \(path) sop list --review-due
              \(kbk) --db \(path) audit --limit 20
            """
        return Text(en: "Explore it:\n" + commands, id: "Jelajahi:\n" + commands)
    }
}
