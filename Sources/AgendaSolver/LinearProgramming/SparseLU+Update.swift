extension SparseLU {
    /// Forrest–Tomlin update: position `r` now holds the column whose `ftran(keepSpike: true)` was
    /// the last one, and whose solution had `pivot` at position `r`.
    ///
    /// The spike replaces column `r` of `U`; the pivot of `r` moves to the end of the order, and its
    /// row's entries, now out of triangle, are eliminated with the rows of later pivots, recorded as
    /// one `R` eta. The new diagonal must equal `pivot` times the old one; when it does not (to a
    /// relative 1e-8), or is tiny, or the updates reach `updateLimit`, the answer asks for a fresh
    /// factorisation. The factors are updated either way.
    mutating func replace(position r: Int, pivot: Double) -> UpdateResult {
        let t = rowOf[r]
        let oldDiagonal = diagonal[r]
        removeColumn(r)
        // The pivot row's entries, to eliminate; `U` keeps only its diagonal.
        work.row.clear()
        for k in uRows.range(t) {
            let entry = uRows.entries[k]
            work.row.set(entry.index, entry.value)
            uColumns.remove(index: t, from: entry.index)
        }
        uRows.clear(t)
        var newDiagonal = 0.0
        for i in work.spike.indices {
            let v = work.spike.values[i]
            guard v != 0 else { continue }
            if i == t {
                newDiagonal = v
            } else {
                uColumns.append(Entry(index: i, value: v), to: r)
                uRows.append(Entry(index: r, value: v), to: i)
            }
        }
        newDiagonal -= eliminatePivotRow(into: t, spikePosition: r)
        diagonal[r] = newDiagonal
        order[slotOf[r]] = -1
        slotOf[r] = order.count
        order.append(r)
        updates += 1
        let expected = pivot * oldDiagonal
        let unstable =
            abs(newDiagonal) < Self.zeroTolerance
            || abs(newDiagonal - expected) > 1e-8 * max(abs(newDiagonal), abs(expected))
        return unstable || updates >= Self.updateLimit ? .refactor : .updated
    }

    /// Eliminates the entries in `work.row` (positions) with the rows of their pivots, in pivot
    /// order, as an `R` eta for `row`; returns what the elimination takes off at `spikePosition`.
    private mutating func eliminatePivotRow(into row: Int, spikePosition r: Int) -> Double {
        work.heap.removeAll(keepingCapacity: true)
        for j in work.row.indices { pushSlot(slotOf[j]) }
        var taken = 0.0
        var etaEntries = 0
        while let slot = popSlot() {
            let j = order[slot]
            let v = work.row.values[j]
            guard v != 0 else { continue }
            work.row.values[j] = 0
            let pivotRow = rowOf[j]
            let multiplier = v / diagonal[j]
            rEntries.append(Entry(index: pivotRow, value: multiplier))
            etaEntries += 1
            for k in uRows.range(pivotRow) {
                let entry = uRows.entries[k]
                if entry.index == r {
                    taken += multiplier * entry.value
                } else {
                    if work.row.values[entry.index] == 0 { pushSlot(slotOf[entry.index]) }
                    work.row.add(entry.index, -multiplier * entry.value)
                }
            }
        }
        if etaEntries > 0 {
            rRow.append(row)
            rStart.append(rEntries.count)
        }
        work.row.clear()
        return taken
    }

    /// Removes position `r`'s off-diagonal entries from `U`.
    private mutating func removeColumn(_ r: Int) {
        for k in uColumns.range(r) { uRows.remove(index: r, from: uColumns.entries[k].index) }
        uColumns.clear(r)
    }

    // MARK: A heap of slots

    private mutating func pushSlot(_ slot: Int) {
        work.heap.append(slot)
        var child = work.heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard work.heap[parent] > work.heap[child] else { break }
            work.heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func popSlot() -> Int? {
        guard let top = work.heap.first else { return nil }
        let last = work.heap.removeLast()
        if !work.heap.isEmpty {
            work.heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < work.heap.count else { break }
                var smallest = left
                if left + 1 < work.heap.count, work.heap[left + 1] < work.heap[left] { smallest = left + 1 }
                guard work.heap[smallest] < work.heap[parent] else { break }
                work.heap.swapAt(smallest, parent)
                parent = smallest
            }
        }
        return top
    }
}
