extension LPBranchAndBound.Run {
    /// Fix-and-propagate: a first plan from one pass over the actions and one solve of the
    /// payments, instead of a dive's solve per fractional decision.
    ///
    /// The actions are taken in the order the relaxation ranks them (its value, then points per
    /// euro). Each is funded when the rules allow it (what it requires is funded, nothing it
    /// excludes is) and its costs fit in what its sources have left, paid greedily from the sources
    /// whose money the relaxation values least; otherwise it is left out. That propagation keeps
    /// the budgets, so the only row the final solve can still break is a floor of the allocation
    /// key; then the pass gives no plan and the dive goes on alone.
    mutating func fixAndPropagate() {
        let problem = search.problem
        var ledger = GreedyLedger(problem: problem, prices: search.model.budgetPrices(duals: state.simplex.rowDuals()))
        var wanted = state.fixed
        for action in problem.actions.indices where wanted[action] == 1 { _ = ledger.pay(action) }
        var deferred: [Int] = []
        for action in rankedFreeActions() {
            switch ledger.admits(action, fixed: wanted) {
            case .yes:
                wanted[action] = ledger.pay(action) ? 1 : 0
            case .notYet:
                deferred.append(action)
            case .no:
                wanted[action] = 0
            }
        }
        for action in deferred {
            wanted[action] = ledger.admits(action, fixed: wanted) == .yes && ledger.pay(action) ? 1 : 0
        }
        var trial = state
        trial.fix(wanted)
        guard trial.simplex.solve(limit: search.pivotLimit) == .optimal else { return }
        _ = offer(trial)
    }

    /// The free actions, best first by the relaxation: its value, then points per euro, then order.
    private func rankedFreeActions() -> [Int] {
        let problem = search.problem
        let keyed = problem.actions.indices.filter { state.fixed[$0] < 0 }.map { action in
            let cost = max(1, problem.actions[action].totalCost)
            return (action, state.decision(action), Double(problem.actions[action].score) / Double(cost))
        }
        return keyed.sorted { a, b in
            if abs(a.1 - b.1) > 1e-9 { return a.1 > b.1 }
            if a.2 != b.2 { return a.2 > b.2 }
            return a.0 < b.0
        }.map(\.0)
    }
}

/// The money a greedy pass has left per source and year, keeping budgets (cumulative where money
/// carries over) and max-shares.
struct GreedyLedger {
    enum Admission { case yes, notYet, no }

    let problem: PlanningProblem
    /// Per source and year, the relaxation's value of a euro: cheaper money is spent first.
    let prices: [[Double]]
    private var spent: [[Int]]

    init(problem: PlanningProblem, prices: [[Double]]) {
        self.problem = problem
        self.prices = prices
        spent = problem.sources.map { _ in Array(repeating: 0, count: problem.years.count) }
    }

    /// Whether the rules let the action be funded next to the fixings: `notYet` while an action it
    /// requires is still undecided.
    func admits(_ action: Int, fixed: [Int8]) -> Admission {
        let entry = problem.actions[action]
        if entry.excludes.contains(where: { fixed[$0] == 1 }) { return .no }
        if entry.requires.contains(where: { fixed[$0] == 0 }) { return .no }
        return entry.requires.allSatisfy({ fixed[$0] == 1 }) ? .yes : .notYet
    }

    /// What source `s` can still pay in `year`: with carry-over, the least room of that year and
    /// every later one, since money spent now is missing from every later cumulative budget.
    func room(_ s: Int, _ year: Int) -> Int {
        let source = problem.sources[s]
        guard source.carryOver else { return source.budget[year] - spent[s][year] }
        var budget = 0
        var used = 0
        var least = Int.max
        for y in problem.years.indices {
            budget += source.budget[y]
            used += spent[s][y]
            if y >= year { least = min(least, budget - used) }
        }
        return least
    }

    /// Pays every cost year of the action from its cheapest sources within their caps and room,
    /// and returns true; leaves the ledger as it was and returns false when a year cannot be paid.
    mutating func pay(_ action: Int) -> Bool {
        let entry = problem.actions[action]
        let before = spent
        for year in entry.costYears {
            var left = entry.costs[year]
            let sources = entry.eligibleSources.sorted { a, b in
                prices[a][year] != prices[b][year] ? prices[a][year] < prices[b][year] : a < b
            }
            for s in sources where left > 0 {
                let amount = min(left, problem.sources[s].cap(of: entry.costs[year]), max(0, room(s, year)))
                spent[s][year] += amount
                left -= amount
            }
            if left > 0 {
                spent = before
                return false
            }
        }
        return true
    }
}
