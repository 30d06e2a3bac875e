import KBKDomain

/// The list of complaints both doors show: `kbk complaint list`, the web's complaints page and its
/// CSV download. The CSV (`detailed`) adds the category, topic, overdue mark and description; a
/// confidential description is left out of it even for a reader who may see it on the complaint.
package enum ComplaintListing {
    package static func table(
        _ complaints: [Complaint], detailed: Bool, today: CivilDate, timeZone: UTCOffset
    ) -> Tabular {
        var columns = [
            Column(key: "ticket", header: Msg.labelTicket), Column(key: "received_at", header: Msg.labelReceived),
            Column(key: "channel", header: Msg.labelChannel), Column(key: "skpd", header: Msg.labelUnit),
            Column(key: "status", header: Msg.labelStatus), Column(key: "running_due", header: Msg.labelDue),
            Column(key: "subject", header: Msg.labelSubject),
        ]
        if detailed {
            columns += [
                Column(key: "category", header: Msg.labelCategory), Column(key: "topic", header: Msg.labelTopic),
                Column(key: "overdue", header: Msg.labelDue),
                Column(key: "description", header: Msg.labelDescription),
            ]
        }
        var table = Tabular(columns: columns)
        for complaint in complaints {
            let due: Cell =
                complaint.runningDeadline.map { complaint.isOverdue(on: today) ? .overdue($0.due) : .date($0.due) }
                ?? .null
            var row: [Cell] = [
                .code(complaint.ticket),
                detailed ? .text(complaint.receivedAt.iso8601(in: timeZone)) : .date(complaint.receivedOn),
                .coded(complaint.channel), .code(complaint.unitCode),
                .coded(complaint.status), due, .text(complaint.subject),
            ]
            if detailed {
                row += [
                    .code(complaint.category), complaint.topic.map(Cell.text) ?? .null,
                    .text(complaint.isOverdue(on: today) ? "true" : "false"),
                    complaint.isConfidential ? .null : .text(complaint.description),
                ]
            }
            table.rows.append(row)
        }
        return table
    }
}
