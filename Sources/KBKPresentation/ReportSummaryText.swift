import KBKDomain
import KBKReports

/// The executive summary (`ExecutiveSummary`) in words: its figures against the previous period,
/// the best and weakest units, the main topics, and each finding as a conclusion and a
/// recommendation. The rules that pick the findings are the summary's; this only words them.
package enum ReportSummaryText {
    /// A period as a heading names it: "Tahun 2025", "Triwulan III 2026", "Semester I 2026",
    /// "Bulan November 2026", or its first and last days.
    package static func periodName(_ period: ReportPeriod, _ language: Language) -> String {
        let parts = period.label.split(separator: "-")
        let roman = ["I", "II", "III", "IV"]
        if parts.count == 1, let year = Int(parts[0]) {
            return language == .id ? "Tahun \(year)" : "Year \(year)"
        }
        if parts.count == 2, let year = Int(parts[0]) {
            let part = parts[1]
            if part.hasPrefix("Q"), let quarter = Int(part.dropFirst()), (1...4).contains(quarter) {
                return language == .id ? "Triwulan \(roman[quarter - 1]) \(year)" : "Quarter \(quarter) of \(year)"
            }
            if part.hasPrefix("S"), let half = Int(part.dropFirst()), (1...2).contains(half) {
                return language == .id ? "Semester \(roman[half - 1]) \(year)" : "Half \(half) of \(year)"
            }
            if let month = Int(part), (1...12).contains(month) {
                let months = language == .id ? LetterDates.indonesianMonths : LetterDates.englishMonths
                return language == .id ? "Bulan \(months[month - 1]) \(year)" : "\(months[month - 1]) \(year)"
            }
        }
        return span(period, language)
    }

    /// "1 Januari 2025 s.d. 31 Desember 2025" / "1 January 2025 to 31 December 2025".
    package static func span(_ period: ReportPeriod, _ language: Language) -> String {
        LetterDates.date(period.from, language) + (language == .id ? " s.d. " : " to ")
            + LetterDates.date(period.to, language)
    }

    static func rate(_ value: Double?, _ language: Language) -> String { ReportValue.rate(value).human(language) }
    static func count(_ value: Int, _ language: Language) -> String { ReportValue.int(value).human(language) }

    /// A unit as people name it: its name, else its code.
    static func unitName(_ unit: UnitFigures) -> String { unit.name ?? unit.code ?? "—" }

    static func names(_ units: [UnitFigures], _ language: Language) -> String {
        let names = units.map(unitName)
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (language == .id ? " dan " : " and ") + last
    }

    /// "naik 2,1 poin dari Tahun 2024" / "up 2.1 pp on Year 2024", or nothing without a comparison.
    static func changeClause(_ change: Double?, _ summary: ExecutiveSummary, _ language: Language) -> String {
        guard let change else { return "" }
        let before = periodName(summary.previousPeriod, language)
        let size = ReportValue.points(abs(change)).human(language).trimmingPrefix("+")
        if abs(change) < 0.0005 {
            return language == .id ? " (sama dengan \(before))" : " (unchanged on \(before))"
        }
        let direction =
            change > 0 ? Text(en: "up", id: "naik")(language) : Text(en: "down", id: "turun")(language)
        return language == .id ? " (\(direction) \(size) dari \(before))" : " (\(direction) \(size) on \(before))"
    }

    /// A finding as one conclusion and the recommendation it calls for.
    package static func finding(_ finding: ExecutiveSummary.Finding, _ summary: ExecutiveSummary, _ language: Language)
        -> (conclusion: String, recommendation: String)
    {
        let id = language == .id
        switch finding {
        case .followUp(let value, let change, let unanswered):
            let conclusion =
                id
                ? "Tingkat tindak lanjut \(rate(value, language))\(changeClause(change, summary, language))."
                : "The follow-up rate is \(rate(value, language))\(changeClause(change, summary, language))."
            let recommendation =
                unanswered == 0
                ? (id
                    ? "Pertahankan: setiap pengaduan sah telah ditanggapi."
                    : "Keep it so: every valid complaint has had a response.")
                : (id
                    ? "Tanggapi \(count(unanswered, language)) pengaduan sah yang belum mendapat tanggapan."
                    : "Respond to the \(count(unanswered, language)) valid complaints that have had no response.")
            return (conclusion, recommendation)
        case .settlement(let value, let change, let unsettled):
            let conclusion =
                id
                ? "Tingkat penyelesaian \(rate(value, language))\(changeClause(change, summary, language))."
                : "The settlement rate is \(rate(value, language))\(changeClause(change, summary, language))."
            let recommendation =
                unsettled == 0
                ? (id
                    ? "Pertahankan: semua pengaduan sah telah selesai."
                    : "Keep it so: every valid complaint is settled.")
                : (id
                    ? "Selesaikan \(count(unsettled, language)) pengaduan sah yang belum selesai."
                    : "Settle the \(count(unsettled, language)) valid complaints not yet settled.")
            return (conclusion, recommendation)
        case .timeliness(let value, let short, let slowest):
            let threshold = rate(ExecutiveSummary.onTimeThreshold, language)
            guard short else {
                return id
                    ? (
                        "Tindak lanjut tepat waktu \(rate(value, language)), tidak di bawah \(threshold).",
                        "Pertahankan pemantauan tenggat hari kerja."
                    )
                    : (
                        "On-time follow-up is \(rate(value, language)), not below \(threshold).",
                        "Keep watching the working-day deadlines."
                    )
            }
            let units = slowest.isEmpty ? "" : names(slowest, language)
            let conclusion =
                id
                ? "Tindak lanjut tepat waktu hanya \(rate(value, language)), di bawah \(threshold)."
                : "On-time follow-up is only \(rate(value, language)), below \(threshold)."
            let recommendation =
                units.isEmpty
                ? (id
                    ? "Berikan tanggapan pertama dalam tenggat hari kerja."
                    : "Give each first response within its working-day deadline.")
                : (id
                    ? "Percepat tanggapan di \(units), unit dengan ketepatan waktu terendah, "
                        + "agar tanggapan pertama diberikan dalam tenggat hari kerja."
                    : "Speed up responses at \(units), the units least often on time, "
                        + "so that first responses come within their deadlines.")
            return (conclusion, recommendation)
        case .targetsMissed(let missed, let of):
            let listed = Array(missed.prefix(ExecutiveSummary.listed))
            let more = missed.count - listed.count
            let others = more > 0 ? (id ? " dan \(more) unit lain" : " and \(more) other units") : ""
            return id
                ? (
                    "\(missed.count) dari \(of) unit yang bertarget belum mencapai target penyelesaian.",
                    "Minta \(names(listed, language))\(others) menyusun langkah perbaikan untuk mencapai targetnya."
                )
                : (
                    "\(missed.count) of the \(of) units with a target did not meet their settlement target.",
                    "Ask \(names(listed, language))\(others) for the steps that will bring them to their target."
                )
        case .overdueBacklog(let overdue, let old):
            // The age counts every open complaint, late or not: a held one can be old without being late.
            let oldClause =
                old > 0
                ? (id
                    ? "; \(count(old, language)) pengaduan terbuka berumur lebih dari 60 hari kerja"
                    : "; \(count(old, language)) open complaints are older than 60 working days")
                : ""
            let asOf = LetterDates.date(summary.period.to, language)
            return id
                ? (
                    "\(count(overdue, language)) pengaduan terbuka melewati tenggat per \(asOf)\(oldClause).",
                    "Tuntaskan tunggakan yang terlambat, yang tertua lebih dahulu."
                )
                : (
                    "\(count(overdue, language)) open complaints were past their deadline on \(asOf)\(oldClause).",
                    "Clear the overdue backlog, the oldest first."
                )
        case .topicConcentration(let topic, let share):
            let name = (id ? topic.name : topic.nameEnglish ?? topic.name) ?? "—"
            return id
                ? (
                    "Topik \(name) mencakup \(rate(share, language)) pengaduan sah.",
                    "Jadikan topik ini rencana aksi (PDCA) kelompok budaya kerja unit yang menanganinya, dan tinjau SOP-nya."
                )
                : (
                    "The topic \(name) makes up \(rate(share, language)) of valid complaints.",
                    "Make it an improvement action (PDCA) of the work-culture group of the unit handling it, and review its SOP."
                )
        case .reopened(let reopened, let share):
            return id
                ? (
                    "\(count(reopened, language)) pengaduan dibuka ulang, \(rate(share, language)) dari yang selesai.",
                    "Periksa mutu penyelesaian: jawaban harus menjawab pokok pengaduan sebelum dinyatakan selesai."
                )
                : (
                    "\(count(reopened, language)) complaints were reopened, \(rate(share, language)) of those settled.",
                    "Check the quality of settlement: an answer must meet the complaint before it is called settled."
                )
        case .weakestUnits(let units):
            // The year the targets are for: the period's own, or the next when the period ends the year.
            let end = summary.period.to
            let year = end.month == 12 && end.day == 31 ? end.year + 1 : end.year
            return id
                ? (
                    "Unit dengan tindak lanjut terendah: \(names(units, language)).",
                    "Tetapkan target penyelesaian tiap unit untuk tahun \(year) dan dampingi unit terendah."
                )
                : (
                    "The units with the lowest follow-up: \(names(units, language)).",
                    "Set each unit's settlement target for \(year) and coach the lowest units."
                )
        }
    }
}

