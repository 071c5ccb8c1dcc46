import Foundation

extension DecomposedSearch {
    /// What a part's relaxation (or plan) brings to the rows the parts share: a column of the
    /// master program (`PartMaster`).
    struct PartColumn: Sendable {
        /// A source or municipality, and a year.
        struct Cell: Hashable, Sendable {
            var index: Int
            var year: Int
        }

        /// The sum of its decisions' scores, in points.
        var value: Double
        /// The euros it spends per source and year (only those it spends).
        var usage: [Cell: Double] = [:]
        /// The key-shared euros it brings to each municipality's floor per year, weighted as the
        /// floor rows count them.
        var floorUse: [Cell: Double] = [:]
    }

    /// The parts' relaxations at one set of prices, and the bound they give.
    struct PartBound: Sendable {
        /// In points: the parts' relaxations plus the priced rows' right-hand sides at their prices.
        var value: Double
        /// `[part]`: its relaxation's solution (nil for an empty part).
        var columns: [PartColumn?]

        /// `[part][source][year]`: what each part's relaxation spends.
        func usage(sources: Int, years: Int) -> [[[Double]]] {
            columns.map { column in
                var usage = Array(repeating: Array(repeating: 0.0, count: years), count: sources)
                for (cell, amount) in column?.usage ?? [:] { usage[cell.index][cell.year] = amount }
                return usage
            }
        }
    }

