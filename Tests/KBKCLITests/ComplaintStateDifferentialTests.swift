import Foundation
import KBKDomain
@_spi(Testing) import KBKReports
import KBKStore
import KBKTestSupport
import Testing

/// `ComplaintState`, the one definition of where a complaint stood, against what the store keeps:
/// the derived columns of every complaint row of a demo database, and every report figure at several
/// instants computed from rows against the same figures with every complaint replayed from events.
@Suite(.tags(.slow), .enabled(if: slowTestsRun)) struct ComplaintStateDifferentialTests {
    let folder = TemporaryFolder()
    let store: Store

    init() throws {
        let path = folder.file("demo.sqlite")
        // A seed whose newest complaints are still with the desk (seed 31 stopped giving one when
        // the demo's units changed in issue 29).
        let demo = kbk(["--db", path, "demo", "--complaints", "1200", "--seed", "32"])
        precondition(demo.status == 0, demo.stderr)
        store = try Store(path: path, mode: .existing, actor: Actor(testLogin), clock: { fixedNow })
    }

    @Test func replayingEveryComplaintGivesItsStoredDerivedValues() throws {
        var filter = ComplaintFilter()
        filter.limit = 100_000
        let complaints = try store.complaints.list(filter, today: store.today)
        #expect(complaints.count == 1200)
        let queries = try store.reportQueries(for: nil)
        let later = Timestamp(secondsSinceEpoch: fixedNow.secondsSinceEpoch + 86_400)
        var statuses = Set<ComplaintStatus>()
        var running = Set<DeadlineStage>()
        for complaint in complaints {
            let state = try queries.state(ofComplaint: complaint.id, before: later)
            let ticket = complaint.ticket
            #expect(state.hasEvents, "\(ticket)")
            #expect(state.status == complaint.status, "\(ticket)")
            #expect(state.unit == complaint.unitCode?.value, "\(ticket)")
            #expect(
                state.due
                    == EventDueDates(
                        verify: complaint.due.verify, respond: complaint.due.respond, settle: complaint.due.settle),
                "\(ticket)")
            #expect(state.firstResponseOn == complaint.firstResponseAt?.date(in: store.timeZone), "\(ticket)")
            #expect(state.firstResponseOnTime == (complaint.firstResponseOnTime ?? false), "\(ticket)")
            #expect(state.settledOn == complaint.resolvedAt?.date(in: store.timeZone), "\(ticket)")
            #expect(state.settledOnTime == (complaint.settledOnTime ?? false), "\(ticket)")
            #expect(state.reopened == (complaint.reopenCount > 0), "\(ticket)")
            #expect(state.assignedTo == complaint.assignedTo?.value, "\(ticket)")
            #expect(state.extended == (complaint.extendedWorkingDays > 0), "\(ticket)")
            #expect(state.runningDeadline?.stage == complaint.runningDeadline?.stage, "\(ticket)")
            #expect(state.runningDeadline?.due == complaint.runningDeadline?.due, "\(ticket)")
            for day in [complaint.receivedOn, complaint.receivedOn.adding(days: 10), store.today] {
                #expect(state.isOverdue(on: day) == complaint.isOverdue(on: day), "\(ticket) on \(day)")
            }
            statuses.insert(complaint.status)
            if let stage = complaint.runningDeadline?.stage { running.insert(stage) }
        }
        // The demo runs up to the day it is made: its newest complaints are still with the desk, and a
        // few wait on hold for the next budget.
        #expect(statuses == [.received, .verified, .inProgress, .onHold, .resolved, .closed, .rejected, .forwarded])
        #expect(running == [.verify, .respond, .settle])
    }

    @Test func reportsFromRowsEqualReportsReplayedFromEvents() throws {
        var stages = Set<DeadlineStage>()
        var statuses = Set<ComplaintStatus>()
        var periods = try ["2025-Q1", "2025-Q3", "2025", "2025-11", "2026-Q1", "2026-Q3"].map(
            ReportPeriod.parse)
        // And a period that ends while a complaint verified late was still waiting for it.
        var filter = ComplaintFilter()
        filter.limit = 100_000
        let lateVerification = try store.complaints.list(filter, today: store.today).first {
            guard let verified = $0.verifiedAt?.date(in: store.timeZone) else { return false }
            return verified > $0.due.verify.adding(days: 1)
        }
        let waiting = try #require(lateVerification, "the demo verifies some complaints late")
        periods.append(
            try ReportPeriod(from: try CivilDate.parse("2025-01-01"), to: waiting.due.verify.adding(days: 1)))
        for period in periods {
            var request = ReportRequest(period: period, timeZone: store.timeZone)
            request.overdueListed = 100_000
            let fromRows = try ReportBuilder(store: store).build(request)
            request.replayEveryComplaint = true
            let replayed = try ReportBuilder(store: store).build(request)
            #expect(fromRows == replayed, "\(period)")
            #expect(fromRows.backlog.open > 0, "\(period)")
            stages.formUnion(fromRows.backlog.overdue.map(\.stage))
            statuses.formUnion(fromRows.backlog.overdue.map(\.status))
        }
        // Past instants reach every running deadline, so each branch of the definition was compared.
        #expect(stages == Set(DeadlineStage.allCases))
        #expect(statuses == [.received, .verified, .inProgress])
    }

    @Test func theOverdueListIsWhatTheDefinitionSays() throws {
        var filter = ComplaintFilter()
        filter.limit = 100_000
        let all = try store.complaints.list(filter, today: store.today)
        filter.overdueOnly = true
        for day in [try CivilDate.parse("2025-06-30"), try CivilDate.parse("2026-01-15"), store.today] {
            let overdue = try store.complaints.list(filter, today: day)
            #expect(overdue.map(\.ticket) == all.filter { $0.isOverdue(on: day) }.map(\.ticket), "\(day)")
        }
        filter.limit = 7
        let firstSeven = try store.complaints.list(filter, today: store.today)
        #expect(firstSeven.map(\.ticket) == all.filter { $0.isOverdue(on: store.today) }.prefix(7).map(\.ticket))
    }
}
