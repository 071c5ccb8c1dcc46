extension DualSimplex {
    /// Factorises the basis from scratch and recomputes basic values and reduced costs. Positions
    /// the factorisation could not pivot (a numerically singular basis) get the logicals of the
    /// rows left over; the basis is then made dual feasible again.
    mutating func refactor() {
        sinceRefactor = 0
        refactorDue = false
        refactors += 1
        let replaced = lu.factorize(
            basic: basic, columnCount: columnCount, columnStart: columnStart, columnEntries: columnEntries)
        for (row, logicalRow) in replaced {
            position[basic[row]] = -1
            basic[row] = columnCount + logicalRow
            position[columnCount + logicalRow] = row
        }
        recomputeSolution()
        if !replaced.isEmpty, !isDualFeasible { makeDualFeasible() }
    }

    /// Reduced costs and basic values from the factors: nonbasic columns placed at the bound their
    /// reduced cost asks for (which keeps the basis dual feasible), basic values solved for.
    mutating func recomputeSolution() {
        let m = rowCount
        // Duals y = c_B B⁻¹ by one BTRAN (into ρ's work vector); reduced costs d = c − y A.
        rho.clear()
        for (row, j) in basic.enumerated() where cost[j] != 0 { rho.set(row, cost[j]) }
        lu.btran(&rho)
        if reduced.count == columnCount + m {
            reduced.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        } else {
            reduced = Array(repeating: 0.0, count: columnCount + m)
        }
        structuralReducedCosts()
        logicalReducedCosts()
        // Basic values x_B = −B⁻¹ (N x_N) by one FTRAN (into the entering column's work vector).
        enteringColumn.clear()
        nonbasicActivity()
        lu.ftran(&enteringColumn)
        if basicValue.count != m { basicValue = Array(repeating: 0.0, count: m) }
        enteringColumn.values.withUnsafeBufferPointer { x in
            basicValue.withUnsafeMutableBufferPointer { _ = $0.update(fromContentsOf: x) }
        }
    }

    /// `d = −y_i` for the nonbasic logicals, each placed at the finite bound its reduced cost asks
    /// for (a logical can sit only at a finite bound).
    private mutating func logicalReducedCosts() {
        let (columnCount, rowCount, position, lower, upper) = (columnCount, rowCount, position, lower, upper)
        let y = rho.values
        reduced.withUnsafeMutableBufferPointer { reduced in
            atUpper.withUnsafeMutableBufferPointer { atUpper in
                for i in 0..<rowCount where position[columnCount + i] < 0 {
                    let j = columnCount + i
                    reduced[j] = -y[i]
                    if reduced[j] < 0, upper[j].isFinite {
                        atUpper[j] = true
                    } else if reduced[j] > 0, lower[j].isFinite {
                        atUpper[j] = false
                    }
                    if !upper[j].isFinite { atUpper[j] = false }
                    if !lower[j].isFinite { atUpper[j] = true }
                }
            }
        }
    }

    /// `−N x_N`, the right-hand side of the basic values, written densely into the cleared
    /// entering column: the same sums in the same order as adding entry by entry, with the
    /// nonzeros listed in index order.
    private mutating func nonbasicActivity() {
        let (columnCount, rowCount, position, lower, upper, atUpper) = (
            columnCount, rowCount, position, lower, upper, atUpper
        )
        columnStart.withUnsafeBufferPointer { start in
            columnEntries.withUnsafeBufferPointer { entries in
                enteringColumn.fill { rhs in
                    for j in 0..<columnCount where position[j] < 0 {
                        let v = atUpper[j] ? upper[j] : lower[j]
                        guard v != 0 else { continue }
                        for e in start[j]..<start[j + 1] { rhs[entries[e].index] += -entries[e].value * v }
                    }
                    for i in 0..<rowCount where position[columnCount + i] < 0 {
                        let j = columnCount + i
                        let v = atUpper[j] ? upper[j] : lower[j]
                        if v != 0 { rhs[i] += -v }
                    }
                }
            }
        }
    }

    /// `d_j = c_j − y·a_j` for the nonbasic structural columns, with `y` in `rho`, each placed at
    /// the bound its reduced cost asks for. Written through buffers: an array's subscript in the
    /// loop would check its uniqueness at every column.
    private mutating func structuralReducedCosts() {
        let (start, entries, position, cost, lower, upper) = (columnStart, columnEntries, position, cost, lower, upper)
        let y = rho.values
        reduced.withUnsafeMutableBufferPointer { reduced in
            atUpper.withUnsafeMutableBufferPointer { atUpper in
                for j in 0..<columnCount where position[j] < 0 {
                    var sum = 0.0
                    for e in start[j]..<start[j + 1] { sum += y[entries[e].index] * entries[e].value }
                    reduced[j] = cost[j] - sum
                    if lower[j] < upper[j] { atUpper[j] = reduced[j] < 0 }
                }
            }
        }
    }
}
