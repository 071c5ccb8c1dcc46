import AgendaSolver

// The rules `PlanVerifier.verify` checks, one function per group of violation codes.

extension PlanVerifier {
    /// The offset of `year` in the period, or nil when the year lies outside it.
    func offset(of year: Int) -> Int? {
        let offset = year - period.from
        return offset >= 0 && offset < years.count ? offset : nil
    }

    // MARK: Rule 1: every action once, in the agenda's order

    /// Checks the plan's header and action list; returns, for each action of the agenda, the
    /// position of its (first) outcome in `plan.actions`, or nil when the plan leaves it out.
    func checkListing(_ plan: Plan, into violations: inout [Violation]) -> [Int?] {
        if plan.agenda != agendaID {
            violations.append(
                Violation(code: "agenda-id", message: "the plan is for agenda '\(plan.agenda)', not '\(agendaID)'"))
        }
        if plan.scenario != scenario {
            violations.append(
                Violation(
                    code: "scenario",
                    message:
                        "the plan names scenario \(plan.scenario.map { "'\($0)'" } ?? "none"), but the agenda has "
                        + "\(scenario.map { "'\($0)'" } ?? "none") applied"
                ))
        }
        var listed = [Int?](repeating: nil, count: actions.count)
        var furthest = -1
        var orderReported = false
        for (position, outcome) in plan.actions.enumerated() {
            guard let index = actionIndex[outcome.id] else {
                violations.append(
                    Violation(
                        code: "action-unknown",
                        message: "the plan lists action '\(outcome.id)', which is not in the agenda"))
                continue
            }
            guard listed[index] == nil else {
                violations.append(
                    Violation(code: "action-duplicate", message: "the plan lists action '\(outcome.id)' more than once")
                )
                continue
            }
            listed[index] = position
            if index < furthest, !orderReported {
                violations.append(
                    Violation(
                        code: "action-order",
                        message:
                            "the plan lists action '\(outcome.id)' after '\(actions[furthest].id)', against the "
                            + "agenda's order"
                    ))
                orderReported = true
            }
            furthest = max(furthest, index)
        }
        for (index, action) in actions.enumerated() where listed[index] == nil {
            violations.append(Violation(code: "action-missing", message: "the plan leaves out action '\(action.id)'"))
        }
        return listed
    }

    // MARK: Rules 2 and 3: payments in full, from sources that may pay

