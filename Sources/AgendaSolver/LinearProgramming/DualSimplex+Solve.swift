extension DualSimplex {
    /// Runs dual simplex pivots until the basis is optimal, the problem is shown infeasible, or
    /// `limit` pivots have passed, or `cutOff` says the objective has risen far enough. Every
    /// pivot keeps the basis dual feasible, so its objective only rises towards the optimum and is
    /// a lower bound all the way: once it is high enough to cut a node off, the rest is not needed.
    mutating func solve(limit: Int = 1_000_000, cutOff: ((Double) -> Bool)? = nil) -> Status {
        var pivots = 0
        while true {
            if refactorDue || sinceRefactor >= Self.refactorInterval { refactor() }
            let leavingRow = chooseLeavingRow()
            guard leavingRow >= 0 else { return .optimal }
            guard pivots < limit else { return .iterationLimit }
            if let cutOff, cutOff(objective) { return .cutOff }
            let leaving = basic[leavingRow]
            let toUpper = basicValue[leavingRow] > upper[leaving]
            let target = toUpper ? upper[leaving] : lower[leaving]

            computePivotRow(leavingRow)
            let entering = chooseEntering(toUpper: toUpper, infeasibility: abs(basicValue[leavingRow] - target))
            guard entering >= 0 else { return .infeasible }
            let pivot = rowAlpha.values[entering]

            computeEnteringColumn(entering)
            // The pivot seen from the row and from the column must agree; if not, rounding error
            // has built up in the updates: factorise afresh and choose again.
            let columnPivot = enteringColumn.values[leavingRow]
            if sinceRefactor > 0, abs(columnPivot - pivot) > max(1e-9, 1e-6 * abs(pivot)) {
                refactorDue = true
                continue
            }
            // The columns the step passed move to their other bound, which leaves less for the
            // entering column to do.
            applyFlips()
            let delta = basicValue[leavingRow] - target
            if pricing == .steepestEdge { updateWeights(leavingRow: leavingRow) }
            updateDuals(entering: entering, leaving: leaving, pivot: pivot)
            updatePrimal(entering: entering, leavingRow: leavingRow, step: delta / pivot)

            // Basis change.
            position[leaving] = -1
            atUpper[leaving] = toUpper
            position[entering] = leavingRow
            atUpper[entering] = false
            basic[leavingRow] = entering
            if lu.replace(position: leavingRow, pivot: columnPivot) == .refactor { refactorDue = true }
            sinceRefactor += 1
            pivots += 1
            iterations += 1
        }
    }

    /// The row whose basic value is furthest outside its bounds (by steepest edge: the largest
    /// squared violation per weight), or −1 when none is.
    private func chooseLeavingRow() -> Int {
        var leavingRow = -1
        var worst = pricing == .steepestEdge ? 0 : Self.primalTolerance
        for row in 0..<rowCount {
            let j = basic[row]
            let v = basicValue[row]
            let violation = v < lower[j] ? lower[j] - v : (v > upper[j] ? v - upper[j] : 0)
            guard violation > Self.primalTolerance else { continue }
            let merit = pricing == .steepestEdge ? violation * violation / weights[row] : violation
            if merit > worst {
                worst = merit
                leavingRow = row
            }
        }
        return leavingRow
    }

    /// Dual steepest-edge weights after the pivot (Forrest and Goldfarb): with `α` the entering
    /// column and `τ = B⁻¹ρ_r`, `w_i − 2(α_i/α_r)τ_i + (α_i/α_r)² w_r`, and `w_r/α_r²` for the
    /// leaving row, where `w_r = ‖ρ_r‖²` is taken exactly from `ρ`.
    private mutating func updateWeights(leavingRow r: Int) {
        var exact = 0.0
        tau.clear()
        for i in rho.indices where rho.values[i] != 0 {
            exact += rho.values[i] * rho.values[i]
            tau.set(i, rho.values[i])
        }
        lu.ftran(&tau)
        let alphaR = enteringColumn.values[r]
        for i in enteringColumn.indices where i != r {
            let ratio = enteringColumn.values[i] / alphaR
            guard ratio != 0 else { continue }
            weights[i] = max(weights[i] + ratio * (ratio * exact - 2 * tau.values[i]), 1e-4)
        }
        weights[r] = max(exact / (alphaR * alphaR), 1e-4)
    }

    /// `α_r = e_rᵀ B⁻¹ A` over the nonbasic columns: `ρ = e_rᵀ B⁻¹` by one BTRAN, then the rows of
    /// `A` at the nonzeros of `ρ` when it is sparse, or each column's dot product with `ρ` when it
    /// is not (a logical's entry is `ρ_i` itself). Branch and bound on Haaglanden's 400 rows meets
    /// a `ρ` with a third of its entries nonzero on average.
    mutating func computePivotRow(_ leavingRow: Int) {
        rho.clear()
        rho.set(leavingRow, 1)
        lu.btran(&rho)
        rowAlpha.clear()
        if rho.indices.count * Self.denseRowDivisor > rowCount {
            priceByColumn()
        } else {
            priceByRow()
        }
    }

    /// The pivot row by the rows of `ρ`'s nonzeros: the work follows `ρ`'s sparsity.
    mutating func priceByRow() {
        let columnCount = self.columnCount
        rowStart.withUnsafeBufferPointer { start in
            rowEntries.withUnsafeBufferPointer { entries in
                position.withUnsafeBufferPointer { position in
                    for i in rho.indices {
                        let v = rho.values[i]
                        guard v != 0 else { continue }
                        let row = UnsafeBufferPointer(rebasing: entries[start[i]..<start[i + 1]])
                        rowAlpha.addNonbasic(row, times: v, position: position)
                        if position[columnCount + i] < 0 { rowAlpha.set(columnCount + i, v) }
                    }
                }
            }
        }
    }

    /// The pivot row as one dot product with `ρ` per nonbasic column: when `ρ` is dense, a sweep
    /// over the columns in order costs less than listing each entry the rows reach.
    mutating func priceByColumn() {
        let (columnCount, rowCount) = (self.columnCount, self.rowCount)
        rho.values.withUnsafeBufferPointer { y in
            columnStart.withUnsafeBufferPointer { start in
                columnEntries.withUnsafeBufferPointer { entries in
                    position.withUnsafeBufferPointer { position in
                        rowAlpha.fill { alpha in
                            for j in 0..<columnCount where position[j] < 0 {
                                var sum = 0.0
                                for e in start[j]..<start[j + 1] { sum += y[entries[e].index] * entries[e].value }
                                alpha[j] = sum
                            }
                            for i in 0..<rowCount where position[columnCount + i] < 0 { alpha[columnCount + i] = y[i] }
                        }
                    }
                }
            }
        }
    }

    /// `α_q = B⁻¹ a_q` by one FTRAN, keeping the spike for the factor update.
    private mutating func computeEnteringColumn(_ entering: Int) {
        enteringColumn.clear()
        if entering >= columnCount {
            enteringColumn.set(entering - columnCount, 1)
        } else {
            for entry in columnEntries(of: entering) { enteringColumn.add(entry.index, entry.value) }
        }
        lu.ftran(&enteringColumn, keepSpike: true)
    }

    /// Reduced costs after the pivot, over the nonzeros of the pivot row.
    private mutating func updateDuals(entering: Int, leaving: Int, pivot: Double) {
        let thetaDual = reduced[entering] / pivot
        if thetaDual != 0 {
            rowAlpha.values.withUnsafeBufferPointer { alpha in
                reduced.withUnsafeMutableBufferPointer { reduced in
                    for j in rowAlpha.indices where alpha[j] != 0 { reduced[j] -= thetaDual * alpha[j] }
                }
            }
        }
        reduced[leaving] = -thetaDual
        reduced[entering] = 0
    }

    /// Basic values after the entering column moves by `step` until the leaving value reaches its
    /// bound, over the nonzeros of the entering column.
    private mutating func updatePrimal(entering: Int, leavingRow: Int, step: Double) {
        let enteringValue = value(entering) + step
        enteringColumn.values.withUnsafeBufferPointer { column in
            basicValue.withUnsafeMutableBufferPointer { basicValue in
                for row in enteringColumn.indices { basicValue[row] -= step * column[row] }
            }
        }
        basicValue[leavingRow] = enteringValue
    }
}
