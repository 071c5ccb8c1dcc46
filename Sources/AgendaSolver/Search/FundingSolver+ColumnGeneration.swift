extension FundingSolver {
    /// Rounds of column generation for the part bound.
    static let partPriceRounds = 40

    /// The part bound (`DecomposedSearch.partBound`) at the prices column generation finds:
    /// the master program (`PartMaster`) starts from the plan's own columns and the parts'
    /// relaxations at the Lagrangian bound's prices `mu`; each round its duals price the shared
    /// budgets and the floors, every part's relaxation is solved again at those prices (from its
    /// last basis, since only its costs moved), and its solution joins the master as a column.
    /// Each round's part bound holds; the best is returned, with what the parts' relaxations
    /// spend at the prices `mu` (the second split's demand: the master's own split, tried in its
    /// place, gave worse plans on both generated national agendas). The rounds end when the
    /// master's optimum and the best bound meet, or after `partPriceRounds`.
    func columnGenerationBound(
        _ split: DecomposedSearch, search: PlanSearch, plan: DecomposedSearch.Outcome, from mu: [[Double]]
    ) -> (bound: DecomposedSearch.PartBound, demand: [[[Double]]])? {
        let bases = ConcurrentResults<DualSimplex.Basis>(count: split.parts.count)
        var master = PartMaster(split: split)
        for (part, column) in split.planColumns(plan) { master.add(part: part, column: column) }
        let zero = split.problem.fairness.map { $0.floors.map { $0.map { _ in 0.0 } } }
        guard var best = split.partBound(mu: mu, prices: search.effectivePrices(mu), floorPrices: zero, bases: bases)
        else { return nil }
        let sources = split.problem.sources.count
        let years = split.problem.years.count
        let demand = best.usage(sources: sources, years: years)
        var latest = best
        for _ in 0..<Self.partPriceRounds where !stop.isRequested {
            for (part, column) in latest.columns.enumerated() {
                if let column { master.add(part: part, column: column) }
            }
            guard let priced = master.solve() else { break }
            guard
                let next = split.partBound(
                    mu: priced.mu, prices: search.effectivePrices(priced.mu), floorPrices: priced.floorPrices,
                    bases: bases)
            else { break }
            latest = next
            if next.value < best.value { best = next }
            if best.value - priced.value <= 1e-5 * abs(best.value) { break }
        }
        return (best, demand)
    }
}