extension ReportRendering {
    /// The executive summary as text for the terminal: the title, the figures and the findings.
    package static func summaryText(_ report: Report, language: Language) -> String {
        let summary = ExecutiveSummary(report)
        var out = title(report)(language) + "\n\n"
        var tabular = Tabular(columns: [
            Column(key: "measure", header: Text(en: "Measure", id: "Ukuran"), alignRight: false),
            Column(key: "value", header: Text(en: "Value", id: "Nilai"), alignRight: true),
        ])
        tabular.rows = [
            [
                .text(Text(en: "Complaints received", id: "Pengaduan diterima")(language)),
                .text(ReportValue.int(summary.current.received).human(language)),
            ],
            [
                .text(Text(en: "Valid complaints", id: "Pengaduan sah")(language)),
                .text(ReportValue.int(summary.current.valid).human(language)),
            ],
        ]
        for (label, rate) in ReportHTML.summaryRates {
            tabular.rows.append([
                .text(label(language)), .text(ReportValue.rate(summary.current[keyPath: rate]).human(language)),
            ])
        }
        out += tabular.render(.table, language: language) + "\n"
        out += Text(en: "Conclusions and recommendations", id: "Kesimpulan dan rekomendasi")(language) + "\n"
        for (index, finding) in summary.findings.enumerated() {
            let (conclusion, recommendation) = ReportSummaryText.finding(finding, summary, language)
            out += "\(index + 1). \(conclusion) \(recommendation)\n"
        }
        return out
    }
}

extension StringProtocol {
    fileprivate func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : String(self)
    }
}
