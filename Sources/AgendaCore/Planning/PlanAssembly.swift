import AgendaSolver

/// Maps the solver's answer back onto the agenda: ids instead of indices, calendar years, each
/// unfunded action's reason, and, without a plan, diagnostics located in the agenda's files.
struct PlanAssembly {
    let agenda: Agenda
    let problem: PlanningProblem
    /// The actions whose status is `stopped`.
    private let stopped: Set<String>

    init(agenda: Agenda, problem: PlanningProblem) {
        self.agenda = agenda
        self.problem = problem
        stopped = Set(agenda.actions.filter { $0.status == .stopped }.map(\.id))
    }

    /// The plan the solution describes; `progress` hears how the reasons for unfunded actions are
    /// worked out, which takes a while on large agendas.
    func plan(from solution: Solution, progress: FundingSolver.Progress? = nil) -> Plan {
        let search = SearchStatistics(
            method: solution.method.rawValue, nodes: solution.nodes, interrupted: solution.interrupted)
        let scenario = agenda.appliedScenarios.isEmpty ? nil : agenda.appliedScenarios.joined(separator: "+")
        guard let funded = solution.funded else {
            let actions = problem.actions.map { action in
                ActionOutcome(
                    id: action.id, funded: false, score: Points(tenThousandths: action.score),
                    reason: neverReason(action.id) ?? .budget, payments: [])
            }
            let sources = problem.sources.flatMap { source in
                problem.years.indices.map {
                    SourceYear(
                        id: source.id, year: problem.years[$0], budget: source.budget[$0], spent: 0, shadowPrice: 0)
                }
            }
            let describe = InfeasibilityDiagnostics(agenda: agenda)
            return Plan(
                agenda: agenda.id, scenario: scenario, status: .infeasible, objective: .zero, bound: .zero,
                actions: actions, sources: sources,
                diagnostics: solution.infeasibility.map { describe.diagnostic(for: $0, in: problem) },
                search: search)
        }
        let causes = FundingSolver.unfundedCauses(in: problem, funded: funded, progress: progress)
        var actions = problem.actions.indices.map { index in
            outcome(index, funded: funded[index], cause: causes[index], payments: solution.payments[index])
        }
        let sources = sourceYears(solution)
        let details = UnfundedDetails(problem: problem, funded: funded, sources: sources)
        for index in actions.indices {
            actions[index].cause = actions[index].reason.flatMap { details.detail(index, reason: $0) }
        }
        var plan = Plan(
            agenda: agenda.id, scenario: scenario, status: solution.proven ? .optimal : .feasible,
            objective: Points(tenThousandths: solution.objective), bound: Points(tenThousandths: solution.bound),
            actions: actions, sources: sources,
            diagnostics: solution.interrupted ? [interruption(solution)] : [], search: search)
        plan.paymentsSummary = Self.summary(solution)
        return plan
    }

    /// The shape of the solution's payments, with what the solver proved about their count.
    private static func summary(_ solution: Solution) -> PaymentsSummary {
        let shape = PaymentShape(solution.payments)
        return PaymentsSummary(
            payments: shape.payments, actionYears: shape.actionYears, splitActionYears: shape.splitActionYears,
            funderChanges: shape.funderChanges, paymentsUnder1000: shape.paymentsUnder1000,
            lowerBound: solution.paymentsLowerBound)
    }

    /// The warning on a plan whose search was stopped before it proved the plan best.
    private func interruption(_ solution: Solution) -> Diagnostic {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        return .warning(
            DiagnosticCode.searchInterrupted,
            t(
                "plan.interrupted", n.points(Points(tenThousandths: solution.objective)),
                n.points(Points(tenThousandths: solution.bound))),
            at: .file(agenda.files.first ?? ""))
    }

    /// One action's outcome, its payments by year, then source in the agenda's order.
    private func outcome(_ index: Int, funded: Bool, cause: UnfundedCause?, payments: [Solution.Payment])
        -> ActionOutcome
    {
        let action = problem.actions[index]
        let payments =
            payments
            .sorted { ($0.year, $0.source) < ($1.year, $1.source) }
            .map { Payment(year: problem.years[$0.year], source: problem.sources[$0.source].id, amount: $0.amount) }
        return ActionOutcome(
            id: action.id, funded: funded, score: Points(tenThousandths: action.score),
            reason: funded ? nil : cause.map { reason($0, action: action.id) }, payments: payments)
    }

    /// Every source and year: its budget with money carried over, what the plan spends, and the
    /// price of one more euro where the budget binds.
    private func sourceYears(_ solution: Solution) -> [SourceYear] {
        var spent = Array(repeating: Array(repeating: 0, count: problem.years.count), count: problem.sources.count)
        for payments in solution.payments {
            for payment in payments { spent[payment.source][payment.year] += payment.amount }
        }
        var sources: [SourceYear] = []
        for (index, source) in problem.sources.enumerated() {
            var carried = 0
            for year in problem.years.indices {
                let budget = source.budget[year] + carried
                let used = spent[index][year]
                // A price counts only where the budget binds: the plan leaves (almost) nothing.
                let binds = budget - used <= max(1, budget / 100)
                let price = binds ? max(0, solution.prices[index][year]) : 0
                sources.append(
                    SourceYear(
                        id: source.id, year: problem.years[year], budget: budget, spent: used,
                        shadowPrice: (price * 1e9).rounded() / 1e9))
                carried = source.carryOver ? budget - used : 0
            }
        }
        return sources
    }

    private func reason(_ cause: UnfundedCause, action: String) -> Plan.Reason {
        switch cause {
        case .fixedOut: neverReason(action) ?? .stopped
        case .ineligible: .eligibility
        case .excluded: .excludes
        case .requirementUnfunded: .requires
        case .floors: .fairness
        case .budget: .budget
        }
    }

    /// Why the agenda never funds an action: the scenario drops it, or its status is `stopped`.
    private func neverReason(_ id: String) -> Plan.Reason? {
        if agenda.droppedActions.contains(id) { return .dropped }
        return stopped.contains(id) ? .stopped : nil
    }
}
