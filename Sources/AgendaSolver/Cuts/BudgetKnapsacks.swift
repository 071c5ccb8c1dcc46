/// A binary knapsack over the decisions that every plan keeps: `Σ weight_i · x_{actions_i} ≤
/// capacity`, in whole euros, over the actions free at the root (commitments are taken out of the
/// capacity, actions that are never funded left out).
struct DecisionKnapsack: Sendable, Hashable {
    /// Ascending.
    var actions: [Int]
    /// Positive, one per action.
    var weights: [Int]
    var capacity: Int
}

/// The knapsacks that budget rows imply for the decisions.
///
/// Take budget rows of a set of sources `S` (each source's row of one year, cumulative with
/// carry-over) and add them up: the euros `S` pays within those rows are at most their budgets.
/// In a plan, an action `a` funded in year `y` gets its whole cost there, of which the eligible
/// sources outside `S_y` (those of `S` whose row does not cover `y`, and all others) pay at most
/// their caps. So `S` pays it at least `max(0, cost_ay − Σ_{t ∉ S_y} cap_aty)` in that year, and
/// nothing when it is not funded: with `w_a` the sum over its years,
/// `Σ_a w_a x_a ≤ Σ budgets` holds for every plan. This is the budget row with each share replaced
/// by the variable lower bound the full-payment row and the other shares' variable upper bounds
/// imply. All numbers are whole euros (caps are), so covers and lifting are exact.
///
/// Rows are taken one at a time, and aggregated over the sources an action-year may use and over
/// all sources a municipality's actions may use in a year: aggregation makes more of each cost
/// unavoidable (an action paid by two sources weighs nothing in either row alone, and its whole
/// cost in both together).
enum BudgetKnapsacks {
    /// At most this many knapsacks per problem: separation stays cheap on the largest models.
    static let limit = 2_000

    /// The distinct knapsacks of single budget rows and of the aggregations, in a fixed order.
    static func derive(_ model: PlanningModel) -> [DecisionKnapsack] {
        var seen = Set<DecisionKnapsack>()
        var knapsacks: [DecisionKnapsack] = []
        let parts = ShareCaps(model)
        for rows in aggregations(model) where knapsacks.count < limit {
            guard let knapsack = knapsack(model, rows: rows, caps: parts), seen.insert(knapsack).inserted else {
                continue
            }
            knapsacks.append(knapsack)
        }
        return knapsacks
    }

    /// Sets of budget rows (indices into `model.budgetRows`, ascending) to add up: each row alone,
    /// the rows of the year that each action-year's eligible sources share, and those of all the
    /// sources a municipality's actions may use in a year.
    static func aggregations(_ model: PlanningModel) -> [[Int]] {
        let problem = model.problem
        let years = problem.years.count
        var rowOf = Array(repeating: Array(repeating: -1, count: years), count: problem.sources.count)
        for (index, row) in model.budgetRows.enumerated() { rowOf[row.source][row.year] = index }
        var result: [[Int]] = model.budgetRows.indices.map { [$0] }
        var seen = Set(result)
        func add(_ sources: Set<Int>, year: Int) {
            let rows = sources.map { rowOf[$0][year] }.filter { $0 >= 0 }.sorted()
            guard rows.count > 1, seen.insert(rows).inserted else { return }
            result.append(rows)
        }
        var municipal = Array(
            repeating: Array(repeating: Set<Int>(), count: years), count: problem.municipalities.count)
        for (action, entry) in problem.actions.enumerated() where entry.fixed != .never {
            for year in entry.costYears {
                let sources = Set(
                    model.sharesOf[action].map { model.shares[$0] }.filter { $0.year == year }.map(\.source))
                add(sources, year: year)
                for place in entry.municipalities where place.weight > 0 {
                    municipal[place.index][year].formUnion(sources)
                }
            }
        }
        for municipality in municipal.indices {
            for year in 0..<years { add(municipal[municipality][year], year: year) }
        }
        return result
    }

    /// The knapsack of the sum of `rows`; nil when it cannot cut anything off (no free action
    /// weighs anything, or all of them fit together) or when the commitments alone overfill it.
    static func knapsack(_ model: PlanningModel, rows: [Int], caps: ShareCaps) -> DecisionKnapsack? {
        let problem = model.problem
        // `covered[source]`: the last year its row in the sum covers (-1: not in the sum).
        var covered = Array(repeating: -1, count: problem.sources.count)
        var capacity = 0
        for index in rows {
            let row = model.budgetRows[index]
            let source = problem.sources[row.source]
            covered[row.source] = row.year
            capacity += source.carryOver ? source.budget[0...row.year].reduce(0, +) : source.budget[row.year]
        }
        func covers(_ source: Int, _ year: Int) -> Bool {
            let last = covered[source]
            return last >= 0 && (last == year || (problem.sources[source].carryOver && year < last))
        }
        var actions: [Int] = []
        var weights: [Int] = []
        for (action, entry) in problem.actions.enumerated() where entry.fixed != .never {
            var weight = 0
            for part in caps.parts[action] {
                var outside = part.total
                for (source, cap) in part.caps where covers(source, part.year) { outside -= cap }
                weight += max(0, part.cost - outside)
            }
            guard weight > 0 else { continue }
            if entry.fixed == .mustFund {
                capacity -= weight
            } else {
                actions.append(action)
                weights.append(weight)
            }
        }
        guard capacity >= 0, !actions.isEmpty, weights.reduce(0, +) > capacity else { return nil }
        return DecisionKnapsack(actions: actions, weights: weights, capacity: capacity)
    }

    /// Per action and cost year: the cost, and the caps of the sources that may pay it.
    struct ShareCaps {
        struct Part {
            var year: Int
            var cost: Int
            var caps: [(source: Int, cap: Int)]
            var total: Int
        }

        /// `[action]` → its cost years.
        var parts: [[Part]]

        init(_ model: PlanningModel) {
            let problem = model.problem
            parts = problem.actions.enumerated().map { action, entry in
                entry.costYears.map { year in
                    let cost = entry.costs[year]
                    let caps = model.sharesOf[action].map { model.shares[$0] }.filter { $0.year == year }.map {
                        (source: $0.source, cap: problem.sources[$0.source].cap(of: cost))
                    }
                    return Part(year: year, cost: cost, caps: caps, total: caps.reduce(0) { $0 + $1.cap })
                }
            }
        }
    }
}
