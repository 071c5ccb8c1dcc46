/// Gomory mixed-integer cuts, read off the optimal simplex tableau.
///
/// A tableau row `x_b + Σ α_j x_j = 0` of a decision `x_b` that is fractional holds for every
/// point of the relaxation. With each nonbasic column written as its distance `t_j ≥ 0` from the
/// bound it sits at, the row reads `x_b + Σ α'_j t_j = β`, where `β` is the decision's fractional
/// value and `f₀` its fraction. Every plan keeps
///
///     Σ g_j t_j ≥ 1,   g_j = f_j / f₀ or (1 − f_j) / (1 − f₀)   (decision j, f_j the fraction of α'_j)
///                      g_j = α'_j / f₀ or −α'_j / (1 − f₀)       (other columns, by the sign of α'_j)
///
/// and the point the tableau stands on (all `t_j = 0`) breaks it. The cut is written back over
/// the structural columns, a logical `s_i = −a_i·x` replaced by its row.
///
/// Such cuts can be numerically poor: rows whose fraction is close to 0 or 1, with huge entries,
/// or cuts whose coefficients span too many orders of magnitude are skipped, tiny coefficients are
/// dropped by moving the right-hand side by what their column can contribute, and the right-hand
/// side gets a little room for rounding error. What is left holds for every plan; the cut tests
/// check that by enumeration.
struct GomoryCuts {
    /// Per structural column: whether it is a decision (whole in every plan).
    let isDecision: [Bool]

    /// Fractions closer than this to 0 or 1 give no cut.
    static let minimumFraction = 0.01
    /// Tableau rows with a larger entry give no cut.
    static let largestEntry = 1e9
    /// A cut whose largest coefficient exceeds its smallest by more than this is not kept.
    static let largestDynamism = 1e7
    /// A cut over more than this share of the columns (plus ten) is not kept: dense rows slow
    /// every pivot of every node for what is usually a small gain.
    static let largestDensity = 0.1

    init(model: PlanningModel) {
        var isDecision = Array(repeating: false, count: model.lp.columnCount)
        for column in model.decision { isDecision[column] = true }
        self.init(isDecision: isDecision)
    }

    /// Cuts for a program whose structural columns are whole where `isDecision` says so.
    init(isDecision: [Bool]) {
        self.isDecision = isDecision
    }

    /// The cuts of the fractional decisions basic in `simplex` (at an optimal basis), at most
    /// `limit`, the decisions whose fraction is nearest one half first.
    func separate(_ simplex: inout DualSimplex, limit: Int) -> [Cut] {
        var rows: [(position: Int, distance: Double)] = []
        for position in 0..<simplex.rowCount {
            let column = simplex.basic[position]
            guard column < isDecision.count, isDecision[column] else { continue }
            let value = simplex.basicValue[position]
            let fraction = value - value.rounded(.down)
            guard min(fraction, 1 - fraction) >= Self.minimumFraction else { continue }
            rows.append((position, abs(fraction - 0.5)))
        }
        rows.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.position < $1.position }
        var cuts: [Cut] = []
        for row in rows where cuts.count < limit {
            if let cut = cut(from: row.position, of: &simplex) { cuts.append(cut) }
        }
        return cuts
    }

    /// The cut of the tableau row at `position`, or nil when the row or the cut is unsafe.
    func cut(from position: Int, of simplex: inout DualSimplex) -> Cut? {
        let value = simplex.basicValue[position]
        let f0 = value - value.rounded(.down)
        let row = simplex.tableauRow(position)
        guard row.allSatisfy({ abs($0.value) <= Self.largestEntry }) else { return nil }
        // Σ g_j t_j ≥ 1 as Σ c_k x_k + constant ≥ 1 over the structural columns.
        var coefficient = Array(repeating: 0.0, count: isDecision.count)
        var constant = 0.0
        for (j, alpha) in row {
            let (lower, upper) = simplex.bounds(of: j)
            guard lower < upper else { continue }  // a fixed column: t_j is always 0
            let atUpper = simplex.atUpper[j]
            let bound = atUpper ? upper : lower
            guard bound.isFinite else { return nil }
            let shifted = atUpper ? -alpha : alpha
            let g: Double
            if j < isDecision.count, isDecision[j], lower == lower.rounded(), upper == upper.rounded() {
                let fraction = shifted - shifted.rounded(.down)
                g = fraction <= f0 ? fraction / f0 : (1 - fraction) / (1 - f0)
            } else {
                g = shifted >= 0 ? shifted / f0 : -shifted / (1 - f0)
            }
            guard g != 0 else { continue }
            // t_j = x_j − lower, or upper − x_j; a logical's x_j is −a_i·x.
            let sign = atUpper ? -g : g
            constant -= sign * bound
            if j < isDecision.count {
                coefficient[j] += sign
            } else {
                for entry in simplex.rowEntries(of: j - isDecision.count) {
                    coefficient[entry.index] -= sign * entry.value
                }
            }
        }
        return tidied(coefficient.map { -$0 }, upper: constant - 1, simplex: simplex)
    }

    /// `Σ d_k x_k ≤ upper` with coefficients negligible next to the largest dropped (the
    /// right-hand side takes what their column can add), a little room for rounding, and
    /// scaled so that the largest coefficient is 1; nil when the rest spans too many orders
    /// of magnitude or nothing is left.
    private func tidied(_ coefficients: [Double], upper: Double, simplex: DualSimplex) -> Cut? {
        let largest = coefficients.reduce(0) { max($0, abs($1)) }
        guard largest > 0, largest.isFinite, upper.isFinite else { return nil }
        var upper = upper
        var entries: [(column: Int, value: Double)] = []
        var smallest = Double.infinity
        var magnitude = abs(upper)
        for (column, d) in coefficients.enumerated() where d != 0 {
            let (lower, up) = simplex.bounds(of: column)
            if abs(d) < 1e-9 * largest {
                // Σ others ≤ upper − d x_k, and −d x_k is at most −min(d·lower, d·upper).
                upper -= min(d * lower, d * up)
                continue
            }
            entries.append((column, d))
            smallest = min(smallest, abs(d))
            magnitude += abs(d) * max(abs(lower), abs(up))
        }
        let support = 10 + Int(Self.largestDensity * Double(coefficients.count))
        guard !entries.isEmpty, entries.count <= support, largest / smallest <= Self.largestDynamism else {
            return nil
        }
        upper += 1e-9 * magnitude
        return Cut(
            kind: .gomory, entries: entries.map { ($0.column, $0.value / largest) }, upper: upper / largest)
    }
}
