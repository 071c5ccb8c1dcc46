import Foundation

extension DecomposedSearch {
    /// The plan as its parts are planned: what is funded, the payments, and what each part spends.
    struct Assembly {
        let split: DecomposedSearch
        var funded: [Bool]
        var payments: [[Solution.Payment]]
        /// `[part][source][year]`.
        var spent: [[[Int]]]
        /// `[part]` → the score of its funded actions.
        var objectives: [Int]
        var nodes = 0

        init(_ split: DecomposedSearch) {
            self.split = split
            let problem = split.problem
            funded = Array(repeating: false, count: problem.actions.count)
            payments = Array(repeating: [], count: problem.actions.count)
            spent = Array(
                repeating: problem.sources.map { _ in Array(repeating: 0, count: problem.years.count) },
                count: split.parts.count)
            objectives = Array(repeating: 0, count: split.parts.count)
        }

        /// Takes `result` as the plan of the actions of `planned` (parts); actions of other parts in
        /// `result` (newly funded cross actions) are added to their part.
        mutating func record(_ planned: [Int], _ result: PartPlan) {
            let problem = split.problem
            for part in planned {
                for action in split.parts[part] {
                    funded[action] = false
                    payments[action] = []
                }
                for year in problem.years.indices {
                    for source in problem.sources.indices { spent[part][source][year] = 0 }
                }
                objectives[part] = 0
            }
            for action in result.funded {
                funded[action] = true
                objectives[split.partOf[action]] += problem.actions[action].score
            }
            for payment in result.payments {
                payments[payment.action].append(
                    Solution.Payment(source: payment.source, year: payment.year, amount: payment.amount))
                spent[split.partOf[payment.action]][payment.source][payment.year] += payment.amount
            }
            nodes += result.nodes
        }

        mutating func record(_ part: Int, _ result: PartPlan) { record([part], result) }

        /// What part `part` may spend in a second round: its spending plus all the money left.
        func leftover(for part: Int) -> (quotas: [[Int]], any: Bool) {
            let problem = split.problem
            let years = problem.years.count
            var offer = problem.sources.map { _ in Array(repeating: 0, count: years) }
            var any = false
            for source in problem.sources.indices where split.users[source].contains(part) {
                let entry = problem.sources[source]
                var totalSpent = Array(repeating: 0, count: years)
                for other in split.parts.indices {
                    for year in 0..<years { totalSpent[year] += spent[other][source][year] }
                }
                if entry.carryOver {
                    // Money carried over may be spent in any later year, so the slack sits in the first.
                    var slack = Int.max
                    var left = 0
                    for year in 0..<years {
                        left += entry.budget[year] - totalSpent[year]
                        slack = min(slack, left)
                    }
                    for year in 0..<years { offer[source][year] = spent[part][source][year] }
                    offer[source][0] += max(0, slack)
                    if slack > 0 { any = true }
                } else {
                    for year in 0..<years {
                        let left = entry.budget[year] - totalSpent[year]
                        offer[source][year] = spent[part][source][year] + max(0, left)
                        if left > 0 { any = true }
                    }
                }
            }
            return (offer, any)
        }

        /// `floors` less the key-shared money the cross part's funded actions pay each municipality.
        func lessWhatTheCrossPartPays(_ floors: [[Double]]) -> [[Double]] {
            var table = floors
            for action in split.parts[0] where funded[action] {
                for payment in payments[action] where split.problem.sources[payment.source].sharedByKey {
                    for place in split.problem.actions[action].municipalities {
                        table[place.index][payment.year] -= place.weight * Double(payment.amount)
                    }
                }
            }
            return table.map { $0.map { max(0, $0) } }
        }

        /// The key-shared money the cross part's funded actions pay each municipality and year.
        func receivedFromTheCrossPart() -> [[Double]] {
            let problem = split.problem
            var received = problem.municipalities.map { _ in Array(repeating: 0.0, count: problem.years.count) }
            for action in split.parts[0] where funded[action] {
                for payment in payments[action] where problem.sources[payment.source].sharedByKey {
                    for place in problem.actions[action].municipalities {
                        received[place.index][payment.year] += place.weight * Double(payment.amount)
                    }
                }
            }
            return received
        }

        var outcome: Outcome {
            let objective = split.problem.actions.indices.reduce(0) {
                $0 + (funded[$1] ? split.problem.actions[$1].score : 0)
            }
            return Outcome(funded: funded, payments: payments, objective: objective, nodes: nodes)
        }
    }

    // MARK: Stages

