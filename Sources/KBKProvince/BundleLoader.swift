import KBKDigest
import KBKDomain
import KBKFiles
import KBKPresentation
import PostgresDB

/// A bundle file as read from disk: its header line and the rows after it, with their digests.
struct BundleFile {
    let path: String
    let header: String
    /// SHA-256 of the header's line: a bundle's identity (it names the moment it was published).
    let headerDigest: String
    let body: ArraySlice<UInt8>
    let bodyDigest: String

    /// Bundles are as large as a government's history; one of 4 GiB is no bundle.
    static let cap = 4 << 30

    static func read(_ path: String) throws -> BundleFile {
        let file = try InputFile(path)
        defer { file.close() }
        let bytes = try file.readAll(cap: cap)
        guard let end = bytes.firstIndex(of: UInt8(ascii: "\n")),
            let header = String(validating: bytes[..<end], as: UTF8.self)
        else {
            throw ProvinceRefusal.notABundle(file: path, defect: .noHeader)
        }
        let body = bytes[(end + 1)...]
        return BundleFile(
            path: path, header: header, headerDigest: SHA256.hexDigest(Array(bytes[..<end])), body: body,
            bodyDigest: SHA256.hexDigest(Array(body)))
    }
}

/// The header's fields, read by PostgreSQL's JSON parser and checked by kbk's own parsers.
struct BundleHeader {
    var kind: ProvinceBundle.Kind
    var region: String
    var government: String
    var utcOffset: UTCOffset
    var publishedAt: Timestamp
    var periodFrom: CivilDate
    var periodTo: CivilDate
    /// The database the bundle comes from (kbk's `database_identity`).
    var origin: String
    var head: AuditMark
    var since: AuditMark?
    /// Each earlier bundle's head entry with the hash the trail holds for it now (nil: no such entry).
    var earlier: [Int64: String?]
    var units: Int
    var complaints: Int
    var digest: String
}

extension BundleHeader {
    /// Whether the trail the bundle comes from still holds `mark` as the province received it: it
    /// is the bundle's own head, or an earlier bundle's head whose entry has the same hash now.
    func holds(_ mark: AuditMark) -> Bool {
        if head == mark { return true }
        guard let current = earlier[mark.entry] else { return false }
        return current == mark.hash
    }
}

/// Loads one bundle in one transaction: checks it against what the province holds of its
/// government, then replaces (full) or amends (since) that government's rows.
struct BundleLoader {
    let connection: PGConnection
    let bundle: BundleFile

