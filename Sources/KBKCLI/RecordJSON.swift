import KBKDomain
import KBKPresentation
import KBKStore
import KBKTransfer

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
            ("working_week", .int(unit.workingWeek.rawValue)),
            ("head_name", .optional(unit.headName)),
            ("head_nip", .optional(unit.headNIP)),
            ("active", .bool(unit.isActive(on: today))),
            ("formed_on", date(unit.formedOn)),
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
            ("section", .optional(group.section)),
            ("section_head_name", .optional(group.sectionHeadName)),
            ("section_head_nip", .optional(group.sectionHeadNIP)),
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
            (
                "reviews",
                .array(
                    sop.reviews.map { review in
                        .object([
                            ("reviewed_on", date(review.reviewedOn)),
                            ("outcome", .string(review.outcome.rawValue)),
                            ("note", .optional(review.note)),
                            ("reviewer_nip", .optional(review.reviewerNIP)),
                        ])
                    })
            ),
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

extension RecordJSON {
    static func instant(_ value: Timestamp?, _ timeZone: UTCOffset) -> JSON {
        value.map { .string($0.iso8601(in: timeZone)) } ?? .null
    }

    /// A complaint without the complainant's identity unless `revealIdentity`; in lists a confidential
    /// complaint's description is left out too, and everywhere when the store withheld it from the reader.
    static func complaint(
        _ complaint: Complaint, timeZone: UTCOffset, today: CivilDate, revealIdentity: Bool = false,
        inList: Bool = false
    ) -> JSON {
        let running = complaint.runningDeadline
        var members: [(String, JSON)] = [
            ("ticket", .code(complaint.ticket)),
            ("received_at", instant(complaint.receivedAt, timeZone)),
            ("channel", .string(complaint.channel.rawValue)),
            ("kind", .string(complaint.kind.rawValue)),
            ("category", .code(complaint.category)),
            ("topic", .optional(complaint.topic)),
            ("maladministration", .optional(complaint.maladministration?.rawValue)),
            ("subject", .string(complaint.subject)),
            (
                "description",
                (inList && complaint.isConfidential) || complaint.isDescriptionWithheld
                    ? .null : .string(complaint.description)
            ),
            ("location", .optional(complaint.location)),
            ("external_ref", .optional(complaint.externalReference)),
            ("sop", .optional(complaint.sopNumber)),
            ("anonymous", .bool(complaint.isAnonymous)),
            ("confidential", .bool(complaint.isConfidential)),
            ("skpd", .code(complaint.unitCode)),
            ("assigned_to", .code(complaint.assignedTo)),
            ("status", .string(complaint.status.rawValue)),
            ("verify_due", date(complaint.due.verify)),
            ("respond_due", date(complaint.due.respond)),
            ("respond_by", complaint.due.respondBy.map { .string($0.iso8601(in: timeZone)) } ?? .null),
            ("settle_due", date(complaint.due.settle)),
            ("perpres_limit", date(PerpresSettlementLimit.exceeded(by: complaint))),
            ("running_deadline", running.map { .string($0.stage.rawValue) } ?? .null),
            ("running_due", date(running?.due)),
            ("overdue", .bool(complaint.isOverdue(on: today))),
            ("held_working_days", .int(complaint.heldWorkingDays)),
            ("verify_held_working_days", .int(complaint.verifyHeldWorkingDays)),
            ("extended_working_days", .int(complaint.extendedWorkingDays)),
            ("forwarded_to", .optional(complaint.forwardedTo)),
            ("forward_reference", .optional(complaint.forwardReference)),
            ("verified_at", instant(complaint.verifiedAt, timeZone)),
            ("first_response_at", instant(complaint.firstResponseAt, timeZone)),
            ("first_response_on_time", complaint.firstResponseOnTime.map(JSON.bool) ?? .null),
            ("resolved_at", instant(complaint.resolvedAt, timeZone)),
            ("settled_on_time", complaint.settledOnTime.map(JSON.bool) ?? .null),
            ("closed_at", instant(complaint.closedAt, timeZone)),
            ("rejected_at", instant(complaint.rejectedAt, timeZone)),
            ("rejection_reason", .optional(complaint.rejectionReason?.rawValue)),
            ("reopen_count", .int(complaint.reopenCount)),
            ("rating", int(complaint.rating)),
            ("rating_comment", .optional(complaint.ratingComment)),
        ]
        // A whistle-blower withheld from the reader is never revealed, whatever the caller asked.
        if revealIdentity && !complaint.isIdentityWithheld {
            members.append(
                (
                    "complainant",
                    .object([
                        ("name", .optional(complaint.complainantName)),
                        ("contact", .optional(complaint.complainantContact)),
                    ])
                ))
        }
        return .object(members)
    }

