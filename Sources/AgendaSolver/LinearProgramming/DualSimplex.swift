/// The bounded dual simplex method on a `LinearProgram`, with the basis as a sparse LU factorisation.
///
/// Every row `i` gets a logical variable `s_i = −a_i·x` (so `A x + s = 0`), bounded by
/// `[−rowUpper, −rowLower]`. Because structural columns are boxed, every nonbasic structural column
/// can sit at the bound its reduced cost asks for. That is why the dual simplex suits branch and
/// bound: after a bound changes, the previous optimal basis is still dual feasible and a few pivots
/// restore primal feasibility. A logical of a one-sided row has one infinite bound, so a basis
/// found for other costs may not be dual feasible for these (`isDualFeasible`); such a logical can
/// be given the bound its row's activity never passes, which makes it so (`makeDualFeasible`).
///
/// The basis is held as a sparse LU factorisation (`SparseLU`) with Forrest–Tomlin updates,
/// computed afresh every `refactorInterval` pivots or when an update looks unstable. The pivot row
/// is one BTRAN and a product with a row-wise copy of the matrix over the nonzeros of `ρ`; the
/// entering column one FTRAN; both are kept as sparse vectors, so that the ratio test and the
/// updates touch only nonzeros. The ratio test flips boxed columns to their other bound as long
/// as the dual objective still rises, and picks large pivots among near-ties (Harris).
///
/// On large programs the pivots work with slightly perturbed costs, which keeps the dual steps
/// from shrinking to nothing near the optimum; `objective` stays a lower bound for the program's
/// own costs, and reduced costs are those of the perturbed costs (so they too bound what moving a
/// column costs, measured from `objective`).
struct DualSimplex {
    enum Status: Equatable { case optimal, infeasible, iterationLimit, cutOff }

    /// A basis to return to: which column is basic in each row, and which nonbasic ones sit at
    /// their upper bound.
    struct Basis: Sendable {
        var basic: [Int]
        var atUpper: [Bool]
    }

    let columnCount: Int
    let rowCount: Int
    /// The matrix by column in one flat array (`SparseLU.flatten`): column `j`'s entries (row,
    /// coefficient) are `columnEntries[columnStart[j]..<columnStart[j + 1]]`.
    let columnStart: [Int]
    let columnEntries: [SparseLU.Entry]
    /// The matrix by row: row `i`'s entries (column, coefficient) are `rowEntries[rowStart[i]..<rowStart[i + 1]]`.
    let rowStart: [Int]
    let rowEntries: [SparseLU.Entry]
    private(set) var lower: [Double]
    private(set) var upper: [Double]
    /// The costs the pivots work with: the program's, or on a large program those with a small
    /// perturbation (`DualSimplex+Perturbation.swift`), logicals' 0 after the structural columns.
    let cost: [Double]
    /// The columns with a nonzero cost: the objective sums only these, and `solve` asks for it at
    /// every pivot when it has a cut-off.
    let costed: [Int]
    /// How far the perturbed costs can raise the objective of any point of the program's boxes
    /// above its objective with the program's costs (0 without perturbation): `objective` takes it
    /// off, so that it stays a lower bound for the program's own costs.
    let perturbationMargin: Double
    /// Per row, the range its logical can take whatever the structural columns do within the
    /// program's boxes: where a row is one-sided, a finite bound that cuts off no solution.
    let impliedLower: [Double]
    let impliedUpper: [Double]
    /// The column basic in each position, and each column's position (−1 when nonbasic).
    var basic: [Int]
    var position: [Int]
    var atUpper: [Bool]
    var lu: SparseLU
    /// The value of the basic column of each position.
    var basicValue: [Double]
    var reduced: [Double]
    /// Pivots since the factorisation, and whether the last update asked for a fresh one.
    var sinceRefactor = 0
    var refactorDue = false
    var iterations = 0
    var refactors = 0
    /// Work vectors: `ρ` (row space), the entering column (position space), the pivot row
    /// (columns), and `τ = B⁻¹ρ` for the steepest-edge update (position space).
    var rho: SparseVector
    var enteringColumn: SparseVector
    var rowAlpha: SparseVector
    var tau: SparseVector
    /// The ratio test's breakpoints and the columns its step passes (`DualSimplex+RatioTest.swift`);
    /// `flipped` gathers the moves of nonbasic columns (those flips, or `setBounds`) for the one
    /// FTRAN that gives the basic values' change.
    var breakpoints: [Breakpoint] = []
    /// A heap of the breakpoints not yet taken, and those taken, in ratio order.
    var breakpointHeap: [Int] = []
    var breakpointOrder: [Int] = []
    var flips: [Int] = []
    var flipped: SparseVector