    func header() throws -> BundleHeader {
        let file = bundle.path
        func defect(_ defect: BundleDefect) -> ProvinceRefusal { .notABundle(file: file, defect: defect) }
        let rows: PGRows
        let earlierRows: PGRows
        do {
            let json = [bundle.header]
            rows = try connection.query(
                """
                SELECT h->>'format', h->>'version', h->>'kind', h->>'region_code', h->>'government', h->>'utc_offset',
                       h->>'published_at', h#>>'{period,from}', h#>>'{period,to}', h#>>'{origin,database}',
                       h#>>'{head,entry}', h#>>'{head,hash}', h#>>'{since,entry}', h#>>'{since,hash}',
                       h->>'units', h->>'complaints', h->>'digest', h->'state_columns' = $2::jsonb
                FROM (SELECT $1::jsonb AS h) header
                WHERE jsonb_typeof(h) = 'object'
                """, json + [Self.stateColumnsJSON])
            earlierRows = try connection.query(
                """
                SELECT e->>'entry', e->>'hash' FROM jsonb_array_elements(
                    CASE WHEN jsonb_typeof($1::jsonb->'earlier') = 'array' THEN $1::jsonb->'earlier' ELSE '[]' END) e
                """, json)
        } catch {
            throw defect(.headerNotJSON)
        }
        guard let row = rows.first?.values else { throw defect(.headerNotJSON) }
        guard row[0] == ProvinceBundle.format else { throw defect(.otherFormat) }
        guard Int(row[1] ?? "") == ProvinceBundle.version else { throw defect(.version(row[1] ?? "")) }
        guard row[17] == "t" else { throw defect(.stateColumns) }
        func field(_ index: Int, _ name: String) throws -> String {
            guard let value = row[index], !value.isEmpty else { throw defect(.field(name, "")) }
            return value
        }
        func parsed<T>(_ index: Int, _ name: String, _ parse: (String) throws -> T) throws -> T {
            let text = try field(index, name)
            do {
                return try parse(text)
            } catch {
                throw defect(.field(name, String(text.prefix(40))))
            }
        }
        func count(_ index: Int, _ name: String) throws -> Int {
            try parsed(index, name) { text in
                guard let value = Int(text), value >= 0 else { throw defect(.field(name, text)) }
                return value
            }
        }
        func mark(_ entryIndex: Int, _ name: String) throws -> AuditMark {
            AuditMark(
                entry: try parsed(entryIndex, name + ".entry") { text in
                    guard let value = Int64(text), value > 0 else { throw defect(.field(name, text)) }
                    return value
                },
                hash: try parsed(entryIndex + 1, name + ".hash", Self.hexDigest))
        }
        var earlier: [Int64: String?] = [:]
        for item in earlierRows {
            guard let entry = item[0].flatMap({ Int64($0) }), entry > 0 else {
                throw defect(.field("earlier", item[0] ?? ""))
            }
            earlier[entry] = try item[1].map { hash in
                do { return try Self.hexDigest(hash) } catch { throw defect(.field("earlier", hash)) }
            }
        }
        let kind = try parsed(2, "kind") { text in
            guard let kind = ProvinceBundle.Kind(rawValue: text) else { throw defect(.field("kind", text)) }
            return kind
        }
        let from = try parsed(7, "period.from") { try CivilDate.parse($0) }
        let to = try parsed(8, "period.to") { try CivilDate.parse($0) }
        guard from <= to else { throw defect(.field("period", "\(from)..\(to)")) }
        return BundleHeader(
            kind: kind, region: try parsed(3, "region_code") { try RegionCode.parse($0) },
            government: try parsed(4, "government") { try TextRules.name($0, field: "government") },
            utcOffset: try parsed(5, "utc_offset") { try UTCOffset.parse($0) },
            publishedAt: try parsed(6, "published_at") { try Timestamp.parse($0) }, periodFrom: from, periodTo: to,
            origin: try parsed(9, "origin") { text in
                guard text.utf8.count == 32, text.utf8.allSatisfy({ Self.isHex($0) }) else {
                    throw defect(.field("origin", text))
                }
                return text
            },
            head: try mark(10, "head"), since: kind == .since ? try mark(12, "since") : nil, earlier: earlier,
            units: try count(14, "units"), complaints: try count(15, "complaints"),
            digest: try parsed(16, "digest", Self.hexDigest))
    }

    static let stateColumnsJSON = "[" + ProvinceBundle.stateColumns.map { "\"\($0)\"" }.joined(separator: ",") + "]"

