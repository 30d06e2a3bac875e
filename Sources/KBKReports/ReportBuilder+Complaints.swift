import KBKDomain
import KBKStore

/// The sections made of complaints: the figures per unit, category, channel and topic, the
/// deadline notices, late entries, maladministration and the backlog.
extension ReportBuilder {
    /// One complaint as it stood at the period's end.
    struct ComplaintAsOf {
        var receivedOn: CivilDate
        var channel: String
        var category: String
        var unit: String?
        var status: ComplaintStatus
        var firstResponseOn: CivilDate?
        var firstResponseOnTime: Bool
        var settledOn: CivilDate?
        var settledOnTime: Bool
        var reopened: Bool
        var extended: Bool
        var assignedTo: String?
        var rating: Int?
        var sopID: Int64?
    }

    final class Accumulator {
        var figures = ComplaintFigures()
        var responseDays: [Int] = []
        var settlementDays: [Int] = []
        var ratings: [Int] = []

        func add(_ complaint: ComplaintAsOf, index indexes: WorkingDayIndexes) {
            let index = indexes.forUnit(complaint.unit)
            let standing = ReportStanding(
                status: complaint.status, firstResponseOn: complaint.firstResponseOn,
                firstResponseOnTime: complaint.firstResponseOnTime, settledOn: complaint.settledOn,
                settledOnTime: complaint.settledOnTime, reopened: complaint.reopened, extended: complaint.extended)
            figures.received += 1
            switch standing.cohort {
            case .rejected:
                figures.rejected += 1
                return
            case .forwarded:
                figures.forwarded += 1
                return
            case .valid:
                break
            }
            if standing.followedUp, let responded = complaint.firstResponseOn {
                figures.followedUp += 1
                if standing.followedUpOnTime { figures.followedUpOnTime += 1 }
                responseDays.append(index.workingDays(from: complaint.receivedOn, to: responded))
            }
            if standing.settled, let settled = complaint.settledOn {
                figures.settled += 1
                if standing.settledOnTime { figures.settledOnTime += 1 }
                settlementDays.append(index.workingDays(from: complaint.receivedOn, to: settled))
            }
            if standing.closedWithoutSettlement { figures.closedWithoutSettlement += 1 }
            if standing.reopened { figures.reopened += 1 }
            if standing.extended { figures.extended += 1 }
            if let rating = complaint.rating { ratings.append(rating) }
        }

        /// The accumulator stored under `key`, made and stored on first use.
        static func named(_ key: String, in accumulators: inout [String: Accumulator]) -> Accumulator {
            if let existing = accumulators[key] { return existing }
            let made = Accumulator()
            accumulators[key] = made
            return made
        }

