import Foundation

extension LPBranchAndBound {
    /// A node after its relaxation is solved: how it ended, what it bounds, and the certificate
    /// of that bound when recording.
    struct SolvedNode {
        var status: DualSimplex.Status
        var bound: Int
        var evidence: SearchProof.Evidence?
    }

    /// One run of the search, stage by stage: where it starts (`startFromTheRoot`,
    /// `reopenEarlierLeaves`), which node comes next (`next`, `admits`), the node's relaxation
    /// (`solve`), how it branches (`branch`), and what it proved (`finish`).
    struct Run {
        let search: LPBranchAndBound
        let earlier: SearchProof?
        let progress: ((SearchProgress) -> Void)?
        let scores: [Int]
        let rounding: IntegralPayments
        let rootBound: Int
        var state: State
        var outcome: Outcome
        var proof: SearchProof?
        /// When recording with `factorizesLeaves`: factorises the closed regions' bases meanwhile.
        let factorizer: LeafFactorizer?
        var best: (funded: [Bool], amounts: [Int], objective: Int)?
        var open: [Node] = []
        /// The child to plunge into next, before the open node with the highest bound.
        var plunge: Node?
        /// Bounds of nodes left unresolved (by the node limit, or without a plan in whole euros).
        var unresolved: [Int] = []
        var lastSolved = 0
        var nodes = 0
        var pseudoCosts: PseudoCosts
        var lastReport = Date()
        /// The best plan's value when RINS last searched around it.
        var neighbourhoodOf = Int.min
        /// The root relaxation, solved, when the search polishes its plan at the end.
        let rootState: State?

        /// The run, its root relaxation solved in `root` (`solved`; otherwise, when resuming
        /// without the budgets' prices, the root bounds nothing).
        init(
            _ search: LPBranchAndBound, root: State, solved: Bool = true, outcome: Outcome, earlier: SearchProof?,
            progress: ((SearchProgress) -> Void)?
        ) {
            self.search = search
            self.earlier = earlier
            self.progress = progress
            self.outcome = outcome
            state = root
            rootState = solved && search.polishNodes > 0 ? root : nil
            scores = search.problem.actions.map(\.score)
            rounding = IntegralPayments(problem: search.problem, model: search.model)
            rootBound = solved ? LPBranchAndBound.certified(-root.simplex.objective) : Int.max / 4
            proof =
                search.records
                ? SearchProof(
                    rootBasis: root.simplex.basis, cuts: search.cutRows, decisions: search.problem.actions.count) : nil
            pseudoCosts = PseudoCosts(count: search.problem.actions.count)
            factorizer =
                search.factorizesLeaves ? proof.flatMap { LeafFactorizer(root.simplex, into: $0.factorizations) } : nil
        }

        var incumbent: Int { best?.objective ?? Int.min }

        /// What a region's bound must beat to be searched: the best plan's value, less the proof's
        /// margin when recording (`proofMargin`). The margin holds for the first quarter of the
        /// node limit only, so that searching on for the proof never costs the plan its proof.
        var cutoff: Int {
            guard let best else { return Int.min }
            guard search.records, nodes < search.nodeLimit / 4 else { return best.objective }
            let margin = (search.proofMargin * Double(abs(best.objective))).rounded(.down)
            return best.objective - (Int(exactly: margin) ?? 0)
        }

        /// `cutoff` once there is a best plan; nil before, when nothing cuts a relaxation short.
        var cutoffOnceAPlan: Int? { best == nil ? nil : cutoff }

        /// How far above the best plan a node may be bounded and still be left unsearched, in
        /// ten-thousandths: the relative gap asked for, of the best plan's value.
        var tolerance: Int {
            guard let best, search.relativeGap > 0 else { return 0 }
            return Int(exactly: (search.relativeGap * Double(abs(best.objective))).rounded(.down)) ?? 0
        }

        // MARK: Start

        /// A fresh search: first plans by fix-and-propagate and by diving from the root, improved
        /// by RINS, then the root node.
        mutating func startFromTheRoot() {
            fixAndPropagate()
            dive(from: state)
            relaxationInducedNeighbourhood()
            neighbourhoodOf = incumbent
            open = [
                Node(
                    fixes: [], basis: state.simplex.basis, bound: rootBound, parent: -1,
                    evidence: evidence(state.simplex))
            ]
        }