    /// How the leaving row is chosen.
    enum Pricing: Sendable { case largestViolation, steepestEdge }
    /// Steepest edge halves the pivots on a 4,600-row planning model, but on Haaglanden's 400 rows,
    /// where branch and bound makes many short warm-started solves from restored bases (weights
    /// reset), its extra FTRAN per pivot made a plan 25% slower: so it is used on large programs.
    var pricing = Pricing.largestViolation
    static let steepestEdgeRows = 1_000
    /// Dual steepest-edge weights per position, `‖e_rᵀB⁻¹‖²`: exact (1) for the all-logical basis,
    /// updated with every pivot, reset to 1 when a basis is restored.
    var weights: [Double]

    static let primalTolerance = 1e-7
    static let dualTolerance = 1e-9
    static let pivotTolerance = 1e-9
    static let refactorInterval = 100
    /// The pivot row is priced by column once `ρ` has a nonzero in more than one row in this many.
    static let denseRowDivisor = 10

    /// A simplex at the all-logical basis of `lp`; `perturbed` asks for perturbed costs (by
    /// default from `perturbationRows` rows).
    init(_ lp: LinearProgram, perturbed: Bool? = nil) {
        columnCount = lp.columnCount
        rowCount = lp.rowCount
        (columnStart, columnEntries) = SparseLU.flatten(lp.columns)
        (rowStart, rowEntries) = Self.rowWise(lp)
        lower = lp.columnLower + lp.rowUpper.map { -$0 }
        upper = lp.columnUpper + lp.rowLower.map { -$0 }
        let perturbs = perturbed ?? (lp.rowCount >= Self.perturbationRows)
        let structuralCost = perturbs ? Self.perturbed(lp) : lp.cost
        cost = structuralCost + Array(repeating: 0, count: lp.rowCount)
        costed = structuralCost.indices.filter { structuralCost[$0] != 0 }
        perturbationMargin = perturbs ? Self.margin(of: structuralCost, from: lp) : 0
        // Activity a_i·x ranges over [Σ min(a l, a u), Σ max(a l, a u)]; the logical is its negation.
        var lowest = Array(repeating: 0.0, count: lp.rowCount)
        var highest = lowest
        for (j, entries) in lp.columns.enumerated() {
            for entry in entries {
                let a = entry.value * lp.columnLower[j]
                let b = entry.value * lp.columnUpper[j]
                lowest[entry.row] += min(a, b)
                highest[entry.row] += max(a, b)
            }
        }
        impliedLower = highest.map { -$0 }
        impliedUpper = lowest.map { -$0 }
        basic = (0..<lp.rowCount).map { lp.columnCount + $0 }
        position = Array(repeating: -1, count: lp.columnCount) + Array(0..<lp.rowCount)
        atUpper = structuralCost.map { $0 < 0 } + Array(repeating: false, count: lp.rowCount)
        lu = SparseLU(dimension: lp.rowCount)
        basicValue = []
        reduced = []
        rho = SparseVector(dimension: lp.rowCount)
        enteringColumn = SparseVector(dimension: lp.rowCount)
        rowAlpha = SparseVector(dimension: lp.columnCount + lp.rowCount)
        tau = SparseVector(dimension: lp.rowCount)
        flipped = SparseVector(dimension: lp.rowCount)
        weights = Array(repeating: 1, count: lp.rowCount)
        pricing = lp.rowCount >= Self.steepestEdgeRows ? .steepestEdge : .largestViolation
        refactor()
    }

    /// The entries (row, coefficient) of structural column `j`.
    @inline(__always)
    func columnEntries(of j: Int) -> ArraySlice<SparseLU.Entry> { columnEntries[columnStart[j]..<columnStart[j + 1]] }

