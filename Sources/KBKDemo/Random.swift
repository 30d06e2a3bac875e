/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so a demo database
/// is the same on every machine for the same seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (bounds included), without modulo bias worth noticing here.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// An item chosen with probability proportional to its weight.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        var roll = int(1...items.reduce(0) { $0 + $1.1 })
        for (item, weight) in items {
            roll -= weight
            if roll <= 0 { return item }
        }
        return items[items.count - 1].0
    }
}
