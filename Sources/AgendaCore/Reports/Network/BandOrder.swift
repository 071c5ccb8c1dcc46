/// The order of a map's bands (one per kind of partner) that keeps ties short: the least total
/// number of bands the ties span, so the fewest lines run through bands they do not belong to.
///
/// Exact, by dynamic programming over the sets of bands placed first (a minimum linear arrangement
/// of at most nine bands: 512 sets): the spans add up to the ties cut at each gap between bands.
/// Among orders that are equally short, the one that comes first in the bands' own order wins.
enum BandOrder {
    /// The order of `count` bands (by index), given the ties between bands as pairs of indices.
    static func best(count: Int, ties: [(Int, Int)]) -> [Int] {
        guard count > 1, count <= 16 else { return Array(0..<max(count, 0)) }
        var weight = Array(repeating: Array(repeating: 0, count: count), count: count)
        for (a, b) in ties where a != b && (0..<count).contains(a) && (0..<count).contains(b) {
            weight[a][b] += 1
            weight[b][a] += 1
        }
        let full = (1 << count) - 1
        var best: [(cost: Int, order: [Int])?] = Array(repeating: nil, count: full + 1)
        best[0] = (0, [])
        for set in 1...full {
            let cut = self.cut(set, weight: weight, count: count)
            for band in 0..<count where set & (1 << band) != 0 {
                guard let before = best[set & ~(1 << band)] else { continue }
                let candidate = (cost: before.cost + cut, order: before.order + [band])
                if let current = best[set],
                    !(candidate.cost < current.cost
                        || (candidate.cost == current.cost && candidate.order.lexicographicallyPrecedes(current.order)))
                {
                    continue
                }
                best[set] = candidate
            }
        }
        return best[full]?.order ?? Array(0..<count)
    }

    /// The total span of the ties with the bands in `order`: how many gaps between bands each crosses.
    static func span(_ order: [Int], ties: [(Int, Int)]) -> Int {
        var position: [Int: Int] = [:]
        for (index, band) in order.enumerated() { position[band] = index }
        return ties.reduce(0) { sum, tie in
            guard let a = position[tie.0], let b = position[tie.1] else { return sum }
            return sum + abs(a - b)
        }
    }

    /// The ties with one end in `set` and the other outside it.
    private static func cut(_ set: Int, weight: [[Int]], count: Int) -> Int {
        var total = 0
        for a in 0..<count where set & (1 << a) != 0 {
            for b in 0..<count where set & (1 << b) == 0 { total += weight[a][b] }
        }
        return total
    }
}
