// `agenda-benchmarks plan`: how long the planner takes, how much memory it needs and how close its
// plans come to their bound, on a regional agenda, a generated one of 1,000 actions and a generated
// national one.
//
// Every run is a fresh child process of this executable (`plan-file FILE`): it loads the agenda,
// times only `Planner(registry:).plan(agenda)`, and prints one line of `key=value` fields with its
// own peak memory (VmHWM), so each run's peak is its own and start-up counts for nothing. Each run
// alternates with a reference child (`load-file FILE`) that only loads and validates the same file:
// the planner's own fixed cost, measured on the same machine in the same minutes. Shared machines
// are noisy, so the report gives medians and puts the plan time next to the reference.

import AgendaCore
import AgendaModules
import AgendaSynthetic
import Foundation

/// The generated agenda of the `1000` case.
let thousandActions = SyntheticAgenda.Parameters(municipalities: 30, actions: 1_000, years: 4, seed: 1)
/// The generated agenda of the `national` case.
let nationalAgenda = SyntheticAgenda.Parameters(municipalities: 342, actions: 10_000, years: 4, seed: 1)

// MARK: The child

/// A child process of `plan`: loads the agenda at `path`, plans it once, prints one line of
/// `key=value` fields (`message=` last, to the end of the line) and returns the exit status:
/// 0 a plan (of any status), 1 the agenda is invalid, 3 the planner threw.
func planFileChild(path: String) -> Int32 {
    let loadStart = ContinuousClock.now
    let loader = AgendaLoader(registry: InstalledModules.registry)
    let loaded = loader.load(path: path)
    let loadTime = ContinuousClock.now - loadStart
    var fields: [(String, String)] = [("load_ms", "\(milliseconds(loadTime))")]
    func report(_ message: String? = nil) {
        fields.append(("peak_bytes", "\(peakMemoryBytes() ?? 0)"))
        var line = fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
        if let message {
            // One line: the parent reads the last line of the output.
            line += " message=" + message.split(whereSeparator: \.isNewline).joined(separator: " | ")
        }
        print(line)
    }
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let agenda = loaded.agenda else {
        fields.append(("status", "invalid"))
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
    let planStart = ContinuousClock.now
    let outcome = Swift.Result { try planner.plan(agenda) }
    let planTime = ContinuousClock.now - planStart
    fields.append(("plan_ms", "\(milliseconds(planTime))"))
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
        report()
        return 0
    case .failure(let error):
        fields.append(("status", "error"))
        report("\(type(of: error)): \(error)")
        return 3
    }
}

// MARK: Running children

/// What one child process printed and how it ended.
struct ChildRun {
    var output: String
    var errorOutput: String
    var status: Int32
    var signalled: Bool
    var timedOut: Bool
    /// The `key=value` fields of the last line of the output (`message` runs to the end of the line).
    var fields: [String: String] {
        let last = output.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        var head = Substring(last)
        var fields: [String: String] = [:]
        if let marker = last.range(of: " message=") ?? (last.hasPrefix("message=") ? last.range(of: "message=") : nil) {
            fields["message"] = String(last[marker.upperBound...])
            head = last[..<marker.lowerBound]
        }
        for pair in head.split(separator: " ") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            fields[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        return fields
    }
    /// How it ended, when it did not end with a line to read.
    var failure: String {
        if timedOut { return "timed out" }
        let tail = errorOutput.split(whereSeparator: \.isNewline).suffix(3).joined(separator: " | ")
        return (signalled ? "killed by signal \(status)" : "exit status \(status)") + (tail.isEmpty ? "" : ": \(tail)")
    }
}

/// Runs `executable` with `arguments` and waits at most `timeout` seconds, then kills it.
///
/// The output goes to temporary files rather than pipes, so nothing has to drain them while this
/// process waits for the deadline.
func runChild(_ executable: String, _ arguments: [String], timeout: Double) -> ChildRun {
    let directory = FileManager.default.temporaryDirectory
    let stem = "agenda-plan-benchmark-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
    let outURL = directory.appendingPathComponent(stem + ".out")
    let errURL = directory.appendingPathComponent(stem + ".err")
    defer {
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }
    guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
        FileManager.default.createFile(atPath: errURL.path, contents: nil),
        let outHandle = try? FileHandle(forWritingTo: outURL),
        let errHandle = try? FileHandle(forWritingTo: errURL)
    else {
        return ChildRun(
            output: "", errorOutput: "cannot create temporary files in \(directory.path)", status: -1,
            signalled: false, timedOut: false)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = outHandle
    process.standardError = errHandle
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
        try process.run()
    } catch {
        try? outHandle.close()
        try? errHandle.close()
        return ChildRun(
            output: "", errorOutput: "cannot start \(executable): \(error.localizedDescription)", status: -1,
            signalled: false, timedOut: false)
    }
    var timedOut = false
    if finished.wait(timeout: .now() + timeout) == .timedOut {
        timedOut = true
        kill(process.processIdentifier, SIGKILL)
        finished.wait()
    }
    process.waitUntilExit()
    try? outHandle.close()
    try? errHandle.close()
    let output = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    let errorOutput = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    return ChildRun(
        output: output, errorOutput: errorOutput, status: process.terminationStatus,
        signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut)
}

// MARK: The benchmark

/// One agenda the benchmark plans.
struct PlanCase {
    var name: String
    /// The agenda's root file, or why there is none.
    var path: Result<String, PlanCaseError>
    var description: String
    var temporary = false
}

struct PlanCaseError: Error {
    var message: String
}

/// One round: the plan child's fields and the reference child's numbers.
struct PlanRound {
    var planMs: Double
    var loadMs: Double
    var peak: Double
    var referenceMs: Double?
    var referencePeak: Double?
}

/// What one case found: the rounds, the last plan's fields, or why it stopped.
struct PlanCaseOutcome {
    var name: String
    var rounds: [PlanRound] = []
    var plan: [String: String] = [:]
    var error: String?

