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

    let ledger: PaymentLedger
    private(set) var entries: [Entry] = []
    private var lp = LinearProgram()

    /// The model of the ledger's cells; nil when it would have more rows than the dense simplex
    /// takes (`maxRows`). Each floor allows what a plan may (half a euro short), or with `strict`
    /// asks for the floor itself, which leaves rounding to whole euros room to lose.
    init?(ledger: PaymentLedger, maxRows: Int, strict: Bool = false) {
        self.ledger = ledger
        let problem = ledger.problem
        guard ledger.cells.count + problem.sources.count * problem.years.count <= maxRows else { return nil }
        for (index, cell) in ledger.cells.enumerated() {
            var row: [(column: Int, value: Double)] = []
            for source in problem.actions[cell.action].eligibleSources {
                let entry = problem.sources[source]
                let most = min(entry.cap(of: cell.cost), Self.reach(entry, year: cell.year))
                guard most > 0, most >= entry.minPayment else { continue }
                let share = Double(most) / Double(cell.cost)
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
        addBudgetRows()
        addFloorRows(strict: strict)
    }

    /// The most a source can pay in a year: its budget, or with carry-over all budgets up to then.
    private static func reach(_ source: PlanningProblem.SourceEntry, year: Int) -> Int {
        source.carryOver ? source.budget[...year].reduce(0, +) : source.budget[year]
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

extension FewestPayments {
    /// A node: the payments decided to exist or not, and its parent's bound.
    private struct Node {
        var decisions: [(entry: Int, pays: Bool)]
        var bound: Int
    }

    /// The fewest payments the relaxation allows, rounded up: a lower bound for every plan when
    /// the model is not `strict`. Nil when the relaxation has no solution.
    func rootBound() -> Int? {
        rootRelaxation().map { Int(($0.objective - 1e-6).rounded(.up)) }
    }

    /// The relaxation with no payment decided, solved; nil when it has no solution. Every search
    /// starts from a copy of it, so none solves it from scratch again.
    private func rootRelaxation() -> DualSimplex? {
        var simplex = DualSimplex(lp)
        return simplex.solve() == .optimal ? simplex : nil
    }

    /// A plan with fewer payments than `incumbent` (the plan's own count) and the proof of how few
    /// any can have: a plan from reweighting, improved by exact searches of neighbourhoods, then
    /// branch and bound within `nodeLimit` nodes. Nil when the root relaxation has no solution
    /// (a floor without room for rounding).
    func search(incumbent: Int, nodeLimit: Int) -> Outcome? {
        guard let root = rootRelaxation() else { return nil }
        var best = concentrated().flatMap { $0.count < incumbent ? $0 : nil }
        if let start = best { best = improved(start, from: root, nodeLimit: nodeLimit) }
        let lowest = branchAndBound(root, from: [], best: &best, incumbent: incumbent, nodeLimit: nodeLimit)
        let count = best?.count ?? incumbent
        return Outcome(shares: best?.shares, count: count, lowerBound: min(count, lowest))
    }

    /// The shares of a plan with the same payers as `shares` (a plan of a model of the same
    /// ledger), their amounts chosen anew within this model's rows; nil when there is none.
    func following(_ shares: [Double]) -> [Double]? {
        guard let root = rootRelaxation() else { return nil }
        var best: (shares: [Double], count: Int)?
        let pattern = entries.indices.map { ($0, shares[$0] > 1e-9) }
        _ = branchAndBound(root, from: pattern, best: &best, incumbent: Int.max, nodeLimit: 1)
        return best?.shares
    }

    /// Branch and bound below `best` (else `incumbent`) from the root relaxation `root` and the
    /// payments `start` decides, within `nodeLimit` nodes, replacing `best` by each better plan;
    /// returns the fewest payments any plan with those decisions can have (`Int.max` when the
    /// search completed).
    func branchAndBound(
        _ root: DualSimplex, from start: [(entry: Int, pays: Bool)], best: inout (shares: [Double], count: Int)?,
        incumbent: Int, nodeLimit: Int
    ) -> Int {
        var simplex = root
        var open = [Node(decisions: start, bound: 0)]
        var lowest = Int.max
        var solved = 0
        var applied: [(entry: Int, pays: Bool)] = []
        while let node = open.popLast() {
            let target = best?.count ?? incumbent
            guard node.bound < target else { continue }
            guard solved < nodeLimit else {
                lowest = min(node.bound, open.map(\.bound).min() ?? node.bound)
                break
            }
            apply(node.decisions, over: applied, to: &simplex)
            applied = node.decisions
            solved += 1
            guard simplex.solve() == .optimal else { continue }
            let decidedOnes = node.decisions.filter(\.pays).count
            let bound = Int((simplex.objective + Double(decidedOnes) - 1e-6).rounded(.up))
            guard bound < target else { continue }
            let shares = entries.map { simplex.value($0.open) + simplex.value($0.decided) }
            if let count = plan(shares), count < target { best = (shares, count) }
            guard let branch = branching(simplex), bound < (best?.count ?? incumbent) else { continue }
            open.append(Node(decisions: node.decisions + [(branch, true)], bound: bound))
            open.append(Node(decisions: node.decisions + [(branch, false)], bound: bound))
        }
        return lowest
    }

    /// A plan with few payments, found by reweighting: each round charges a payment by the inverse
    /// of its share in the round before, so small payments grow dear and vanish, and the money
    /// gathers in few payments (the reweighted ℓ1 method for sparse solutions). Nil when no round
    /// gives a plan.
    private func concentrated(rounds: Int = 8) -> (shares: [Double], count: Int)? {
        var best: (shares: [Double], count: Int)?
        var program = lp
        for _ in 0..<rounds {
            var simplex = DualSimplex(program)
            guard simplex.solve() == .optimal else { break }
            let shares = entries.map { simplex.value($0.open) }
            if let count = plan(shares), count < (best?.count ?? Int.max) { best = (shares, count) }
            for (index, entry) in entries.enumerated() {
                program.cost[entry.open] = 1 / (shares[index] + 0.02)
            }
        }
        return best
    }

    /// The count of the relaxation's payments when they are a plan (every payment at least its
    /// source's minimum), else nil.
    private func plan(_ shares: [Double]) -> Int? {
        var count = 0
        for (index, entry) in entries.enumerated() where shares[index] > 1e-9 {
            guard shares[index] >= entry.least - 1e-9 else { return nil }
            count += 1
        }
        return count
    }

    /// The open payment with the smallest share that is not all-or-nothing, to decide next.
    private func branching(_ simplex: DualSimplex) -> Int? {
        var chosen: Int?
        var smallest = Double.infinity
        for (index, entry) in entries.enumerated() {
            let share = simplex.value(entry.open)
            guard share > 1e-9, share < entry.most - 1e-9 else { continue }
            let euros = share * Double(ledger.cells[entry.cell].cost)
            if euros < smallest {
                smallest = euros
                chosen = index
            }
        }
        return chosen
    }

    /// Sets the bounds of the entries whose decisions differ between `old` and `new`.
    private func apply(
        _ new: [(entry: Int, pays: Bool)], over old: [(entry: Int, pays: Bool)], to simplex: inout DualSimplex
    ) {
        var wanted: [Int: Bool] = [:]
        for decision in new { wanted[decision.entry] = decision.pays }
        var was: [Int: Bool] = [:]
        for decision in old { was[decision.entry] = decision.pays }
        for index in Set(wanted.keys).union(was.keys).sorted() where wanted[index] != was[index] {
            let entry = entries[index]
            switch wanted[index] {
            case .none:
                simplex.setBounds(entry.decided, lower: 0, upper: 0)
                simplex.setBounds(entry.open, lower: 0, upper: entry.most)
            case .some(true):
                simplex.setBounds(entry.open, lower: 0, upper: 0)
                simplex.setBounds(entry.decided, lower: min(entry.least, entry.most), upper: entry.most)
            case .some(false):
                simplex.setBounds(entry.open, lower: 0, upper: 0)
                simplex.setBounds(entry.decided, lower: 0, upper: 0)
            }
        }
    }
}
