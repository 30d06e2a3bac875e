import KBKDomain
import KBKStore

/// The work culture around the complaints: improvement actions, RBKs, IKM surveys, coordination
/// meetings and self-assessments.
extension Demo.Builder {
    /// Groups take up their unit's complaints as improvement actions, some revising an SOP; units run IKM surveys.
    mutating func addImprovementsAndSurveys() throws {
        let groups = try store.groups.list(unit: nil, includeDissolved: true, today: lastDay)
        for (group, _) in groups {
            let tickets = try store.complaints.ticketsHeld(by: group.unitCode)
            guard tickets.count >= 3 else { continue }
            for round in 0..<random.int(1...2) {
                let started = max(
                    group.formedOn.adding(days: 20), firstDay.adding(days: 180 + round * 200 + random.int(0...60)))
                guard started <= lastDay else { break }
                var draft = ImprovementDraft(groupID: group.id, title: "Perbaikan: " + (group.focus ?? "layanan"))
                draft.problem = "Aduan berulang tentang " + (group.focus ?? "layanan")
                draft.startedOn = started
                draft.dueOn = started.adding(days: random.int(60...150))
                draft.complaints = (0..<random.int(1...3)).map { _ in random.pick(tickets) }
                if let sop = sopNumbers[group.unitCode]?.first, random.chance(0.6) { draft.sops = [sop] }
                let improvement = try store.step(onBehalfOf: unitAdmin(group.unitCode)) {
                    try $0.improvements.add(draft)
                }
                summary.improvements += 1
                var day = started
                for stage in [ImprovementStage.do, .check, .act, .done] {
                    day = day.adding(days: random.int(15...45))
                    guard day <= lastDay, random.chance(0.8) else { break }
                    _ = try store.step(onBehalfOf: unitAdmin(group.unitCode)) {
                        try $0.improvements.advance(
                            improvement.id, to: stage, note: "Tahap \(stage.rawValue)", on: day)
                    }
                    if stage == .act, let sop = draft.sops.first {
                        _ = try? store.write(onBehalfOf: unitAdmin(group.unitCode)) {
                            try $0.sops.revise(
                                sop, effectiveOn: day.adding(days: 7), revisedOn: day, changes: SOPContentChanges(),
                                reviewMonths: nil)
                        }
                    }
                    // Once it has been acted on, the group writes its work up as an RBK.
                    if stage == .act {
                        let focus = group.focus ?? "layanan"
                        let rbk = RBKDraft(
                            groupID: group.id, title: "Risalah Budaya Kerja: " + focus, writtenOn: day,
                            plan: "Aduan berulang tentang \(focus); penyebab dianalisis bersama anggota.",
                            doing: "Rencana aksi \(improvement.id) dilaksanakan sesuai jadwal kelompok.",
                            checking: "Aduan sejenis dipantau tiap bulan setelah perbaikan.",
                            acting: draft.sops.isEmpty
                                ? "Cara kerja baru disosialisasikan kepada seluruh pegawai."
                                : "Perbaikan dibakukan dalam revisi SOP \(draft.sops[0]).",
                            improvementIDs: [improvement.id])
                        _ = try store.step(onBehalfOf: unitAdmin(group.unitCode)) { try $0.rbks.add(rbk) }
                    }
                }
            }
        }
        // Each unit surveys once a year (most do; the report flags those that did not), its
        // busiest desks per service with their users as the population; mostly B, some A.
        for spec in DemoData.units {
            let quality = Double(random.int(310...356)) / 100
            for year in firstDay.year...lastDay.year {
                let period = try ReportPeriod.parse("\(year)-S1")
                // A merged unit surveyed while it lasted; a unit the reorganisation formed, from then on.
                guard period.to <= lastDay, !spec.formedByReorganisation || period.from >= DemoData.reorganisation,
                    !spec.isMergedAway || period.to < DemoData.reorganisation, random.chance(0.85)
                else { continue }
                let services = DemoData.surveyedServices[spec.code] ?? [nil]
                for service in services {
                    let averages = (0..<9).map { element in
                        // U8 (complaint handling) and U3 (time) trail, as surveys usually find.
                        let lower = element == 7 || element == 2 ? 15 : 0
                        return String(
                            format1: min(4, max(1, quality + Double(random.int(-12...12) - lower) / 100)), places: 2
                        )
                    }
                    let population = service == nil ? nil : random.int(800...15_000)
                    let respondents =
                        population.map { IKMScore.krejcieMorganSample(population: $0) + random.int(-40...60) }
                        ?? random.int(100...400)
                    let score = try IKMScore.fromAverages(averages, respondents: respondents)
                    _ = try store.step(onBehalfOf: unitAdmin(spec.code)) {
                        try $0.surveys.add(
                            unit: UnitCode(spec.code), period: period, score: score, service: service,
                            population: population)
                    }
                    summary.surveys += 1
                }
            }
        }
    }

