// `agenda-benchmarks plan --against cbc,highs`: the case's model written once as MPS, each reference
// solver run once on it with the same time limit, and a table of their answers beside the
// planner's search alone: status, objective, bound, gap, the times to 1 % and 0.1 % proven gap and
// to the end, and each time's ratio to the planner's.

import AgendaCore
import AgendaModules
import Foundation

/// Writes the case's MPS, runs each reference solver on it, keeps their answers in `outcome` and
/// prints the comparison. The MPS is a temporary file, removed afterwards.
func compareWithReferences(_ outcome: inout PlanCaseOutcome, path: String, options: PlanOptions) {
    let written = writeMPS(agendaAt: path, name: outcome.name)
    guard case .success(let (file, description)) = written else {
        if case .failure(let problem) = written { print("    MPS       \(problem.message)") }
        outcome.references = options.against.map { ($0, nil) }
        printComparison(outcome)
        return
    }
    defer { try? FileManager.default.removeItem(atPath: file) }
    print("    MPS       \(description)")
    for solver in options.against {
        let answer = solver.solve(file, minimise: false, seconds: options.referenceSeconds)
        outcome.references.append((solver, answer))
    }
    printComparison(outcome)
}

/// The agenda's model as MPS (`Planner.mps(for:)`) in a temporary file: its path and a line on it.
private func writeMPS(agendaAt path: String, name: String) -> Result<(String, String), PlanCaseError> {
    let start = ContinuousClock.now
    let loaded = AgendaLoader(registry: InstalledModules.registry).load(path: path)
    guard let agenda = loaded.agenda, !loaded.hasErrors else {
        return .failure(PlanCaseError(message: "not written: the agenda does not load without errors"))
    }
    let text = Planner(registry: loaded.registry).mps(for: agenda)
    let file = FileManager.default.temporaryDirectory
        .appendingPathComponent("agenda-plan-benchmark-\(ProcessInfo.processInfo.processIdentifier)-\(name).mps")
    let bytes = Data(text.utf8)
    do {
        try bytes.write(to: file)
    } catch {
        return .failure(PlanCaseError(message: "cannot write \(file.path): \(error.localizedDescription)"))
    }
    let elapsed = milliseconds(ContinuousClock.now - start)
    return .success(
        (file.path, "\(megabytes(bytes.count)), loaded and written in \(format(elapsed)) ms; \(file.path) (temporary)"))
}

/// One row of the comparison: what a solver found and when, in points and seconds.
private struct ComparisonRow {
    var name: String
    var status: String
    var objective: Double?
    var bound: Double?
    var toOnePercent: Double?
    var toTenthPercent: Double?
    var final: Double?

    var gap: Double? {
        guard let objective, let bound else { return nil }
        return GapTrace.gap(objective: objective, bound: bound)
    }
}

/// The planner's row: the medians of its search alone, the last round's answer.
private func plannerRow(_ outcome: PlanCaseOutcome) -> ComparisonRow {
    let medians = medianRound(outcome.rounds)
    let plan = outcome.plan
    func points(_ key: String) -> Double? { plan[key].flatMap(Double.init).map { $0 / 10_000 } }
    return ComparisonRow(
        name: "planner", status: plan["search_status"] ?? outcome.status, objective: points("search_objective"),
        bound: points("search_bound"), toOnePercent: medians.t1Ms.map { $0 / 1_000 },
        toTenthPercent: medians.t01Ms.map { $0 / 1_000 }, final: medians.searchMs.map { $0 / 1_000 })
}

/// A reference solver's row.
private func referenceRow(_ solver: ReferenceSolver, _ answer: ReferenceAnswer) -> ComparisonRow {
    ComparisonRow(
        name: solver.rawValue, status: answer.status, objective: answer.objective, bound: answer.bound,
        toOnePercent: answer.trace.firstSeconds(atMost: 0.01),
        toTenthPercent: answer.trace.firstSeconds(atMost: 0.001), final: answer.seconds)
}

/// The table: the planner's search alone, then each reference solver, or why it has no row.
private func printComparison(_ outcome: PlanCaseOutcome) {
    let planner = outcome.rounds.isEmpty ? nil : plannerRow(outcome)
    print(
        "    against   the same model; times in seconds (planner: medians of the search alone); "
            + "ratio = the solver's time / the planner's")
    print(
        "      solver    status            objective         bound     gap (%)    to 1 %   to 0.1 %      final"
            + "   ratio 1 % / 0.1 % / final")
    if let planner { printRow(planner, against: planner) }
    for (solver, answer) in outcome.references {
        guard let answer else {
            print("      \(solver.rawValue): not run (no MPS)")
            continue
        }
        if let why = answer.missing {
            print("      \(solver.rawValue): \(answer.notInstalled ? why : "failed: " + why)")
            continue
        }
        printRow(referenceRow(solver, answer), against: planner)
    }
}

private func printRow(_ row: ComparisonRow, against planner: ComparisonRow?) {
    func number(_ value: Double?, _ width: Int, decimals: Int) -> String {
        aligned(value.map { format($0, decimals: decimals) } ?? "-", width)
    }
    func ratio(_ mine: Double?, _ theirs: Double?) -> String {
        guard let mine, let theirs, theirs > 0 else { return "-" }
        return format(mine / theirs, decimals: mine / theirs < 10 ? 2 : 1) + "x"
    }
    let ratios = [
        ratio(row.toOnePercent, planner?.toOnePercent), ratio(row.toTenthPercent, planner?.toTenthPercent),
        ratio(row.final, planner?.final),
    ]
    print(
        "      " + padded(row.name, 10) + padded(row.status, 12) + number(row.objective, 15, decimals: 4)
            + number(row.bound, 14, decimals: 4) + number(row.gap.map { $0 * 100 }, 12, decimals: 4)
            + number(row.toOnePercent, 10, decimals: 3) + number(row.toTenthPercent, 11, decimals: 3)
            + number(row.final, 11, decimals: 3) + "   " + ratios.joined(separator: " / "))
}