    /// An upper bound on every plan that keeps each part's own budgets: the money shared between
    /// parts is priced at `mu` (per row, in ten-thousandths of a point per euro; `prices` are
    /// the per-euro prices those rows give each year, as `PlanSearch.effectivePrices`), each
    /// municipality's part keeps the part of its floors that the cross actions could never give,
    /// and each part's relaxation is solved as an LP. For the same prices this is never above the
    /// Lagrangian relaxation that prices every budget, since it keeps the parts' own budgets as
    /// they are.
    ///
    /// With `floorPrices` (per municipality and year, in the same unit), the allocation key's
    /// floors are priced as well, whole: key-shared money paid to an action earns its
    /// municipalities' floor prices times their weights, and the money the floors ask for is
    /// charged at those prices. With `bases`, each part starts from the basis it ended with at
    /// the last prices (only the costs moved, so a few pivots), and leaves its new one there.
    ///
    /// Also returns each part's relaxed solution: what it spends of every source and year is, at
    /// good prices, the split of the shared money that the relaxation itself would make.
    func partBound(
        mu: [[Double]], prices: [[Double]], floorPrices: [[Double]]? = nil,
        bases: ConcurrentResults<DualSimplex.Basis>? = nil
    ) -> PartBound? {
        let shared = problem.sources.indices.map { users[$0].count > 1 }
        var value = pricedBudgets(mu, shared: shared)
        if let floorPrices { value -= floorCharge(floorPrices) / 10_000 }
        // Shared budgets leave the parts' problems: the price stands in for them.
        let total = problem.actions.reduce(0) { $0 + $1.totalCost }
        let quotas = problem.sources.indices.map { source in
            shared[source] ? Array(repeating: total, count: problem.years.count) : problem.sources[source].budget
        }
        let floorsOf = ownFloors()
        let pricing = Pricing(
            shared: shared, prices: prices, floorPrices: floorPrices, floors: problem.fairness?.floors)
        let results = ConcurrentResults<(value: Double, column: PartColumn)>(count: parts.count)
        let failed = ConcurrentResults<Bool>(count: 1)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            guard !self.parts[part].isEmpty else { return }
            let (sub, _) = self.subproblem(self.parts[part], quotas: quotas, floors: floorsOf(part))
            guard let solved = Self.pricedRelaxation(sub, pricing, basis: bases, part: part) else {
                // No plan of this part keeps its commitments: nothing to add (the plan exists, so
                // this does not happen; be safe and give up the bound).
                failed.set(0, true)
                return
            }
            results.set(part, solved)
        }
        if failed.get(0) == true { return nil }
        for part in parts.indices { value += results.get(part)?.value ?? 0 }
        return PartBound(value: value, columns: parts.indices.map { results.get($0)?.column })
    }

    /// The shared budgets at their prices, in points (cumulative for carry-over sources, as their
    /// rows are).
    private func pricedBudgets(_ mu: [[Double]], shared: [Bool]) -> Double {
        var value = 0.0
        for (source, entry) in problem.sources.enumerated() where shared[source] {
            var cumulative = 0
            for year in entry.budget.indices {
                cumulative += entry.budget[year]
                value += mu[source][year] / 10_000 * Double(entry.carryOver ? cumulative : entry.budget[year])
            }
        }
        return value
    }

    /// The floors' side of their Lagrangian term, in ten-thousandths of a point: each floor's price
    /// times the money its row asks for (the floor less the rounding it allows, `PlanningModel`).
    private func floorCharge(_ floorPrices: [[Double]]) -> Double {
        guard let floors = problem.fairness?.floors else { return 0 }
        var charge = 0.0
        for m in floors.indices {
            for year in floors[m].indices where floors[m][year] > 0 {
                charge += floorPrices[m][year] * (floors[m][year] - PlanningProblem.Fairness.rounding)
            }
        }
        return charge
    }

    /// Per part, the floors its own actions must meet: what the cross actions could never give
    /// a municipality, even all funded, must come from its own part. A constraint every plan
    /// keeps, so the bound stays valid and gets tighter. Nil for the cross part and without a key.
    private func ownFloors() -> @Sendable (Int) -> [[Double]]? {
        let floors = problem.fairness?.floors
        let most = mostFromCross()
        let hasCross = hasCrossPart
        let municipalitiesOf = self.municipalitiesOf
        return { part in
            guard let floors, let most, !(hasCross && part == 0) else { return nil }
            var own = floors.map { $0.map { _ in 0.0 } }
            for municipality in municipalitiesOf[part] {
                own[municipality] = floors[municipality].indices.map {
                    max(0, floors[municipality][$0] - most[municipality][$0])
                }
            }
            return own
        }
    }

    /// What a part's relaxation is priced at.
    private struct Pricing: Sendable {
        /// `[source]`: whether the parts share the source (its money is priced, not budgeted).
        var shared: [Bool]
        var prices: [[Double]]
        var floorPrices: [[Double]]?
        /// The whole agenda's floors: a part's own are smaller, and the cross part has none, but
        /// the priced rows are the whole agenda's.
        var floors: [[Double]]?

        /// Per euro of `source` paid to `action` of `problem` (a part) in `year`, in
        /// ten-thousandths of a point: the shared money's price, less what key-shared money earns
        /// at the floors.
        func price(_ problem: PlanningProblem, action: Int, source: Int, year: Int) -> Double {
            var price = shared[source] ? prices[source][year] : 0
            guard let floorPrices, let floors, problem.sources[source].sharedByKey else { return price }
            for place in problem.actions[action].floorPlaces where floors[place.index][year] > 0 {
                price -= floorPrices[place.index][year] * place.weight
            }
            return price
        }
    }

    /// One part's LP relaxation at its prices: its value (a dual feasible basis bounds it, optimal
    /// or not) and its solution as a column. Nil when it has no solution.
    private static func pricedRelaxation(
        _ sub: PlanningProblem, _ pricing: Pricing, basis: ConcurrentResults<DualSimplex.Basis>?, part: Int
    ) -> (value: Double, column: PartColumn)? {
        let model = PlanningModel(problem: sub)
        var lp = model.lp
        for share in model.shares {
            let price = pricing.price(sub, action: share.action, source: share.source, year: share.year)
            lp.cost[share.column] += price / 10_000 * Double(sub.actions[share.action].costs[share.year])
        }
        var simplex = DualSimplex(lp)
        if let last = basis?.get(part) {
            simplex.restore(last)
            if !simplex.isDualFeasible { simplex.makeDualFeasible() }
        }
        guard simplex.solve() != .infeasible else { return nil }
        basis?.set(part, simplex.basis)
        let value = sub.actions.indices.reduce(0.0) {
            $0 + Double(sub.actions[$1].score) / PlanningProblem.scoreScale * max(0, simplex.value(model.decision[$1]))
        }
        var column = PartColumn(value: value)
        for share in model.shares {
            let amount = max(0, simplex.value(share.column)) * Double(sub.actions[share.action].costs[share.year])
            column.add(amount, of: share.source, to: share.action, in: share.year, of: sub)
        }
        return (-simplex.objective, column)
    }

    /// The plan's own columns, one per part that has actions: a solution of the master program.
    func planColumns(_ plan: Outcome) -> [(part: Int, column: PartColumn)] {
        var columns = parts.map { _ in PartColumn(value: 0) }
        for action in problem.actions.indices where plan.funded[action] {
            let part = partOf[action]
            columns[part].value += Double(problem.actions[action].score) / PlanningProblem.scoreScale
            for payment in plan.payments[action] {
                columns[part].add(
                    Double(payment.amount), of: payment.source, to: action, in: payment.year, of: problem)
            }
        }
        return parts.indices.filter { !parts[$0].isEmpty }.map { ($0, columns[$0]) }
    }
}

extension DecomposedSearch.PartColumn {
    /// Counts `amount` euros of `source` paid to `action` of `problem` in `year`.
    mutating func add(_ amount: Double, of source: Int, to action: Int, in year: Int, of problem: PlanningProblem) {
        guard amount != 0 else { return }
        usage[Cell(index: source, year: year), default: 0] += amount
        guard problem.sources[source].sharedByKey else { return }
        for place in problem.actions[action].floorPlaces {
            floorUse[Cell(index: place.index, year: year), default: 0] += place.weight * amount
        }
    }
}

extension PlanningProblem.ActionEntry {
    /// Its municipalities as the floor rows count them (`PlanningModel`): each once, at its first
    /// weight, when that weight is positive.
    fileprivate var floorPlaces: [(index: Int, weight: Double)] {
        municipalities.enumerated().compactMap { k, place in
            place.weight > 0 && !municipalities[..<k].contains(where: { $0.index == place.index }) ? place : nil
        }
    }
}
