extension DualSimplex {
    /// A nonbasic column the dual step meets in the ratio test: the step at which its reduced cost
    /// reaches zero (`ratio`), and that step allowing `dualTolerance` of infeasibility (`relaxed`,
    /// Harris' bound).
    struct Breakpoint {
        var column: Int
        /// `|α_rj|`, the column's entry in the pivot row, in the direction that moves the leaving
        /// value towards its bound.
        var directed: Double
        var ratio: Double
        var relaxed: Double
    }

    /// The bound-flipping ("long-step") ratio test with Harris' tolerances: which nonbasic column
    /// enters (−1 when none can: the problem is infeasible), and in `flips` the boxed columns the
    /// dual step passes on the way, each to move to its other bound.
    ///
    /// The dual objective rises along the step with slope `infeasibility` (how far the leaving
    /// value is outside its bound). Each breakpoint passed turns a reduced cost's sign; a boxed
    /// column there can flip to its other bound, which moves the leaving value towards its bound
    /// by `|α_rj|·(u_j − l_j)` and lowers the slope by as much. While the slope stays positive the
    /// step goes on, so one pivot does the work of several: a planning model's decisions and
    /// shares are all boxed. The breakpoints are taken in groups, each the ones within Harris'
    /// bound of those left; the group where the step ends gives the entering column, its largest
    /// `|α_rj|` (ties to the lowest column, whatever order the nonzeros were found in).
    mutating func chooseEntering(toUpper: Bool, infeasibility: Double) -> Int {
        collectBreakpoints(toUpper: toUpper)
        flips.removeAll(keepingCapacity: true)
        guard !breakpoints.isEmpty else { return -1 }
        heapifyBreakpoints()
        var slope = infeasibility
        var start = 0
        while true {
            let end = groupEnd(from: start)
            let capacity = flipCapacity(start..<end)
            // The last group always gives the entering column: passing every breakpoint would claim
            // infeasibility on a slope that rounding may have left positive.
            guard end < breakpoints.count, slope - capacity > Self.primalTolerance else {
                return widestPivot(start..<end)
            }
            slope -= capacity
            for k in start..<end { flips.append(breakpoints[breakpointOrder[k]].column) }
            start = end
        }
    }

    /// The nonbasic columns whose pivot-row entry lets them enter, with their ratios.
    private mutating func collectBreakpoints(toUpper: Bool) {
        breakpoints.removeAll(keepingCapacity: true)
        for j in rowAlpha.indices where lower[j] < upper[j] {
            let alpha = toUpper ? rowAlpha.values[j] : -rowAlpha.values[j]
            let directed = atUpper[j] ? -alpha : alpha
            guard directed > Self.pivotTolerance else { continue }
            let dj = max(atUpper[j] ? -reduced[j] : reduced[j], 0)
            breakpoints.append(
                Breakpoint(
                    column: j, directed: directed, ratio: dj / directed,
                    relaxed: (dj + Self.dualTolerance) / directed))
        }
    }

    /// The end of the group that starts at `start` in the ordered breakpoints: those whose ratio is
    /// within Harris' bound, the least relaxed ratio of all that follow. Since the relaxed ratio is
    /// never below the ratio, the scan can stop at the first ratio beyond the bound so far.
    private mutating func groupEnd(from start: Int) -> Int {
        var bound = Double.infinity
        var end = start
        while end < breakpoints.count, orderedBreakpoint(end).ratio <= bound {
            bound = min(bound, orderedBreakpoint(end).relaxed)
            end += 1
        }
        while end > start + 1, orderedBreakpoint(end - 1).ratio > bound { end -= 1 }
        return end
    }

    /// The `k`-th breakpoint in ratio order (ties to the lowest column), taken from the heap as the
    /// test reaches it: most steps end within a few breakpoints, so sorting them all is wasted.
    private mutating func orderedBreakpoint(_ k: Int) -> Breakpoint {
        while breakpointOrder.count <= k { breakpointOrder.append(popBreakpoint()) }
        return breakpoints[breakpointOrder[k]]
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (breakpoints[a], breakpoints[b])
        return x.ratio != y.ratio ? x.ratio < y.ratio : x.column < y.column
    }

    /// Makes `breakpointHeap` a heap of all breakpoints, with none taken yet.
    private mutating func heapifyBreakpoints() {
        breakpointOrder.removeAll(keepingCapacity: true)
        breakpointHeap.removeAll(keepingCapacity: true)
        breakpointHeap.append(contentsOf: breakpoints.indices)
        for node in stride(from: breakpointHeap.count / 2 - 1, through: 0, by: -1) { siftDown(node) }
    }

    /// The first breakpoint left in ratio order, taken off the heap.
    private mutating func popBreakpoint() -> Int {
        let first = breakpointHeap[0]
        let last = breakpointHeap.removeLast()
        if !breakpointHeap.isEmpty {
            breakpointHeap[0] = last
            siftDown(0)
        }
        return first
    }

    private mutating func siftDown(_ start: Int) {
        var node = start
        let count = breakpointHeap.count
        while true {
            var first = node
            let (left, right) = (2 * node + 1, 2 * node + 2)
            if left < count, precedes(breakpointHeap[left], breakpointHeap[first]) { first = left }
            if right < count, precedes(breakpointHeap[right], breakpointHeap[first]) { first = right }
            if first == node { return }
            breakpointHeap.swapAt(node, first)
            node = first
        }
    }

    /// How far flipping every column of the group moves the leaving value: infinite when one of
    /// them has an infinite bound.
    private func flipCapacity(_ group: Range<Int>) -> Double {
        var capacity = 0.0
        for k in group {
            let breakpoint = breakpoints[breakpointOrder[k]]
            capacity += breakpoint.directed * (upper[breakpoint.column] - lower[breakpoint.column])
        }
        return capacity.isNaN ? .infinity : capacity
    }

    /// The group's column with the largest `|α_rj|`, ties to the lowest column.
    private func widestPivot(_ group: Range<Int>) -> Int {
        var entering = -1
        var largest = 0.0
        for k in group {
            let candidate = breakpoints[breakpointOrder[k]]
            if candidate.directed > largest || (candidate.directed == largest && candidate.column < entering) {
                largest = candidate.directed
                entering = candidate.column
            }
        }
        return entering
    }

    /// Moves the columns of `flips` to their other bound, and the basic values with them: one
    /// FTRAN of the sum of their columns, each times its change.
    mutating func applyFlips() {
        guard !flips.isEmpty else { return }
        flipped.clear()
        for j in flips {
            let old = atUpper[j] ? upper[j] : lower[j]
            atUpper[j].toggle()
            gatherMove(of: j, by: (atUpper[j] ? upper[j] : lower[j]) - old)
        }
        moveBasicValues()
        flips.removeAll(keepingCapacity: true)
    }

    /// Adds nonbasic column `j`'s move by `change` to `flipped`: its column times the change.
    mutating func gatherMove(of j: Int, by change: Double) {
        if j >= columnCount {
            flipped.add(j - columnCount, change)
        } else {
            for entry in columnEntries(of: j) { flipped.add(entry.index, entry.value * change) }
        }
    }

    /// Moves the basic values by the nonbasic moves gathered in `flipped`: one FTRAN for them all.
    mutating func moveBasicValues() {
        guard !flipped.indices.isEmpty else { return }
        lu.ftran(&flipped)
        for row in flipped.indices { basicValue[row] -= flipped.values[row] }
    }
}
