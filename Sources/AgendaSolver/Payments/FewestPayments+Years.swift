extension FewestPayments {
    /// What the search by years found: a lower bound on the payments of every plan, and the plan
    /// the years make in turn (nil when a year found none).
    struct YearlyOutcome {
        var lowerBound: Int
        var found: (shares: [Double], count: Int)?
    }

    /// The search by years. Only carry-over money ties one year's payments to another's, so with
    /// each carry-over source free to spend in a year all it has received up to then, the model
    /// falls apart into one small model per year. Each is searched whole by branch and bound
    /// (within `nodeLimit` nodes), and the sum of their fewest payments bounds every plan from
    /// below. The relaxation of a fixed charge in one model is weak (budgets that whole
    /// action-years do not fill force splits it cannot see); a year's model is small enough for
    /// branching to see them.
    ///
    /// When no source carries money over, the years' plans together are the fewest payments.
    /// Otherwise the years are also planned in turn, each within the carry-over money the years
    /// before it left, for a candidate. Nil with fewer than two years, or when a year's model
    /// cannot be built or solved.
    func byYears(nodeLimit: Int) -> YearlyOutcome? {
        let years = Set(ledger.cells.map(\.year)).sorted()
        guard years.count > 1 else { return nil }
        var bound = 0
        var plans: [(model: FewestPayments, shares: [Double], count: Int)] = []
        for year in years {
            let reach = ledger.problem.sources.map { Double(Self.reach($0, year: year)) }
            guard let fewest = fewest(in: YearPart(year: year, spendable: reach), nodeLimit: nodeLimit),
                fewest.lowerBound < Int.max
            else { return nil }
            bound += fewest.lowerBound
            if let best = fewest.best { plans.append((fewest.model, best.shares, best.count)) }
        }
        guard ledger.problem.sources.contains(where: \.carryOver) else {
            return YearlyOutcome(lowerBound: bound, found: plans.count == years.count ? merged(plans) : nil)
        }
        return YearlyOutcome(lowerBound: bound, found: inTurn(years, nodeLimit: max(nodeLimit / 20, 1)))
    }

    /// The fewest payments of one year's part, searched within `nodeLimit` nodes: the best plan
    /// found (shares of the part's entries) and the least any plan of it can have.
    private func fewest(in part: YearPart, nodeLimit: Int)
        -> (model: FewestPayments, best: (shares: [Double], count: Int)?, lowerBound: Int)?
    {
        guard let model = FewestPayments(ledger: ledger, maxRows: .max, strict: strict, part: part, stop: stop),
            let root = model.rootRelaxation()
        else { return nil }
        var best: (shares: [Double], count: Int)?
        let lowest = model.branchAndBound(root, from: [], best: &best, incumbent: Int.max, nodeLimit: nodeLimit)
        return (model, best, min(lowest, best?.count ?? Int.max))
    }

    /// A plan of the whole model, found year by year from the first: each year's fewest payments
    /// within what the years before it left of carry-over money. Nil when a year finds none.
    private func inTurn(_ years: [Int], nodeLimit: Int) -> (shares: [Double], count: Int)? {
        let sources = ledger.problem.sources
        var plans: [(model: FewestPayments, shares: [Double], count: Int)] = []
        var carried = Array(repeating: 0.0, count: sources.count)
        for year in years {
            let spendable = sources.indices.map { source in
                sources[source].carryOver
                    ? Double(Self.reach(sources[source], year: year)) - carried[source]
                    : Double(sources[source].budget[year])
            }
            guard let fewest = fewest(in: YearPart(year: year, spendable: spendable), nodeLimit: nodeLimit),
                let best = fewest.best
            else { return nil }
            for (position, entry) in fewest.model.entries.enumerated() {
                carried[entry.source] += best.shares[position] * Double(ledger.cells[entry.cell].cost)
            }
            plans.append((fewest.model, best.shares, best.count))
        }
        return merged(plans)
    }

    /// The years' plans (each of its part's entries) as one plan of this model.
    private func merged(_ plans: [(model: FewestPayments, shares: [Double], count: Int)])
        -> (shares: [Double], count: Int)?
    {
        let index = Dictionary(
            entries.enumerated().map { ([$1.cell, $1.source], $0) }, uniquingKeysWith: { first, _ in first })
        var shares = Array(repeating: 0.0, count: entries.count)
        for plan in plans {
            for (position, entry) in plan.model.entries.enumerated() where plan.shares[position] > 1e-9 {
                guard let whole = index[[entry.cell, entry.source]] else { return nil }
                shares[whole] = plan.shares[position]
            }
        }
        return (shares, plans.map(\.count).reduce(0, +))
    }
}
