import Foundation

/// Plans agendas too large for one LP relaxation by splitting them into parts that share only
/// money, planning each part exactly, and proving the result with the Lagrangian bound.
///
/// Parts: municipalities tied together by a source that is not open to every municipality, by
/// `requires`/`excludes`, or by an action working in several of them form one part; actions that
/// span parts (such as region-wide actions) form a part of their own, planned first.
///
/// Money shared between parts is split into quotas before planning: each part gets a share of
/// every source-year in proportion to what its actions use in the Lagrangian relaxation (the
/// relaxation prices every budget, so this share is what the money is worth to each part), and at
/// least what the allocation key's floors of its municipalities need. Each part is then planned
/// by `LPBranchAndBound` within its quotas, so the parts together keep every budget, and each
/// part keeps the floors of its municipalities (minus what the cross-part actions already give
/// them). A second round offers the money left over to each part in turn.
///
/// The plan is valid but a quota split may cost optimality; the bound says how much at most.
struct DecomposedSearch {
    struct Outcome {
        var funded: [Bool]
        var payments: [[Solution.Payment]]
        var objective: Int
        var nodes: Int
    }

    /// What splitting found: a plan, or a proof that none exists.
    enum Answer {
        case plan(Outcome)
        /// No plan exists; why.
        case infeasible([Infeasibility])
    }

    let problem: PlanningProblem
    /// Branch-and-bound nodes per part.
    let nodeLimit: Int

    /// The parts: `[part]` → global action indices. The cross-part actions come first, when any.
    let parts: [[Int]]
    /// Whether `parts[0]` holds the actions that span parts (planned first, without floors).
    let hasCrossPart: Bool
    /// `[part]` → the municipalities it plans for (empty for the cross part).
    let municipalitiesOf: [[Int]]
    /// `[action]` → its part.
    let partOf: [Int]
    /// `[source]` → the parts whose actions it may pay; a source of one part is all that part's.
    let users: [Set<Int>]

    init(problem: PlanningProblem, nodeLimit: Int) {
        self.problem = problem
        self.nodeLimit = nodeLimit
        let municipalityCount = problem.municipalities.count
        var sets = DisjointSets(count: municipalityCount)
        func root(_ x: Int) -> Int { sets.root(x) }
        func union(_ a: Int, _ b: Int) { sets.union(a, b) }
        // Sources not open to every municipality tie together the municipalities they pay in.
        var firstPlace = Array(repeating: -1, count: problem.sources.count)
        for action in problem.actions {
            let places = action.municipalities.map(\.index)
            for source in action.eligibleSources where !problem.sources[source].sharedByKey {
                for place in places {
                    if firstPlace[source] < 0 { firstPlace[source] = place } else { union(firstPlace[source], place) }
                }
            }
        }
        // Tied actions in single municipalities tie their municipalities.
        for action in problem.actions where action.municipalities.count == 1 {
            for other in action.requires + action.excludes where problem.actions[other].municipalities.count == 1 {
                union(action.municipalities[0].index, problem.actions[other].municipalities[0].index)
            }
        }
        // Each action's part: its municipalities' common root, or the cross part.
        var partOfRoot: [Int: Int] = [:]
        var cross = Array(repeating: false, count: problem.actions.count)
        var rootOf = Array(repeating: -1, count: problem.actions.count)
        for (index, action) in problem.actions.enumerated() {
            let roots = Set(action.municipalities.map { root($0.index) })
            if roots.count == 1 { rootOf[index] = roots.first! } else { cross[index] = true }
        }
        // Whatever is tied to a cross-part action joins it.
        var changed = true
        while changed {
            changed = false
            for (index, action) in problem.actions.enumerated() where !cross[index] {
                if (action.requires + action.excludes).contains(where: { cross[$0] }) { cross[index] = true; changed = true }
            }
            for (index, action) in problem.actions.enumerated() where cross[index] {
                for other in action.requires + action.excludes where !cross[other] { cross[other] = true; changed = true }
            }
        }
        var parts: [[Int]] = []
        var municipalitiesOf: [[Int]] = []
        let crossActions = problem.actions.indices.filter { cross[$0] }
        hasCrossPart = !crossActions.isEmpty
        if hasCrossPart {
            parts.append(crossActions)
            municipalitiesOf.append([])
        }
        for municipality in 0..<municipalityCount where partOfRoot[root(municipality)] == nil {
            partOfRoot[root(municipality)] = parts.count
            parts.append([])
            municipalitiesOf.append([])
        }
        for municipality in 0..<municipalityCount { municipalitiesOf[partOfRoot[root(municipality)]!].append(municipality) }
        for index in problem.actions.indices where !cross[index] { parts[partOfRoot[rootOf[index]]!].append(index) }
        self.parts = parts
        self.municipalitiesOf = municipalitiesOf
        var part = Array(repeating: 0, count: problem.actions.count)
        for (index, members) in parts.enumerated() { for action in members { part[action] = index } }
        self.partOf = part
        var users = Array(repeating: Set<Int>(), count: problem.sources.count)
        for (index, action) in problem.actions.enumerated() {
            for source in action.eligibleSources { users[source].insert(part[index]) }
        }
        self.users = users
    }

