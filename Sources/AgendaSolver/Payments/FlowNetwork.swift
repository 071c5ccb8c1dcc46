/// A residual flow network with integer capacities, for deciding whether chosen actions can be paid
/// and with which payments.
///
/// Edges come in pairs: edge `e` and its reverse `e ^ 1`; `capacity[e]` is the residual capacity.
/// It offers the operations the planner needs: finding residual paths backwards from a node, sending
/// money along them or round a cycle, and undoing that exactly.
struct FlowNetwork {
    static let infinite = Int.max / 4

    private(set) var nodeCount: Int
    private var first: [Int]
    private(set) var target: [Int] = []
    private(set) var capacity: [Int] = []
    private var nextEdge: [Int] = []
    // Scratch space of the backward search: a node is visited in the current search when its stamp
    // equals `searchStamp`, and `via` holds the edge used to leave it towards the search's start.
    private var stamp: [Int]
    private var via: [Int]
    private var searchStamp = 0
    /// `[node]` → the one edge `hub → node` (-1 when there is none, -2 when there are several). A
    /// search that ends at the hub looks at this edge first instead of at the end of a long list.
    private var hubEdge: [Int]
    /// The node whose edges `hubEdge` indexes: the super source of the payments.
    let hub: Int

    init(nodes: Int, hub: Int = 0) {
        nodeCount = nodes
        first = Array(repeating: -1, count: nodes)
        stamp = Array(repeating: 0, count: nodes)
        via = Array(repeating: -1, count: nodes)
        hubEdge = Array(repeating: -1, count: nodes)
        self.hub = hub
    }

    /// Adds an edge `from → to` and its reverse; returns the forward edge's index.
    @discardableResult
    mutating func addEdge(_ from: Int, _ to: Int, capacity: Int) -> Int {
        let index = target.count
        target.append(to)
        self.capacity.append(capacity)
        nextEdge.append(first[from])
        first[from] = index
        target.append(from)
        self.capacity.append(0)
        nextEdge.append(first[to])
        first[to] = index + 1
        if from == hub { hubEdge[to] = hubEdge[to] == -1 ? index : -2 }
        return index
    }

    /// The flow on a forward edge (the residual capacity of its reverse).
    func flow(_ edge: Int) -> Int { capacity[edge ^ 1] }

    /// Raises (or lowers, never below the flow on it) the capacity of a forward edge.
    mutating func setCapacity(_ edge: Int, to newCapacity: Int) {
        let used = capacity[edge ^ 1]
        capacity[edge] = max(0, newCapacity - used)
    }

    func edges(from node: Int) -> EdgeSequence { EdgeSequence(network: self, node: node) }

    struct EdgeSequence: Sequence, IteratorProtocol {
        let network: FlowNetwork
        var edge: Int

        init(network: FlowNetwork, node: Int) {
            self.network = network
            edge = network.first[node]
        }

        mutating func next() -> Int? {
            guard edge >= 0 else { return nil }
            defer { edge = network.nextEdge[edge] }
            return edge
        }
    }

    /// One push along a path, for undoing.
    struct Push {
        var edges: [Int]
        var amount: Int
    }

    /// Sends `amount` along `edges`.
    mutating func apply(_ edges: [Int], amount: Int) {
        for edge in edges {
            capacity[edge] -= amount
            capacity[edge ^ 1] += amount
        }
    }

    /// Reverses pushes exactly, newest first.
    mutating func undo(_ log: [Push]) {
        for push in log.reversed() {
            for edge in push.edges {
                capacity[edge] += push.amount
                capacity[edge ^ 1] -= push.amount
            }
        }
    }

    /// `[node]` → whether a path of residual edges leads from `source` to it without passing
    /// `blocked`. Sending flow along a path from `source` never makes another node reachable (the
    /// reverse edges it opens lead back along that path), so the set only shrinks as flow is pushed.
    func reachable(from source: Int, avoiding blocked: Int) -> [Bool] {
        var seen = Array(repeating: false, count: nodeCount)
        seen[source] = true
        var queue = [source]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            var edge = first[current]
            while edge >= 0 {
                let other = target[edge]
                if capacity[edge] > 0, !seen[other], other != blocked {
                    seen[other] = true
                    queue.append(other)
                }
                edge = nextEdge[edge]
            }
        }
        return seen
    }

    /// `backwardPath` for extensions in this file.
    mutating func backwardPathPublic(
        to node: Int, from source: Int, blocked: (Int) -> Bool,
        unreachable: inout [Int]
    ) -> [Int]? {
        backwardPath(to: node, from: source, blocked: blocked, unreachable: &unreachable)
    }

    /// A path of residual edges from `source` to `node`, found from `node` backwards; edges in path
    /// order (source first).
    private mutating func backwardPath(
        to node: Int, from source: Int, blocked: (Int) -> Bool,
        unreachable: inout [Int]
    ) -> [Int]? {
        searchStamp += 1
        stamp[node] = searchStamp
        via[node] = -1
        var queue = [node]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            // The scan below would reach the hub's edge last (it was added first); with one such
            // edge, taking it at once finds the same path.
            if source == hub, hubEdge[current] >= 0, capacity[hubEdge[current]] > 0, !blocked(source) {
                via[source] = hubEdge[current]
                return path(from: source, to: node)
            }
            var edge = first[current]
            while edge >= 0 {
                defer { edge = nextEdge[edge] }
                // `edge` goes current → other; its reverse other → current has residual capacity[edge ^ 1].
                let other = target[edge]
                guard capacity[edge ^ 1] > 0, stamp[other] != searchStamp, !blocked(other) else { continue }
                stamp[other] = searchStamp
                via[other] = edge ^ 1
                if other == source { return path(from: source, to: node) }
                queue.append(other)
            }
        }
        unreachable.append(contentsOf: queue)
        return nil
    }

    /// The edges of the search's path from `source` to `node`, following `via`.
    private func path(from source: Int, to node: Int) -> [Int] {
        var path: [Int] = []
        var at = source
        while at != node {
            let step = via[at]
            path.append(step)
            at = target[step]
        }
        return path
    }
}

extension FlowNetwork {
    /// Raises the flow on `edge` by up to `amount` without changing any node's balance: by sending it
    /// round a cycle (the edge plus a residual path from its head back to its tail). Used to move
    /// key-shared money onto a municipality's actions in place of other money. Returns the amount
    /// moved and the pushes, for undoing.
    mutating func raiseFlow(on edge: Int, by amount: Int, blocked: (Int) -> Bool) -> (raised: Int, log: [Push]) {
        var raised = 0
        var log: [Push] = []
        let tail = target[edge ^ 1]
        let head = target[edge]
        // Each cycle moves at least one euro; a bounded number keeps a pathological case fast.
        var cycles = 0
        while raised < amount, capacity[edge] > 0, cycles < 64 {
            cycles += 1
            // A path head → … → tail, found backwards from tail.
            var unreachable: [Int] = []
            guard let path = backwardPathPublic(to: tail, from: head, blocked: blocked, unreachable: &unreachable)
            else { break }
            let cycle = [edge] + path
            var bottleneck = amount - raised
            for step in cycle { bottleneck = min(bottleneck, capacity[step]) }
            guard bottleneck > 0 else { break }
            apply(cycle, amount: bottleneck)
            log.append(Push(edges: cycle, amount: bottleneck))
            raised += bottleneck
        }
        return (raised, log)
    }
}
