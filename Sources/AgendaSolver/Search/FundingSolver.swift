/// Finds the best funding plan for a `PlanningProblem` and proves how good it is: which actions
/// are funded, and which source pays what in which year.
///
/// Problems whose linear relaxation has at most `Limits.exactRows` rows go to branch and bound on
/// that relaxation (`LPBranchAndBound`), which is exact with the allocation key; larger ones are split into parts
/// that share only money (`DecomposedSearch`), and what cannot be split goes to the Lagrangian
/// search (`PlanSearch`).
public struct FundingSolver: Sendable {
    /// How far the search goes.
    public struct Limits: Sendable {
        /// Branch-and-bound nodes before settling for the best plan found and its bound.
        public var nodes: Int
        /// Free actions up to which the Lagrangian search branches at all.
        public var branchAndBoundActions: Int
        /// Rows up to which a part of a split problem is one branch and bound, and up to which the
        /// payments' search for the fewest payments runs (its nodes grow costly with the rows).
        public var linearProgramRows: Int
        /// Branch-and-bound nodes per part when a large problem is split into parts.
        public var partNodes: Int
        /// Steps of the Lagrangian bound for large problems.
        public var boundIterations: Int
        /// Nodes of the search for the fewest payments once the plan is chosen (0: only the quick
        /// passes that merge and steady payments one action-year at a time).
        public var paymentNodes = 500
        /// Whether the payments are tidied at all (`PaymentTidying`); without, they are as the
        /// search made them, unless a source has a minimum payment, which only the tidying keeps.
        public var tidiesPayments = true
        /// Whether the exact search adds cutting planes at the root before branching.
        public var cuts = true
        /// Rows of a branch and bound's relaxation from which its root's cuts include Gomory cuts
        /// (0: on every problem, as the tests against enumeration ask).
        public var gomoryRows = 500
        /// Rows of the LP relaxation up to which the whole problem is solved by one branch and
        /// bound on the sparse dual simplex; larger problems are split into parts.
        public var exactRows: Int
        /// The relative gap at which the exact search stops: 0 proves the plan optimal; nil asks
        /// for the default, 0 up to `provenRows` rows and 0.01% above (as HiGHS does by default).
        public var relativeGap: Double?
        /// Nodes of RINS around the plan at the root relaxation, once a search that stopped
        /// within `relativeGap` has ended (0: the plan is kept as the search found it).
        public var polishNodes = 300
        /// When a search keeps its proof for re-planning (`solveRemembering`): how far below the
        /// best plan, as a share of its value, a region must be bounded before the search closes
        /// it. The regions within the margin are searched on, into smaller ones bounded lower, so
        /// re-plans whose scores move the values by less than the margin reopen few of them.
        /// 0 closes every region that cannot beat the plan, as a plain search does.
        public var proofMargin = 0.0
        /// Whether a solution carries the budgets' prices (`Solution.prices`). Without them a
        /// re-plan from a proof (`solve(_:from:)`) skips solving the root relaxation for its
        /// scores, and its prices are zero.
        public var pricesBudgets = true
        /// When a search keeps its proof (`solveRemembering`): whether the bases of its leaves are
        /// factorised on the other core while it runs, for re-plans that return to nearly all of
        /// them (`sensitivity`); re-plans that fix actions (`compare`) reopen too few for that.
        public var factorizesLeaves = false
        /// Rows up to which the default gap is 0: regional agendas are always proven optimal.
        public static let provenRows = 1_600

        public init(
            nodes: Int = 20_000, branchAndBoundActions: Int = 600, linearProgramRows: Int = 1_600,
            exactRows: Int = 20_000, partNodes: Int = 50, boundIterations: Int = 2_000
        ) {
            self.exactRows = exactRows
            self.nodes = nodes
            self.partNodes = partNodes
            self.boundIterations = boundIterations
            self.branchAndBoundActions = branchAndBoundActions
            self.linearProgramRows = linearProgramRows
        }

        /// The limits of `--max-nodes n`: every branch and bound stops after `n` nodes, a split
        /// agenda's part searches after at most `n` each, the polish after at most `n`, and the
        /// bound's tightening after at most `n` steps, so that no phase of the search runs on past
        /// the limit the user gave.
        public static func atMost(nodes: Int) -> Limits {
            let defaults = Limits()
            var limits = Limits(
                nodes: nodes, partNodes: min(defaults.partNodes, nodes),
                boundIterations: min(defaults.boundIterations, nodes))
            limits.polishNodes = min(defaults.polishNodes, nodes)
            return limits
        }
    }

