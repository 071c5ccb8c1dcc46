import Foundation

/// Finds the best funding plan for an agenda (with any scenario applied), proves how good it is,
/// explains every choice, and checks the result with an independent verifier.
public struct Planner: Sendable {
    public let registry: ModuleRegistry
    public var limits: Limits

    /// How far the search goes.
    public struct Limits: Sendable {
        /// Branch-and-bound nodes before settling for the best plan found and its bound.
        public var nodes: Int
        /// Free actions up to which branch and bound runs; larger agendas get the bound and the
        /// best plan the heuristics find.
        public var branchAndBoundActions: Int

        /// Rows of the LP relaxation up to which its branch and bound runs (its basis inverse is
        /// dense, so memory grows with the square of this).
        public var linearProgramRows: Int

        /// Branch-and-bound nodes per part when a large agenda is split into parts.
        public var partNodes: Int
        /// Steps of the Lagrangian bound for large agendas.
        public var boundIterations: Int

        public init(nodes: Int = 20_000, branchAndBoundActions: Int = 600, linearProgramRows: Int = 1_600,
                    partNodes: Int = 50, boundIterations: Int = 2_000) {
            self.nodes = nodes
            self.partNodes = partNodes
            self.boundIterations = boundIterations
            self.branchAndBoundActions = branchAndBoundActions
            self.linearProgramRows = linearProgramRows
        }
    }

    public init(registry: ModuleRegistry, limits: Limits = Limits()) {
        self.registry = registry
        self.limits = limits
    }

    /// Everything a plan's reports need.
    public struct Result: Sendable {
        public var plan: Plan
        public var problem: PlanningProblem
        public var scores: ScoreReport
    }

    /// The verifier found a plan that breaks a rule: a bug, never a plan to show.
    public struct VerificationFailure: Error, CustomStringConvertible {
        public var violations: [String]
        public var description: String {
            "internal error: the plan breaks the rules it must keep (please report this):\n" + violations.joined(separator: "\n")
        }
    }

    /// The search could not meet the allocation key's floors. This is a limit of the planner, not a
    /// proof that the agenda is infeasible (see docs/planner.md).
    public struct FloorLimitation: Error, CustomStringConvertible {
        public var details: [String]
        public var description: String {
            "the planner could not find payments that meet the allocation key's floors; this is a known limit of its floor handling, not a proof that no plan exists (see docs/planner.md):\n" + details.joined(separator: "\n")
        }
    }

    /// The agenda's scores and the problem the search solves (what `--export-mps` writes).
    public func problem(for agenda: Agenda) -> (scores: ScoreReport, problem: PlanningProblem) {
        let scores = ScoringEngine(registry: registry).score(agenda)
        return (scores, ProblemCompiler.compile(agenda, scores: scores))
    }

    public func plan(_ agenda: Agenda, progress: (@Sendable (String) -> Void)? = nil) throws -> Result {
        let (scores, problem) = self.problem(for: agenda)
        let searched = try search(problem, agenda: agenda, progress: progress)
        return try finish(problem: problem, scores: scores, found: searched.found, agenda: agenda)
    }

    /// What a proven search keeps for re-planning the same agenda with other weights: its plans
    /// and, for every leaf of its tree, bounds that can be re-evaluated for other scores (see
    /// `SearchProof`). Only the leaves whose bound beats the best of those plans are searched again,
    /// and what those searches find out can be added (`learn`), so that later re-plans search less.
    public struct SearchMemory: Sendable {
        let problem: PlanningProblem
        var proof: SearchProof

        /// What one re-plan found out.
        public struct Lessons: Sendable {
            var content = SearchProof.Lessons()
        }

        /// Adds what re-plans found out, in the order given: the prices at the leaves they searched
        /// again, and their plans. A fixed order keeps later re-plans deterministic.
        public mutating func learn(_ lessons: [Lessons]) {
            proof.learn(lessons.map(\.content))
        }
    }

    /// A re-plan's result and what it found out for the memory it started from.
    public struct Replan: Sendable {
        public var result: Result
        public var lessons: SearchMemory.Lessons
    }

    /// Plans the agenda, and keeps what its search proved when it is a proven branch and bound on
    /// the whole agenda (nil otherwise).
    public func planRemembering(_ agenda: Agenda, progress: (@Sendable (String) -> Void)? = nil) throws
        -> (result: Result, memory: SearchMemory?) {
        let (scores, problem) = self.problem(for: agenda)
        let searched = try search(problem, agenda: agenda, progress: progress, records: true)
        let result = try finish(problem: problem, scores: scores, found: searched.found, agenda: agenda)
        return (result, searched.proof.map { SearchMemory(problem: problem, proof: $0) })
    }

