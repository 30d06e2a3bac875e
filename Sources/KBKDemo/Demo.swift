import KBKDomain
import KBKStore

/// Fills a database with two years of realistic, deterministic data for a kabupaten, through the
/// same store code as real work (every rule checked, every change audited).
public enum Demo {
    public struct Options: Sendable {
        public var seed: UInt64
        public var complaints: Int
        /// The first, whole year of data; the demo's report is for this year.
        public var lastYear: Int
        /// The last day of data (the day the demo is made): complaints come up to it, so that the
        /// backlog is real. The end of `lastYear` when nil.
        public var until: CivilDate?

        /// Purbalingga received about 5,450 complaints in 2025.
        public static let complaintsPerYear = 5_450

        public init(seed: UInt64 = 2026, complaints: Int? = nil, lastYear: Int, until: CivilDate? = nil) {
            self.seed = seed
            self.lastYear = lastYear
            self.until = until
            let first = CivilDate(year: lastYear, month: 1, day: 1)!
            let last = until ?? CivilDate(year: lastYear, month: 12, day: 31)!
            let days = max(1, last.daysSinceEpoch - first.daysSinceEpoch + 1)
            self.complaints = complaints ?? Options.complaintsPerYear * days / 365
        }
    }

    public struct Summary: Sendable {
        public var units = 0
        public var groups = 0
        public var members = 0
        public var meetings = 0
        public var sops = 0
        public var complaints = 0
        public var events = 0
        public var improvements = 0
        public var surveys = 0
        public var officials = 0
    }

    public static func populate(_ store: Store, _ options: Options, progress: (Int, Int) -> Void = { _, _ in }) throws
        -> Summary
    {
        var builder = Builder(store: store, options: options)
        // One transaction for everything, with the import's page cache: with SQLite's default 2 MiB
        // the complaint indexes' dirty pages spill to the WAL again and again.
        try store.imports.keepTemporaryFilesInMemory()
        return try store.imports.write { transaction in
            try builder.run(progress: progress)
            try transaction.audit(
                AuditRecord(
                    .create, .database, id: nil,
                    "generated demo data: seed \(options.seed), \(builder.summary.complaints) complaints, years \(options.lastYear - 1)–\(options.lastYear)"
                ))
            return builder.summary
        }
    }

    struct Builder {
        let store: Store
        let options: Options
        var random: SeededGenerator
        var summary = Summary()
        var nextSerial = 1
        var calendar = WorkingCalendar()
        let firstDay: CivilDate
        let lastDay: CivilDate
        var sopNumbers: [String: [String]] = [:]
        /// The demo's officials: the government's complaint desk, the inspectorate's reader, and a
        /// unit admin and an officer for every unit. Made without drawing from the random stream,
        /// so the data (and the report) are those of the same seed before officials existed.
        var coordinator: Official?
        var unitAdmins: [String: Official] = [:]
        var officers: [String: Official] = [:]

        init(store: Store, options: Options) {
            self.store = store
            self.options = options
            random = SeededGenerator(seed: options.seed)
            firstDay = CivilDate(year: options.lastYear, month: 1, day: 1)!
            lastDay = max(firstDay, options.until ?? CivilDate(year: options.lastYear, month: 12, day: 31)!)
        }

        func instant(_ day: CivilDate, hour: Int, minute: Int = 0) -> Timestamp {
            Timestamp(
                secondsSinceEpoch: Timestamp(startOf: day, in: store.timeZone).secondsSinceEpoch
                    + Int64(hour * 3600 + minute * 60))
        }

