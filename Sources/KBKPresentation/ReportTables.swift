import KBKDomain
import KBKReports

/// Every section of a report as tables: the one model behind the table, Markdown, HTML, CSV and JSON forms.
extension ReportRendering {
    package static let figureColumns: [(key: String, header: Text)] = [
        ("received", Text(en: "Received", id: "Diterima")),
        ("rejected", Text(en: "Rejected", id: "Ditolak")),
        ("forwarded", Text(en: "Forwarded", id: "Diteruskan")),
        ("valid", Text(en: "Valid", id: "Sah")),
        ("followed_up", Text(en: "Followed up", id: "Ditindaklanjuti")),
        ("follow_up_rate", Text(en: "Follow-up", id: "Tindak lanjut")),
        ("followed_up_on_time", Text(en: "On time", id: "Tepat waktu")),
        ("on_time_follow_up_rate", Text(en: "On-time follow-up", id: "Tindak lanjut tepat waktu")),
        ("settled", Text(en: "Settled", id: "Selesai")),
        ("settlement_rate", Text(en: "Settlement", id: "Penyelesaian")),
        ("settled_on_time", Text(en: "Settled on time", id: "Selesai tepat waktu")),
        ("on_time_settlement_rate", Text(en: "On-time settlement", id: "Penyelesaian tepat waktu")),
        (
            "closed_without_settlement",
            Text(en: "Closed without reply, unsettled", id: "Ditutup tanpa balasan, belum selesai")
        ),
        ("median_days_to_response", Text(en: "Median days to response", id: "Median hari ke tanggapan")),
        ("p90_days_to_response", Text(en: "P90 days to response", id: "P90 hari ke tanggapan")),
        ("median_days_to_settlement", Text(en: "Median days to settlement", id: "Median hari ke penyelesaian")),
        ("p90_days_to_settlement", Text(en: "P90 days to settlement", id: "P90 hari ke penyelesaian")),
        ("reopened", Text(en: "Reopened", id: "Dibuka ulang")),
        ("extended", Text(en: "Extended", id: "Diperpanjang")),
        ("average_rating", Text(en: "Rating", id: "Nilai")),
    ]
    package static let compactFigureKeys: Set<String> = [
        "received", "valid", "follow_up_rate", "on_time_follow_up_rate", "settlement_rate",
        "on_time_settlement_rate", "median_days_to_response", "median_days_to_settlement",
        "reopened", "average_rating",
    ]

    package static func values(_ figures: ComplaintFigures) -> [ReportValue] {
        [
            .int(figures.received), .int(figures.rejected), .int(figures.forwarded), .int(figures.valid),
            .int(figures.followedUp),
            .rate(figures.followUpRate),
            .int(figures.followedUpOnTime), .rate(figures.onTimeFollowUpRate), .int(figures.settled),
            .rate(figures.settlementRate),
            .int(figures.settledOnTime), .rate(figures.onTimeSettlementRate), .int(figures.closedWithoutSettlement),
            .days(figures.medianDaysToResponse),
            .days(figures.p90DaysToResponse), .days(figures.medianDaysToSettlement), .days(figures.p90DaysToSettlement),
            .int(figures.reopened), .int(figures.extended), .rating(figures.averageRating),
        ]
    }

    package static func ikmTitle(_ report: Report) -> Text {
        report.ikmWeighting == .exact
            ? Text(
                en: "Community satisfaction (IKM): latest survey in the period, elements weighted 1/9",
                id: "Kepuasan masyarakat (IKM): survei terakhir dalam periode, bobot unsur 1/9")
            : Text(
                en:
                    "Community satisfaction (IKM): latest survey in the period, elements weighted 0.111 as published",
                id:
                    "Kepuasan masyarakat (IKM): survei terakhir dalam periode, bobot unsur 0,111 seperti dipublikasikan"
            )
    }

    /// A section's title, saying which year's targets its rows are held to when it shows any.
    package static func withTargetYear(_ title: Text, _ report: Report, shown: Bool) -> Text {
        guard shown else { return title }
        return Text(
            en: title.en + "; targets of \(report.targetYear)", id: title.id + "; target tahun \(report.targetYear)")
    }