    /// The matrix of `lp` by row, in column order within each row.
    private static func rowWise(_ lp: LinearProgram) -> ([Int], [SparseLU.Entry]) {
        var start = Array(repeating: 0, count: lp.rowCount + 1)
        for entries in lp.columns {
            for entry in entries { start[entry.row + 1] += 1 }
        }
        for i in 0..<lp.rowCount { start[i + 1] += start[i] }
        var next = Array(start[0..<lp.rowCount])
        var rowEntries = Array(repeating: SparseLU.Entry(index: 0, value: 0), count: start[lp.rowCount])
        for (j, entries) in lp.columns.enumerated() {
            for entry in entries {
                rowEntries[next[entry.row]] = SparseLU.Entry(index: j, value: entry.value)
                next[entry.row] += 1
            }
        }
        return (start, rowEntries)
    }

    // MARK: Reading the solution

    /// The value of column `j` (structural, or `columnCount + i` for row `i`'s logical).
    func value(_ j: Int) -> Double {
        let row = position[j]
        if row >= 0 { return basicValue[row] }
        return atUpper[j] ? upper[j] : lower[j]
    }

    /// `cost · x` of the current basic solution, less the perturbation's margin. At a dual feasible
    /// basis this is a lower bound on the optimum (the dual objective), and at optimality it is the
    /// optimum (of the perturbed costs, less the margin: within a millionth of a point per column).
    var objective: Double {
        var total = 0.0
        for j in costed { total += cost[j] * value(j) }
        return total - perturbationMargin
    }

    /// Row duals `y = c_B B⁻¹`: the change of the minimum per unit raise of the row's active bound.
    func rowDuals() -> [Double] {
        (0..<rowCount).map { -reduced[columnCount + $0] }
    }

    /// The reduced cost of column `j` (0 when basic).
    func reducedCost(_ j: Int) -> Double { reduced[j] }

    var basis: Basis { Basis(basic: basic, atUpper: atUpper) }

    // MARK: Changing the problem

    /// Changes a structural column's bounds, keeping the basis dual feasible.
    mutating func setBounds(_ j: Int, lower newLower: Double, upper newUpper: Double) {
        setBounds([(j, newLower, newUpper)])
    }

    /// Changes several structural columns' bounds, keeping the basis dual feasible: the nonbasic
    /// ones move to the bound their reduced cost asks for, and the basic values follow by one
    /// FTRAN of all their moves together.
    mutating func setBounds(_ changes: [(column: Int, lower: Double, upper: Double)]) {
        flipped.clear()
        for (j, newLower, newUpper) in changes {
            precondition(j < columnCount && newLower <= newUpper)
            let old = value(j)
            lower[j] = newLower
            upper[j] = newUpper
            guard position[j] < 0 else { continue }
            atUpper[j] = newLower < newUpper && reduced[j] < 0
            let delta = value(j) - old
            if delta != 0 { gatherMove(of: j, by: delta) }
        }
        moveBasicValues()
    }

    /// Changes rows' bounds (their right-hand sides), keeping the basis dual feasible: a nonbasic
    /// logical stays at the same side of its row, now moved, and the basic values follow by one
    /// FTRAN; `solve` then restores primal feasibility.
    mutating func setRowBounds(_ changes: [(row: Int, lower: Double, upper: Double)]) {
        flipped.clear()
        for (row, rowLower, rowUpper) in changes {
            precondition(row < rowCount && rowLower <= rowUpper)
            let j = columnCount + row
            let old = value(j)
            // The logical is −(row activity), so its bounds are the row's, negated and swapped. A
            // nonbasic logical on a side that becomes infinite sits at the bound its row's activity
            // never passes instead (as `makeDualFeasible` does), which cuts off no solution.
            lower[j] = -rowUpper
            upper[j] = -rowLower
            guard position[j] < 0 else { continue }
            if atUpper[j], !upper[j].isFinite { upper[j] = max(lower[j], impliedUpper[row]) }
            if !atUpper[j], !lower[j].isFinite { lower[j] = min(upper[j], impliedLower[row]) }
            let delta = value(j) - old
            if delta != 0 { gatherMove(of: j, by: delta) }
        }
        moveBasicValues()
    }

    /// Returns to a stored basis (after bounds changed), factorising it afresh.
    ///
    /// (Reaching a nearby basis by pivoting the missing columns in, instead of inverting from
    /// scratch, was tried: a plan got 5% faster, but `sensitivity`, which restores far more
    /// distant bases, 8% slower.)
    mutating func restore(_ stored: Basis) {
        basic = stored.basic
        atUpper = stored.atUpper
        placeBasic()
        resetWeights()
        refactor()
    }

