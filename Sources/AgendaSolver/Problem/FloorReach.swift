/// The most key-shared money each municipality's actions could receive in each year, and the
/// floors of the allocation key beyond it: a check of each floor row on its own, before any
/// search, like the row bounds a MILP solver's presolve tests.
///
/// The reach counts every action that may be funded as funded, paid by each key-shared source
/// it may use as far as that source's `maxShare` and the money the source can have that year
/// allow (its budget, and with carry-over every budget up to that year), and an action in
/// several municipalities for each with its weight. Everything else (other actions' claims on
/// the same money, commitments, `requires` and `excludes`) is left out, so a floor beyond the
/// reach is out of reach of every plan, while a floor within it may still be out of reach.
struct FloorReach {
    /// `[municipality][year]`: the most key-shared money, in euros.
    let most: [[Double]]

    /// The reach of the actions that `included` accepts (by index; all by default).
    init(_ problem: PlanningProblem, including included: (Int) -> Bool = { _ in true }) {
        let years = problem.years.indices
        let available = problem.sources.map { source in years.map { source.available(in: $0) } }
        var most = problem.municipalities.map { _ in Array(repeating: 0.0, count: problem.years.count) }
        for (index, action) in problem.actions.enumerated() where included(index) {
            if case .never = action.fixed { continue }
            let payers = action.eligibleSources.filter { problem.sources[$0].sharedByKey }
            guard !payers.isEmpty else { continue }
            for year in action.costYears {
                let cost = action.costs[year]
                let paid = payers.reduce(0) { total, source in
                    total &+ min(problem.sources[source].cap(of: cost), available[source][year])
                }
                for place in action.municipalities { most[place.index][year] += place.weight * Double(min(cost, paid)) }
            }
        }
        self.most = most
    }

    /// The floors beyond the reach, as reasons why no plan exists (municipality by municipality,
    /// year by year); empty when every floor is within reach or there is no allocation key.
    static func floorsBeyondReach(_ problem: PlanningProblem) -> [Infeasibility] {
        guard let floors = problem.fairness?.floors else { return [] }
        let reach = FloorReach(problem)
        var reasons: [Infeasibility] = []
        for municipality in floors.indices where reach.most.indices.contains(municipality) {
            for (year, floor) in floors[municipality].enumerated() where year < reach.most[municipality].count {
                // A floor is met up to the rounding; the tolerance keeps sums of weighted euros
                // that meet it exactly from being called short.
                let most = reach.most[municipality][year]
                guard floor > 0, most + 1e-6 < floor - PlanningProblem.Fairness.rounding else { continue }
                let entry = Infeasibility.Floor(municipality: municipality, year: year, amount: floor)
                reasons.append(.floorBeyondItsActions(entry, most: most))
            }
        }
        return reasons
    }
}
