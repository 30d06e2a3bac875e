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
            throw ProvinceRefusal.notABundle(file: path, detail: "no header line")
        }
        let body = bytes[(end + 1)...]
        return BundleFile(
            path: path, header: header, headerDigest: SHA256.hexDigest(Array(bytes[..<end])), body: body,
            bodyDigest: SHA256.hexDigest(Array(body)))
    }
}

/// The header's fields, read by PostgreSQL's JSON parser.
struct BundleHeader {
    var format: String
    var version: Int
    var kind: ProvinceBundle.Kind
    var region: String
    var government: String
    var utcOffset: String
    var publishedAt: String
    var periodFrom: String
    var periodTo: String
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

struct AuditMark: Hashable {
    let entry: Int64
    let hash: String
}

/// Loads one bundle in one transaction: checks it against what the province holds of its
/// government, then replaces (full) or amends (since) that government's rows.
struct BundleLoader {
    let connection: PGConnection
    let bundle: BundleFile

    func header() throws -> BundleHeader {
        let file = bundle.path
        let rows: PGRows
        do {
            rows = try connection.query(
                """
                SELECT h->>'format', h->>'version', h->>'kind', h->>'region_code', h->>'government', h->>'utc_offset',
                       h->>'published_at', h#>>'{period,from}', h#>>'{period,to}', h#>>'{origin,hash}',
                       h#>>'{head,entry}', h#>>'{head,hash}', h#>>'{since,entry}', h#>>'{since,hash}',
                       (SELECT string_agg((e->>'entry') || ':' || coalesce(e->>'hash', ''), ',')
                        FROM jsonb_array_elements(h->'earlier') e),
                       h->>'units', h->>'complaints', h->>'digest'
                FROM (SELECT $1::jsonb AS h) header
                """, [bundle.header])
        } catch {
            throw ProvinceRefusal.notABundle(file: file, detail: "its header is not JSON")
        }
        guard let row = rows.first?.values, row[0] == ProvinceBundle.format else {
            throw ProvinceRefusal.notABundle(file: file, detail: "no \(ProvinceBundle.format) header")
        }
        func field(_ index: Int, _ name: String) throws -> String {
            guard let value = row[index], !value.isEmpty else {
                throw ProvinceRefusal.notABundle(file: file, detail: "its header has no \(name)")
            }
            return value
        }
        func number(_ index: Int, _ name: String) throws -> Int {
            guard let value = Int(try field(index, name)), value >= 0 else {
                throw ProvinceRefusal.notABundle(file: file, detail: "its header's \(name) is not a number")
            }
            return value
        }
        guard Int(row[1] ?? "") == ProvinceBundle.version else {
            throw ProvinceRefusal.notABundle(
                file: file, detail: "version \(row[1] ?? "?"), this program reads \(ProvinceBundle.version)")
        }
        guard let kind = ProvinceBundle.Kind(rawValue: try field(2, "kind")) else {
            throw ProvinceRefusal.notABundle(file: file, detail: "its kind is neither full nor since")
        }
        let region: String
        do {
            region = try RegionCode.parse(try field(3, "region_code"))
        } catch {
            throw ProvinceRefusal.notABundle(file: file, detail: "its region code is not 4 digits")
        }
        var earlier: [Int64: String?] = [:]
        for item in (row[14] ?? "").split(separator: ",") {
            let parts = item.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let entry = Int64(parts[0]) else { continue }
            earlier[entry] = parts[1].isEmpty ? nil : String(parts[1])
        }
        var since: AuditMark?
        if kind == .since {
            since = AuditMark(entry: Int64(try number(12, "since entry")), hash: try field(13, "since hash"))
        }
        return BundleHeader(
            format: ProvinceBundle.format, version: ProvinceBundle.version, kind: kind, region: region,
            government: try field(4, "government"), utcOffset: try field(5, "utc_offset"),
            publishedAt: try field(6, "published_at"), periodFrom: try field(7, "period"),
            periodTo: try field(8, "period"), origin: try field(9, "origin"),
            head: AuditMark(entry: Int64(try number(10, "head entry")), hash: try field(11, "head hash")),
            since: since, earlier: earlier, units: try number(15, "units"), complaints: try number(16, "complaints"),
            digest: try field(17, "digest"))
    }

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
        try connection.transaction {
            // The government's row is the lock: bundles of one government load one after another,
            // those of different governments side by side.
            _ = try connection.command(
                """
                INSERT INTO government (region_code, name, utc_offset, origin_hash) VALUES ($1, $2, $3::interval, $4)
                ON CONFLICT (region_code) DO NOTHING
                """, [header.region, header.government, header.utcOffset, header.origin])
            let known = try connection.query(
                "SELECT origin_hash FROM government WHERE region_code = $1 FOR UPDATE", [header.region])
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
                SELECT head_entry, head_hash, $2::timestamptz < published_at FROM bundle
                WHERE region_code = $1 ORDER BY id DESC LIMIT 1
                """, [header.region, header.publishedAt])
            if let row = last.first, let entry = row[0].flatMap({ Int64($0) }), let hash = row[1] {
                let held = AuditMark(entry: entry, hash: hash)
                // Published before the bundle the province holds: an old one, whatever its trail says.
                if row[2] == "t" { throw try replayed(header) }
                if let since = header.since {
                    if since.entry != held.entry {
                        throw ProvinceRefusal.gap(
                            file: file, region: header.region, held: held.entry, since: since.entry)
                    }
                    if since.hash != held.hash {
                        throw ProvinceRefusal.rewritten(file: file, region: header.region, held: held.entry)
                    }
                } else if !header.holds(held) {
                    guard reason != nil else {
                        throw ProvinceRefusal.rewritten(file: file, region: header.region, held: held.entry)
                    }
                    rewritten = true
                }
            } else if header.kind == .since {
                throw ProvinceRefusal.sinceWithoutBase(file: file, region: header.region)
            }
            try apply(header)
            if rewritten { result.outcome = .acceptedRewrite }
            _ = try connection.command(
                """
                UPDATE government SET name = $2, utc_offset = $3::interval, origin_hash = $4 WHERE region_code = $1
                """, [header.region, header.government, header.utcOffset, header.origin])
            _ = try connection.command(
                """
                INSERT INTO bundle (region_code, header_digest, kind, published_at, period_from, period_to, head_entry,
                                    head_hash, since_entry, digest, complaints, rewrite_reason)
                VALUES ($1, $2, $3, $4::timestamptz, $5::date, $6::date, $7::bigint, $8, $9::bigint, $10,
                        $11::integer, $12)
                """,
                [
                    header.region, bundle.headerDigest, header.kind.rawValue, header.publishedAt, header.periodFrom,
                    header.periodTo, String(header.head.entry), header.head.hash, header.since.map { String($0.entry) },
                    header.digest, String(header.complaints), rewritten ? reason : nil,
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
        try connection.copyIn("COPY staging (line) FROM STDIN") { writer in
            var chunk: [UInt8] = []
            chunk.reserveCapacity(1 << 16)
            for byte in bundle.body {
                // COPY's text format: a backslash, tab or carriage return inside a line is escaped.
                switch byte {
                case UInt8(ascii: "\\"): chunk += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\t"): chunk += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case UInt8(ascii: "\r"): chunk += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                default: chunk.append(byte)
                }
                if chunk.count >= 1 << 16 {
                    try writer.send(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            if !chunk.isEmpty { try writer.send(chunk) }
        }
        let counts = try connection.query(
            """
            SELECT count(*) FILTER (WHERE jsonb_typeof(line->'unit') = 'object'),
                   count(*) FILTER (WHERE jsonb_typeof(line->'complaint') = 'object'), count(*)
            FROM staging
            """)
        let units = Int(counts.first?[0] ?? "") ?? -1
        let complaints = Int(counts.first?[1] ?? "") ?? -1
        let lines = Int(counts.first?[2] ?? "") ?? -1
        guard units == header.units, complaints == header.complaints, lines == units + complaints else {
            throw ProvinceRefusal.notABundle(
                file: bundle.path,
                detail:
                    "\(units) units and \(complaints) complaints in \(lines) lines, the header says \(header.units) and \(header.complaints)"
            )
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
            FROM (SELECT line->'complaint'->>'ticket' AS ticket, e.s, e.position, (e.s->>0)::timestamptz AS valid_from
                  FROM staging, jsonb_array_elements(line->'complaint'->'states') WITH ORDINALITY AS e(s, position)
                  WHERE line ? 'complaint') AS states
            """, region)
    }
}
