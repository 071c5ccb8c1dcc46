import Foundation

/// Branch and bound on the linear relaxation (`PlanningModel`), solved by the dual simplex.
///
/// Depth first: each node fixes one more fractional decision, the branch to fund it first, and
/// starts from its parent's optimal basis, which stays dual feasible, so a node usually costs a
/// few pivots. A node whose relaxation, rounded down to whole ten-thousandths of a point, does not
/// beat the best plan is cut off. When the search ends within its node limit, the best plan is
/// proven optimal; otherwise the bound is the largest bound of the nodes still open.
struct LPBranchAndBound {
    struct Outcome {
        var funded: [Bool]?
        /// Whole-euro payment per share of the model.
        var amounts: [Int]
        var objective: Int
        var bound: Int
        var proven: Bool
        var nodes: Int
        /// The root relaxation's value of one more euro per source and year, in points.
        var prices: [[Double]]
        /// The search proved that no plan keeps the commitments, rules and floors.
        var infeasible: Bool
        /// The commitments can be paid, but not together with these floors.
        var blockingFloors: [Infeasibility.Floor]
        /// When asked for (`records`) and the search proved its plan optimal: what it proved.
        var proof: SearchProof?
        /// When resuming: what this search adds to the proof it resumed.
        var lessons = SearchProof.Lessons()
    }

    let problem: PlanningProblem
    let model: PlanningModel
    var nodeLimit: Int
    /// Asks the search to end at its next node, as at the node limit.
    var stop: SearchStop?
    /// Whether a proof that no plan exists looks for the floors that cause it.
    var explains = true
    /// Whether a proven search returns its proof, for re-planning with other scores.
    var records = false
    /// When recording: how far below the best plan, as a share of its value, a region must be
    /// bounded to be closed (`Run.cutoff`). Regions bounded within the margin are searched on, so
    /// the proof's leaves keep their bounds below the optimum when re-plans shift the scores.
    var proofMargin = 0.0
    /// Whether a search resumed from a proof solves the root relaxation again, for the budgets'
    /// prices (`Outcome.prices`). Without, the proof's leaves alone bound the search.
    var pricesBudgets = true
    /// When recording: whether the bases of the regions the search closes are factorised on the
    /// other core meanwhile (`LeafFactorizer`), for re-plans that will return to most of them.
    var factorizesLeaves = false
    /// Whether the root adds cutting planes before branching (`cutRoot`).
    var cuts = true
    /// Rows from which the root's cuts include Gomory cuts. On the small regional models they
    /// changed the trees without making them smaller (Haaglanden's grew from 260 to 337 nodes,
    /// four generated agendas of 45 actions went either way); from a few hundred rows up they
    /// shrink them several times over (`docs/planner.md`).
    var gomoryRows = FundingSolver.Limits().gomoryRows
    /// The search ends once the best plan is proven within this share of the bound (0: proven
    /// optimal). Nodes bounded within it are left unsearched, and their bounds stay the search's.
    var relativeGap = 0.0
    /// Nodes that neighbourhood searches around the best plan may take after a search that ended
    /// within `relativeGap` (`polish`); 0 leaves the plan as the search found it.
    var polishNodes = 0
    /// The cuts every node's relaxation carries, as rows after the model's own: the root's, or
    /// those of the proof a search resumes.
    private(set) var cutRows: [Cut] = []
    /// The relaxation every node solves: the model's program with `cutRows`.
    private(set) var relaxation: LinearProgram

    init(problem: PlanningProblem, nodeLimit: Int) {
        self.problem = problem
        self.model = PlanningModel(problem: problem)
        self.nodeLimit = nodeLimit
        relaxation = model.lp
    }

    /// Makes `cuts` the rows the relaxation carries after the model's own.
    mutating func install(_ cuts: [Cut]) {
        cutRows = cuts
        relaxation = model.lp.adding(cuts)
    }

    /// Whether the relaxation of this problem has at most `maxRows` rows.
    static func fits(_ problem: PlanningProblem, maxRows: Int = 1_600) -> Bool {
        var rows = 0
        for action in problem.actions {
            rows += action.costYears.count + action.requires.count + action.excludes.count
        }
        rows += problem.sources.count * problem.years.count
        rows += problem.fairness == nil ? 0 : problem.municipalities.count * problem.years.count
        return rows <= maxRows
    }

    struct Node {
        /// Decisions fixed below the root: action and value.
        var fixes: [(action: Int, value: Bool)]
        var basis: DualSimplex.Basis
        var bound: Int
        /// The node whose solved state this one starts from (its parent).
        var parent: Int
        /// When recording: the certificate of `bound`, and its basis.
        var evidence: SearchProof.Evidence?
        /// When resuming: the earlier proof's leaf this node searches again.
        var leaf: Int?
    }

    /// The search's moving parts: the simplex and the decisions its bounds currently fix.
    struct State {
        var simplex: DualSimplex
        /// `[action]` → -1 free, 0 or 1 fixed.
        var fixed: [Int8]
        let model: PlanningModel

        /// Sets the decision bounds to exactly `wanted`.
        mutating func fix(_ wanted: [Int8]) {
            var changes: [(column: Int, lower: Double, upper: Double)] = []
            for action in wanted.indices where wanted[action] != fixed[action] {
                let column = model.decision[action]
                switch wanted[action] {
                case 1: changes.append((column, 1, 1))
                case 0: changes.append((column, 0, 0))
                default: changes.append((column, model.lp.columnLower[column], model.lp.columnUpper[column]))
                }
            }
            simplex.setBounds(changes)
            fixed = wanted
        }

        func decision(_ action: Int) -> Double { simplex.value(model.decision[action]) }
    }