    static func isHex(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) }

    /// A SHA-256 in lower-case hex, as kbk writes every hash.
    static func hexDigest(_ text: String) throws -> String {
        guard text.utf8.count == 64, text.utf8.allSatisfy(isHex) else { throw BundleHashError() }
        return text
    }

    struct BundleHashError: Error {}

    func load(acceptRewrite reason: String?) throws -> ProvinceLoad {
        let file = bundle.path
        let header = try header()
        guard header.digest == bundle.bodyDigest else {
            throw ProvinceRefusal.digestMismatch(file: file, stated: header.digest, computed: bundle.bodyDigest)
        }
        if reason != nil && header.kind == .since { throw ProvinceRefusal.rewriteNeedsFull(file: file) }
        var result = ProvinceLoad(
            file: file, outcome: .loaded, regionCode: header.region, government: header.government,
            kind: header.kind.rawValue, complaints: header.complaints, headEntry: header.head.entry)
        let offset = String(header.utcOffset.seconds) + " seconds"
        try connection.transaction {
            // One database sends under one code: checked before this code's row is taken.
            let elsewhere = try connection.query(
                "SELECT region_code FROM government WHERE origin = $1 AND region_code <> $2",
                [header.origin, header.region])
            if let other = elsewhere.first?[0] {
                throw ProvinceRefusal.originUnderOtherCode(file: file, region: header.region, other: other)
            }
            // The government's row is the lock: bundles of one government load one after another,
            // those of different governments side by side.
            _ = try connection.command(
                """
                INSERT INTO government (region_code, name, utc_offset, origin) VALUES ($1, $2, $3::interval, $4)
                ON CONFLICT (region_code) DO NOTHING
                """, [header.region, header.government, offset, header.origin])
            let known = try connection.query(
                "SELECT origin FROM government WHERE region_code = $1 FOR UPDATE", [header.region])
            var rewritten = false
            if known.first?[0] != header.origin {
                guard reason != nil else { throw ProvinceRefusal.otherOrigin(file: file, region: header.region) }
                rewritten = true
            }
            let loadedBefore = try connection.query(
                """
                SELECT b.id = (SELECT max(id) FROM bundle WHERE region_code = $1)
                FROM bundle b WHERE b.region_code = $1 AND b.header_digest = $2
                """, [header.region, bundle.headerDigest])
            if let isLast = loadedBefore.first?[0] {
                guard isLast == "t" else { throw try replayed(header) }
                result.outcome = .alreadyLoaded
                return
            }
            let last = try connection.query(
                """
                SELECT head_entry, head_hash,
                       header->'earlier' @> jsonb_build_array(jsonb_build_object('entry', $2::bigint, 'hash', $3::text))
                FROM bundle WHERE region_code = $1 ORDER BY id DESC LIMIT 1
                """, [header.region, String(header.head.entry), header.head.hash])
            if !rewritten, let row = last.first, let entry = row[0].flatMap({ Int64($0) }), let hash = row[1] {
                let held = AuditMark(entry: entry, hash: hash)
                // The bundle the province holds had this bundle's head behind it: an old bundle of the
                // same history, whatever clock either was published by.
                let isOld = row[2] == "t" && header.head != held
                if let since = header.since {
                    if since != held {
                        if isOld { throw try replayed(header) }
                        // Later than the held bundle and from the same history: one in between is missing.
                        if since.entry > held.entry && header.holds(held) {
                            throw ProvinceRefusal.gap(
                                file: file, region: header.region, held: held.entry, since: since.entry)
                        }
                        throw ProvinceRefusal.rewritten(file: file, region: header.region, held: held.entry)
                    }
                } else if !header.holds(held) {
                    if isOld { throw try replayed(header) }
                    guard reason != nil else {
                        throw ProvinceRefusal.rewritten(file: file, region: header.region, held: held.entry)
                    }
                    rewritten = true
                }
            } else if last.isEmpty && header.kind == .since {
                throw ProvinceRefusal.sinceWithoutBase(file: file, region: header.region)
            }
            try apply(header)
            if rewritten { result.outcome = .acceptedRewrite }
            _ = try connection.command(
                "UPDATE government SET name = $2, utc_offset = $3::interval, origin = $4 WHERE region_code = $1",
                [header.region, header.government, offset, header.origin])
            _ = try connection.command(
                """
                INSERT INTO bundle (region_code, header_digest, kind, published_at, period_from, period_to, head_entry,
                                    head_hash, since_entry, digest, complaints, rewrite_reason, header)
                VALUES ($1, $2, $3, $4::timestamptz, $5::date, $6::date, $7::bigint, $8, $9::bigint, $10,
                        $11::integer, $12, $13::jsonb)
                """,
                [
                    header.region, bundle.headerDigest, header.kind.rawValue, header.publishedAt.utcString,
                    header.periodFrom.description, header.periodTo.description, String(header.head.entry),
                    header.head.hash, header.since.map { String($0.entry) }, header.digest, String(header.complaints),
                    rewritten ? reason : nil, bundle.header,
                ])
        }
        return result
    }

    private func replayed(_ header: BundleHeader) throws -> ProvinceRefusal {
        let held = try connection.query(
            "SELECT head_entry FROM bundle WHERE region_code = $1 ORDER BY id DESC LIMIT 1", [header.region])
        return .replayed(
            file: bundle.path, region: header.region, held: held.first?[0].flatMap { Int64($0) } ?? 0,
            head: header.head.entry)
    }

    /// Copies the rows into a staging table as PostgreSQL's JSON, checks their count against the
    /// header, and writes them into the government's tables.
    private func apply(_ header: BundleHeader) throws {
        try connection.execute("CREATE TEMP TABLE staging (line jsonb NOT NULL) ON COMMIT DROP")
        try connection.copyIn("COPY staging (line) FROM STDIN") { writer in try writer.sendLines(bundle.body) }
        let counts = try connection.query(
            """
            SELECT count(*) FILTER (WHERE jsonb_typeof(line->'unit') = 'object'),
                   count(*) FILTER (WHERE jsonb_typeof(line->'complaint') = 'object'), count(*),
                   count(*) FILTER (WHERE jsonb_typeof(line->'complaint') = 'object'
                                    AND (jsonb_typeof(line->'complaint'->'states') <> 'array'
                                         OR jsonb_array_length(line->'complaint'->'states') = 0))
            FROM staging
            """)
        let numbers = (0..<4).map { Int(counts.first?[$0] ?? "") ?? -1 }
        guard numbers[0] == header.units, numbers[1] == header.complaints, numbers[2] == numbers[0] + numbers[1]
        else {
            throw ProvinceRefusal.notABundle(
                file: bundle.path,
                defect: .lines(
                    units: numbers[0], complaints: numbers[1], lines: numbers[2], statedUnits: header.units,
                    statedComplaints: header.complaints))
        }
        guard numbers[3] == 0 else {
            throw ProvinceRefusal.notABundle(file: bundle.path, defect: .stateless(numbers[3]))
        }
        let region = [header.region]
        if header.kind == .full {
            _ = try connection.command("DELETE FROM complaint WHERE region_code = $1", region)
        } else {
            _ = try connection.command(
                """
                DELETE FROM complaint c USING staging s
                WHERE c.region_code = $1 AND c.ticket = s.line->'complaint'->>'ticket'
                """, region)
        }
        _ = try connection.command("DELETE FROM unit WHERE region_code = $1", region)
        _ = try connection.command(
            """
            INSERT INTO unit (region_code, code, name, kind, parent, formed_on, ended_on)
            SELECT $1, u->>'code', u->>'name', u->>'kind', u->>'parent', (u->>'formed_on')::date, (u->>'ended_on')::date
            FROM staging, LATERAL (SELECT line->'unit') AS x(u) WHERE u IS NOT NULL
            """, region)
        _ = try connection.command(
            """
            INSERT INTO complaint (region_code, ticket, received_at, received_on, channel, kind, category, topic,
                                   kecamatan, desa, unit, status, handed_over_on, first_response_on, settled_on,
                                   reopen_count, rating, verify_due, respond_due, settle_due)
            SELECT $1, c->>'ticket', (c->>'received_at')::timestamptz, (c->>'received_on')::date, c->>'channel',
                   c->>'kind', c->>'category', c->>'topic', c->>'kecamatan', c->>'desa', c->>'unit', c->>'status',
                   (c->>'handed_over_on')::date, (c->>'first_response_on')::date, (c->>'settled_on')::date,
                   (c->>'reopen_count')::integer, (c->>'rating')::integer, (c->>'verify_due')::date,
                   (c->>'respond_due')::date, (c->>'settle_due')::date
            FROM staging, LATERAL (SELECT line->'complaint') AS x(c) WHERE c IS NOT NULL
            """, region)
        _ = try connection.command(
            """
            INSERT INTO complaint_state (region_code, ticket, valid_from, valid_to, status, unit, cohort, followed_up,
                                         followed_up_on_time, settled, settled_on_time, closed_without_settlement,
                                         reopened, extended, open)
            SELECT $1, ticket, valid_from,
                   lead(valid_from, 1, 'infinity') OVER (PARTITION BY ticket ORDER BY position),
                   s->>1, s->>2, s->>3, (s->>4)::boolean, (s->>5)::boolean, (s->>6)::boolean, (s->>7)::boolean,
                   (s->>8)::boolean, (s->>9)::boolean, (s->>10)::boolean, (s->>11)::boolean
            FROM (SELECT line->'complaint'->>'ticket' AS ticket, e.s, e.position,
                         coalesce((e.s->>0)::timestamptz, '-infinity') AS valid_from
                  FROM staging, jsonb_array_elements(line->'complaint'->'states') WITH ORDINALITY AS e(s, position)
                  WHERE line ? 'complaint') AS states
            """, region)
    }
}
