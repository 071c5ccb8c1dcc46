extension DualSimplex {
    /// One row of the simplex tableau: with `b` the column basic in `position`,
    /// `x_b + Σ α_j x_j = 0` over the nonbasic columns `j` (structural and logical) holds for
    /// every point of the program's rows, since it is `B⁻¹` times `A x + s = 0`. Returns the
    /// nonzero `α_j`, by ascending column.
    mutating func tableauRow(_ position: Int) -> [(column: Int, value: Double)] {
        computePivotRow(position)
        return rowAlpha.indices.sorted().compactMap { j in
            let value = rowAlpha.values[j]
            return value != 0 ? (j, value) : nil
        }
    }

    /// The entries `(column, coefficient)` of row `i` of the program.
    func rowEntries(of i: Int) -> ArraySlice<SparseLU.Entry> { rowEntries[rowStart[i]..<rowStart[i + 1]] }

    /// The bounds of column `j` (a logical's are the negated row bounds).
    func bounds(of j: Int) -> (lower: Double, upper: Double) { (lower[j], upper[j]) }
}