    /// The share of shared money held back from the first round's quotas.
    static let reserve = 0.02

    /// Whether splitting helps: more than one part, each small enough for the LP search.
    func applies(maxRows: Int) -> Bool {
        guard parts.filter({ !$0.isEmpty }).count > 1 else { return false }
        let crossFloorRows = hasCrossPart ? (crossFloors() ?? []).reduce(0) { $0 + $1.filter { $0 > 0 }.count } : 0
        return parts.indices.allSatisfy { part in
            var sources = Set<Int>()
            var rows = hasCrossPart && part == 0 ? crossFloorRows : municipalitiesOf[part].count * problem.years.count
            for action in parts[part] {
                let entry = problem.actions[action]
                rows += entry.costYears.count + entry.requires.count + entry.excludes.count
                sources.formUnion(entry.eligibleSources)
            }
            return rows + sources.count * problem.years.count <= maxRows
        }
    }

    /// A part as a problem of its own: its actions, every source with the part's quota as budget,
    /// and its municipalities' floors (less what is already received).
    private func subproblem(_ members: [Int], quotas: [[Int]], floors: [[Double]]?) -> (PlanningProblem, [Int]) {
        var local = Array(repeating: -1, count: problem.actions.count)
        for (position, action) in members.enumerated() { local[action] = position }
        let actions = members.map { index -> PlanningProblem.ActionEntry in
            var entry = problem.actions[index]
            entry.requires = entry.requires.map { local[$0] }.filter { $0 >= 0 }
            entry.excludes = entry.excludes.map { local[$0] }.filter { $0 >= 0 }
            return entry
        }
        var sources = problem.sources
        for source in sources.indices { sources[source].budget = quotas[source] }
        var fairness: PlanningProblem.Fairness?
        if let floors, var shared = problem.fairness {
            shared.floors = floors
            fairness = shared
        }
        return (PlanningProblem(name: problem.name, title: problem.title, years: problem.years, actions: actions,
                                sources: sources, municipalities: problem.municipalities, fairness: fairness), members)
    }

    /// Plans one part within `quotas`; nil when its commitments do not fit.
    private func plan(_ part: Int, quotas: [[Int]], floors: [[Double]]?) -> PartPlan? {
        plan(members: parts[part], quotas: quotas, floors: floors)
    }

    typealias PartPlan = (objective: Int, payments: [(action: Int, source: Int, year: Int, amount: Int)], funded: [Int], nodes: Int)

    /// Plans the actions `members` as one problem within `quotas`; nil when its commitments or
    /// floors do not fit.
    private func plan(members: [Int], quotas: [[Int]], floors: [[Double]]?, never: Set<Int> = []) -> PartPlan? {
        var (sub, members) = subproblem(members, quotas: quotas, floors: floors)
        for (position, action) in members.enumerated() where never.contains(action) { sub.actions[position].fixed = .never }
        // A search that has not found a plan yet goes on, up to twenty times the limit: the large
        // cross part may need more nodes than a municipality's part for its first plan.
        var search = LPBranchAndBound(problem: sub, nodeLimit: nodeLimit)
        var outcome = search.run()
        if outcome.funded == nil && !outcome.infeasible {
            search.nodeLimit = 20 * nodeLimit
            outcome = search.run()
        }
        guard let funded = outcome.funded else { return nil }
        var payments: [(Int, Int, Int, Int)] = []
        for (index, share) in search.model.shares.enumerated() where outcome.amounts[index] > 0 {
            payments.append((members[share.action], share.source, share.year, outcome.amounts[index]))
        }
        return (outcome.objective, payments, members.indices.filter { funded[$0] }.map { members[$0] }, outcome.nodes)
    }

