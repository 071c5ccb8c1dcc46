// The rounds of one case of `agenda-benchmarks plan`: a plan child and a load-only reference child
// per round, in alternating order, their figures row by row, then the medians, the plan and the
// search alone.

import Foundation

/// Runs the rounds of one case and prints them, their medians, the plan and the search alone; the
/// case stops at its first failed round (`outcome.error`).
func runRounds(_ outcome: inout PlanCaseOutcome, path: String, options: PlanOptions, me: String) {
    print(
        "    run    plan (ms)   load (ms)   peak (MB)   reference load (ms)   reference peak (MB)   search (ms)   "
            + "to 1 % (ms)   to 0.1 % (ms)")
    for round in 1...options.runs {
        var reference: ChildRun?
        if round % 2 == 0 { reference = runChild(me, ["load-file", path], timeout: options.timeout) }
        let planned = runChild(me, ["plan-file", path], timeout: options.timeout)
        if round % 2 == 1 { reference = runChild(me, ["load-file", path], timeout: options.timeout) }
        let fields = planned.fields
        let row = roundRow(fields, reference: reference)
        printRound(String(round), row)
        if let reference, row.referenceMs == nil { print("           reference: \(reference.failure)") }
        if planned.timedOut {
            outcome.error = "timed out after \(secondsText(options.timeout)) s"
        } else if fields["status"] == nil {
            outcome.error = "error: \(planned.failure)"
        } else if ["error", "invalid"].contains(fields["status"]) || fields["plan_ms"] == nil {
            outcome.error = "error: " + (fields["message"] ?? planned.failure)
        }
        if let error = outcome.error {
            print("           \(error)")
            break
        }
        outcome.plan = fields
        outcome.rounds.append(row)
    }
    guard !outcome.rounds.isEmpty else { return }
    printMedians(outcome.rounds)
    printPlan(outcome)
    if let error = outcome.error { print("    stopped   \(error)") }
}

/// A round's figures from the plan child's fields and the reference child's numbers; a figure the
/// child did not print is 0 (the plan's) or nil (the others').
private func roundRow(_ fields: [String: String], reference: ChildRun?) -> PlanRound {
    // `load-file` prints milliseconds, peak bytes and errors.
    let numbers =
        reference.map { run in
            (run.output.split(whereSeparator: \.isNewline).last ?? "").split(separator: " ").compactMap {
                Double($0)
            }
        } ?? []
    let referenceOK = numbers.count >= 2 && !(reference?.timedOut ?? true)
    func number(_ key: String) -> Double? { fields[key].flatMap(Double.init) }
    return PlanRound(
        planMs: number("plan_ms") ?? 0, loadMs: number("load_ms") ?? 0, peak: number("peak_bytes") ?? 0,
        referenceMs: referenceOK ? numbers[0] : nil, referencePeak: referenceOK ? numbers[1] : nil,
        searchMs: number("search_ms"), t1Ms: number("t1_ms"), t01Ms: number("t01_ms"))
}

/// One row of the rounds table; a failed run shows what its child measured before it stopped.
private func printRound(_ label: String, _ row: PlanRound) {
    func shown(_ value: Double?, _ width: Int, scale: Double = 1, decimals: Int = 1) -> String {
        aligned(value.map { format($0 / scale, decimals: decimals) } ?? "-", width)
    }
    print(
        "    \(padded(label, 6))" + shown(row.planMs, 10) + shown(row.loadMs, 12)
            + shown(row.peak, 12, scale: 1_048_576, decimals: 2) + shown(row.referenceMs, 22)
            + shown(row.referencePeak, 22, scale: 1_048_576, decimals: 2) + shown(row.searchMs, 14)
            + shown(row.t1Ms, 14) + shown(row.t01Ms, 16))
}

/// The medians of the rounds' figures. A time to 1 % or 0.1 % has a median only when every round
/// reached it.
func medianRound(_ rounds: [PlanRound]) -> PlanRound {
    func whole(_ values: [Double?]) -> Double? {
        let found = values.compactMap { $0 }
        return found.count == values.count ? median(found) : nil
    }
    return PlanRound(
        planMs: median(rounds.map(\.planMs)) ?? 0, loadMs: median(rounds.map(\.loadMs)) ?? 0,
        peak: median(rounds.map(\.peak)) ?? 0, referenceMs: median(rounds.compactMap(\.referenceMs)),
        referencePeak: median(rounds.compactMap(\.referencePeak)), searchMs: whole(rounds.map(\.searchMs)),
        t1Ms: whole(rounds.map(\.t1Ms)), t01Ms: whole(rounds.map(\.t01Ms)))
}

private func printMedians(_ rounds: [PlanRound]) {
    printRound("median", medianRound(rounds))
    for (name, times) in [("1 %", rounds.map(\.t1Ms)), ("0.1 %", rounds.map(\.t01Ms))] {
        let reached = times.count { $0 != nil }
        if reached > 0, reached < times.count {
            print("           the search reached \(name) in \(reached) of \(times.count) rounds: no median")
        }
    }
}

/// The last round's plan, and its search alone.
private func printPlan(_ outcome: PlanCaseOutcome) {
    let plan = outcome.plan
    func points(_ key: String) -> String {
        plan[key].flatMap(Double.init).map { format($0 / 10_000, decimals: 4) } ?? "-"
    }
    func percent(_ key: String) -> String { plan[key].flatMap(Double.init).map { format($0, decimals: 4) } ?? "-" }
    print(
        "    plan      \(plan["status"] ?? "-"), objective \(points("objective")), bound \(points("bound")), "
            + "gap \(percent("gap_percent")) %, search \(plan["method"] ?? "-") (\(plan["nodes"] ?? "-") nodes), "
            + "\(plan["funded"] ?? "-") of \(plan["actions"] ?? "-") actions funded, "
            + "\(plan["municipalities"] ?? "-") municipalities")
    print(
        "    search    \(plan["search_status"] ?? "-"), objective \(points("search_objective")), bound "
            + "\(points("search_bound")), gap \(percent("search_gap_percent")) % of the objective, "
            + "\(plan["search_method"] ?? "-") (\(plan["search_nodes"] ?? "-") nodes), "
            + "\(plan["trace_points"] ?? "-") progress reports, peak "
            + "\(plan["search_peak_bytes"].flatMap(Double.init).map { format($0 / 1_048_576, decimals: 2) } ?? "-") MB "
            + "after it")
}
