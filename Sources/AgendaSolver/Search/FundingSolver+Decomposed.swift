extension FundingSolver {
    /// Large problems: the Lagrangian bound's prices split the shared money into quotas, the parts
    /// are planned exactly within them, and the bound is tightened with the plan as its target.
    /// The money is then split again at column generation's prices, and that split's plans are
    /// mixed (`DecomposedSearch.mix`); the better plan of the two splits is kept. Nil when some
    /// part finds no plan and no proof that none exists.
    func decomposed(_ split: DecomposedSearch, search: PlanSearch, progress: Progress?) -> Solution? {
        let problem = split.problem
        let (fixedIn, fixedOut) = PlanSearch.fixings(problem)
        let zero = problem.zeroPrices
        let start = search.relaxation(zero, fixedIn: fixedIn, fixedOut: fixedOut)
        let (_, firstMu) = search.optimiseBound(
            from: zero, target: 0.9 * start.value, iterations: limits.boundIterations,
            fixedIn: fixedIn, fixedOut: fixedOut, progress: progress)
        progress?(.splitting(parts: split.parts.count))
        var outcome: DecomposedSearch.Outcome
        // The first split's plan is only the bound's target and the master's first columns: the
        // parts' plans are mixed once, in the split that gives the plan.
        let first = firstDemand(split, search: search, mu: firstMu)
        switch split.run(demand: first, mixes: false, progress: progress) {
        case .plan(let found): outcome = found
        case .infeasible(let reasons):
            return .infeasible(problem, reasons, nodes: 0, method: .decomposedLPBranchAndBound)
        case nil: return nil
        }
        progress?(.tighteningBound(plan: outcome.objective))
        let (value, mu) = search.optimiseBound(
            from: firstMu, target: Double(outcome.objective),
            iterations: limits.boundIterations, fixedIn: fixedIn, fixedOut: fixedOut, progress: progress)
        var bound = PlanSearch.certified(value)
        // Column generation over the parts prices the shared money and the floors until the
        // parts' bound meets the master's optimum: a bound at least as tight, at the whole
        // relaxation's value when they meet. What the parts' relaxations spend at these prices
        // splits the money a second time. A search asked to stop keeps the bound it has, which
        // holds as well.
        var second = first
        if !stop.isRequested,
            let (parts, demand) = columnGenerationBound(split, search: search, plan: outcome, from: mu)
        {
            bound = min(bound, LPBranchAndBound.certified(parts.value))
            second = demand
        }
        if !stop.isRequested, case .plan(let mixed) = split.run(demand: second, mixes: true, progress: progress),
            mixed.objective > outcome.objective
        {
            outcome = mixed
            progress?(.secondSplit(plan: outcome.objective))
        }
        bound = max(outcome.objective, bound)
        return Solution(
            funded: outcome.funded, payments: outcome.payments, objective: outcome.objective, bound: bound,
            proven: bound == outcome.objective, nodes: outcome.nodes, method: .decomposedLPBranchAndBound,
            prices: search.effectivePrices(mu).map { $0.map { $0 / PlanningProblem.scoreScale } },
            infeasibility: [])
    }

    /// How the first split shares the money beyond the floors: as the parts' own relaxations
    /// would spend it at the bound's prices, or, failing that, as the Lagrangian relaxation's
    /// chosen actions would.
    private func firstDemand(_ split: DecomposedSearch, search: PlanSearch, mu: [[Double]]) -> [[[Double]]] {
        if !stop.isRequested, let bound = split.partBound(mu: mu, prices: search.effectivePrices(mu)) {
            return bound.usage(sources: split.problem.sources.count, years: split.problem.years.count)
        }
        let (fixedIn, fixedOut) = PlanSearch.fixings(split.problem)
        let relaxed = search.relaxation(mu, fixedIn: fixedIn, fixedOut: fixedOut)
        return split.demand(chosen: relaxed.chosen, fills: relaxed.fills)
    }
}