    /// The units' targets for the period's year and how each rate stands against them.
    package static let targetColumns: [(key: String, header: Text)] = [
        ("settlement_target", Text(en: "Settlement target", id: "Target penyelesaian")),
        ("settlement_vs_target", Text(en: "Settlement vs target", id: "Selisih penyelesaian")),
        ("settlement_target_met", Text(en: "Settlement target met", id: "Target penyelesaian")),
        ("on_time_settlement_target", Text(en: "On-time target", id: "Target tepat waktu")),
        ("on_time_settlement_vs_target", Text(en: "On-time vs target", id: "Selisih tepat waktu")),
        ("on_time_settlement_target_met", Text(en: "On-time target met", id: "Target tepat waktu")),
    ]

    package static func targetValues(_ unit: UnitFigures) -> [ReportValue] {
        [
            .rate(unit.settlementTarget), .points(unit.settlementVsTarget), .met(unit.settlementTargetMet),
            .rate(unit.onTimeSettlementTarget), .points(unit.onTimeSettlementVsTarget),
            .met(unit.onTimeSettlementTargetMet),
        ]
    }

    /// The target columns people see: those of the targets some unit of the report has.
    package static func shownTargetKeys(_ units: [UnitFigures]) -> Set<String> {
        var keys: Set<String> = []
        if units.contains(where: { $0.target?.settledBasisPoints != nil }) {
            keys.formUnion(["settlement_target", "settlement_vs_target", "settlement_target_met"])
        }
        if units.contains(where: { $0.target?.onTimeBasisPoints != nil }) {
            keys.formUnion([
                "on_time_settlement_target", "on_time_settlement_vs_target", "on_time_settlement_target_met",
            ])
        }
        return keys
    }

    /// An IKM grade: its letter in CSV and JSON, the letter and its word for people ("A Sangat Baik").
    package static func gradeValue(_ grade: IKMGrade) -> ReportValue {
        .labelled(
            code: grade.rawValue, Text(en: "\(grade.rawValue) \(grade.label)", id: "\(grade.rawValue) \(grade.label)"))
    }

    /// The kabupaten's row under the units' IKM rows: every unit's latest survey pooled.
    package static func kabupatenRow(_ figures: KabupatenIKMFigures, report: Report, language: Language)
        -> [ReportValue]
    {
        let mean = ReportValue.rating(Double(figures.meanOfUnitsHundredths) / 100).human(language)
        let note = Text(
            en:
                "all units' latest surveys pooled by respondents; \(figures.unitsSurveyed) of \(figures.units) units surveyed; plain mean of the units \(mean)",
            id:
                "survei terakhir semua unit digabung menurut responden; \(figures.unitsSurveyed) dari \(figures.units) unit disurvei; rata-rata biasa unit \(mean)"
        )
        return [
            .text(Text(en: "(kabupaten)", id: "(kabupaten)")(language)), .text(nil), .text(nil),
            .text(report.period.label), .int(figures.respondents), .text(nil), .text(nil),
            .rating(Double(figures.convertedHundredths) / 100), gradeValue(figures.grade), .text(figures.grade.label),
            .rating(figures.changeHundredths.map { Double($0) / 100 }), .text(nil), .text(nil), .text(nil),
            .text("U\(figures.weakestElement)"), .text(nil), .text(note(language)),
        ]
    }

    /// What a reader should know of an IKM row: no survey in the year, or too few respondents.
    package static func ikmNote(_ row: IKMFigures) -> Text? {
        if !row.surveyedInYear {
            return Text(
                en: "no survey in the 12 months to the period's end (one a year is required)",
                id: "tidak ada survei dalam 12 bulan sampai akhir periode (wajib sekali setahun)")
        }
        if let sample = row.shortOfSample {
            return Text(
                en: "fewer respondents than the Krejcie–Morgan sample of \(sample)",
                id: "responden kurang dari sampel Krejcie–Morgan \(sample)")
        }
        return nil
    }

