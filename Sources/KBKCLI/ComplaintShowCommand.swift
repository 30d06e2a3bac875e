import KBKDomain
import KBKPresentation
import KBKStore

extension ComplaintCommands {
    /// What `complaint show` takes to reveal a complainant's identity.
    enum Show {
        static let revealIdentity = Flag("reveal-identity", help: Msg.optReveal)
        static let reason = Option.line("reason", help: Msg.optRevealReason)
    }

    static let show = CommandSpec(
        name: "show", abstract: Msg.complaintShowAbstract, arguments: [ticketArgument],
        options: .of(Show.revealIdentity, Show.reason),
        formats: [.table, .json],
        examples: [
            "kbk complaint show ADU-2026-00012",
            "kbk complaint show ADU-2026-00012 --reveal-identity --reason 'Klarifikasi lapangan atas permintaan Inspektorat'",
        ],
        run: { invocation in
            let format = try invocation.format()
            let ticket = try invocation.parse(invocation.argument(0) ?? "", Ticket.parse)
            let reveal = invocation.isSet(Show.revealIdentity)
            let reason = try invocation.value(Show.reason)
            if reveal && reason == nil { throw invocation.usageError(Msg.revealNeedsReason) }
            if !reveal && reason != nil { throw invocation.usageError(Msg.reasonWithoutReveal) }
            let store = try invocation.openStore(.existing)
            let complaint = try store.complaints.get(ticket)
            let events = try store.complaints.events(of: complaint)
            let improvements = try store.improvements.citing(complaintID: complaint.id)
            let original = try store.complaints.original(of: complaint)
            let duplicates = try store.complaints.duplicates(of: complaint)
            let attachments = try store.complaints.attachments(of: complaint)
            let village = try complaint.villageCode.map { try store.places.get($0) }
            let kecamatan = try village?.kecamatan.map { try store.places.get($0) }
            // A confidential complaint's point is withheld with its description: it may be a door.
            let point = complaint.isDescriptionWithheld ? nil : complaint.coordinates
            if reveal, let reason {
                try store.write { try $0.complaints.recordIdentityReveal(complaint, reason: reason) }
            }
            let now = store.now
            let today = now.date(in: store.timeZone)
            let calendars = try store.holidays.unitCalendars()
            let timeZone = invocation.timeZone
            let records = { @Sendable () -> JSON in
                RecordJSON.complaint(complaint, timeZone: timeZone, today: today, revealIdentity: reveal).adding([
                    ("duplicate_of", original.map { .string($0.description) } ?? .null),
                    ("duplicates", .array(duplicates.map { .string($0.description) })),
                    ("attachments", .array(attachments.map(ComplaintFiles.json))),
                    (
                        "place",
                        .object([
                            ("desa", village.map { .string($0.code) } ?? .null),
                            ("desa_name", village.map { .string($0.name) } ?? .null),
                            ("kecamatan", kecamatan.map { .string($0.code) } ?? .null),
                            ("kecamatan_name", kecamatan.map { .string($0.name) } ?? .null),
                            ("lat", point.map { .double($0.latitude) } ?? .null),
                            ("long", point.map { .double($0.longitude) } ?? .null),
                        ])
                    ),
                    ("timeline", .array(events.map { RecordJSON.event($0, timeZone: timeZone) })),
                    (
                        "improvements",
                        .array(improvements.map(RecordJSON.linkedImprovement))
                    ),
                ])
            }
            let language = invocation.language
            var fields = Fields()
            fields.add(Msg.labelTicket(language), complaint.ticket.description)
            fields.add(Msg.labelReceived(language), LetterDates.instant(complaint.receivedAt, timeZone, language))
            fields.add(
                Msg.labelChannel(language), complaint.channel.label(language) + " / " + complaint.kind.label(language))
            // The category by its name, with the code for `--category`.
            let category = try? store.categories.get(complaint.category.value)
            fields.add(
                Msg.labelCategory(language),
                category.map { "\($0.name) (\(complaint.category))" } ?? complaint.category.value
            )
            // The topic by its name in the reader's language, with the code for `--topic`.
            if let code = complaint.topic {
                let topic = try? store.topics.get(code)
                fields.add(Msg.labelTopic(language), topic.map { "\(TopicLabel.name($0, language)) (\(code))" } ?? code)
            }
            fields.add(Msg.labelMaladministration(language), complaint.maladministration?.label(language))
            fields.add(Msg.labelUnit(language), complaint.unitCode?.value)
            fields.add(Msg.labelAssignedTo(language), complaint.assignedTo?.value)
            fields.add(Msg.labelStatus(language), Msg.statusName(complaint.status)(language))
            if let reason = complaint.rejectionReason {
                fields.add(Text(en: "Rejected because", id: "Alasan penolakan")(language), reason.label(language))
            }
            fields.add(Msg.labelDuplicateOf(language), original?.description)
            fields.add(Msg.labelDuplicates(language), duplicates.map(\.description).joinedOrNil())
            fields.add(Msg.labelSubject(language), complaint.subject)
            fields.add(
                Msg.labelDescription(language),
                complaint.isDescriptionWithheld ? Msg.descriptionWithheld(language) : complaint.description)
            fields.add(Msg.labelLocation(language), complaint.location)
            fields.add(
                Msg.labelVillage(language),
                village.map { village in
                    "\(village.name), \(Msg.kecamatanPrefix(language)) \(kecamatan?.name ?? "?") (\(village.code))"
                })
            fields.add(Msg.labelCoordinates(language), point?.description)
            fields.add(Msg.labelExternalRef(language), complaint.externalReference)
            fields.add(Msg.labelSOP(language), complaint.sopNumber)
            let flags = [
                complaint.isAnonymous ? Msg.flagAnonymous(language) : nil,
                complaint.isConfidential ? Msg.flagConfidential(language) : nil,
            ].compactMap { $0 }
            fields.add(Msg.labelFlags(language), flags.joinedOrNil())
            fields.add(
                Msg.labelAttachments(language),
                attachments.map { Msg.attachmentLine($0)(language) }.joinedOrNil(separator: "; "))
            if complaint.isIdentityWithheld {
                fields.add(Msg.labelComplainant(language), Msg.whistleblowerWithheld(language))
            } else if reveal {
                fields.add(Msg.labelComplainant(language), complaint.complainantName)
                fields.add(Msg.labelContact(language), complaint.complainantContact)
            } else {
                fields.add(Msg.labelComplainant(language), Msg.hiddenIdentity(language))
            }
            for line in ComplaintDueLines.lines(
                complaint, now: now, today: today, calendars: calendars, timeZone: timeZone, language: language)
            {
                fields.add(line.label(language), line.value)
            }
            if let limit = PerpresSettlementLimit.exceeded(by: complaint) {
                fields.add(Msg.labelPerpres(language), Msg.perpresLimit(LetterDates.date(limit, language))(language))
            }
            if let agency = complaint.forwardedTo {
                fields.add(
                    Msg.labelForwarded(language),
                    agency + (complaint.forwardReference.map { " (\($0))" } ?? "")
                        + (complaint.forwardedAt.map { " — " + LetterDates.instant($0, timeZone, language) } ?? ""))
            }
            if complaint.extendedWorkingDays > 0 {
                fields.add(Msg.labelExtended(language), Msg.extendedBy(complaint.extendedWorkingDays)(language))
            }
            if let rating = complaint.rating {
                fields.add(
                    Msg.labelRating(language), "\(rating)/4" + (complaint.ratingComment.map { " — \($0)" } ?? ""))
            }
            var timeline = Tabular(columns: [
                Column(key: "at", header: Msg.labelTime), Column(key: "actor", header: Msg.labelActor),
                Column(key: "action", header: Msg.labelAction), Column(key: "status", header: Msg.labelStatus),
                Column(key: "skpd", header: Msg.labelUnit), Column(key: "visibility", header: Msg.labelVisibility),
                Column(key: "text", header: Msg.labelText),
            ])
            for event in events {
                let status =
                    (event.statusBefore.map { $0.label(language) + " → " } ?? "") + event.statusAfter.label(language)
                let action = ComplaintAction.Kind(rawValue: event.action)?.label(language) ?? event.action
                let unit =
                    event.unitBefore == event.unitAfter
                    ? event.unitAfter : "\(event.unitBefore ?? "-") → \(event.unitAfter ?? "-")"
                // A time typed by hand is a claim: when it was entered is shown beside it.
                var time = LetterDates.tableInstant(event.at, timeZone, language)
                if let entered = event.enteredAt, entered != event.at {
                    time += " " + Msg.enteredAt(LetterDates.tableInstant(entered, timeZone, language))(language)
                }
                timeline.rows.append([
                    .text(time), .text(event.actor), .text(action),
                    .text(status),
                    unit.map(Cell.text) ?? .null,
                    event.text == nil
                        ? .null : .text((event.isPublic ? Msg.visibilityPublic : Msg.visibilityInternal)(language)),
                    EventText.details(
                        event, descriptionWithheld: complaint.isDescriptionWithheld, language
                    )
                    .map(Cell.text) ?? .null,
                ])
            }
            var parts: [CommandOutput] = [.text(fields.render()), .titled(Msg.labelTimeline, .rows(timeline))]
            if !improvements.isEmpty {
                let lines = improvements.map { "  \($0.id)  \($0.title) (\($0.stage.label(language)))" }
                parts.append(.titled(Msg.labelImprovements, .lines(lines)))
            }
            return .records(records, shown: .sections(parts))
        })
}
