import KBKDomain
import KBKStore

/// The organisation: units, the letterhead, officials, groups and SOPs, and the reorganisation
/// that ends the merged units.
extension Demo.Builder {
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
            (.signerNIP, signerNIP), (.signerRank, "Pembina Utama Muda (IV/c)"),
            // Purbalingga's box (docs/places/README.md), rounded outwards.
            (.organisationBounds, "-7.49,109.18,-7.16,109.59"),
        ] {
            _ = try store.write { try $0.settings.set(key, to: value) }
        }
        // The list of places, as `kbk import places docs/places/purbalingga-3303.csv` loads it.
        try store.write { transaction in
            for place in DemoData.places { _ = try transaction.places.put(place) }
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
        // The coordinator's desk prepares the report: its first signer.
        if let coordinator {
            for (key, value): (Settings.Key, String) in [
                (.preparerPosition, "Koordinator Pengelolaan Pengaduan"), (.preparerName, coordinator.name),
                (.preparerNIP, coordinator.nip ?? ""),
            ] {
                _ = try store.write { try $0.settings.set(key, to: value) }
            }
        }
        _ = try official(1, login: "inspektur", unit: "INSPEKTORAT", role: .viewer)
        for (number, spec) in DemoData.units.enumerated() {
            let suffix = spec.code.lowercased()
            unitAdmins[spec.code] = try official(
                2 + 2 * number, login: "adm." + suffix, unit: spec.code, role: .unitAdmin)
            officers[spec.code] = try official(
                3 + 2 * number, login: "ptg." + suffix, unit: spec.code, role: .officer)
        }
    }

    mutating func addGroups() throws {
        for spec in DemoData.units where !spec.isMergedAway && random.chance(spec.kind == .subdistrict ? 0.5 : 0.9) {
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
                guard let successor = succession?.successor(forCategory: complaint.category.value) else { continue }
                let at = max(
                    instant(day, hour: 8),
                    Timestamp(secondsSinceEpoch: complaint.lastEventAt.secondsSinceEpoch + 60))
                let reassign = ComplaintAction.reassign(
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
}