    package static func rankingTitle(_ group: RankGroup, _ measure: RankMeasure) -> Text {
        switch (group, measure) {
        case (.agencies, .followUp):
            Text(en: "Units, ranked by follow-up rate", id: "Unit kerja, diperingkat menurut tindak lanjut")
        case (.agencies, .resolved):
            Text(
                en: "Units, ranked by the share of complaints resolved",
                id: "Unit kerja, diperingkat menurut persentase pengaduan yang diselesaikan")
        case (.agencies, .resolvedCount):
            Text(
                en: "Units, ranked by the number of complaints resolved",
                id: "Unit kerja, diperingkat menurut jumlah pengaduan yang diselesaikan")
        case (.districts, .followUp):
            Text(
                en: "Kecamatan and kelurahan, ranked by follow-up rate",
                id: "Kecamatan dan kelurahan, diperingkat menurut tindak lanjut")
        case (.districts, .resolved):
            Text(
                en: "Kecamatan and kelurahan, ranked by the share of complaints resolved",
                id: "Kecamatan dan kelurahan, diperingkat menurut persentase pengaduan yang diselesaikan")
        case (.districts, .resolvedCount):
            Text(
                en: "Kecamatan and kelurahan, ranked by the number of complaints resolved",
                id: "Kecamatan dan kelurahan, diperingkat menurut jumlah pengaduan yang diselesaikan")
        }
    }

