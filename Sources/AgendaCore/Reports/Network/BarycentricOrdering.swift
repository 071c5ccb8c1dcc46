/// Orders the layers of a layered graph to few crossings with the barycentric heuristic (Sugiyama,
/// Tagawa and Toda): sweep down, placing each layer's vertices at the mean position of their
/// neighbours in the layer above, then up, by their neighbours below; repeat, and keep the order
/// with the fewest crossings seen, the start included, so the result is never worse than the start.
///
/// Means are compared exactly, as fractions of whole numbers, and equal means are broken by each
/// vertex's `rank` (the agenda's order), so the same graph always gives the same order. A vertex
/// without neighbours in the layer a sweep looks at keeps its place.
struct BarycentricOrdering {
    /// The edges, each from a vertex to one in the next layer down.
    var edges: [(upper: Int, lower: Int)]
    /// Per vertex, its place among equals: lower first.
    var rank: [Int]
    /// How many down-and-up sweeps at most; it stops sooner when a sweep changes nothing.
    var sweeps = 24
    /// Whether each sweep is followed by swapping neighbours while that removes crossings.
    var exchanges = false

    /// The best order found from `start`, and its crossings.
    func improve(_ start: [[Int]]) -> (order: [[Int]], crossings: Int) {
        var above: [Int: [Int]] = [:]
        var below: [Int: [Int]] = [:]
        for edge in edges {
            above[edge.lower, default: []].append(edge.upper)
            below[edge.upper, default: []].append(edge.lower)
        }
        var best = (order: start, crossings: CrossingCount.total(order: start, edges: edges))
        var current = start
        for _ in 0..<sweeps {
            let before = current
            for layer in current.indices.dropFirst() {
                current[layer] = reordered(current[layer], by: above, in: current[layer - 1])
            }
            if exchanges { current = exchanged(current, above: above, below: below) }
            keep(current, ifBetterThan: &best)
            for layer in current.indices.dropLast().reversed() {
                current[layer] = reordered(current[layer], by: below, in: current[layer + 1])
            }
            if exchanges { current = exchanged(current, above: above, below: below) }
            keep(current, ifBetterThan: &best)
            if current == before { break }
        }
        return best
    }

    /// Swaps neighbours in a layer while a swap removes crossings with the layers above and below.
    func exchanged(_ start: [[Int]], above: [Int: [Int]], below: [Int: [Int]]) -> [[Int]] {
        var order = start
        var position: [Int: Int] = [:]
        for layer in order {
            for (index, vertex) in layer.enumerated() { position[vertex] = index }
        }
        func crossings(_ u: Int, _ v: Int) -> Int {
            var count = 0
            for neighbours in [above, below] {
                for a in neighbours[u] ?? [] {
                    for b in neighbours[v] ?? [] where (position[a] ?? 0) > (position[b] ?? 0) { count += 1 }
                }
            }
            return count
        }
        var improved = true
        while improved {
            improved = false
            for layer in order.indices {
                for index in order[layer].indices.dropLast() {
                    let (u, v) = (order[layer][index], order[layer][index + 1])
                    guard crossings(v, u) < crossings(u, v) else { continue }
                    order[layer].swapAt(index, index + 1)
                    (position[u], position[v]) = (index + 1, index)
                    improved = true
                }
            }
        }
        return order
    }

    private func keep(_ order: [[Int]], ifBetterThan best: inout (order: [[Int]], crossings: Int)) {
        let crossings = CrossingCount.total(order: order, edges: edges)
        if crossings < best.crossings { best = (order, crossings) }
    }

    /// `layer` with the vertices that have neighbours in `reference` sorted by the mean of their
    /// positions there; the others stay in their slots.
    func reordered(_ layer: [Int], by neighbours: [Int: [Int]], in reference: [Int]) -> [Int] {
        var position: [Int: Int] = [:]
        for (index, vertex) in reference.enumerated() { position[vertex] = index }
        struct Mean {
            var vertex: Int
            var sum: Int
            var count: Int
        }
        var movable: [Mean] = []
        var slots: [Int] = []
        for (slot, vertex) in layer.enumerated() {
            let places = (neighbours[vertex] ?? []).compactMap { position[$0] }
            guard !places.isEmpty else { continue }
            movable.append(Mean(vertex: vertex, sum: places.reduce(0, +), count: places.count))
            slots.append(slot)
        }
        movable.sort { a, b in
            let (left, right) = (a.sum * b.count, b.sum * a.count)
            return left != right ? left < right : rank[a.vertex] < rank[b.vertex]
        }
        var result = layer
        for (slot, mean) in zip(slots, movable) { result[slot] = mean.vertex }
        return result
    }
}
