import AgendaSolver

extension Planner {
    /// Nodes each re-plan may search: forcing an action in can make the search far harder than the
    /// plan's own, and an analyst would rather have every action's figure, some as a range, soon.
    public static let replanNodes = 2_000

    /// Plans the agenda and, when a single proven branch and bound found the plan, works out for
    /// every action what it would take to change the plan (`WhatItTakes`): each unfunded action is
    /// forced in and each funded one left out, and the agenda planned again. The re-plans start
    /// from what the plan's own search proved, which stays a valid bound when actions are fixed, so
    /// each searches only the part of the tree the change reopens. A re-plan proven within its
    /// nodes gives the exact loss (`exact`); one that is not gives the loss as a range.
    /// Larger agendas, planned in parts or by the Lagrangian search, get no `whatItTakes`.
    public func planWithWhatItTakes(_ agenda: Agenda, progress: (@Sendable (String) -> Void)? = nil) throws
        -> Result
    {
        let planned = try planRemembering(agenda, progress: progress)
        var result = planned.result
        guard let memory = planned.memory, result.plan.status != .infeasible else { return result }
        progress?(SearchProgressText(language: agenda.header.language).replanning(result.plan.actions.count))
        let snapshot = result
        let changes = try ParallelWork.map(snapshot.plan.actions.count) { index in
            self.whatItTakes(index, in: agenda, result: snapshot, memory: memory)
        }
        for (index, change) in changes.enumerated() { result.plan.actions[index].whatItTakes = change }
        return result
    }

    /// Forces the unfunded action at `index` in, or leaves the funded one out, and plans again.
    private func whatItTakes(_ index: Int, in agenda: Agenda, result: Result, memory: SearchMemory) -> WhatItTakes {
        let outcome = result.plan.actions[index]
        let change: WhatItTakes.Change = outcome.funded ? .dropped : .forced
        var problem = result.problem
        switch (problem.actions[index].fixed, outcome.funded) {
        case (.mustFund, _): return .impossible(change, .committed)
        case (.never, _): return .impossible(change, outcome.reason == .stopped ? .stopped : .dropped)
        case (.free, false): problem.actions[index].fixed = .mustFund
        case (.free, true):
            // Left out as a scenario's `drop` leaves it out, so the allocation key's floors follow.
            var without = agenda
            without.droppedActions.insert(outcome.id)
            problem = ProblemCompiler.compile(without, scores: result.scores)
        }
        var replanner = limits
        replanner.tidiesPayments = false
        replanner.nodes = min(limits.nodes, Self.replanNodes)
        let solution: Solution
        do {
            solution = try FundingSolver(limits: replanner, stop: stop).solve(problem, from: memory).solution
        } catch {
            return .impossible(change, .notSettled)
        }
        guard let funded = solution.funded else { return .impossible(change, .noPlan) }
        var takes = compared(
            index, funded: funded, objective: solution.objective, proven: solution.proven, result: result)
        if !takes.exact {
            takes.pointsLostAtLeast = Points(tenThousandths: result.plan.objective.tenThousandths - solution.bound)
        }
        takes.nodes = solution.nodes
        return takes
    }

    /// The re-plan beside the plan: the points lost and the actions that leave or enter.
    private func compared(_ index: Int, funded: [Bool], objective: Int, proven: Bool, result: Result) -> WhatItTakes {
        let plan = result.plan
        let lost = Points(tenThousandths: plan.objective.tenThousandths - objective)
        let others = plan.actions.indices.filter { $0 != index }
        let outcome = plan.actions[index]
        return WhatItTakes(
            change: outcome.funded ? .dropped : .forced, pointsLost: lost,
            wouldLeave: others.filter { plan.actions[$0].funded && !funded[$0] }.map { plan.actions[$0].id },
            wouldEnter: others.filter { !plan.actions[$0].funded && funded[$0] }.map { plan.actions[$0].id },
            scoreToEnter: outcome.funded ? nil : outcome.score + lost,
            exact: proven && plan.status == .optimal)
    }
}
