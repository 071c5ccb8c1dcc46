/// Disjoint sets over `0..<count` (union–find with path halving): which municipalities, or which
/// actions, a search must keep together.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    /// The representative of `x`'s set.
    mutating func root(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`; `b`'s representative stays the representative.
    mutating func union(_ a: Int, _ b: Int) {
        let rootA = root(a)
        let rootB = root(b)
        parent[rootA] = rootB
    }
}