    static func event(_ event: ComplaintEvent, timeZone: UTCOffset) -> JSON {
        .object(eventMembers(event, timeZone: timeZone))
    }

    static func eventMembers(_ event: ComplaintEvent, timeZone: UTCOffset) -> [(String, JSON)] {
        [
            ("at", instant(event.at, timeZone)),
            ("entered_at", event.enteredAt.map { instant($0, timeZone) } ?? .null),
            ("actor", .string(event.actor)),
            ("action", .string(event.action)),
            ("status_before", .optional(event.statusBefore?.rawValue)),
            ("status_after", .string(event.statusAfter.rawValue)),
            ("skpd_before", .optional(event.unitBefore)),
            ("skpd_after", .optional(event.unitAfter)),
            ("text", .optional(event.text)),
            ("public", .bool(event.isPublic)),
            ("assignee", .optional(event.assignee)),
            ("working_days", event.workingDays.map { .int($0) } ?? .null),
            ("field", .optional(event.field)),
            ("value_before", .optional(event.valueBefore)),
            ("value_after", .optional(event.valueAfter)),
        ]
    }

    static func category(_ category: Category) -> JSON {
        .object([
            ("code", .string(category.code)),
            ("name", .string(category.name)),
            ("verify_days", .int(category.deadlines.verifyDays)),
            ("respond_days", .int(category.deadlines.respondDays)),
            ("respond_hours", category.deadlines.respondHours.map { .int($0) } ?? .null),
            ("settle_days", .int(category.deadlines.settleDays)),
            ("extension_days", .int(category.extensionDays)),
            ("in_use", .bool(category.isInUse)),
            ("replaced_by", .optional(category.replacedBy)),
            ("source", .optional(category.source)),
        ])
    }

    /// An improvement action as a complaint or an SOP names it: its id, title and stage.
    static func linkedImprovement(_ improvement: Improvement) -> JSON {
        .object([
            ("id", .int(Int(improvement.id))), ("title", .string(improvement.title)),
            ("stage", .string(improvement.stage.rawValue)),
        ])
    }

    static func improvement(_ improvement: Improvement, today: CivilDate) -> JSON {
        .object([
            ("id", .int(Int(improvement.id))), ("group_id", .int(Int(improvement.groupID))),
            ("skpd", .string(improvement.unitCode)),
            ("title", .string(improvement.title)), ("problem", .optional(improvement.problem)),
            ("target", .optional(improvement.target)),
            ("due_on", date(improvement.dueOn)), ("stage", .string(improvement.stage.rawValue)),
            ("started_on", date(improvement.startedOn)),
            ("finished_on", date(improvement.finishedOn)),
            ("overdue", .bool(improvement.isOverdue(on: today))),
            (
                "stages",
                .array(
                    improvement.stages.map {
                        .object([
                            ("stage", .string($0.stage.rawValue)), ("on", .string($0.on.description)),
                            ("actor", .string($0.actor)), ("note", .optional($0.note)),
                        ])
                    })
            ),
            ("complaints", .array(improvement.complaintTickets.map(JSON.string))),
            ("sops", .array(improvement.sopNumbers.map(JSON.string))),
            (
                "survey_elements",
                .array(
                    improvement.surveyElements.map {
                        .object([
                            ("survey_id", .int(Int($0.surveyID))), ("element", .string($0.code)),
                            ("linked_on", .string($0.linkedOn.description)),
                        ])
                    })
            ),
        ])
    }

    static func survey(_ survey: Surveys.Survey) -> JSON {
        let score = survey.score
        return .object([
            ("id", .int(Int(survey.id))), ("skpd", .string(survey.unitCode)), ("period", .string(survey.period.label)),
            ("from", .string(survey.period.from.description)), ("to", .string(survey.period.to.description)),
            ("service", .optional(survey.service)),
            ("respondents", .int(score.respondents)),
            ("population", int(survey.population)),
            ("sample_needed", int(survey.population.map { IKMScore.krejcieMorganSample(population: $0) })),
            ("element_averages", .array((0..<9).map { .double(score.average($0)) })),
            ("ikm", .double(score.index)), ("converted", .double(score.converted)),
            ("grade", .string(score.grade.rawValue)), ("grade_label", .string(score.grade.label)),
            ("weakest_element", .string(IKMScore.elementNames[score.weakestElement])),
        ])
    }
}

