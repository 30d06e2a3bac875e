import KBKDomain
internal import SQLiteDB

public struct GroupDraft: Sendable {
    public var unitCode: UnitCode
    public var name: String
    public var decreeNumber: String?
    public var decreeDate: CivilDate?
    public var formedOn: CivilDate?
    public var focus: String?
    public var section: String?
    public var sectionHeadName: String?
    public var sectionHeadNIP: NIP?

    public init(unitCode: UnitCode, name: String) {
        self.unitCode = unitCode
        self.name = name
    }
}

/// What `group edit` changes: nil leaves a field; `.some(nil)` clears an optional one.
public struct GroupChanges: Sendable {
    public var name: String?
    public var decreeNumber: String??
    public var decreeDate: CivilDate??
    public var formedOn: CivilDate?
    public var focus: String??
    public var section: String??
    public var sectionHeadName: String??
    public var sectionHeadNIP: NIP??

    public init() {}
}

public struct MemberDraft: Sendable {
    public var nip: NIP
    public var name: String
    public var role: GroupRole
    public var since: CivilDate?

    public init(nip: NIP, name: String, role: GroupRole = .member, since: CivilDate? = nil) {
        self.nip = nip
        self.name = name
        self.role = role
        self.since = since
    }
}

public struct MeetingDraft: Sendable {
    public var heldOn: CivilDate
    public var attendees: [NIP]
    public var agenda: String?
    public var minutes: String?

    public init(heldOn: CivilDate, attendees: [NIP] = [], agenda: String? = nil, minutes: String? = nil) {
        self.heldOn = heldOn
        self.attendees = attendees
        self.agenda = agenda
        self.minutes = minutes
    }
}

/// A group with its members and recent meetings, for `group show`.
public struct GroupOverview: Sendable {
    public let group: Group
    public let activeMembers: [Membership]
    public let recentMeetings: [Meeting]
    public let meetingCount: Int
    public let sizeBounds: GroupSizeBounds
}

/// Work-culture groups (tables `kbk_group`, `group_member`, `group_meeting`, `meeting_attendee`).
public struct Groups {
    let connection: Connection

    /// The columns a group is read from, in the order of the SELECT list (`SelectedColumn`).
    enum Column: Int32, SelectedColumn {
        case id, skpd, name, decreeNumber, decreeDate, formedOn, focus, dissolvedOn, section, sectionHeadName
        case sectionHeadNip

        static let alias: String? = "g"
        var joined: String? { self == .skpd ? "u.code" : nil }
    }

    static let columns = "\(Column.list) FROM kbk_group g JOIN skpd u ON u.id = g.skpd_id"

    static func decode(_ row: Row) throws -> Group {
        let r = ColumnRow<Column>(row, table: "kbk_group")
        return Group(
            id: try r.int64(.id), unitCode: try r.text(.skpd), name: try r.text(.name),
            decreeNumber: r.optionalText(.decreeNumber), decreeDate: try r.optionalDate(.decreeDate),
            formedOn: try r.date(.formedOn), focus: r.optionalText(.focus),
            dissolvedOn: try r.optionalDate(.dissolvedOn),
            section: r.optionalText(.section), sectionHeadName: r.optionalText(.sectionHeadName),
            sectionHeadNIP: r.optionalText(.sectionHeadNip))
    }

    /// The columns of `group_member`, in the order a membership is read.
    enum MemberColumn: Int32, SelectedColumn {
        case id, groupId, nip, name, role, since, until

        static let alias: String? = nil
        var joined: String? { nil }
    }

    static let memberColumns = "\(MemberColumn.list) FROM group_member"

    static func decodeMember(_ row: Row) throws -> Membership {
        let r = ColumnRow<MemberColumn>(row, table: "group_member")
        return Membership(
            id: try r.int64(.id), groupID: try r.int64(.groupId), nip: try r.text(.nip), name: try r.text(.name),
            role: try r.choice(.role, "a group role"), since: try r.date(.since), until: try r.optionalDate(.until))
    }

