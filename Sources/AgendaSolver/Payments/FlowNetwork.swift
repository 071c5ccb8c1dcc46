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
    // Scratch space of `send`: a node's residual distance to the node money is sent to, and the
    // next of its edges to try in the current phase.
    private var level: [Int]
    private var arc: [Int]
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
        level = Array(repeating: -1, count: nodes)
        arc = Array(repeating: -1, count: nodes)
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

extension FlowNetwork {
    /// Sends up to `amount` from `source` to `node`, and on through `exit` (an edge out of `node`)
    /// when there is one, along residual paths that avoid the nodes `blocked` rejects; returns
    /// what was sent, and `log` gets the pushes, for undoing.
    ///
    /// Dinic's phases: a search backwards from `node` labels the nodes with their residual
    /// distance to it, then depth-first searches from `source` push along edges that come one step
    /// closer, each edge given up for the phase once it leads nowhere. One search thus yields
    /// many paths where `backwardPath` yields one, which matters when money comes in many small
    /// amounts from far away. The amount sent is the most that can be, up to `amount`.
    mutating func send(
        _ amount: Int, from source: Int, to node: Int, exit: Int?, blocked: (Int) -> Bool, log: inout [Push]
    ) -> Int {
        var sent = 0
        while sent < amount, label(from: source, to: node, blocked: blocked) {
            let pushed = pushAlongLevels(amount - sent, from: source, to: node, exit: exit, log: &log)
            guard pushed > 0 else { break }
            sent += pushed
        }
        return sent
    }

    /// Labels every node from which a residual path leads to `node` with the path's least length,
    /// searching backwards from `node` until `source` is labelled; true when it is. By then every
    /// node closer to `node` than `source` is labelled, which is all a phase needs.
    private mutating func label(from source: Int, to node: Int, blocked: (Int) -> Bool) -> Bool {
        searchStamp += 1
        stamp[node] = searchStamp
        level[node] = 0
        arc[node] = first[node]
        var queue = [node]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            var edge = first[current]
            while edge >= 0 {
                defer { edge = nextEdge[edge] }
                let other = target[edge]
                guard capacity[edge ^ 1] > 0, stamp[other] != searchStamp, !blocked(other) else { continue }
                stamp[other] = searchStamp
                level[other] = level[current] + 1
                arc[other] = first[other]
                if other == source { return true }
                queue.append(other)
            }
        }
        return false
    }

    /// One phase: pushes up to `amount` from `source` to `node` (and through `exit`) along edges
    /// that each come one label closer to `node`, until no such path is left.
    private mutating func pushAlongLevels(_ amount: Int, from source: Int, to node: Int, exit: Int?, log: inout [Push])
        -> Int
    {
        var sent = 0
        var path: [Int] = []
        var at = source
        while sent < amount {
            if at == node {
                let route = exit.map { path + [$0] } ?? path
                var bottleneck = amount - sent
                for edge in route { bottleneck = min(bottleneck, capacity[edge]) }
                apply(route, amount: bottleneck)
                log.append(Push(edges: route, amount: bottleneck))
                sent += bottleneck
                // On from the tail of the first edge the push used up; none: the amount is sent.
                guard let spent = path.firstIndex(where: { capacity[$0] == 0 }) else { break }
                path.removeSubrange(spent...)
                at = path.last.map { target[$0] } ?? source
                continue
            }
            var edge = arc[at]
            while edge >= 0 {
                let next = target[edge]
                if capacity[edge] > 0, stamp[next] == searchStamp, level[next] == level[at] - 1 { break }
                edge = nextEdge[edge]
            }
            arc[at] = edge
            if edge >= 0 {
                path.append(edge)
                at = target[edge]
                continue
            }
            // Nothing leads on from here in this phase: no edge into it counts any more.
            level[at] = -1
            guard let last = path.popLast() else { break }
            at = target[last ^ 1]
            arc[at] = nextEdge[last]
        }
        return sent
    }
}
