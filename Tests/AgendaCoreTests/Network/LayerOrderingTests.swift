import AgendaCore
import Testing

@testable import AgendaCore

/// `BarycentricOrdering`, `LayeredLayout` and `BandOrder`: orders that never get worse than their
/// start, worked out by hand on small graphs and checked on random ones.
@Suite struct LayerOrderingTests {
    static func ordering(_ edges: [(upper: Int, lower: Int)], vertices: Int) -> BarycentricOrdering {
        BarycentricOrdering(edges: edges, rank: Array(0..<vertices))
    }

    @Test func untanglesTwoCrossedEdges() {
        // 0–3 and 1–2 cross; sweeping down puts 3 under 0.
        let ordering = Self.ordering([(0, 3), (1, 2)], vertices: 4)
        let result = ordering.improve([[0, 1], [2, 3]])
        #expect(result.order == [[0, 1], [3, 2]])
        #expect(result.crossings == 0)
    }

    @Test func equalMeansKeepTheRank() {
        // 2 and 3 both hang under 0 and 1: the same mean, so the lower rank (3 here) goes first.
        let edges: [(upper: Int, lower: Int)] = [(0, 2), (1, 2), (0, 3), (1, 3)]
        let ordering = BarycentricOrdering(edges: edges, rank: [0, 1, 5, 4])
        #expect(ordering.reordered([2, 3], by: [2: [0, 1], 3: [0, 1]], in: [0, 1]) == [3, 2])
        // A vertex without neighbours in the reference layer keeps its slot.
        #expect(ordering.reordered([9, 2, 3], by: [2: [1], 3: [0]], in: [0, 1]) == [9, 3, 2])
    }

    @Test func neverWorseThanTheStartOnRandomGraphs() {
        var random = SplitMix64(seed: 42)
        var improved = 0
        for _ in 0..<300 {
            let (start, edges) = RandomLayers.make(&random)
            let count = start.flatMap { $0 }.count
            for exchanges in [false, true] {
                var ordering = Self.ordering(edges, vertices: count)
                ordering.exchanges = exchanges
                let before = CrossingCount.total(order: start, edges: edges)
                let result = ordering.improve(start)
                #expect(result.crossings <= before)
                #expect(result.crossings == CrossingCount.total(order: result.order, edges: edges))
                // The same vertices in every layer, only reordered.
                #expect(zip(result.order, start).allSatisfy { $0.sorted() == $1.sorted() })
                if result.crossings < before { improved += 1 }
            }
        }
        #expect(improved > 100)
    }

    @Test func layoutBendsLongTiesAndDipsTiesWithinABand() {
        // Nodes 0 (layer 0), 1 (layer 2), 2 and 3 (layer 1); ties 0–1 (skips layer 1) and 2–3 (within it).
        let layout = LayeredLayout(layers: [0, 2, 1, 1], layerCount: 3, ties: [(0, 1), (2, 3)])
        #expect(layout.vertices == [.node(0), .node(1), .node(2), .node(3), .bend(tie: 0), .bend(tie: 1)])
        #expect(layout.paths == [[0, 4, 1], [2, 5, 3]])
        #expect(layout.layerOf[4] == 1)  // the long tie passes layer 1
        #expect(layout.layerOf[5] == 2)  // the tie within layer 1 dips into layer 2
        #expect(layout.edges.count == 4)
        #expect(layout.crossings.final <= layout.crossings.initial)
        #expect(layout.crossings.final == CrossingCount.total(order: layout.order, edges: layout.edges))
    }

    @Test func aSingleBandGetsARowToDipInto() {
        let layout = LayeredLayout(layers: [0, 0, 0], layerCount: 1, ties: [(0, 2)])
        #expect(layout.layerCount == 2)
        #expect(layout.order[1] == [3])
        // The untied node moves to the end of its band.
        #expect(layout.order[0] == [0, 2, 1])
    }

    @Test func layoutIsNeverWorseThanTheAgendaOrderOnRandomNetworks() {
        var random = SplitMix64(seed: 1_977)
        for _ in 0..<150 {
            let layers = random.int(1...5)
            let nodes = (0..<random.int(2...14)).map { _ in random.below(layers) }
            var ties: [(Int, Int)] = []
            for _ in 0..<random.int(0...20) {
                let (a, b) = (random.below(nodes.count), random.below(nodes.count))
                if a != b { ties.append((min(a, b), max(a, b))) }
            }
            let layout = LayeredLayout(layers: nodes, layerCount: layers, ties: ties)
            #expect(layout.crossings.final <= layout.crossings.initial)
            #expect(layout.crossings.final == CrossingCount.total(order: layout.order, edges: layout.edges))
            #expect(layout.crossings.initial == CrossingCount.total(order: layout.initialOrder, edges: layout.edges))
            for (tie, path) in zip(ties, layout.paths) {
                #expect(path.first == tie.0 && path.last == tie.1)
                // Each step of a path goes to the next layer up or down.
                for (a, b) in zip(path, path.dropFirst()) { #expect(abs(layout.layerOf[a] - layout.layerOf[b]) == 1) }
            }
        }
    }

    @Test func bandOrderKeepsTiesShortest() {
        // Bands 0, 1, 2 with ties 0–2 (three times) and 1–2: 0 and 2 belong together.
        let ties = [(0, 2), (0, 2), (0, 2), (1, 2)]
        #expect(BandOrder.best(count: 3, ties: ties) == [0, 2, 1])
        #expect(BandOrder.span([0, 2, 1], ties: ties) == 4)
        // Without ties the bands keep their own order.
        #expect(BandOrder.best(count: 4, ties: []) == [0, 1, 2, 3])
    }

    @Test func bandOrderMatchesTryingEveryOrder() {
        var random = SplitMix64(seed: 99)
        for _ in 0..<60 {
            let count = random.int(1...6)
            let ties = (0..<random.int(0...12)).map { _ in (random.below(count), random.below(count)) }
            let best = BandOrder.best(count: count, ties: ties)
            #expect(best.sorted() == Array(0..<count))
            let all = Self.permutations(Array(0..<count))
            let shortest = all.map { BandOrder.span($0, ties: ties) }.min() ?? 0
            #expect(BandOrder.span(best, ties: ties) == shortest)
            // The first of the shortest orders, in the bands' own order.
            #expect(
                best
                    == all.filter { BandOrder.span($0, ties: ties) == shortest }.min {
                        $0.lexicographicallyPrecedes($1)
                    })
        }
    }

    @Test func placementKeepsOrderAndRoom() {
        #expect(HorizontalPlacement.nondecreasingFit([3, 1, 2]) == [2, 2, 2])
        #expect(HorizontalPlacement.nondecreasingFit([1, 2, 3]) == [1, 2, 3])
        // Vertex 2 is tied to 1 at the right of a wider layer: it moves under it, within the width.
        let placement = HorizontalPlacement(widths: [10, 10, 10], neighbours: [[], [2], [1]])
        let x = placement.centres([[0, 1], [2]])
        #expect(x[0] == 5 && x[1] == 15)
        #expect(x[2] == 15)
    }

    static func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(rest).map { [first] + $0 }
        }
    }
}
