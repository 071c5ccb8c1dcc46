import AgendaSolver

/// Finds the best funding plan for an agenda (with any scenario applied), proves how good it is,
/// explains every choice, and checks the result with an independent verifier.
///
/// The agenda is scored, compiled into a `PlanningProblem` (`ProblemCompiler`), solved by
/// `FundingSolver`, and the solver's answer is mapped back onto the agenda (`PlanAssembly`):
/// ids, reasons, and diagnostics located in the agenda's files.
public struct Planner: Sendable {
    public let registry: ModuleRegistry
    public var limits: Limits
    /// Asks a running search to stop early and return the best plan found so far, marked as
    /// interrupted (`SearchStatistics.interrupted`).
    public var stop: SearchStop?

    /// How far the search goes.
    public typealias Limits = FundingSolver.Limits
    /// What a proven search keeps for re-planning the same agenda with other weights.
    public typealias SearchMemory = AgendaSolver.SearchMemory
    /// A request to stop a running search early (Ctrl-C).
    public typealias SearchStop = AgendaSolver.SearchStop

    public init(registry: ModuleRegistry, limits: Limits = Limits(), stop: SearchStop? = nil) {
        self.registry = registry
        self.limits = limits
        self.stop = stop
    }

    /// Everything a plan's reports need.
    public struct Result: Sendable {
        public var plan: Plan
        public var problem: PlanningProblem
        public var scores: ScoreReport
    }

    /// A re-plan's result and what it found out for the memory it started from.
    public struct Replan: Sendable {
        public var result: Result
        public var lessons: SearchMemory.Lessons
    }

    /// The agenda's scores and the problem the search solves (what `--export-mps` writes).
    public func problem(for agenda: Agenda) -> (scores: ScoreReport, problem: PlanningProblem) {
        let scores = ScoringEngine(registry: registry).score(agenda)
        return (scores, ProblemCompiler.compile(agenda, scores: scores))
    }

    /// The problem as a mixed-integer programme in free MPS, for any MILP solver (`MPSWriter`).
    public func mps(for agenda: Agenda) -> String {
        MPSWriter.mps(problem(for: agenda).problem)
    }