    /// Reports what the search does while it runs.
    public typealias Progress = @Sendable (SearchProgress) -> Void

    public var limits: Limits
    /// Asks a running search to stop early with the best plan found so far (`Solution.interrupted`).
    public var stop: SearchStop?

    public init(limits: Limits = Limits(), stop: SearchStop? = nil) {
        self.limits = limits
        self.stop = stop
    }

    /// The best plan the search finds within its limits, its bound, or why no plan exists.
    /// Throws when the search gave up on the allocation key's floors without a proof.
    public func solve(_ problem: PlanningProblem, progress: Progress? = nil) throws(SearchLimitation) -> Solution {
        try search(problem, progress: progress).solution
    }

    /// Marks a solution found after a stop was requested and before its plan was proven best.
    private func marked(_ solution: Solution) -> Solution {
        var solution = solution
        solution.interrupted = stop.isRequested && solution.funded != nil && !solution.proven
        return solution
    }

    /// Solves, and keeps what the search proved when it is a proven branch and bound on the whole
    /// problem (nil otherwise), for solving it again with other scores.
    public func solveRemembering(_ problem: PlanningProblem, progress: Progress? = nil) throws(SearchLimitation)
        -> (solution: Solution, memory: SearchMemory?)
    {
        let searched = try searchRemembering(problem, progress: progress)
        return (try tidied(searched.solution, in: problem), searched.memory)
    }

    /// `solveRemembering` without tidying the payments (`tidied(_:in:)` does that later): re-plans
    /// from the memory need only the search, so they can start while the payments are tidied.
    public func searchRemembering(_ problem: PlanningProblem, progress: Progress? = nil) throws(SearchLimitation)
        -> (solution: Solution, memory: SearchMemory?)
    {
        let searched = try search(problem, progress: progress, records: true, tidies: false)
        return (searched.solution, searched.proof.map { SearchMemory(problem: problem, proof: $0) })
    }

    /// Solves; when `memory` comes from a problem with exactly these plans (only the scores
    /// differ), the search starts from what that search proved, and otherwise from scratch. A
    /// proven plan is the same optimum either search finds (among plans of exactly equal value
    /// either may be chosen).
    public func solve(_ problem: PlanningProblem, from memory: SearchMemory?, progress: Progress? = nil)
        throws(SearchLimitation) -> (solution: Solution, lessons: SearchMemory.Lessons)
    {
        let searched = try search(problem, progress: progress, resuming: memory?.proof(for: problem))
        return (searched.solution, SearchMemory.Lessons(content: searched.lessons))
    }

    /// The search's route: exact branch and bound when the relaxation fits, else a split into parts,
    /// else the Lagrangian search. With `records`, a proven branch and bound also returns its proof;
    /// `resuming` starts from an earlier proof of the same constraints.
    func search(
        _ problem: PlanningProblem, progress: Progress?, records: Bool = false,
        resuming earlier: SearchProof? = nil, tidies: Bool = true
    ) throws(SearchLimitation)
        -> (solution: Solution, proof: SearchProof?, lessons: SearchProof.Lessons)
    {
        let found = try route(problem, progress: progress, records: records, resuming: earlier)
        let solution = marked(found.solution)
        return (tidies ? try tidied(solution, in: problem) : solution, found.proof, found.lessons)
    }

    /// The solution with its payments tidied (`PaymentTidying`, unless `Limits.tidiesPayments` is
    /// off and no source has a minimum payment); its actions and score unchanged. Throws when a
    /// payment stays below its source's minimum.
    public func tidied(_ solution: Solution, in problem: PlanningProblem) throws(SearchLimitation) -> Solution {
        let minimums = problem.sources.contains { $0.minPayment > 0 }
        guard solution.funded != nil, limits.tidiesPayments || minimums else { return solution }
        var solution = solution
        let tidy = PaymentTidying(nodeLimit: limits.paymentNodes, maxRows: limits.linearProgramRows, stop: stop)
            .tidy(solution.payments, in: problem)
        solution.payments = tidy.payments
        solution.paymentsLowerBound = tidy.paymentsLowerBound
        if let (action, payment) = PaymentTidying.paymentsBelowMinimum(solution.payments, problem).first {
            throw .minimumPaymentNotMet(
                action: action, year: payment.year, source: payment.source, amount: payment.amount)
        }
        return solution
    }

