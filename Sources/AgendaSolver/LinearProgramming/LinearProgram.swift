/// A linear program: minimise `cost · x` subject to `rowLower ≤ A x ≤ rowUpper` and
/// `columnLower ≤ x ≤ columnUpper`.
///
/// The matrix is kept by column (each column its rows and coefficients), the way the simplex reads it.
/// Structural columns must be boxed (both bounds finite): the dual simplex then starts dual feasible
/// from the all-logical basis, which the planner's models always are (decisions in [0, 1], payments
/// between 0 and a cap).
struct LinearProgram: Sendable {
    var cost: [Double] = []
    var columnLower: [Double] = []
    var columnUpper: [Double] = []
    /// `[column]` → its nonzero entries as (row, coefficient).
    var columns: [[(row: Int, value: Double)]] = []
    var rowLower: [Double] = []
    var rowUpper: [Double] = []

    var columnCount: Int { cost.count }
    var rowCount: Int { rowLower.count }

    /// Adds a column and returns its index.
    @discardableResult
    mutating func addColumn(cost: Double, lower: Double, upper: Double) -> Int {
        precondition(lower.isFinite && upper.isFinite && lower <= upper, "structural columns must be boxed")
        self.cost.append(cost)
        columnLower.append(lower)
        columnUpper.append(upper)
        columns.append([])
        return columns.count - 1
    }

    /// Adds a row `lower ≤ Σ coefficient · x ≤ upper` (either side may be infinite) and returns its index.
    @discardableResult
    mutating func addRow(_ entries: [(column: Int, value: Double)], lower: Double, upper: Double) -> Int {
        let row = rowLower.count
        rowLower.append(lower)
        rowUpper.append(upper)
        for entry in entries where entry.value != 0 {
            columns[entry.column].append((row, entry.value))
        }
        return row
    }
}