    /// A meeting's attendees' NIPs in NIP order, by meeting id (`?`): one order wherever a meeting is shown.
    static let attendeesSQL =
        "SELECT m.nip FROM meeting_attendee a JOIN group_member m ON m.id = a.member_id WHERE a.meeting_id = ? ORDER BY m.nip"

    /// The columns of `group_meeting`, in the order a meeting is read (its attendees come apart).
    enum MeetingColumn: Int32, SelectedColumn {
        case id, groupId, heldOn, agenda, minutes

        static let alias: String? = nil
        var joined: String? { nil }
    }

    static let meetingColumns = "\(MeetingColumn.list) FROM group_meeting"

    /// A row of `meetingColumns`, with its attendees.
    static func decodeMeeting(_ row: Row, attendees: Statement) throws -> Meeting {
        let r = ColumnRow<MeetingColumn>(row, table: "group_meeting")
        let meetingID = try r.int64(.id)
        return Meeting(
            id: meetingID, groupID: try r.int64(.groupId), heldOn: try r.date(.heldOn), agenda: r.optionalText(.agenda),
            minutes: r.optionalText(.minutes),
            attendeeNIPs: try attendees.query([meetingID]) { try DecodedRow($0, table: "group_member").text(0, "nip") })
    }

    public func get(_ id: Int64) throws -> Group {
        guard let group = try connection.one("SELECT \(Groups.columns) WHERE g.id = ?", id, transform: Groups.decode)
        else {
            throw DomainError.notFound(kind: .group, key: String(id))
        }
        return group
    }

    /// Groups by id; dissolved ones (on or before `today`) only when `includeDissolved`.
    public func list(unit: UnitCode?, includeDissolved: Bool, today: CivilDate) throws -> [(
        group: Group, activeMembers: Int
    )] {
        var sql = "SELECT \(Groups.columns) WHERE 1 = 1"
        var values: [SQLiteBindable] = []
        if let unit {
            _ = try Units(connection: connection).get(unit)
            sql += " AND u.code = ?"
            values.append(unit.value)
        }
        if !includeDissolved {
            sql += " AND (g.dissolved_on IS NULL OR g.dissolved_on > ?)"
            values.append(today.stored)
        }
        let groups = try connection.prepare(sql + " ORDER BY g.id").query(values, Groups.decode)
        return try groups.map { group in
            (
                group,
                try connection.count(
                    "SELECT count(*) FROM group_member WHERE group_id = ? AND since <= ? AND (until IS NULL OR until > ?)",
                    group.id, today.stored, today.stored)
            )
        }
    }

    public func overview(_ id: Int64, today: CivilDate, recentMeetings: Int = 5) throws -> GroupOverview {
        let group = try get(id)
        return GroupOverview(
            group: group, activeMembers: try members(of: id, includeEnded: false, today: today),
            recentMeetings: try meetings(of: id, from: nil, to: nil, limit: recentMeetings),
            meetingCount: try connection.count("SELECT count(*) FROM group_meeting WHERE group_id = ?", id),
            sizeBounds: try Settings(connection: connection).groupSizeBounds())
    }

    /// The membership row of `nip` in the group on `day`, if they were a member then.
    func memberID(_ nip: String, of groupID: Int64, on day: CivilDate) throws -> Int64? {
        try connection.withCachedStatement(Groups.memberOnDaySQL) { statement in
            try statement.bind([groupID, nip, day.stored, day.stored])
            return try statement.step() ? try DecodedRow(statement.row, table: "group_member").int64(0, "id") : nil
        }
    }
    private static let memberOnDaySQL = StatementKey(
        "SELECT id FROM group_member WHERE group_id = ? AND nip = ? AND since <= ? AND (until IS NULL OR until > ?)")

    public func members(of id: Int64, includeEnded: Bool, today: CivilDate) throws -> [Membership] {
        _ = try get(id)
        if includeEnded {
            return try connection.query(
                "SELECT \(Groups.memberColumns) WHERE group_id = ? ORDER BY since, id", id,
                transform: Groups.decodeMember)
        }
        return try connection.query(
            """
            SELECT \(Groups.memberColumns) WHERE group_id = ? AND since <= ? AND (until IS NULL OR until > ?)
            ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'facilitator' THEN 1 WHEN 'secretary' THEN 2 ELSE 3 END, name
            """, id, today.stored, today.stored, transform: Groups.decodeMember)
    }

