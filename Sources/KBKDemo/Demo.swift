import KBKDomain
import KBKStore

/// Fills a database with two years of realistic, deterministic data for a kabupaten, through the
/// same store code as real work (every rule checked, every change audited).
public enum Demo {
    public struct Options: Sendable {
        public var seed: UInt64
        public var complaints: Int
        /// The second and last year of data; the demo's report is for this year.
        public var lastYear: Int

        public init(seed: UInt64 = 2026, complaints: Int = 3_000, lastYear: Int) {
            self.seed = seed
            self.complaints = complaints
            self.lastYear = lastYear
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
            firstDay = CivilDate(year: options.lastYear - 1, month: 1, day: 1)!
            lastDay = CivilDate(year: options.lastYear, month: 12, day: 31)!
        }

        func instant(_ day: CivilDate, hour: Int, minute: Int = 0) -> Timestamp {
            Timestamp(
                secondsSinceEpoch: Timestamp(startOf: day, in: store.timeZone).secondsSinceEpoch
                    + Int64(hour * 3600 + minute * 60))
        }

        mutating func run(progress: (Int, Int) -> Void) throws {
            // The national calendar ships with kbk for the years its decrees are known; a year
            // beyond them gets the holidays whose dates never move, so that its demo is not all work.
            for year in [options.lastYear - 1, options.lastYear] where try !store.holidays.hasNationalDays(in: year) {
                for (day, name) in DemoData.fixedHolidays(year: year) {
                    _ = try store.write {
                        try $0.holidays.add(Holiday(date: CivilDate.parse(day), name: name, kind: .national))
                    }
                }
            }
            calendar = try store.holidays.calendar()
            try addUnits()
            try addOfficials()
            try addGroups()
            try addSOPs()
            for index in 0..<options.complaints {
                try addComplaint()
                if index % 250 == 0 { progress(index, options.complaints) }
            }
            progress(options.complaints, options.complaints)
            try addImprovementsAndSurveys()
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
                draft.staffCount = spec.kind == .subdistrict ? random.int(12...20) : random.int(25...320)
                draft.headName = person()
                draft.headNIP = nip()
                _ = try store.write { try $0.units.add(draft) }
                summary.units += 1
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
            for spec in DemoData.units where random.chance(spec.answers > 0.8 ? 0.9 : 0.6) {
                let groupCount = spec.weight >= 8 ? 2 : 1
                for number in 1...groupCount {
                    var draft = GroupDraft(unitCode: try UnitCode(spec.code), name: "KBK \(spec.name) \(number)")
                    let formed = firstDay.adding(days: random.int(0...150))
                    draft.formedOn = formed
                    draft.decreeNumber = "800/\(random.int(10...400))/\(formed.year)"
                    draft.decreeDate = formed.adding(days: -random.int(1...20))
                    draft.focus = random.pick(spec.subjects).lowercased()
                    let group = try store.write(onBehalfOf: unitAdmin(spec.code)) { try $0.groups.add(draft) }
                    summary.groups += 1
                    // Mostly 4–10 members; now and then a group too small or too large, as happens.
                    let size = random.chance(0.1) ? random.pick([3, 11]) : random.int(4...10)
                    var members: [NIP] = []
                    for index in 0..<size {
                        let member = nip()
                        let role: GroupRole =
                            index == 0 ? .chair : index == 1 ? .facilitator : index == 2 ? .secretary : .member
                        _ = try store.write(onBehalfOf: unitAdmin(spec.code)) {
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
                            let agenda = "Pembahasan " + random.pick(spec.subjects).lowercased()
                            _ = try store.write(onBehalfOf: unitAdmin(spec.code)) {
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
            for spec in DemoData.units where [.agency, .board, .hospital, .district, .inspectorate].contains(spec.kind)
            {
                for index in 1...random.int(1...3) {
                    let number = "\(spec.code)/SOP/\(index)/\(options.lastYear - 2)"
                    let made = CivilDate(
                        year: options.lastYear - 2, month: random.int(1...12), day: random.int(1...28))!
                    let content = SOPContent(
                        title: "Standar pelayanan: " + random.pick(spec.subjects).lowercased(),
                        service: spec.name, legalBasis: "Peraturan Bupati Purbalingga", madeOn: made,
                        effectiveOn: made.adding(days: random.int(0...20)), approvedByName: person(),
                        approvedByNIP: nip().digits, serviceDays: random.int(1...14))
                    _ = try store.write(onBehalfOf: unitAdmin(spec.code)) {
                        try $0.sops.add(number: number, unit: UnitCode(spec.code), content: content, reviewMonths: 12)
                    }
                    summary.sops += 1
                    sopNumbers[spec.code, default: []].append(number)
                    if random.chance(0.4) {
                        let revised = made.adding(days: random.int(200...500))
                        _ = try store.write(onBehalfOf: unitAdmin(spec.code)) {
                            try $0.sops.revise(
                                number, effectiveOn: revised.adding(days: 7), revisedOn: revised,
                                changes: SOPContentChanges(),
                                reviewMonths: nil)
                        }
                    } else if random.chance(0.5) {
                        _ = try store.write(onBehalfOf: unitAdmin(spec.code)) {
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
                    let started = firstDay.adding(days: 180 + round * 200 + random.int(0...60))
                    var draft = ImprovementDraft(groupID: group.id, title: "Perbaikan: " + (group.focus ?? "layanan"))
                    draft.problem = "Aduan berulang tentang " + (group.focus ?? "layanan")
                    draft.startedOn = started
                    draft.dueOn = started.adding(days: random.int(60...150))
                    draft.complaints = (0..<random.int(1...3)).map { _ in random.pick(tickets) }
                    if let sop = sopNumbers[group.unitCode]?.first, random.chance(0.6) { draft.sops = [sop] }
                    let improvement = try store.write(onBehalfOf: unitAdmin(group.unitCode)) {
                        try $0.improvements.add(draft)
                    }
                    summary.improvements += 1
                    var day = started
                    for stage in [ImprovementStage.do, .check, .act, .done] {
                        day = day.adding(days: random.int(15...45))
                        guard day <= lastDay, random.chance(0.8) else { break }
                        _ = try store.write(onBehalfOf: unitAdmin(group.unitCode)) {
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
                    }
                }
            }
            for spec in DemoData.units where random.chance(0.6) {
                for year in [options.lastYear - 1, options.lastYear] {
                    let base = spec.answers * 3.3 + 0.4
                    let averages = (0..<9).map { _ in
                        String(format1: min(4, max(1, base + Double(random.int(-30...30)) / 100)), places: 2)
                    }
                    let score = try IKMScore.fromAverages(averages, respondents: random.int(100...400))
                    _ = try store.write(onBehalfOf: unitAdmin(spec.code)) {
                        try $0.surveys.add(
                            unit: UnitCode(spec.code), period: ReportPeriod.parse("\(year)-S2"), score: score)
                    }
                    summary.surveys += 1
                }
            }
        }

        /// A random moment on a working day (sometimes on a weekend or at night, as citizens write).
        mutating func receptionTime() -> Timestamp {
            var day = firstDay.adding(days: random.int(0...(lastDay.daysSinceEpoch - firstDay.daysSinceEpoch - 20)))
            if !calendar.isWorkingDay(day) && random.chance(0.7) { day = calendar.adding(workingDays: 1, to: day) }
            let hour = random.chance(0.85) ? random.int(7...15) : random.int(0...23)
            return instant(day, hour: hour, minute: random.int(0...59))
        }

        /// A time `days` working days after `after`, during office hours and never before it.
        mutating func later(_ after: Timestamp, workingDays days: Int) -> Timestamp? {
            let day = calendar.adding(workingDays: days, to: after.date(in: store.timeZone))
            let candidate = instant(day, hour: random.int(8...15), minute: random.int(0...59))
            let time = max(candidate, Timestamp(secondsSinceEpoch: after.secondsSinceEpoch + 60))
            return time.date(in: store.timeZone) <= lastDay ? time : nil
        }

        mutating func addComplaint() throws {
            let spec = random.weighted(DemoData.units.map { ($0, $0.weight) })
            let received = receptionTime()
            let kind: ComplaintKind = random.weighted([(.complaint, 75), (.aspiration, 10), (.information, 15)])
            let fieldWork = ["DPUPR", "DLH", "BPBD", "INSPEKTORAT"].contains(spec.code) && random.chance(0.25)
            let subject = random.pick(spec.subjects)
            let place = random.pick(DemoData.villages)
            var draft = ComplaintDraft(
                subject: subject, description: "\(subject) di \(place). Mohon segera ditindaklanjuti.",
                channel: random.weighted(DemoData.channels))
            draft.kind = kind
            draft.category = kind == .information ? "information-request" : fieldWork ? "field-examination" : "general"
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
            let handedAtIntake = random.chance(0.55)
            if handedAtIntake { draft.unit = try UnitCode(spec.code) }
            // The unit's desk logs what reaches it directly; the government's desk everything else.
            let intake = handedAtIntake ? unitAdmin(spec.code) : coordinator!
            let complaint = try store.write(onBehalfOf: intake) { try $0.complaints.log(draft) }
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
                        _ = try store.write(onBehalfOf: unitAdmin(holder)) {
                            try $0.complaints.act(ticket, assign, at: clock)
                        }
                        assignedIn = holder
                    }
                }
                _ = try store.write(onBehalfOf: performer) { try $0.complaints.act(ticket, request, at: time) }
                if case .reassign(let unit, _) = request { holder = unit.value }
                clock = time
                return true
            }

            if !handedAtIntake {
                if random.chance(0.08) {
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
                        .verify(unit: UnitCode(spec.code), category: nil),
                        afterWorkingDays: random.weighted([(0, 3), (1, 4), (2, 2), (5, 1)]))
                else { return }
            }
            // Every third field examination needs more time, granted by the unit's admin at the hand-over
            // (chosen by ticket, not drawn, so the seed's stream stays as it was).
            if fieldWork && ticket.sequence % 3 == 0 {
                let extend = ComplaintRequest.extend(workingDays: 10, reason: "Menunggu hasil peninjauan lapangan")
                _ = try store.write(onBehalfOf: unitAdmin(holder)) {
                    try $0.complaints.act(ticket, extend, at: clock)
                }
            }
            if random.chance(0.05) {
                let other = random.weighted(DemoData.units.filter { $0.code != spec.code }.map { ($0.code, $0.weight) })
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
            guard random.chance(spec.answers) else { return }
            guard
                try act(
                    .respond("Terima kasih, aduan sedang kami tindak lanjuti."),
                    afterWorkingDays: random.int(spec.answerDays))
            else { return }
            guard random.chance(0.85) else { return }
            let settleDays =
                kind == .information ? random.int(0...3) : fieldWork ? random.int(10...50) : random.int(2...16)
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
            }
        }
    }
}

extension String {
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