    /// Checks every payment, and adds it up per source and year (`spent`) and, for the sources the
    /// allocation key shares, per municipality and year (`received`), whether or not it breaks a rule.
    ///
    /// Sums wrap rather than trap: a plan with absurd amounts gets violations, not a crash.
    func checkPayments(
        _ plan: Plan, _ listed: [Int?], spent: inout [Int], received: inout [Double],
        into violations: inout [Violation]
    ) {
        let yearCount = years.count
        var paid = [Int](repeating: 0, count: yearCount)
        var seen = Set<Int>()
        let shares = fairness?.shares
        for (index, action) in actions.enumerated() {
            guard let position = listed[index] else { continue }
            let outcome = plan.actions[position]
            let funded = outcome.funded
            if !funded, !outcome.payments.isEmpty {
                let total = outcome.payments.reduce(0) { $0 &+ $1.amount }
                violations.append(
                    Violation(
                        code: "unfunded-payment",
                        message:
                            "action '\(action.id)' is not funded, but has \(outcome.payments.count) payment(s) of "
                            + "\(total) in total"
                    ))
            }
            for year in paid.indices { paid[year] = 0 }
            seen.removeAll(keepingCapacity: true)
            for payment in outcome.payments {
                let year = offset(of: payment.year)
                let source = sourceIndex[payment.source]
                if let year, let source {
                    spent[source * yearCount + year] &+= payment.amount
                    if let shares, sources[source].keyShared {
                        for share in shares[index] {
                            received[share.municipality * yearCount + year] += share.weight * Double(payment.amount)
                        }
                    }
                }
                guard funded else { continue }
                // Messages are written only for a broken rule: most payments break none.
                var what: String {
                    "action '\(action.id)' has a payment of \(payment.amount) from '\(payment.source)' in "
                        + "\(payment.year)"
                }
                guard let year else {
                    violations.append(
                        Violation(
                            code: "payment-outside-period", message: "\(what), outside the agenda's period \(period)"))
                    continue
                }
                paid[year] &+= payment.amount
                if payment.amount <= 0 {
                    violations.append(
                        Violation(code: "non-positive-payment", message: "\(what); a payment must be at least 1 euro"))
                }
                let cost = action.cost[year]
                if cost == 0 {
                    violations.append(
                        Violation(code: "payment-without-cost", message: "\(what), a year in which it has no cost"))
                }
                guard let source else {
                    violations.append(
                        Violation(code: "unknown-source", message: "\(what), which is not a source of the agenda"))
                    continue
                }
                if !seen.insert(source * yearCount + year).inserted {
                    violations.append(
                        Violation(
                            code: "duplicate-payment",
                            message:
                                "\(what), but '\(payment.source)' already pays for it that year"))
                }
                let facts = sources[source]
                var pays: String {
                    "source '\(facts.id)' pays \(payment.amount) for action '\(action.id)' in \(payment.year)"
                }
                if let reason = facts.ineligibility(for: action, municipalityIDs: municipalityIDs) {
                    violations.append(
                        Violation(code: "ineligible-source", message: "\(pays), but is not eligible for it: \(reason)"))
                }
                if let allowed = action.allowed, !allowed.contains(source), facts.partner == nil {
                    violations.append(
                        Violation(
                            code: "not-in-funding-from",
                            message:
                                "\(pays), but the action's funding-from allows only "
                                + "\((action.fundingFrom ?? []).joined(separator: ", "))"
                        ))
                }
                if payment.amount > 0, payment.amount < facts.minPayment {
                    violations.append(
                        Violation(
                            code: "under-min-payment",
                            message: "\(pays), less than its min-payment of \(facts.minPayment)"))
                }
                if cost > 0, facts.maxShare < 1, payment.amount > facts.cap(of: cost) {
                    violations.append(
                        Violation(
                            code: "over-max-share",
                            message:
                                "\(pays), more than its max-share \(Self.share(facts.maxShare)) of the cost of "
                                + "\(cost) allows (\(facts.cap(of: cost)))"
                        ))
                }
            }
            guard funded else { continue }
            for year in paid.indices where action.cost[year] > 0 && paid[year] != action.cost[year] {
                violations.append(
                    Violation(
                        code: "partial-payment",
                        message:
                            "action '\(action.id)' is funded, but its payments in \(years[year]) add up to "
                            + "\(paid[year]), not its cost of \(action.cost[year])"
                    ))
            }
        }
    }

    // MARK: Rule 5: requires, excludes, statuses and reasons

