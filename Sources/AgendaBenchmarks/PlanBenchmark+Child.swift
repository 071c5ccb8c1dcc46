// The child process of `agenda-benchmarks plan`: `plan-file FILE` loads the agenda, times the whole
// `Planner.plan`, then times the search alone on the model the exported MPS holds, with a trace of
// its best plan and bound over time, and prints one line of `key=value` fields.

import AgendaCore
import AgendaModules
import AgendaSolver
import Foundation

/// A child process of `plan`: loads the agenda at `path`, plans it once, searches its model once
/// more on its own, prints one line of `key=value` fields (`message=` last, to the end of the
/// line) and returns the exit status: 0 a plan (of any status), 1 the agenda is invalid, 3 the
/// planner threw.
func planFileChild(path: String) -> Int32 {
    let loadStart = ContinuousClock.now
    let loader = AgendaLoader(registry: InstalledModules.registry)
    let loaded = loader.load(path: path)
    let loadTime = ContinuousClock.now - loadStart
    var fields: [(String, String)] = [("load_ms", "\(milliseconds(loadTime))")]
    func report(_ message: String? = nil) {
        var line = fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
        if let message {
            // One line: the parent reads the last line of the output.
            line += " message=" + message.split(whereSeparator: \.isNewline).joined(separator: " | ")
        }
        print(line)
    }
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let agenda = loaded.agenda else {
        fields += [("peak_bytes", "\(peakMemoryBytes() ?? 0)"), ("status", "invalid")]
        report(
            "the agenda has \(errors.count) errors; the first: "
                + "\(errors.first?.rendered ?? "none, but it could not be decoded")"
        )
        return 1
    }
    fields.append(("actions", "\(agenda.actions.count)"))
    fields.append(("municipalities", "\(agenda.region.municipalities.count)"))

    // `loader.registry` is `InstalledModules.registry`, the registry the agenda was validated with.
    let planner = Planner(registry: loader.registry)
    if let failure = timePlan(planner, agenda, into: &fields) {
        report(failure)
        return 3
    }
    fields += timeSearch(planner, agenda)
    report()
    return 0
}

/// Times `Planner.plan` and adds its fields, its peak memory included (taken before the search
/// alone runs, so it is the plan's own); returns the error's text when the planner threw.
private func timePlan(_ planner: Planner, _ agenda: Agenda, into fields: inout [(String, String)]) -> String? {
    let planStart = ContinuousClock.now
    let outcome = Swift.Result { try planner.plan(agenda) }
    let planTime = ContinuousClock.now - planStart
    fields.append(("plan_ms", "\(milliseconds(planTime))"))
    fields.append(("peak_bytes", "\(peakMemoryBytes() ?? 0)"))
    switch outcome {
    case .success(let result):
        let plan = result.plan
        fields += [
            ("status", plan.status.rawValue),
            ("objective", "\(plan.objective.tenThousandths)"),
            ("bound", "\(plan.bound.tenThousandths)"),
            ("gap_percent", "\(plan.gap * 100)"),
            ("method", plan.search.method.isEmpty ? "-" : plan.search.method),
            ("nodes", "\(plan.search.nodes)"),
            ("funded", "\(plan.actions.count { $0.funded })"),
        ]
        return nil
    case .failure(let error):
        fields.append(("status", "error"))
        return "\(type(of: error)): \(error)"
    }
}

/// Times the search alone on the problem `Planner.mps(for:)` writes, with the planner's limits and
/// without tidying the payments (the MILP the reference solvers get has no such phase), and
/// returns its fields: time, status, objective, bound, gap, and the times its proven gap first
/// reached 1 % and 0.1 % ("-" when it never did).
private func timeSearch(_ planner: Planner, _ agenda: Agenda) -> [(String, String)] {
    let problem = planner.problem(for: agenda).problem
    var limits = planner.limits
    limits.tidiesPayments = false
    let recorder = SearchRecorder()
    let outcome = Swift.Result { () throws(SearchLimitation) in
        try FundingSolver(limits: limits).solve(problem, progress: recorder.record)
    }
    let seconds = recorder.elapsed
    var fields = [("search_ms", "\(seconds * 1_000)"), ("search_peak_bytes", "\(peakMemoryBytes() ?? 0)")]
    guard case .success(let solution) = outcome else {
        return fields + [("search_status", "limitation")]
    }
    var trace = recorder.trace
    guard solution.funded != nil else {
        return fields + [
            ("search_status", "infeasible"), ("search_method", solution.method.rawValue),
            ("search_nodes", "\(solution.nodes)"),
        ]
    }
    let scale = PlanningProblem.scoreScale
    trace.add(seconds: seconds, objective: Double(solution.objective) / scale, bound: Double(solution.bound) / scale)
    let gap = GapTrace.gap(objective: Double(solution.objective), bound: Double(solution.bound))
    func time(_ threshold: Double) -> String { trace.firstSeconds(atMost: threshold).map { "\($0 * 1_000)" } ?? "-" }
    fields += [
        ("search_status", solution.proven ? "optimal" : "feasible"),
        ("search_objective", "\(solution.objective)"), ("search_bound", "\(solution.bound)"),
        ("search_gap_percent", "\(gap * 100)"), ("t1_ms", time(0.01)), ("t01_ms", time(0.001)),
        ("search_method", solution.method.rawValue), ("search_nodes", "\(solution.nodes)"),
        ("trace_points", "\(trace.points.count)"),
    ]
    return fields
}

/// Collects a search's progress as a `GapTrace` in points, each report timed since the recorder
/// was made. The search may report from several threads, so the trace is behind a lock.
final class SearchRecorder: @unchecked Sendable {
    private let start = ContinuousClock.now
    private let lock = NSLock()
    private var collected = GapTrace()

    /// Seconds since the recorder was made.
    var elapsed: Double { milliseconds(ContinuousClock.now - start) / 1_000 }

    var trace: GapTrace { lock.withLock { collected } }

    /// Adds what a progress report says about the best plan or the bound.
    func record(_ progress: SearchProgress) {
        let seconds = elapsed
        let scale = PlanningProblem.scoreScale
        let (objective, bound): (Int?, Int?)
        switch progress {
        case .rootBound(let value): (objective, bound) = (nil, value)
        case .plan(let value, _), .tighteningBound(let value), .secondSplit(let value), .mixing(_, _, let value):
            (objective, bound) = (value, nil)
        case .searching(_, let best, let value): (objective, bound) = (best, value)
        case .boundStep(_, _, let value): (objective, bound) = (nil, value)
        case .splitting, .crossPartWithoutPlan, .partsPlanned, .partsPlannedWithCrossActions, .planningParts,
            .explaining:
            return
        }
        lock.withLock {
            collected.add(
                seconds: seconds, objective: objective.map { Double($0) / scale },
                bound: bound.map { Double($0) / scale })
        }
    }
}