        func finish() -> ComplaintFigures {
            var result = figures
            result.medianDaysToResponse = Statistics.median(responseDays)
            result.p90DaysToResponse = Statistics.percentile(90, of: responseDays)
            result.medianDaysToSettlement = Statistics.median(settlementDays)
            result.p90DaysToSettlement = Statistics.percentile(90, of: settlementDays)
            result.averageRating = ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count)
            return result
        }
    }

    func addComplaintFigures(
        to report: inout Report, request: ReportRequest, end: Timestamp, scope: Set<String>?,
        units: [String: UnitInfo], unitCodes: [Int64: String], index: WorkingDayIndexes,
        queries: ReportQueries
    ) throws {
        let period = request.period
        let summary = Accumulator()
        var byUnit: [String: Accumulator] = [:]
        let unassigned = Accumulator()
        var byCategory: [String: Accumulator] = [:]
        var byChannel: [String: Accumulator] = [:]
        // By topic code; "" for complaints not classified.
        var byTopic: [String: Accumulator] = [:]
        // By desa and by kecamatan (BPS codes); "" for complaints that name no place.
        var byVillage: [String: Accumulator] = [:]
        var byKecamatan: [String: Accumulator] = [:]
        let places = Dictionary(uniqueKeysWithValues: try store.places.list().map { ($0.code, $0) })
        // By year * 12 + month: a month's text key made for every complaint cost more than its figures.
        var byMonth: [Int: Accumulator] = [:]
        var sopComplaints: [(sopID: Int64, receivedOn: CivilDate)] = []
        let cited = try queries.complaintsCited(by: period.to)
        var forwardedTo: [String: Int] = [:]
        var unanswered: [String: (unit: String?, count: Int)] = [:]
        var citedByUnit: [String: Int] = [:]
        // Narrowed to a unit, the units outside still count for the government-wide rank.
        var outsideScope: [String: Accumulator] = [:]

        let replayAll = request.replayEveryComplaint
        try queries.forEachComplaint(receivedFrom: period.from, to: period.to, end: end) { row in
            var complaint = ComplaintAsOf(
                receivedOn: row.receivedOn, channel: row.channel, category: row.category,
                unit: row.unitID.flatMap { unitCodes[$0] }, status: row.status,
                firstResponseOn: row.firstResponseOn, firstResponseOnTime: row.firstResponseOnTime == true,
                settledOn: nil, settledOnTime: row.settledOnTime == true, reopened: row.reopenCount > 0,
                extended: row.extendedDays > 0, assignedTo: row.assignedTo, rating: row.rating, sopID: row.sopID)
            if row.changedSinceEnd || replayAll {
                complaint = try replayed(complaint, id: row.id, end: end, queries: queries)
            } else if complaint.status == .resolved || complaint.status == .closed {
                complaint.settledOn = row.resolvedOn
            }
            if complaint.status != .closed { complaint.rating = nil }
            if let scope, !(complaint.unit.map(scope.contains) ?? false) {
                if let unit = complaint.unit { Accumulator.named(unit, in: &outsideScope).add(complaint, index: index) }
                return
            }

            summary.add(complaint, index: index)
            if let unit = complaint.unit {
                Accumulator.named(unit, in: &byUnit).add(complaint, index: index)
            } else {
                unassigned.add(complaint, index: index)
            }
            Accumulator.named(complaint.category, in: &byCategory).add(complaint, index: index)
            Accumulator.named(complaint.channel, in: &byChannel).add(complaint, index: index)
            Accumulator.named(row.topic ?? "", in: &byTopic).add(complaint, index: index)
            if let village = row.villageCode {
                Accumulator.named(village, in: &byVillage).add(complaint, index: index)
                Accumulator.named(places[village]?.kecamatan ?? "", in: &byKecamatan).add(complaint, index: index)
            } else {
                Accumulator.named("", in: &byKecamatan).add(complaint, index: index)
            }
            let monthNumber = complaint.receivedOn.year * 12 + complaint.receivedOn.month - 1
            if let accumulator = byMonth[monthNumber] {
                accumulator.add(complaint, index: index)
            } else {
                let accumulator = Accumulator()
                byMonth[monthNumber] = accumulator
                accumulator.add(complaint, index: index)
            }
            if let sop = complaint.sopID { sopComplaints.append((sop, complaint.receivedOn)) }
            // A forwarding is final, so the agency the complaint has now is where it went by the end.
            if complaint.status == .forwarded { forwardedTo[row.forwardedTo ?? "?", default: 0] += 1 }
            if let login = complaint.assignedTo, complaint.firstResponseOn == nil,
                ComplaintStatus.heldByUnit.contains(complaint.status)
            {
                unanswered[login, default: (complaint.unit, 0)].count += 1
            }
            if let unit = complaint.unit, complaint.status != .rejected, complaint.status != .forwarded,
                cited.contains(row.id)
            {
                citedByUnit[unit, default: 0] += 1
            }
        }

        report.summary = summary.finish()
        // Units: every unit in scope active at the end, and any unit holding complaints of the period.
        var unitRows = unitsInScope(units, scope: scope, on: period.to).map { unit in
            UnitFigures(
                code: unit.code, name: unit.name, group: .of(unit.kind), rank: nil,
                figures: byUnit[unit.code]?.finish() ?? ComplaintFigures())
        }
        for (code, accumulator) in byUnit where !unitRows.contains(where: { $0.code == code }) {
            unitRows.append(
                UnitFigures(
                    code: code, name: units[code]?.name, group: .of(units[code]?.kind), rank: nil,
                    figures: accumulator.finish()))
        }
        report.units = ReportBuilder.ranked(unitRows, minimumCases: request.minimumCases, by: request.rankBy)
        if scope != nil {
            // The rank among every unit of the government, as the whole report would give it: the
            // rows in scope as they are, beside the other active units and those holding complaints.
            var everyUnit = unitRows
            let inScope = Set(unitRows.compactMap(\.code))
            for unit in unitsInScope(units, scope: nil, on: period.to) where !inScope.contains(unit.code) {
                everyUnit.append(
                    UnitFigures(
                        code: unit.code, name: unit.name, group: .of(unit.kind), rank: nil,
                        figures: outsideScope[unit.code]?.finish() ?? ComplaintFigures()))
            }
            let listed = Set(everyUnit.compactMap(\.code))
            for (code, accumulator) in outsideScope where !listed.contains(code) {
                everyUnit.append(
                    UnitFigures(
                        code: code, name: units[code]?.name, group: .of(units[code]?.kind), rank: nil,
                        figures: accumulator.finish()))
            }
            let whole = ReportBuilder.ranked(everyUnit, minimumCases: request.minimumCases, by: request.rankBy)
            let ranks = Dictionary(
                uniqueKeysWithValues: whole.compactMap { row in row.code.map { ($0, (row.rank, row.rankedUnits)) } })
            for index in report.units.indices {
                let (rank, ranked) = report.units[index].code.flatMap { ranks[$0] } ?? (nil, nil)
                report.units[index].rank = rank
                report.units[index].rankedUnits = ranked
            }
            report.units.sort {
                ($0.group == .agencies ? 0 : 1, $0.rank ?? .max, $0.code ?? "")
                    < ($1.group == .agencies ? 0 : 1, $1.rank ?? .max, $1.code ?? "")
            }
        }
        if unassigned.figures.received > 0 {
            report.units.append(UnitFigures(code: nil, name: nil, rank: nil, figures: unassigned.finish()))
        }
        let categoryNames = Dictionary(uniqueKeysWithValues: try store.categories.list().map { ($0.code, $0.name) })
        report.categories = byCategory.keys.sorted().map {
            KeyedFigures(key: $0, name: categoryNames[$0], figures: byCategory[$0]!.finish())
        }
        let topics = Dictionary(uniqueKeysWithValues: try store.topics.list().map { ($0.code, $0) })
        report.topics = byTopic.map { code, accumulator in
            let topic = topics[code]
            return TopicFigures(
                topic: code.isEmpty ? nil : code, name: topic?.name, nameEnglish: topic?.nameEnglish,
                laporCategory: topic?.laporCategory, figures: accumulator.finish())
        }.sorted {
            ($0.topic == nil ? 1 : 0, -$0.figures.received, $0.topic ?? "")
                < ($1.topic == nil ? 1 : 0, -$1.figures.received, $1.topic ?? "")
        }
        for kecamatan in byKecamatan.keys.sorted() where !kecamatan.isEmpty {
            report.places.append(
                PlaceFigures(
                    code: kecamatan, kind: .kecamatan, name: places[kecamatan]?.name,
                    figures: byKecamatan[kecamatan]!.finish()))
            for village in byVillage.keys.sorted() where places[village]?.kecamatan == kecamatan {
                report.places.append(
                    PlaceFigures(
                        code: village, kind: places[village]?.kind, name: places[village]?.name,
                        figures: byVillage[village]!.finish()))
            }
        }
        if let none = byKecamatan[""] {
            report.places.append(PlaceFigures(code: nil, kind: nil, name: nil, figures: none.finish()))
        }
        report.channels = byChannel.keys.sorted().map {
            KeyedFigures(key: $0, name: nil, figures: byChannel[$0]!.finish())
        }
        let officials = Dictionary(
            try store.officials.list(includeInactive: true, unit: nil, role: nil).map { ($0.login, $0) },
            uniquingKeysWith: { first, _ in first })
        report.unansweredByOfficer = unanswered.map {
            OfficerBacklog(
                login: $0.key, name: officials[$0.key]?.name, nip: officials[$0.key]?.nip, unit: $0.value.unit,
                unanswered: $0.value.count)
        }.sorted { $0.unanswered != $1.unanswered ? $0.unanswered > $1.unanswered : $0.login < $1.login }
        report.forwardedTo = forwardedTo.map { AgencyCount(agency: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.agency < $1.agency
        }
        // Every month of the period appears, even one without complaints.
        var month = CivilDate(year: period.from.year, month: period.from.month, day: 1)!
        while month <= period.to {
            let key = String(month.description.prefix(7))
            let figures = byMonth[month.year * 12 + month.month - 1]?.finish() ?? ComplaintFigures()
            report.trend.append(KeyedFigures(key: key, name: nil, figures: figures))
            month = month.adding(months: 1)
        }
        if Set(request.sections).contains(.sops) {
            report.sops = try sopFigures(period: period, scope: scope, units: units, complaints: sopComplaints)
        }
        if Set(request.sections).contains(.improvements) {
            report.improvements = try improvementFigures(
                period: period, scope: scope, units: units,
                valid: byUnit.mapValues { $0.figures.valid }, cited: citedByUnit, queries: queries)
        }
    }

    /// Deadline notices of the period per unit (the units in scope; before verification only for a
    /// whole-government report), the units with the most overdue first.
    func escalations(
        from start: Timestamp, to end: Timestamp, scope: Set<String>?, units: [String: Unit], queries: ReportQueries
    ) throws -> [EscalationFigures] {
        var byUnit: [String?: EscalationFigures] = [:]
        for row in try queries.escalations(from: start, to: end) {
            if let scope, !scope.contains(row.unit ?? "") { continue }
            var figures =
                byUnit[row.unit] ?? EscalationFigures(unit: row.unit, name: row.unit.flatMap { units[$0]?.name })
            switch row.level {
            case .half: figures.half += 1
            case .threeQuarters: figures.threeQuarters += 1
            case .overdue: figures.overdue += 1
            }
            figures.notices += row.notices
            byUnit[row.unit] = figures
        }
        return byUnit.values.sorted {
            if $0.overdue != $1.overdue { return $0.overdue > $1.overdue }
            if $0.complaints != $1.complaints { return $0.complaints > $1.complaints }
            return ($0.unit ?? "~") < ($1.unit ?? "~")
        }
    }

    /// Events claiming a time in the period and entered late, per unit (the units in scope; before
    /// the hand-over only for a whole-government report), most first.
    func lateEntries(
        from start: Timestamp, to end: Timestamp, timeZone: UTCOffset, scope: Set<String>?, units: [String: Unit],
        index: WorkingDayIndexes, queries: ReportQueries
    ) throws -> [LateEntryFigures] {
        var byUnit: [String?: (figures: LateEntryFigures, complaints: Set<Int64>)] = [:]
        for row in try queries.eventsEnteredAfterADay(from: start, to: end) {
            if let scope, !scope.contains(row.unit ?? "") { continue }
            let claimed = row.at.date(in: timeZone)
            let entered = row.enteredAt.date(in: timeZone)
            let calendar = index.forUnit(row.unit)
            guard LateEntry.isLate(claimed: claimed, entered: entered, calendar: calendar) else { continue }
            var entry =
                byUnit[row.unit]
                ?? (LateEntryFigures(unit: row.unit, name: row.unit.flatMap { units[$0]?.name }), [])
            entry.figures.events += 1
            entry.complaints.insert(row.complaintID)
            entry.figures.longestWorkingDays = max(
                entry.figures.longestWorkingDays, calendar.workingDays(from: claimed, to: entered))
            byUnit[row.unit] = entry
        }
        return byUnit.values.map { entry in
            var figures = entry.figures
            figures.complaints = entry.complaints.count
            return figures
        }.sorted {
            if $0.events != $1.events { return $0.events > $1.events }
            return ($0.unit ?? "~") < ($1.unit ?? "~")
        }
    }

    /// The complaints received in the period by the unit holding them and the form of
    /// maladministration they carried at the period's end (units in scope; before the hand-over
    /// only for a whole-government report).
    func maladministration(
        receivedFrom from: CivilDate, to: CivilDate, end: Timestamp, scope: Set<String>?, units: [String: Unit],
        queries: ReportQueries
    ) throws -> [MaladministrationFigures] {
        var counts: [MaladministrationFigures] = []
        var positions: [String: Int] = [:]
        for row in try queries.maladministrationAtEnd(receivedFrom: from, to: to, end: end) {
            if let scope, !scope.contains(row.unit ?? "") { continue }
            guard let form = Maladministration(rawValue: row.form) else { continue }
            let key = "\(row.unit ?? "")\t\(form.rawValue)"
            if let position = positions[key] {
                counts[position].complaints += 1
            } else {
                positions[key] = counts.count
                counts.append(
                    MaladministrationFigures(
                        unit: row.unit, name: row.unit.flatMap { units[$0]?.name }, form: form, complaints: 1))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: Maladministration.allCases.enumerated().map { ($1, $0) })
        return counts.sorted {
            if $0.unit != $1.unit { return ($0.unit ?? "~") < ($1.unit ?? "~") }
            if $0.complaints != $1.complaints { return $0.complaints > $1.complaints }
            return order[$0.form, default: 0] < order[$1.form, default: 0]
        }
    }

    /// The complaint as its events before `end` left it, by the one definition (`ComplaintState`).
    private func replayed(_ base: ComplaintAsOf, id: Int64, end: Timestamp, queries: ReportQueries) throws
        -> ComplaintAsOf
    {
        let state = try queries.state(ofComplaint: id, before: end)
        var complaint = base
        complaint.status = state.status
        complaint.unit = state.unit
        complaint.firstResponseOn = state.firstResponseOn
        complaint.firstResponseOnTime = state.firstResponseOnTime
        complaint.settledOn = state.settledOn
        complaint.settledOnTime = state.settledOnTime
        complaint.reopened = state.reopened
        complaint.extended = state.extended
        complaint.assignedTo = state.assignedTo
        return complaint
    }

    /// Each group (agencies, then kecamatan and kelurahan) ranked apart by `measure` (then code);
    /// units with fewer valid complaints than the minimum come after their group's ranked ones,
    /// unranked. `rankedUnits` is how many of the group were ranked.
    public static func ranked(_ rows: [UnitFigures], minimumCases: Int, by measure: RankMeasure) -> [UnitFigures] {
        func key(_ f: ComplaintFigures) -> (Double, Double, Double) {
            switch measure {
            case .followUp: (f.followUpRate ?? -1, f.onTimeFollowUpRate ?? -1, 0)
            case .resolved: (f.settlementRate ?? -1, Double(f.settled), f.onTimeSettlementRate ?? -1)
            case .resolvedCount: (Double(f.settled), f.settlementRate ?? -1, f.onTimeSettlementRate ?? -1)
            }
        }
        func better(_ a: UnitFigures, _ b: UnitFigures) -> Bool {
            let keyA = key(a.figures)
            let keyB = key(b.figures)
            if keyA != keyB { return keyA > keyB }
            return (a.code ?? "") < (b.code ?? "")
        }
        var result: [UnitFigures] = []
        for group in RankGroup.allCases {
            let members = rows.filter { $0.group == group }
            var rankable = members.filter { $0.figures.valid >= minimumCases }.sorted(by: better)
            for index in rankable.indices {
                rankable[index].rank = index + 1
            }
            let unranked = members.filter { $0.figures.valid < minimumCases }.sorted {
                ($0.code ?? "") < ($1.code ?? "")
            }
            for row in rankable + unranked {
                var row = row
                row.rankedUnits = rankable.count
                result.append(row)
            }
        }
        return result
    }

    // MARK: Backlog

    private func keepMostOverdue(_ list: inout [OverdueComplaint], _ count: Int) {
        list.sort { ($0.workingDaysOverdue, $1.ticket) > ($1.workingDaysOverdue, $0.ticket) }
        if list.count > count { list.removeSubrange(count...) }
    }

    func backlog(
        asOf day: CivilDate, end: Timestamp, scope: Set<String>?, unitCodes: [Int64: String], index: WorkingDayIndexes,
        listed: Int, replayAll: Bool, queries: ReportQueries
    ) throws -> Backlog {
        var backlog = Backlog(asOf: day)
        // A complaint whose last event came before the end is, as of the end, what its row says; only
        // one changed later needs its last event before the end looked up.
        try queries.forEachBacklogCandidate(end: end) { row in
            let receivedOn = row.receivedOn
            let status: ComplaintStatus
            let unit: String?
            let running: (stage: DeadlineStage, due: CivilDate)?
            if row.changedSinceEnd || replayAll {
                let state = try queries.state(ofComplaint: row.id, before: end)
                guard state.hasEvents else { return }
                (status, unit, running) = (state.status, state.unit, state.runningDeadline)
            } else {
                status = row.status
                unit = row.unitID.flatMap { unitCodes[$0] }
                running = ComplaintState.runningDeadline(
                    status: status, responded: row.respondedBeforeEnd, due: row.due)
            }
            guard status.isOpen else { return }
            if let scope, !(unit.map(scope.contains) ?? false) { return }
            backlog.open += 1
            backlog.buckets[Backlog.bucket(forAge: index.forUnit(unit).workingDays(from: receivedOn, to: day))] += 1
            if let (stage, due) = running, due < day {
                backlog.overdueCount += 1
                backlog.overdue.append(
                    OverdueComplaint(
                        ticket: row.ticket, unit: unit, category: row.category,
                        status: status, stage: stage, due: due,
                        workingDaysOverdue: index.forStage(stage, unit: unit).workingDays(from: due, to: day)))
                // Keep only the most overdue, trimming now and then so that memory stays bounded.
                if backlog.overdue.count >= 2 * listed + 64 { keepMostOverdue(&backlog.overdue, listed) }
            }
        }
        keepMostOverdue(&backlog.overdue, listed)
        return backlog
    }
}