    func checkDecisions(_ plan: Plan, _ listed: [Int?], into violations: inout [Violation]) {
        let funded = listed.map { $0.map { plan.actions[$0].funded } ?? false }
        var reportedPairs = Set<Int>()
        for (index, action) in actions.enumerated() {
            guard let position = listed[index] else { continue }
            let outcome = plan.actions[position]
            guard outcome.funded else {
                if action.status.mustBeFunded, !action.dropped {
                    violations.append(
                        Violation(
                            code: "committed-unfunded",
                            message: "action '\(action.id)' is \(action.status.rawValue) but not funded"))
                }
                guard let reason = outcome.reason else {
                    violations.append(
                        Violation(
                            code: "reason-missing",
                            message: "action '\(action.id)' is not funded, but the plan gives no reason"))
                    continue
                }
                if let mismatch = reasonMismatch(reason, for: action) {
                    violations.append(Violation(code: "reason-mismatch", message: mismatch))
                }
                continue
            }
            for required in action.requires where !funded[required] {
                violations.append(
                    Violation(
                        code: "requires",
                        message:
                            "action '\(action.id)' is funded, but requires '\(actions[required].id)', which is not"))
            }
            for excluded in action.excludes where excluded != index && funded[excluded] {
                let pair = min(index, excluded) * actions.count + max(index, excluded)
                guard reportedPairs.insert(pair).inserted else { continue }
                violations.append(
                    Violation(
                        code: "excludes",
                        message:
                            "actions '\(action.id)' and '\(actions[excluded].id)' are both funded, but "
                            + "'\(action.id)' excludes '\(actions[excluded].id)'"
                    ))
            }
            if action.status == .stopped {
                violations.append(
                    Violation(code: "stopped-funded", message: "action '\(action.id)' is stopped, but funded"))
            }
            if action.dropped {
                violations.append(
                    Violation(
                        code: "dropped-funded", message: "action '\(action.id)' is dropped by the scenario, but funded")
                )
            }
            if let reason = outcome.reason {
                violations.append(
                    Violation(
                        code: "reason-on-funded",
                        message:
                            "action '\(action.id)' is funded, but the plan gives reason '\(reason.rawValue)'"))
            }
        }
    }

    /// Why `reason` is wrong for an unfunded action: `stopped` and `dropped` belong to exactly the
    /// actions that are stopped or dropped, and such actions have no other reason.
    func reasonMismatch(_ reason: Plan.Reason, for action: ActionFacts) -> String? {
        if action.leftOut {
            if reason == .stopped, action.status == .stopped { return nil }
            if reason == .dropped, action.dropped { return nil }
            let what = action.status == .stopped ? "stopped" : "dropped by the scenario"
            let expected = action.status == .stopped ? "stopped" : "dropped"
            return "action '\(action.id)' is \(what), but the plan gives reason '\(reason.rawValue)', not '\(expected)'"
        }
        switch reason {
        case .stopped: return "action '\(action.id)' is not stopped, but the plan gives reason 'stopped'"
        case .dropped:
            return "action '\(action.id)' is not dropped by the scenario, but the plan gives reason 'dropped'"
        default: return nil
        }
    }

    // MARK: Rule 4: budgets, and what the plan says of each source

    func checkSources(_ entries: [SourceYear], spent: [Int], into violations: inout [Violation]) {
        let yearCount = years.count
        var entryAt = [Int?](repeating: nil, count: sources.count * yearCount)
        var furthest = -1
        var orderReported = false
        for (position, entry) in entries.enumerated() {
            guard let source = sourceIndex[entry.id], let year = offset(of: entry.year) else {
                violations.append(
                    Violation(
                        code: "source-unknown",
                        message:
                            "the plan has an entry for '\(entry.id)' in \(entry.year), which is not a source and "
                            + "year of the agenda"
                    ))
                continue
            }
            let slot = source * yearCount + year
            guard entryAt[slot] == nil else {
                violations.append(
                    Violation(
                        code: "source-duplicate",
                        message:
                            "the plan has more than one entry for source '\(entry.id)' in \(entry.year)"))
                continue
            }
            entryAt[slot] = position
            if slot < furthest, !orderReported {
                violations.append(
                    Violation(
                        code: "source-order",
                        message:
                            "the plan lists source '\(entry.id)' in \(entry.year) after "
                            + "'\(sources[furthest / yearCount].id)' in \(years[furthest % yearCount]); sources "
                            + "go in the agenda's order, years ascending"
                    ))
                orderReported = true
            }
            furthest = max(furthest, slot)
        }

        for (index, source) in sources.enumerated() {
            var budgetBefore = 0
            var spentBefore = 0
            for year in years.indices {
                let slot = index * yearCount + year
                let spending = spent[slot]
                let budget = source.budget[year]
                let carried = source.carryOver ? budgetBefore &- spentBefore : 0
                let available = budget &+ carried
                let has =
                    source.carryOver
                    ? "the \(available) it has (budget \(budget), carried over \(carried))" : "its budget of \(budget)"
                if spending > available {
                    violations.append(
                        Violation(
                            code: "over-budget",
                            message:
                                "source '\(source.id)' spends \(spending) in \(years[year]), more than \(has)"))
                }
                budgetBefore += budget
                spentBefore &+= spending
                guard let position = entryAt[slot] else {
                    violations.append(
                        Violation(
                            code: "source-missing",
                            message:
                                "the plan has no entry for source '\(source.id)' in \(years[year])"))
                    continue
                }
                let entry = entries[position]
                if entry.spent != spending {
                    violations.append(
                        Violation(
                            code: "source-spent",
                            message:
                                "the plan says source '\(source.id)' spends \(entry.spent) in \(years[year]), but "
                                + "its payments add up to \(spending)"
                        ))
                }
                if entry.budget != available {
                    violations.append(
                        Violation(
                            code: "source-budget",
                            message:
                                "the plan gives source '\(source.id)' a budget of \(entry.budget) in \(years[year]), "
                                + "but it has \(available)"
                                + (source.carryOver ? " (budget \(budget), carried over \(carried))" : "")))
                }
                if !entry.shadowPrice.isFinite || entry.shadowPrice < 0 {
                    violations.append(
                        Violation(
                            code: "shadow-price",
                            message:
                                "source '\(source.id)' has shadow price \(entry.shadowPrice) in \(years[year]); it "
                                + "must be a finite number of at least 0"
                        ))
                }
            }
        }
    }

