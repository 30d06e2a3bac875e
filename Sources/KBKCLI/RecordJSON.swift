import KBKDomain
import KBKStore

/// The JSON shape of each record: the stable contract for scripts (English snake_case keys).
enum RecordJSON {
    static func date(_ date: CivilDate?) -> JSON { date.map { .string($0.description) } ?? .null }
    static func int(_ value: Int?) -> JSON { value.map(JSON.int) ?? .null }

    static func unit(_ unit: Unit, today: CivilDate) -> JSON {
        .object([
            ("code", .string(unit.code)),
            ("name", .string(unit.name)),
            ("kind", .string(unit.kind.rawValue)),
            ("official_code", .optional(unit.officialCode)),
            ("parent", .optional(unit.parentCode)),
            ("staff", int(unit.staffCount)),
            ("head_name", .optional(unit.headName)),
            ("head_nip", .optional(unit.headNIP)),
            ("active", .bool(unit.isActive(on: today))),
            ("deactivated_on", date(unit.deactivatedOn)),
            ("successor", .optional(unit.successorCode)),
        ])
    }

    static func group(_ group: Group, today: CivilDate) -> JSON {
        .object([
            ("id", .int(Int(group.id))),
            ("skpd", .string(group.unitCode)),
            ("name", .string(group.name)),
            ("decree_number", .optional(group.decreeNumber)),
            ("decree_date", date(group.decreeDate)),
            ("formed_on", date(group.formedOn)),
            ("focus", .optional(group.focus)),
            ("active", .bool(group.period.contains(today))),
            ("dissolved_on", date(group.dissolvedOn)),
        ])
    }

    static func member(_ member: Membership) -> JSON {
        .object([
            ("group_id", .int(Int(member.groupID))),
            ("nip", .string(member.nip)),
            ("name", .string(member.name)),
            ("role", .string(member.role.rawValue)),
            ("since", date(member.since)),
            ("until", date(member.until)),
        ])
    }

    static func meeting(_ meeting: Meeting) -> JSON {
        .object([
            ("id", .int(Int(meeting.id))),
            ("group_id", .int(Int(meeting.groupID))),
            ("held_on", date(meeting.heldOn)),
            ("agenda", .optional(meeting.agenda)),
            ("minutes", .optional(meeting.minutes)),
            ("attendees", .array(meeting.attendeeNIPs.map(JSON.string))),
        ])
    }

    static func sopRevision(_ revision: SOPRevision, isCurrent: Bool) -> JSON {
        let content = revision.content
        return .object([
            ("revision", .int(revision.revision)),
            ("status", .string(isCurrent ? "current" : "superseded")),
            ("title", .string(content.title)),
            ("service", .optional(content.service)),
            ("legal_basis", .optional(content.legalBasis)),
            ("made_on", date(content.madeOn)),
            ("revised_on", date(revision.revisedOn)),
            ("effective_on", date(content.effectiveOn)),
            ("approved_by_name", .optional(content.approvedByName)),
            ("approved_by_nip", .optional(content.approvedByNIP)),
            ("service_days", int(content.serviceDays)),
        ])
    }

    static func sop(_ sop: SOP, today: CivilDate) -> JSON {
        let current = sop.current
        return .object([
            ("number", .string(sop.number)),
            ("skpd", .string(sop.unitCode)),
            ("title", .string(current.content.title)),
            ("revision", .int(current.revision)),
            ("effective_on", date(current.content.effectiveOn)),
            ("service_days", int(current.content.serviceDays)),
            ("review_months", .int(sop.reviewMonths)),
            ("next_review_due", sop.isActive(on: today) ? date(sop.nextReviewDue) : .null),
            ("status", .string(sop.isActive(on: today) ? "active" : "revoked")),
            ("revoked_on", date(sop.revokedOn)),
            ("revisions", .array(sop.revisions.map { sopRevision($0, isCurrent: $0.revision == current.revision) })),
            ("reviews", .array(sop.reviews.map { review in
                .object([
                    ("reviewed_on", date(review.reviewedOn)),
                    ("outcome", .string(review.outcome.rawValue)),
                    ("note", .optional(review.note)),
                    ("reviewer_nip", .optional(review.reviewerNIP)),
                ])
            })),
        ])
    }
}

extension JSON {
    /// Appends members to an object.
    func adding(_ members: [(String, JSON)]) -> JSON {
        guard case .object(let existing) = self else { return self }
        return .object(existing + members)
    }
}
