import KBKDomain
import KBKStore

extension Demo.Builder {
    /// One complaint as a citizen sends it, and its handling as its unit would: hand-over, response,
    /// resolution and closing, or a rejection; some passed on, held, noted or reopened.
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
        draft.category = try CategoryCode(complaintCategory)
        draft.topic = DemoData.subjectTopics[subject]
        draft.receivedAt = received
        draft.location = place
        draft.villageCode = DemoData.villageCodes[place]
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
        let ticket = complaint.ticket
        var clock = received
        var holder = spec.code
        let desk = coordinator!
        // Of the unit's two officials, the officer handles every third complaint.
        let officerHandles = ticket.sequence % 3 == 0

        // The unit where the officer was given the complaint (disposisi); a reassignment clears it.
        var assignedIn: String?

        func act(_ request: ComplaintAction, afterWorkingDays days: Int) throws -> Bool {
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
                let reassign = ComplaintAction.reassign(
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
                    let assign = ComplaintAction.assign(to: try Login(officer.login), note: nil)
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
                let request: ComplaintAction =
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
            let days = min(10, try store.categories.get(draft.category?.value ?? "").extensionDays)
            let extend = ComplaintAction.extend(workingDays: days, reason: "Menunggu hasil peninjauan lapangan")
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
