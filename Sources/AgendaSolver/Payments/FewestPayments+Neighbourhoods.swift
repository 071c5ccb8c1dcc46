extension FewestPayments {
    /// `start` improved by searches of neighbourhoods (large neighbourhood search), each from the
    /// solved root relaxation `root`: the action-years that two sources pay, in any year, may be
    /// paid by any of their sources, while every other action-year keeps the payers it has (their
    /// amounts may still move); branch and bound over the free payments looks for fewer in a tenth
    /// of `nodeLimit` nodes. Rounds over every pair of sources run until a round finds nothing
    /// better, within twenty times `nodeLimit` nodes in all.
    ///
    /// Splits come from budgets: one source's money does not fit whole action-years, and its
    /// remainder is paid beside another source. Freeing two sources' action-years lets the search
    /// regroup them, where branching over all payments at once wanders (the relaxation of a
    /// fixed charge is weak). Measured on Haaglanden: 133 payments become 130 (`docs/planner.md`).
    func improved(_ start: (shares: [Double], count: Int), from root: DualSimplex, nodeLimit: Int)
        -> (shares: [Double], count: Int)
    {
        var best = start
        let nodes = max(nodeLimit / 10, 1)
        var left = nodeLimit * 20
        var improving = true
        while improving, left >= nodes, !stop.isRequested {
            improving = false
            for free in neighbourhoods(best.shares) where left >= nodes {
                left -= nodes
                var found: (shares: [Double], count: Int)? = best
                let decisions = kept(best.shares, outside: free)
                _ = branchAndBound(root, from: decisions, best: &found, incumbent: best.count, nodeLimit: nodes)
                if let found, found.count < best.count {
                    best = found
                    improving = true
                }
            }
        }
        return best
    }

    /// Per pair of sources that pay in `shares`, the action-years either of them pays.
    private func neighbourhoods(_ shares: [Double]) -> [Set<Int>] {
        var paidBy: [Int: Set<Int>] = [:]
        for (index, entry) in entries.enumerated() where shares[index] > 1e-9 {
            paidBy[entry.source, default: []].insert(entry.cell)
        }
        let sources = paidBy.keys.sorted()
        var result: [Set<Int>] = []
        for (position, first) in sources.enumerated() {
            for second in sources[(position + 1)...] {
                result.append(paidBy[first, default: []].union(paidBy[second, default: []]))
            }
        }
        return result
    }

    /// The decisions that keep every action-year outside `free` paid by the sources that pay it in
    /// `shares`, and by no other.
    private func kept(_ shares: [Double], outside free: Set<Int>) -> [(entry: Int, pays: Bool)] {
        entries.indices.compactMap { index in
            free.contains(entries[index].cell) ? nil : (index, shares[index] > 1e-9)
        }
    }
}