        mutating func run(progress: (Int, Int) -> Void) throws {
            // The national calendar ships with kbk for the years its decrees are known; a year
            // beyond them gets the holidays whose dates never move, so that its demo is not all work.
            for year in firstDay.year...lastDay.year where try !store.holidays.hasNationalDays(in: year) {
                for (day, name) in DemoData.fixedHolidays(year: year) {
                    _ = try store.write {
                        try $0.holidays.add(Holiday(date: CivilDate.parse(day), name: name, kind: .national))
                    }
                }
            }
            calendar = try store.holidays.calendar()
            for category in DemoData.functionCategories {
                _ = try store.write { try $0.categories.add(category) }
            }
            try addUnits()
            try addLetterhead()
            try addOfficials()
            try addGroups()
            try addSOPs()
            for index in 0..<options.complaints {
                try addComplaint()
                if index % 250 == 0 { progress(index, options.complaints) }
            }
            progress(options.complaints, options.complaints)
            try addImprovementsAndSurveys()
            try endMergedUnits()
            try addCoordinationAndAssessments()
            summary.events = try store.complaints.eventCount()
        }

        mutating func person() -> String {
            random.pick(DemoData.givenNames) + " " + random.pick(DemoData.familyNames)
        }

        /// A valid PNS number, never the same twice.
        mutating func nip() -> NIP {
            let birthYear = random.int(1965...1996)
            let birth = CivilDate(year: birthYear, month: random.int(1...12), day: random.int(1...28))!
            let appointed = min(birthYear + random.int(22...32), options.lastYear - 2)
            let digits =
                birth.description.filter { $0 != "-" } + String(appointed) + String(format2: random.int(1...12))
                + String(random.int(1...2)) + String(1000 + nextSerial % 999 + 1).suffix(3)
            nextSerial += 1
            return (try? NIP(digits)) ?? (try! NIP("198001012005011001"))
        }

        mutating func addUnits() throws {
            for spec in DemoData.units {
                var draft = UnitDraft(code: try UnitCode(spec.code), name: spec.name, kind: spec.kind)
                draft.parentCode = try spec.parent.map(UnitCode.init)
                draft.staffCount = random.int(spec.staff)
                draft.workingWeek = spec.workingWeek
                if spec.formedByReorganisation { draft.formedOn = DemoData.reorganisation }
                draft.headName = person()
                draft.headNIP = nip()
                _ = try store.write { try $0.units.add(draft) }
                summary.units += 1
            }
        }

        /// The report's letterhead and signature block, as the government would set them.
        mutating func addLetterhead() throws {
            let signer = person()
            let signerNIP = nip().digits
            for (key, value): (Settings.Key, String) in [
                (.organisationName, "Pemerintah Kabupaten Purbalingga"), (.organisationUnit, "Sekretariat Daerah"),
                (.reportPlace, "Purbalingga"), (.signerPosition, "Asisten Administrasi Umum"), (.signerName, signer),
                (.signerNIP, signerNIP),
            ] {
                _ = try store.write { try $0.settings.set(key, to: value) }
            }
        }

        mutating func addOfficials() throws {
            func official(_ index: Int, login: String, unit: String, role: OfficialRole) throws -> Official {
                let name =
                    DemoData.givenNames[index % DemoData.givenNames.count] + " "
                    + DemoData.familyNames[(index * 7 + 3) % DemoData.familyNames.count]
                let birth = "19\(70 + index % 25)" + String(format2: 1 + index % 12) + String(format2: 1 + index % 28)
                let nip = try NIP(
                    birth + "200\(index % 10)" + String(format2: 1 + index % 12) + "\(1 + index % 2)"
                        + String(String(1000 + index + 1).suffix(3)))
                let draft = OfficialDraft(
                    login: try Login(login), nip: nip, name: name, unitCode: try UnitCode(unit), role: role,
                    email: login + "@purbalinggakab.go.id")
                summary.officials += 1
                return try store.write { try $0.officials.add(draft) }
            }
            coordinator = try official(0, login: "koordinator", unit: "SETDA", role: .coordinator)
            _ = try official(1, login: "inspektur", unit: "INSPEKTORAT", role: .viewer)
            for (number, spec) in DemoData.units.enumerated() {
                let suffix = spec.code.lowercased()
                unitAdmins[spec.code] = try official(
                    2 + 2 * number, login: "adm." + suffix, unit: spec.code, role: .unitAdmin)
                officers[spec.code] = try official(
                    3 + 2 * number, login: "ptg." + suffix, unit: spec.code, role: .officer)
            }
        }

