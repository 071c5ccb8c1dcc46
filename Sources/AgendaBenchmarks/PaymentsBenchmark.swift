// `payments`: what tidying the payments (issue 15) changes and costs. For each agenda, the plan is
// made with the payments as the search left them and with them tidied, in alternating order; the
// report gives both plans' payments, split action-years, payments under €1,000, changes of funder
// and score, and the median time of `Planner.plan` each way.

import AgendaCore
import AgendaModules
import Foundation

/// `agenda-benchmarks payments [--runs N] [--agenda PATH]...`.
func paymentsBenchmark(_ arguments: [String]) -> Int32 {
    var runs = 7
    var agendas: [String] = []
    let unknownOption: (String) -> String = { "unknown option '\($0)' for payments\n\n\(usage)" }
    readOptions(arguments, unknown: unknownOption) { value in
        switch value.option {
        case "--runs": runs = value.wholeNumber(atLeast: 1)
        case "--agenda": agendas.append(value.text)
        default: return false
        }
        return true
    }
    if agendas.isEmpty { agendas = ["agendas/haaglanden", "agendas/partners"] }
    print("agenda-benchmarks payments")
    print("")
    print("  machine     \(machineFacts())")
    print(
        "  method      per agenda, \(runs) rounds of Planner.plan in this process, untidy and tidy in "
            + "alternating order (loading not timed); medians")
    for path in agendas {
        guard measurePayments(path, runs: runs) else { return 1 }
    }
    return 0
}

/// One agenda's two plans; false when it does not load or plan.
private func measurePayments(_ path: String, runs: Int) -> Bool {
    guard case .success(let root) = regionalCase(path).path else {
        print("  \(path): holds no single agenda")
        return false
    }
    let loaded = AgendaLoader(registry: InstalledModules.registry).load(path: root)
    guard let agenda = loaded.agenda, !loaded.hasErrors else {
        print("  \(path): does not load")
        return false
    }
    var untidy = Planner(registry: loaded.registry)
    untidy.limits.tidiesPayments = false
    let tidy = Planner(registry: loaded.registry)
    var times: [String: [Double]] = ["untidy": [], "tidy": []]
    var plans: [String: Plan] = [:]
    for round in 0..<runs {
        for (name, planner) in round % 2 == 0
            ? [("untidy", untidy), ("tidy", tidy)] : [("tidy", tidy), ("untidy", untidy)]
        {
            let start = ContinuousClock.now
            guard let result = try? planner.plan(agenda) else {
                print("  \(path): the \(name) plan failed")
                return false
            }
            times[name, default: []].append(milliseconds(ContinuousClock.now - start))
            plans[name] = result.plan
        }
    }
    print("")
    print("  \(path)")
    print("    plan     score      payments  action-years  split  under €1,000  funder changes  at least  median ms")
    for name in ["untidy", "tidy"] {
        guard let plan = plans[name], let summary = plan.paymentsSummary else { continue }
        let fewest = summary.lowerBound.map { "\($0)" } ?? "-"
        print(
            "    " + padded(name, 8) + aligned(format(plan.objective.value, decimals: 4), 10)
                + aligned("\(summary.payments)", 10) + aligned("\(summary.actionYears)", 14)
                + aligned("\(summary.splitActionYears)", 7) + aligned("\(summary.paymentsUnder1000)", 14)
                + aligned("\(summary.funderChanges)", 16) + aligned(fewest, 10)
                + aligned(format(median(times[name] ?? []) ?? 0), 11))
    }
    return true
}
