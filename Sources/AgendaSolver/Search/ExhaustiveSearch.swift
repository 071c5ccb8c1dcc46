/// Every plan of a small problem, tried one by one: the reference the searches are checked
/// against in the tests. The work doubles with every action, so it takes at most `maxActions`.
public enum ExhaustiveSearch {
    /// The most actions a problem may have.
    public static let maxActions = 16

    /// Every set of actions (indices, ascending) that keeps the fixed decisions, `requires` and
    /// `excludes`, whatever the money.
    public static func validSets(_ problem: PlanningProblem) -> [[Int]] {
        let count = problem.actions.count
        precondition(count <= maxActions, "exhaustive search takes at most \(maxActions) actions")
        var sets: [[Int]] = []
        for mask in 0..<(1 << count) where keepsTheRules(mask, problem) {
            sets.append((0..<count).filter { mask & (1 << $0) != 0 })
        }
        return sets
    }

    /// The objective of a set of actions.
    public static func objective(_ set: [Int], _ problem: PlanningProblem) -> Int {
        set.reduce(0) { $0 + problem.actions[$1].score }
    }

    /// The best objective of a valid set whose costs the sources can pay in whole euros within
    /// their budgets, shares and carry-over (a maximum flow), leaving the allocation key's floors
    /// out; nil when no valid set can be paid.
    public static func bestWithoutFloors(_ problem: PlanningProblem) -> Int? {
        var best: Int?
        for set in validSets(problem) {
            let value = objective(set, problem)
            if let known = best, value <= known { continue }
            guard paysWithoutFloors(set, problem) else { continue }
            best = value
        }
        return best
    }

    /// The best objective of a valid set that the relaxation can pay with the floors as well (the
    /// decisions fixed to the set, every payment free); nil when none can be paid. Sets are tried
    /// best first, and the maximum flow, which the floors only narrow, screens them.
    public static func best(_ problem: PlanningProblem) -> Int? {
        let model = PlanningModel(problem: problem)
        let sets = validSets(problem).map { (set: $0, objective: objective($0, problem)) }.sorted {
            $0.objective > $1.objective
        }
        for candidate in sets where paysWithoutFloors(candidate.set, problem) {
            if relaxationPays(candidate.set, model: model) { return candidate.objective }
        }
        return nil
    }

    /// Whether the sources can pay `set` in whole euros, leaving the floors out.
    public static func paysWithoutFloors(_ set: [Int], _ problem: PlanningProblem) -> Bool {
        var state = PaymentState(problem: problem)
        return set.isEmpty || state.fund(set) != nil
    }

    /// Whether the relaxation, with every decision fixed to `set` and no objective, is feasible.
    static func relaxationPays(_ set: [Int], model: PlanningModel) -> Bool {
        var lp = program(funding: set, model: model)
        lp.cost = Array(repeating: 0, count: lp.columnCount)
        var simplex = DualSimplex(lp)
        return simplex.solve() == .optimal
    }

    /// The model's programme with every decision fixed: 1 for the actions in `set`, 0 for the rest.
    static func program(funding set: [Int], model: PlanningModel) -> LinearProgram {
        var lp = model.lp
        let chosen = Set(set)
        for (action, column) in model.decision.enumerated() {
            let value: Double = chosen.contains(action) ? 1 : 0
            lp.columnLower[column] = value
            lp.columnUpper[column] = value
        }
        return lp
    }

    /// Whether the actions of `mask` keep the fixed decisions, `requires` and `excludes`.
    private static func keepsTheRules(_ mask: Int, _ problem: PlanningProblem) -> Bool {
        for (index, action) in problem.actions.enumerated() {
            let inSet = mask & (1 << index) != 0
            switch action.fixed {
            case .mustFund where !inSet, .never where inSet: return false
            default: break
            }
            if inSet && action.requires.contains(where: { mask & (1 << $0) == 0 }) { return false }
            if inSet && action.excludes.contains(where: { $0 != index && mask & (1 << $0) != 0 }) { return false }
        }
        return true
    }
}
