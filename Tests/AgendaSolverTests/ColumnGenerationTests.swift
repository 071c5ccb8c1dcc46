import Testing

@testable import AgendaSolver

/// Column generation over a split agenda's parts (`FundingSolver.columnGenerationBound`,
/// `PartMaster`), on random split problems with allocation-key floors, against the whole LP
/// relaxation solved at once:
///
/// - **Valid**: the bound is never below the relaxation's optimum, so never below any plan.
/// - **Tight**: it ends within 0.01% of that optimum (the master and the bound meet there).
/// - **Never worse**: it is never above the part bound at the prices it starts from, and on some
///   seeds below it.
@Suite struct ColumnGenerationTests {
    @Test func boundMeetsTheRelaxationAndHoldsEveryPlan() throws {
        var checked = 0
        var tightened = 0
        for seed in UInt64(1)...12 {
            let (problem, split) = RandomProblems.untiedSplit(seed: seed)
            guard split.parts.filter({ !$0.isEmpty }).count > 1,
                case .plan(let plan) = split.run(
                    demand: split.parts.map { _ in
                        problem.sources.map { _ in problem.years.map { _ in 1.0 } }
                    }, mixes: false, progress: nil)
            else { continue }
            var whole = DualSimplex(PlanningModel(problem: problem).lp)
            guard whole.solve() == .optimal else { continue }
            let relaxation = -whole.objective
            let search = PlanSearch(problem: problem)
            let zero = problem.zeroPrices
            let start = try #require(split.partBound(mu: zero, prices: search.effectivePrices(zero)))
            let (bound, _) = try #require(
                FundingSolver().columnGenerationBound(split, search: search, plan: plan, from: zero))
            checked += 1
            let tolerance = 1e-6 * max(1, abs(relaxation))
            #expect(bound.value >= relaxation - tolerance, "seed \(seed): \(bound.value) < \(relaxation)")
            #expect(bound.value <= relaxation * (1 + 1e-4) + tolerance, "seed \(seed): \(bound.value) vs \(relaxation)")
            #expect(bound.value <= start.value + tolerance, "seed \(seed): worse than where it started")
            if bound.value < start.value - tolerance { tightened += 1 }
            #expect(Double(plan.objective) / PlanningProblem.scoreScale <= bound.value + tolerance)
        }
        #expect(checked >= 4, "only \(checked) split problems had a plan")
        #expect(tightened > 0, "column generation never tightened the part bound")
    }
}
