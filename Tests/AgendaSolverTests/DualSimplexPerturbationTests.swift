import Testing

@testable import AgendaSolver

/// Perturbed costs keep the dual simplex's objective a lower bound for the program's own costs,
/// within the perturbation's reach of the optimum, and its solution feasible: on random LPs of
/// every kind of row, and on a planning model of over a thousand rows.
@Suite struct DualSimplexPerturbationTests {
    @Test func thePerturbedObjectiveBoundsTheOptimumClosely() {
        for seed in UInt64(1)...UInt64(500) {
            var random = SplitMix(seed: seed &* 6_151 &+ 1)
            let (lp, _) = DualSimplexTests.randomFeasibleLP(&random)
            var exact = DualSimplex(lp, perturbed: false)
            var perturbed = DualSimplex(lp, perturbed: true)
            guard exact.solve() == .optimal else {
                Issue.record("seed \(seed): feasible by construction")
                continue
            }
            #expect(perturbed.solve() == .optimal, "seed \(seed)")
            #expect(perturbed.objective <= exact.objective + 1e-7, "seed \(seed): not a lower bound")
            #expect(exact.objective - perturbed.objective <= Self.reach(lp), "seed \(seed): too far below")
            #expect(Self.violation(of: perturbed, in: lp) <= 1e-6, "seed \(seed): infeasible solution")
        }
    }

    @Test func planningModelsReachTheSameOptimum() throws {
        let shape = RandomProblems.Shape(municipalities: 8, actions: 300, years: 4, key: true)
        let lp = PlanningModel(problem: RandomProblems.problem(shape, seed: 3)).lp
        var exact = DualSimplex(lp, perturbed: false)
        var perturbed = DualSimplex(lp, perturbed: true)
        try #require(exact.solve() == .optimal)
        try #require(perturbed.solve() == .optimal)
        #expect(perturbed.objective <= exact.objective + 1e-7)
        #expect(exact.objective - perturbed.objective <= Self.reach(lp))
        #expect(Self.violation(of: perturbed, in: lp) <= 1e-6)
        let cost = (0..<lp.columnCount).reduce(0.0) { $0 + lp.cost[$1] * perturbed.value($1) }
        #expect(cost - exact.objective <= Self.reach(lp), "the perturbed optimum is near-optimal")
    }

    /// How far the perturbation can move any objective: a millionth of `1 + |c_j|` over each
    /// column's box, twice over (the bound's margin and the optimum's shift).
    static func reach(_ lp: LinearProgram) -> Double {
        (0..<lp.columnCount).reduce(0.0) { total, j in
            let width = max(abs(lp.columnLower[j]), abs(lp.columnUpper[j]))
            return total + 2e-6 * (1 + abs(lp.cost[j])) * width
        } + 1e-7
    }

    /// The largest violation of a column bound or a row by the simplex's solution.
    static func violation(of simplex: DualSimplex, in lp: LinearProgram) -> Double {
        var worst = 0.0
        var activity = Array(repeating: 0.0, count: lp.rowCount)
        for j in 0..<lp.columnCount {
            let x = simplex.value(j)
            worst = max(worst, lp.columnLower[j] - x, x - lp.columnUpper[j])
            for entry in lp.columns[j] { activity[entry.row] += entry.value * x }
        }
        for i in 0..<lp.rowCount {
            worst = max(worst, lp.rowLower[i] - activity[i], activity[i] - lp.rowUpper[i])
        }
        return worst
    }
}