        /// A unit's desk: writes of its groups, SOPs, improvement actions and surveys.
        func unitAdmin(_ code: String) -> Official { unitAdmins[code]! }

        mutating func addGroups() throws {
            for spec in DemoData.units where !spec.isMergedAway && random.chance(spec.kind == .subdistrict ? 0.5 : 0.9)
            {
                let groupCount = spec.weight >= 8 ? 2 : 1
                for number in 1...groupCount {
                    var draft = GroupDraft(unitCode: try UnitCode(spec.code), name: "KBK \(spec.name) \(number)")
                    let start = spec.formedByReorganisation ? max(firstDay, DemoData.reorganisation) : firstDay
                    let formed = start.adding(days: random.int(0...120))
                    guard formed <= lastDay else { continue }
                    // Most groups belong to a section of the unit, led by the section's head.
                    if number == 2 || random.chance(0.5) {
                        draft.section = random.pick(DemoData.sections(of: spec.kind))
                        draft.sectionHeadName = person()
                        draft.sectionHeadNIP = nip()
                    }
                    draft.formedOn = formed
                    draft.decreeNumber = "800/\(random.int(10...400))/\(formed.year)"
                    draft.decreeDate = formed.adding(days: -random.int(1...20))
                    draft.focus = random.pick(spec.subjects).sentenceContinued
                    let group = try store.step(onBehalfOf: unitAdmin(spec.code)) { try $0.groups.add(draft) }
                    summary.groups += 1
                    // Mostly 4–10 members; now and then a group too small or too large, as happens.
                    let size = random.chance(0.1) ? random.pick([3, 11]) : random.int(4...10)
                    var members: [NIP] = []
                    for index in 0..<size {
                        let member = nip()
                        let role: GroupRole =
                            index == 0 ? .chair : index == 1 ? .facilitator : index == 2 ? .secretary : .member
                        _ = try store.step(onBehalfOf: unitAdmin(spec.code)) {
                            try $0.groups.addMember(
                                group.id,
                                MemberDraft(
                                    nip: member, name: person(), role: role,
                                    since: formed.adding(days: random.int(0...10))))
                        }
                        members.append(member)
                    }
                    summary.members += size
                    // Meetings roughly monthly; poorer units skip more often.
                    var day = formed.adding(days: 20)
                    while day <= lastDay {
                        if random.chance(spec.answers) {
                            let attendees = members.filter { _ in random.chance(0.8) }
                            let agenda = "Pembahasan " + random.pick(spec.subjects).sentenceContinued
                            _ = try store.step(onBehalfOf: unitAdmin(spec.code)) {
                                try $0.groups.addMeeting(
                                    group.id,
                                    MeetingDraft(
                                        heldOn: day, attendees: attendees, agenda: agenda,
                                        minutes: "Notulen rapat \(day): rencana aksi disepakati."))
                            }
                            summary.meetings += 1
                        }
                        day = day.adding(days: random.int(25...40))
                    }
                }
            }
        }