        /// A search resumed from an earlier proof: the earlier plans hold with any scores, and the
        /// best of them for these scores comes first; only the leaves whose bound, re-evaluated for
        /// these scores, beats it are searched again. When this problem fixes actions the earlier
        /// one left free, only the plans and leaves that agree with those fixings count.
        mutating func reopenEarlierLeaves() {
            guard let earlier else { return }
            let count = search.problem.actions.count
            let fixed = search.rootFixed
            for plan in earlier.plans where Self.agrees(plan.funded, with: fixed) {
                let objective = (0..<count).reduce(0) { $0 + (plan.funded[$1] ? scores[$1] : 0) }
                if objective > incumbent { best = (plan.funded, plan.amounts, objective) }
            }
            let incumbent = self.incumbent
            guard rootBound > incumbent else { return }
            let costs = scores.map { -Double($0) / 10_000 }
            let reopened = earlier.reopened(costs: costs, fixed: fixed) {
                LPBranchAndBound.certified($0) <= incumbent
            }
            for (index, value) in reopened {
                let leaf = earlier.leaves[index]
                open.append(
                    Node(
                        fixes: earlier.fixes(of: index).map { ($0.action, $0.value) },
                        basis: leaf.basis ?? earlier.rootBasis,
                        bound: min(LPBranchAndBound.certified(value), rootBound), parent: -1, leaf: index))
            }
        }

        /// Whether a plan funds exactly the actions the root fixes to be funded, and none it rules out.
        private static func agrees(_ funded: [Bool], with fixed: [Int8]) -> Bool {
            fixed.indices.allSatisfy { fixed[$0] < 0 || (fixed[$0] == 1) == funded[$0] }
        }

        // MARK: Choosing the node

        /// The child to plunge into, else the open node with the highest bound; nil when none is left.
        mutating func next() -> Node? {
            if let child = plunge {
                plunge = nil
                return child
            }
            guard let index = open.indices.max(by: { open[$0].bound < open[$1].bound }) else { return nil }
            return open.remove(at: index)
        }

        /// Whether the node is still worth solving. A node that cannot beat the best plan is closed;
        /// at the node limit, it and every open node stay unresolved, and the search ends. A stop
        /// ends the search too, once it has a plan: a split agenda's parts need one each, or the
        /// interrupted search would have nothing to give.
        mutating func admits(_ node: Node) -> Bool {
            guard node.bound > cutoff else {
                close(node.fixes, node.evidence)
                return false
            }
            guard node.bound > cutoff + tolerance else {
                // Within the gap asked for: not searched, so its bound stays the search's bound.
                unresolved.append(node.bound)
                return false
            }
            guard nodes < search.nodeLimit, !(search.stop.isRequested && best != nil) else {
                unresolved.append(node.bound)
                unresolved.append(contentsOf: open.map(\.bound))
                open.removeAll()
                return false
            }
            return true
        }

        // MARK: The node's relaxation

        /// Solves the node's relaxation from its parent's basis (the current one when the parent was
        /// solved last). Nil when that closes the node: no plan there, or no better one.
        mutating func solve(_ node: Node) -> SolvedNode? {
            nodes += 1
            let serial = nodes
            var wanted = state.fixed
            for fix in node.fixes { wanted[fix.action] = fix.value ? 1 : 0 }
            if node.parent != lastSolved {
                // Back to the root's fixings plus this node's, from its parent's basis.
                wanted = search.rootFixed
                for fix in node.fixes { wanted[fix.action] = fix.value ? 1 : 0 }
                state.fix(wanted)
                if let leaf = node.leaf, let cache = earlier?.factorizations {
                    search.restore(&state.simplex, node.basis, leaf: leaf, cache: cache)
                } else {
                    state.simplex.restore(node.basis)
                }
            } else {
                state.fix(wanted)
            }
            lastSolved = serial
            let incumbentNow = cutoffOnceAPlan
            let status = state.simplex.solve(
                limit: search.pivotLimit,
                cutOff: incumbentNow.map { value in { LPBranchAndBound.certified(-$0) <= value } })
            if let leaf = node.leaf, let earlier {
                // An earlier leaf searched again: its prices for these scores bound it for others,
                // unless it holds all the certificates it may keep (`learn` would drop them).
                if status == .infeasible {
                    outcome.lessons.certificates.append((leaf, nil))
                } else if earlier.certificates.certificates(of: leaf).count < SearchProof.certificatesPerLeaf {
                    let certificate = SearchProof.certificate(
                        of: state.simplex, lp: search.relaxation, decision: search.model.decision)
                    outcome.lessons.certificates.append((leaf, certificate))
                }
            }
            if status == .infeasible {
                close(node.fixes, nil, holdsPlans: false)
                return nil
            }
            // At the pivot limit the basis is still dual feasible, so its objective still bounds the node.
            let relaxation = LPBranchAndBound.certified(-state.simplex.objective)
            let bound = min(node.bound, relaxation)
            let own = evidence(state.simplex)
            guard bound > cutoff else {
                close(node.fixes, relaxation <= node.bound ? own : node.evidence)
                return nil
            }
            return SolvedNode(status: status, bound: bound, evidence: own)
        }

        // MARK: Branching

