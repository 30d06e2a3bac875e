import KBKDomain

/// An audit entry's summary in the reader's language. The store seals each summary as it wrote it,
/// in English, with its parts in fixed places ("verify ADU-2026-00001: received → verified, unit -
/// → DPUPR"); the entries a trail is made of (complaint steps, intake, seals, migrations, settings,
/// officials, units, notices) are read back from those parts and said in Indonesian. The sealed text
/// itself never changes, and CSV and JSON carry it as it is; a summary of another shape is shown
/// as it was sealed.
package enum AuditSummaryText {
    package static func text(_ summary: String, _ language: Language) -> String {
        guard language == .id else { return summary }
        return indonesian(summary) ?? summary
    }

    /// A cell: the sealed summary in CSV and JSON, its Indonesian for people.
    package static func cell(_ summary: String) -> Cell {
        guard let indonesian = indonesian(summary) else { return .text(summary) }
        return .labelled(code: summary, Text(en: summary, id: indonesian))
    }

    static func status(_ code: Substring) -> String {
        ComplaintStatus(rawValue: String(code)).map { Msg.statusName($0).id } ?? String(code)
    }

    /// An empty value as people read it.
    static func shown(_ value: Substring) -> String { value.isEmpty ? "(kosong)" : String(value) }

    /// A coded value's Indonesian word; the code itself when it is not one.
    static func word<Value: Labelled>(_ type: Value.Type, _ code: Substring) -> String {
        Value(rawValue: String(code)).map(\.label.id) ?? String(code)
    }

    /// The rules, most frequent first: a summary's pattern and its Indonesian from the captured parts.
    static let rules: [(pattern: String, render: @Sendable ([Substring]) -> String)] = [
        (
            #"^([a-z-]+) (ADU-\d{4}-\d{5}): ([a-z_-]+) → ([a-z_-]+)(?:, unit (\S+) → (\S+))?(?:, dated (\S+))?$"#,
            { parts in
                var text =
                    "\(parts[1]) \(word(ComplaintAction.Kind.self, parts[0])): \(status(parts[2])) → \(status(parts[3]))"
                if parts[4] != "" { text += ", unit \(parts[4]) → \(parts[5])" }
                if parts[6] != "" { text += ", bertanggal \(parts[6])" }
                return text
            }
        ),
        (
            #"^logged (ADU-\d{4}-\d{5}) via ([a-z-]+), category (\S+)(?:, topic (\S+))?(?:, received (\S+))?$"#,
            { parts in
                var text = "\(parts[0]) dicatat melalui \(word(Channel.self, parts[1])), kategori \(parts[2])"
                if parts[3] != "" { text += ", topik \(parts[3])" }
                if parts[4] != "" { text += ", diterima \(parts[4])" }
                return text
            }
        ),
        (#"^sealed rows written after entry (\d+)$"#, { "baris yang ditulis setelah entri \($0[0]) disegel" }),
        (
            #"^sealed rows (\d+)-(\d+) of (\d+) written by entry (\d+)$"#,
            { "baris \($0[0])-\($0[1]) dari \($0[2]) yang ditulis entri \($0[3]) disegel" }
        ),
        (#"^applied (\S+)$"#, { "\($0[0]) diterapkan" }),
        (
            #"^published a (full|since) bundle for the province to (.+): (\d+) complaints, head entry (\d+)$"#,
            { parts in
                let target = parts[1] == "standard output" ? "keluaran standar" : String(parts[1])
                let kind = parts[0] == "full" ? "lengkap" : "--since"
                return
                    "berkas \(kind) untuk provinsi diterbitkan ke \(target): \(parts[2]) pengaduan, ujung entri \(parts[3])"
            }
        ),
        (
            #"^applied (\S+); moved the due dates of (\d+) open complaint\(s\) onto its calendar$"#,
            { "\($0[0]) diterapkan; tenggat \($0[1]) pengaduan terbuka dipindahkan ke kalendernya" }
        ),
        (
            #"^set (\S+) from (.*) to (.*)$"#,
            { "\($0[0]) diubah dari \(shown($0[1])) menjadi \(shown($0[2]))" }
        ),
        (
            #"^generated demo data: seed (\d+), (\d+) complaints, years (\S+)$"#,
            { "data contoh dibuat: benih \($0[0]), \($0[1]) pengaduan, tahun \($0[2])" }
        ),
        (
            #"^recorded the work-culture self-assessment of (\S+) for (\d{4}): (.*)$"#,
            { "penilaian mandiri budaya kerja \($0[0]) tahun \($0[1]) dicatat: \($0[2])" }
        ),
        (
            #"^registered (\S+) as the first admin: the database had no officials$"#,
            { "\($0[0]) didaftarkan sebagai admin pertama: basis data belum memiliki pegawai" }
        ),
        (
            #"^registered (\S+) \((.*)\) as ([a-z-]+) of (\S+)$"#,
            { "\($0[0]) (\($0[1])) didaftarkan sebagai \(word(OfficialRole.self, $0[2])) pada \($0[3])" }
        ),
        (#"^deactivated official (\S+)$"#, { "pegawai \($0[0]) dinonaktifkan" }),
        (#"^edited official (\S+): (.*)$"#, { "data pegawai \($0[0]) diubah: \($0[1])" }),
        (
            #"^added unit (\S+) \((.*)\), kind ([a-z-]+)(.*)$"#,
            { "unit \($0[0]) (\($0[1])) ditambahkan, jenis \(word(UnitKind.self, $0[2]))\($0[3])" }
        ),
        (#"^edited unit (\S+): (.*)$"#, { "unit \($0[0]) diubah: \($0[1])" }),
        (#"^added category (\S+) \((.*)\)$"#, { "kategori \($0[0]) ditambahkan (\($0[1]))" }),
        (#"^added topic (\S+) \((.*)\)$"#, { "topik \($0[0]) ditambahkan (\($0[1]))" }),
        (#"^added holiday (\S+) (.*)$"#, { "hari libur \($0[0]) \($0[1]) ditambahkan" }),
        (#"^marked (ADU-\d{4}-\d{5}) a duplicate of (ADU-\d{4}-\d{5})$"#, { "\($0[0]) ditandai duplikat \($0[1])" }),
        (
            #"^revealed the complainant's identity of (ADU-\d{4}-\d{5}): (.*)$"#,
            { "identitas pengadu \($0[0]) ditampilkan: \($0[1])" }
        ),
        (#"^copied the database to (.*)$"#, { "basis data disalin ke \($0[0])" }),
        (
            #"^marked as a demo database made by kbk demo$"#,
            { _ in "ditandai sebagai basis data contoh buatan kbk demo" }
        ),
        (
            #"^run (\S+) claimed (\d+) waiting notice\(s\) for sending$"#,
            { "putaran \($0[0]) mengambil \($0[1]) pemberitahuan yang menunggu untuk dikirim" }
        ),
        (
            #"^run (\S+) claimed (\d+) waiting notice\(s\) to citizens for sending$"#,
            { "putaran \($0[0]) mengambil \($0[1]) pemberitahuan kepada warga yang menunggu untuk dikirim" }
        ),
        (
            #"^recorded (\d+) deadline notice\(s\): (.*)$"#,
            { "\($0[0]) pemberitahuan tenggat dicatat: \($0[1])" }
        ),
        (
            #"^notice (\d+) on (ADU-\d{4}-\d{5}) \((\d+)% ([a-z]+)\) delivered by (\S+)$"#,
            { "pemberitahuan \($0[0]) atas \($0[1]) (\($0[2]) % \($0[3])) dikirim melalui \($0[4])" }
        ),
        (
            #"^attached (\d+) file\(s\) to (ADU-\d{4}-\d{5})(.*)$"#,
            { "\($0[0]) berkas dilampirkan pada \($0[1])\($0[2])" }
        ),
    ]

    /// Compiled once: a `Regex` is not `Sendable`, but these are never changed after they are made,
    /// and each kbk process (a command, a CGI request) reads them from its one thread.
    nonisolated(unsafe) static let compiled: [(Regex<AnyRegexOutput>, @Sendable ([Substring]) -> String)] =
        rules.compactMap {
            rule in (try? Regex(rule.pattern)).map { ($0, rule.render) }
        }

    /// The Indonesian of a summary of a known shape; nil for any other.
    package static func indonesian(_ summary: String) -> String? {
        for (regex, render) in compiled {
            guard let match = try? regex.wholeMatch(in: summary) else { continue }
            let parts = match.output.dropFirst().map { $0.substring ?? "" }
            return render(Array(parts))
        }
        return nil
    }
}
