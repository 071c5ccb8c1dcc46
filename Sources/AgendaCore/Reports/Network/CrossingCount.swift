/// Counts the crossings of a layered drawing: edges run between adjacent layers as straight (or
/// monotone) lines, so two edges between the same two layers cross exactly when their ends come in
/// opposite orders, and edges between other layers never meet.
///
/// Two edges that share an end do not cross. The count is an inversion count, done with a Fenwick
/// tree in O(E log V) per pair of layers rather than by comparing every pair of edges.
enum CrossingCount {
    /// An edge between two adjacent layers, by the positions of its ends: `upper` in the upper
    /// layer, `lower` in the one below it.
    struct Edge: Hashable, Sendable {
        var upper: Int
        var lower: Int
    }

    /// The crossings among edges that all run between the same two layers.
    static func between(_ edges: [Edge]) -> Int {
        guard edges.count > 1 else { return 0 }
        // Sorted by the upper end, then the lower; an edge crosses each edge before it whose lower
        // end lies strictly to the right of its own.
        let sorted = edges.sorted { ($0.upper, $0.lower) < ($1.upper, $1.lower) }
        let size = (sorted.map(\.lower).max() ?? 0) + 1
        var tree = Array(repeating: 0, count: size + 1)
        var crossings = 0
        for (seen, edge) in sorted.enumerated() {
            crossings += seen - prefixCount(tree, through: edge.lower)
            var index = edge.lower + 1
            while index <= size {
                tree[index] += 1
                index += index & -index
            }
        }
        return crossings
    }

    /// The crossings of a whole layered order: `order[layer]` lists the layer's vertices from left to
    /// right, and each edge joins a vertex to one in the next layer down.
    static func total(order: [[Int]], edges: [(upper: Int, lower: Int)]) -> Int {
        var position: [Int: (layer: Int, index: Int)] = [:]
        for (layer, vertices) in order.enumerated() {
            for (index, vertex) in vertices.enumerated() { position[vertex] = (layer, index) }
        }
        var byLayer = Array(repeating: [Edge](), count: order.count)
        for edge in edges {
            guard let upper = position[edge.upper], let lower = position[edge.lower], lower.layer == upper.layer + 1
            else { continue }
            byLayer[upper.layer].append(Edge(upper: upper.index, lower: lower.index))
        }
        return byLayer.reduce(0) { $0 + between($1) }
    }

    /// How many inserted lower ends are at positions up to `position`.
    private static func prefixCount(_ tree: [Int], through position: Int) -> Int {
        var sum = 0
        var index = position + 1
        while index > 0 {
            sum += tree[index]
            index -= index & -index
        }
        return sum
    }
}
