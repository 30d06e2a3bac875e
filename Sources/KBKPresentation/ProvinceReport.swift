import KBKDomain
import KBKReports

/// What `kbk-province` asks of the province's database. KBKProvince answers over PostgreSQL; the
/// command line (KBKCLI) knows only this, so `kbk` itself never links libpq.
package protocol ProvinceDatabase: Sendable {
    /// Whether `url` carries a password, as libpq reads it.
    func carriesPassword(_ url: String) -> Bool
    /// Creates or brings up to date the province's schema; the migrations it applied.
    func initialise(url: String) throws -> [String]
    func load(url: String, file: String, acceptRewrite reason: String?) throws -> ProvinceLoad
    func figures(url: String, period: ReportPeriod) throws -> ProvinceFigures
    func status(url: String) throws -> [ProvinceGovernmentStatus]
}

/// What loading one bundle did.
package struct ProvinceLoad: Sendable {
    package enum Outcome: String, Sendable {
        case loaded
        /// The very bundle was loaded before: nothing changed.
        case alreadyLoaded = "already_loaded"
        /// A rewritten history accepted with `--accept-rewrite`, its reason recorded.
        case acceptedRewrite = "accepted_rewrite"
    }

    package var file: String
    package var outcome: Outcome
    package var regionCode: String
    package var government: String
    package var kind: String
    package var complaints: Int
    package var headEntry: Int64

    package init(
        file: String, outcome: Outcome, regionCode: String, government: String, kind: String, complaints: Int,
        headEntry: Int64
    ) {
        self.file = file
        self.outcome = outcome
        self.regionCode = regionCode
        self.government = government
        self.kind = kind
        self.complaints = complaints
        self.headEntry = headEntry
    }
}

/// What is wrong with a file given as a bundle.
package enum BundleDefect: Sendable, Equatable {
    case noHeader
    case headerNotJSON
    case otherFormat
    case version(String)
    /// A field of the header missing or not what the format says: its name and value.
    case field(String, String)
    case stateColumns
    /// The lines after the header are not the units and complaints it announces.
    case lines(units: Int, complaints: Int, lines: Int, statedUnits: Int, statedComplaints: Int)
    /// Complaints without a single state, which no report could count.
    case stateless(Int)
}

/// Why a bundle was refused; the province's database is left as it was.
package enum ProvinceRefusal: Error, Sendable, Equatable {
    case notABundle(file: String, defect: BundleDefect)
    case digestMismatch(file: String, stated: String, computed: String)
    /// A `--since` bundle for a government the province holds nothing of.
    case sinceWithoutBase(file: String, region: String)
    /// A `--since` bundle that does not follow the bundle the province holds last.
    case gap(file: String, region: String, held: Int64, since: Int64)
    /// The head the province holds is not in the bundle's trail as it is now.
    case rewritten(file: String, region: String, held: Int64)
    /// A bundle of this government older than the one the province holds.
    case replayed(file: String, region: String, held: Int64, head: Int64)
    /// The bundle comes from another database than the one the province knows under this code.
    case otherOrigin(file: String, region: String)
    /// The bundle's database is the one the province knows under another code.
    case originUnderOtherCode(file: String, region: String, other: String)
    /// The province's database has not the schema of this program's migrations.
    case notInitialised
    /// `--accept-rewrite` on a `--since` bundle: a correction must carry every complaint.
    case rewriteNeedsFull(file: String)
}

/// Raw counts of one row of the province's report, summed from the bundles' standings.
package struct ProvinceCounts: Sendable, Hashable {
    package var key: String?
    package var name: String?
    package var figures = ComplaintFigures()
    package var backlog = 0

    package init(key: String?, name: String?) {
        self.key = key
        self.name = name
    }
}

/// The province's figures for a period: per government, per kind of unit and per topic.
package struct ProvinceFigures: Sendable {
    package var total = ProvinceCounts(key: nil, name: nil)
    package var governments: [ProvinceCounts] = []
    package var unitKinds: [ProvinceCounts] = []
    package var topics: [ProvinceCounts] = []

    package init() {}
}

/// A government's last bundle, as `kbk-province status` shows it.
package struct ProvinceGovernmentStatus: Sendable {
    package var regionCode: String
    package var name: String
    package var bundles: Int
    package var complaints: Int
    package var lastKind: String
    package var publishedAt: Timestamp
    package var loadedAt: Timestamp
    package var periodFrom: CivilDate
    package var periodTo: CivilDate
    package var headEntry: Int64
    package var headHash: String

    package init(
        regionCode: String, name: String, bundles: Int, complaints: Int, lastKind: String, publishedAt: Timestamp,
        loadedAt: Timestamp, periodFrom: CivilDate, periodTo: CivilDate, headEntry: Int64, headHash: String
    ) {
        self.regionCode = regionCode
        self.name = name
        self.bundles = bundles
        self.complaints = complaints
        self.lastKind = lastKind
        self.publishedAt = publishedAt
        self.loadedAt = loadedAt
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.headEntry = headEntry
        self.headHash = headHash
    }
}

/// The province's database failed: it could not be reached (`isConnection`), or refused a statement.
package struct ProvinceDatabaseError: Error, Sendable {
    package var message: String
    package var isConnection: Bool
    /// The bundle being loaded, if any.
    package var file: String?

    package init(message: String, isConnection: Bool, file: String? = nil) {
        self.message = message
        self.isConnection = isConnection
        self.file = file
    }
}