    private func route(
        _ problem: PlanningProblem, progress: Progress?, records: Bool, resuming earlier: SearchProof?
    ) throws(SearchLimitation)
        -> (solution: Solution, proof: SearchProof?, lessons: SearchProof.Lessons)
    {
        let beyondReach = FloorReach.floorsBeyondReach(problem)
        guard beyondReach.isEmpty else {
            return (.infeasible(problem, beyondReach, nodes: 0, method: .presolve), nil, SearchProof.Lessons())
        }
        if LPBranchAndBound.fits(problem, maxRows: limits.exactRows),
            let exact = exactSearch(problem, progress: progress, records: records, resuming: earlier)
        {
            return exact
        }
        // Otherwise the Lagrangian search's greedy pass names the budget or rule that blocks the
        // commitments (or finds a plan the node limit kept from the exact search).
        let lagrangian = PlanSearch(
            problem: problem,
            limits: PlanSearch.Limits(
                nodes: limits.nodes, branchAndBoundActions: limits.branchAndBoundActions, stop: stop))
        var split = DecomposedSearch(problem: problem, nodeLimit: limits.partNodes)
        split.stop = stop
        if split.applies(maxRows: limits.linearProgramRows),
            let found = decomposed(split, search: lagrangian, progress: progress)
        {
            return (found, nil, SearchProof.Lessons())
        }
        return (try lagrangianSearch(lagrangian, progress: progress), nil, SearchProof.Lessons())
    }

    /// Branch and bound on the LP relaxation: a plan, or a proof that the floors rule every plan
    /// out. Nil when it ends without either (the Lagrangian search then looks for the cause).
    private func exactSearch(
        _ problem: PlanningProblem, progress: Progress?, records: Bool, resuming earlier: SearchProof?
    )
        -> (solution: Solution, proof: SearchProof?, lessons: SearchProof.Lessons)?
    {
        var search = LPBranchAndBound(problem: problem, nodeLimit: limits.nodes)
        search.records = records
        search.stop = stop
        search.cuts = limits.cuts
        search.gomoryRows = limits.gomoryRows
        search.relativeGap =
            limits.relativeGap ?? (LPBranchAndBound.fits(problem, maxRows: Limits.provenRows) ? 0 : 1e-4)
        search.polishNodes = limits.polishNodes
        search.proofMargin = limits.proofMargin
        search.pricesBudgets = limits.pricesBudgets
        search.factorizesLeaves = limits.factorizesLeaves
        let outcome = search.run(progress: progress, resuming: earlier)
        if let funded = outcome.funded {
            var payments = Array(repeating: [Solution.Payment](), count: problem.actions.count)
            for (index, share) in search.model.shares.enumerated() where outcome.amounts[index] > 0 {
                payments[share.action].append(
                    Solution.Payment(
                        source: share.source, year: share.year,
                        amount: outcome.amounts[index]))
            }
            let solution = Solution(
                funded: funded, payments: payments, objective: outcome.objective,
                bound: outcome.bound, proven: outcome.proven, nodes: outcome.nodes,
                method: .lpBranchAndBound, prices: outcome.prices, infeasibility: [])
            return (solution, outcome.proof, outcome.lessons)
        }
        guard outcome.infeasible, !outcome.blockingFloors.isEmpty else { return nil }
        let solution = Solution.infeasible(
            problem, [.floorsOutOfReach(outcome.blockingFloors)], nodes: outcome.nodes,
            method: .lpBranchAndBound, prices: outcome.prices)
        return (solution, nil, outcome.lessons)
    }

    /// The Lagrangian search: a plan, why the commitments cannot be met, or a limitation.
    private func lagrangianSearch(_ lagrangian: PlanSearch, progress: Progress?) throws(SearchLimitation) -> Solution {
        var search = lagrangian
        let problem = search.problem
        let outcome = search.run(progress: progress)
        if outcome.solution == nil, let failure = outcome.floorFailure { throw failure }
        guard let solution = outcome.solution else {
            return .infeasible(
                problem, outcome.infeasibility, nodes: outcome.nodes, method: .lagrangianGreedy,
                prices: outcome.prices)
        }
        return Solution(
            funded: solution.funded, payments: problem.actions.indices.map { solution.state.payments(of: $0) },
            objective: solution.objective, bound: outcome.bound, proven: outcome.proven, nodes: outcome.nodes,
            method: outcome.nodes > 1 ? .branchAndBound : .lagrangianGreedy,
            prices: outcome.prices.map { $0.map { $0 / PlanningProblem.scoreScale } }, infeasibility: [])
    }
}
