import AgendaSolver

/// What keeps each unfunded action out, found in the plan itself: the money its sources have left
/// in each year of its cost, or the other actions its `requires` and `excludes` name.
struct UnfundedDetails {
    let problem: PlanningProblem
    let funded: [Bool]
    /// `[source][year]`: what the plan leaves of the budget, with money carried over.
    private let left: [[Int]]

    /// `sources` are the plan's source-years, source by source and year by year.
    init(problem: PlanningProblem, funded: [Bool], sources: [SourceYear]) {
        self.problem = problem
        self.funded = funded
        let years = problem.years.count
        left = problem.sources.indices.map { source in
            (0..<years).map { year in sources[source * years + year].left }
        }
    }

    /// The detail behind `reason` for the action at `index`; nil for reasons that need none.
    func detail(_ index: Int, reason: Plan.Reason) -> UnfundedDetail? {
        let action = problem.actions[index]
        switch reason {
        case .budget, .fairness:
            return UnfundedDetail(shortfalls: shortfalls(action))
        case .requires:
            return UnfundedDetail(otherActions: action.requires.filter { !funded[$0] }.map { problem.actions[$0].id })
        case .excludes:
            let others = problem.actions.indices.filter { other in
                other != index && funded[other]
                    && (action.excludes.contains(other) || problem.actions[other].excludes.contains(index))
            }
            return UnfundedDetail(otherActions: others.map { problem.actions[$0].id })
        case .eligibility, .stopped, .dropped:
            return nil
        }
    }

    /// Each year in which the sources allowed to pay the action, each at most its cap and what it
    /// has left, cannot pay its cost, with the plan's other payments as they are.
    private func shortfalls(_ action: PlanningProblem.ActionEntry) -> [UnfundedDetail.Shortfall] {
        action.costYears.compactMap { year in
            let cost = action.costs[year]
            let payers = action.eligibleSources.filter { problem.sources[$0].cap(of: cost) > 0 }
            let most = payers.reduce(0) { $0 + min(problem.sources[$1].cap(of: cost), max(0, left[$1][year])) }
            guard most < cost else { return nil }
            return UnfundedDetail.Shortfall(
                year: problem.years[year], sources: payers.map { problem.sources[$0].id }, euros: cost - most)
        }
    }
}