    /// Plans the cross part within its quota; when that is too little for the floors it must help
    /// with, it gets all the money the parts' floors do not need, and the parts share what it
    /// leaves. False when it finds no plan either way.
    func planCrossPart(_ plan: inout Assembly, quotas: inout Quotas) -> Bool {
        if let first = self.plan(0, quotas: quotas.euros[0], floors: quotas.fromCross) {
            plan.record(0, first)
            return true
        }
        var generous = problem.sources.map(\.budget)
        for part in 1..<parts.count {
            for source in problem.sources.indices {
                for year in problem.years.indices { generous[source][year] -= quotas.forFloors[part][source][year] }
            }
        }
        guard let first = self.plan(0, quotas: generous, floors: quotas.fromCross) else { return false }
        shrink(&quotas, toWhatIsLeftBy: spent(first))
        plan.record(0, first)
        return true
    }

    /// Each part's own floors, from the floors left after the cross part. A part whose actions each
    /// work in one municipality receives whole euros, so a remaining floor F' (met at F' − ½) is the
    /// same as the whole-euro floor ⌈F' − ½⌉, which leaves the rounding of its payments the usual
    /// half euro.
    func partFloors(_ remaining: [[Double]]?) -> @Sendable (Int) -> [[Double]]? {
        let municipalitiesOf = self.municipalitiesOf
        let wholeEuros = parts.map { $0.allSatisfy { problem.actions[$0].municipalities.count == 1 } }
        return { part in
            guard let table = remaining else { return nil }
            var own = table.map { $0.map { _ in 0.0 } }
            for municipality in municipalitiesOf[part] {
                own[municipality] =
                    wholeEuros[part]
                    ? table[municipality].map { max(0, ($0 - PlanningProblem.Fairness.rounding - 1e-9).rounded(.up)) }
                    : table[municipality]
            }
            return own
        }
    }

    /// Plans the parts at once, each within its quotas; returns those that found no plan.
    func planParts(
        _ pending: [Int], _ plan: inout Assembly, quotas: Quotas,
        floors: @escaping @Sendable (Int) -> [[Double]]?, progress: FundingSolver.Progress? = nil
    ) -> [Int] {
        let results = ConcurrentResults<PartPlan?>(count: pending.count)
        let euros = quotas.euros
        DispatchQueue.concurrentPerform(iterations: pending.count) { position in
            let part = pending[position]
            let done = results.set(position, self.plan(part, quotas: euros[part], floors: floors(part)))
            progress?(.planningParts(done, of: pending.count))
        }
        var failed: [Int] = []
        for (position, part) in pending.enumerated() {
            if let result = results.get(position) ?? nil { plan.record(part, result) } else { failed.append(part) }
        }
        return failed
    }

    /// Parts still failing need more from the cross part than it gave (their own actions cannot
    /// meet their floors, say because they exclude each other): they are planned together with the
    /// cross actions not yet funded, which can only add key-shared money to every municipality, so
    /// the other parts' floors stay met. True when that finds a plan.
    func planWithOpenCrossActions(_ failed: [Int], _ plan: inout Assembly) -> Bool {
        guard let floors = problem.fairness?.floors else { return false }
        let open = parts[0].filter { !plan.funded[$0] }
        let members = failed.flatMap { parts[$0] } + open
        let received = plan.receivedFromTheCrossPart()
        let failedMunicipalities = Set(failed.flatMap { municipalitiesOf[$0] })
        let jointFloors = floors.indices.map { municipality in
            floors[municipality].indices.map { year in
                failedMunicipalities.contains(municipality)
                    ? max(0, floors[municipality][year] - received[municipality][year]) : 0
            }
        }
        var jointQuotas = problem.sources.map { $0.budget }
        for part in parts.indices where !failed.contains(part) {
            for source in problem.sources.indices {
                for year in problem.years.indices { jointQuotas[source][year] -= plan.spent[part][source][year] }
            }
        }
        // A cross action that a funded one excludes stays out.
        let blocked = Set(parts[0].filter { plan.funded[$0] }.flatMap { problem.actions[$0].excludes })
            .union(open.filter { problem.actions[$0].excludes.contains { plan.funded[$0] } })
        guard let result = self.plan(members: members, quotas: jointQuotas, floors: jointFloors, never: blocked) else {
            return false
        }
        // The cross part's funded actions keep their plan: only the failed parts are reset, and the
        // newly funded cross actions are added to the cross part.
        plan.record(failed, result)
        return true
    }

    /// Second round: the money left over, offered to each part in turn. The cross part keeps its
    /// plan: the other parts' floors count on its payments.
    func offerWhatIsLeft(to planned: [Int], _ plan: inout Assembly, floors: @Sendable (Int) -> [[Double]]?) {
        // Only an improvement: a search asked to stop keeps the plan it has.
        for part in planned where !stop.isRequested {
            let (offer, any) = plan.leftover(for: part)
            guard any else { continue }
            if let result = self.plan(part, quotas: offer, floors: floors(part)),
                result.objective > plan.objectives[part]
            {
                plan.record(part, result)
            }
        }
    }
}