    /// Every requested section as a table.
    package static func tables(_ report: Report, language: Language = .en) -> [ReportTable] {
        var tables: [ReportTable] = []
        for section in report.sections {
            switch section {
            case .summary:
                tables.append(
                    ReportTable(
                        section: .summary, title: Text(en: "Summary", id: "Ringkasan"), columns: figureColumns,
                        rows: [values(report.summary)], compactKeys: compactFigureKeys, data: .object))
            case .units:
                // The agencies' ranking (with what no unit holds yet), then the kecamatan and
                // kelurahan apart, as the Bupati reads them.
                let groups = RankGroup.allCases.filter { group in report.units.contains { $0.group == group } }
                for group in groups.isEmpty ? [.agencies] : groups {
                    let rows = report.units.filter { $0.group == group }
                    tables.append(
                        ReportTable(
                            section: .units,
                            title: withTargetYear(
                                rankingTitle(group, report.rankBy), report,
                                shown: !shownTargetKeys(report.units).isEmpty),
                            columns: [
                                ("rank", Text(en: "Rank", id: "Peringkat")), ("skpd", Text(en: "Unit", id: "Unit")),
                                ("name", Text(en: "Name", id: "Nama")),
                                ("ranked_among", Text(en: "Ranked among", id: "Kelompok peringkat")),
                                ("ranked_units", Text(en: "Units ranked", id: "Unit diperingkat")),
                            ] + figureColumns + targetColumns,
                            rows: rows.map {
                                [
                                    // Narrowed to a unit, the rank is the government-wide one: "25 of 25".
                                    .rank($0.rank, of: report.unit == nil ? nil : $0.rankedUnits),
                                    $0.code.map(ReportValue.text) ?? .missing(Msg.notHandedOver),
                                    $0.code == nil ? .missing(Msg.notHandedOver) : .text($0.name),
                                    .text($0.code == nil ? nil : $0.group.rawValue),
                                    $0.rankedUnits.map(ReportValue.int) ?? .text(nil),
                                ] + values($0.figures) + targetValues($0)
                            },
                            compactKeys: compactFigureKeys.union(["rank", "skpd"]).union(shownTargetKeys(report.units)),
                            rankGroup: group))
                }
            case .categories:
                tables.append(
                    ReportTable(
                        section: .categories, title: Text(en: "Categories", id: "Kategori"),
                        columns: [
                            ("category", Text(en: "Category", id: "Kategori")), ("name", Text(en: "Name", id: "Nama")),
                        ]
                            + figureColumns,
                        rows: report.categories.map { [.text($0.key), .text($0.name)] + values($0.figures) },
                        compactKeys: compactFigureKeys.union(["category"])))
            case .channels:
                tables.append(
                    ReportTable(
                        section: .channels, title: Text(en: "Channels", id: "Kanal"),
                        columns: [("channel", Text(en: "Channel", id: "Kanal"))] + figureColumns,
                        rows: report.channels.map {
                            [Channel(rawValue: $0.key).map(ReportValue.coded) ?? .text($0.key)] + values($0.figures)
                        },
                        compactKeys: compactFigureKeys.union(["channel"])))
            case .places:
                tables.append(
                    ReportTable(
                        section: .places, title: Text(en: "Kecamatan and desa", id: "Kecamatan dan desa"),
                        columns: [
                            ("code", Text(en: "BPS code", id: "Kode BPS")), ("kind", Text(en: "Kind", id: "Jenis")),
                            ("name", Text(en: "Name", id: "Nama")),
                        ] + figureColumns,
                        rows: report.places.map {
                            [
                                .text($0.code), .text($0.kind?.rawValue),
                                $0.code == nil
                                    ? .missing(Msg.noPlaceGiven)
                                    : .labelled(code: $0.name ?? "", Msg.placeName($0.kind, $0.name ?? "?")),
                            ] + values($0.figures)
                        },
                        compactKeys: compactFigureKeys.union(["name"])))
            case .topics:
                tables.append(
                    ReportTable(
                        section: .topics, title: Text(en: "Topics", id: "Topik"),
                        columns: [
                            ("topic", Text(en: "Topic", id: "Topik")), ("name", Text(en: "Name", id: "Nama")),
                            ("name_en", Text(en: "Name in English", id: "Nama dalam bahasa Inggris")),
                            ("lapor_category", Text(en: "LAPOR! category", id: "Kategori LAPOR!")),
                            ("share", Text(en: "Share", id: "Porsi")),
                        ] + figureColumns,
                        rows: report.topics.map {
                            [
                                .text($0.topic),
                                $0.topic == nil
                                    ? .missing(Msg.unclassifiedTopic)
                                    : .labelled(code: $0.name ?? "", Text(en: $0.nameEnglish ?? "", id: $0.name ?? "")),
                                .text($0.nameEnglish),
                                .text($0.laporCategory),
                                .rate(Statistics.rate($0.figures.received, report.summary.received)),
                            ] + values($0.figures)
                        }, compactKeys: compactFigureKeys.union(["name", "lapor_category", "share"])))
            case .forwarded:
                tables.append(
                    ReportTable(
                        section: .forwarded,
                        title: Text(
                            en: "Forwarded to the competent agency (not the government's business)",
                            id: "Diteruskan kepada instansi yang berwenang (bukan kewenangan pemerintah daerah)"),
                        columns: [
                            ("agency", Text(en: "Agency", id: "Instansi")),
                            ("forwarded", Text(en: "Forwarded", id: "Diteruskan")),
                        ],
                        rows: report.forwardedTo.map { [.text($0.agency), .int($0.count)] }, compactKeys: nil))
            case .officers:
                tables.append(
                    ReportTable(
                        section: .officers,
                        title: Text(
                            en: "Assigned and not yet answered, per official",
                            id: "Didisposisikan dan belum ditanggapi, per petugas"),
                        columns: [
                            ("login", Text(en: "Official", id: "Petugas")), ("name", Text(en: "Name", id: "Nama")),
                            ("nip", Text(en: "NIP", id: "NIP")), ("skpd", Text(en: "Unit", id: "Unit")),
                            ("unanswered", Text(en: "Unanswered", id: "Belum ditanggapi")),
                        ],
                        rows: report.unansweredByOfficer.map {
                            [.text($0.login), .text($0.name), .text($0.nip), .text($0.unit), .int($0.unanswered)]
                        },
                        // Names and NIPs are the registry's of today, for people: scripts key on the login.
                        compactKeys: ["login", "skpd", "unanswered"], peopleOnlyKeys: ["name", "nip"],
                        documentKeys: ["name", "nip", "skpd", "unanswered"]))
            case .escalations:
                tables.append(
                    ReportTable(
                        section: .escalations,
                        title: Text(
                            en: "Deadline notices of the period, per unit (complaints by the highest level reached)",
                            id: "Pemberitahuan tenggat dalam periode, per unit (pengaduan menurut tingkat tertinggi)"),
                        columns: [
                            ("skpd", Text(en: "Unit", id: "Unit")), ("name", Text(en: "Name", id: "Nama")),
                            ("at_50", Text(en: "At 50 %", id: "Pada 50 %")),
                            ("at_75", Text(en: "At 75 %", id: "Pada 75 %")),
                            ("overdue", Text(en: "Overdue", id: "Terlambat")),
                            ("notices", Text(en: "Notices", id: "Pemberitahuan")),
                        ],
                        rows: report.escalations.map {
                            [
                                .text($0.unit),
                                $0.unit == nil
                                    ? .missing(Text(en: "awaiting verification", id: "menunggu verifikasi"))
                                    : .text($0.name),
                                .int($0.half), .int($0.threeQuarters),
                                .int($0.overdue), .int($0.notices),
                            ]
                        },
                        compactKeys: nil))
            case .lateEntries:
                tables.append(
                    ReportTable(
                        section: .lateEntries,
                        title: Text(
                            en:
                                "Events of the period entered late (more than one working day after the time they claim), per unit",
                            id:
                                "Peristiwa dalam periode yang dicatat terlambat (lebih dari satu hari kerja setelah waktu yang dinyatakan), per unit"
                        ),
                        columns: [
                            ("skpd", Text(en: "Unit", id: "Unit")), ("name", Text(en: "Name", id: "Nama")),
                            ("events", Text(en: "Events", id: "Peristiwa")),
                            ("complaints", Text(en: "Complaints", id: "Pengaduan")),
                            (
                                "longest_working_days",
                                Text(en: "Longest delay (working days)", id: "Jeda terlama (hari kerja)")
                            ),
                        ],
                        rows: report.lateEntries.map {
                            [
                                .text($0.unit),
                                $0.unit == nil ? .missing(Msg.beforeHandOver) : .text($0.name),
                                .int($0.events), .int($0.complaints), .int($0.longestWorkingDays),
                            ]
                        },
                        compactKeys: nil))
            case .maladministration:
                tables.append(
                    ReportTable(
                        section: .maladministration,
                        title: Text(
                            en:
                                "Complaints of the period by form of maladministration (Peraturan Ombudsman 26/2017 jo. 48/2020), per unit",
                            id:
                                "Pengaduan dalam periode menurut bentuk maladministrasi (Peraturan Ombudsman 26/2017 jo. 48/2020), per unit"
                        ),
                        columns: [
                            ("skpd", Text(en: "Unit", id: "Unit")), ("name", Text(en: "Name", id: "Nama")),
                            ("form", Text(en: "Form of maladministration", id: "Bentuk maladministrasi")),
                            ("complaints", Text(en: "Complaints", id: "Pengaduan")),
                        ],
                        rows: report.maladministration.map {
                            [
                                .text($0.unit),
                                $0.unit == nil ? .missing(Msg.beforeHandOver) : .text($0.name),
                                .coded($0.form), .int($0.complaints),
                            ]
                        },
                        compactKeys: nil))
            case .trend:
                tables.append(
                    ReportTable(
                        section: .trend,
                        title: Text(
                            en: "Monthly trend (by month of receipt)", id: "Tren bulanan (menurut bulan diterima)"),
                        columns: [("month", Text(en: "Month", id: "Bulan"))] + figureColumns,
                        rows: report.trend.map {
                            [.labelled(code: $0.key, LetterDates.monthOfYear($0.key))] + values($0.figures)
                        },
                        compactKeys: compactFigureKeys.union(["month"])))
            case .backlog:
                let backlog = report.backlog
                let asOf = Text(en: LetterDates.date(backlog.asOf, .en), id: LetterDates.date(backlog.asOf, .id))
                tables.append(
                    ReportTable(
                        section: .backlog,
                        title: Text(
                            en: "Backlog on \(asOf.en): open complaints by age in working days",
                            id: "Tunggakan per \(asOf.id): pengaduan terbuka menurut umur dalam hari kerja"),
                        columns: [
                            ("open", Text(en: "Open", id: "Terbuka")), ("age_0_5", Text(en: "≤ 5", id: "≤ 5")),
                            ("age_6_14", Text(en: "6–14", id: "6–14")), ("age_15_60", Text(en: "15–60", id: "15–60")),
                            ("age_over_60", Text(en: "> 60", id: "> 60")),
                            ("overdue", Text(en: "Overdue", id: "Terlambat")),
                        ],
                        rows: [
                            [.int(backlog.open)] + backlog.buckets.map(ReportValue.int) + [.int(backlog.overdueCount)]
                        ], data: .nested))
                let most = backlog.overdue.count < backlog.overdueCount
                tables.append(
                    ReportTable(
                        section: .backlog,
                        title: most
                            ? Text(
                                en:
                                    "The \(backlog.overdue.count) most overdue of \(backlog.overdueCount) overdue complaints on \(asOf.en)",
                                id:
                                    "\(backlog.overdue.count) pengaduan paling terlambat dari \(backlog.overdueCount) per \(asOf.id)"
                            )
                            : Text(
                                en: "Overdue complaints on \(asOf.en)",
                                id: "Pengaduan terlambat per \(asOf.id)"),
                        columns: [
                            ("ticket", Text(en: "Ticket", id: "Tiket")), ("skpd", Text(en: "Unit", id: "Unit")),
                            ("category", Text(en: "Category", id: "Kategori")),
                            ("status", Text(en: "Status", id: "Status")),
                            ("deadline", Text(en: "Stage", id: "Tahap")),
                            ("due", Text(en: "Due", id: "Jatuh tempo")),
                            ("working_days_overdue", Text(en: "Days overdue", id: "Hari terlambat")),
                        ],
                        rows: backlog.overdue.map {
                            [
                                .text($0.ticket), .text($0.unit), .text($0.category), .coded($0.status),
                                .coded($0.stage), .date($0.due), .int($0.workingDaysOverdue),
                            ]
                        }, data: .nested))
            case .culture:
                tables.append(
                    ReportTable(
                        section: .culture, title: Text(en: "Work culture (KBK)", id: "Budaya kerja (KBK)"),
                        columns: [
                            ("skpd", Text(en: "Unit", id: "Unit")),
                            ("active_groups", Text(en: "Active groups", id: "Kelompok aktif")),
                            ("members", Text(en: "Members", id: "Anggota")),
                            ("staff", Text(en: "Staff", id: "Pegawai")),
                            ("staff_share", Text(en: "Staff in a group", id: "Pegawai dalam kelompok")),
                            ("meetings", Text(en: "Meetings", id: "Rapat")),
                            ("meetings_per_group", Text(en: "Meetings per group", id: "Rapat per kelompok")),
                            ("rbks", Text(en: "RBK", id: "RBK")),
                            ("coordination_meetings", Text(en: "Coordination meetings", id: "Rapat koordinasi")),
                            (
                                "coordination_actions",
                                Text(en: "Coordination actions due", id: "Tindak lanjut jatuh tempo")
                            ),
                            ("coordination_actions_done", Text(en: "Done", id: "Selesai")),
                            ("coordination_actions_overdue", Text(en: "Overdue", id: "Terlambat")),
                            ("self_assessment", Text(en: "Self-assessment (1–5)", id: "Penilaian mandiri (1–5)")),
                            ("weakest_value", Text(en: "Weakest value", id: "Nilai terendah")),
                        ],
                        rows: report.culture.map {
                            [
                                .text($0.code), .int($0.activeGroups), .int($0.members),
                                $0.staff.map(ReportValue.int) ?? .text(nil),
                                .rate($0.staffShare), .int($0.meetings), .days($0.meetingsPerGroup), .int($0.rbks),
                                .int($0.coordinationMeetings), .int($0.coordinationActions),
                                .int($0.coordinationActionsDone), .int($0.coordinationActionsOverdue),
                                .rating($0.assessmentHundredths.map { Double($0) / 100 }),
                                .text($0.weakestValue?.name),
                            ]
                        },
                        compactKeys: [
                            "skpd", "active_groups", "members", "staff_share", "meetings", "rbks",
                            "coordination_actions", "coordination_actions_done", "coordination_actions_overdue",
                            "self_assessment",
                        ], data: .nested))
                tables += cultureAssessmentTables(report)
            case .sops:
                tables.append(
                    ReportTable(
                        section: .sops, title: Text(en: "SOPs", id: "SOP"),
                        columns: [
                            ("skpd", Text(en: "Unit", id: "Unit")), ("name", Text(en: "Name", id: "Nama")),
                            ("active_sops", Text(en: "Active SOPs", id: "SOP aktif")),
                            ("overdue_for_review", Text(en: "Overdue for review", id: "Terlambat dievaluasi")),
                            (
                                "complaints_with_overdue_sop",
                                Text(en: "Complaints under an overdue SOP", id: "Aduan dengan SOP terlambat dievaluasi")
                            ),
                        ],
                        rows: report.sops.map {
                            [
                                .text($0.code), .text($0.name), .int($0.activeSOPs), .int($0.overdueForReview),
                                .int($0.complaintsWithOverdueSOP),
                            ]
                        },
                        compactKeys: ["skpd", "active_sops", "overdue_for_review", "complaints_with_overdue_sop"]))
            case .improvements:
                tables.append(
                    ReportTable(
                        section: .improvements,
                        title: Text(en: "Improvement actions (PDCA)", id: "Rencana aksi (PDCA)"),
                        columns: [
                            ("skpd", Text(en: "Unit", id: "Unit")), ("name", Text(en: "Name", id: "Nama")),
                            ("opened", Text(en: "Opened", id: "Dibuka")),
                            ("finished", Text(en: "Finished", id: "Selesai")),
                            ("overdue", Text(en: "Overdue", id: "Terlambat")),
                            ("valid_complaints", Text(en: "Valid complaints", id: "Aduan sah")),
                            ("cited_complaints", Text(en: "Complaints cited", id: "Aduan dirujuk")),
                            ("cited_share", Text(en: "Share of complaints cited", id: "Bagian aduan dirujuk")),
                            ("sops_revised", Text(en: "SOPs revised", id: "SOP direvisi")),
                        ],
                        rows: report.improvements.map {
                            [
                                .text($0.code), .text($0.name), .int($0.opened), .int($0.finished), .int($0.overdue),
                                .int($0.validComplaints), .int($0.citedComplaints), .rate($0.citedShare),
                                .int($0.sopsRevised),
                            ]
                        },
                        compactKeys: [
                            "skpd", "opened", "finished", "overdue", "cited_complaints", "cited_share", "sops_revised",
                        ]))
            case .ikm:
                tables.append(
                    ReportTable(
                        section: .ikm,
                        title: withTargetYear(
                            ikmTitle(report), report, shown: report.ikm.contains { $0.targetHundredths != nil }),
                        columns: [
                            ("skpd", Text(en: "Unit", id: "Unit")), ("name", Text(en: "Name", id: "Nama")),
                            ("service", Text(en: "Service", id: "Layanan")),
                            ("survey_period", Text(en: "Survey", id: "Survei")),
                            ("respondents", Text(en: "Respondents", id: "Responden")),
                            ("sample_needed", Text(en: "Sample needed", id: "Sampel yang diperlukan")),
                            ("surveyed_in_year", Text(en: "Surveyed in the year", id: "Disurvei dalam setahun")),
                            ("converted", Text(en: "IKM (25–100)", id: "IKM (25–100)")),
                            ("grade", Text(en: "Grade", id: "Mutu")),
                            ("grade_label", Text(en: "Grade in words", id: "Mutu dalam kata")),
                            ("change", Text(en: "Change", id: "Perubahan")),
                            ("target", Text(en: "Target", id: "Target")),
                            ("vs_target", Text(en: "vs target", id: "Selisih target")),
                            ("target_met", Text(en: "Target met", id: "Target")),
                            ("weakest_element", Text(en: "Weakest element", id: "Unsur terendah")),
                            (
                                "weakest_element_addressed",
                                Text(en: "Improvement action on it", id: "Ada rencana aksi")
                            ),
                            ("note", Text(en: "Note", id: "Catatan")),
                        ],
                        rows: report.ikm.map { row in
                            [
                                .text(row.code), .text(row.name), .text(row.service), .text(row.period),
                                row.respondents.map(ReportValue.int) ?? .text(nil),
                                row.shortOfSample.map(ReportValue.int) ?? .text(nil), .flag(row.surveyedInYear),
                                .rating(row.convertedHundredths.map { Double($0) / 100 }),
                                row.grade.map(gradeValue) ?? .text(nil), .text(row.grade?.label),
                                .rating(row.changeHundredths.map { Double($0) / 100 }),
                                .rating(row.targetHundredths.map { Double($0) / 100 }),
                                .signed(row.vsTargetHundredths.map { Double($0) / 100 }),
                                .met(row.targetMet),
                                .text(row.weakestElement.map { "U\($0)" }),
                                .flag(row.weakestElementAddressed),
                                .text(ikmNote(row)?(language)),
                            ]
                        } + (report.ikmKabupaten.map { [kabupatenRow($0, report: report, language: language)] } ?? []),
                        // Without a target in the report, people see no empty target columns.
                        compactKeys: Set(
                            [
                                "skpd", "service", "survey_period", "respondents", "converted", "grade", "change",
                                "weakest_element", "weakest_element_addressed", "note",
                            ]
                                + (report.ikm.contains { $0.targetHundredths != nil }
                                    ? ["target", "vs_target", "target_met"] : [])),
                        peopleOnlyKeys: ["note"], totalRows: report.ikmKabupaten == nil ? 0 : 1))
            }
        }
        return tables
    }
}
