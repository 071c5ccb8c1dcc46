import Testing

@testable import AgendaSolver

/// The branch and bound's primal heuristics on their own, on random problems checked against
/// exhaustive search: fix-and-propagate and RINS give only plans that keep every rule, never
/// better than the best plan, and RINS never loses the plan it starts from; polishing a search
/// that stopped within a gap only improves its plan and leaves its bound alone.
@Suite struct HeuristicTests {
    /// A run of the search on the problem, its root relaxation solved; nil when the root has none.
    private func rootRun(_ problem: PlanningProblem) -> LPBranchAndBound.Run? {
        let search = LPBranchAndBound(problem: problem, nodeLimit: 1_000)
        var state = LPBranchAndBound.State(
            simplex: DualSimplex(search.model.lp), fixed: search.rootFixed, model: search.model)
        guard state.simplex.solve() == .optimal else { return nil }
        let outcome = LPBranchAndBound.Outcome(
            funded: nil, amounts: [], objective: 0, bound: 0, proven: false, nodes: 0,
            prices: problem.zeroPrices, infeasible: false, blockingFloors: [])
        return LPBranchAndBound.Run(search, root: state, outcome: outcome, earlier: nil, progress: nil)
    }

    /// The run's best plan as a solution, for `SolutionCheck`.
    private func solution(_ run: LPBranchAndBound.Run, _ problem: PlanningProblem) -> Solution? {
        guard let best = run.best else { return nil }
        return SolutionCheck.solution(funded: best.funded, amounts: best.amounts, model: run.search.model)
    }

    /// A heuristic's plan keeps every rule and scores at most the best plan enumeration finds.
    private func expectValid(_ found: Solution, _ problem: PlanningProblem, key: Bool, seed: UInt64) {
        let violations = SolutionCheck.violations(found, problem)
        #expect(violations.isEmpty, "seed \(seed): \(violations)")
        let best = key ? ExhaustiveSearch.best(problem) : ExhaustiveSearch.bestWithoutFloors(problem)
        #expect(found.objective <= best ?? Int.min, "seed \(seed): better than the best plan")
    }

    @Test(arguments: [false, true])
    func fixAndPropagateGivesValidPlans(key: Bool) throws {
        var planned = 0
        for seed in UInt64(1)...150 {
            let problem = RandomProblems.problem(RandomProblems.small(seed: seed, key: key), seed: seed)
            guard var run = rootRun(problem) else { continue }
            run.fixAndPropagate()
            guard let found = solution(run, problem) else { continue }
            planned += 1
            expectValid(found, problem, key: key, seed: seed)
        }
        // Without floors every greedy pass that keeps the budgets is a plan.
        #expect(planned >= (key ? 40 : 100), "fix-and-propagate found \(planned) plans")
    }

    @Test(arguments: [false, true])
    func neighbourhoodSearchOnlyImproves(key: Bool) throws {
        var improved = 0
        for seed in UInt64(1)...150 {
            let problem = RandomProblems.problem(RandomProblems.small(seed: seed, key: key), seed: seed)
            guard var run = rootRun(problem) else { continue }
            run.fixAndPropagate()
            if run.best == nil { run.dive(from: run.state) }
            guard let before = run.best?.objective else { continue }
            run.relaxationInducedNeighbourhood(limits: .init(nodes: 200, fixedShare: 0))
            guard let found = solution(run, problem) else {
                Issue.record("seed \(seed): the neighbourhood search lost the plan")
                continue
            }
            #expect(found.objective >= before, "seed \(seed)")
            if found.objective > before { improved += 1 }
            expectValid(found, problem, key: key, seed: seed)
        }
        #expect(improved > 0, "the neighbourhood search never improved a plan")
    }

    @Test(arguments: [false, true])
    func polishingOnlyImprovesThePlan(key: Bool) throws {
        var improved = 0
        for seed in UInt64(1)...150 {
            let problem = RandomProblems.problem(RandomProblems.small(seed: seed, key: key), seed: seed)
            var limits = FundingSolver.Limits()
            limits.relativeGap = 0.05
            limits.tidiesPayments = false
            limits.polishNodes = 0
            let plain = try FundingSolver(limits: limits).solve(problem)
            limits.polishNodes = 300
            let polished = try FundingSolver(limits: limits).solve(problem)
            guard plain.funded != nil else {
                #expect(polished.funded == nil, "seed \(seed): polishing found a plan the search did not")
                continue
            }
            #expect(polished.objective >= plain.objective, "seed \(seed)")
            #expect(polished.bound == max(plain.bound, polished.objective), "seed \(seed): the bound moved")
            if polished.objective > plain.objective { improved += 1 }
            expectValid(polished, problem, key: key, seed: seed)
        }
        #expect(improved > 0, "polishing never improved a plan")
    }
}