    /// The Assistant for Administration's monthly coordination meetings with their action items,
    /// and each unit's yearly self-assessment on the core values.
    mutating func addCoordinationAndAssessments() throws {
        var day = firstDay.adding(days: random.int(10...30))
        while day <= lastDay {
            let active = receiving(on: day).map(\.0).filter { $0.kind != .subdistrict }
            let units = (0..<random.int(3...6)).map { _ in random.pick(active).code }
            let subject = random.pick(DemoData.units.first { $0.code == units[0] }?.subjects ?? ["pelayanan"])
            let draft = CoordinationDraft(
                heldOn: day, title: "Rapat koordinasi teknis: " + subject.sentenceContinued,
                chair: "Asisten Administrasi Umum", decisions: "Tindak lanjut dibagi per perangkat daerah.",
                units: try units.map(UnitCode.init))
            let meeting = try store.step(onBehalfOf: coordinator!) { try $0.coordination.add(draft) }
            for owner in Set(units).sorted() where random.chance(0.7) {
                let due = day.adding(days: random.int(14...45))
                let action = try store.step(onBehalfOf: coordinator!) {
                    try $0.coordination.addAction(
                        to: meeting.id, owner: UnitCode(owner),
                        text: "Laporan tindak lanjut: \(subject.sentenceContinued)",
                        due: due)
                }
                let done = due.adding(days: random.int(-10...12))
                if done <= lastDay && done >= day && random.chance(0.85) {
                    _ = try store.step(onBehalfOf: unitAdmin(owner)) {
                        try $0.coordination.complete(action.id, on: done, note: "Sudah dilaksanakan")
                    }
                }
            }
            day = day.adding(days: random.int(25...35))
        }
        for year in firstDay.year...lastDay.year {
            let assessed = min(lastDay, CivilDate(year: year, month: 11, day: random.int(3...20))!)
            guard assessed >= firstDay else { continue }
            for spec in receiving(on: assessed).map(\.0) where random.chance(year == firstDay.year ? 0.9 : 0.6) {
                // The last year is scored per behaviour indicator, as units now do, with evidence
                // for the indicators they score best; the years before per value.
                let scores: CultureScores
                if year == lastDay.year {
                    scores = .indicators(
                        BehaviourIndicator.all.map { indicator in
                            let score = random.weighted([(2, 1), (3, 3), (4, 5), (5, 2)])
                            guard score == 5 else { return IndicatorScore(indicator, score: score) }
                            let (evidence, document) = random.pick(DemoData.cultureEvidence)
                            return IndicatorScore(
                                indicator, score: score, evidence: evidence,
                                evidenceRef: "\(document)/\(random.int(100...999))/\(spec.code)/\(year)")
                        })
                } else {
                    scores = .values(
                        (0..<CoreValue.allCases.count).map { _ in random.weighted([(3, 3), (4, 5), (5, 2)]) })
                }
                _ = try store.step(onBehalfOf: unitAdmin(spec.code)) {
                    try $0.assessments.add(
                        unit: UnitCode(spec.code), year: year, scores: scores, on: assessed,
                        note: "Penilaian mandiri BerAKHLAK")
                }
            }
        }
    }
}