    // MARK: Rule 7: scores, objective and bound

    func checkScores(_ plan: Plan, _ listed: [Int?], into violations: inout [Violation]) {
        var objective = Points.zero
        for (index, action) in actions.enumerated() {
            guard let position = listed[index] else { continue }
            let outcome = plan.actions[position]
            guard let score = action.score else {
                violations.append(
                    Violation(code: "score", message: "action '\(action.id)' has no score in the score report"))
                continue
            }
            if outcome.score != score {
                violations.append(
                    Violation(
                        code: "score",
                        message:
                            "action '\(action.id)' has score \(outcome.score) in the plan, but \(score) in the "
                            + "score report"
                    ))
            }
            if outcome.funded { objective = objective + score }
        }
        if plan.objective != objective {
            violations.append(
                Violation(
                    code: "objective",
                    message:
                        "the plan's objective is \(plan.objective), but the scores of its funded actions add up to "
                        + "\(objective)"
                ))
        }
        if plan.bound < plan.objective {
            violations.append(
                Violation(
                    code: "bound", message: "the plan's bound \(plan.bound) is below its objective \(plan.objective)"))
        } else if plan.status == .optimal, plan.bound != plan.objective {
            violations.append(
                Violation(
                    code: "bound",
                    message:
                        "the plan is optimal, but its bound \(plan.bound) differs from its objective \(plan.objective)")
            )
        }
    }
}

// MARK: - Rule 6: fairness

extension PlanVerifier {
    /// The allocation key's floors, per municipality and year, worked out from the agenda alone.
    struct FairnessFacts: Sendable {
        let indicator: String
        let minShare: Double
        /// Each municipality's key value over the region's total.
        let keyShares: [Double]
        /// Per year: the budgets of the sources every municipality may draw on (no carried-over money).
        let sharedBudget: [Int]
        /// Per municipality × year: what its eligible actions could take of those sources.
        let absorbable: [Double]

        /// Per action: how it counts for each of its municipalities, `w_{i,k}` = key value of `k`
        /// over the sum of the key values of the action's municipalities.
        let shares: [[Share]]

        typealias Share = (municipality: Int, weight: Double)

