import KBKDomain
import KBKPresentation
import PostgresDB

/// The province's reads: the report's counts and each government's last bundle. Each count adds
/// up the standings the bundles carry (`ReportStanding`), as of the period's end in each
/// government's own time zone: no rule of the report is decided again here.
struct ProvinceQueries {
    let connection: PGConnection

    /// Each government with the instant the period ends for it, as the regency's report ends it
    /// (`ReportPeriod.end(in:)`, its office's midnight after the last day), given as two arrays.
    static let periodEnds = """
        WITH g AS (SELECT * FROM unnest($3::text[], $4::timestamptz[]) AS g(region_code, period_end))
        """

    /// The complaints received in the period as they stood at its end (the cohort every rate divides
    /// by), grouped per government, per kind of unit they were held by then, per topic, and in all.
    static let cohortSQL = """
        \(periodEnds)
        SELECT GROUPING(c.region_code, u.kind, c.topic), c.region_code, u.kind, c.topic, count(*),
               count(*) FILTER (WHERE s.cohort = 'rejected'), count(*) FILTER (WHERE s.cohort = 'forwarded'),
               count(*) FILTER (WHERE s.followed_up), count(*) FILTER (WHERE s.followed_up_on_time),
               count(*) FILTER (WHERE s.settled), count(*) FILTER (WHERE s.settled_on_time),
               count(*) FILTER (WHERE s.closed_without_settlement)
        FROM g
        JOIN complaint c ON c.region_code = g.region_code AND c.received_on BETWEEN $1::date AND $2::date
        JOIN complaint_state s ON s.region_code = c.region_code AND s.ticket = c.ticket
             AND s.valid_from < g.period_end AND s.valid_to >= g.period_end
        LEFT JOIN unit u ON u.region_code = s.region_code AND u.code = s.unit
        GROUP BY GROUPING SETS ((c.region_code), (u.kind), (c.topic), ())
        """

    /// The backlog at the period's end: every complaint received before it and open then.
    static let backlogSQL = """
        \(periodEnds)
        SELECT GROUPING(s.region_code, u.kind, c.topic), s.region_code, u.kind, c.topic, count(*)
        FROM g
        JOIN complaint_state s ON s.region_code = g.region_code AND s.open
             AND s.valid_to >= g.period_end AND s.valid_from < g.period_end
        JOIN complaint c ON c.region_code = s.region_code AND c.ticket = s.ticket AND c.received_at < g.period_end
        LEFT JOIN unit u ON u.region_code = s.region_code AND u.code = s.unit
        -- The backlog needs only the period's end; PostgreSQL wants every parameter given read.
        WHERE $1::date <= $2::date
        GROUP BY GROUPING SETS ((s.region_code), (u.kind), (c.topic), ())
        """

    func figures(period: ReportPeriod) throws -> ProvinceFigures {
        let governments = try connection.query(
            "SELECT region_code, name, extract(epoch FROM utc_offset)::integer FROM government ORDER BY region_code")
        var codes: [String] = []
        var ends: [String] = []
        for government in governments {
            guard let code = government[0],
                let offset = government[2].flatMap({ Int($0) }).flatMap({ UTCOffset(seconds: $0) })
            else { continue }
            codes.append(code)
            ends.append(period.end(in: offset).utcString)
        }
        // Region codes are digits and instants ISO 8601: array literals need no quoting.
        let parameters: [String?] = [
            period.from.description, period.to.description, "{" + codes.joined(separator: ",") + "}",
            "{" + ends.joined(separator: ",") + "}",
        ]
        var rows: [String: ProvinceCounts] = [:]
        func key(_ grouping: String?, _ region: String?, _ kind: String?, _ topic: String?) -> (String, ProvinceCounts)?
        {
            switch grouping {
            case "3": ("g\t" + (region ?? ""), ProvinceCounts(key: region, name: nil))
            case "5": ("k\t" + (kind ?? ""), ProvinceCounts(key: kind, name: nil))
            case "6": ("t\t" + (topic ?? ""), ProvinceCounts(key: topic, name: nil))
            case "7": ("*", ProvinceCounts(key: nil, name: nil))
            default: nil
            }
        }
        for row in try connection.query(Self.cohortSQL, parameters) {
            guard let (name, empty) = key(row[0], row[1], row[2], row[3]) else { continue }
            var counts = rows[name] ?? empty
            let numbers = (4...11).map { Int(row[$0] ?? "") ?? 0 }
            counts.figures.received = numbers[0]
            counts.figures.rejected = numbers[1]
            counts.figures.forwarded = numbers[2]
            counts.figures.followedUp = numbers[3]
            counts.figures.followedUpOnTime = numbers[4]
            counts.figures.settled = numbers[5]
            counts.figures.settledOnTime = numbers[6]
            counts.figures.closedWithoutSettlement = numbers[7]
            rows[name] = counts
        }
        for row in try connection.query(Self.backlogSQL, parameters) {
            guard let (name, empty) = key(row[0], row[1], row[2], row[3]) else { continue }
            var counts = rows[name] ?? empty
            counts.backlog = Int(row[4] ?? "") ?? 0
            rows[name] = counts
        }
        // Every government appears, with or without complaints in the period.
        var figures = ProvinceFigures()
        figures.total = rows["*"] ?? ProvinceCounts(key: nil, name: nil)
        figures.governments = governments.map { government in
            var counts = rows["g\t" + (government[0] ?? "")] ?? ProvinceCounts(key: government[0], name: nil)
            counts.name = government[1]
            return counts
        }
        figures.unitKinds = rows.filter { $0.key.hasPrefix("k\t") }.map(\.value).sorted {
            ($0.key == nil ? 1 : 0, $0.key ?? "") < ($1.key == nil ? 1 : 0, $1.key ?? "")
        }
        figures.topics = rows.filter { $0.key.hasPrefix("t\t") }.map(\.value).sorted {
            ($0.key == nil ? 1 : 0, -$0.figures.received, $0.key ?? "")
                < ($1.key == nil ? 1 : 0, -$1.figures.received, $1.key ?? "")
        }
        return figures
    }

    func status() throws -> [ProvinceGovernmentStatus] {
        func utc(_ column: String) -> String {
            "to_char(\(column) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
        }
        let rows = try connection.query(
            """
            SELECT g.region_code, g.name, (SELECT count(*) FROM bundle b WHERE b.region_code = g.region_code),
                   (SELECT count(*) FROM complaint c WHERE c.region_code = g.region_code),
                   last.kind, \(utc("last.published_at")), \(utc("last.loaded_at")), last.period_from, last.period_to,
                   last.head_entry, last.head_hash
            FROM government g
            JOIN LATERAL (SELECT * FROM bundle b WHERE b.region_code = g.region_code ORDER BY b.id DESC LIMIT 1) last
                 ON true
            ORDER BY g.region_code
            """)
        return try rows.map { row in
            func text(_ index: Int) -> String { row[index] ?? "" }
            return ProvinceGovernmentStatus(
                regionCode: text(0), name: text(1), bundles: Int(text(2)) ?? 0, complaints: Int(text(3)) ?? 0,
                lastKind: text(4), publishedAt: try Timestamp.parse(text(5)), loadedAt: try Timestamp.parse(text(6)),
                periodFrom: try CivilDate.parse(text(7)), periodTo: try CivilDate.parse(text(8)),
                headEntry: Int64(text(9)) ?? 0, headHash: text(10))
        }
    }
}