    var status: String {
        if let error { return error.hasPrefix("timed out") ? "timed out" : "error" }
        return plan["status"] ?? "-"
    }
}

func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// `value` right-aligned in `width` columns.
func aligned(_ value: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - value.count)) + value
}

/// `value` left-aligned in `width` columns.
func padded(_ value: String, _ width: Int) -> String {
    value.padding(toLength: max(width, value.count), withPad: " ", startingAt: 0)
}

func swiftCompilerVersion() -> String {
    #if compiler(>=6.5)
    return "Swift 6.5 or later"
    #elseif compiler(>=6.4)
    return "Swift 6.4"
    #elseif compiler(>=6.3)
    return "Swift 6.3"
    #elseif compiler(>=6.2)
    return "Swift 6.2"
    #elseif compiler(>=6.1)
    return "Swift 6.1"
    #else
    return "Swift before 6.1"
    #endif
}

/// One line on the machine: CPUs, memory, load, system, compiler and build.
func machineFacts() -> String {
    let info = ProcessInfo.processInfo
    var facts = [
        "\(info.processorCount) CPUs (\(info.activeProcessorCount) active)",
        format(Double(info.physicalMemory) / 1_073_741_824) + " GB memory",
    ]
    if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
        facts.append("load average " + load.split(separator: " ").prefix(3).joined(separator: " "))
    }
    facts.append(info.operatingSystemVersionString)
    #if DEBUG
    facts.append(swiftCompilerVersion() + ", DEBUG build (times are not meaningful; use -c release)")
    #else
    facts.append(swiftCompilerVersion() + ", release build")
    #endif
    return facts.joined(separator: "; ")
}

/// Writes a generated agenda to a temporary file.
func generatedCase(_ name: String, _ parameters: SyntheticAgenda.Parameters) -> PlanCase {
    let start = ContinuousClock.now
    let text = SyntheticAgenda.yaml(parameters)
    let generated = ContinuousClock.now - start
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("agenda-plan-benchmark-\(ProcessInfo.processInfo.processIdentifier)-\(name).yaml")
    let bytes = Data(text.utf8)
    let description =
        "SyntheticAgenda: \(parameters.municipalities) municipalities, \(parameters.actions) actions, "
        + "\(parameters.years) years from \(parameters.firstYear), \(parameters.districtsPerMunicipality) "
        + "districts each, "
        + "seed \(parameters.seed); \(megabytes(bytes.count)), generated in \(format(milliseconds(generated))) ms"
    do {
        try bytes.write(to: url)
    } catch {
        return PlanCase(
            name: name,
            path: .failure(PlanCaseError(message: "cannot write \(url.path): \(error.localizedDescription)")),
            description: description)
    }
    return PlanCase(
        name: name, path: .success(url.path), description: description + "; " + url.path + " (temporary)",
        temporary: true)
}

/// The regional agenda: a root file, or a folder holding exactly one agenda.
func regionalCase(_ path: String) -> PlanCase {
    let found = AgendaDiscovery().find([path])
    if let problem = found.problems.first {
        return PlanCase(name: "regional", path: .failure(PlanCaseError(message: problem)), description: path)
    }
    guard found.roots.count == 1, let root = found.roots.first else {
        return PlanCase(
            name: "regional",
            path: .failure(
                PlanCaseError(
                    message:
                        "\(path) holds \(found.roots.count) agendas; name one with --agenda: "
                        + "\(found.roots.joined(separator: ", "))"
                )),
            description: path)
    }
    return PlanCase(name: "regional", path: .success(root), description: root)
}