extension RecordJSON {
    static func holiday(_ holiday: Holiday) -> JSON {
        .object([
            ("date", .string(holiday.date.description)), ("name", .string(holiday.name)),
            ("kind", .string(holiday.kind.rawValue)), ("source", .optional(holiday.source)),
        ])
    }

    /// An exported event: the timeline's event under its complaint's ticket, with what a replay needs.
    static func exportedEvent(_ exported: ExportedEvent, timeZone: UTCOffset) -> JSON {
        let action = exported.action
        return .object(
            [("ticket", .string(exported.ticket))] + eventMembers(exported.event, timeZone: timeZone) + [
                ("category", action == "verify" ? .string(exported.category) : .null),
                ("rating", action == "close" ? int(exported.rating) : .null),
                ("rejection_reason", action == "reject" ? .optional(exported.rejectionReason) : .null),
                ("agency", action == "forward" ? .optional(exported.agency) : .null),
                ("agency_reference", action == "forward" ? .optional(exported.agencyReference) : .null),
            ])
    }

    /// `kbk export KIND --format json`: every record of a kind in the shape `list` and `show` print, so
    /// a script reads one schema per kind wherever the records come from. The CSV form is the import's.
    static func records(of kind: TransferKind, in store: Store, personalData: Bool) throws -> [JSON] {
        let today = store.today
        let timeZone = store.timeZone
        switch kind {
        case .lapor:
            // LAPOR!'s own record shape: its column names, as the CSV form has them.
            let table = try Exporter(store: store).export(.lapor, personalData: personalData)
            return table.rows.map { row in .object(zip(table.columns, row).map { ($0, JSON.optional($1)) }) }
        case .holidays:
            return try store.holidays.list(year: nil).map(holiday)
        case .categories:
            return try store.categories.list().map(category)
        case .topics:
            return try store.topics.list().map(topic)
        case .skpd:
            return try store.units.list(includeInactive: true, kind: nil, today: today).map { unit($0, today: today) }
        case .targets:
            return try store.targets.list(year: nil, units: nil).map(target)
        case .sops:
            return try store.sops.list(unit: nil, status: .all, reviewDue: false, today: today).map {
                sop($0, today: today)
            }
        case .groups:
            return try store.groups.list(unit: nil, includeDissolved: true, today: today).map {
                group($0.group, today: today)
            }
        case .members:
            return try store.exports.memberships().map(member)
        case .meetings:
            return try store.exports.meetings().map(meeting)
        case .complaints:
            return try store.exports.complaints().map {
                complaint(
                    $0, timeZone: timeZone, today: today, revealIdentity: personalData && $0.identityMayLeave,
                    inList: !personalData)
            }
        case .events:
            return try store.exports.events().map { exportedEvent($0, timeZone: timeZone) }
        case .places:
            return try store.places.list().map(PlaceCommands.json)
        case .attachments:
            return try store.complaints.exportedAttachments(personalData: personalData).map { exported in
                guard case .object(let fields) = ComplaintFiles.json(exported.attachment) else { return .null }
                return .object(
                    [("ticket", .string(exported.ticket)), ("event", .int(exported.eventNumber))] + fields + [
                        ("file", .string(Exporter.bundlePath(exported.attachment, personalData: personalData)))
                    ])
            }
        case .improvements:
            return try store.improvements.list(group: nil, unit: nil, stage: nil, overdueOnly: false, today: today)
                .sorted { $0.id < $1.id }.map { improvement($0, today: today) }
        case .ikm:
            return try store.surveys.list(unit: nil, overlapping: nil).sorted { $0.id < $1.id }.map(survey)
        case .coordination:
            return try store.coordination.list(year: nil).map { coordination($0, today: today) }
        case .actions:
            return try store.coordination.actions(owners: nil, openOnly: false).sorted { $0.id < $1.id }.map {
                coordinationAction($0, today: today)
            }
        case .rbk:
            return try store.rbks.list(group: nil).sorted { $0.id < $1.id }.map(rbk)
        case .culture:
            return try store.assessments.list(year: nil).map(assessment)
        }
    }
}
