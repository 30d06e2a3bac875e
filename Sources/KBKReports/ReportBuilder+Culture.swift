import KBKDomain
import KBKStore

/// The sections of the work culture: groups and their meetings, self-assessments, improvement
/// actions and SOPs.
extension ReportBuilder {
    // MARK: Work culture

    func culture(period: ReportPeriod, scope: Set<String>?, units: [String: UnitInfo], queries: ReportQueries)
        throws -> [CultureFigures]
    {
        let groups = try queries.activeGroupsByUnit(on: period.to)
        let members = try queries.activeMembersByUnit(on: period.to)
        let meetings = try queries.meetingsByUnit(from: period.from, to: period.to)
        let (from, to) = (period.from, period.to)
        var rbks: [String: Int] = [:]
        for rbk in try store.rbks.list(group: nil) where rbk.writtenOn >= from && rbk.writtenOn <= to {
            rbks[rbk.unitCode, default: 0] += 1
        }
        var attended: [String: Int] = [:]
        var actions: [String: [CoordinationAction]] = [:]
        for meeting in try store.coordination.list(year: nil) where meeting.heldOn <= to {
            if meeting.heldOn >= from { for unit in meeting.units { attended[unit, default: 0] += 1 } }
            for action in meeting.actions where action.dueOn <= to {
                actions[action.ownerUnit, default: []].append(action)
            }
        }
        let assessments = Dictionary(
            uniqueKeysWithValues: try store.assessments.list(year: to.year).map { ($0.unitCode, $0) })
        return unitsInScope(units, scope: scope, on: period.to).map { unit in
            var row = CultureFigures(
                code: unit.code, name: unit.name, activeGroups: groups[unit.code] ?? 0,
                members: members[unit.code] ?? 0,
                staff: unit.staffCount, meetings: meetings[unit.code] ?? 0)
            row.rbks = rbks[unit.code] ?? 0
            row.coordinationMeetings = attended[unit.code] ?? 0
            let owned = actions[unit.code] ?? []
            row.coordinationActions = owned.count
            row.coordinationActionsDone = owned.filter { $0.isDone(by: to) }.count
            row.coordinationActionsOverdue = owned.filter { $0.isOverdue(on: to) }.count
            if let assessment = assessments[unit.code], assessment.assessedOn <= to { row.assessment = assessment }
            return row
        }
    }

    // MARK: Improvements

    func improvementFigures(
        period: ReportPeriod, scope: Set<String>?, units: [String: UnitInfo], valid: [String: Int],
        cited: [String: Int], queries: ReportQueries
    ) throws -> [ImprovementFigures] {
        var rows = Dictionary(
            uniqueKeysWithValues: unitsInScope(units, scope: scope, on: period.to).map {
                ($0.code, ImprovementFigures(code: $0.code, name: $0.name))
            })
        let from = period.from
        let to = period.to
        for action in try queries.improvementDates() where rows[action.unitCode] != nil {
            let code = action.unitCode
            if action.startedOn >= from && action.startedOn <= to { rows[code]?.opened += 1 }
            if let done = action.doneOn, done >= from && done <= to { rows[code]?.finished += 1 }
            let openAtEnd = action.startedOn <= to && (action.endedOn.map { $0 > to } ?? true)
            if openAtEnd, let due = action.dueOn, due < to { rows[code]?.overdue += 1 }
        }
        let revised = try queries.sopsRevisedAfterActions(from: from, to: to)
        for (code, count) in revised where rows[code] != nil { rows[code]?.sopsRevised = count }
        for code in rows.keys {
            rows[code]?.validComplaints = valid[code] ?? 0
            rows[code]?.citedComplaints = cited[code] ?? 0
        }
        return rows.values.sorted { $0.code < $1.code }
    }

    // MARK: SOPs

    func sopFigures(
        period: ReportPeriod, scope: Set<String>?, units: [String: UnitInfo],
        complaints: [(sopID: Int64, receivedOn: CivilDate)]
    ) throws -> [SOPFigures] {
        let sops = try store.sops.list(unit: nil, status: .all, reviewDue: false, today: period.to)
        let byID = Dictionary(uniqueKeysWithValues: sops.map { ($0.id, $0) })
        var rows = Dictionary(
            uniqueKeysWithValues: unitsInScope(units, scope: scope, on: period.to).map {
                ($0.code, SOPFigures(code: $0.code, name: $0.name))
            })
        for sop in sops {
            guard rows[sop.unitCode] != nil, let asOf = sop.asOf(period.to), asOf.isActive(on: period.to) else {
                continue
            }
            rows[sop.unitCode]?.activeSOPs += 1
            if asOf.isOverdueForReview(on: period.to) { rows[sop.unitCode]?.overdueForReview += 1 }
        }
        for (sopID, receivedOn) in complaints {
            guard let sop = byID[sopID], let asOf = sop.asOf(receivedOn), asOf.isOverdueForReview(on: receivedOn),
                rows[sop.unitCode] != nil
            else { continue }
            rows[sop.unitCode]?.complaintsWithOverdueSOP += 1
        }
        return rows.values.sorted { $0.code < $1.code }
    }
}

extension SOP {
    /// The SOP as it stood on `date`: the revisions and reviews made by then; nil before it existed.
    func asOf(_ date: CivilDate) -> SOP? {
        guard startedOn <= date else { return nil }
        var copy = self
        copy.revisions = revisions.filter { $0.revision == 0 || $0.datedOn <= date }
        copy.reviews = reviews.filter { $0.reviewedOn <= date }
        if let revoked = revokedOn, revoked > date { copy.revokedOn = nil }
        return copy
    }
}