    /// What the cross part must give each municipality: the part of its floor that its own actions
    /// could not absorb even if all were funded (half a euro more, where the cross part can give it,
    /// so that rounding leaves the municipality's own part no more than it can absorb).
    private func crossFloors(alone: Set<Int> = []) -> [[Double]]? {
        guard let floors = problem.fairness?.floors else { return nil }
        let years = problem.years.count
        let own = keyAbsorbable { partOf[$0] != 0 }
        let cross = keyAbsorbable { partOf[$0] == 0 }
        return floors.indices.map { municipality in
            (0..<years).map { year in
                // A municipality whose own actions cannot meet its floors at all (they exclude each
                // other, say) asks the cross part for all of it.
                let needed = floors[municipality][year] - (alone.contains(municipality) ? 0 : own[municipality][year])
                return needed > 0 ? min(needed + PlanningProblem.Fairness.rounding, cross[municipality][year]) : 0
            }
        }
    }

    /// Plans the agenda, with `demand` (per part, source and year) deciding how the shared money
    /// beyond the floors is split. Nil when some part finds no plan and no proof that none exists.
    func run(demand: [[[Double]]], progress: ((SearchProgress) -> Void)?) -> Answer? {
        let years = problem.years.count
        let sourceCount = problem.sources.count
        let partCount = parts.count

        // Quotas: first what the floors need of the key-shared sources (a transportation problem per
        // year), then the rest of every source in proportion to the relaxation's demand.
        var quotas = Array(repeating: Array(repeating: Array(repeating: 0, count: years), count: sourceCount), count: partCount)
        let keySources = (0..<sourceCount).filter { problem.sources[$0].sharedByKey }
        let floors = problem.fairness?.floors
        // Municipalities whose own part cannot meet their floors even with every budget whole.
        var alone = Set<Int>()
        if hasCrossPart, let floors = problem.fairness?.floors {
            let candidates = (1..<partCount).filter { part in
                !self.parts[part].isEmpty && self.municipalitiesOf[part].contains { floors[$0].contains { $0 > 0 } }
            }
            let whole = problem.sources.map(\.budget)
            let checks = ConcurrentResults<Bool>(count: candidates.count)
            DispatchQueue.concurrentPerform(iterations: candidates.count) { position in
                let part = candidates[position]
                var own = floors.map { $0.map { _ in 0.0 } }
                for municipality in self.municipalitiesOf[part] { own[municipality] = floors[municipality] }
                let (sub, _) = self.subproblem(self.parts[part], quotas: whole, floors: own)
                var search = LPBranchAndBound(problem: sub, nodeLimit: 50)
                search.explains = false
                let outcome = search.run()
                checks.set(position, outcome.funded == nil && outcome.infeasible)
            }
            for (position, part) in candidates.enumerated() where checks.get(position) == true {
                alone.formUnion(municipalitiesOf[part])
            }
        }
        let fromCross = hasCrossPart ? crossFloors(alone: alone) : nil
        if let floors {
            for year in 0..<years {
                var capacity = Array(repeating: Array(repeating: 0, count: keySources.count), count: partCount)
                for (index, action) in problem.actions.enumerated() where action.costs[year] > 0 {
                    if case .never = action.fixed { continue }
                    for (position, source) in keySources.enumerated() where action.eligibleSources.contains(source) {
                        capacity[partOf[index]][position] += problem.sources[source].cap(of: action.costs[year])
                    }
                }
                let demandOfParts = (0..<partCount).map { part in
                    // The cross part may need all it can take: its money counts for each
                    // municipality only with that municipality's weight.
                    if hasCrossPart && part == 0 { return capacity[0].reduce(0, +) }
                    // Two euros more than the floors, so that rounding payments to whole euros has room.
                    let need = self.municipalitiesOf[part].reduce(0.0) { total, municipality in
                        total + max(0, floors[municipality][year] - (fromCross?[municipality][year] ?? 0))
                    }
                    return need > 0 ? Int(need.rounded(.up)) + 2 : 0
                }
                let reserved = FloorQuotas.split(supply: keySources.map { problem.sources[$0].budget[year] },
                                                 demand: demandOfParts, capacity: capacity)
                for part in 0..<partCount {
                    for (position, source) in keySources.enumerated() { quotas[part][source][year] = reserved[part][position] }
                }
            }
        }
        let floorReserved = quotas
        for source in 0..<sourceCount {
            for year in 0..<years {
                let budget = problem.sources[source].budget[year]
                let left = budget - (0..<partCount).reduce(0) { $0 + quotas[$1][source][year] }
                let total = users[source].reduce(0.0) { $0 + demand[$1][source][year] }
                if users[source].count == 1 {
                    quotas[users[source].first!][source][year] = budget
                } else if total > 0 {
                    // A reserve stays back for the second round: parts whose quota falls short of
                    // what their floors or commitments need are offered it first.
                    let shared = Double(left) * (1 - Self.reserve)
                    for part in users[source] {
                        quotas[part][source][year] += Int((shared * demand[part][source][year] / total).rounded(.down))
                    }
                }
            }
        }

        var funded = Array(repeating: false, count: problem.actions.count)
        var payments = Array(repeating: [Solution.Payment](), count: problem.actions.count)
        var spent = Array(repeating: Array(repeating: Array(repeating: 0, count: years), count: sourceCount), count: partCount)
        var objectives = Array(repeating: 0, count: partCount)
        var nodes = 0

        /// Takes `result` as the plan of the actions of `planned` (parts); actions of other parts in
        /// `result` (newly funded cross actions) are added to their part.
        func record(_ planned: [Int], _ result: PartPlan) {
            for part in planned {
                for action in parts[part] { funded[action] = false; payments[action] = [] }
                for year in 0..<years { for source in 0..<sourceCount { spent[part][source][year] = 0 } }
                objectives[part] = 0
            }
            for action in result.funded {
                funded[action] = true
                objectives[partOf[action]] += problem.actions[action].score
            }
            for payment in result.payments {
                payments[payment.action].append(Solution.Payment(source: payment.source, year: payment.year, amount: payment.amount))
                spent[partOf[payment.action]][payment.source][payment.year] += payment.amount
            }
            nodes += result.nodes
        }
        func record(_ part: Int, _ result: PartPlan) { record([part], result) }

        // The cross part first: what it pays a municipality counts towards that municipality's floor.
        var remainingFloors = floors
        var start = 0
        if hasCrossPart {
            var first = plan(0, quotas: quotas[0], floors: fromCross)
            if first == nil {
                // Too little for the floors it must help with: it gets all the money the parts'
                // floors do not need, and the parts share what it leaves.
                var generous = problem.sources.map(\.budget)
                for part in 1..<partCount {
                    for source in 0..<sourceCount { for year in 0..<years { generous[source][year] -= floorReserved[part][source][year] } }
                }
                first = plan(0, quotas: generous, floors: fromCross)
                if let plan = first {
                    var crossSpent = Array(repeating: Array(repeating: 0, count: years), count: sourceCount)
                    for payment in plan.payments { crossSpent[payment.source][payment.year] += payment.amount }
                    for source in 0..<sourceCount where users[source].count > 1 {
                        for year in 0..<years {
                            let reserved = (1..<partCount).reduce(0) { $0 + floorReserved[$1][source][year] }
                            let extra = (1..<partCount).reduce(0) { $0 + quotas[$1][source][year] - floorReserved[$1][source][year] }
                            let room = problem.sources[source].budget[year] - crossSpent[source][year] - reserved
                            let factor = extra > 0 ? min(1, max(0, Double(room) / Double(extra))) : 0
                            for part in 1..<partCount {
                                let proportional = quotas[part][source][year] - floorReserved[part][source][year]
                                quotas[part][source][year] = floorReserved[part][source][year] + Int((Double(proportional) * factor).rounded(.down))
                            }
                        }
                    }
                }
            }
            guard let result = first else {
                progress?(.crossPartWithoutPlan)
                return nil
            }
            record(0, result)
            start = 1
            if var table = remainingFloors {
                for action in parts[0] where funded[action] {
                    for payment in payments[action] where problem.sources[payment.source].sharedByKey {
                        for place in problem.actions[action].municipalities {
                            table[place.index][payment.year] -= place.weight * Double(payment.amount)
                        }
                    }
                }
                remainingFloors = table.map { $0.map { max(0, $0) } }
            }
        }

        // The parts, each within its quotas and with its municipalities' remaining floors.
        let fixedFloors = remainingFloors
        let municipalitiesOf = self.municipalitiesOf
        // A part whose actions each work in one municipality receives whole euros, so a remaining
        // floor F' (met at F' − ½) is the same as the whole-euro floor ⌈F' − ½⌉, which leaves the
        // rounding of its payments the usual half euro.
        let wholeEuros = parts.map { $0.allSatisfy { problem.actions[$0].municipalities.count == 1 } }
        let partFloors: @Sendable (Int) -> [[Double]]? = { part in
            guard let table = fixedFloors else { return nil }
            var own = table.map { $0.map { _ in 0.0 } }
            for municipality in municipalitiesOf[part] {
                own[municipality] = wholeEuros[part]
                    ? table[municipality].map { max(0, ($0 - PlanningProblem.Fairness.rounding - 1e-9).rounded(.up)) }
                    : table[municipality]
            }
            return own
        }
        let results = ConcurrentResults<(objective: Int, payments: [(action: Int, source: Int, year: Int, amount: Int)], funded: [Int], nodes: Int)?>(count: partCount)
        let pending = Array(start..<partCount).filter { !parts[$0].isEmpty }
        let fixedQuotas = quotas
        DispatchQueue.concurrentPerform(iterations: pending.count) { position in
            let part = pending[position]
            results.set(position, plan(part, quotas: fixedQuotas[part], floors: partFloors(part)))
        }
        var failed: [Int] = []
        for (position, part) in pending.enumerated() {
            if let result = results.get(position) ?? nil { record(part, result) } else { failed.append(part) }
        }
        progress?(.partsPlanned(pending.count - failed.count, of: pending.count))

        /// What part `part` may spend in a second round: its spending plus all the money left.
        func leftover(for part: Int) -> (quotas: [[Int]], any: Bool) {
            var offer = Array(repeating: Array(repeating: 0, count: years), count: sourceCount)
            var any = false
            for source in 0..<sourceCount where users[source].contains(part) {
                let entry = problem.sources[source]
                var totalSpent = Array(repeating: 0, count: years)
                for other in 0..<partCount { for year in 0..<years { totalSpent[year] += spent[other][source][year] } }
                if entry.carryOver {
                    // Money carried over may be spent in any later year, so the slack sits in the first.
                    var slack = Int.max, left = 0
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

        // Parts that failed get the money left over (the reserve included) first.
        for part in failed {
            if let result = plan(part, quotas: leftover(for: part).quotas, floors: partFloors(part)) {
                record(part, result)
                failed.removeAll { $0 == part }
            }
        }

        // Parts still failing need more from the cross part than it gave (their own actions cannot
        // meet their floors, say because they exclude each other): they are planned together with
        // the cross actions not yet funded, which can only add key-shared money to every
        // municipality, so the other parts' floors stay met.
        if !failed.isEmpty, hasCrossPart, let floors = problem.fairness?.floors {
            let open = parts[0].filter { !funded[$0] }
            let members = failed.flatMap { parts[$0] } + open
            var received = floors.map { $0.map { _ in 0.0 } }
            for action in parts[0] where funded[action] {
                for payment in payments[action] where problem.sources[payment.source].sharedByKey {
                    for place in problem.actions[action].municipalities { received[place.index][payment.year] += place.weight * Double(payment.amount) }
                }
            }
            let failedMunicipalities = Set(failed.flatMap { municipalitiesOf[$0] })
            let jointFloors = floors.indices.map { municipality in
                floors[municipality].indices.map { year in
                    failedMunicipalities.contains(municipality) ? max(0, floors[municipality][year] - received[municipality][year]) : 0
                }
            }
            var jointQuotas = problem.sources.map { $0.budget }
            for part in 0..<partCount where !failed.contains(part) {
                for source in 0..<sourceCount { for year in 0..<years { jointQuotas[source][year] -= spent[part][source][year] } }
            }
            // A cross action that a funded one excludes stays out.
            let blocked = Set(parts[0].filter { funded[$0] }.flatMap { problem.actions[$0].excludes })
                .union(open.filter { problem.actions[$0].excludes.contains { funded[$0] } })
            if let result = plan(members: members, quotas: jointQuotas, floors: jointFloors, never: blocked) {
                // The cross part's funded actions keep their plan: only the failed parts are reset,
                // and the newly funded cross actions are added to the cross part.
                record(failed, result)
                progress?(.partsPlannedWithCrossActions(failed.count))
                failed = []
            }
        }

        // Second round: the money left over, offered to each part in turn. The cross part keeps
        // its plan: the other parts' floors count on its payments.
        for part in pending where !failed.contains(part) {
            let (offer, any) = leftover(for: part)
            guard any else { continue }
            if let result = plan(part, quotas: offer, floors: partFloors(part)), result.objective > objectives[part] {
                record(part, result)
            }
        }
        guard failed.isEmpty else { return proveInfeasible(failed).map { .infeasible($0) } }
        let objective = problem.actions.indices.reduce(0) { $0 + (funded[$1] ? problem.actions[$1].score : 0) }
        return .plan(Outcome(funded: funded, payments: payments, objective: objective, nodes: nodes))
    }

    /// The most key-shared money the cross actions could give each municipality and year: all of
    /// them funded, each paid by key-shared sources up to their caps. Nil without a key.
    private func mostFromCross() -> [[Double]]? {
        guard problem.fairness != nil else { return nil }
        return keyAbsorbable { hasCrossPart && partOf[$0] == 0 }
    }

    /// Per municipality and year, what the actions `included` could take of the key-shared sources
    /// (each funded and paid by them up to their caps), each action counting with its weight.
    private func keyAbsorbable(_ included: (Int) -> Bool) -> [[Double]] {
        var total = problem.municipalities.map { _ in Array(repeating: 0.0, count: problem.years.count) }
        for (index, action) in problem.actions.enumerated() where included(index) {
            if case .never = action.fixed { continue }
            let payers = action.eligibleSources.filter { problem.sources[$0].sharedByKey }
            guard !payers.isEmpty else { continue }
            for year in action.costYears {
                let cost = action.costs[year]
                let most = Double(min(cost, payers.reduce(0) { $0 + problem.sources[$1].cap(of: cost) }))
                for place in action.municipalities { total[place.index][year] += place.weight * most }
            }
        }
        return total
    }

    /// For parts no split could plan: whether their municipalities' floors are out of reach even
    /// with every budget whole and the cross actions giving each of them the most they could (all
    /// funded, each paid by key-shared sources up to their caps). Then no plan exists at all, and
    /// the floors are named; nil when that is not proven.
    private func proveInfeasible(_ failed: [Int]) -> [Infeasibility]? {
        guard let floors = problem.fairness?.floors, let most = mostFromCross() else { return nil }
        var reasons: [Infeasibility] = []
        for part in failed {
            var own = floors.map { $0.map { _ in 0.0 } }
            for municipality in municipalitiesOf[part] {
                own[municipality] = floors[municipality].indices.map { max(0, floors[municipality][$0] - most[municipality][$0]) }
            }
            let (sub, _) = subproblem(parts[part], quotas: problem.sources.map(\.budget), floors: own)
            var search = LPBranchAndBound(problem: sub, nodeLimit: nodeLimit)
            search.explains = false
            let outcome = search.run()
            guard outcome.funded == nil, outcome.infeasible else { return nil }
            for municipality in municipalitiesOf[part] {
                let years = floors[municipality].indices.filter { own[municipality][$0] > 0 }
                guard !years.isEmpty else { continue }
                let out = years.map { Infeasibility.Floor(municipality: municipality, year: $0, amount: floors[municipality][$0]) }
                reasons.append(.floorsOutOfReachOfOwnActions(municipality: municipality, floors: out))
            }
        }
        return reasons.isEmpty ? nil : reasons
    }

    /// Demand per part, source and year: the relaxation's payments of the actions it chose.
    func demand(chosen: [Bool], fills: [[(source: Int, year: Int, amount: Int)]]) -> [[[Double]]] {
        var demand = Array(repeating: Array(repeating: Array(repeating: 0.0, count: problem.years.count), count: problem.sources.count), count: parts.count)
        for index in problem.actions.indices where chosen[index] {
            for fill in fills[index] { demand[partOf[index]][fill.source][fill.year] += Double(fill.amount) }
        }
        return demand
    }

    /// An upper bound on every plan that keeps each part's own budgets: the money shared between
    /// parts is priced at `mu` (per row, in ten-thousandths of a point per euro; `prices` are
    /// the per-euro prices those rows give each year, as `PlanSearch.effectivePrices`), each
    /// municipality's part keeps the part of its floors that the cross actions could never give,
    /// and each part's relaxation is solved as an LP. For the same prices
    /// this is never above the Lagrangian relaxation that prices every budget, since it keeps
    /// the parts' own budgets as they are.
    ///
    /// Also returns what each part's relaxation spends of every source and year at these prices:
    /// with good prices, the split of the shared money that the relaxation itself would make.
    func partBound(mu: [[Double]], prices: [[Double]]) -> (value: Double, usage: [[[Double]]])? {
        let years = problem.years.count
        let shared = problem.sources.indices.map { users[$0].count > 1 }
        // Shared budgets leave the parts' problems: the price stands in for them.
        var open = problem.sources.map(\.budget)
        for source in problem.sources.indices where shared[source] {
            let total = problem.actions.reduce(0) { $0 + $1.totalCost }
            open[source] = Array(repeating: total, count: years)
        }
        var value = 0.0
        for (source, entry) in problem.sources.enumerated() where shared[source] {
            var cumulative = 0
            for year in 0..<years {
                cumulative += entry.budget[year]
                value += mu[source][year] / 10_000 * Double(entry.carryOver ? cumulative : entry.budget[year])
            }
        }
        let quotas = open
        // A municipality's own part must give it what the cross actions could not, even all funded:
        // a constraint every plan keeps, so the bound stays valid and gets tighter.
        let floors = problem.fairness?.floors
        let most = mostFromCross()
        let hasCross = hasCrossPart
        let municipalitiesOf = self.municipalitiesOf
        let partFloors: @Sendable (Int) -> [[Double]]? = { part in
            guard let floors, let most, !(hasCross && part == 0) else { return nil }
            var own = floors.map { $0.map { _ in 0.0 } }
            for municipality in municipalitiesOf[part] {
                own[municipality] = floors[municipality].indices.map { max(0, floors[municipality][$0] - most[municipality][$0]) }
            }
            return own
        }
        let results = ConcurrentResults<Double>(count: parts.count)
        let usage = ConcurrentResults<[[Double]]>(count: parts.count)
        let failed = ConcurrentResults<Bool>(count: 1)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            guard !self.parts[part].isEmpty else { results.set(part, 0); return }
            let (sub, _) = self.subproblem(self.parts[part], quotas: quotas, floors: partFloors(part))
            let model = PlanningModel(problem: sub)
            var lp = model.lp
            for share in model.shares where shared[share.source] {
                lp.cost[share.column] += prices[share.source][share.year] / 10_000 * Double(sub.actions[share.action].costs[share.year])
            }
            var simplex = DualSimplex(lp)
            switch simplex.solve() {
            case .optimal, .iterationLimit, .cutOff:
                // A dual feasible basis bounds the part either way.
                results.set(part, -simplex.objective)
                var spent = Array(repeating: Array(repeating: 0.0, count: years), count: self.problem.sources.count)
                for share in model.shares {
                    spent[share.source][share.year] += max(0, simplex.value(share.column)) * Double(sub.actions[share.action].costs[share.year])
                }
                usage.set(part, spent)
            case .infeasible:
                // No plan of this part keeps its commitments: nothing to add (the plan exists, so
                // this does not happen; be safe and give up the bound).
                failed.set(0, true)
            }
        }
        if failed.get(0) == true { return nil }
        for part in parts.indices { value += results.get(part) ?? 0 }
        let empty = Array(repeating: Array(repeating: 0.0, count: years), count: problem.sources.count)
        return (value, parts.indices.map { usage.get($0) ?? empty })
    }
}
