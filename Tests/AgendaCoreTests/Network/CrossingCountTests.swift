import AgendaCore
import Testing

@testable import AgendaCore

/// `CrossingCount`: crossings of straight edges between adjacent layers, counted by hand and
/// against comparing every pair of edges on random small graphs.
@Suite struct CrossingCountTests {
    typealias Edge = CrossingCount.Edge

    /// Every pair of edges between the same two layers whose ends come in opposite orders.
    static func bruteForce(_ edges: [Edge]) -> Int {
        var count = 0
        for i in edges.indices {
            for j in edges.indices where i < j {
                let (a, b) = (edges[i], edges[j])
                if (a.upper < b.upper && a.lower > b.lower) || (a.upper > b.upper && a.lower < b.lower) { count += 1 }
            }
        }
        return count
    }

    @Test func countsByHand() {
        #expect(CrossingCount.between([]) == 0)
        #expect(CrossingCount.between([Edge(upper: 0, lower: 1), Edge(upper: 1, lower: 0)]) == 1)
        // Edges that share an end never cross.
        #expect(CrossingCount.between([Edge(upper: 0, lower: 0), Edge(upper: 0, lower: 1)]) == 0)
        #expect(CrossingCount.between([Edge(upper: 0, lower: 1), Edge(upper: 1, lower: 1)]) == 0)
        // The complete graph on two by two: only the two diagonals cross.
        let complete = [(0, 0), (0, 1), (1, 0), (1, 1)].map { Edge(upper: $0.0, lower: $0.1) }
        #expect(CrossingCount.between(complete) == 1)
        // Three edges reversed: every pair crosses.
        #expect(CrossingCount.between([(0, 2), (1, 1), (2, 0)].map { Edge(upper: $0.0, lower: $0.1) }) == 3)
        // The same edge twice crosses nothing.
        #expect(CrossingCount.between([Edge(upper: 1, lower: 2), Edge(upper: 1, lower: 2)]) == 0)
    }

    @Test func agreesWithEveryPairOnRandomGraphs() {
        var random = SplitMix64(seed: 20_251_205)
        for _ in 0..<500 {
            let (upper, lower) = (random.int(1...7), random.int(1...7))
            let edges = (0..<random.int(0...18)).map { _ in
                Edge(upper: random.below(upper), lower: random.below(lower))
            }
            #expect(CrossingCount.between(edges) == Self.bruteForce(edges), "\(edges)")
        }
    }

    @Test func totalAddsTheLayerPairs() {
        // Layers [0 1] [2 3] [4 5]: 0–3 and 1–2 cross; 2–5 and 3–4 cross; 0–4 skips a layer and
        // is not an edge of a layered drawing, so it does not count.
        let order = [[0, 1], [2, 3], [4, 5]]
        let edges: [(upper: Int, lower: Int)] = [(0, 3), (1, 2), (2, 5), (3, 4), (0, 4)]
        #expect(CrossingCount.total(order: order, edges: edges) == 2)
        #expect(CrossingCount.total(order: [[1, 0], [2, 3], [5, 4]], edges: edges) == 0)
    }

    @Test func totalAgreesWithEveryPairOnRandomLayeredGraphs() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let (order, edges) = RandomLayers.make(&random)
            var position: [Int: (layer: Int, index: Int)] = [:]
            for (layer, vertices) in order.enumerated() {
                for (index, vertex) in vertices.enumerated() { position[vertex] = (layer, index) }
            }
            var expected = 0
            for layer in order.indices.dropLast() {
                let between = edges.compactMap { edge -> Edge? in
                    guard let u = position[edge.upper], let l = position[edge.lower], u.layer == layer else {
                        return nil
                    }
                    return Edge(upper: u.index, lower: l.index)
                }
                expected += Self.bruteForce(between)
            }
            #expect(CrossingCount.total(order: order, edges: edges) == expected)
        }
    }
}

/// Random layered graphs: two to five layers of one to six vertices, edges between adjacent layers.
enum RandomLayers {
    static func make(_ random: inout SplitMix64) -> (order: [[Int]], edges: [(upper: Int, lower: Int)]) {
        var order: [[Int]] = []
        var next = 0
        for _ in 0..<random.int(2...5) {
            let size = random.int(1...6)
            order.append(Array(next..<(next + size)))
            next += size
        }
        var edges: [(upper: Int, lower: Int)] = []
        for layer in order.indices.dropLast() {
            for _ in 0..<random.int(0...10) {
                let upper = order[layer][random.below(order[layer].count)]
                let lower = order[layer + 1][random.below(order[layer + 1].count)]
                if !edges.contains(where: { $0.upper == upper && $0.lower == lower }) { edges.append((upper, lower)) }
            }
        }
        // Shuffle each layer, so the start is not already tidy.
        for layer in order.indices {
            for index in order[layer].indices.reversed() {
                order[layer].swapAt(index, random.below(index + 1))
            }
        }
        return (order, edges)
    }
}
