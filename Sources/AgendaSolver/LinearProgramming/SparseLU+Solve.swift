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
        // Sweeps write through a buffer: an array's subscript in the loop would check the array's
        // uniqueness at every entry.
        let (pivot, start, entries) = (lPivot, lStart, lEntries)
        x.values.withUnsafeMutableBufferPointer { values in
            for k in 0..<pivot.count {
                let v = values[pivot[k]]
                guard v != 0 else { continue }
                for e in start[k]..<start[k + 1] { values[entries[e].index] -= entries[e].value * v }
            }
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
        let (pivot, start, entries) = (lPivot, lStart, lEntries)
        y.values.withUnsafeMutableBufferPointer { values in
            for k in stride(from: pivot.count - 1, through: 0, by: -1) {
                var sum = 0.0
                for e in start[k]..<start[k + 1] { sum += entries[e].value * values[entries[e].index] }
                values[pivot[k]] -= sum
            }
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
        if hypersparse(x) && reach(from: x.indices, along: .uColumns) {
            // Local copies (one retain each), so that the loop does not copy `self` per pivot.
            let columns = uColumns
            let positionOf = positionOf
            let diagonal = diagonal
            for node in work.postorder.reversed() {
                let xi = x.values[node]
                guard xi != 0 else { continue }
                let j = positionOf[node]
                let v = xi / diagonal[j]
                x.values[node] = v
                for k in columns.range(j) { x.add(columns.entries[k].index, -columns.entries[k].value * v) }
            }
            return
        }
        sweepU(&x.values)
        x.relist()
    }

    /// `U x = b` over every pivot, last first, written through buffers.
    private func sweepU(_ x: inout [Double]) {
        let (columns, positionOf, diagonal, rowOf, order) = (uColumns, positionOf, diagonal, rowOf, order)
        x.withUnsafeMutableBufferPointer { x in
            for slot in stride(from: order.count - 1, through: 0, by: -1) where order[slot] >= 0 {
                let i = rowOf[order[slot]]
                let xi = x[i]
                guard xi != 0 else { continue }
                let j = positionOf[i]
                let v = xi / diagonal[j]
                x[i] = v
                for k in columns.range(j) { x[columns.entries[k].index] -= columns.entries[k].value * v }
            }
        }
    }

    /// `zᵀ U = eᵀ` in row space (`e` already moved to the pivot rows of its positions).
    private mutating func solveUTransposed(_ z: inout SparseVector) {
        if hypersparse(z) && reach(from: z.indices, along: .uRows) {
            let rows = uRows
            let rowOf = rowOf
            let positionOf = positionOf
            let diagonal = diagonal
            for node in work.postorder.reversed() {
                let zi = z.values[node]
                guard zi != 0 else { continue }
                let v = zi / diagonal[positionOf[node]]
                z.values[node] = v
                for k in rows.range(node) { z.add(rowOf[rows.entries[k].index], -rows.entries[k].value * v) }
            }
            return
        }
        sweepUTransposed(&z.values)
        z.relist()
    }

    /// `zᵀ U = eᵀ` over every pivot, first first, written through buffers.
    private func sweepUTransposed(_ z: inout [Double]) {
        let (rows, positionOf, diagonal, rowOf, order) = (uRows, positionOf, diagonal, rowOf, order)
        z.withUnsafeMutableBufferPointer { z in
            for slot in 0..<order.count where order[slot] >= 0 {
                let i = rowOf[order[slot]]
                let zi = z[i]
                guard zi != 0 else { continue }
                let v = zi / diagonal[positionOf[i]]
                z[i] = v
                for k in rows.range(i) { z[rowOf[rows.entries[k].index]] -= rows.entries[k].value * v }
            }
        }
    }

    // MARK: Helpers

    /// Moves entry `i` to `target[i]`.
    private mutating func permute(_ vector: inout SparseVector, by target: [Int]) {
        // The scratch array is moved out of `work` meanwhile, so that appending to it does not
        // reach through `self`.
        var moved: [Entry] = []
        swap(&moved, &work.scratch)
        moved.removeAll(keepingCapacity: true)
        for i in vector.indices where vector.values[i] != 0 {
            moved.append(Entry(index: target[i], value: vector.values[i]))
        }
        vector.clear()
        vector.set(moved)
        swap(&moved, &work.scratch)
    }
}