    /// Plans the agenda; when `memory` comes from the same agenda with other weights (the same
    /// actions, costs, money and rules; only scores differ), the search starts from what that
    /// search proved, and otherwise from scratch. A proven plan is the same optimum either search
    /// finds (among plans of exactly equal value either may be chosen).
    public func replan(_ agenda: Agenda, from memory: SearchMemory?, progress: (@Sendable (String) -> Void)? = nil) throws -> Replan {
        let (scores, problem) = self.problem(for: agenda)
        let earlier = memory.flatMap { $0.problem.hasSameConstraints(as: problem) ? $0.proof : nil }
        let searched = try search(problem, agenda: agenda, progress: progress, resuming: earlier)
        return Replan(result: try finish(problem: problem, scores: scores, found: searched.found, agenda: agenda),
                      lessons: SearchMemory.Lessons(content: searched.lessons))
    }

    private func finish(problem: PlanningProblem, scores: ScoreReport, found: Found, agenda: Agenda) throws -> Result {
        let plan = Self.assemble(problem: problem, found: found, agenda: agenda)
        let result = Result(plan: plan, problem: problem, scores: scores)
        try verify(result, agenda: agenda)
        return result
    }

    /// What a search found, whichever method found it.
    struct Found {
        /// Nil when no plan meets the commitments.
        var funded: [Bool]?
        /// `[action]` → (source, year, euros), years and sources as indices.
        var payments: [[(source: Int, year: Int, amount: Int)]]
        var objective: Int
        var bound: Int
        var proven: Bool
        var nodes: Int
        var method: String
        /// Per source and year, the relaxation's value of one more euro, in points.
        var prices: [[Double]]
        /// Why no plan exists, when none does.
        var infeasibility: [String]
    }

    /// Regional agendas go to branch and bound on the LP relaxation, which is exact with the
    /// allocation key; larger ones to the Lagrangian search.
    ///
    /// With `records`, a proven branch and bound also returns its proof; `resuming` starts from an
    /// earlier proof of the same constraints, and returns what the search found out for it.
    func search(_ problem: PlanningProblem, agenda: Agenda, progress: (@Sendable (String) -> Void)?,
                records: Bool = false, resuming earlier: SearchProof? = nil) throws
        -> (found: Found, proof: SearchProof?, lessons: SearchProof.Lessons) {
        if LPBranchAndBound.fits(problem, maxRows: limits.linearProgramRows) {
            var search = LPBranchAndBound(problem: problem, nodeLimit: limits.nodes)
            search.records = records
            let outcome = search.run(progress: progress, resuming: earlier)
            if let funded = outcome.funded {
                let model = PlanningModel(problem: problem)
                var payments = Array(repeating: [(source: Int, year: Int, amount: Int)](), count: problem.actions.count)
                for (index, share) in model.shares.enumerated() where outcome.amounts[index] > 0 {
                    payments[share.action].append((share.source, share.year, outcome.amounts[index]))
                }
                return (Found(funded: funded, payments: payments, objective: outcome.objective, bound: outcome.bound,
                              proven: outcome.proven, nodes: outcome.nodes, method: "lp-branch-and-bound",
                              prices: outcome.prices, infeasibility: []), outcome.proof, outcome.lessons)
            }
            if outcome.infeasible && !outcome.blockingFloors.isEmpty {
                let named = outcome.blockingFloors.map { floor in
                    "\(problem.municipalities[floor.municipality]) in \(problem.years[floor.year]) "
                        + "(\(PlanVerifier.amount(problem.fairness!.floors[floor.municipality][floor.year])))"
                }
                let messages = named.count == 1
                    ? ["no plan meets the allocation key's floor for \(named[0]): the commitments, budgets and rules leave too little key-shared money for that municipality's actions"]
                    : ["no plan meets these allocation-key floors together: \(named.joined(separator: ", ")); each can be met alone, "
                        + "but the actions that would meet them cannot all be funded (budgets, commitments, requires or excludes)"]
                return (Found(funded: nil, payments: [], objective: 0, bound: 0, proven: false, nodes: outcome.nodes,
                              method: "lp-branch-and-bound", prices: outcome.prices, infeasibility: messages), nil, outcome.lessons)
            }
            // Otherwise the Lagrangian search's greedy pass names the budget or rule that blocks the
            // commitments (or finds a plan the node limit kept from this search).
        }
        var search = PlanSearch(problem: problem, limits: PlanSearch.Limits(
            nodes: limits.nodes, branchAndBoundActions: limits.branchAndBoundActions))
        let split = DecomposedSearch(problem: problem, nodeLimit: limits.partNodes)
        if split.applies(maxRows: limits.linearProgramRows), let found = decomposed(split, search: search, progress: progress) {
            return (found, nil, SearchProof.Lessons())
        }
        let outcome = search.run(progress: progress)
        if outcome.solution == nil && outcome.floorFailure { throw FloorLimitation(details: outcome.infeasibility) }
        guard let solution = outcome.solution else {
            return (Found(funded: nil, payments: [], objective: 0, bound: 0, proven: false, nodes: outcome.nodes,
                          method: "lagrangian-greedy", prices: outcome.prices, infeasibility: outcome.infeasibility), nil, SearchProof.Lessons())
        }
        return (Found(funded: solution.funded, payments: problem.actions.indices.map { solution.state.payments(of: $0) },
                      objective: solution.objective, bound: outcome.bound, proven: outcome.proven, nodes: outcome.nodes,
                      method: outcome.nodes > 1 ? "branch-and-bound" : "lagrangian-greedy",
                      prices: outcome.prices.map { $0.map { $0 / 10_000 } }, infeasibility: []), nil, SearchProof.Lessons())
    }

