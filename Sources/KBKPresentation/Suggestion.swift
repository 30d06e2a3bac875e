/// "Did you mean …": the known word nearest to a mistyped one, as git and cargo suggest.
package enum Suggestion {
    /// The candidate within a small edit distance of `word` (one edit for words up to four
    /// letters, two beyond; a swap of neighbours counts as one), or that `word` is the only prefix
    /// of; nil when none is near or two are equally near.
    package static func nearest(_ word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        guard !typed.isEmpty else { return nil }
        let limit = typed.count <= 4 ? 1 : 2
        var best: (distance: Int, names: [String]) = (limit + 1, [])
        for candidate in Set(candidates) {
            let known = Array(candidate.lowercased())
            // Lengths further apart than the limit cannot be within it: no table for a pasted page.
            guard abs(known.count - typed.count) <= limit else { continue }
            let distance = editDistance(typed, known)
            if distance > limit { continue }
            if distance < best.distance {
                best = (distance, [candidate])
            } else if distance == best.distance {
                best.names.append(candidate)
            }
        }
        if best.names.count == 1 { return best.names[0] }
        let extending = Set(candidates).filter { $0.lowercased().hasPrefix(word.lowercased()) }
        return extending.count == 1 ? extending.first : nil
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and transpositions.
    package static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow: [Int] = []
        var row = Array(0...b.count)
        for i in 1...a.count {
            let beforePrevious = previousRow
            previousRow = row
            row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforePrevious[j - 2] + 1)
                }
            }
        }
        return row[b.count]
    }
}
