import Testing

@testable import AgendaSolver

/// The dual simplex's pivot row `α_r = e_rᵀ B⁻¹ A`, priced by the rows of `ρ`'s nonzeros or by one
/// dot product per column (the simplex picks by `ρ`'s density): on random LPs at random bases, both
/// give, for every nonbasic column, the entry in row `r` of that column solved by FTRAN, an
/// independent path through the factors; basic columns get none, and every nonzero is listed.
@Suite struct PivotRowTests {
    @Test func bothPricingsAgreeWithTheSolvedColumns() {
        var checked = 0
        for seed in UInt64(1)...UInt64(300) {
            var random = SplitMix(seed: seed)
            let (lp, _) = DualSimplexTests.randomFeasibleLP(&random)
            var simplex = DualSimplex(lp)
            // Some pivots first, so that the basis holds structural columns and the factors updates.
            _ = simplex.solve(limit: random.int(0...6))
            let reference = Self.solvedColumns(lp, &simplex)
            for r in 0..<lp.rowCount {
                simplex.rho.clear()
                simplex.rho.set(r, 1)
                simplex.lu.btran(&simplex.rho)
                simplex.rowAlpha.clear()
                simplex.priceByRow()
                let byRow = simplex.rowAlpha
                simplex.rowAlpha.clear()
                simplex.priceByColumn()
                let byColumn = simplex.rowAlpha
                for j in 0..<(lp.columnCount + lp.rowCount) {
                    let expected = simplex.position[j] < 0 ? reference[j][r] : 0
                    let tolerance = 1e-9 * max(1, abs(expected))
                    #expect(abs(byRow.values[j] - expected) <= tolerance, "seed \(seed), row \(r), column \(j)")
                    #expect(abs(byColumn.values[j] - expected) <= tolerance, "seed \(seed), row \(r), column \(j)")
                    for priced in [byRow, byColumn] where priced.values[j] != 0 {
                        #expect(priced.indices.contains(j), "seed \(seed): column \(j) has an entry but is not listed")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    /// `B⁻¹ a_j` for every column (structural and logical), in position space.
    private static func solvedColumns(_ lp: LinearProgram, _ simplex: inout DualSimplex) -> [[Double]] {
        (0..<(lp.columnCount + lp.rowCount)).map { j in
            var column = SparseVector(dimension: lp.rowCount)
            if j < lp.columnCount {
                for entry in lp.columns[j] { column.add(entry.row, entry.value) }
            } else {
                column.set(j - lp.columnCount, 1)
            }
            simplex.lu.ftran(&column)
            return column.values
        }
    }
}
