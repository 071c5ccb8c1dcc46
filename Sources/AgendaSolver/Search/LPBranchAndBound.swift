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
    /// Whether a proof that no plan exists looks for the floors that cause it.
    var explains = true
    /// Whether a proven search returns its proof, for re-planning with other scores.
    var records = false

    init(problem: PlanningProblem, nodeLimit: Int) {
        self.problem = problem
        self.model = PlanningModel(problem: problem)
        self.nodeLimit = nodeLimit
    }

    /// Whether the dense basis inverse stays small enough for this problem.
    static func fits(_ problem: PlanningProblem, maxRows: Int = 1_600) -> Bool {
        var rows = 0
        for action in problem.actions {
            rows += action.costYears.count + action.requires.count + action.excludes.count
        }
        rows += problem.sources.count * problem.years.count
        rows += problem.fairness == nil ? 0 : problem.municipalities.count * problem.years.count
        return rows <= maxRows
    }

    private struct Node {
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
    private struct State {
        var simplex: DualSimplex
        /// `[action]` → -1 free, 0 or 1 fixed.
        var fixed: [Int8]
        let model: PlanningModel

        /// Sets the decision bounds to exactly `wanted`.
        mutating func fix(_ wanted: [Int8]) {
            for action in wanted.indices where wanted[action] != fixed[action] {
                let column = model.decision[action]
                switch wanted[action] {
                case 1: simplex.setBounds(column, lower: 1, upper: 1)
                case 0: simplex.setBounds(column, lower: 0, upper: 0)
                default: simplex.setBounds(column, lower: model.lp.columnLower[column], upper: model.lp.columnUpper[column])
                }
            }
            fixed = wanted
        }

        func decision(_ action: Int) -> Double { simplex.value(model.decision[action]) }
    }

    private var pivotLimit: Int { 50 * (model.lp.rowCount + 100) }

    /// The root's fixings: `[action]` → -1 free, 0 or 1 (never and must-fund actions).
    var rootFixed: [Int8] {
        model.decision.map { column in
            model.lp.columnLower[column] == model.lp.columnUpper[column] ? Int8(model.lp.columnLower[column]) : -1
        }
    }

    /// Searches for the best plan. With `resuming`, the proof of an earlier search of the same rows
    /// and bounds (only the scores differ): its plans are the first candidates, and only its
    /// leaves whose bound, re-evaluated for these scores, beats the best of them are searched again.
    func run(progress: ((SearchProgress) -> Void)? = nil, resuming earlier: SearchProof? = nil) -> Outcome {
        var state = State(simplex: DualSimplex(model.lp), fixed: [], model: model)
        let count = problem.actions.count
        state.fixed = rootFixed
        let empty = Array(repeating: Array(repeating: 0.0, count: problem.years.count), count: problem.sources.count)
        var outcome = Outcome(funded: nil, amounts: [], objective: 0, bound: 0, proven: false, nodes: 0, prices: empty,
                              infeasible: false, blockingFloors: [])
        if let earlier { restore(&state.simplex, earlier.rootBasis, leaf: FactorizationCache.root, cache: earlier.factorizations) }
        guard state.simplex.solve() == .optimal else {
            outcome.infeasible = true
            outcome.blockingFloors = blockingFloors()
            return outcome
        }
        outcome.prices = model.budgetPrices(duals: state.simplex.rowDuals())
        let rootBound = Self.certified(-state.simplex.objective)
        progress?(.rootBound(rootBound))
        let scores = problem.actions.map(\.score)

        var proof = records ? SearchProof(rootBasis: state.simplex.basis) : nil
        /// When recording: a region the search closes, with what bounds it (`holdsPlans` false: it
        /// holds no plan).
        func close(_ fixes: [(action: Int, value: Bool)], _ evidence: SearchProof.Evidence?, holdsPlans: Bool = true) {
            guard records else { return }
            assert(Set(fixes.map(\.action)).count == fixes.count, "a region fixes each decision once")
            proof?.leaves.append(SearchProof.Leaf(fixes: fixes.map { SearchProof.Fix(action: $0.action, value: $0.value) },
                                                  certificates: evidence.map { [$0.certificate] } ?? [],
                                                  basis: evidence?.basis, holdsPlans: holdsPlans))
        }
        func evidence(_ simplex: DualSimplex) -> SearchProof.Evidence? {
            records ? SearchProof.evidence(of: simplex, model: model) : nil
        }

        let rounding = IntegralPayments(problem: problem, model: model)
        var best: (funded: [Bool], amounts: [Int], objective: Int)?
        /// Accepts the current basic solution as a plan when its decisions are whole.
        func offer(_ state: State) -> Bool {
            let funded = (0..<count).map { state.decision($0) > 0.5 }
            let objective = (0..<count).reduce(0) { $0 + (funded[$1] ? scores[$1] : 0) }
            guard objective > (best?.objective ?? Int.min) else { return true }
            let fractional = model.shares.map { share in
                state.simplex.value(share.column) * Double(problem.actions[share.action].costs[share.year])
            }
            guard let amounts = rounding.payments(funded: funded, fractional: fractional) else { return false }
            best = (funded, amounts, objective)
            proof?.plans.append(SearchProof.FoundPlan(funded: funded, amounts: amounts))
            if earlier != nil { outcome.lessons.plans.append(SearchProof.FoundPlan(funded: funded, amounts: amounts)) }
            progress?(.plan(objective: objective, nodes: nil))
            return true
        }

        var open: [Node] = []
        if let earlier {
            // The earlier plans hold with any scores; the best of them for these scores comes first.
            for plan in earlier.plans {
                let objective = (0..<count).reduce(0) { $0 + (plan.funded[$1] ? scores[$1] : 0) }
                if objective > (best?.objective ?? Int.min) { best = (plan.funded, plan.amounts, objective) }
            }
            let incumbent = best?.objective ?? Int.min
            if rootBound > incumbent {
                let fixed = rootFixed
                for (index, leaf) in earlier.leaves.enumerated() {
                    guard let value = SearchProof.bound(of: leaf, scores: scores, fixed: fixed,
                                                        prunes: { Self.certified($0) <= incumbent }) else { continue }
                    let bound = Self.certified(value)
                    guard bound > incumbent else { continue }
                    open.append(Node(fixes: leaf.fixes.map { ($0.action, $0.value) }, basis: leaf.basis ?? earlier.rootBasis,
                                     bound: min(bound, rootBound), parent: -1, leaf: index))
                }
            }
        } else {
            // A first plan by diving from the root.
            var diver = state
            dive(&diver, offer: offer)
            open = [Node(fixes: [], basis: state.simplex.basis, bound: rootBound, parent: -1, evidence: evidence(state.simplex))]
        }
        var unresolved: [Int] = []
        var lastSolved = 0
        var nodes = 0
        let started = Date()
        var lastReport = started
        var next: Node?
        var pseudoCosts = PseudoCosts(count: count)

        while true {
            // Plunge into the chosen child, else take the open node with the highest bound.
            let node: Node
            if let child = next {
                node = child
                next = nil
            } else {
                guard let index = open.indices.max(by: { open[$0].bound < open[$1].bound }) else { break }
                node = open.remove(at: index)
            }
            let incumbent = best?.objective ?? Int.min
            guard node.bound > incumbent else {
                close(node.fixes, node.evidence)
                continue
            }
            if nodes >= nodeLimit {
                unresolved.append(node.bound)
                unresolved.append(contentsOf: open.map(\.bound))
                open.removeAll()
                break
            }
            nodes += 1
            let serial = nodes
            var wanted = state.fixed
            for fix in node.fixes { wanted[fix.action] = fix.value ? 1 : 0 }
            if node.parent != lastSolved {
                // Back to the root's fixings plus this node's, from its parent's basis.
                wanted = rootFixed
                for fix in node.fixes { wanted[fix.action] = fix.value ? 1 : 0 }
                state.fix(wanted)
                if let leaf = node.leaf, let cache = earlier?.factorizations {
                    restore(&state.simplex, node.basis, leaf: leaf, cache: cache)
                } else {
                    state.simplex.restore(node.basis)
                }
            } else {
                state.fix(wanted)
            }
            lastSolved = serial
            let incumbentNow = best?.objective
            let status = state.simplex.solve(limit: pivotLimit, cutOff: incumbentNow.map { value in { Self.certified(-$0) <= value } })
            if let leaf = node.leaf {
                // An earlier leaf searched again: its prices for these scores bound it for others.
                outcome.lessons.certificates.append((leaf, status == .infeasible ? nil : SearchProof.certificate(of: state.simplex, model: model)))
            }
            if status == .infeasible {
                close(node.fixes, nil, holdsPlans: false)
                continue
            }
            // At the pivot limit the basis is still dual feasible, so its objective still bounds the node.
            let relaxation = Self.certified(-state.simplex.objective)
            let bound = min(node.bound, relaxation)
            let own = evidence(state.simplex)
            guard bound > (best?.objective ?? Int.min) else {
                close(node.fixes, relaxation <= node.bound ? own : node.evidence)
                continue
            }

            let candidates = (0..<count).filter { action in
                guard state.fixed[action] < 0 else { return false }
                let v = state.decision(action)
                return min(v, 1 - v) > 1e-6
            }
            if candidates.isEmpty {
                // Whole-numbered decisions: the node's relaxation is a plan, once paid in whole euros.
                if status != .optimal || !offer(state) { unresolved.append(bound) }
                close(node.fixes, own)
                continue
            }
            let value = -state.simplex.objective
            guard let choice = branching(state, value: value, candidates: candidates, incumbent: best?.objective,
                                         pseudoCosts: &pseudoCosts) else {
                // No candidate was judged (never with candidates): the node stays unresolved.
                unresolved.append(bound)
                continue
            }
            let pick = choice.action
            let floorValue = best?.objective ?? Int.min
            if choice.downBound <= floorValue && choice.upBound <= floorValue {
                // Strong branching cut off both children, and so the node.
                close(node.fixes + [(pick, false)], choice.downEvidence, holdsPlans: choice.downBound != Int.min)
                close(node.fixes + [(pick, true)], choice.upEvidence, holdsPlans: choice.upBound != Int.min)
                continue
            }
            if nodes % 50 == 1 {
                var probe = state
                dive(&probe, offer: offer)
            }
            // Reduced-cost fixing: a decision at a bound whose reduced cost exceeds the gap to the best
            // plan keeps that value below this node.
            var fixes = node.fixes
            if let incumbent = best?.objective {
                let gap = (-state.simplex.objective) - Double(incumbent) / 10_000
                for action in 0..<count where state.fixed[action] < 0 {
                    let column = model.decision[action]
                    let reduced = state.simplex.reducedCost(column)
                    let v = state.decision(action)
                    var fixedTo: Bool?
                    if v < 1e-9 && reduced > gap + 1e-9 { fixedTo = false }
                    if v > 1 - 1e-9 && -reduced > gap + 1e-9 { fixedTo = true }
                    guard let fixedTo else { continue }
                    fixes.append((action, fixedTo))
                    // The other value is a region this node's relaxation closes.
                    close(node.fixes + [(action, !fixedTo)], own)
                }
            }
            let basis = state.simplex.basis
            // The more promising child first; a child the strong branching cut off is not made.
            let up = choice.upBound >= choice.downBound
            var children: [Node] = []
            for side in [up, !up] {
                let childBound = side ? choice.upBound : choice.downBound
                // A side strong branching solved carries that solve's certificate (nil: no plan there).
                let childEvidence = childBound == Int.max ? own : (side ? choice.upEvidence : choice.downEvidence)
                guard childBound > floorValue else {
                    close(fixes + [(pick, side)], childEvidence, holdsPlans: childBound != Int.min)
                    continue
                }
                children.append(Node(fixes: fixes + [(pick, side)], basis: basis, bound: min(bound, childBound),
                                     parent: serial, evidence: childBound < bound ? childEvidence : own))
            }
            if let first = children.first { next = first }
            if children.count > 1 { open.append(children[1]) }
            if let progress, Date().timeIntervalSince(lastReport) >= 1 {
                lastReport = Date()
                let openBound = max(bound, open.map(\.bound).max() ?? bound)
                progress(.searching(nodes: nodes, best: best?.objective, bound: openBound))
            }
        }

        guard let best else {
            // Every node was cut off or infeasible without a plan: within the limit this proves the
            // commitments cannot all be met.
            if unresolved.isEmpty {
                outcome.infeasible = true
                outcome.blockingFloors = blockingFloors()
            }
            outcome.nodes = nodes
            outcome.bound = unresolved.max() ?? 0
            return outcome
        }
        let bound = max(best.objective, unresolved.max() ?? best.objective)
        outcome.funded = best.funded
        outcome.amounts = best.amounts
        outcome.objective = best.objective
        outcome.bound = bound
        outcome.proven = bound == best.objective
        outcome.nodes = nodes
        if outcome.proven { outcome.proof = proof }
        return outcome
    }

    /// Returns to an earlier leaf's basis with its inverse when a re-plan has computed it before,
    /// and keeps the inverse for the next re-plan otherwise.
    private func restore(_ simplex: inout DualSimplex, _ basis: DualSimplex.Basis, leaf: Int, cache: FactorizationCache) {
        if let factorization = cache[leaf] {
            simplex.restore(basis, from: factorization)
        } else {
            simplex.restore(basis)
            if let factorization = simplex.freshFactorization { cache.store(factorization, for: leaf) }
        }
    }

    /// Average loss of the relaxation per unit of a decision moved down (to 0) and up (to 1),
    /// learnt from strong branching.
    struct PseudoCosts {
        var down: [Double]
        var downCount: [Int]
        var up: [Double]
        var upCount: [Int]

        init(count: Int) {
            down = Array(repeating: 0, count: count)
            downCount = Array(repeating: 0, count: count)
            up = Array(repeating: 0, count: count)
            upCount = Array(repeating: 0, count: count)
        }

        func reliable(_ action: Int) -> Bool { min(downCount[action], upCount[action]) >= 2 }
    }

    struct Branching {
        var action: Int
        /// Bounds of the two children (`Int.min` for one shown infeasible, `Int.max` when not solved).
        var downBound: Int
        var upBound: Int
        /// When recording, what strong branching found out about the children it solved.
        var downEvidence: SearchProof.Evidence?
        var upEvidence: SearchProof.Evidence?
    }

    /// Reliability branching: decisions whose pseudo-costs are not yet reliable are tried both ways
    /// (strong branching, a few pivots each); the others are judged by their pseudo-costs. The
    /// decision with the largest product of the two children's losses is chosen. A decision
    /// whose children strong branching cut off is chosen at once: one cut-off child is not made,
    /// and two cut off the node.
    private func branching(_ state: State, value: Double, candidates: [Int], incumbent: Int?,
                           pseudoCosts: inout PseudoCosts) -> Branching? {
        let floorValue = incumbent ?? Int.min
        var best: (score: Double, choice: Branching)?
        // Strong branching on the unreliable candidates with the largest scores first, at most 8 per node.
        let ordered = candidates.sorted {
            let a = problem.actions[$0].score, b = problem.actions[$1].score
            return a != b ? a > b : $0 < $1
        }
        var strong = 0
        for action in ordered {
            let v = state.decision(action)
            var downLoss: Double
            var upLoss: Double
            var downBound = Int.max
            var upBound = Int.max
            var evidence: [SearchProof.Evidence?] = [nil, nil]
            if !pseudoCosts.reliable(action) && strong < 8 {
                strong += 1
                var losses = [Double.infinity, Double.infinity]
                for (side, fixTo) in [Int8(0), Int8(1)].enumerated() {
                    var trial = state
                    var wanted = trial.fixed
                    wanted[action] = fixTo
                    trial.fix(wanted)
                    let status = trial.simplex.solve(limit: 60, cutOff: incumbent.map { value in { Self.certified(-$0) <= value } })
                    guard status != .infeasible else { continue }
                    let childValue = -trial.simplex.objective
                    losses[side] = max(0, value - childValue)
                    let childBound = Self.certified(childValue)
                    if side == 0 { downBound = childBound } else { upBound = childBound }
                    if records { evidence[side] = SearchProof.evidence(of: trial.simplex, model: model) }
                }
                if losses[0].isFinite {
                    pseudoCosts.down[action] += losses[0] / v
                    pseudoCosts.downCount[action] += 1
                } else { downBound = Int.min }
                if losses[1].isFinite {
                    pseudoCosts.up[action] += losses[1] / (1 - v)
                    pseudoCosts.upCount[action] += 1
                } else { upBound = Int.min }
                downLoss = losses[0].isFinite ? losses[0] : 1e9
                upLoss = losses[1].isFinite ? losses[1] : 1e9
                if downBound <= floorValue || upBound <= floorValue {
                    // A side is cut off: branch here, with one child (or none).
                    return Branching(action: action, downBound: downBound, upBound: upBound,
                                     downEvidence: evidence[0], upEvidence: evidence[1])
                }
            } else {
                let down = pseudoCosts.downCount[action] > 0 ? pseudoCosts.down[action] / Double(pseudoCosts.downCount[action]) : 1e-3
                let up = pseudoCosts.upCount[action] > 0 ? pseudoCosts.up[action] / Double(pseudoCosts.upCount[action]) : 1e-3
                downLoss = down * v
                upLoss = up * (1 - v)
            }
            let score = max(downLoss, 1e-6) * max(upLoss, 1e-6)
            if best == nil || score > best!.score {
                best = (score, Branching(action: action, downBound: downBound, upBound: upBound,
                                         downEvidence: evidence[0], upEvidence: evidence[1]))
            }
        }
        return best?.choice
    }

    /// A diving heuristic: fix the decisions the relaxation already makes whole, then the largest
    /// fractional one to 1 (or 0 when 1 leaves no room), and solve again, until the decisions are
    /// whole. Cheap, because every step starts from the last basis.
    private func dive(_ state: inout State, offer: (State) -> Bool) {
        for _ in 0..<(problem.actions.count + 1) {
            guard state.simplex.solve(limit: pivotLimit) == .optimal else { return }
            var wanted = state.fixed
            var pick = -1
            var largest = -1.0
            for action in wanted.indices where wanted[action] < 0 {
                let v = state.decision(action)
                if v > 1 - 1e-6 { wanted[action] = 1 } else if v < 1e-6 { wanted[action] = 0 } else if v > largest { largest = v; pick = action }
            }
            guard pick >= 0 else { _ = offer(state); return }
            wanted[pick] = 1
            var trial = state
            trial.fix(wanted)
            if trial.simplex.solve(limit: pivotLimit) == .optimal {
                state = trial
            } else {
                wanted[pick] = 0
                state.fix(wanted)
            }
        }
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
    private func blockingFloors() -> [Infeasibility.Floor] {
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
