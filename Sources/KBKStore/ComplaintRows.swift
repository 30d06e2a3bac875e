import KBKDomain
internal import SQLiteDB

/// The columns a complaint is read from, in the order of the SELECT list (`SelectedColumn`): a
/// column of `complaint` is added here, once, and then decoded in `Complaints.decode`.
enum ComplaintColumn: Int32, SelectedColumn {
    case id, ticket, receivedAt, receivedOn, channel, kind, category, subject, description, location
    case externalRef, sopNumber, complainantName, complainantContact, anonymous, confidential, unitCode, status
    case heldFrom, heldSince, heldWorkingDays, verifyDue, respondDue, settleDue, verifiedAt
    case firstResponseAt, resolvedAt, closedAt, rejectedAt, rejectionReason, reopenCount, rating, ratingComment
    case lastEventAt, verifiedOn, firstResponseOnTime, settledOnTime, assignedTo, verifyHeldDays, extendedDays
    case forwardedTo, forwardedAt, forwardReference, respondBy, heldSeconds, topic, maladministration
    case villageCode, latitude, longitude

    static let alias: String? = "c"

    var joined: String? {
        switch self {
        case .sopNumber: "s.number"
        case .unitCode: "u.code"
        default: nil
        }
    }
}

/// The columns an event of a complaint's history is read from, in the order of the SELECT list.
enum ComplaintEventColumn: Int32, SelectedColumn {
    case id, at, actor, action, statusBefore, statusAfter, skpdBefore, skpdAfter, text, `public`, assignee
    case workingDays, field, valueBefore, valueAfter, enteredAt

    static let alias: String? = "e"

    var joined: String? { nil }
}

extension Complaints {
    /// The SELECT list and the tables a complaint is read from.
    static let columns = "\(ComplaintColumn.list) \(from)"
    static let from = "FROM complaint c \(joins)"
    /// The tables a complaint's row joins for its unit's code and its SOP's number.
    static let joins = "LEFT JOIN skpd u ON u.id = c.skpd_id LEFT JOIN sop s ON s.id = c.sop_id"
    /// The SELECT list an event is read from (`FROM complaint_event e`).
    static let eventColumns = ComplaintEventColumn.list

    /// A complaint selected by `columns`.
    static func decode(_ row: Row) throws -> Complaint {
        let r = ColumnRow<ComplaintColumn>(row, table: "complaint")
        var complaint = Complaint(
            id: try r.int64(.id), ticket: try r.ticket(.ticket), receivedAt: try r.instant(.receivedAt),
            receivedOn: try r.date(.receivedOn), channel: try r.choice(.channel, "a channel"),
            kind: try r.choice(.kind, "a kind of complaint"), category: try r.categoryCode(.category),
            subject: try r.text(.subject), description: try r.text(.description), location: r.optionalText(.location),
            externalReference: r.optionalText(.externalRef), sopNumber: r.optionalText(.sopNumber),
            complainantName: r.optionalText(.complainantName), complainantContact: r.optionalText(.complainantContact),
            isAnonymous: try r.bool(.anonymous), isConfidential: try r.bool(.confidential),
            unitCode: try r.optionalUnitCode(.unitCode), status: try r.choice(.status, "a status"),
            heldFrom: try r.optionalChoice(.heldFrom, "a status"), heldSince: try r.optionalInstant(.heldSince),
            heldWorkingDays: try r.int(.heldWorkingDays),
            due: DueDates(
                verify: try r.date(.verifyDue), respond: try r.optionalDate(.respondDue),
                settle: try r.optionalDate(.settleDue)),
            verifiedAt: try r.optionalInstant(.verifiedAt), firstResponseAt: try r.optionalInstant(.firstResponseAt),
            resolvedAt: try r.optionalInstant(.resolvedAt), closedAt: try r.optionalInstant(.closedAt),
            rejectedAt: try r.optionalInstant(.rejectedAt),
            rejectionReason: try r.optionalChoice(.rejectionReason, "a rejection reason"),
            reopenCount: try r.int(.reopenCount), rating: r.optionalInt(.rating),
            ratingComment: r.optionalText(.ratingComment), lastEventAt: try r.instant(.lastEventAt))
        complaint.handedOverOn = try r.optionalDate(.verifiedOn)
        complaint.firstResponseOnTime = try r.optionalBool(.firstResponseOnTime)
        complaint.settledOnTime = try r.optionalBool(.settledOnTime)
        complaint.assignedTo = try r.optionalLogin(.assignedTo)
        complaint.verifyHeldWorkingDays = try r.int(.verifyHeldDays)
        complaint.extendedWorkingDays = try r.int(.extendedDays)
        complaint.forwardedTo = r.optionalText(.forwardedTo)
        complaint.forwardedAt = try r.optionalInstant(.forwardedAt)
        complaint.forwardReference = r.optionalText(.forwardReference)
        complaint.due.respondBy = try r.optionalInstant(.respondBy)
        complaint.heldSeconds = try r.int(.heldSeconds)
        complaint.topic = r.optionalText(.topic)
        complaint.maladministration = try r.optionalChoice(.maladministration, "a form of maladministration")
        complaint.villageCode = r.optionalText(.villageCode)
        if let latitude = r.optionalDouble(.latitude), let longitude = r.optionalDouble(.longitude) {
            complaint.coordinates = Coordinates(latitude: latitude, longitude: longitude)
        }
        return complaint
    }

    /// An event selected by `ComplaintEventColumn.list` (further columns may follow).
    static func decodeEvent(_ row: Row) throws -> ComplaintEvent {
        let r = ColumnRow<ComplaintEventColumn>(row, table: "complaint_event")
        var event = ComplaintEvent(
            id: try r.int64(.id), at: try r.instant(.at), actor: try r.text(.actor), action: try r.text(.action),
            statusBefore: try r.optionalChoice(.statusBefore, "a status"),
            statusAfter: try r.choice(.statusAfter, "a status"), unitBefore: r.optionalText(.skpdBefore),
            unitAfter: r.optionalText(.skpdAfter), text: r.optionalText(.text), isPublic: try r.bool(.public))
        event.assignee = r.optionalText(.assignee)
        event.workingDays = r.optionalInt(.workingDays)
        event.field = r.optionalText(.field)
        event.valueBefore = r.optionalText(.valueBefore)
        event.valueAfter = r.optionalText(.valueAfter)
        event.enteredAt = try r.optionalInstant(.enteredAt)
        return event
    }
}
