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

        public init(nodes: Int = 20_000, branchAndBoundActions: Int = 600) {
            self.nodes = nodes
            self.branchAndBoundActions = branchAndBoundActions
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

    public func plan(_ agenda: Agenda, progress: (@Sendable (String) -> Void)? = nil) throws -> Result {
        let scores = ScoringEngine(registry: registry).score(agenda)
        let problem = ProblemCompiler.compile(agenda, scores: scores)
        var search = PlanSearch(problem: problem, limits: PlanSearch.Limits(
            nodes: limits.nodes, branchAndBoundActions: limits.branchAndBoundActions))
        let outcome = search.run(progress: progress)
        if outcome.solution == nil && outcome.floorFailure { throw FloorLimitation(details: outcome.infeasibility) }
        let plan = Self.assemble(problem: problem, outcome: outcome, search: &search, agenda: agenda)
        let result = Result(plan: plan, problem: problem, scores: scores)
        try verify(result, agenda: agenda)
        return result
    }

    /// Runs the independent verifier; a violation stops the command.
    func verify(_ result: Result, agenda: Agenda) throws {
        let violations = PlanVerifier(agenda: agenda, scores: result.scores).verify(result.plan)
        if !violations.isEmpty { throw VerificationFailure(violations: violations.map(\.description)) }
    }

    static func assemble(problem: PlanningProblem, outcome: PlanSearch.Outcome, search: inout PlanSearch, agenda: Agenda) -> Plan {
        let scenario = problem.scenario
        guard var solution = outcome.solution else {
            let actions = problem.actions.map { action -> ActionOutcome in
                var reason = Plan.Reason.budget
                if case .never(let why) = action.fixed { reason = why }
                return ActionOutcome(id: action.id, funded: false, score: action.score, reason: reason, payments: [])
            }
            let sources = problem.sources.flatMap { source in
                problem.years.indices.map { SourceYear(id: source.id, year: problem.years[$0], budget: source.budget[$0], spent: 0, shadowPrice: 0) }
            }
            let diagnostics = outcome.infeasibility.map {
                Diagnostic.error("infeasible", $0, at: .file(agenda.files.first ?? ""))
            }
            return Plan(agenda: problem.agenda, scenario: scenario, status: .infeasible, objective: .zero, bound: .zero,
                        actions: actions, sources: sources, diagnostics: diagnostics,
                        search: SearchStatistics(method: "lagrangian-greedy", nodes: outcome.nodes))
        }

        // Reasons for what is left out.
        let excludedBy = search.exclusions()
        var reasons: [Plan.Reason?] = Array(repeating: nil, count: problem.actions.count)
        for (index, action) in problem.actions.enumerated() where !solution.funded[index] {
            if case .never(let why) = action.fixed { reasons[index] = why; continue }
            if !search.isPayable(index) { reasons[index] = .eligibility; continue }
            if excludedBy[index].contains(where: { solution.funded[$0] }) { reasons[index] = .excludes; continue }
            if action.requires.contains(where: { !solution.funded[$0] }) { reasons[index] = .requires; continue }
            // Would the money allow it, ignoring the allocation key? Then the key's floors keep it out.
            if let change = solution.state.fund([index]) {
                solution.state.undo(change)
                reasons[index] = problem.fairness == nil ? .budget : .fairness
            } else {
                reasons[index] = .budget
            }
        }

        let spent = solution.state.spent()
        var actions: [ActionOutcome] = []
        for (index, action) in problem.actions.enumerated() {
            let payments = solution.state.payments(of: index)
                .sorted { ($0.year, $0.source) < ($1.year, $1.source) }
                .map { Payment(year: problem.years[$0.year], source: problem.sources[$0.source].id, amount: $0.amount) }
            actions.append(ActionOutcome(id: action.id, funded: solution.funded[index], score: action.score,
                                         reason: solution.funded[index] ? nil : reasons[index], payments: payments))
        }
        var sources: [SourceYear] = []
        for (index, source) in problem.sources.enumerated() {
            var carried = 0
            for year in problem.years.indices {
                let budget = source.budget[year] + carried
                let used = spent[index][year]
                // A price counts only where the budget binds: the plan leaves (almost) nothing.
                let binds = budget - used <= max(1, budget / 100)
                let price = binds ? max(0, outcome.prices[index][year]) / 10_000 : 0
                sources.append(SourceYear(id: source.id, year: problem.years[year], budget: budget, spent: used,
                                          shadowPrice: (price * 1e9).rounded() / 1e9))
                carried = source.carryOver ? budget - used : 0
            }
        }
        var diagnostics: [Diagnostic] = []
        if outcome.floorsBound {
            diagnostics.append(.warning("fairness-binding",
                                        "the allocation key's floors bind: money was moved between sources to meet them (the status says whether the plan is proven best)",
                                        at: .file(agenda.files.first ?? "")))
        }
        let status: Plan.Status = outcome.proven ? .optimal : .feasible
        return Plan(agenda: problem.agenda, scenario: scenario, status: status,
                    objective: Points(tenThousandths: solution.objective), bound: Points(tenThousandths: outcome.bound),
                    actions: actions, sources: sources, diagnostics: diagnostics,
                    search: SearchStatistics(method: outcome.nodes > 1 ? "branch-and-bound" : "lagrangian-greedy", nodes: outcome.nodes))
    }
}