    /// Large agendas: the Lagrangian bound's prices split the shared money into quotas, the parts
    /// are planned exactly within them, and the bound is tightened with the plan as its target.
    private func decomposed(_ split: DecomposedSearch, search: PlanSearch, progress: (@Sendable (String) -> Void)?) -> Found? {
        let problem = split.problem
        let (fixedIn, fixedOut) = PlanSearch.fixings(problem)
        let zero = Array(repeating: Array(repeating: 0.0, count: problem.years.count), count: problem.sources.count)
        let start = search.relaxation(zero, fixedIn: fixedIn, fixedOut: fixedOut)
        let (_, firstMu) = search.optimiseBound(from: zero, target: 0.9 * start.value, iterations: limits.boundIterations,
                                                fixedIn: fixedIn, fixedOut: fixedOut)
        progress?("splitting the agenda into \(split.parts.count) parts")
        // The shared money is split as the parts' own relaxations would spend it at the bound's
        // prices (or, failing that, as the Lagrangian relaxation's chosen actions would).
        let demand: [[[Double]]]
        if let usage = split.partBound(mu: firstMu, prices: search.effectivePrices(firstMu))?.usage {
            demand = usage
        } else {
            let relaxed = search.relaxation(firstMu, fixedIn: fixedIn, fixedOut: fixedOut)
            demand = split.demand(chosen: relaxed.chosen, fills: relaxed.fills)
        }
        var outcome: DecomposedSearch.Outcome
        switch split.run(demand: demand, progress: progress) {
        case .plan(let found): outcome = found
        case .infeasible(let messages):
            return Found(funded: nil, payments: [], objective: 0, bound: 0, proven: false, nodes: 0,
                         method: "decomposed-lp-branch-and-bound", prices: zero, infeasibility: messages)
        case nil: return nil
        }
        progress?("plan \(Points(tenThousandths: outcome.objective)); tightening the bound")
        let (value, mu) = search.optimiseBound(from: firstMu, target: Double(outcome.objective), iterations: limits.boundIterations,
                                               fixedIn: fixedIn, fixedOut: fixedOut)
        var bound = PlanSearch.certified(value)
        // The same prices, with each part's own budgets kept: a bound at least as tight. Its
        // relaxations' spending, at these better prices, splits the money a second time.
        if let parts = split.partBound(mu: mu, prices: search.effectivePrices(mu)) {
            bound = min(bound, LPBranchAndBound.certified(parts.value))
            if case .plan(let second) = split.run(demand: parts.usage, progress: progress), second.objective > outcome.objective {
                outcome = second
                progress?("plan \(Points(tenThousandths: outcome.objective)) after a second split")
            }
        }
        bound = max(outcome.objective, bound)
        return Found(funded: outcome.funded, payments: outcome.payments, objective: outcome.objective, bound: bound,
                     proven: bound == outcome.objective, nodes: outcome.nodes, method: "decomposed-lp-branch-and-bound",
                     prices: search.effectivePrices(mu).map { $0.map { $0 / 10_000 } }, infeasibility: [])
    }

