// `payments`: what tidying the payments (issue 15) changes and costs. For each agenda, the plan is
// made with the payments as the search left them and with them tidied, in alternating order; the
// report gives both plans' payments, split action-years, payments under €1,000, changes of funder
// and score, and the median time of `Planner.plan` each way; a third way also works out what it
// would take to change the plan for every action (`Planner.planWithWhatItTakes`), and its row
// gives that time and how many of those figures are proven exact. The partners' committed euros
// are money too; the first row plans (tidy) without them, for the score they add. Last, CBC and
// HiGHS (when installed) look for the fewest payments for the tidy plan's funded actions, the
// independent measure of how far the tidying is from the fewest.

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
        "  method      per agenda, \(runs) rounds in this process of Planner.plan untidy and tidy and of "
            + "planWithWhatItTakes, in rotating order (loading not timed); medians")
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
    // The partners' committed euros add money: the score without them is measured apart.
    var withoutPartnerEuros = agenda
    for index in withoutPartnerEuros.partners.indices {
        withoutPartnerEuros.partners[index].commitment?.eurosPerYear = nil
    }
    let ways: [(name: String, plan: () throws -> Planner.Result)] = [
        ("no-partner€", { try tidy.plan(withoutPartnerEuros) }),
        ("untidy", { try untidy.plan(agenda) }), ("tidy", { try tidy.plan(agenda) }),
        ("explained", { try tidy.planWithWhatItTakes(agenda) }),
    ]
    var times: [String: [Double]] = [:]
    var results: [String: Planner.Result] = [:]
    for round in 0..<runs {
        // Each round starts with another way, so none always runs first on a cold machine.
        for offset in ways.indices {
            let way = ways[(round + offset) % ways.count]
            let start = ContinuousClock.now
            guard let result = try? way.plan() else {
                print("  \(path): the \(way.name) plan failed")
                return false
            }
            times[way.name, default: []].append(milliseconds(ContinuousClock.now - start))
            results[way.name] = result
        }
    }
    print("")
    print("  \(path)")
    print(
        "    plan         score      payments  action-years  split  under €1,000  funder changes  at least  median ms")
    for name in ways.map(\.name) {
        guard let plan = results[name]?.plan, let summary = plan.paymentsSummary else { continue }
        let fewest = summary.lowerBound.map { "\($0)" } ?? "-"
        print(
            "    " + padded(name, 12) + aligned(format(plan.objective.value, decimals: 4), 10)
                + aligned("\(summary.payments)", 10) + aligned("\(summary.actionYears)", 14)
                + aligned("\(summary.splitActionYears)", 7) + aligned("\(summary.paymentsUnder1000)", 14)
                + aligned("\(summary.funderChanges)", 16) + aligned(fewest, 10)
                + aligned(format(median(times[name] ?? []) ?? 0), 11))
    }
    if let explained = results["explained"]?.plan {
        let figures = explained.actions.compactMap(\.whatItTakes).filter { $0.pointsLost != nil }
        print(
            "    explained: \(figures.count) actions re-planned with a figure, \(figures.count(where: \.exact)) "
                + "proven exact; \(explained.actions.count { $0.whatItTakes?.impossible != nil }) without one "
                + "(commitments, stopped, dropped, or no plan)")
    }
    if let tidy = results["tidy"] { compareFewest(tidy) }
    return true
}

/// The tidy plan's payments beside the fewest that CBC and HiGHS find for the same funded actions
/// (`Planner.paymentsMPS`), each given a minute, once.
private func compareFewest(_ result: Planner.Result) {
    guard let summary = result.plan.paymentsSummary else { return }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
        "agenda-payments-\(ProcessInfo.processInfo.processIdentifier).mps")
    defer { try? FileManager.default.removeItem(at: file) }
    guard (try? Planner.paymentsMPS(for: result).write(to: file, atomically: true, encoding: .utf8)) != nil else {
        print("    fewest payments: cannot write \(file.path)")
        return
    }
    print("    fewest payments for the tidy plan's funded actions (Planner.paymentsMPS; each solver 60 s, one run):")
    let bound = summary.lowerBound.map { ", at least \($0)" } ?? ""
    print("      " + padded("this planner", 14) + "\(summary.payments)\(bound)")
    for solver in ReferenceSolver.allCases {
        let answer = solver.solve(file.path, minimise: true, seconds: 60)
        if let why = answer.missing {
            print("      " + padded(solver.rawValue, 14) + "skipped: \(why)")
            continue
        }
        let found = answer.objective.map { format($0, decimals: 0) } ?? "no plan"
        let proof =
            answer.proven ? "proven the fewest" : "at least " + (answer.bound.map { format($0, decimals: 0) } ?? "-")
        print(
            "      " + padded(solver.rawValue, 14) + "\(found), \(proof), in \(format(answer.seconds, decimals: 2)) s")
    }
}
