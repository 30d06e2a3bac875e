import KBKDomain
internal import SQLiteDB

extension Complaints {
    /// One page of what the filter selects and how many it selects in all ("1–50 dari 67.105"). By
    /// a running deadline (a due state, a range of due dates, the order by due date) the candidates
    /// are read and decided once for both, where `list` and `count` would each read them (the whole
    /// government by due date: two passes over 67,105 rows at 200,000).
    public func page(_ filter: ComplaintFilter, today: CivilDate) throws -> (complaints: [Complaint], total: Int) {
        guard filter.readsRunningDeadline else {
            let complaints = try list(filter, today: today)
            // A page short of its limit ends the list: its total needs no count.
            let total =
                complaints.count < filter.limit && (filter.offset == 0 || !complaints.isEmpty)
                ? filter.offset + complaints.count : try count(filter, today: today)
            return (complaints, total)
        }
        let (table, whereClause, values) = try selection(filter, today: today)
        let ids = try runningIDs(filter, table, whereClause, values, today: today, limit: .max, ordered: true)
        let row = try connection.prepare("SELECT \(Complaints.columns) WHERE c.id = ?")
        let shown = try ids.dropFirst(filter.offset).prefix(filter.limit).compactMap { id in
            try row.query([id], Complaints.decode).first.map(readable)
        }
        return (shown, ids.count)
    }
}
