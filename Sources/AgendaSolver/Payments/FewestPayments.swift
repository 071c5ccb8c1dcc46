/// The fewest payments that pay a fixed set of funded action-years within every budget, cap,
/// minimum payment and floor: branch and bound on a fixed-charge model, with the proof of how few.
///
/// Per action-year `k` and eligible source `s`, the share `x` of the cost that `s` pays has a
/// charge `z ∈ {0, 1}` (the payment exists) with `x ≤ u z`, `u` the most `s` can pay of it. With
/// `z` relaxed, the charge is `x / u` at the optimum, so the relaxation needs no `z` columns: each
/// share is two columns, `x′` charged `1/u` (its payment still open) and `x″` free of charge but
/// closed (upper bound 0) until a branch decides the payment exists; `z = 0` closes both. Bound
/// changes keep the dual simplex's basis dual feasible, so each node starts from the basis the node
/// before it ended with (returning to its parent's stored basis inverts it again, which took longer).
///
/// Every node's relaxation is also a plan: its payments (the shares above zero) pay every
/// action-year within the rows, so their count is a candidate.
struct FewestPayments {
    /// One payment that may exist: an action-year's share from a source.
    struct Entry {
        var cell: Int
        var source: Int
        /// The most the source may pay of the cost, as a share of it.
        var most: Double
        /// The least a payment from it may be, as a share of the cost (its `min-payment`).
        var least: Double
        var open: Int
        var decided: Int
    }

    /// What the search found: the shares per entry of a plan with fewer payments than the
    /// incumbent (nil when it found none), the fewest payments known, and the fewest any plan
    /// can have (equal when the search is complete).
    struct Outcome {
        var shares: [Double]?
        var count: Int
        var lowerBound: Int
    }

    /// One year of the model, for the search by years (`FewestPayments+Years.swift`): that year's
    /// action-years only, each source spending at most `spendable[source]` euros in it.
    struct YearPart {
        var year: Int
        var spendable: [Double]
    }

    let ledger: PaymentLedger
    let strict: Bool
    /// A stop requested from outside (Ctrl-C): every branch and bound ends after its first node,
    /// as at its node limit, so an interrupted plan gets its payments tidied without delay.
    let stop: SearchStop?
    private(set) var entries: [Entry] = []
    private(set) var lp = LinearProgram()

    /// The model of the ledger's cells, or of one year's `part` of them; nil when it would have
    /// more rows than the dense simplex takes (`maxRows`). Each floor allows what a plan may (half a
    /// euro short), or with `strict` asks for the floor itself, which leaves rounding to whole
    /// euros room to lose.
    init?(
        ledger: PaymentLedger, maxRows: Int, strict: Bool = false, part: YearPart? = nil, stop: SearchStop? = nil
    ) {
        self.ledger = ledger
        self.strict = strict
        self.stop = stop
        let problem = ledger.problem
        guard ledger.cells.count + problem.sources.count * problem.years.count <= maxRows else { return nil }
        for (index, cell) in ledger.cells.enumerated() where part.map({ $0.year == cell.year }) ?? true {
            var row: [(column: Int, value: Double)] = []
            for source in problem.actions[cell.action].eligibleSources {
                let entry = problem.sources[source]
                let left = part?.spendable[source] ?? Double(Self.reach(entry, year: cell.year))
                let most = min(Double(entry.cap(of: cell.cost)), left)
                guard most > 0, most >= Double(entry.minPayment) else { continue }
                let share = most / Double(cell.cost)
                let open = lp.addColumn(cost: 1 / share, lower: 0, upper: share)
                let decided = lp.addColumn(cost: 0, lower: 0, upper: 0)
                entries.append(
                    Entry(
                        cell: index, source: source, most: share,
                        least: Double(entry.minPayment) / Double(cell.cost), open: open, decided: decided))
                row += [(open, 1), (decided, 1)]
            }
            lp.addRow(row, lower: 1, upper: 1)
        }
        if let part { addBudgetRows(spendable: part.spendable) } else { addBudgetRows() }
        addFloorRows(strict: strict)
    }

    /// The most a source can pay in a year: its budget, or with carry-over all budgets up to then.
    static func reach(_ source: PlanningProblem.SourceEntry, year: Int) -> Int {
        source.carryOver ? source.budget[...year].reduce(0, +) : source.budget[year]
    }

    /// Per source that pays in a year's part, its spending at most what it may spend then.
    private mutating func addBudgetRows(spendable: [Double]) {
        var spending = Array(repeating: [(column: Int, value: Double)](), count: spendable.count)
        for entry in entries {
            let cost = Double(ledger.cells[entry.cell].cost)
            spending[entry.source] += [(entry.open, cost), (entry.decided, cost)]
        }
        for (source, row) in spending.enumerated() where !row.isEmpty {
            let scale = max(spendable[source], 1)
            lp.addRow(row.map { ($0.column, $0.value / scale) }, lower: -.infinity, upper: spendable[source] / scale)
        }
    }

    private mutating func addBudgetRows() {
        let problem = ledger.problem
        let years = problem.years.count
        var spending = Array(
            repeating: Array(repeating: [(column: Int, value: Double)](), count: years), count: problem.sources.count)
        for entry in entries {
            let cell = ledger.cells[entry.cell]
            spending[entry.source][cell.year] += [(entry.open, Double(cell.cost)), (entry.decided, Double(cell.cost))]
        }
        for (index, source) in problem.sources.enumerated() {
            var running: [(column: Int, value: Double)] = []
            var budget = 0
            for year in 0..<years {
                running = source.carryOver ? running + spending[index][year] : spending[index][year]
                budget = source.carryOver ? budget + source.budget[year] : source.budget[year]
                guard !spending[index][year].isEmpty else { continue }
                let scale = Double(max(budget, 1))
                lp.addRow(
                    running.map { ($0.column, $0.value / scale) }, lower: -.infinity, upper: Double(budget) / scale)
            }
        }
    }

    private mutating func addFloorRows(strict: Bool) {
        let problem = ledger.problem
        guard let fairness = problem.fairness else { return }
        var rows: [[Int]: [(column: Int, value: Double)]] = [:]
        for entry in entries where problem.sources[entry.source].sharedByKey {
            let cell = ledger.cells[entry.cell]
            for place in problem.actions[cell.action].municipalities where place.weight > 0 {
                let floor = fairness.floors[place.index][cell.year]
                guard floor > 0 else { continue }
                let value = place.weight * Double(cell.cost) / floor
                rows[[place.index, cell.year], default: []] += [(entry.open, value), (entry.decided, value)]
            }
        }
        for key in rows.keys.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
            let floor = fairness.floors[key[0]][key[1]]
            let lower = strict ? floor : floor - PlanningProblem.Fairness.rounding
            lp.addRow(rows[key] ?? [], lower: lower / floor, upper: .infinity)
        }
    }
}
