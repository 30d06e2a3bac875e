/// LAPOR!'s auto-close: a complaint the government has answered is closed when its complainant
/// does not reply for `defaultWorkingDays` working days after the last follow-up: the resolution,
/// or a public response that is still the complaint's latest action. A reply reaching the desk is
/// recorded on the complaint (a note, a reopening), which restarts the count; deadline notices do
/// not. A complaint closed after a response without a resolution was followed up but is not
/// settled: the reports count it apart (`closedWithoutSettlement`), never as settled.
public enum AutoClose {
    public static let defaultWorkingDays = 10
    public static let workingDayRange = 1...60

    /// The statuses the sweep may close.
    public static let closableStatuses: Set<ComplaintStatus> = [.resolved, .inProgress]

    /// The latest action on a complaint other than a deadline notice.
    public struct LatestAction: Sendable {
        public var action: ComplaintAction.Kind
        public var isPublic: Bool
        public var on: CivilDate

        public init(action: ComplaintAction.Kind, isPublic: Bool, on: CivilDate) {
            self.action = action
            self.isPublic = isPublic
            self.on = on
        }
    }

    /// The day the complainant's silence counts from, nil when the complaint is not waiting on them.
    public static func silentSince(status: ComplaintStatus, resolvedOn: CivilDate?, latest: LatestAction?)
        -> CivilDate?
    {
        switch status {
        case .resolved:
            // The complainant's own reply after the resolution (a public note: only theirs is) is a
            // reply: the count starts again from it.
            if let latest, latest.action == .note, latest.isPublic, let resolvedOn, latest.on > resolvedOn {
                latest.on
            } else {
                resolvedOn
            }
        case .inProgress: latest.flatMap { $0.action == .respond && $0.isPublic ? $0.on : nil }
        default: nil
        }
    }

    /// The working days a sweep's closing text names ("no reply 10 working days after …"), when it does.
    public static func silentDays(in text: String?) -> Int? {
        guard let words = text?.split(separator: " "),
            let reply = words.indices.first(where: { $0 > 0 && words[$0] == "reply" && words[$0 - 1] == "no" }),
            reply + 1 < words.count
        else { return nil }
        return Int(words[reply + 1])
    }

    /// Whether the sweep closes the complaint on `today`.
    public static func isDue(
        status: ComplaintStatus, resolvedOn: CivilDate?, latest: LatestAction?, afterWorkingDays days: Int,
        today: CivilDate, calendar: WorkingCalendar
    ) -> Bool {
        guard let since = silentSince(status: status, resolvedOn: resolvedOn, latest: latest) else { return false }
        return calendar.workingDays(from: since, to: today) >= days
    }
}