        init(
            key: AllocationKey, keyValues: [Double], total: Double, everywhere: [Int],
            actions: [ActionFacts], sources: [SourceFacts], years: [Int]
        ) {
            indicator = key.indicator.value
            minShare = key.minShare
            keyShares = keyValues.map { $0 / total }
            let shared = sources.indices.filter { sources[$0].keyShared }
            sharedBudget = years.indices.map { year in shared.reduce(0) { $0 + sources[$1].budget[year] } }

            let yearCount = years.count
            let allShares = everywhere.map { (municipality: $0, weight: keyValues[$0] / total) }
            var shares: [[Share]] = []
            shares.reserveCapacity(actions.count)
            var absorbable = Array(repeating: 0.0, count: keyValues.count * yearCount)
            /// The shared sources eligible by domain and pillar (they are open to every municipality).
            var eligibleShared: [DomainAndPillar: [Int]] = [:]
            for action in actions {
                let municipalities = action.municipalities
                let actionShares: [Share]
                if municipalities.count == everywhere.count, municipalities == everywhere {
                    actionShares = allShares
                } else {
                    let sum = municipalities.reduce(0) { $0 + keyValues[$1] }
                    actionShares = municipalities.map {
                        (municipality: $0, weight: sum > 0 ? keyValues[$0] / sum : 1 / Double(municipalities.count))
                    }
                }
                shares.append(actionShares)
                guard !action.leftOut, !municipalities.isEmpty else { continue }
                let group = DomainAndPillar(domain: action.domain, pillar: action.pillar)
                let byDomainAndPillar: [Int]
                if let known = eligibleShared[group] {
                    byDomainAndPillar = known
                } else {
                    byDomainAndPillar = shared.filter {
                        sources[$0].ineligibility(for: action, municipalityIDs: []) == nil
                    }
                    eligibleShared[group] = byDomainAndPillar
                }
                let payers =
                    action.allowed.map { allowed in byDomainAndPillar.filter(allowed.contains) } ?? byDomainAndPillar
                guard !payers.isEmpty else { continue }
                for year in 0..<yearCount {
                    let cost = action.cost[year]
                    guard cost > 0 else { continue }
                    let most = Double(min(cost, payers.reduce(0) { $0 + sources[$1].cap(of: cost) }))
                    for share in actionShares {
                        absorbable[share.municipality * yearCount + year] += share.weight * most
                    }
                }
            }
            self.shares = shares
            self.absorbable = absorbable
        }

        struct DomainAndPillar: Hashable {
            let domain: String
            let pillar: Pillar
        }

        /// `min-share × key share × shared budget` for municipality `k` in year `y` (before the cap).
        func target(_ municipality: Int, _ year: Int) -> Double {
            minShare * keyShares[municipality] * Double(sharedBudget[year])
        }

        func check(received: [Double], municipalities: [String], years: [Int], into violations: inout [Violation]) {
            let yearCount = years.count
            for municipality in municipalities.indices {
                for year in years.indices {
                    let slot = municipality * yearCount + year
                    let target = target(municipality, year)
                    // Floors are amounts, so whole euros: rounded down.
                    let floor = (min(target, absorbable[slot]) + 1e-6).rounded(.down)
                    // Money counts in whole euros too: the floor is met when the money received,
                    // rounded to the nearest euro, reaches it (actions in several municipalities
                    // count for fractions of their euros).
                    guard received[slot] < floor - PlanningProblem.Fairness.rounding - 1e-6 else { continue }
                    violations.append(
                        Violation(
                            code: "fairness",
                            message:
                                "municipality '\(municipalities[municipality])' gets "
                                + "\(PlanVerifier.amount(received[slot])) in \(years[year]) from the sources "
                                + "open to every municipality, "
                                + "less than its floor of \(PlanVerifier.amount(floor)): min-share "
                                + "\(PlanVerifier.share(minShare)) × key share "
                                + "\(PlanVerifier.share(keyShares[municipality])) "
                                + "of '\(indicator)' × their budget \(sharedBudget[year]) = "
                                + "\(PlanVerifier.amount(target)), at most the "
                                + "\(PlanVerifier.amount(absorbable[slot])) its actions could take"
                        ))
                }
            }
        }
    }
}
