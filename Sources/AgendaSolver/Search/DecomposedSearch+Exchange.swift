import Foundation

extension DecomposedSearch {
    /// A part's relaxation within its quotas, kept between rounds of the exchange so that new
    /// quotas cost a few dual simplex pivots from the last basis instead of a fresh solve.
    struct PartRelaxation {
        /// The relaxation's budget rows, and which sources carry money over (the model itself is
        /// not kept: hundreds of parts wait between rounds).
        let budgetRows: [PlanningModel.BudgetRow]
        let carryOver: [Bool]
        var simplex: DualSimplex
        /// The relaxation's value, in points.
        var value: Double

        /// Solves the part's relaxation; nil when it has no solution within these quotas.
        init?(_ problem: PlanningProblem) {
            let model = PlanningModel(problem: problem)
            budgetRows = model.budgetRows
            carryOver = problem.sources.map(\.carryOver)
            simplex = DualSimplex(model.lp)
            guard simplex.solve() == .optimal else { return nil }
            value = -simplex.objective
        }

        /// Moves the budget rows of `sources` to `quotas` (`[source][year]`, euros) and solves again
        /// from the last basis; false when the relaxation has no solution within them.
        mutating func resolve(quotas: [[Int]], sources: [Int]) -> Bool {
            var changes: [(row: Int, lower: Double, upper: Double)] = []
            for budget in budgetRows where sources.contains(budget.source) {
                let euros =
                    carryOver[budget.source]
                    ? quotas[budget.source][0...budget.year].reduce(0, +) : quotas[budget.source][budget.year]
                changes.append((budget.row, -.infinity, Double(euros) / budget.scale))
            }
            simplex.setRowBounds(changes)
            guard simplex.solve() == .optimal else { return false }
            value = -simplex.objective
            return true
        }

        /// Per source and year: the points one more euro of quota is worth, and the euros unspent
        /// that no later year needs (for carry-over, the least slack of this and every later
        /// cumulative row).
        func marginals(years: Int) -> (prices: [[Double]], slack: [[Double]]) {
            let prices = PlanningModel.budgetPrices(
                duals: simplex.rowDuals(), rows: budgetRows, carryOver: carryOver, years: years)
            var slack = prices.map { $0.map { _ in 0.0 } }
            for budget in budgetRows {
                // The row's logical is −(its activity); its lower bound is −(its budget).
                let logical = simplex.columnCount + budget.row
                let room = max(0, (simplex.value(logical) - simplex.lower[logical]) * budget.scale)
                slack[budget.source][budget.year] = room
            }
            for source in slack.indices where carryOver[source] {
                var least = Double.infinity
                for year in (0..<years).reversed() {
                    least = min(least, slack[source][year])
                    slack[source][year] = least.isFinite ? least : 0
                }
            }
            return (prices, slack)
        }
    }

    /// Moves shared money between the parts `among` (their quotas `euros`, `[part][source][year]`)
    /// until their relaxations value it more alike: a projected subgradient step on the quotas.
    ///
    /// Each round, every part's relaxation gives the worth of one more euro of each shared source
    /// and year (its budget row's dual) and what it leaves unspent. The unspent money is released,
    /// every quota moves up by a step times its worth, and a common amount is taken off every
    /// quota (never below 0) so that the parts together keep what they had. The step shrinks after
    /// a round that does not raise the sum of the relaxations, and the best split seen is kept.
    ///
    /// A round in which some part's relaxation loses its solution (its floors or commitments need
    /// more) is undone, and that part's quotas stop shrinking: first those of the key-shared
    /// sources, which its floors need, then all of them.
    func exchange(
        _ euros: inout [[[Int]]], among: [Int], floors: @Sendable (Int) -> [[Double]]?, rounds: Int
    ) {
        let shared = problem.sources.indices.filter { source in users[source].count > 1 }
        guard !shared.isEmpty, among.count > 1 else { return }
        var relaxations = solveRelaxations(among, euros: euros, floors: floors)
        var lowest = euros.map { $0.map { $0.map { _ in 0 } } }
        var strikes = Array(repeating: 0, count: among.count)
        func total() -> Double { relaxations.reduce(0.0) { $0 + ($1?.value ?? 0) } }
        var best = (value: total(), euros: euros)
        var step = 0.5
        for _ in 0..<rounds where step > Self.smallestStep && !stop.isRequested {
            let previous = euros
            move(&euros, among: among, relaxations: relaxations, shared: shared, lowest: lowest, step: step)
            let failed = resolveRelaxations(&relaxations, among, euros: euros, shared: shared)
            if !failed.isEmpty {
                euros = previous
                for position in failed {
                    let part = among[position]
                    // The floors ask for key-shared money: those quotas stop shrinking first, and
                    // all of the part's when it fails again.
                    strikes[position] += 1
                    for source in shared where strikes[position] > 1 || problem.sources[source].sharedByKey {
                        lowest[part][source] = previous[part][source]
                    }
                }
                // A part that does not come back to its solution leaves the exchange with its quotas.
                for position in resolveRelaxations(&relaxations, among, euros: euros, shared: shared) {
                    relaxations[position] = nil
                }
                continue
            }
            let value = total()
            if value > best.value + 1e-6 { best = (value, euros) } else { step *= 0.8 }
        }
        euros = best.euros
    }

