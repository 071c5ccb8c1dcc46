/// The bounded dual simplex method on a `LinearProgram`, with an explicit basis inverse.
///
/// Every row `i` gets a logical variable `s_i = −a_i·x` (so `A x + s = 0`), bounded by
/// `[−rowUpper, −rowLower]`. Because structural columns are boxed, every nonbasic structural column
/// can sit at the bound its reduced cost asks for. That is why the dual simplex suits branch and
/// bound: after a bound changes, the previous optimal basis is still dual feasible and a few pivots
/// restore primal feasibility. A logical of a one-sided row has one infinite bound, so a basis
/// found for other costs may not be dual feasible for these (`isDualFeasible`); such a logical can
/// be given the bound its row's activity never passes, which makes it so (`makeDualFeasible`).
///
/// Dense `B⁻¹` keeps the code short and exact enough; it is re-computed from the basis every
/// `refactorInterval` pivots to shed rounding error. Harris' two-pass ratio test picks large
/// pivots among near-ties.
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
    private let columns: [[(row: Int, value: Double)]]
    private(set) var lower: [Double]
    private(set) var upper: [Double]
    private let cost: [Double]
    /// Per row, the range its logical can take whatever the structural columns do within the
    /// program's boxes: where a row is one-sided, a finite bound that cuts off no solution.
    private let impliedLower: [Double]
    private let impliedUpper: [Double]
    private var basic: [Int]
    private var position: [Int]
    private var atUpper: [Bool]
    private var inverse: [Double]
    private var basicValue: [Double]
    private var reduced: [Double]
    private var sinceRefactor = 0
    private(set) var iterations = 0
    private(set) var refactors = 0

    static let primalTolerance = 1e-7
    static let dualTolerance = 1e-9
    static let pivotTolerance = 1e-9
    static let refactorInterval = 100

    init(_ lp: LinearProgram) {
        columnCount = lp.columnCount
        rowCount = lp.rowCount
        columns = lp.columns
        lower = lp.columnLower + lp.rowUpper.map { -$0 }
        upper = lp.columnUpper + lp.rowLower.map { -$0 }
        cost = lp.cost + Array(repeating: 0, count: lp.rowCount)
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
        atUpper = lp.cost.map { $0 < 0 } + Array(repeating: false, count: lp.rowCount)
        inverse = []
        basicValue = []
        reduced = []
        refactor()
    }

    // MARK: Reading the solution

    /// The value of column `j` (structural, or `columnCount + i` for row `i`'s logical).
    func value(_ j: Int) -> Double {
        let row = position[j]
        if row >= 0 { return basicValue[row] }
        return atUpper[j] ? upper[j] : lower[j]
    }

    /// `cost · x` of the current basic solution. At a dual feasible basis this is a lower bound on
    /// the optimum (the dual objective), and at optimality it is the optimum.
    var objective: Double {
        var total = 0.0
        for j in 0..<columnCount where cost[j] != 0 { total += cost[j] * value(j) }
        return total
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
        precondition(j < columnCount && newLower <= newUpper)
        let old = value(j)
        lower[j] = newLower
        upper[j] = newUpper
        guard position[j] < 0 else { return }
        atUpper[j] = newLower < newUpper && reduced[j] < 0
        let delta = value(j) - old
        if delta != 0 { shiftBasicValues(column: j, by: delta) }
    }

    /// Returns to a stored basis (after bounds changed), re-computing the inverse.
    ///
    /// (Reaching a nearby basis by pivoting the missing columns in, instead of inverting from
    /// scratch, was tried: a plan got 5% faster, but `sensitivity`, which restores far more
    /// distant bases, 8% slower.)
    mutating func restore(_ stored: Basis) {
        basic = stored.basic
        atUpper = stored.atUpper
        position = Array(repeating: -1, count: columnCount + rowCount)
        for (row, j) in basic.enumerated() { position[j] = row }
        refactor()
    }

    /// A basis's inverse as a fresh inversion leaves it: what `restore(_:from:)` needs to return
    /// to that basis without inverting again. It does not depend on bounds or costs.
    struct Factorization: Sendable {
        fileprivate var basic: [Int]
        fileprivate var inverse: [Double]

        /// The memory it holds.
        var bytes: Int { (basic.count + inverse.count) * 8 }
    }

    /// The current factorization, when the inverse was just computed from scratch (nil after
    /// any pivot, whose update would make it differ from a fresh inversion).
    var freshFactorization: Factorization? {
        sinceRefactor == 0 ? Factorization(basic: basic, inverse: inverse) : nil
    }

    /// `restore(stored)` with the inverse that restore would compute: the same state, bit for bit,
    /// without inverting. `factorization` must come from `stored` on this same program.
    mutating func restore(_ stored: Basis, from factorization: Factorization) {
        basic = factorization.basic
        atUpper = stored.atUpper
        position = Array(repeating: -1, count: columnCount + rowCount)
        for (row, j) in basic.enumerated() { position[j] = row }
        inverse = factorization.inverse
        sinceRefactor = 0
        recomputeSolution()
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

    // MARK: Solving

    /// Runs dual simplex pivots until the basis is optimal, the problem is shown infeasible, or
    /// `limit` pivots have passed, or `cutOff` says the objective has risen far enough. Every
    /// pivot keeps the basis dual feasible, so its objective only rises towards the optimum and is
    /// a lower bound all the way: once it is high enough to cut a node off, the rest is not needed.
    mutating func solve(limit: Int = 1_000_000, cutOff: ((Double) -> Bool)? = nil) -> Status {
        var pivots = 0
        var rowAlpha = Array(repeating: 0.0, count: columnCount + rowCount)
        var column = Array(repeating: 0.0, count: rowCount)
        while true {
            if sinceRefactor >= Self.refactorInterval { refactor() }
            // Leaving row: the largest bound violation.
            var leavingRow = -1
            var worst = Self.primalTolerance
            for row in 0..<rowCount {
                let j = basic[row]
                let v = basicValue[row]
                let violation = v < lower[j] ? lower[j] - v : (v > upper[j] ? v - upper[j] : 0)
                if violation > worst {
                    worst = violation
                    leavingRow = row
                }
            }
            guard leavingRow >= 0 else { return .optimal }
            guard pivots < limit else { return .iterationLimit }
            if let cutOff, cutOff(objective) { return .cutOff }
            let leaving = basic[leavingRow]
            let toUpper = basicValue[leavingRow] > upper[leaving]
            let delta = basicValue[leavingRow] - (toUpper ? upper[leaving] : lower[leaving])

            // Pivot row α_r = e_r B⁻¹ A over the nonbasic columns.
            inverse.withUnsafeBufferPointer { inv in
                let rho = UnsafeBufferPointer(rebasing: inv[(leavingRow * rowCount)..<((leavingRow + 1) * rowCount)])
                for j in 0..<columnCount where position[j] < 0 {
                    var sum = 0.0
                    for entry in columns[j] { sum += rho[entry.row] * entry.value }
                    rowAlpha[j] = sum
                }
                for i in 0..<rowCount where position[columnCount + i] < 0 { rowAlpha[columnCount + i] = rho[i] }
            }

            // Harris' ratio test: which nonbasic column enters while keeping reduced costs feasible.
            // Leaving to its upper bound (delta > 0) the entering column must move the basic value down.
            var bound = Double.infinity
            for j in 0..<(columnCount + rowCount) where position[j] < 0 && lower[j] < upper[j] {
                let alpha = toUpper ? rowAlpha[j] : -rowAlpha[j]
                let directed = atUpper[j] ? -alpha : alpha
                guard directed > Self.pivotTolerance else { continue }
                let dj = atUpper[j] ? -reduced[j] : reduced[j]
                bound = min(bound, (max(dj, 0) + Self.dualTolerance) / directed)
            }
            guard bound.isFinite else { return .infeasible }
            var entering = -1
            var largest = 0.0
            for j in 0..<(columnCount + rowCount) where position[j] < 0 && lower[j] < upper[j] {
                let alpha = toUpper ? rowAlpha[j] : -rowAlpha[j]
                let directed = atUpper[j] ? -alpha : alpha
                guard directed > Self.pivotTolerance else { continue }
                let dj = atUpper[j] ? -reduced[j] : reduced[j]
                if max(dj, 0) / directed <= bound, directed > largest {
                    largest = directed
                    entering = j
                }
            }
            guard entering >= 0 else { return .infeasible }
            let pivot = rowAlpha[entering]

            // Entering column α_q = B⁻¹ a_q.
            computeColumn(entering, into: &column)

            // Dual update.
            let thetaDual = reduced[entering] / pivot
            if thetaDual != 0 {
                for j in 0..<(columnCount + rowCount) where position[j] < 0 && rowAlpha[j] != 0 {
                    reduced[j] -= thetaDual * rowAlpha[j]
                }
            }
            reduced[leaving] = -thetaDual
            reduced[entering] = 0

            // Primal update: the entering column moves until the leaving value reaches its bound.
            let thetaPrimal = delta / pivot
            let enteringValue = value(entering) + thetaPrimal
            for row in 0..<rowCount where column[row] != 0 { basicValue[row] -= thetaPrimal * column[row] }
            basicValue[leavingRow] = enteringValue

            // Basis change.
            position[leaving] = -1
            atUpper[leaving] = toUpper
            position[entering] = leavingRow
            atUpper[entering] = false
            basic[leavingRow] = entering
            updateInverse(pivotRow: leavingRow, column: column)
            sinceRefactor += 1
            pivots += 1
            iterations += 1
        }
    }

    // MARK: Linear algebra

    private func computeColumn(_ j: Int, into result: inout [Double]) {
        for i in 0..<rowCount { result[i] = 0 }
        inverse.withUnsafeBufferPointer { inv in
            if j >= columnCount {
                let k = j - columnCount
                for i in 0..<rowCount { result[i] = inv[i * rowCount + k] }
            } else {
                for entry in columns[j] {
                    let k = entry.row
                    let v = entry.value
                    for i in 0..<rowCount { result[i] += inv[i * rowCount + k] * v }
                }
            }
        }
    }

    private mutating func shiftBasicValues(column j: Int, by delta: Double) {
        var alpha = Array(repeating: 0.0, count: rowCount)
        computeColumn(j, into: &alpha)
        for row in 0..<rowCount { basicValue[row] -= alpha[row] * delta }
    }

    private mutating func updateInverse(pivotRow r: Int, column: [Double]) {
        let m = rowCount
        let pivot = column[r]
        inverse.withUnsafeMutableBufferPointer { inv in
            let source = inv.baseAddress! + r * m
            for k in 0..<m { source[k] /= pivot }
            // The pivot row of B⁻¹ is mostly zeros on these problems: update only its nonzeros.
            var nonzeros: [Int] = []
            nonzeros.reserveCapacity(m)
            for k in 0..<m where source[k] != 0 { nonzeros.append(k) }
            let sparse = nonzeros.count * 3 < m
            for i in 0..<m where i != r {
                let factor = column[i]
                guard factor != 0 else { continue }
                let target = inv.baseAddress! + i * m
                if sparse {
                    for k in nonzeros { target[k] -= factor * source[k] }
                } else {
                    Self.subtract(factor, source, from: target, count: m)
                }
            }
        }
    }

    /// `target[k] -= factor · source[k]` for `k < count`, four at a time.
    @inline(__always)
    private static func subtract(
        _ factor: Double, _ source: UnsafeMutablePointer<Double>, from target: UnsafeMutablePointer<Double>, count: Int
    ) {
        var k = 0
        let scale = SIMD4<Double>(repeating: factor)
        while k + 4 <= count {
            let s = UnsafeRawPointer(source + k).loadUnaligned(as: SIMD4<Double>.self)
            let t = UnsafeRawPointer(target + k).loadUnaligned(as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(target + k).storeBytes(of: t - scale * s, as: SIMD4<Double>.self)
            k += 4
        }
        while k < count {
            target[k] -= factor * source[k]
            k += 1
        }
    }

    /// Inverts the basis from scratch and recomputes basic values and reduced costs.
    private mutating func refactor() {
        let m = rowCount
        sinceRefactor = 0
        refactors += 1
        // Dense B, then Gauss–Jordan with partial pivoting on [B | I].
        var matrix = Array(repeating: 0.0, count: m * m)
        for (row, j) in basic.enumerated() {
            if j >= columnCount {
                matrix[(j - columnCount) * m + row] = 1
            } else {
                for entry in columns[j] { matrix[entry.row * m + row] = entry.value }
            }
        }
        var inv = Array(repeating: 0.0, count: m * m)
        for i in 0..<m { inv[i * m + i] = 1 }
        var singular = false
        matrix.withUnsafeMutableBufferPointer { a in
            inv.withUnsafeMutableBufferPointer { b in
                for col in 0..<m {
                    var pivotRow = -1
                    var best = 1e-12
                    for row in col..<m where abs(a[row * m + col]) > best {
                        best = abs(a[row * m + col])
                        pivotRow = row
                    }
                    guard pivotRow >= 0 else {
                        singular = true
                        return
                    }
                    if pivotRow != col {
                        for k in 0..<m {
                            a.swapAt(pivotRow * m + k, col * m + k)
                            b.swapAt(pivotRow * m + k, col * m + k)
                        }
                    }
                    let p = a[col * m + col]
                    for k in 0..<m {
                        a[col * m + k] /= p
                        b[col * m + k] /= p
                    }
                    let pivotA = a.baseAddress! + col * m
                    let pivotB = b.baseAddress! + col * m
                    // Both pivot rows are sparse on these problems: eliminate with their nonzeros only.
                    let nonzeroA = (col..<m).filter { pivotA[$0] != 0 }
                    let nonzeroB = (0..<m).filter { pivotB[$0] != 0 }
                    for row in 0..<m where row != col {
                        let f = a[row * m + col]
                        guard f != 0 else { continue }
                        let rowA = a.baseAddress! + row * m
                        let rowB = b.baseAddress! + row * m
                        for k in nonzeroA { rowA[k] -= f * pivotA[k] }
                        for k in nonzeroB { rowB[k] -= f * pivotB[k] }
                    }
                }
            }
        }
        if singular {
            // A numerically singular basis: start again from the logical basis, which is always
            // invertible and, with boxed columns, dual feasible.
            basic = (0..<m).map { columnCount + $0 }
            position = Array(repeating: -1, count: columnCount) + Array(0..<m)
            inv = Array(repeating: 0.0, count: m * m)
            for i in 0..<m { inv[i * m + i] = 1 }
        }
        inverse = inv
        recomputeSolution()
    }

    /// Reduced costs and basic values from the inverse: nonbasic columns placed at the bound their
    /// reduced cost asks for (which keeps the basis dual feasible), basic values solved for.
    private mutating func recomputeSolution() {
        let m = rowCount
        // Reduced costs d = c − (c_B B⁻¹) A, with nonbasic columns placed at the bound d asks for.
        var duals = Array(repeating: 0.0, count: m)
        inverse.withUnsafeBufferPointer { inv in
            duals.withUnsafeMutableBufferPointer { y in
                for (row, j) in basic.enumerated() where cost[j] != 0 {
                    // Each dual adds the rows in the same order as a plain loop, four duals at a time.
                    Self.subtract(
                        -cost[j], UnsafeMutablePointer(mutating: inv.baseAddress! + row * m), from: y.baseAddress!,
                        count: m)
                }
            }
        }
        reduced = Array(repeating: 0.0, count: columnCount + m)
        for j in 0..<columnCount where position[j] < 0 {
            var sum = 0.0
            for entry in columns[j] { sum += duals[entry.row] * entry.value }
            reduced[j] = cost[j] - sum
            if lower[j] < upper[j] { atUpper[j] = reduced[j] < 0 }
        }
        for i in 0..<m where position[columnCount + i] < 0 {
            let j = columnCount + i
            reduced[j] = -duals[i]
            // A logical can sit only at a finite bound.
            if reduced[j] < 0, upper[j].isFinite {
                atUpper[j] = true
            } else if reduced[j] > 0, lower[j].isFinite {
                atUpper[j] = false
            }
            if !upper[j].isFinite { atUpper[j] = false }
            if !lower[j].isFinite { atUpper[j] = true }
        }
        // Basic values x_B = −B⁻¹ (N x_N).
        var rhs = Array(repeating: 0.0, count: m)
        for j in 0..<columnCount where position[j] < 0 {
            let v = atUpper[j] ? upper[j] : lower[j]
            guard v != 0 else { continue }
            for entry in columns[j] { rhs[entry.row] -= entry.value * v }
        }
        for i in 0..<m where position[columnCount + i] < 0 {
            let j = columnCount + i
            rhs[i] -= atUpper[j] ? upper[j] : lower[j]
        }
        let nonzeros = (0..<m).filter { rhs[$0] != 0 }
        basicValue = Array(repeating: 0.0, count: m)
        inverse.withUnsafeBufferPointer { inv in
            for row in 0..<m {
                let inverseRow = inv.baseAddress! + row * m
                var sum = 0.0
                for k in nonzeros { sum += inverseRow[k] * rhs[k] }
                basicValue[row] = sum
            }
        }
    }
}
