import KBKDomain
import KBKStore

/// Fills a database with two years of realistic, deterministic data for a kabupaten, through the
/// same store code as real work (every rule checked, every change audited).
public enum Demo {
    public struct Options: Sendable {
        public var seed: UInt64
        public var complaints: Int
        /// The first, whole year of data; the demo's report is for this year.
        public var lastYear: Int
        /// The last day of data (the day the demo is made): complaints come up to it, so that the
        /// backlog is real. The end of `lastYear` when nil.
        public var until: CivilDate?

        /// Purbalingga received about 5,450 complaints in 2025.
        public static let complaintsPerYear = 5_450
        /// The seed the demo is made from unless another is given: the same data on every machine.
        public static let defaultSeed = 2026
        public static let seedRange = 0...Int(Int32.max)
        public static let complaintsRange = 0...1_000_000

        public init(seed: UInt64 = UInt64(defaultSeed), complaints: Int? = nil, lastYear: Int, until: CivilDate? = nil)
        {
            self.seed = seed
            self.lastYear = lastYear
            self.until = until
            let first = CivilDate(year: lastYear, month: 1, day: 1)!
            let last = until ?? CivilDate(year: lastYear, month: 12, day: 31)!
            let days = max(1, last.daysSinceEpoch - first.daysSinceEpoch + 1)
            self.complaints = complaints ?? Options.complaintsPerYear * days / 365
        }
    }

    public struct Summary: Sendable {
        public var units = 0
        public var groups = 0
        public var members = 0
        public var meetings = 0
        public var sops = 0
        public var complaints = 0
        public var events = 0
        public var improvements = 0
        public var surveys = 0
        public var officials = 0
    }

    public static func populate(_ store: Store, _ options: Options, progress: (Int, Int) -> Void = { _, _ in }) throws
        -> Summary
    {
        var builder = Builder(store: store, options: options)
        // One transaction for everything, with the import's page cache: with SQLite's default 2 MiB
        // the complaint indexes' dirty pages spill to the WAL again and again.
        try store.imports.keepTemporaryFilesInMemory()
        return try store.imports.write { transaction in
            try builder.run(progress: progress)
            try transaction.audit(
                AuditRecord(
                    .create, .database, id: nil,
                    "generated demo data: seed \(options.seed), \(builder.summary.complaints) complaints, years \(options.lastYear - 1)–\(options.lastYear)"
                ))
            return builder.summary
        }
    }
}
