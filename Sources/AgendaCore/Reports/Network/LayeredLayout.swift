/// A layered layout of a graph whose nodes come with their layers (a network map's bands of partner
/// kinds): every tie becomes a path of edges between adjacent layers, and the layers are ordered
/// to few crossings.
///
/// A tie that skips layers bends once in each layer it passes, at a vertex of its own; a tie
/// within one layer dips into the next layer down (the one above for the last layer) and back, so
/// that it too is drawn between layers and its crossings are counted like any other's. The start
/// is the agenda's order, the bends placed where straight lines between their ends would pass;
/// `BarycentricOrdering` improves it, and `crossings` gives both counts.
struct LayeredLayout: Sendable {
    enum Vertex: Hashable, Sendable {
        /// A node of the graph, by its index.
        case node(Int)
        /// Where a tie (by its index) passes through, or dips into, a layer.
        case bend(tie: Int)
    }

    /// The vertices: the nodes first, in their order, then the bends.
    private(set) var vertices: [Vertex] = []
    /// Each vertex's layer.
    private(set) var layerOf: [Int] = []
    /// Every edge, from a vertex to one in the next layer down.
    private(set) var edges: [(upper: Int, lower: Int)] = []
    /// Per tie, its vertices from its first node to its second.
    private(set) var paths: [[Int]] = []
    /// The layers' vertices from left to right: the agenda's order, and the order found.
    private(set) var initialOrder: [[Int]] = []
    private(set) var order: [[Int]] = []
    /// The crossings of `initialOrder` and of `order`.
    private(set) var crossings = (initial: 0, final: 0)

    var layerCount: Int { order.count }

    /// Lays out nodes whose layers are `layers` (each in `0..<layerCount`) joined by `ties` (pairs
    /// of node indices); a layer is added below when the only layer has a tie within it.
    init(layers: [Int], layerCount: Int, ties: [(Int, Int)], sweeps: Int = 24) {
        let sameLayer = ties.contains { layers.indices.contains($0.0) && layers[$0.0] == layers[$0.1] }
        let count = max(layerCount, sameLayer && layerCount == 1 ? 2 : 1)
        vertices = layers.indices.map { .node($0) }
        layerOf = layers.map { min(max($0, 0), count - 1) }
        let relative = Self.relativePlaces(layerOf, count: count)
        var keys = layerOf.indices.map { (vertex: $0, key: relative[$0]) }
        for (index, tie) in ties.enumerated() {
            // A tie to a node that is not there, or to itself, has nothing to draw.
            guard layerOf.indices.contains(tie.0), layerOf.indices.contains(tie.1), tie.0 != tie.1 else {
                paths.append([])
                continue
            }
            paths.append(
                addPath(tie: index, from: tie.0, to: tie.1, layerCount: count, relative: relative, keys: &keys))
        }
        initialOrder = Array(repeating: [], count: count)
        let sorted = keys.sorted { a, b in
            a.key != b.key ? a.key < b.key : a.vertex < b.vertex  // nodes (lower indices) before bends
        }
        for entry in sorted { initialOrder[layerOf[entry.vertex]].append(entry.vertex) }
        var ordering = BarycentricOrdering(edges: edges, rank: Array(vertices.indices), sweeps: sweeps)
        ordering.exchanges = true
        let best = ordering.improve(initialOrder)
        let tied = Set(edges.flatMap { [$0.upper, $0.lower] })
        // Nodes without a tie cross nothing wherever they stand: at the end they do not split the
        // nodes that work together.
        order = best.order.map { layer in layer.filter(tied.contains) + layer.filter { !tied.contains($0) } }
        crossings = (CrossingCount.total(order: initialOrder, edges: edges), best.crossings)
    }

    /// The path of one tie, adding its bends and edges; `keys` gets each bend's starting place.
    private mutating func addPath(
        tie: Int, from a: Int, to b: Int, layerCount: Int, relative: [Double], keys: inout [(vertex: Int, key: Double)]
    ) -> [Int] {
        let (la, lb) = (layerOf[a], layerOf[b])
        var bendLayers: [(layer: Int, key: Double)] = []
        if la == lb {
            let dip = la + 1 < layerCount ? la + 1 : la - 1
            bendLayers = [(dip, (relative[a] + relative[b]) / 2)]
        } else {
            let step = la < lb ? 1 : -1
            for layer in stride(from: la + step, to: lb, by: step) {
                let share = Double(layer - la) / Double(lb - la)
                bendLayers.append((layer, relative[a] + (relative[b] - relative[a]) * share))
            }
        }
        var path = [a]
        for bend in bendLayers {
            let vertex = vertices.count
            vertices.append(.bend(tie: tie))
            layerOf.append(bend.layer)
            keys.append((vertex, bend.key))
            path.append(vertex)
        }
        path.append(b)
        for (x, y) in zip(path, path.dropFirst()) {
            edges.append(layerOf[x] < layerOf[y] ? (x, y) : (y, x))
        }
        return path
    }

    /// Each node's place in its layer as a share of the layer's width, in the nodes' order.
    private static func relativePlaces(_ layers: [Int], count: Int) -> [Double] {
        var sizes = Array(repeating: 0, count: count)
        for layer in layers { sizes[layer] += 1 }
        var seen = Array(repeating: 0, count: count)
        return layers.map { layer in
            defer { seen[layer] += 1 }
            return (Double(seen[layer]) + 0.5) / Double(sizes[layer])
        }
    }

    /// Each vertex's position in its layer of the final order.
    var positions: [Int] {
        var result = Array(repeating: 0, count: vertices.count)
        for layer in order {
            for (index, vertex) in layer.enumerated() { result[vertex] = index }
        }
        return result
    }
}