        mutating func addSOPs() throws {
            for spec in DemoData.units where !spec.isMergedAway {
                for index in 1...(spec.kind == .subdistrict ? 1 : random.int(2...4)) {
                    let made =
                        spec.formedByReorganisation
                        ? max(firstDay, DemoData.reorganisation).adding(days: random.int(5...60))
                        : CivilDate(year: options.lastYear - 2, month: random.int(1...12), day: random.int(1...28))!
                    guard made <= lastDay else { continue }
                    let number = "\(spec.code)/SOP/\(index)/\(made.year)"
                    let content = SOPContent(
                        title: "Standar pelayanan: " + random.pick(spec.subjects).sentenceContinued,
                        service: spec.name, legalBasis: "Peraturan Bupati Purbalingga", madeOn: made,
                        effectiveOn: made.adding(days: random.int(0...20)), approvedByName: person(),
                        approvedByNIP: nip().digits, serviceDays: random.int(1...14))
                    _ = try store.step(onBehalfOf: unitAdmin(spec.code)) {
                        try $0.sops.add(number: number, unit: UnitCode(spec.code), content: content, reviewMonths: 12)
                    }
                    summary.sops += 1
                    sopNumbers[spec.code, default: []].append(number)
                    if random.chance(0.4) {
                        let revised = made.adding(days: random.int(200...500))
                        _ = try store.step(onBehalfOf: unitAdmin(spec.code)) {
                            try $0.sops.revise(
                                number, effectiveOn: revised.adding(days: 7), revisedOn: revised,
                                changes: SOPContentChanges(),
                                reviewMonths: nil)
                        }
                    } else if random.chance(0.5) {
                        _ = try store.step(onBehalfOf: unitAdmin(spec.code)) {
                            try $0.sops.review(
                                number, on: made.adding(days: random.int(330...420)), outcome: .keep,
                                note: "Masih sesuai", reviewer: nil)
                        }
                    }
                }
            }
        }

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