/// What the issue aims at for a case, judged on the medians.
func aims(_ outcome: PlanCaseOutcome) -> String {
    let planMs = median(outcome.rounds.map(\.planMs))
    let peak = median(outcome.rounds.map(\.peak))
    let gap = outcome.plan["gap_percent"].flatMap(Double.init)
    func verdict(_ value: Double?, _ holds: (Double) -> Bool, _ shown: (Double) -> String) -> String {
        guard let value else { return "not measured" }
        return (holds(value) ? "met" : "MISSED") + " (\(shown(value)))"
    }
    let time = { (ms: Double) in format(ms) + " ms" }
    switch outcome.name {
    case "regional":
        return "plan well under 100 ms: " + verdict(planMs, { $0 < 100 }, time)
    case "national":
        return "plan under 2 s: " + verdict(planMs, { $0 < 2_000 }, time)
            + "; peak under 300 MB: " + verdict(peak, { $0 < 300 * 1_048_576 }, { megabytes(Int($0)) })
            + "; gap at most 0.1 %: " + verdict(gap, { $0 <= 0.1 }, { format($0, decimals: 4) + " %" })
    default:
        return "none stated in the issue"
    }
}

/// `agenda-benchmarks plan [--runs N] [--only regional|1000|national] [--agenda PATH] [--timeout S]`.
/// Returns the exit status: 0 when every case planned, 1 when one failed or timed out.
func planBenchmark(_ arguments: [String]) -> Int32 {
    var runs = 5
    var only: String?
    var agendaPath = "agendas/haaglanden"
    var timeout = 300.0
    let unknownOption: (String) -> String = { "unknown option '\($0)' for plan\n\n\(usage)" }
    readOptions(arguments, unknown: unknownOption) { value in
        switch value.option {
        case "--runs": runs = value.wholeNumber(atLeast: 1)
        case "--only": only = value.oneOf(["regional", "1000", "national"])
        case "--agenda": agendaPath = value.text
        case "--timeout": timeout = value.seconds()
        default: return false
        }
        return true
    }
    let me = Bundle.main.executablePath ?? CommandLine.arguments[0]

    print("agenda-benchmarks plan")
    print("")
    print("  machine     \(machineFacts())")
    let timeoutText = timeout == timeout.rounded() ? format(timeout, decimals: 0) : format(timeout)
    print(
        "  method      \(runs) round\(runs == 1 ? "" : "s") per case, each two fresh child processes of this "
            + "executable, order swapped each round: "
            + "`plan-file` loads the agenda and times only Planner(registry:).plan(agenda); the reference "
            + "`load-file` only "
            + "loads and validates it (AgendaLoader). Each child reports its own times and peak memory (VmHWM). "
            + "Medians; "
            + "a case stops at its first failure; timeout \(timeoutText) s per child.")

    var outcomes: [PlanCaseOutcome] = []
    for name in ["regional", "1000", "national"] where only == nil || only == name {
        let planCase: PlanCase
        switch name {
        case "regional": planCase = regionalCase(agendaPath)
        case "1000": planCase = generatedCase(name, thousandActions)
        default: planCase = generatedCase(name, nationalAgenda)
        }
        print("")
        print("  \(name)")
        print("    agenda    \(planCase.description)")
        var outcome = PlanCaseOutcome(name: name)
        defer { outcomes.append(outcome) }
        let path: String
        switch planCase.path {
        case .success(let found): path = found
        case .failure(let problem):
            outcome.error = "error: " + problem.message
            print("    \(outcome.error!)")
            continue
        }
        defer { if planCase.temporary { try? FileManager.default.removeItem(atPath: path) } }

        print("    run    plan (ms)   load (ms)   peak (MB)   reference load (ms)   reference peak (MB)")
        for round in 1...runs {
            var reference: ChildRun?
            if round % 2 == 0 { reference = runChild(me, ["load-file", path], timeout: timeout) }
            let planned = runChild(me, ["plan-file", path], timeout: timeout)
            if round % 2 == 1 { reference = runChild(me, ["load-file", path], timeout: timeout) }
            let fields = planned.fields
            // `load-file` prints milliseconds, peak bytes and errors.
            let numbers =
                reference.map { run in
                    (run.output.split(whereSeparator: \.isNewline).last ?? "").split(separator: " ").compactMap {
                        Double($0)
                    }
                } ?? []
            let referenceOK = numbers.count >= 2 && !(reference?.timedOut ?? true)
            let planMs = fields["plan_ms"].flatMap(Double.init)
            let loadMs = fields["load_ms"].flatMap(Double.init)
            let peak = fields["peak_bytes"].flatMap(Double.init)
            // A failed run shows what its child measured before it stopped, outside the medians.
            print(
                "    \(padded(String(round), 6))" + aligned(planMs.map { format($0) } ?? "-", 10)
                    + aligned(loadMs.map { format($0) } ?? "-", 12)
                    + aligned(peak.map { format($0 / 1_048_576, decimals: 2) } ?? "-", 12)
                    + aligned(referenceOK ? format(numbers[0]) : "failed", 22)
                    + aligned(referenceOK ? format(numbers[1] / 1_048_576, decimals: 2) : "-", 22))
            if !referenceOK, let reference {
                print("           reference: \(reference.failure)")
            }
            if planned.timedOut {
                outcome.error = "timed out after \(timeoutText) s"
            } else if fields["status"] == nil {
                outcome.error = "error: \(planned.failure)"
            } else if ["error", "invalid"].contains(fields["status"]) || planMs == nil {
                outcome.error = "error: " + (fields["message"] ?? planned.failure)
            }
            if let error = outcome.error {
                print("           \(error)")
                break
            }
            outcome.plan = fields
            outcome.rounds.append(
                PlanRound(
                    planMs: planMs ?? 0, loadMs: loadMs ?? 0, peak: peak ?? 0,
                    referenceMs: referenceOK ? numbers[0] : nil,
                    referencePeak: referenceOK ? numbers[1] : nil))
        }
        guard !outcome.rounds.isEmpty else { continue }
        let rounds = outcome.rounds
        let referenceTimes = rounds.compactMap(\.referenceMs)
        let referencePeaks = rounds.compactMap(\.referencePeak)
        print(
            "    " + padded("median", 6) + aligned(format(median(rounds.map(\.planMs))!), 10)
                + aligned(format(median(rounds.map(\.loadMs))!), 12)
                + aligned(format(median(rounds.map(\.peak))! / 1_048_576, decimals: 2), 12)
                + aligned(median(referenceTimes).map { format($0) } ?? "-", 22)
                + aligned(median(referencePeaks).map { format($0 / 1_048_576, decimals: 2) } ?? "-", 22))
        let plan = outcome.plan
        func points(_ key: String) -> String {
            plan[key].flatMap(Double.init).map { format($0 / 10_000, decimals: 4) } ?? "-"
        }
        print(
            "    plan      \(plan["status"] ?? "-"), objective \(points("objective")), bound \(points("bound")), "
                + "gap \(plan["gap_percent"].flatMap(Double.init).map { format($0, decimals: 4) } ?? "-") %, "
                + "search \(plan["method"] ?? "-") (\(plan["nodes"] ?? "-") nodes), "
                + "\(plan["funded"] ?? "-") of \(plan["actions"] ?? "-") actions funded, "
                + "\(plan["municipalities"] ?? "-") municipalities"
        )
        if let error = outcome.error { print("    stopped   \(error)") }
        print("    aim       \(aims(outcome))")
    }

    print("")
    print("  summary (medians)")
    print(
        "    case        plan (ms)   reference load (ms)   plan / load   peak (MB)   reference peak (MB)   status    "
            + "   gap (%)   search"
    )
    for outcome in outcomes {
        let rounds = outcome.rounds
        let planMs = median(rounds.map(\.planMs))
        let referenceMs = median(rounds.compactMap(\.referenceMs))
        let ratio = planMs.flatMap { plan in referenceMs.map { plan / $0 } }
        print(
            "    " + padded(outcome.name, 10)
                + aligned(planMs.map { format($0) } ?? "-", 11)
                + aligned(referenceMs.map { format($0) } ?? "-", 22)
                + aligned(ratio.map { format($0, decimals: 2) + "x" } ?? "-", 14)
                + aligned(median(rounds.map(\.peak)).map { format($0 / 1_048_576, decimals: 2) } ?? "-", 12)
                + aligned(
                    median(rounds.compactMap(\.referencePeak)).map { format($0 / 1_048_576, decimals: 2) } ?? "-", 22)
                + "   " + padded(outcome.status, 10)
                + aligned(outcome.plan["gap_percent"].flatMap(Double.init).map { format($0, decimals: 4) } ?? "-", 10)
                + "   " + (outcome.plan["method"].map { "\($0) (\(outcome.plan["nodes"] ?? "-") nodes)" } ?? "-"))
    }
    let failed = outcomes.filter { $0.error != nil }
    for outcome in failed { print("    \(outcome.name): \(outcome.error!)") }
    return failed.isEmpty ? 0 : 1
}