    /// Steepest-edge weights of 1, exact only for the all-logical basis: what a restored basis
    /// starts from, since computing them exactly would take a BTRAN per row.
    mutating func resetWeights() {
        weights.withUnsafeMutableBufferPointer { $0.update(repeating: 1) }
    }

    /// `position` from `basic`: each basic column's row, −1 for the others (in place: a restore
    /// happens for every leaf a re-plan reopens).
    private mutating func placeBasic() {
        let basic = self.basic
        position.withUnsafeMutableBufferPointer { position in
            position.update(repeating: -1)
            for (row, j) in basic.enumerated() { position[j] = row }
        }
    }

    /// A basis's factorisation as a fresh one leaves it: what `restore(_:from:)` needs to return
    /// to that basis without factorising again. It does not depend on bounds or costs.
    struct Factorization: Sendable {
        /// The basis factorised (with logicals where the stored one was singular).
        fileprivate var basic: [Int]
        /// The factors, without work space.
        fileprivate var lu: SparseLU

        /// The memory it holds.
        var bytes: Int { basic.count * 8 + lu.bytes }
    }

    /// Factorises bases of one program as `restore(_:)` would, away from the simplex it was made
    /// from: on another core, for re-plans that return to those bases later.
    struct Factorizer: Sendable {
        private let columnCount: Int
        private let columnStart: [Int]
        private let columnEntries: [SparseLU.Entry]
        private var lu: SparseLU

        init(_ simplex: DualSimplex) {
            columnCount = simplex.columnCount
            columnStart = simplex.columnStart
            columnEntries = simplex.columnEntries
            lu = SparseLU(dimension: simplex.rowCount)
        }

        /// What `freshFactorization` gives right after `restore(stored)` on that program.
        mutating func factorization(of stored: Basis) -> Factorization {
            var basic = stored.basic
            let replaced = lu.factorize(
                basic: basic, columnCount: columnCount, columnStart: columnStart, columnEntries: columnEntries)
            for (row, logicalRow) in replaced { basic[row] = columnCount + logicalRow }
            var factors = lu
            factors.work = SparseLU.Workspace(dimension: 0)
            return Factorization(basic: basic, lu: factors)
        }
    }

    /// The current factorisation, when it was just computed from scratch (nil after any pivot,
    /// whose update would make it differ from a fresh factorisation).
    var freshFactorization: Factorization? {
        guard sinceRefactor == 0 else { return nil }
        var factors = lu
        factors.work = SparseLU.Workspace(dimension: 0)
        return Factorization(basic: basic, lu: factors)
    }

    /// `restore(stored)` with the factors that restore would compute: the same state, bit for bit,
    /// without factorising. `factorization` must come from `stored` on this same program.
    mutating func restore(_ stored: Basis, from factorization: Factorization) {
        basic = factorization.basic
        atUpper = stored.atUpper
        placeBasic()
        resetWeights()
        let work = lu.work
        lu = factorization.lu
        lu.work = work
        sinceRefactor = 0
        refactorDue = false
        recomputeSolution()
        if basic != stored.basic, !isDualFeasible { makeDualFeasible() }
    }

    /// Whether every nonbasic column sits at the bound its reduced cost asks for, so that the
    /// objective is a lower bound and `solve` may start here. A stored basis restored after the
    /// costs changed can fail this only at a logical of a one-sided row, which cannot move to its
    /// infinite bound.
    var isDualFeasible: Bool {
        for j in 0..<(columnCount + rowCount) where position[j] < 0 && lower[j] < upper[j] {
            if atUpper[j] ? reduced[j] > Self.dualTolerance : reduced[j] < -Self.dualTolerance { return false }
        }
        return true
    }

    /// Makes the basis dual feasible without a pivot: each nonbasic logical whose reduced cost asks
    /// for an infinite bound gets the bound its row's activity never passes within the program's
    /// boxes, and sits there. The feasible set stays the same, as long as column bounds are only
    /// narrowed within the boxes the program was made with (as branch and bound does).
    mutating func makeDualFeasible() {
        var changed = false
        for i in 0..<rowCount {
            let j = columnCount + i
            guard position[j] < 0 else { continue }
            if reduced[j] < -Self.dualTolerance, !upper[j].isFinite {
                upper[j] = max(lower[j], impliedUpper[i])
                changed = true
            } else if reduced[j] > Self.dualTolerance, !lower[j].isFinite {
                lower[j] = min(upper[j], impliedLower[i])
                changed = true
            }
        }
        if changed { recomputeSolution() }
    }
}