        /// Takes a node whose decisions are whole as a plan, or branches on a fractional decision:
        /// the more promising child is plunged into next, the other waits among the open nodes.
        mutating func branch(_ node: Node, _ solved: SolvedNode) {
            let count = search.problem.actions.count
            let candidates = (0..<count).filter { action in
                guard state.fixed[action] < 0 else { return false }
                let v = state.decision(action)
                return min(v, 1 - v) > 1e-6
            }
            if candidates.isEmpty {
                // Whole-numbered decisions: the node's relaxation is a plan, once paid in whole euros.
                if solved.status != .optimal || !offer(state) { unresolved.append(solved.bound) }
                close(node.fixes, solved.evidence)
                return
            }
            let value = -state.simplex.objective
            guard
                let choice = search.branching(
                    state, value: value, candidates: candidates, incumbent: cutoffOnceAPlan,
                    pseudoCosts: &pseudoCosts)
            else {
                // No candidate was judged (never with candidates): the node stays unresolved.
                unresolved.append(solved.bound)
                return
            }
            // The best plan before this node's dive decides which children are made.
            let floor = cutoff
            if choice.downBound <= floor && choice.upBound <= floor {
                // Strong branching cut off both children, and so the node.
                close(
                    node.fixes + [(choice.action, false)], choice.downEvidence, holdsPlans: choice.downBound != Int.min)
                close(node.fixes + [(choice.action, true)], choice.upEvidence, holdsPlans: choice.upBound != Int.min)
                return
            }
            if nodes % 50 == 1 { dive(from: state) }
            if nodes % 200 == 0, incumbent > neighbourhoodOf {
                // A better plan since the last neighbourhood: RINS around it, at this node's relaxation.
                relaxationInducedNeighbourhood()
                neighbourhoodOf = incumbent
            }
            let fixes = node.fixes + reducedCostFixes(node, solved)
            makeChildren(choice, fixes: fixes, above: floor, solved)
            reportProgress(bound: solved.bound)
        }

        /// Reduced-cost fixing: a decision at a bound whose reduced cost exceeds the gap to the best
        /// plan keeps that value below this node. The other value is a region this node's
        /// relaxation closes.
        private mutating func reducedCostFixes(_ node: Node, _ solved: SolvedNode) -> [(action: Int, value: Bool)] {
            guard best != nil else { return [] }
            var fixes: [(action: Int, value: Bool)] = []
            let gap = (-state.simplex.objective) - Double(cutoff) / PlanningProblem.scoreScale
            for action in 0..<search.problem.actions.count where state.fixed[action] < 0 {
                let reduced = state.simplex.reducedCost(search.model.decision[action])
                let v = state.decision(action)
                var fixedTo: Bool?
                if v < 1e-9 && reduced > gap + 1e-9 { fixedTo = false }
                if v > 1 - 1e-9 && -reduced > gap + 1e-9 { fixedTo = true }
                guard let fixedTo else { continue }
                fixes.append((action, fixedTo))
                close(node.fixes + [(action, !fixedTo)], solved.evidence)
            }
            return fixes
        }

        /// The two children of a branching, the more promising first; a child strong branching
        /// bounded at or below `floor` is closed instead of made.
        private mutating func makeChildren(
            _ choice: Branching, fixes: [(action: Int, value: Bool)], above floor: Int,
            _ solved: SolvedNode
        ) {
            let basis = state.simplex.basis
            let up = choice.upBound >= choice.downBound
            var children: [Node] = []
            var plunged: State?
            for side in [up, !up] {
                let solvedChild = choice.solvedChildren[side ? 1 : 0]
                let childBound = side ? choice.upBound : choice.downBound
                // A side strong branching solved carries that solve's certificate (nil: no plan there).
                let childEvidence =
                    childBound == Int.max ? solved.evidence : (side ? choice.upEvidence : choice.downEvidence)
                guard childBound > floor else {
                    close(fixes + [(choice.action, side)], childEvidence, holdsPlans: childBound != Int.min)
                    continue
                }
                if children.isEmpty { plunged = solvedChild }
                children.append(
                    Node(
                        fixes: fixes + [(choice.action, side)], basis: solvedChild?.simplex.basis ?? basis,
                        bound: min(solved.bound, childBound), parent: nodes,
                        evidence: childBound < solved.bound ? childEvidence : solved.evidence))
            }
            // The child plunged into goes on from its relaxation as strong branching solved it.
            if let plunged { state = plunged }
            if let first = children.first { plunge = first }
            if children.count > 1 { open.append(children[1]) }
        }