    /// The fewest payments for a plan's funded actions as a mixed-integer programme in free MPS
    /// (`PaymentsMPSWriter`), for a MILP solver to check the plan's payments and their bound.
    public static func paymentsMPS(for result: Result) -> String {
        let problem = result.problem
        let sources = Dictionary(
            problem.sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let years = Dictionary(problem.years.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let payments = result.plan.actions.map { action in
            action.payments.compactMap { payment -> Solution.Payment? in
                guard let source = sources[payment.source], let year = years[payment.year] else { return nil }
                return Solution.Payment(source: source, year: year, amount: payment.amount)
            }
        }
        return PaymentsMPSWriter.mps(problem, payments: payments)
    }

    public func plan(_ agenda: Agenda, progress: (@Sendable (String) -> Void)? = nil) throws -> Result {
        let (scores, problem) = self.problem(for: agenda)
        let solution = try located(agenda, problem) { () throws(SearchLimitation) in
            try solver.solve(problem, progress: words(progress, agenda))
        }
        return try finish(
            problem: problem, scores: scores, solution: solution, agenda: agenda, progress: words(progress, agenda))
    }

    /// Plans the agenda, and keeps what its search proved when it is a proven branch and bound on
    /// the whole agenda (nil otherwise).
    public func planRemembering(_ agenda: Agenda, progress: (@Sendable (String) -> Void)? = nil) throws
        -> (result: Result, memory: SearchMemory?)
    {
        let searched = try searchRemembering(agenda, progress: progress)
        return (try finish(searched.search, for: agenda), searched.memory)
    }

    /// A plan searched for, its payments not yet tidied: what `finish(_:for:)` makes a `Result`.
    public struct Search: Sendable {
        public var scores: ScoreReport
        public var problem: PlanningProblem
        var solution: Solution
    }

    /// `planRemembering` in two steps, this the first: the search and what it proved, so that
    /// re-plans from the memory can start while `finish(_:for:)` tidies the payments.
    public func searchRemembering(_ agenda: Agenda, progress: (@Sendable (String) -> Void)? = nil) throws
        -> (search: Search, memory: SearchMemory?)
    {
        let (scores, problem) = self.problem(for: agenda)
        let searched = try located(agenda, problem) { () throws(SearchLimitation) in
            try solver.searchRemembering(problem, progress: words(progress, agenda))
        }
        return (Search(scores: scores, problem: problem, solution: searched.solution), searched.memory)
    }

    /// The plan of a search of `agenda`: its payments tidied, mapped onto the agenda and checked.
    public func finish(_ search: Search, for agenda: Agenda) throws -> Result {
        let solution = try located(agenda, search.problem) { () throws(SearchLimitation) in
            try solver.tidied(search.solution, in: search.problem)
        }
        return try finish(problem: search.problem, scores: search.scores, solution: solution, agenda: agenda)
    }

    /// Plans the agenda; when `memory` comes from the same agenda with other weights (the same
    /// actions, costs, money and rules; only scores differ), the search starts from what that
    /// search proved, and otherwise from scratch. A proven plan is the same optimum either search
    /// finds (among plans of exactly equal value either may be chosen).
    public func replan(_ agenda: Agenda, from memory: SearchMemory?, progress: (@Sendable (String) -> Void)? = nil)
        throws -> Replan
    {
        try replan(agenda, scores: ScoringEngine(registry: registry).score(agenda), from: memory, progress: progress)
    }

    /// `replan(_:from:progress:)` with the agenda's scores already made (`sensitivity` makes them
    /// from facts it builds once, `ScoringEngine.Reweighting`).
    func replan(
        _ agenda: Agenda, scores: ScoreReport, from memory: SearchMemory?, progress: (@Sendable (String) -> Void)? = nil
    ) throws -> Replan {
        let problem = ProblemCompiler.compile(agenda, scores: scores)
        let searched = try located(agenda, problem) { () throws(SearchLimitation) in
            try solver.solve(problem, from: memory, progress: words(progress, agenda))
        }
        return Replan(
            result: try finish(problem: problem, scores: scores, solution: searched.solution, agenda: agenda),
            lessons: searched.lessons)
    }

    private var solver: FundingSolver { FundingSolver(limits: limits, stop: stop) }

    /// The solver's progress, worded in the agenda's language.
    private func words(_ progress: (@Sendable (String) -> Void)?, _ agenda: Agenda) -> FundingSolver.Progress? {
        guard let progress else { return nil }
        let text = SearchProgressText(language: agenda.header.language)
        return { progress(text.describe($0)) }
    }

    /// Runs a search; a limitation of the solver becomes an error located in the agenda.
    private func located<T>(
        _ agenda: Agenda, _ problem: PlanningProblem,
        _ search: () throws(SearchLimitation) -> T
    ) throws -> T {
        do {
            return try search()
        } catch {
            throw FloorLimitation(
                diagnostic: InfeasibilityDiagnostics(agenda: agenda).diagnostic(for: error, in: problem))
        }
    }

    private func finish(
        problem: PlanningProblem, scores: ScoreReport, solution: Solution, agenda: Agenda,
        progress: FundingSolver.Progress? = nil
    ) throws -> Result {
        let plan = PlanAssembly(agenda: agenda, problem: problem).plan(from: solution, progress: progress)
        let result = Result(plan: plan, problem: problem, scores: scores)
        try verify(result, agenda: agenda)
        return result
    }

    /// Runs the independent verifier; a violation stops the command.
    func verify(_ result: Result, agenda: Agenda) throws {
        let violations = PlanVerifier(agenda: agenda, scores: result.scores).verify(result.plan)
        if !violations.isEmpty { throw VerificationFailure(violations: violations.map(\.description)) }
    }
}

extension Planner {
    /// The verifier found a plan that breaks a rule: a bug, never a plan to show.
    public struct VerificationFailure: Error, CustomStringConvertible {
        public var violations: [String]
        public var description: String {
            "internal error: the plan breaks the rules it must keep (please report this):\n"
                + violations.joined(separator: "\n")
        }
    }

    /// The search could not meet the allocation key's floors. This is a limit of the planner, not a
    /// proof that the agenda is infeasible (see docs/planner.md).
    public struct FloorLimitation: Error, CustomStringConvertible {
        /// The error, located at the allocation key, with the floor that was not met as a note.
        public var diagnostic: Diagnostic
        public var description: String { diagnostic.rendered }
    }
}
