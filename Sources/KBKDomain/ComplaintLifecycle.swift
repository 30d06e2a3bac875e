/// The complaint life cycle as one table: for each status, the actions it allows and where they lead.
public enum ComplaintLifecycle {
    public enum Target: Sendable, Equatable {
        case to(ComplaintStatus)
        /// Back to the status the complaint had when it was put on hold.
        case statusBeforeHold
    }

    public static let table: [ComplaintStatus: [ComplaintAction.Kind: Target]] = [
        // A hold before verification waits for the complainant's missing data.
        .received: [
            .verify: .to(.verified), .note: .to(.received), .hold: .to(.onHold), .reject: .to(.rejected),
            .forward: .to(.forwarded), .edit: .to(.received),
        ],
        // A resolution is itself a public response, so a verified complaint may be resolved at once.
        .verified: [
            .reassign: .to(.verified), .respond: .to(.inProgress), .note: .to(.verified), .hold: .to(.onHold),
            .assign: .to(.verified), .extend: .to(.verified), .forward: .to(.forwarded),
            .resolve: .to(.resolved), .reject: .to(.rejected), .edit: .to(.verified),
        ],
        .inProgress: [
            .reassign: .to(.inProgress), .respond: .to(.inProgress), .note: .to(.inProgress), .hold: .to(.onHold),
            .assign: .to(.inProgress), .extend: .to(.inProgress), .forward: .to(.forwarded),
            .resolve: .to(.resolved), .reject: .to(.rejected), .edit: .to(.inProgress),
        ],
        // A held complaint can be passed on (its unit ending, or the wrong unit); it stays on hold.
        .onHold: [
            .resume: .statusBeforeHold, .note: .to(.onHold), .assign: .to(.onHold), .extend: .to(.onHold),
            .reassign: .to(.onHold), .edit: .to(.onHold),
        ],
        .resolved: [.note: .to(.resolved), .reopen: .to(.inProgress), .close: .to(.closed), .edit: .to(.resolved)],
        .closed: [:],
        .rejected: [:],
    ]

    /// The status after `action`, or the refusal naming what the status allows.
    public static func next(from status: ComplaintStatus, action: ComplaintAction.Kind, heldFrom: ComplaintStatus?)
        -> ComplaintStatus?
    {
        switch table[status]?[action] {
        case .to(let next): next
        case .statusBeforeHold: heldFrom ?? .verified
        case nil: nil
        }
    }

    /// The actions allowed from `status`, in a stable order.
    public static func allowed(from status: ComplaintStatus) -> [ComplaintAction.Kind] {
        ComplaintAction.Kind.allCases.filter { table[status]?[$0] != nil }
    }
}

extension ComplaintLifecycle {
    /// The one action that would make `action` possible from `status`, for advice such as "verify it
    /// first"; nil when there is none (a final status, or an action that is never possible again).
    public static func prerequisite(
        for action: ComplaintAction.Kind, from status: ComplaintStatus, heldFrom: ComplaintStatus?
    ) -> ComplaintAction.Kind? {
        for step in allowed(from: status) where step != .note && step != action {
            if let next = next(from: status, action: step, heldFrom: heldFrom), next != status,
                table[next]?[action] != nil
            {
                return step
            }
        }
        return nil
    }
}