    /// Runs the independent verifier; a violation stops the command.
    func verify(_ result: Result, agenda: Agenda) throws {
        let violations = PlanVerifier(agenda: agenda, scores: result.scores).verify(result.plan)
        if !violations.isEmpty { throw VerificationFailure(violations: violations.map(\.description)) }
    }

    static func assemble(problem: PlanningProblem, found: Found, agenda: Agenda) -> Plan {
        let scenario = problem.scenario
        let method = SearchStatistics(method: found.method, nodes: found.nodes)
        guard let funded = found.funded else {
            let actions = problem.actions.map { action -> ActionOutcome in
                var reason = Plan.Reason.budget
                if case .never(let why) = action.fixed { reason = why }
                return ActionOutcome(id: action.id, funded: false, score: action.score, reason: reason, payments: [])
            }
            let sources = problem.sources.flatMap { source in
                problem.years.indices.map { SourceYear(id: source.id, year: problem.years[$0], budget: source.budget[$0], spent: 0, shadowPrice: 0) }
            }
            let diagnostics = found.infeasibility.map {
                Diagnostic.error("infeasible", $0, at: .file(agenda.files.first ?? ""))
            }
            return Plan(agenda: problem.agenda, scenario: scenario, status: .infeasible, objective: .zero, bound: .zero,
                        actions: actions, sources: sources, diagnostics: diagnostics, search: method)
        }

        // Reasons for what is left out. The payments are rebuilt as a flow (which ignores the
        // allocation key) to ask whether the money alone would allow an action.
        let helper = PlanSearch(problem: problem)
        let excludedBy = helper.exclusions()
        var state = PaymentState(problem: problem)
        let flowHolds = state.fund(problem.actions.indices.filter { funded[$0] }) != nil
        var reasons: [Plan.Reason?] = Array(repeating: nil, count: problem.actions.count)
        for (index, action) in problem.actions.enumerated() where !funded[index] {
            if case .never(let why) = action.fixed { reasons[index] = why; continue }
            if !helper.isPayable(index) { reasons[index] = .eligibility; continue }
            if excludedBy[index].contains(where: { funded[$0] }) { reasons[index] = .excludes; continue }
            if action.requires.contains(where: { !funded[$0] }) { reasons[index] = .requires; continue }
            // Would the money allow it, ignoring the allocation key? Then the key's floors keep it out.
            if flowHolds, problem.fairness != nil, let change = state.fund([index]) {
                state.undo(change)
                reasons[index] = .fairness
            } else {
                reasons[index] = .budget
            }
        }

        var spent = Array(repeating: Array(repeating: 0, count: problem.years.count), count: problem.sources.count)
        var actions: [ActionOutcome] = []
        for (index, action) in problem.actions.enumerated() {
            for payment in found.payments[index] { spent[payment.source][payment.year] += payment.amount }
            let payments = found.payments[index]
                .sorted { ($0.year, $0.source) < ($1.year, $1.source) }
                .map { Payment(year: problem.years[$0.year], source: problem.sources[$0.source].id, amount: $0.amount) }
            actions.append(ActionOutcome(id: action.id, funded: funded[index], score: action.score,
                                         reason: funded[index] ? nil : reasons[index], payments: payments))
        }
        var sources: [SourceYear] = []
        for (index, source) in problem.sources.enumerated() {
            var carried = 0
            for year in problem.years.indices {
                let budget = source.budget[year] + carried
                let used = spent[index][year]
                // A price counts only where the budget binds: the plan leaves (almost) nothing.
                let binds = budget - used <= max(1, budget / 100)
                let price = binds ? max(0, found.prices[index][year]) : 0
                sources.append(SourceYear(id: source.id, year: problem.years[year], budget: budget, spent: used,
                                          shadowPrice: (price * 1e9).rounded() / 1e9))
                carried = source.carryOver ? budget - used : 0
            }
        }
        let status: Plan.Status = found.proven ? .optimal : .feasible
        return Plan(agenda: problem.agenda, scenario: scenario, status: status,
                    objective: Points(tenThousandths: found.objective), bound: Points(tenThousandths: found.bound),
                    actions: actions, sources: sources, diagnostics: [], search: method)
    }
}
