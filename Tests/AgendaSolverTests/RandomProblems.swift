@testable import AgendaSolver

/// Random funding problems built in code, the same for the same seed: municipalities with their
/// own sources, shared sources the allocation key divides, actions in one municipality or in
/// several, commitments, stopped actions, `requires` and `excludes`. Budgets cover about half of
/// what the actions cost, so every search has to choose; commitments are kept affordable by their
/// own municipality's source, so most problems have a plan.
enum RandomProblems {
    /// The size of a problem.
    struct Shape: Sendable, CustomStringConvertible {
        var municipalities: Int
        var actions: Int
        var years: Int
        /// Whether the problem has an allocation key (floors for every municipality).
        var key: Bool

        var description: String { "\(municipalities) municipalities, \(actions) actions, \(years) years, key \(key)" }
    }

    /// A shape varied by seed, small enough for `ExhaustiveSearch`.
    static func small(seed: UInt64, key: Bool) -> Shape {
        Shape(
            municipalities: 2 + Int(seed % 3), actions: 6 + Int((seed / 3) % 7), years: 2 + Int((seed / 5) % 2),
            key: key)
    }

    static func problem(_ shape: Shape, seed: UInt64) -> PlanningProblem {
        var random = SplitMix(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let years = shape.years
        let count = shape.actions
        let shared = 1 + random.int(0...1)
        // Sources: one per municipality (its own actions only), then the shared ones.
        var sources = (0..<shape.municipalities).map {
            PlanningProblem.SourceEntry(id: "own-\($0)", budget: [], sharedByKey: false)
        }
        for index in 0..<shared {
            sources.append(
                PlanningProblem.SourceEntry(
                    id: "shared-\(index)", budget: [], maxShare: random.bool() ? 1 : 0.5,
                    carryOver: random.bool()))
        }
        var actions: [PlanningProblem.ActionEntry] = []
        for index in 0..<count {
            actions.append(
                action(index, shape: shape, sharedSources: shape.municipalities..<sources.count, random: &random))
        }
        addRules(to: &actions, random: &random)
        sources = withBudgets(sources, actions: actions, years: years, random: &random)
        var problem = PlanningProblem(
            name: "random-\(seed)", title: "Random problem \(seed): \(shape)", years: Array(2025..<(2025 + years)),
            actions: actions, sources: sources,
            municipalities: (0..<shape.municipalities).map { "m\($0)" })
        if shape.key { problem.fairness = fairness(problem, random: &random) }
        return problem
    }

    /// The same problem with every score multiplied by a factor from `1 − spread` to `1 + spread`:
    /// what other weights do to a problem, its plans unchanged.
    static func rescored(_ problem: PlanningProblem, seed: UInt64, spread: Double = 0.4) -> PlanningProblem {
        var random = SplitMix(seed: seed &+ 0xD1B5_4A32_D192_ED03)
        var rescored = problem
        for index in rescored.actions.indices {
            let factor = random.uniform(1 - spread, 1 + spread)
            rescored.actions[index].score = Int((Double(problem.actions[index].score) * factor).rounded())
        }
        return rescored
    }

    // MARK: Parts

    private static func action(_ index: Int, shape: Shape, sharedSources: Range<Int>, random: inout SplitMix)
        -> PlanningProblem.ActionEntry
    {
        // One in six works in every municipality, paid by the shared sources only.
        let everywhere = shape.municipalities > 1 && random.int(0...5) == 0
        let home = random.int(0...(shape.municipalities - 1))
        let places =
            everywhere
            ? (0..<shape.municipalities).map { (index: $0, weight: 1 / Double(shape.municipalities)) }
            : [(index: home, weight: 1.0)]
        var costs = (0..<shape.years).map { _ in random.int(0...2) == 0 ? 0 : random.int(2...40) * 1_000 }
        if costs.allSatisfy({ $0 == 0 }) { costs[random.int(0...(shape.years - 1))] = random.int(2...40) * 1_000 }
        var eligible = everywhere ? [] : [home]
        eligible += sharedSources.filter { _ in everywhere || random.bool() }
        if eligible.isEmpty { eligible = [sharedSources.lowerBound] }
        var fixed = PlanningProblem.Fixed.free
        switch random.int(0...19) {
        case 0 where !everywhere: fixed = .mustFund
        case 1: fixed = .never
        default: break
        }
        return PlanningProblem.ActionEntry(
            id: "a\(index)", score: random.int(5_000...60_000), costs: costs,
            eligibleSources: eligible, fixed: fixed, municipalities: places)
    }

    /// `requires` on earlier free actions, and `excludes` between free actions that nothing ties.
    private static func addRules(to actions: inout [PlanningProblem.ActionEntry], random: inout SplitMix) {
        for index in actions.indices.dropFirst() where actions[index].fixed == .free && random.int(0...5) == 0 {
            let other = random.int(0...(index - 1))
            if actions[other].fixed == .free && actions[other].requires.isEmpty {
                actions[index].requires.append(other)
            }
        }
        for _ in 0..<(actions.count / 5) {
            let a = random.int(0...(actions.count - 1))
            let b = random.int(0...(actions.count - 1))
            let current = actions
            func untied(_ i: Int) -> Bool {
                current[i].fixed == .free && current[i].requires.isEmpty
                    && !current.contains { $0.requires.contains(i) }
            }
            guard a != b, untied(a), untied(b), !actions[a].excludes.contains(b) else { continue }
            actions[a].excludes.append(b)
            actions[b].excludes.append(a)
        }
    }

    /// Budgets of about half the cost each source could pay, and enough of its own municipality's
    /// money for every commitment and for any one of its other actions.
    private static func withBudgets(
        _ sources: [PlanningProblem.SourceEntry], actions: [PlanningProblem.ActionEntry],
        years: Int, random: inout SplitMix
    ) -> [PlanningProblem.SourceEntry] {
        var result = sources
        for (index, source) in sources.enumerated() {
            result[index].budget = (0..<years).map { year in
                let payable = actions.filter { $0.eligibleSources.contains(index) }.reduce(0) {
                    $0 + source.cap(of: $1.costs[year])
                }
                let committed = actions.filter { $0.fixed == .mustFund && $0.eligibleSources.first == index }
                    .reduce(0) { $0 + $1.costs[year] }
                let share = Double(random.int(30...60)) / 100
                let budget = committed + Int((Double(payable - committed) * share).rounded(.down) / 1_000) * 1_000
                // A municipality's own source can pay any one of its actions, as real agendas plan.
                let largest =
                    source.sharedByKey
                    ? 0
                    : actions.filter { $0.eligibleSources.first == index }
                        .map { $0.costs[year] }.max() ?? 0
                return max(budget, committed + largest)
            }
        }
        return result
    }

    /// Floors of `minShare × key share × shared budget`, capped at half of what a municipality's
    /// actions could take of the shared money (the planner caps at all of it).
    private static func fairness(_ problem: PlanningProblem, random: inout SplitMix) -> PlanningProblem.Fairness {
        let values = problem.municipalities.map { _ in Double(random.int(1...9)) }
        let total = values.reduce(0, +)
        let minShare = Double(random.int(2...4)) / 10
        let shared = problem.sources.indices.filter { problem.sources[$0].sharedByKey }
        let floors = problem.municipalities.indices.map { municipality in
            problem.years.indices.map { year in
                var absorbable = 0.0
                for action in problem.actions where action.fixed != .never {
                    guard let place = action.municipalities.first(where: { $0.index == municipality }) else { continue }
                    let most = action.eligibleSources.filter(shared.contains)
                        .reduce(0) { $0 + problem.sources[$1].cap(of: action.costs[year]) }
                    absorbable += place.weight * Double(min(most, action.costs[year]))
                }
                let budget = Double(shared.reduce(0) { $0 + problem.sources[$1].budget[year] })
                // At most half of what its actions could take, so that most problems keep a plan.
                return (min(minShare * values[municipality] / total * budget, absorbable / 2) + 1e-6).rounded(.down)
            }
        }
        return PlanningProblem.Fairness(
            indicator: "key", minShare: minShare, keyShares: values.map { $0 / total }, floors: floors)
    }

    /// A random problem with allocation-key floors and no `requires` or `excludes`, so that its
    /// municipalities split into parts of their own, with its split.
    static func untiedSplit(seed: UInt64) -> (PlanningProblem, DecomposedSearch) {
        var problem = problem(.init(municipalities: 5, actions: 30, years: 2, key: true), seed: seed)
        for index in problem.actions.indices {
            problem.actions[index].requires = []
            problem.actions[index].excludes = []
        }
        return (problem, DecomposedSearch(problem: problem, nodeLimit: 50))
    }
}

extension FundingSolver {
    /// A solver for the tests of the search itself: its payments are tidied by the quick passes
    /// only. The search for the fewest payments changes no funded action and no score, took most of
    /// each solve in a debug build, and has tests of its own (`PaymentTidyingTests`).
    static var quickPayments: FundingSolver {
        var solver = FundingSolver()
        solver.limits.paymentNodes = 0
        return solver
    }
}
