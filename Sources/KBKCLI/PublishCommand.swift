import KBKDigest
import KBKDomain
import KBKPresentation
import KBKStore

/// `kbk publish`: the government's complaints for the province, without personal data, as a bundle
/// `kbk-province load` reads (the format is `ProvinceBundle`'s, described in docs/PROVINCE.md).
enum PublishCommand {
    static let since = Flag("since", help: Msg.optPublishSince)

    static let spec = CommandSpec(
        name: "publish", abstract: Msg.publishAbstract, discussion: Msg.publishDiscussion,
        options: .of(CommonOptions.output, CommonOptions.force, since),
        examples: [
            "kbk publish --output purbalingga-2026-12.kbkp",
            "kbk publish --since --output purbalingga-2026-12-14.kbkp",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws -> CommandOutput {
        let wantsSince = invocation.isSet(since)
        try invocation.checkOutputTarget()
        let store = try invocation.openStore(.existing)
        try store.require(.publish)
        let region = try store.settings.text(.organisationRegion)
        guard !region.isEmpty else { throw CommandFailure(exitCode: .configuration, message: Msg.publishWithoutRegion) }
        let earlier = try store.publications.list()
        let previous = earlier.last
        let sinceEntry: Int64?
        if wantsSince {
            guard let previous else {
                throw CommandFailure(exitCode: .dataError, message: Msg.publishSinceWithoutEarlier)
            }
            guard previous.regionCode == region else {
                throw CommandFailure(
                    exitCode: .dataError, message: Msg.publishSinceOtherRegion(previous.regionCode, region))
            }
            sinceEntry = previous.head.entry
        } else {
            sinceEntry = nil
        }
        let government = try store.settings.text(.organisationName)
        let bundle = try store.publications.reading { reader in
            try ProvinceBundleWriter.write(
                reader: reader, region: region, government: government, earlier: earlier, sinceEntry: sinceEntry,
                publishedAt: store.now, today: store.today, timeZone: invocation.timeZone)
        }
        let kind: ProvinceBundle.Kind = sinceEntry == nil ? .full : .since
        let file = try invocation.outputFile()
        let path = try invocation.writeOutput(bundle.text) { place in
            try store.write { transaction in
                try transaction.publications.record(
                    kind: kind, regionCode: region, head: bundle.head, sinceEntry: sinceEntry,
                    complaints: bundle.complaints, digest: bundle.digest, file: file)
                try place()
            }
        }
        // The bundle is the output, to its file or standard output: what was written goes to standard error.
        invocation.context.stderr.write(
            Msg.published(kind.rawValue, bundle.complaints, bundle.head.entry, path)(invocation.language) + "\n")
        return .nothing
    }
}

/// Writes a bundle: the header line, then a line per unit and per complaint.
enum ProvinceBundleWriter {
    struct Written {
        let text: String
        let head: AuditMark
        let complaints: Int
        let units: Int
        let digest: String
    }

    static func write(
        reader: PublicationReader, region: String, government: String, earlier: [PublicationRecord],
        sinceEntry: Int64?, publishedAt: Timestamp, today: CivilDate, timeZone: UTCOffset
    ) throws -> Written {
        let origin = try reader.identity()
        guard let head = try reader.head() else {
            throw CommandFailure(exitCode: .dataError, message: Msg.publishWithoutTrail)
        }
        var body: [UInt8] = []
        body.reserveCapacity(1 << 20)
        let units = try reader.units()
        for unit in units {
            line(
                .object([
                    (
                        "unit",
                        .object([
                            ("code", .string(unit.code)), ("name", .string(unit.name)), ("kind", .string(unit.kind)),
                            ("parent", JSON.optional(unit.parent)), ("formed_on", date(unit.formedOn)),
                            ("ended_on", date(unit.endedOn)),
                        ])
                    )
                ]), to: &body)
        }
        var complaints = 0
        var earliest: CivilDate?
        try reader.forEachComplaint(changedAfter: sinceEntry, timeZone: timeZone) { complaint in
            complaints += 1
            earliest = min(earliest ?? complaint.receivedOn, complaint.receivedOn)
            line(.object([("complaint", record(complaint))]), to: &body)
        }
        let digest = SHA256.hexDigest(body)
        // Each earlier bundle's head with the hash its entry has in the trail now: the province
        // finds the head it holds among them, or learns that the trail was rewritten since.
        var chain: [JSON] = []
        for publication in earlier {
            let now = try reader.hash(ofEntry: publication.head.entry)
            chain.append(.object([("entry", .int(Int(publication.head.entry))), ("hash", JSON.optional(now))]))
        }
        let from: CivilDate =
            sinceEntry == nil ? (earliest ?? today) : (earlier.last?.publishedAt.date(in: timeZone) ?? today)
        let sinceMark: JSON =
            try sinceEntry.map { entry in
                .object([("entry", .int(Int(entry))), ("hash", JSON.optional(try reader.hash(ofEntry: entry)))])
            } ?? .null
        let header = JSON.object([
            ("format", .string(ProvinceBundle.format)), ("version", .int(ProvinceBundle.version)),
            ("kind", .string(sinceEntry == nil ? "full" : "since")), ("region_code", .string(region)),
            ("government", .string(government.isEmpty ? region : government)),
            ("utc_offset", .string(timeZone.description)), ("published_at", .string(publishedAt.utcString)),
            ("period", .object([("from", .string(from.description)), ("to", .string(today.description))])),
            ("origin", .object([("database", .string(origin))])),
            ("head", .object([("entry", .int(Int(head.entry))), ("hash", .string(head.hash))])),
            ("since", sinceMark), ("earlier", .array(chain)),
            ("units", .int(units.count)), ("complaints", .int(complaints)),
            ("state_columns", .array(ProvinceBundle.stateColumns.map { .string($0) })),
            ("digest", .string(digest)),
        ])
        var text = header.serialized(pretty: false)
        text += "\n"
        text += String(decoding: body, as: UTF8.self)
        return Written(text: text, head: head, complaints: complaints, units: units.count, digest: digest)
    }

    private static func line(_ json: JSON, to out: inout [UInt8]) {
        out.append(contentsOf: json.serialized(pretty: false).utf8)
        out.append(UInt8(ascii: "\n"))
    }

    private static func date(_ day: CivilDate?) -> JSON { JSON.optional(day?.description) }

    private static func record(_ complaint: PublishedComplaint) -> JSON {
        let states: [JSON] = complaint.states.map { state in
            let standing = state.standing
            return .array([
                JSON.optional(state.from?.utcString), .string(state.status.rawValue), JSON.optional(state.unit),
                .string(standing.cohort.rawValue), .bool(standing.followedUp), .bool(standing.followedUpOnTime),
                .bool(standing.settled), .bool(standing.settledOnTime), .bool(standing.closedWithoutSettlement),
                .bool(standing.reopened), .bool(standing.extended), .bool(standing.open),
            ])
        }
        return .object([
            ("ticket", .string(complaint.ticket)), ("received_at", .string(complaint.receivedAt.utcString)),
            ("received_on", .string(complaint.receivedOn.description)), ("channel", .string(complaint.channel)),
            ("kind", .string(complaint.kind)), ("category", .string(complaint.category)),
            ("topic", JSON.optional(complaint.topic)), ("kecamatan", JSON.optional(complaint.kecamatan)),
            ("desa", JSON.optional(complaint.desa)), ("unit", JSON.optional(complaint.unit)),
            ("status", .string(complaint.status.rawValue)), ("handed_over_on", date(complaint.handedOverOn)),
            ("first_response_on", date(complaint.firstResponseOn)), ("settled_on", date(complaint.settledOn)),
            ("reopen_count", .int(complaint.reopenCount)), ("rating", complaint.rating.map { .int($0) } ?? .null),
            ("verify_due", date(complaint.verifyDue)), ("respond_due", date(complaint.respondDue)),
            ("settle_due", date(complaint.settleDue)), ("states", .array(states)),
        ])
    }
}
