extension LPBranchAndBound.Run {
    /// How far a neighbourhood search (`searchNeighbourhood`) may go.
    struct NeighbourhoodLimits {
        /// Nodes of one neighbourhood's own branch and bound.
        var nodes = 300
        /// The neighbourhood is searched only when at least this share of the free decisions is
        /// fixed: a larger one is nearly the whole problem again.
        var fixedShare = 0.6

        init(nodes: Int = 300, fixedShare: Double = 0.6) {
            self.nodes = nodes
            self.fixedShare = fixedShare
        }

        /// The limits for a relaxation of `rows` rows: a node costs about proportionally more on a
        /// larger one, so fewer nodes keep the neighbourhood's share of the search's time alike.
        init(rows: Int) {
            self.init(nodes: max(30, min(300, 400_000 / max(rows, 1))))
        }
    }

    /// RINS (relaxation induced neighbourhood search, Danna, Rothberg and Le Pape 2005): the
    /// decisions on which the best plan and the current relaxation agree are fixed, and a small
    /// branch and bound searches the rest for a better plan.
    ///
    /// The relaxation pulls towards better plans and the plan towards feasible ones; where both
    /// agree, the optimum usually agrees as well, so the few decisions left free hold most of the
    /// improvement at a fraction of the cost. It only adds plans: what it finds is offered like any
    /// other plan and closes no region of the main search, so the bound and its proof are
    /// unaffected.
    mutating func relaxationInducedNeighbourhood(limits: NeighbourhoodLimits? = nil) {
        guard let plan = best, !search.stop.isRequested else { return }
        let limits = limits ?? NeighbourhoodLimits(rows: search.relaxation.rowCount)
        let fixes = agreements(of: plan.funded, with: state)
        let free = state.fixed.filter { $0 < 0 }.count
        guard free > fixes.count, Double(fixes.count) >= limits.fixedShare * Double(free) else { return }
        searchNeighbourhood(fixing: fixes, nodes: limits.nodes)
    }

    /// Searches the plans with `fixes` on top of the current fixings by a branch and bound of at
    /// most `nodes` nodes, starting from the current basis, and keeps a better plan it finds.
    mutating func searchNeighbourhood(fixing fixes: [(action: Int, value: Bool)], nodes: Int) {
        searchNeighbourhood(of: search, from: state, fixing: fixes, nodes: nodes)
    }

    /// Searches the plans of `inner` (this search, perhaps with another gap) with `fixes` on top of
    /// `start`'s fixings, by a branch and bound of at most `nodes` nodes from `start`'s solved
    /// basis, and keeps a better plan it finds. Returns the nodes it took.
    @discardableResult
    mutating func searchNeighbourhood(
        of inner: LPBranchAndBound, from start: LPBranchAndBound.State,
        fixing fixes: [(action: Int, value: Bool)], nodes: Int
    ) -> Int {
        var inner = inner
        inner.nodeLimit = nodes
        inner.records = false
        inner.explains = false
        inner.polishNodes = 0
        var run = LPBranchAndBound.Run(inner, root: start, outcome: outcome, earlier: nil, progress: nil)
        run.best = best
        // A neighbourhood is searched once: no RINS inside RINS.
        run.neighbourhoodOf = Int.max
        let current = start.fixed.indices.compactMap { action -> (action: Int, value: Bool)? in
            start.fixed[action] < 0 || search.rootFixed[action] >= 0 ? nil : (action, start.fixed[action] == 1)
        }
        run.open = [
            LPBranchAndBound.Node(
                fixes: current + fixes, basis: start.simplex.basis, bound: min(rootBound, run.rootBound), parent: -1,
                evidence: nil)
        ]
        while let node = run.next() {
            guard run.admits(node), let solved = run.solve(node) else { continue }
            run.branch(node, solved)
        }
        if let found = run.best, found.objective > incumbent { adopt(found) }
        return run.nodes
    }

    /// Takes a plan found outside the main tree as the best one: like `offer`, it is kept in the
    /// proof and the lessons, since plans hold for any scores.
    mutating func adopt(_ plan: (funded: [Bool], amounts: [Int], objective: Int)) {
        best = plan
        proof?.plans.append(SearchProof.FoundPlan(funded: plan.funded, amounts: plan.amounts))
        if earlier != nil {
            outcome.lessons.plans.append(SearchProof.FoundPlan(funded: plan.funded, amounts: plan.amounts))
        }
        progress?(.plan(objective: plan.objective, nodes: nil))
    }
}
