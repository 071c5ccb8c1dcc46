/// Splits the key-shared sources' money of one year between the parts of a decomposed agenda so
/// that every part can meet its municipalities' floors: a small transportation problem (sources
/// supply their budget, parts ask for their floors, a source can reach a part only up to what the
/// part's eligible actions could take of it), solved as a maximum flow with shortest augmenting
/// paths.
struct FloorQuotas {
    /// `supply[s]`: budget of key-shared source `s`; `demand[p]`: what part `p` needs;
    /// `capacity[p][s]`: the most part `p`'s actions could take of source `s`.
    /// Returns `[p][s]`, the money of each source reserved for each part.
    static func split(supply: [Int], demand: [Int], capacity: [[Int]]) -> [[Int]] {
        let sources = supply.count
        let parts = demand.count
        // Nodes: 0 super source, 1 sink, 2… sources, then parts.
        let nodeCount = 2 + sources + parts
        var head = Array(repeating: -1, count: nodeCount)
        var to: [Int] = []
        var next: [Int] = []
        var residual: [Int] = []
        func addEdge(_ from: Int, _ target: Int, _ amount: Int) -> Int {
            to.append(target)
            residual.append(amount)
            next.append(head[from])
            head[from] = to.count - 1
            to.append(from)
            residual.append(0)
            next.append(head[target])
            head[target] = to.count - 1
            return to.count - 2
        }
        for source in 0..<sources where supply[source] > 0 { _ = addEdge(0, 2 + source, supply[source]) }
        var arcs = Array(repeating: Array(repeating: -1, count: sources), count: parts)
        for part in 0..<parts where demand[part] > 0 {
            _ = addEdge(2 + sources + part, 1, demand[part])
            for source in 0..<sources where capacity[part][source] > 0 {
                arcs[part][source] = addEdge(2 + source, 2 + sources + part, capacity[part][source])
            }
        }
        // Edmonds–Karp: breadth-first augmenting paths.
        while true {
            var previous = Array(repeating: -1, count: nodeCount)
            var queue = [0]
            var seen = Array(repeating: false, count: nodeCount)
            seen[0] = true
            var index = 0
            while index < queue.count && !seen[1] {
                let node = queue[index]
                index += 1
                var edge = head[node]
                while edge >= 0 {
                    if residual[edge] > 0 && !seen[to[edge]] {
                        seen[to[edge]] = true
                        previous[to[edge]] = edge
                        queue.append(to[edge])
                    }
                    edge = next[edge]
                }
            }
            guard seen[1] else { break }
            var amount = Int.max
            var node = 1
            while node != 0 {
                let edge = previous[node]
                amount = min(amount, residual[edge])
                node = to[edge ^ 1]
            }
            node = 1
            while node != 0 {
                let edge = previous[node]
                residual[edge] -= amount
                residual[edge ^ 1] += amount
                node = to[edge ^ 1]
            }
        }
        return (0..<parts).map { part in
            (0..<sources).map { source in arcs[part][source] >= 0 ? residual[arcs[part][source] ^ 1] : 0 }
        }
    }
}