        /// Ten times a second at most: nodes, the best plan and the bound of the open and unresolved
        /// nodes. Often enough that a benchmark sees within a tenth of a second when the proven gap
        /// got small (the command line shows one line every two seconds of them).
        private mutating func reportProgress(bound: Int) {
            guard let progress, Date().timeIntervalSince(lastReport) >= 0.1 else { return }
            lastReport = Date()
            // Nodes left unresolved still bound the search, as they do at its end.
            let openBound = max(bound, open.map(\.bound).max() ?? bound, unresolved.max() ?? bound)
            progress(.searching(nodes: nodes, best: best?.objective, bound: openBound))
        }

        // MARK: Plans and proof

        /// Accepts the current basic solution as a plan when it beats the best one and its payments
        /// can be made in whole euros; false when they cannot. When recording, a plan within the
        /// proof's margin below the best joins the proof's plans: for other scores it may be the best.
        mutating func offer(_ state: State) -> Bool {
            let count = search.problem.actions.count
            let funded = (0..<count).map { state.decision($0) > 0.5 }
            let objective = (0..<count).reduce(0) { $0 + (funded[$1] ? scores[$1] : 0) }
            guard objective > cutoff else { return true }
            let fractional = search.model.shares.map { share in
                state.simplex.value(share.column) * Double(search.problem.actions[share.action].costs[share.year])
            }
            guard let amounts = rounding.payments(funded: funded, fractional: fractional) else {
                return objective <= incumbent
            }
            guard objective > incumbent else {
                proof?.add(SearchProof.FoundPlan(funded: funded, amounts: amounts))
                return true
            }
            best = (funded, amounts, objective)
            proof?.plans.append(SearchProof.FoundPlan(funded: funded, amounts: amounts))
            if earlier != nil { outcome.lessons.plans.append(SearchProof.FoundPlan(funded: funded, amounts: amounts)) }
            progress?(.plan(objective: objective, nodes: nil))
            return true
        }

        /// A diving heuristic: fix the decisions the relaxation already makes whole, then the largest
        /// fractional one to 1 (or 0 when 1 leaves no room), and solve again, until the decisions are
        /// whole. Cheap, because every step starts from the last basis.
        mutating func dive(from start: State) {
            var state = start
            // A stop ends the dive once there is a plan to give.
            for _ in 0..<(search.problem.actions.count + 1) where !(search.stop.isRequested && best != nil) {
                guard state.simplex.solve(limit: search.pivotLimit) == .optimal else { return }
                var wanted = state.fixed
                var pick = -1
                var largest = -1.0
                for action in wanted.indices where wanted[action] < 0 {
                    let v = state.decision(action)
                    if v > 1 - 1e-6 {
                        wanted[action] = 1
                    } else if v < 1e-6 {
                        wanted[action] = 0
                    } else if v > largest {
                        largest = v
                        pick = action
                    }
                }
                guard pick >= 0 else {
                    _ = offer(state)
                    return
                }
                wanted[pick] = 1
                var trial = state
                trial.fix(wanted)
                if trial.simplex.solve(limit: search.pivotLimit) == .optimal {
                    state = trial
                } else {
                    wanted[pick] = 0
                    state.fix(wanted)
                }
            }
        }

        /// When recording: a region the search closes, with what bounds it (`holdsPlans` false: it
        /// holds no plan).
        mutating func close(
            _ fixes: [(action: Int, value: Bool)], _ evidence: SearchProof.Evidence?, holdsPlans: Bool = true
        ) {
            guard search.records else { return }
            assert(Set(fixes.map(\.action)).count == fixes.count, "a region fixes each decision once")
            proof?.addLeaf(
                fixes: fixes.map { SearchProof.Fix(action: $0.action, value: $0.value) },
                certificate: evidence?.certificate(in: search.relaxation, decision: search.model.decision),
                basis: evidence?.basis, holdsPlans: holdsPlans)
            if holdsPlans, let factorizer, let proof {
                factorizer.submit(evidence?.basis ?? proof.rootBasis, leaf: proof.leaves.count - 1)
            }
        }

        func evidence(_ simplex: DualSimplex) -> SearchProof.Evidence? {
            search.records ? SearchProof.evidence(of: simplex, model: search.model) : nil
        }

        /// The outcome: the best plan and the largest bound left unresolved, or, without a plan,
        /// whether the search proved that none exists.
        mutating func finish() -> Outcome {
            outcome.nodes = nodes
            guard let best else {
                // Every node was cut off or infeasible without a plan: within the limit this proves the
                // commitments cannot all be met.
                if unresolved.isEmpty {
                    outcome.infeasible = true
                    outcome.blockingFloors = search.blockingFloors()
                }
                outcome.bound = unresolved.max() ?? 0
                return outcome
            }
            let bound = max(best.objective, unresolved.max() ?? best.objective)
            outcome.funded = best.funded
            outcome.amounts = best.amounts
            outcome.objective = best.objective
            outcome.bound = bound
            outcome.proven = bound == best.objective
            if outcome.proven { outcome.proof = proof }
            return outcome
        }
    }
}