    /// The step at which the exchange stops: a part at the 75th percentile of worth would gain 5%
    /// of the average quota (on the national agenda the last rounds before it add less than 0.01%).
    static let smallestStep = 0.05

    /// Every part's relaxation within its quotas, on both cores (nil for a part with no solution:
    /// it keeps its quotas).
    private func solveRelaxations(
        _ among: [Int], euros: [[[Int]]], floors: @Sendable (Int) -> [[Double]]?
    ) -> [PartRelaxation?] {
        let results = ConcurrentResults<PartRelaxation>(count: among.count)
        DispatchQueue.concurrentPerform(iterations: among.count) { position in
            let part = among[position]
            let (sub, _) = self.subproblem(self.parts[part], quotas: euros[part], floors: floors(part))
            if let relaxation = PartRelaxation(sub) { results.set(position, relaxation) }
        }
        return among.indices.map { results.get($0) }
    }

    /// Solves every part's relaxation again within `euros`; returns the positions whose
    /// relaxation has no solution there.
    private func resolveRelaxations(
        _ relaxations: inout [PartRelaxation?], _ among: [Int], euros: [[[Int]]], shared: [Int]
    ) -> [Int] {
        let results = ConcurrentResults<PartRelaxation>(count: among.count)
        let failed = ConcurrentResults<Bool>(count: among.count)
        let current = relaxations
        DispatchQueue.concurrentPerform(iterations: among.count) { position in
            guard var relaxation = current[position] else { return }
            let solved = relaxation.resolve(quotas: euros[among[position]], sources: shared)
            results.set(position, relaxation)
            failed.set(position, !solved)
        }
        for position in among.indices where relaxations[position] != nil {
            relaxations[position] = results.get(position)
        }
        return among.indices.filter { failed.get($0) == true }
    }

    /// One projected subgradient step on every shared source and year.
    private func move(
        _ euros: inout [[[Int]]], among: [Int], relaxations: [PartRelaxation?], shared: [Int], lowest: [[[Int]]],
        step: Double
    ) {
        let years = problem.years.count
        let marginals = relaxations.map { $0?.marginals(years: years) }
        for source in shared {
            // Parts whose relaxation is unsolved keep their quota out of the exchange.
            let open = among.indices.filter { marginals[$0] != nil && users[source].contains(among[$0]) }
            guard open.count > 1 else { continue }
            for year in 0..<years {
                let quota = open.map { Double(euros[among[$0]][source][year]) }
                let pool = quota.reduce(0, +)
                let price = open.map { marginals[$0]?.prices[source][year] ?? 0 }
                let slack = open.enumerated().map { index, position in
                    min(marginals[position]?.slack[source][year] ?? 0, quota[index])
                }
                // A part at the 75th percentile of worth may gain `step` times the average quota (a
                // few parts that value the money far more would otherwise hold every step back).
                let sorted = price.sorted()
                let high = sorted[(sorted.count - 1) * 3 / 4]
                guard let highest = sorted.last, highest > 0, pool > 0 else { continue }
                let scale = step * pool / Double(open.count) / (high > 0 ? high : highest)
                let target = open.indices.map { quota[$0] - slack[$0] + scale * price[$0] }
                let floor = open.map { Double(lowest[among[$0]][source][year]) }
                guard let projected = Self.project(target, lowest: floor, total: pool) else { continue }
                for (index, position) in open.enumerated() {
                    euros[among[position]][source][year] = Int(saturating: projected[index].rounded(.down))
                }
            }
        }
    }

    /// The point `max(lowest, target − τ)` whose sum is at most `total` and as close to it as
    /// bisection on `τ` gets; nil when even `lowest` exceeds `total`.
    static func project(_ target: [Double], lowest: [Double], total: Double) -> [Double]? {
        func sum(_ tau: Double) -> Double { zip(target, lowest).reduce(0) { $0 + max($1.1, $1.0 - tau) } }
        guard lowest.reduce(0, +) <= total else { return nil }
        var low = (target.min() ?? 0) - total - 1
        var high = target.max() ?? 0
        for _ in 0..<100 {
            let middle = (low + high) / 2
            if sum(middle) > total { low = middle } else { high = middle }
        }
        return zip(target, lowest).map { max($1, $0 - high) }
    }
}
