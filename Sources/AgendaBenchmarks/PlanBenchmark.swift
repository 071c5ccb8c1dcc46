// `agenda-benchmarks plan`: how long the planner takes, how much memory it needs and how close its
// plans come to their bound, on a regional agenda, a generated one of 1,000 actions and a generated
// national one; with `--against cbc,highs`, beside CBC and HiGHS on the same model.
//
// Every run is a fresh child process of this executable (`plan-file FILE`): it loads the agenda,
// times `Planner(registry:).plan(agenda)`, then the search alone on the model the exported MPS
// holds (with a trace of its best plan and bound over time), and prints one line of `key=value`
// fields with its own peak memory (VmHWM), so each run's peak is its own and start-up counts for
// nothing. Each run alternates with a reference child (`load-file FILE`) that only loads and
// validates the same file: the planner's own fixed cost, measured on the same machine in the same
// minutes. Shared machines are noisy, so the report gives medians and puts the plan time next to
// the reference. The reference solvers run once per case, after its rounds
// (PlanBenchmark+References.swift).

import AgendaCore
import AgendaModules
import AgendaSynthetic
import Foundation

/// The generated agenda of the `1000` case.
let thousandActions = SyntheticAgenda.Parameters(municipalities: 30, actions: 1_000, years: 4, seed: 1)
/// The generated agenda of the `national` case.
let nationalAgenda = SyntheticAgenda.Parameters(municipalities: 342, actions: 10_000, years: 4, seed: 1)

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
    /// The search alone: its time, and when its proven gap first reached 1 % and 0.1 % (nil: never).
    var searchMs: Double?
    var t1Ms: Double?
    var t01Ms: Double?
}

/// What one case found: the rounds, the last plan's fields, the reference solvers' answers, or why
/// it stopped.
struct PlanCaseOutcome {
    var name: String
    var rounds: [PlanRound] = []
    var plan: [String: String] = [:]
    var error: String?
    /// The reference solvers asked for, in the order asked, with their answers (nil: not run).
    var references: [(solver: ReferenceSolver, answer: ReferenceAnswer?)] = []
    /// Their time limit, in seconds.
    var referenceSeconds = 60.0

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

/// The options of `agenda-benchmarks plan`; a wrong one ends the program with the usage.
struct PlanOptions {
    var runs = 5
    var only: String?
    var agendaPath = "agendas/haaglanden"
    /// Each plan child plans and then searches again on its own, so it gets twice the 300 s that
    /// one national plan was given.
    var timeout = 600.0
    /// The reference solvers of `--against`, in the order given.
    var against: [ReferenceSolver] = []
    var referenceSeconds = 60.0

    init(_ arguments: [String]) {
        let unknownOption: (String) -> String = { "unknown option '\($0)' for plan\n\n\(usage)" }
        readOptions(arguments, unknown: unknownOption) { value in
            switch value.option {
            case "--runs": runs = value.wholeNumber(atLeast: 1)
            case "--only": only = value.oneOf(["regional", "1000", "national"])
            case "--agenda": agendaPath = value.text
            case "--timeout": timeout = value.seconds()
            case "--against": against = Self.solvers(value)
            case "--reference-seconds": referenceSeconds = value.seconds()
            default: return false
            }
            return true
        }
    }

    /// `cbc`, `highs` or both, comma-separated; each once, in the order given.
    private static func solvers(_ value: OptionValue) -> [ReferenceSolver] {
        var solvers: [ReferenceSolver] = []
        for name in value.text.lowercased().split(separator: ",", omittingEmptySubsequences: false) {
            let solver: ReferenceSolver
            switch name.trimmingCharacters(in: .whitespaces) {
            case "cbc": solver = .cbc
            case "highs": solver = .highs
            default: fail("--against needs 'cbc', 'highs' or 'cbc,highs', found '\(value.text)'")
            }
            if !solvers.contains(solver) { solvers.append(solver) }
        }
        return solvers
    }
}

/// `value` in seconds as the options show it: without decimals when whole.
func secondsText(_ value: Double) -> String {
    value == value.rounded() ? format(value, decimals: 0) : format(value)
}

/// `agenda-benchmarks plan [--runs N] [--only regional|1000|national] [--agenda PATH] [--timeout S]
/// [--against cbc,highs] [--reference-seconds S]`. Returns the exit status: 0 when every case
/// planned, 1 when one failed or timed out. A reference solver that is missing or fails is reported
/// and never changes the status.
func planBenchmark(_ arguments: [String]) -> Int32 {
    let options = PlanOptions(arguments)
    print("agenda-benchmarks plan")
    print("")
    print("  machine     \(machineFacts())")
    print(
        "  method      \(options.runs) round\(options.runs == 1 ? "" : "s") per case, each two fresh child "
            + "processes of this executable, order swapped each round: `plan-file` loads the agenda, times "
            + "Planner(registry:).plan(agenda), then the search alone (FundingSolver, payments not tidied) on "
            + "the model the exported MPS holds, with the time its proven gap first reached 1 % and 0.1 %; the "
            + "reference `load-file` only loads and validates it (AgendaLoader). Each child reports its own "
            + "times and peak memory (VmHWM; the plan's peak is taken before the search alone runs). Medians; "
            + "a case stops at its first failure; timeout \(secondsText(options.timeout)) s per child.")
    if !options.against.isEmpty {
        print(
            "  references  \(options.against.map(\.rawValue).joined(separator: ", ")), once per case after its "
                + "rounds, on the MPS Planner.mps(for:) writes (a temporary file), each with a limit of "
                + "\(secondsText(options.referenceSeconds)) s of wall clock; CBC 1 thread (`-timeMode elapsed`), "
                + "HiGHS through Scripts/highs.py on 1 thread. Their times run from the solver's start, reading "
                + "the MPS included; the planner's from the search's start. Gap = (bound − objective) / "
                + "|objective| for all three (the plan's own gap above divides by the bound).")
    }
    let me = Bundle.main.executablePath ?? CommandLine.arguments[0]
    var outcomes: [PlanCaseOutcome] = []
    for name in ["regional", "1000", "national"] where options.only == nil || options.only == name {
        outcomes.append(measureCase(name, options: options, me: me))
    }
    printSummary(outcomes)
    return outcomes.contains { $0.error != nil } ? 1 : 0
}

/// One case: its agenda, its rounds, the reference solvers and the aims.
private func measureCase(_ name: String, options: PlanOptions, me: String) -> PlanCaseOutcome {
    let planCase: PlanCase
    switch name {
    case "regional": planCase = regionalCase(options.agendaPath)
    case "1000": planCase = generatedCase(name, thousandActions)
    default: planCase = generatedCase(name, nationalAgenda)
    }
    print("")
    print("  \(name)")
    print("    agenda    \(planCase.description)")
    var outcome = PlanCaseOutcome(name: name)
    outcome.referenceSeconds = options.referenceSeconds
    let path: String
    switch planCase.path {
    case .success(let found): path = found
    case .failure(let problem):
        outcome.error = "error: " + problem.message
        print("    \(outcome.error ?? "")")
        return outcome
    }
    defer { if planCase.temporary { try? FileManager.default.removeItem(atPath: path) } }
    runRounds(&outcome, path: path, options: options, me: me)
    if !options.against.isEmpty { compareWithReferences(&outcome, path: path, options: options) }
    for line in aims(outcome) { print("    aim       \(line)") }
    return outcome
}