        /// The reorganisation: the merged units' open complaints go to their successors (by their
        /// category's route where the unit split), then the units end on its day with their routes,
        /// through the same store call as `kbk skpd deactivate` (none are left to move at the moment
        /// the demo is made); the units under an ended unit move under its default successor.
        mutating func endMergedUnits() throws {
            let day = DemoData.reorganisation
            guard day <= lastDay else { return }
            for spec in DemoData.units where spec.isMergedAway {
                let succession = DemoData.successions[spec.code]
                let held = try store.complaints.ticketsHeld(by: spec.code, statuses: ComplaintStatus.heldByUnit)
                for ticket in held {
                    let complaint = try store.complaints.get(ticket)
                    guard let successor = succession?.successor(forCategory: complaint.category) else { continue }
                    let at = max(
                        instant(day, hour: 8),
                        Timestamp(secondsSinceEpoch: complaint.lastEventAt.secondsSinceEpoch + 60))
                    let reassign = ComplaintRequest.reassign(
                        to: try UnitCode(successor), reason: "Penggabungan perangkat daerah: diteruskan ke \(successor)"
                    )
                    _ = try store.step(onBehalfOf: coordinator!, at: at) {
                        try $0.complaints.act(ticket, reassign, at: at)
                    }
                }
                _ = try store.write {
                    try $0.units.deactivate(
                        UnitCode(spec.code), on: day, successor: spec.successor.map(UnitCode.init),
                        routes: spec.routes)
                }
                guard let successor = spec.successor else { continue }
                for child in DemoData.units where child.parent == spec.code {
                    var changes = UnitChanges()
                    changes.parentCode = .some(try UnitCode(successor))
                    _ = try store.write { try $0.units.edit(UnitCode(child.code), changes) }
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

        /// A random moment, up to the last day, mostly on a working day (sometimes on a weekend or at
        /// night, as citizens write).
        mutating func receptionTime() -> Timestamp {
            var day = firstDay.adding(days: random.int(0...(lastDay.daysSinceEpoch - firstDay.daysSinceEpoch)))
            if !calendar.isWorkingDay(day) && random.chance(0.7) {
                day = min(lastDay, calendar.adding(workingDays: 1, to: day))
            }
            let hour = random.chance(0.85) ? random.int(7...15) : random.int(0...23)
            // Nothing is received after the moment the demo is made.
            return min(instant(day, hour: hour, minute: random.int(0...59)), latest)
        }

        /// A minute before the demo is made: the last moment anything in it may have happened.
        var latest: Timestamp { Timestamp(secondsSinceEpoch: store.now.secondsSinceEpoch - 60) }

        /// A time `days` working days after `after`, during office hours and never before it.
        mutating func later(_ after: Timestamp, workingDays days: Int) -> Timestamp? {
            let day = calendar.adding(workingDays: days, to: after.date(in: store.timeZone))
            let candidate = instant(day, hour: random.int(8...15), minute: random.int(0...59))
            let time = max(candidate, Timestamp(secondsSinceEpoch: after.secondsSinceEpoch + 60))
            return time.date(in: store.timeZone) <= lastDay && time <= latest ? time : nil
        }

        /// The units taking complaints on `day`, weighted by volume and season: the merged units until
        /// the reorganisation, the units it formed from then on.
        func receiving(on day: CivilDate) -> [(DemoData.UnitSpec, Int)] {
            let reorganised = day >= DemoData.reorganisation
            return DemoData.units.compactMap { spec in
                if spec.isMergedAway && reorganised || spec.formedByReorganisation && !reorganised { return nil }
                let factor = spec.season.map { $0.months.contains(day.month) ? $0.factor : 1 } ?? 1
                return (spec, spec.weight * factor)
            }
        }

        /// The unit that holds `code`'s work of `category` on `day`: its successor for that
        /// category once it was merged away (`Succession`'s rule).
        func holding(_ code: String, category: String, on day: CivilDate) -> String {
            guard day >= DemoData.reorganisation, let succession = DemoData.successions[code] else { return code }
            return succession.successor(forCategory: category) ?? code
        }

        mutating func addComplaint() throws {
            let received = receptionTime()
            let spec = random.weighted(receiving(on: received.date(in: store.timeZone)))
            // What reaches the Inspektorat are reports of officials' wrongdoing: whistle-blowing, held
            // by it alone.
            let whistleblowing = spec.code == "INSPEKTORAT"
            let kind: ComplaintKind =
                whistleblowing
                ? .whistleblowing : random.weighted([(.complaint, 75), (.aspiration, 10), (.information, 15)])
            let fieldWork =
                ["DPUPR", "DLH", "DLHPERKIM", "BPBD", "INSPEKTORAT"].contains(spec.code) && random.chance(0.25)
            let subject = random.weighted(spec.subjects.map { ($0, DemoData.subjectWeights[$0] ?? 1) })
            let place = random.pick(DemoData.villages)
            var draft = ComplaintDraft(
                subject: subject, description: "\(subject) di \(place). Mohon segera ditindaklanjuti.",
                channel: random.weighted(DemoData.channels))
            draft.kind = kind
            // The category the reorganisation routes by, where the subject has one; otherwise the cited
            // classes (migration 0032): an information request by letter or e-mail is a formal request
            // to the PPID (UU 14/2008), one by any other channel LAPOR!'s 5-day class.
            let complaintCategory =
                spec.subjectCategories[subject]
                ?? (kind == .information
                    ? ([.letter, .email].contains(draft.channel)
                        ? Category.Cited.publicInformation : Category.Cited.informationOrNormative)
                    : whistleblowing || fieldWork ? Category.Cited.withSupervision : Category.Cited.withoutSupervision)
            // The Ombudsman's form of maladministration, for what needs an examination: the conduct a
            // whistle-blower reports, and a field examination long overdue (undue delay).
            let examined = complaintCategory == Maladministration.category
            let form: Maladministration? =
                !examined
                ? nil : whistleblowing ? DemoData.subjectForms[subject] : random.chance(0.2) ? .undueDelay : nil
            draft.category = complaintCategory
            draft.topic = DemoData.subjectTopics[subject]
            draft.receivedAt = received
            draft.location = place
            draft.complainantName = person()
            draft.complainantContact = "08" + String(random.int(1_100_000_000...1_399_999_999))
            draft.isAnonymous = random.chance(0.1)
            draft.isConfidential = spec.code == "INSPEKTORAT" || random.chance(0.03)
            if draft.channel == .lapor {
                draft.externalReference = "LPR\(options.seed % 1000)-\(summary.complaints + 1)"
            }
            if random.chance(0.1), let sops = sopNumbers[spec.code] { draft.sopNumber = random.pick(sops) }
            // One with a form is handed over by the desk, which records the form with the hand-over.
            let handedAtIntake = random.chance(0.55) && form == nil
            if handedAtIntake { draft.unit = try UnitCode(spec.code) }
            // The unit's desk logs what reaches it directly; the government's desk everything else.
            let intake = handedAtIntake ? unitAdmin(spec.code) : coordinator!
            let complaint = try store.step(onBehalfOf: intake, at: received) { try $0.complaints.log(draft) }
            summary.complaints += 1
            let ticket = try Ticket.parse(complaint.ticket)
            var clock = received
            var holder = spec.code
            let desk = coordinator!
            // Of the unit's two officials, the officer handles every third complaint.
            let officerHandles = ticket.sequence % 3 == 0

            // The unit where the officer was given the complaint (disposisi); a reassignment clears it.
            var assignedIn: String?

            func act(_ request: ComplaintRequest, afterWorkingDays days: Int) throws -> Bool {
                guard let time = later(clock, workingDays: days) else { return false }
                var request = request
                let day = time.date(in: store.timeZone)
                if case .verify(let unit, let category, let form) = request {
                    holder = holding(unit.value, category: complaintCategory, on: day)
                    request = .verify(unit: try UnitCode(holder), category: category, maladministration: form)
                } else if holding(holder, category: complaintCategory, on: day) != holder,
                    ComplaintStatus.heldByUnit.contains(try store.complaints.get(ticket).status)
                {
                    // The reorganisation passed the merged unit's open complaints to its successor.
                    let successor = holding(holder, category: complaintCategory, on: day)
                    let moved = max(
                        instant(DemoData.reorganisation, hour: 8),
                        Timestamp(secondsSinceEpoch: clock.secondsSinceEpoch + 60))
                    let reassign = ComplaintRequest.reassign(
                        to: try UnitCode(successor), reason: "Penggabungan perangkat daerah: diteruskan ke \(successor)"
                    )
                    _ = try store.step(onBehalfOf: desk, at: moved) {
                        try $0.complaints.act(ticket, reassign, at: moved)
                    }
                    holder = successor
                    clock = moved
                    guard time > moved else { return false }
                }
                // A passing-on to the very unit the reorganisation handed it to is done already.
                if case .reassign(let unit, _) = request, unit.value == holder { return true }
                let performer: Official
                switch request {
                case .verify, .reject, .reassign, .forward, .closeWithoutReply: performer = desk
                default:
                    guard officerHandles, let officer = officers[holder] else {
                        performer = unitAdmins[holder]!
                        break
                    }
                    performer = officer
                    if assignedIn != holder {
                        // The unit's admin disposes it to the officer as the last step left it.
                        let assign = ComplaintRequest.assign(to: officer.login, note: nil)
                        _ = try store.step(onBehalfOf: unitAdmin(holder), at: clock) {
                            try $0.complaints.act(ticket, assign, at: clock)
                        }
                        assignedIn = holder
                    }
                }
                _ = try store.step(onBehalfOf: performer, at: time) { try $0.complaints.act(ticket, request, at: time) }
                if case .reassign(let unit, _) = request { holder = unit.value }
                clock = time
                return true
            }

            if !handedAtIntake {
                if random.chance(0.05) {
                    let reason: RejectionReason = random.weighted([
                        (.notAuthority, 4), (.duplicate, 3), (.invalid, 2), (.withdrawn, 1),
                    ])
                    // Not the government's business: passed to the competent agency, not rejected. The
                    // agency is chosen by ticket, not drawn, so the seed's stream stays as it was.
                    let request: ComplaintRequest =
                        reason == .notAuthority
                        ? .forward(
                            agency: DemoData.agencies[ticket.sequence % DemoData.agencies.count],
                            reason: "Bukan kewenangan Pemerintah Kabupaten", reference: nil)
                        : .reject(reason, message: reason.citizenSentence)
                    _ = try act(request, afterWorkingDays: random.int(0...3))
                    return
                }
                guard
                    try act(
                        .verify(unit: UnitCode(spec.code), category: nil, maladministration: form),
                        afterWorkingDays: random.weighted([(0, 3), (1, 4), (2, 2), (5, 1)]))
                else { return }
            }
            // Every third field examination needs more time, granted by the unit's admin at the hand-over
            // (chosen by ticket, not drawn, so the seed's stream stays as it was).
            // At most what the complaint's class allows (a PPID request's 7 days).
            if fieldWork && ticket.sequence % 3 == 0 {
                let days = min(10, try store.categories.get(draft.category ?? "").extensionDays)
                let extend = ComplaintRequest.extend(workingDays: days, reason: "Menunggu hasil peninjauan lapangan")
                _ = try store.step(onBehalfOf: unitAdmin(holder), at: clock) {
                    try $0.complaints.act(ticket, extend, at: clock)
                }
            }
            // A whistle-blowing report stays with the inspectorate.
            if random.chance(0.05), !whistleblowing {
                let other = random.weighted(
                    receiving(on: clock.date(in: store.timeZone)).filter { $0.0.code != holder }.map {
                        ($0.0.code, $0.1)
                    })
                guard
                    try act(
                        .reassign(to: UnitCode(other), reason: "Bukan kewenangan \(spec.code)"), afterWorkingDays: 1)
                else { return }
            }
            if random.chance(0.05) {
                guard try act(.hold(reason: "Menunggu kelengkapan data dari pengadu"), afterWorkingDays: 1),
                    try act(.resume, afterWorkingDays: random.int(2...6))
                else { return }
            }
            if random.chance(0.15) {
                guard try act(.note("Dikoordinasikan dengan bidang teknis"), afterWorkingDays: 0) else { return }
            }
            // A unit that falls behind answers late, never not at all: Purbalingga followed up and
            // resolved 97 % of its 2025 complaints, none left open beyond 60 working days.
            let answerDays =
                random.chance(spec.answers)
                ? random.int(spec.answerDays) : spec.answerDays.upperBound + random.int(3...8)
            guard try act(.respond("Terima kasih, aduan sedang kami tindak lanjuti."), afterWorkingDays: answerDays)
            else { return }
            // A few wait on the next budget (on hold, the clock stopped), and a few complainants fall
            // silent after the response: the sweep closes those, as LAPOR! does, unsettled.
            // Units that answer well rarely let a complaint wait.
            let stalls = (1 - spec.answers) * 0.15
            if random.chance(stalls) {
                _ = try act(.hold(reason: "Menunggu anggaran perbaikan tahun berikutnya"), afterWorkingDays: 2)
                return
            }
            if random.chance(stalls) {
                _ = try act(.closeWithoutReply(afterWorkingDays: AutoClose.defaultWorkingDays), afterWorkingDays: 10)
                return
            }
            let settleDays =
                kind == .information ? random.int(0...3) : fieldWork ? random.int(10...35) : random.int(spec.settleDays)
            guard try act(.resolve("Aduan telah ditindaklanjuti dan diselesaikan."), afterWorkingDays: settleDays)
            else { return }
            if random.chance(0.04) {
                guard try act(.reopen(reason: "Pengadu belum puas"), afterWorkingDays: random.int(1...5)),
                    try act(.resolve("Penanganan lanjutan sudah dilakukan."), afterWorkingDays: random.int(2...8))
                else { return }
            }
            if random.chance(0.65) {
                let rating =
                    spec.answers > 0.9
                    ? random.weighted([(4, 6), (3, 3), (2, 1)]) : random.weighted([(4, 2), (3, 3), (2, 3), (1, 2)])
                _ = try act(.close(rating: rating, comment: nil), afterWorkingDays: random.int(1...8))
            } else {
                _ = try act(
                    .closeWithoutReply(afterWorkingDays: AutoClose.defaultWorkingDays),
                    afterWorkingDays: AutoClose.defaultWorkingDays)
            }
        }
    }
}

extension String {
    /// The subject as the rest of a sentence: its first letter small, acronyms kept ("kepesertaan
    /// BPJS Kesehatan nonaktif", not "bpjs").
    var sentenceContinued: String { prefix(1).lowercased() + dropFirst() }

    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