    var pivotLimit: Int { 50 * (relaxation.rowCount + 100) }

    /// The root's fixings: `[action]` → -1 free, 0 or 1 (never and must-fund actions).
    var rootFixed: [Int8] {
        model.decision.map { column in
            model.lp.columnLower[column] == model.lp.columnUpper[column] ? Int8(model.lp.columnLower[column]) : -1
        }
    }

    /// Searches for the best plan. With `resuming`, the proof of an earlier search of the same rows
    /// and bounds (only the scores differ): its plans are the first candidates, and only its
    /// leaves whose bound, re-evaluated for these scores, beats the best of them are searched again.
    /// Its cuts are the relaxation's, since its bases and certificates refer to them; a fresh search
    /// finds its own at the root when `cuts` is on.
    func run(progress: ((SearchProgress) -> Void)? = nil, resuming earlier: SearchProof? = nil) -> Outcome {
        var searching = self
        searching.install(earlier?.cuts ?? [])
        var state = State(simplex: DualSimplex(searching.relaxation), fixed: rootFixed, model: model)
        var outcome = Outcome(
            funded: nil, amounts: [], objective: 0, bound: 0, proven: false, nodes: 0,
            prices: problem.zeroPrices, infeasible: false, blockingFloors: [])
        // Without the budgets' prices a re-plan skips the root: the earlier proof's leaves cover
        // every plan, so they bound the search by themselves.
        let solvesRoot = earlier == nil || pricesBudgets
        if solvesRoot {
            if let earlier {
                restore(&state.simplex, earlier.rootBasis, leaf: FactorizationCache.root, cache: earlier.factorizations)
            }
            guard state.simplex.solve() == .optimal else {
                outcome.infeasible = true
                outcome.blockingFloors = blockingFloors()
                return outcome
            }
            outcome.prices = model.budgetPrices(duals: state.simplex.rowDuals())
            if cuts && earlier == nil { searching.cutRoot(&state) }
        }
        var search = Run(
            searching, root: state, solved: solvesRoot, outcome: outcome, earlier: earlier, progress: progress)
        if solvesRoot { progress?(.rootBound(search.rootBound)) }
        if earlier != nil { search.reopenEarlierLeaves() } else { search.startFromTheRoot() }
        while let node = search.next() {
            guard search.admits(node), let solved = search.solve(node) else { continue }
            search.branch(node, solved)
        }
        search.polish()
        return search.finish()
    }

    /// Returns to an earlier search's basis (of the root or a leaf) with its inverse when a re-plan
    /// has computed it before, and keeps the inverse for the next re-plan otherwise.
    ///
    /// That basis was optimal for the earlier scores. For these it may not be dual feasible, and a
    /// dual simplex started there would stop at a plan's value instead of a bound: then its one-sided
    /// rows get the finite bounds their activity never passes, which makes it dual feasible.
    func restore(_ simplex: inout DualSimplex, _ basis: DualSimplex.Basis, leaf: Int, cache: FactorizationCache) {
        if let factorization = cache[leaf] {
            simplex.restore(basis, from: factorization)
        } else {
            simplex.restore(basis)
            if let factorization = simplex.freshFactorization { cache.store(factorization, for: leaf) }
        }
        if !simplex.isDualFeasible { simplex.makeDualFeasible() }
    }

    /// A relaxation's value (in points) as a bound in whole ten-thousandths. Every plan's objective
    /// is a whole number of ten-thousandths (a sum of scores), so no plan below a relaxation of
    /// value `v` beats `⌊v⌋`: rounding down, after room for the simplex's rounding error, is a
    /// valid bound, and it lets a node whose relaxation only ties the best plan be cut off.
    ///
    /// A dual simplex stopped at its pivot limit on a relaxation with no solution can report an
    /// objective that has run off towards infinity: such a value bounds nothing from above when it
    /// is huge or not a number, and cuts the node off when it is hugely negative.
    static func certified(_ points: Double) -> Int {
        let value = points * 10_000
        guard value.isFinite else { return value == -.infinity ? Int.min / 4 : Int.max / 4 }
        let rounded = (value + 1e-7 * max(1, abs(value))).rounded(.down)
        return Int(min(max(rounded, Double(Int.min / 4)), Double(Int.max / 4)))
    }

    /// Once the search has proven that no plan exists: when plans exist without the allocation
    /// key, a smallest set of floors that no plan meets together (a deletion filter: a floor is left
    /// out when the others still leave no plan). Empty when even without floors there is no plan.
    func blockingFloors() -> [Infeasibility.Floor] {
        guard var fairness = problem.fairness, explains else { return [] }
        let original = fairness.floors
        let all = model.floorRows.map { ($0.municipality, $0.year) }
        func noPlan(keeping kept: [(Int, Int)]) -> Bool {
            var floors = original.map { $0.map { _ in 0.0 } }
            for (municipality, year) in kept { floors[municipality][year] = original[municipality][year] }
            fairness.floors = floors
            var reduced = problem
            reduced.fairness = fairness
            var search = LPBranchAndBound(problem: reduced, nodeLimit: nodeLimit)
            search.explains = false
            search.gomoryRows = gomoryRows
            let outcome = search.run()
            return outcome.funded == nil && outcome.infeasible
        }
        guard !noPlan(keeping: []) else { return [] }
        var kept = all
        for floor in all where kept.count > 1 {
            let without = kept.filter { $0 != floor }
            if noPlan(keeping: without) { kept = without }
        }
        return kept.map { Infeasibility.Floor(municipality: $0.0, year: $0.1, amount: original[$0.0][$0.1]) }
    }
}
