import Foundation

extension DecomposedSearch {
    /// The shares of its shared quotas at which each part is planned again for the mix.
    static let mixScales: [Double] = [0.8, 1.25]

    /// Rounds of the mix: the first around the quotas, the others around the plans chosen.
    static let mixRounds = 4

    /// Plans each of the parts `planned` again with less and with more of the shared money, then
    /// chooses one plan per part (`OptionChoice`) so that together they keep every shared budget
    /// and score the most: a part whose plan cannot quite afford its next action gets the money
    /// another part was not using well. Every plan keeps its part's floors, so any mix keeps them.
    /// Later rounds offer each part the money no part took, with the scarce money again scaled
    /// around what it spends now.
    func mix(
        _ planned: [Int], _ plan: inout Assembly, quotas: [[[Int]]], floors: @escaping @Sendable (Int) -> [[Double]]?,
        progress: FundingSolver.Progress?
    ) {
        let rows = sharedRows()
        guard !rows.isEmpty, planned.count > 1, !stop.isRequested else { return }
        let first = alternativePlans(planned, floors: floors) { part, scale in
            self.scaled(quotas[part], by: scale)
        }
        var slack = choose(planned, &plan, among: first, rows: rows)
        progress?(.mixing(round: 1, of: Self.mixRounds, plan: plan.outcome.objective))
        for round in stride(from: 2, through: Self.mixRounds, by: 1) where !stop.isRequested {
            let spent = plan.spent
            let left = slack
            let offered = alternativePlans(planned, floors: floors) { part, scale in
                self.offer(quotas[part], spent: spent[part], slack: left, rows: rows, scale: scale)
            }
            slack = choose(planned, &plan, among: offered, rows: rows)
            progress?(.mixing(round: round, of: Self.mixRounds, plan: plan.outcome.objective))
        }
    }

    /// Takes for each part of `planned` its plan or one of its `alternatives` (by position in
    /// `planned`), the best mix `OptionChoice` finds; returns each row's money left unspent.
    @discardableResult
    private func choose(_ planned: [Int], _ plan: inout Assembly, among alternatives: [[PartPlan]], rows: [SharedRow])
        -> [Int]
    {
        var groups: [[OptionChoice.Option]] = []
        var plans: [[PartPlan?]] = []
        for (position, part) in planned.enumerated() {
            var options = [OptionChoice.Option(value: plan.objectives[part], usage: usage(plan.spent[part], rows))]
            var partPlans: [PartPlan?] = [nil]
            for alternative in alternatives[position] {
                let option = OptionChoice.Option(value: alternative.objective, usage: usage(spent(alternative), rows))
                guard !options.contains(option) else { continue }
                options.append(option)
                partPlans.append(alternative)
            }
            groups.append(options)
            plans.append(partPlans)
        }
        let others = plan.spent.indices.filter { !planned.contains($0) }
        let capacity = rows.map { row in
            row.budget - others.reduce(0) { $0 + cumulative(plan.spent[$1], row) }
        }
        let chosen = OptionChoice(groups: groups, capacity: capacity).choose()
        for (position, part) in planned.enumerated() {
            if let chosenPlan = plans[position][chosen[position]] { plan.record(part, chosenPlan) }
        }
        return rows.indices.map { row in
            capacity[row] - planned.indices.reduce(0) { $0 + groups[$1][chosen[$1]].usage[row] }
        }
    }

    /// `quotas` with every shared source's money scaled by `scale`.
    private func scaled(_ quotas: [[Int]], by scale: Double) -> [[Int]] {
        var scaled = quotas
        for source in problem.sources.indices where users[source].count > 1 {
            scaled[source] = scaled[source].map { Int(saturating: (Double($0) * scale).rounded(.down)) }
        }
        return scaled
    }

    /// A part's quotas for a later round: of each shared source that has money left (more than a
    /// hundredth of its budget in every year's row), what the part spends plus all that is left;
    /// of the others, what it spends scaled by `scale`. Its own sources stay whole, as in `quotas`.
    private func offer(_ quotas: [[Int]], spent: [[Int]], slack: [Int], rows: [SharedRow], scale: Double)
        -> [[Int]]
    {
        var offer = quotas
        for source in problem.sources.indices where users[source].count > 1 {
            let own = rows.indices.filter { rows[$0].source == source }
            let left = own.map { slack[$0] }.min() ?? 0
            let ample = own.allSatisfy { slack[$0] > rows[$0].budget / 100 }
            offer[source] = spent[source].map { ample ? $0 : Int(saturating: (Double($0) * scale).rounded(.down)) }
            guard ample else { continue }
            if problem.sources[source].carryOver {
                offer[source][0] += left
            } else {
                for row in own { offer[source][rows[row].years.upperBound] += slack[row] }
            }
        }
        return offer
    }

    /// A shared budget row: a source more than one part may use, and a year, with the budget up to
    /// that year for a source that carries money over.
    struct SharedRow {
        var source: Int
        var years: ClosedRange<Int>
        var budget: Int
    }

    /// The shared budget rows: per source that more than one part uses, one per year (cumulative
    /// over the years before for carry-over sources), in source then year order.
    func sharedRows() -> [SharedRow] {
        var rows: [SharedRow] = []
        for (source, entry) in problem.sources.enumerated() where users[source].count > 1 {
            for year in problem.years.indices {
                let years = (entry.carryOver ? 0 : year)...year
                rows.append(SharedRow(source: source, years: years, budget: entry.budget[years].reduce(0, +)))
            }
        }
        return rows
    }

    private func cumulative(_ spent: [[Int]], _ row: SharedRow) -> Int {
        spent[row.source][row.years].reduce(0, +)
    }

    private func usage(_ spent: [[Int]], _ rows: [SharedRow]) -> [Int] { rows.map { cumulative(spent, $0) } }

    /// `[source][year]` → what a part's plan pays.
    func spent(_ result: PartPlan) -> [[Int]] {
        var spent = problem.sources.map { _ in Array(repeating: 0, count: problem.years.count) }
        for payment in result.payments { spent[payment.source][payment.year] += payment.amount }
        return spent
    }

    /// `[position in planned]` → the part's plans at the quotas `quotas(part, scale)` for each
    /// of `mixScales`, where one is found.
    private func alternativePlans(
        _ planned: [Int], floors: @escaping @Sendable (Int) -> [[Double]]?,
        quotas: @escaping @Sendable (Int, Double) -> [[Int]]
    ) -> [[PartPlan]] {
        let scales = Self.mixScales
        let results = ConcurrentResults<PartPlan?>(count: planned.count * scales.count)
        DispatchQueue.concurrentPerform(iterations: planned.count * scales.count) { index in
            guard !self.stop.isRequested else { return }
            let part = planned[index / scales.count]
            let scaled = quotas(part, scales[index % scales.count])
            results.set(index, self.plan(part, quotas: scaled, floors: floors(part), optional: true))
        }
        return planned.indices.map { position in
            scales.indices.compactMap { results.get(position * scales.count + $0) ?? nil }
        }
    }
}
