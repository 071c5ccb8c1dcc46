// `agenda-benchmarks analysis`: `sensitivity` on the regional agenda and `compare` on the national
// generated agenda, each timed in a fresh child process and set against a reference child that
// makes one plan of the same agenda, in the same run.

import AgendaCore
import AgendaModules
import AgendaSynthetic
import Foundation

/// The national agenda with ten scenarios (the two every generated agenda has and eight more).
let nationalWithScenarios = SyntheticAgenda.Parameters(
    municipalities: 342, actions: 10_000, years: 4, seed: 1, scenarios: 10)

/// A child of `analysis`: loads the agenda, times one analysis, prints `key=value` fields.
/// `kind` is `sensitivity` (argument: samples) or `compare` (argument: scenario ids, comma-separated).
func analysisFileChild(kind: String, path: String, argument: String) -> Int32 {
    let loaded = AgendaLoader(registry: InstalledModules.registry).load(path: path)
    guard !loaded.hasErrors, let agenda = loaded.agenda else {
        print("status=invalid message=the agenda has errors")
        return 1
    }
    let planner = Planner(registry: InstalledModules.registry)
    let start = ContinuousClock.now
    var fields: [(String, String)]
    do {
        switch kind {
        case "sensitivity":
            let analysis = try SensitivityAnalysis.run(
                agenda: agenda, samples: Int(argument) ?? 1_000, spread: 0.2, seed: 1,
                planner: planner)
            fields = [
                ("samples", "\(analysis.samples)"), ("proven", "\(analysis.provenSamples)"),
                ("fragile", "\(analysis.actions.count { $0.verdict == .fragile })"),
            ]
        default:
            let ids = argument.split(separator: ",").map(String.init)
            let comparison = try ScenarioComparison.run(agenda: agenda, scenarios: ids, planner: planner)
            let plans = [comparison.baseline] + comparison.variants
            fields = [
                ("plans", "\(plans.count)"),
                ("optimal", "\(plans.count { $0.plan.status == .optimal })"),
                ("largest_gap_percent", "\(plans.map { $0.plan.gap * 100 }.max() ?? 0)"),
            ]
        }
    } catch {
        print("status=error message=\(error)".split(whereSeparator: \.isNewline).joined(separator: " | "))
        return 3
    }
    let elapsed = ContinuousClock.now - start
    fields =
        [("analysis_ms", "\(milliseconds(elapsed))")] + fields + [
            ("peak_bytes", "\(peakMemoryBytes() ?? 0)"), ("status", "ok"),
        ]
    print(fields.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
    return 0
}

/// `agenda-benchmarks analysis [--only sensitivity|compare] [--runs N] [--samples N] [--timeout S]`.
func analysisBenchmark(_ arguments: [String]) -> Int32 {
    var runs = 3
    var only: String?
    var samples = 1_000
    var timeout = 1_800.0
    let unknownOption: (String) -> String = { "unknown option '\($0)' for analysis\n\n\(usage)" }
    readOptions(arguments, unknown: unknownOption) { value in
        switch value.option {
        case "--runs": runs = value.wholeNumber(atLeast: 1)
        case "--only": only = value.oneOf(["sensitivity", "compare"])
        case "--samples": samples = value.wholeNumber(atLeast: 1)
        case "--timeout": timeout = value.seconds()
        default: return false
        }
        return true
    }
    let me = Bundle.main.executablePath ?? CommandLine.arguments[0]
    print("agenda-benchmarks analysis")
    print("")
    print("  machine     \(machineFacts())")
    print(
        "  method      \(runs) round\(runs == 1 ? "" : "s") per case, each two fresh child processes, order swapped "
            + "each round: "
            + "the analysis child times only the analysis (SensitivityAnalysis.run or ScenarioComparison.run, "
            + "both cores); "
            + "the reference child `plan-file` times one Planner.plan of the same agenda. Medians.")
    var failed = false
    for name in ["sensitivity", "compare"] where only == nil || only == name {
        let planCase =
            name == "sensitivity" ? regionalCase("agendas/haaglanden") : generatedCase("compare", nationalWithScenarios)
        print("")
        print("  \(name)")
        print("    agenda    \(planCase.description)")
        guard case .success(let path) = planCase.path else {
            print("    error: cannot prepare the agenda")
            failed = true
            continue
        }
        defer { if planCase.temporary { try? FileManager.default.removeItem(atPath: path) } }
        let argument =
            name == "sensitivity"
            ? String(samples)
            : (["municipal-cuts", "extra-grant"] + (3...10).map { "scenario-\($0)" }).joined(separator: ",")
        print(
            "    work      "
                + (name == "sensitivity"
                    ? "\(samples) samples, spread 0.2, seed 1" : "baseline + 10 scenarios: \(argument)"))
        print("    run    analysis (ms)   peak (MB)   reference plan (ms)   plans   detail")
        var times: [Double] = []
        var references: [Double] = []
        var peaks: [Double] = []
        for round in 1...runs {
            var reference: ChildRun?
            if round % 2 == 0 { reference = runChild(me, ["plan-file", path], timeout: timeout) }
            let run = runChild(me, ["analysis-file", name, path, argument], timeout: timeout)
            if round % 2 == 1 { reference = runChild(me, ["plan-file", path], timeout: timeout) }
            let fields = run.fields
            guard fields["status"] == "ok", let ms = fields["analysis_ms"].flatMap(Double.init) else {
                print(
                    "    \(padded(String(round), 6))failed: "
                        + "\(run.timedOut ? "timed out" : fields["message"] ?? run.failure)"
                )
                failed = true
                break
            }
            let referenceMs = reference?.fields["plan_ms"].flatMap(Double.init)
            times.append(ms)
            peaks.append(fields["peak_bytes"].flatMap(Double.init) ?? 0)
            if let referenceMs { references.append(referenceMs) }
            let detail =
                name == "sensitivity"
                ? "proven optimal \(fields["proven"] ?? "-"), fragile actions \(fields["fragile"] ?? "-")"
                : "optimal \(fields["optimal"] ?? "-"), largest gap "
                    + "\(fields["largest_gap_percent"].flatMap(Double.init).map { format($0, decimals: 4) } ?? "-") %"
            print(
                "    \(padded(String(round), 6))" + aligned(format(ms), 14)
                    + aligned(format((peaks.last ?? 0) / 1_048_576, decimals: 2), 12)
                    + aligned(referenceMs.map { format($0) } ?? "failed", 22)
                    + aligned(name == "sensitivity" ? String(samples + 1) : fields["plans"] ?? "-", 8) + "   " + detail)
        }
        guard let time = median(times) else { continue }
        let reference = median(references)
        print(
            "    median    analysis \(format(time)) ms, reference plan \(reference.map { format($0) } ?? "-") ms, "
                + "peak \(format(median(peaks)! / 1_048_576, decimals: 2)) MB"
        )
        let plans = Double(name == "sensitivity" ? samples + 1 : 11)
        if let reference {
            print(
                "    per plan  \(format(time / plans)) ms of wall time, against \(format(reference)) ms for one "
                    + "plan alone"
            )
        }
        print(
            "    aim       finish in a few seconds: " + (time <= 5_000 ? "met" : "MISSED")
                + " (\(format(time / 1_000, decimals: 1)) s)")
    }
    return failed ? 1 : 0
}
