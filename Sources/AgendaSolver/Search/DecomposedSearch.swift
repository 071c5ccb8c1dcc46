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
/// them). Before the parts are planned, the quotas are exchanged between them at the prices their
/// own relaxations put on that money (`exchange`). In the split that gives the plan, each part is
/// then planned again with less and with more of the shared money, and one plan per part is chosen
/// so that together they keep the budgets and score the most (`mix`). A last round offers the
/// money left over to each part in turn.
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
    /// Asks each part's search to end at its next node, with the best plan it has.
    var stop: SearchStop?

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
        var sets = Self.tiedMunicipalities(problem)
        let roots = problem.municipalities.indices.map { sets.root($0) }
        let cross = Self.crossActions(problem, roots: roots)
        var parts: [[Int]] = []
        var municipalitiesOf: [[Int]] = []
        hasCrossPart = cross.contains(true)
        if hasCrossPart {
            parts.append(problem.actions.indices.filter { cross[$0] })
            municipalitiesOf.append([])
        }
        // One part per group of tied municipalities, in the order of their first municipality.
        var partOfRoot: [Int: Int] = [:]
        for municipality in problem.municipalities.indices {
            if let part = partOfRoot[roots[municipality]] {
                municipalitiesOf[part].append(municipality)
                continue
            }
            partOfRoot[roots[municipality]] = parts.count
            parts.append([])
            municipalitiesOf.append([municipality])
        }
        for (index, action) in problem.actions.enumerated() where !cross[index] {
            if let place = action.municipalities.first, let part = partOfRoot[roots[place.index]] {
                parts[part].append(index)
            }
        }
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

    /// Municipalities tied together: by a source that pays only in the municipalities it names (it
    /// pays in all of them), and by `requires` or `excludes` between actions that each work in one.
    private static func tiedMunicipalities(_ problem: PlanningProblem) -> DisjointSets {
        var sets = DisjointSets(count: problem.municipalities.count)
        var firstPlace = Array(repeating: -1, count: problem.sources.count)
        for action in problem.actions {
            let places = action.municipalities.map(\.index)
            for source in action.eligibleSources where problem.sources[source].tiesMunicipalities {
                for place in places {
                    if firstPlace[source] < 0 {
                        firstPlace[source] = place
                    } else {
                        sets.union(firstPlace[source], place)
                    }
                }
            }
        }
        for action in problem.actions where action.municipalities.count == 1 {
            for other in action.requires + action.excludes where problem.actions[other].municipalities.count == 1 {
                sets.union(action.municipalities[0].index, problem.actions[other].municipalities[0].index)
            }
        }
        return sets
    }

    /// `[action]` → whether it belongs to the cross part: it works in municipalities of more than
    /// one group (`roots`), or is tied by `requires` or `excludes` to an action that does.
    private static func crossActions(_ problem: PlanningProblem, roots: [Int]) -> [Bool] {
        var cross = problem.actions.map { action in Set(action.municipalities.map { roots[$0.index] }).count != 1 }
        var changed = true
        while changed {
            changed = false
            for (index, action) in problem.actions.enumerated() where !cross[index] {
                if (action.requires + action.excludes).contains(where: { cross[$0] }) {
                    cross[index] = true
                    changed = true
                }
            }
            for (index, action) in problem.actions.enumerated() where cross[index] {
                for other in action.requires + action.excludes where !cross[other] {
                    cross[other] = true
                    changed = true
                }
            }
        }
        return cross
    }

    /// The share of shared money held back from the first round's quotas.
    static let reserve = 0.02

    /// At most this many rounds of exchanging quotas between the parts' relaxations.
    static let exchangeRounds = 60

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
    func subproblem(_ members: [Int], quotas: [[Int]], floors: [[Double]]?) -> (PlanningProblem, [Int]) {
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
        return (
            PlanningProblem(
                name: problem.name, title: problem.title, years: problem.years, actions: actions,
                sources: sources, municipalities: problem.municipalities, fairness: fairness), members
        )
    }

    /// Plans one part within `quotas`; nil when its commitments do not fit.
    func plan(_ part: Int, quotas: [[Int]], floors: [[Double]]?, optional: Bool = false) -> PartPlan? {
        plan(members: parts[part], quotas: quotas, floors: floors, optional: optional)
    }

    typealias PartPlan = (
        objective: Int, payments: [(action: Int, source: Int, year: Int, amount: Int)], funded: [Int], nodes: Int
    )

    /// Plans the actions `members` as one problem within `quotas`; nil when its commitments or
    /// floors do not fit. An `optional` plan (an alternative for the mix) gets no more nodes than
    /// the limit and no explanation of why none exists.
    func plan(members: [Int], quotas: [[Int]], floors: [[Double]]?, never: Set<Int> = [], optional: Bool = false)
        -> PartPlan?
    {
        var (sub, members) = subproblem(members, quotas: quotas, floors: floors)
        for (position, action) in members.enumerated() where never.contains(action) {
            sub.actions[position].fixed = .never
        }
        // A search that has not found a plan yet goes on, up to twenty times the limit: the large
        // cross part may need more nodes than a municipality's part for its first plan. A stop
        // ends a part's search only once it has a plan.
        var search = LPBranchAndBound(problem: sub, nodeLimit: nodeLimit)
        search.stop = stop
        search.explains = !optional
        var outcome = search.run()
        if outcome.funded == nil && !outcome.infeasible && !optional {
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
    func crossFloors(alone: Set<Int> = []) -> [[Double]]? {
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
    /// beyond the floors is split, and, when `mixes`, the parts' plans mixed (`mix`). Nil when
    /// some part finds no plan and no proof that none exists.
    func run(demand: [[[Double]]], mixes: Bool, progress: FundingSolver.Progress?) -> Answer? {
        var quotas = self.quotas(demand: demand)
        var plan = Assembly(self)
        // The cross part first: what it pays a municipality counts towards that municipality's floor.
        var remainingFloors = problem.fairness?.floors
        if hasCrossPart {
            guard planCrossPart(&plan, quotas: &quotas) else {
                progress?(.crossPartWithoutPlan)
                return nil
            }
            remainingFloors = remainingFloors.map(plan.lessWhatTheCrossPartPays)
        }
        let floors = partFloors(remainingFloors)
        let pending = Array((hasCrossPart ? 1 : 0)..<parts.count).filter { !parts[$0].isEmpty }
        exchange(&quotas.euros, among: pending, floors: floors, rounds: Self.exchangeRounds)
        var failed = planParts(pending, &plan, quotas: quotas, floors: floors, progress: progress)
        progress?(.partsPlanned(pending.count - failed.count, of: pending.count))
        // Parts that failed get the money left over (the reserve included) first.
        for part in failed {
            if let result = self.plan(part, quotas: plan.leftover(for: part).quotas, floors: floors(part)) {
                plan.record(part, result)
                failed.removeAll { $0 == part }
            }
        }
        if !failed.isEmpty, hasCrossPart, planWithOpenCrossActions(failed, &plan) {
            progress?(.partsPlannedWithCrossActions(failed.count))
            failed = []
        }
        let planned = pending.filter { !failed.contains($0) }
        if mixes { mix(planned, &plan, quotas: quotas.euros, floors: floors, progress: progress) }
        offerWhatIsLeft(to: planned, &plan, floors: floors)
        guard failed.isEmpty else { return proveInfeasible(failed).map { .infeasible($0) } }
        return .plan(plan.outcome)
    }

    /// The most key-shared money the cross actions could give each municipality and year: all of
    /// them funded, each paid by key-shared sources up to their caps and that year's money. Nil without a key.
    func mostFromCross() -> [[Double]]? {
        guard problem.fairness != nil else { return nil }
        return keyAbsorbable { hasCrossPart && partOf[$0] == 0 }
    }

    /// Per municipality and year, what the actions `included` could take of the key-shared sources
    /// (each funded and paid by them up to their caps and that year's money), each action counting
    /// with its weight (`FloorReach`).
    private func keyAbsorbable(_ included: (Int) -> Bool) -> [[Double]] {
        FloorReach(problem, including: included).most
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
                own[municipality] = floors[municipality].indices.map {
                    max(0, floors[municipality][$0] - most[municipality][$0])
                }
            }
            let (sub, _) = subproblem(parts[part], quotas: problem.sources.map(\.budget), floors: own)
            var search = LPBranchAndBound(problem: sub, nodeLimit: nodeLimit)
            search.explains = false
            let outcome = search.run()
            guard outcome.funded == nil, outcome.infeasible else { return nil }
            for municipality in municipalitiesOf[part] {
                let years = floors[municipality].indices.filter { own[municipality][$0] > 0 }
                guard !years.isEmpty else { continue }
                let out = years.map {
                    Infeasibility.Floor(municipality: municipality, year: $0, amount: floors[municipality][$0])
                }
                reasons.append(.floorsOutOfReachOfOwnActions(municipality: municipality, floors: out))
            }
        }
        return reasons.isEmpty ? nil : reasons
    }

    /// Demand per part, source and year: the relaxation's payments of the actions it chose.
    func demand(chosen: [Bool], fills: [[(source: Int, year: Int, amount: Int)]]) -> [[[Double]]] {
        var demand = Array(
            repeating: Array(
                repeating: Array(repeating: 0.0, count: problem.years.count), count: problem.sources.count),
            count: parts.count)
        for index in problem.actions.indices where chosen[index] {
            for fill in fills[index] { demand[partOf[index]][fill.source][fill.year] += Double(fill.amount) }
        }
        return demand
    }
}