    /// Meetings newest first.
    public func meetings(of id: Int64, from: CivilDate?, to: CivilDate?, limit: Int? = nil) throws -> [Meeting] {
        _ = try get(id)
        var sql = "SELECT \(Groups.meetingColumns) WHERE group_id = ?"
        var values: [SQLiteBindable] = [id]
        if let from {
            sql += " AND held_on >= ?"
            values.append(from.stored)
        }
        if let to {
            sql += " AND held_on <= ?"
            values.append(to.stored)
        }
        sql += " ORDER BY held_on DESC, id DESC"
        if let limit {
            sql += " LIMIT ?"
            values.append(limit)
        }
        let attendees = try connection.prepare(Groups.attendeesSQL)
        return try connection.prepare(sql).query(values) { try Groups.decodeMeeting($0, attendees: attendees) }
    }

    func activeMemberCount(_ id: Int64, on date: CivilDate) throws -> Int {
        try connection.count(
            "SELECT count(*) FROM group_member WHERE group_id = ? AND since <= ? AND (until IS NULL OR until > ?)", id,
            date.stored, date.stored)
    }

    // MARK: Changes

}

extension Store {
    public var groups: Groups { Groups(connection: connection) }
}

extension Writing where Repository == Groups {
    public func add(_ draft: GroupDraft) throws -> Group {
        let unit = try Units(connection: connection).requireActive(draft.unitCode, today: transaction.today)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(unit.code, "form a group")
        let formed = draft.formedOn ?? transaction.today
        try connection.run(
            """
            INSERT INTO kbk_group (skpd_id, name, decree_number, decree_date, formed_on, focus, created_at, section,
                section_head_name, section_head_nip)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, unit.id, draft.name, draft.decreeNumber, draft.decreeDate?.stored, formed.stored, draft.focus,
            transaction.now.utcString, draft.section, draft.sectionHeadName, draft.sectionHeadNIP?.digits)
        let group = try repository.get(connection.lastInsertRowID)
        try transaction.audit(
            AuditRecord(
                .create, .group, id: String(group.id), "formed group \(group.id) \"\(group.name)\" in \(unit.code)"))
        return group
    }

    public func edit(_ id: Int64, _ changes: GroupChanges) throws -> Group {
        let old = try repository.get(id)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(old.unitCode, "change group \(id)")
        var new = old
        if let name = changes.name { new.name = name }
        if let decreeNumber = changes.decreeNumber { new.decreeNumber = decreeNumber }
        if let decreeDate = changes.decreeDate { new.decreeDate = decreeDate }
        if let focus = changes.focus { new.focus = focus }
        if let section = changes.section { new.section = section }
        if let headName = changes.sectionHeadName { new.sectionHeadName = headName }
        if let headNIP = changes.sectionHeadNIP { new.sectionHeadNIP = headNIP?.digits }
        if let formed = changes.formedOn {
            if let dissolved = old.dissolvedOn, dissolved < formed {
                throw DomainError.rule(
                    .dateBefore(field: "dissolved", value: dissolved, other: "formed", limit: formed))
            }
            if let earliest = try connection.nullable(
                "SELECT min(since) FROM group_member WHERE group_id = ?", id,
                transform: { try DecodedRow($0, table: "group_member").optionalDate(0, "since") }),
                earliest < formed
            {
                throw DomainError.rule(
                    .dateBefore(field: "first member since", value: earliest, other: "formed", limit: formed))
            }
            if let earliest = try connection.nullable(
                "SELECT min(held_on) FROM group_meeting WHERE group_id = ?", id,
                transform: { try DecodedRow($0, table: "group_meeting").optionalDate(0, "held_on") }),
                earliest < formed
            {
                throw DomainError.rule(
                    .dateBefore(field: "first meeting", value: earliest, other: "formed", limit: formed))
            }
            new.formedOn = formed
        }
        guard new != old else { return old }
        try connection.run(
            """
            UPDATE kbk_group SET name = ?, decree_number = ?, decree_date = ?, formed_on = ?, focus = ?, section = ?,
                section_head_name = ?, section_head_nip = ?
            WHERE id = ?
            """, new.name, new.decreeNumber, new.decreeDate?.stored, new.formedOn.stored, new.focus, new.section,
            new.sectionHeadName,
            new.sectionHeadNIP, id)
        try transaction.audit(AuditRecord(.update, .group, id: String(id), "edited group \(id) \"\(new.name)\""))
        return new
    }

    public func dissolve(_ id: Int64, on date: CivilDate) throws -> Group {
        var group = try repository.get(id)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(group.unitCode, "dissolve group \(id)")
        if let dissolved = group.dissolvedOn {
            throw DomainError.rule(.alreadyEnded(kind: .group, key: "\(id) (\(dissolved))"))
        }
        if date < group.formedOn {
            throw DomainError.rule(.dateBefore(field: "dissolved", value: date, other: "formed", limit: group.formedOn))
        }
        if let last = try connection.nullable(
            "SELECT max(held_on) FROM group_meeting WHERE group_id = ?", id,
            transform: { try DecodedRow($0, table: "group_meeting").optionalDate(0, "held_on") }),
            date <= last
        {
            throw DomainError.rule(
                .dateBefore(field: "dissolved", value: date, other: "last meeting + 1 day", limit: last.adding(days: 1))
            )
        }
        if let last = try connection.nullable(
            "SELECT max(since) FROM group_member WHERE group_id = ?", id,
            transform: { try DecodedRow($0, table: "group_member").optionalDate(0, "since") }),
            date < last
        {
            throw DomainError.rule(
                .dateBefore(field: "dissolved", value: date, other: "last member since", limit: last))
        }
        try connection.run(
            "UPDATE group_member SET until = ? WHERE group_id = ? AND (until IS NULL OR until > ?)", date.stored, id,
            date.stored)
        let ended = connection.changes
        try connection.run("UPDATE kbk_group SET dissolved_on = ? WHERE id = ?", date.stored, id)
        group.dissolvedOn = date
        try transaction.audit(
            AuditRecord(
                .dissolve, .group, id: String(id), "dissolved group \(id) as of \(date); ended \(ended) membership(s)"))
        return group
    }

    /// Adds a member. Returns the membership and the group's active size afterwards.
    public func addMember(_ groupID: Int64, _ draft: MemberDraft) throws -> (Membership, Int) {
        let group = try repository.get(groupID)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(group.unitCode, "change the members of group \(groupID)")
        let since = draft.since ?? transaction.today
        guard group.dissolvedOn.map({ since < $0 }) ?? true else {
            throw DomainError.rule(.groupDissolved(id: Int(groupID)))
        }
        if since < group.formedOn {
            throw DomainError.rule(
                .dateBefore(field: "since", value: since, other: "group formed", limit: group.formedOn))
        }
        let nip = draft.nip.digits
        if let other = try connection.one(
            "SELECT group_id FROM group_member WHERE nip = ? AND (until IS NULL OR until > ?) LIMIT 1", nip,
            since.stored,
            transform: { try DecodedRow($0, table: "group_member").int(0, "group_id") })
        {
            throw DomainError.rule(.alreadyActiveMember(nip: nip, group: other))
        }
        if draft.role == .chair,
            let chair = try connection.one(
                "SELECT nip FROM group_member WHERE group_id = ? AND role = 'chair' AND (until IS NULL OR until > ?) LIMIT 1",
                groupID, since.stored,
                transform: { try DecodedRow($0, table: "group_member").text(0, "nip") })
        {
            throw DomainError.rule(.secondChair(group: Int(groupID), chair: chair))
        }
        try connection.run(
            "INSERT INTO group_member (group_id, nip, name, role, since) VALUES (?, ?, ?, ?, ?)",
            groupID, nip, draft.name, draft.role.rawValue, since.stored)
        let member = Membership(
            id: connection.lastInsertRowID, groupID: groupID, nip: nip, name: draft.name, role: draft.role,
            since: since, until: nil)
        try transaction.audit(
            AuditRecord(
                .create, .member, id: nip, "added \(nip) to group \(groupID) as \(draft.role.rawValue) from \(since)"))
        return (member, try repository.activeMemberCount(groupID, on: max(since, transaction.today)))
    }

    /// Ends a membership; nothing is deleted. Returns it and the group's active size afterwards.
    public func removeMember(_ groupID: Int64, nip: NIP, on date: CivilDate?) throws -> (Membership, Int) {
        let group = try repository.get(groupID)
        try transaction.require(.manageWorkCulture)
        try transaction.requireScope(group.unitCode, "change the members of group \(groupID)")
        guard
            var member = try connection.one(
                "SELECT \(Groups.memberColumns) WHERE group_id = ? AND nip = ? AND until IS NULL", groupID, nip.digits,
                transform: Groups.decodeMember)
        else {
            throw DomainError.rule(.notAMember(nip: nip.digits, group: Int(groupID)))
        }
        let until = date ?? transaction.today
        if until < member.since {
            throw DomainError.rule(
                .dateBefore(field: "removed on", value: until, other: "member since", limit: member.since))
        }
        try connection.run("UPDATE group_member SET until = ? WHERE id = ?", until.stored, member.id)
        member.until = until
        try transaction.audit(
            AuditRecord(.remove, .member, id: nip.digits, "removed \(nip.digits) from group \(groupID) as of \(until)"))
        return (member, try repository.activeMemberCount(groupID, on: max(until, transaction.today)))
    }

    public func addMeeting(_ groupID: Int64, _ draft: MeetingDraft) throws -> Meeting {
        let group = try repository.get(groupID)
        try transaction.require(.recordMeeting)
        try transaction.requireScope(group.unitCode, "record a meeting of group \(groupID)")
        // An officer records only the meetings of a group they were a member of on the day.
        if !transaction.isImporting, let performer = transaction.performingOfficial, performer.role == .officer,
            try repository.memberID(performer.nip ?? "", of: groupID, on: draft.heldOn) == nil
        {
            throw StoreError.notPermitted(
                Refusal(
                    login: performer.login, role: performer.role, scope: performer.scopeUnit,
                    action: "record a meeting of group \(groupID) on \(draft.heldOn)",
                    allowedBy: .groupMember))
        }
        if draft.heldOn > transaction.today {
            throw DomainError.rule(
                .dateInTheFuture(field: "meeting date", value: draft.heldOn, today: transaction.today))
        }
        if draft.heldOn < group.formedOn {
            throw DomainError.rule(
                .dateBefore(field: "meeting date", value: draft.heldOn, other: "group formed", limit: group.formedOn))
        }
        if let dissolved = group.dissolvedOn, draft.heldOn >= dissolved {
            throw DomainError.rule(.groupDissolved(id: Int(groupID)))
        }
        var memberIDs: [Int64] = []
        for nip in draft.attendees {
            guard let memberID = try repository.memberID(nip.digits, of: groupID, on: draft.heldOn) else {
                throw DomainError.rule(.notAMemberOn(nip: nip.digits, group: Int(groupID), date: draft.heldOn))
            }
            if !memberIDs.contains(memberID) { memberIDs.append(memberID) }
        }
        try connection.run(
            "INSERT INTO group_meeting (group_id, held_on, agenda, minutes) VALUES (?, ?, ?, ?)",
            groupID, draft.heldOn.stored, draft.agenda, draft.minutes)
        let meetingID = connection.lastInsertRowID
        let attend = try connection.prepare("INSERT INTO meeting_attendee (meeting_id, member_id) VALUES (?, ?)")
        for memberID in memberIDs { try attend.execute([meetingID, memberID]) }
        try transaction.audit(
            AuditRecord(
                .create, .meeting, id: String(meetingID),
                "recorded meeting \(meetingID) of group \(groupID) on \(draft.heldOn) with \(memberIDs.count) attendee(s)"
            ))
        return Meeting(
            id: meetingID, groupID: groupID, heldOn: draft.heldOn, agenda: draft.agenda, minutes: draft.minutes,
            attendeeNIPs: draft.attendees.map(\.digits).reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
    }
}

extension Transaction {
    public var groups: Writing<Groups> { Writing(self, Groups(connection: connection)) }
}
