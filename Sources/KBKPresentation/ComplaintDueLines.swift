import KBKDomain
import KBKStore

/// A complaint's three due dates as both doors show them (`kbk complaint show`, the complaint's web
/// page): each with how it stands, met on time or late, days or hours left, due today, overdue,
/// paused or not running.
package enum ComplaintDueLines {
    /// The label and the shown value of each due date the complaint has, in order.
    package static func lines(
        _ complaint: Complaint, now: Timestamp, today: CivilDate, calendars: UnitCalendars, timeZone: UTCOffset,
        language: Language
    ) -> [(label: Text, value: String)] {
        let met: [DeadlineStage: Timestamp?] = [
            .verify: complaint.verifiedAt, .respond: complaint.firstResponseAt, .settle: complaint.resolvedAt,
        ]
        var lines: [(label: Text, value: String)] = []
        for (stage, label, due) in [
            (DeadlineStage.verify, Msg.labelVerifyDue, Optional(complaint.due.verify)),
            (.respond, Msg.labelRespondDue, complaint.due.respond),
            (.settle, Msg.labelSettleDue, complaint.due.settle),
        ] {
            guard let due else { continue }
            let shown =
                stage == .respond
                ? complaint.due.respondBy.map { LetterDates.instant($0, timeZone, language) } : nil
            let state = standing(
                complaint, stage: stage, due: due, met: met[stage] ?? nil, now: now, today: today,
                calendar: calendars.calendar(forStage: stage, unit: complaint.unitCode?.value), timeZone: timeZone)
            lines.append((label, (shown ?? LetterDates.date(due, language)) + " — " + state(language)))
        }
        return lines
    }

    /// How a due date stands: met (on time or late), days left, due today, overdue, or paused.
    package static func standing(
        _ complaint: Complaint, stage: DeadlineStage, due: CivilDate, met: Timestamp?, now: Timestamp,
        today: CivilDate, calendar: WorkingCalendar, timeZone: UTCOffset
    ) -> Text {
        if let met {
            let day = met.date(in: timeZone)
            let onTime =
                stage == .respond
                ? complaint.due.respondsInTime(at: met, on: day) ?? false : OnTime.byDueDay(day, due: due)
            return Msg.dueMet(day, onTime)
        }
        if complaint.status == .onHold { return Msg.duePaused }
        guard complaint.runningDeadline?.stage == stage || (stage == .settle && complaint.status.isOpen) else {
            return Msg.dueNotRunning
        }
        if stage == .respond, let respondBy = complaint.due.respondBy {
            // An hour target counts down in whole clock hours, rounded down either way.
            let seconds = respondBy.secondsSinceEpoch - now.secondsSinceEpoch
            return seconds >= 0 ? Msg.hoursLeft(Int(seconds / 3600)) : Msg.hoursOverdue(Int(-seconds / 3600))
        }
        switch DeadlineStanding.of(due: due, today: today, calendar: calendar) {
        case .dueToday: return Msg.dueToday
        case .left(let days): return Msg.dueLeft(days)
        case .overdue(let days): return Msg.dueOverdue(days)
        }
    }
}
