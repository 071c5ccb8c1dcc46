extension SparseLU {
    /// Solves `B x = a`. `vector` holds `a` in row space on entry and `x` in position space on
    /// return. With `keepSpike`, `R⁻¹L⁻¹a` is kept for a following `replace`.
    mutating func ftran(_ vector: inout SparseVector, keepSpike: Bool = false) {
        applyL(&vector)
        applyR(&vector)
        if keepSpike { work.spike.copy(vector) }
        solveU(&vector)
        permute(&vector, by: positionOf)
    }

    /// Solves `yᵀ B = eᵀ`. `vector` holds `e` in position space on entry and `y` in row space on
    /// return.
    mutating func btran(_ vector: inout SparseVector) {
        permute(&vector, by: rowOf)
        solveUTransposed(&vector)
        applyRTransposed(&vector)
        applyLTransposed(&vector)
    }

    /// The graphs a hypersparse solve searches: which entries a nonzero at a row makes nonzero.
    enum Graph { case lColumns, lRows, uColumns, uRows }

    /// Whether a solve should search the reach of the right-hand side rather than sweep all pivots.
    private func hypersparse(_ vector: SparseVector) -> Bool {
        allowHypersparse && vector.indices.count * 10 < dimension
    }

    // MARK: L and R

    private mutating func applyL(_ x: inout SparseVector) {
        if hypersparse(x), reach(from: x.indices, along: .lColumns) {
            for node in work.postorder.reversed() {
                let k = etaOfRow[node]
                let v = x.values[node]
                guard k >= 0, v != 0 else { continue }
                for e in lStart[k]..<lStart[k + 1] { x.add(lEntries[e].index, -lEntries[e].value * v) }
            }
            return
        }
        for k in 0..<lPivot.count {
            let v = x.values[lPivot[k]]
            guard v != 0 else { continue }
            for e in lStart[k]..<lStart[k + 1] { x.values[lEntries[e].index] -= lEntries[e].value * v }
        }
        x.relist()
    }

    private mutating func applyLTransposed(_ y: inout SparseVector) {
        if hypersparse(y), reach(from: y.indices, along: .lRows) {
            for node in work.postorder.reversed() {
                let v = y.values[node]
                guard v != 0 else { continue }
                for e in lRowStart[node]..<lRowStart[node + 1] {
                    y.add(lRowEntries[e].index, -lRowEntries[e].value * v)
                }
            }
            return
        }
        for k in stride(from: lPivot.count - 1, through: 0, by: -1) {
            var sum = 0.0
            for e in lStart[k]..<lStart[k + 1] { sum += lEntries[e].value * y.values[lEntries[e].index] }
            y.values[lPivot[k]] -= sum
        }
        y.relist()
    }

    private func applyR(_ x: inout SparseVector) {
        for k in 0..<rRow.count {
            var sum = 0.0
            for e in rStart[k]..<rStart[k + 1] { sum += rEntries[e].value * x.values[rEntries[e].index] }
            if sum != 0 { x.add(rRow[k], -sum) }
        }
    }

    private func applyRTransposed(_ y: inout SparseVector) {
        for k in stride(from: rRow.count - 1, through: 0, by: -1) {
            let v = y.values[rRow[k]]
            guard v != 0 else { continue }
            for e in rStart[k]..<rStart[k + 1] { y.add(rEntries[e].index, -rEntries[e].value * v) }
        }
    }

    // MARK: U

    /// `U x = b` in row space: the value at a pivot row becomes the solution at its position.
    private mutating func solveU(_ x: inout SparseVector) {
        let searched = hypersparse(x) && reach(from: x.indices, along: .uColumns)
        // Local copies (one retain each), so that the loop does not copy `self` per pivot.
        let columns = uColumns
        let positionOf = positionOf
        let diagonal = diagonal
        @inline(__always) func eliminate(_ i: Int, listing: Bool) {
            let xi = x.values[i]
            guard xi != 0 else { return }
            let j = positionOf[i]
            let v = xi / diagonal[j]
            x.values[i] = v
            for k in columns.start[j]..<(columns.start[j] + columns.count[j]) {
                let entry = columns.entries[k]
                if listing {
                    x.add(entry.index, -entry.value * v)
                } else {
                    x.values[entry.index] -= entry.value * v
                }
            }
        }
        if searched {
            for node in work.postorder.reversed() { eliminate(node, listing: true) }
            return
        }
        for slot in stride(from: order.count - 1, through: 0, by: -1) where order[slot] >= 0 {
            eliminate(rowOf[order[slot]], listing: false)
        }
        x.relist()
    }

    /// `zᵀ U = eᵀ` in row space (`e` already moved to the pivot rows of its positions).
    private mutating func solveUTransposed(_ z: inout SparseVector) {
        let searched = hypersparse(z) && reach(from: z.indices, along: .uRows)
        let rows = uRows
        let rowOf = rowOf
        let positionOf = positionOf
        let diagonal = diagonal
        @inline(__always) func eliminate(_ i: Int, listing: Bool) {
            let zi = z.values[i]
            guard zi != 0 else { return }
            let v = zi / diagonal[positionOf[i]]
            z.values[i] = v
            for k in rows.start[i]..<(rows.start[i] + rows.count[i]) {
                let entry = rows.entries[k]
                if listing {
                    z.add(rowOf[entry.index], -entry.value * v)
                } else {
                    z.values[rowOf[entry.index]] -= entry.value * v
                }
            }
        }
        if searched {
            for node in work.postorder.reversed() { eliminate(node, listing: true) }
            return
        }
        for slot in 0..<order.count where order[slot] >= 0 {
            eliminate(rowOf[order[slot]], listing: false)
        }
        z.relist()
    }

    // MARK: Helpers

    /// Moves entry `i` to `target[i]`.
    private mutating func permute(_ vector: inout SparseVector, by target: [Int]) {
        work.scratch.removeAll(keepingCapacity: true)
        for i in vector.indices where vector.values[i] != 0 {
            work.scratch.append(Entry(index: target[i], value: vector.values[i]))
        }
        vector.clear()
        for entry in work.scratch { vector.set(entry.index, entry.value) }
    }

    /// Depth-first search from `seeds` along `graph`, leaving the reach in `work.postorder` (its
    /// reverse is a topological order). False, with nothing marked, when the reach passes a
    /// fifth of the dimension: a sweep is cheaper then.
    private mutating func reach(from seeds: [Int], along graph: Graph) -> Bool {
        let limit = dimension / 5
        work.postorder.removeAll(keepingCapacity: true)
        var tooFar = false
        search: for seed in seeds where !work.visited[seed] {
            work.visited[seed] = true
            work.stack.append(seed)
            work.cursor.append(0)
            while let node = work.stack.last {
                let k = work.cursor[work.cursor.count - 1]
                if let child = child(of: node, at: k, along: graph) {
                    work.cursor[work.cursor.count - 1] = k + 1
                    guard !work.visited[child] else { continue }
                    work.visited[child] = true
                    work.stack.append(child)
                    work.cursor.append(0)
                } else {
                    work.stack.removeLast()
                    work.cursor.removeLast()
                    work.postorder.append(node)
                    if work.postorder.count > limit {
                        tooFar = true
                        break search
                    }
                }
            }
        }
        for node in work.postorder { work.visited[node] = false }
        for node in work.stack { work.visited[node] = false }
        work.stack.removeAll(keepingCapacity: true)
        work.cursor.removeAll(keepingCapacity: true)
        return !tooFar
    }

    /// The `k`-th neighbour of row `node` in `graph`, or nil past the last.
    @inline(__always)
    private func child(of node: Int, at k: Int, along graph: Graph) -> Int? {
        switch graph {
        case .lColumns:
            let eta = etaOfRow[node]
            guard eta >= 0, lStart[eta] + k < lStart[eta + 1] else { return nil }
            return lEntries[lStart[eta] + k].index
        case .lRows:
            guard lRowStart[node] + k < lRowStart[node + 1] else { return nil }
            return lRowEntries[lRowStart[node] + k].index
        case .uColumns:
            let j = positionOf[node]
            return k < uColumns.count[j] ? uColumns.entries[uColumns.start[j] + k].index : nil
        case .uRows:
            return k < uRows.count[node] ? rowOf[uRows.entries[uRows.start[node] + k].index] : nil
        }
    }
}
