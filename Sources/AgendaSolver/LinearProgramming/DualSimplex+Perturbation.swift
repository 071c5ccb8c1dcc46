extension DualSimplex {
    /// Rows from which the costs are perturbed: above the regional models that are always proven
    /// optimal (`FundingSolver.Limits.provenRows`), whose proofs and plans keep the exact costs. On
    /// a 47,000-row planning model the dual simplex otherwise stalls near the optimum: tens of
    /// thousands of pivots with dual steps of almost nothing, because many reduced costs are
    /// (nearly) zero together.
    static let perturbationRows = FundingSolver.Limits.provenRows + 1

    /// The program's costs, each boxed column's moved by a small pseudo-random amount (between
    /// 0.5 and 1 millionth of `1 + |c_j|`) away from zero reduced cost, in the direction its
    /// starting bound asks for: towards the upper bound for a negative cost, the lower for any
    /// other. Fixed columns keep their cost. The amounts come from a fixed sequence, so a solve is
    /// the same every run.
    static func perturbed(_ lp: LinearProgram) -> [Double] {
        var generator = SplitMix(seed: 0x5DEE_CE66_D1CE_4E5B)
        var cost = lp.cost
        for j in 0..<lp.columnCount where lp.columnLower[j] < lp.columnUpper[j] {
            let size = (1 + abs(lp.cost[j])) * generator.uniform(5e-7, 1e-6)
            cost[j] += lp.cost[j] < 0 ? -size : size
        }
        return cost
    }

    /// `Σ max(δ_j l_j, δ_j u_j)` over the columns, with `δ` the perturbation: for every point
    /// of the program's boxes (and so of any narrower ones), the perturbed objective exceeds the
    /// program's by at most this.
    static func margin(of cost: [Double], from lp: LinearProgram) -> Double {
        var margin = 0.0
        for j in 0..<lp.columnCount {
            let delta = cost[j] - lp.cost[j]
            guard delta != 0 else { continue }
            margin += max(delta * lp.columnLower[j], delta * lp.columnUpper[j])
        }
        return margin
    }
}
