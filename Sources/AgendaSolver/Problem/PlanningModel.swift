/// The planning problem as a linear program: the relaxation that branch and bound solves, where
/// each action's yes/no decision may take any value between 0 and 1.
///
/// Columns: one decision `x_a` per action, and one payment share `f_asy` per action, eligible source
/// and cost year (the part of that year's cost the source pays, between 0 and its cap over the
/// cost). Shares rather than euros keep every coefficient near 1, which keeps the simplex exact
/// enough; budget and floor rows are divided by their right-hand side for the same reason.
/// Rows: full payment `Σ_s f_asy = x_a`; budgets (cumulative with carry-over); the allocation key's
/// floors; `requires` (`x_a ≤ x_b`) and `excludes` (`x_a + x_b ≤ 1`). The objective is the sum of
/// the funded actions' scores, negated because the simplex minimises.
struct PlanningModel {
    struct Share {
        var action: Int
        var source: Int
        var year: Int
        var column: Int
    }

    /// A budget row: the euros of `source` spent up to `year` (only that year without carry-over).
    struct BudgetRow {
        var source: Int
        var year: Int
        var row: Int
        /// Euros per unit of the row (rows are divided by their budget).
        var scale: Double
    }

    let problem: PlanningProblem
    private(set) var lp = LinearProgram()
    /// `[action]` → its decision column.
    private(set) var decision: [Int] = []
    private(set) var shares: [Share] = []
    /// `[action]` → indices into `shares`.
    private(set) var sharesOf: [[Int]] = []
    private(set) var budgetRows: [BudgetRow] = []
    /// Floor rows: municipality, year, row.
    private(set) var floorRows: [(municipality: Int, year: Int, row: Int)] = []

    /// Builds the model; with `floors: false` the allocation key is left out (to tell what the
    /// floors cost, and which of them make commitments impossible).
    ///
    /// `floorRounding` is how far below a floor its row lets money fall: by default what a plan may
    /// (`PlanningProblem.Fairness.rounding`), which keeps the relaxation a relaxation; 0 asks for
    /// the floor itself, which leaves room for rounding payments to whole euros.
    init(problem: PlanningProblem, floors: Bool = true, floorRounding: Double = PlanningProblem.Fairness.rounding) {
        self.problem = problem
        let years = problem.years.count
        for action in problem.actions {
            let score = Double(action.score) / 10_000
            switch action.fixed {
            case .free: decision.append(lp.addColumn(cost: -score, lower: 0, upper: 1))
            case .mustFund: decision.append(lp.addColumn(cost: -score, lower: 1, upper: 1))
            case .never: decision.append(lp.addColumn(cost: -score, lower: 0, upper: 0))
            }
        }
        sharesOf = Array(repeating: [], count: problem.actions.count)
        for (index, action) in problem.actions.enumerated() {
            for year in action.costYears {
                let cost = action.costs[year]
                var entries: [(column: Int, value: Double)] = [(decision[index], -1)]
                for source in action.eligibleSources {
                    let cap = problem.sources[source].cap(of: cost)
                    guard cap > 0 else { continue }
                    let column = lp.addColumn(
                        cost: -Self.perturbation(shares.count), lower: 0, upper: Double(cap) / Double(cost))
                    sharesOf[index].append(shares.count)
                    shares.append(Share(action: index, source: source, year: year, column: column))
                    entries.append((column, 1))
                }
                lp.addRow(entries, lower: 0, upper: 0)
            }
        }

        // Budgets: euros per source and year, cumulative where unspent money carries over.
        var spending = Array(
            repeating: Array(repeating: [(column: Int, value: Double)](), count: years), count: problem.sources.count)
        for share in shares {
            spending[share.source][share.year].append(
                (share.column, Double(problem.actions[share.action].costs[share.year])))
        }
        for (index, source) in problem.sources.enumerated() {
            var cumulative: [(column: Int, value: Double)] = []
            var budget = 0
            for year in 0..<years {
                if source.carryOver {
                    cumulative += spending[index][year]
                    budget += source.budget[year]
                } else {
                    cumulative = spending[index][year]
                    budget = source.budget[year]
                }
                guard !cumulative.isEmpty else { continue }
                let scale = Double(max(budget, 1))
                let row = lp.addRow(
                    cumulative.map { ($0.column, $0.value / scale) }, lower: -.infinity, upper: Double(budget) / scale)
                budgetRows.append(BudgetRow(source: index, year: year, row: row, scale: scale))
            }
        }

        // The allocation key's floors: key-shared money to a municipality's actions, each action
        // counting for its municipality's weight.
        if floors, let fairness = problem.fairness {
            for municipality in problem.municipalities.indices {
                for year in 0..<years where fairness.floors[municipality][year] > 0 {
                    let floor = fairness.floors[municipality][year]
                    var entries: [(column: Int, value: Double)] = []
                    for (index, action) in problem.actions.enumerated() {
                        guard let weight = action.municipalities.first(where: { $0.index == municipality })?.weight,
                            weight > 0
                        else { continue }
                        for shareIndex in sharesOf[index] {
                            let share = shares[shareIndex]
                            guard share.year == year, problem.sources[share.source].sharedByKey else { continue }
                            entries.append((share.column, weight * Double(action.costs[year]) / floor))
                        }
                    }
                    let row = lp.addRow(entries, lower: (floor - floorRounding) / floor, upper: .infinity)
                    floorRows.append((municipality, year, row))
                }
            }
        }

        for (index, action) in problem.actions.enumerated() {
            for other in action.requires where other != index {
                lp.addRow([(decision[index], 1), (decision[other], -1)], lower: -.infinity, upper: 0)
            }
            for other in action.excludes where other != index {
                lp.addRow([(decision[index], 1), (decision[other], 1)], lower: -.infinity, upper: 1)
            }
        }
    }

    /// A tiny reward per payment share that breaks the ties between the many payments of equal
    /// value; without it the dual simplex stalls on degenerate pivots. A reward (never a cost) keeps
    /// the relaxation an upper bound: it raises the value by at most the sum of the rewards, a few
    /// millionths of a point.
    static func perturbation(_ index: Int) -> Double {
        1e-7 * (1 + Double((index &* 2_654_435_761) % 1_000) / 1_000)
    }

    /// Per source and year, the relaxation's value of one more euro there, in points: the duals of
    /// the budget rows (an extra euro in a carry-over year counts in every later cumulative row).
    func budgetPrices(duals: [Double]) -> [[Double]] {
        Self.budgetPrices(
            duals: duals, rows: budgetRows, carryOver: problem.sources.map(\.carryOver), years: problem.years.count)
    }

    /// `budgetPrices(duals:)` for the budget rows `rows` of a model whose sources carry money over
    /// as `carryOver` says.
    static func budgetPrices(duals: [Double], rows: [BudgetRow], carryOver: [Bool], years: Int) -> [[Double]] {
        var prices = Array(repeating: Array(repeating: 0.0, count: years), count: carryOver.count)
        for budget in rows {
            // The dual is the minimum's change per unit of the row; the objective is negated.
            let perEuro = max(0, -duals[budget.row] / budget.scale)
            if carryOver[budget.source] {
                for year in 0...budget.year { prices[budget.source][year] += perEuro }
            } else {
                prices[budget.source][budget.year] += perEuro
            }
        }
        return prices
    }
}
