// `agenda-benchmarks`: how long loading a large agenda takes, and how long planning takes.
//
//     swift run -c release agenda-benchmarks load [--municipalities 342] [--actions 10000] [--years 4]
//         [--seed 1] [--districts 3] [--runs 7] [--keep FILE]
//     swift run -c release agenda-benchmarks parse-only [same options]
//     swift run -c release agenda-benchmarks load --against-python [same options]
//     swift run -c release agenda-benchmarks plan [--runs 5] [--only regional|1000|national]
//         [--agenda agendas/haaglanden] [--timeout 600] [--against cbc,highs] [--reference-seconds 60]
//     swift run -c release agenda-benchmarks analysis [--runs 3] [--only sensitivity|compare]
//         [--samples 1000] [--timeout 1800]
//     swift run -c release agenda-benchmarks stray-keys [--keys 1000000] [--runs 5] [--timeout 300]
//     swift run -c release agenda-benchmarks payments [--runs 7] [--agenda PATH]...
//     swift run -c release agenda-benchmarks store [--runs 7] [--stored 1000] [--agenda PATH]
//
// `--against-python` adds a reference measured in the same run: each round loads the file in a fresh
// child process of this benchmark (`load-file FILE`) and parses it in a fresh Python process with
// PyYAML's C-based `CSafeLoader`; both report their own load time and peak memory (VmHWM and
// ru_maxrss), so start-up and the generator count for neither.
//
// `load` runs the whole `AgendaLoader` (YAML, decoding, validation); `parse-only` runs only the YAML
// layer (`YAMLFileReader`), so the difference is what decoding and validation add.
//
// `plan` (in PlanBenchmark.swift) plans three agendas: the regional one (`agendas/haaglanden`), a
// generated one of 1,000 actions and a generated national one (342 municipalities, 10,000
// actions). Each run is a fresh child process (`plan-file FILE`) that times only the planner and
// reports its own peak memory, alternating with a reference child (`load-file FILE`) that only
// loads and validates the same file; the report gives medians, the plan's status, objective,
// bound, gap and search, the search alone with its times to 1 % and 0.1 % proven gap, and the
// issue's aims. `--against cbc,highs` also runs CBC and HiGHS once per case on the exported MPS
// with the same time limit, and sets their times beside the planner's (PlanBenchmark+References).

import AgendaCore
import AgendaModules
import AgendaSynthetic
import Foundation

let usage = """
    usage: agenda-benchmarks <load | parse-only> [options]
           agenda-benchmarks plan [plan options]
           agenda-benchmarks analysis [--only sensitivity|compare] [--runs N] [--samples N] [--timeout S]
           agenda-benchmarks stray-keys [--keys N] [--runs N] [--timeout S]
           agenda-benchmarks payments [--runs N] [--agenda PATH]...
           agenda-benchmarks store [--runs N] [--stored N] [--agenda PATH]

      load          generate a synthetic agenda, then time AgendaLoader(registry: InstalledModules.registry).load(path:)
      parse-only    the same, but time only the YAML layer (YAMLFileReader().read)
      plan          time Planner.plan on the regional agenda, a generated one of 1,000 actions and
                    a generated national one, each run in a fresh child process alternating with a
                    reference child that only loads the agenda; medians, peak memory, status and gap;
                    the search alone and when its proven gap reached 1 % and 0.1 %; with --against,
                    CBC and HiGHS on the same exported MPS, side by side, and the issue's aims
      analysis      time `sensitivity` (1,000 samples) on the regional agenda and `compare` (baseline and
                    10 scenarios) on the national generated agenda, each against one plan of the same agenda
      stray-keys    validate a file of a million unknown top-level keys, against Yams composing the same
                    file (the cost of parsing); child processes, medians, peak memory
      payments      plan agendas/haaglanden and agendas/partners (or each --agenda) with the search's own
                    payments and with tidied ones: payments, splits, small payments, changes of funder,
                    score and median time each way
      store         the time --record adds to plan on the regional agenda, and runs, monitor and diff
                    on a store of 1,000 runs of it (one adopted, actuals imported); the store's size per run

    options:
      --municipalities N   municipalities in the region (default 342)
      --actions N          actions (default 10000)
      --years N            years in the period (default 4)
      --seed N             seed of the generator (default 1)
      --districts N        districts per municipality (default 3)
      --runs N             timed runs (default 7)
      --keep FILE          write the agenda to FILE and keep it (default: a temporary file, removed)
      --against-python     also time, in alternating child processes, this loader and PyYAML's
                           CSafeLoader on the same file, with each one's peak memory

    plan options:
      --runs N             runs per case, each a plan child and a reference child (default 5)
      --only CASE          only 'regional', '1000' (30 municipalities, 1,000 actions, 4 years, seed 1)
                           or 'national' (342 municipalities, 10,000 actions, 4 years, seed 1)
      --agenda PATH        the regional agenda: a root file or a folder with one (default agendas/haaglanden)
      --timeout SECONDS    kill a child that runs longer and report the case as timed out (default 600);
                           a plan child plans, then runs the search alone, within this time
      --against SOLVERS    also solve each case's exported MPS once with 'cbc', 'highs' or 'cbc,highs'
                           (CBC: Debian coinor-cbc; HiGHS: pip install highspy); a missing solver is
                           reported and skipped, never a failure
      --reference-seconds S
                           the reference solvers' time limit, wall clock (default 60)
    """

func fail(_ message: String, code: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data("agenda-benchmarks: \(message)\n".utf8))
    exit(code)
}

// MARK: Arguments

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    exit(0)
}
// A child process of `--against-python`: load one file once, print milliseconds and peak bytes.
if arguments.first == "load-file", arguments.count == 2 {
    let start = ContinuousClock.now
    let result = AgendaLoader(registry: InstalledModules.registry).load(path: arguments[1])
    let elapsed = ContinuousClock.now - start
    let errors = result.diagnostics.count { $0.severity == .error }
    let (seconds, attoseconds) = elapsed.components
    print("\(Double(seconds) * 1000 + Double(attoseconds) / 1e15) \(peakMemoryBytes() ?? 0) \(errors)")
    exit(errors == 0 ? 0 : 1)
}
// A child process of `plan`: load one file, plan it once, print one line of `key=value` fields.
if arguments.first == "plan-file", arguments.count == 2 {
    exit(planFileChild(path: arguments[1]))
}
if arguments.first == "plan" {
    exit(planBenchmark(Array(arguments.dropFirst())))
}
// A child process of `analysis`: one sensitivity analysis or comparison, timed.
if arguments.first == "analysis-file", arguments.count == 4 {
    exit(analysisFileChild(kind: arguments[1], path: arguments[2], argument: arguments[3]))
}
if arguments.first == "analysis" {
    exit(analysisBenchmark(Array(arguments.dropFirst())))
}
// Children of `stray-keys`: Yams alone, and the whole loader, on one file.
if arguments.first == "compose-file", arguments.count == 2 {
    exit(composeFileChild(path: arguments[1]))
}
if arguments.first == "validate-file", arguments.count == 2 {
    exit(validateFileChild(path: arguments[1]))
}
if arguments.first == "stray-keys" {
    exit(strayKeysBenchmark(Array(arguments.dropFirst())))
}
if arguments.first == "store" {
    exit(storeBenchmark(Array(arguments.dropFirst())))
}
if arguments.first == "payments" {
    exit(paymentsBenchmark(Array(arguments.dropFirst())))
}
var againstPython = false
if let flag = arguments.firstIndex(of: "--against-python") {
    againstPython = true
    arguments.remove(at: flag)
}
guard let mode = arguments.first, ["load", "parse-only"].contains(mode) else {
    fail("expected a mode, 'load', 'parse-only' or 'plan'\n\n\(usage)")
}
arguments.removeFirst()

var parameters = SyntheticAgenda.Parameters(municipalities: 342, actions: 10_000)
var runs = 7
var keepPath: String?
let unknownOption: (String) -> String = { "unknown option '\($0)'\n\n\(usage)" }
readOptions(arguments, unknown: unknownOption) { value in
    switch value.option {
    case "--municipalities": parameters.municipalities = value.wholeNumber(atLeast: 1)
    case "--actions": parameters.actions = value.wholeNumber(atLeast: 1)
    case "--years": parameters.years = value.wholeNumber(atLeast: 1)
    case "--first-year": parameters.firstYear = value.wholeNumber(atLeast: 1000)
    case "--seed":
        guard let seed = UInt64(value.text) else { fail("--seed needs a whole number, found '\(value.text)'") }
        parameters.seed = seed
    case "--districts": parameters.districtsPerMunicipality = value.wholeNumber(atLeast: 0)
    case "--runs": runs = value.wholeNumber(atLeast: 1)
    case "--keep": keepPath = value.text
    default: return false
    }
    return true
}

// MARK: Measuring

let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
}

func format(_ value: Double, decimals: Int = 1) -> String {
    String(format: "%.\(decimals)f", value)
}

/// Peak resident memory of this process in bytes: VmHWM on Linux, `ru_maxrss` elsewhere.
func peakMemoryBytes() -> Int? {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap {
                Int($0)
            }
            return kilobytes.map { $0 * 1024 }
        }
    }
    var usage = rusage()
    #if os(Linux)
    guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return nil }
    return Int(usage.ru_maxrss) * 1024
    #else
    guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
    return Int(usage.ru_maxrss)
    #endif
}

func megabytes(_ bytes: Int) -> String { format(Double(bytes) / 1_048_576, decimals: 2) + " MB" }

// MARK: Generating

let generationStart = clock.now
let text = SyntheticAgenda.yaml(parameters)
let generationTime = clock.now - generationStart

let url: URL
if let keepPath {
    url = URL(fileURLWithPath: keepPath)
} else {
    url = FileManager.default.temporaryDirectory
        .appendingPathComponent(
            "agenda-benchmark-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).yaml")
}
let bytes = Data(text.utf8)
do {
    try bytes.write(to: url)
} catch {
    fail("cannot write \(url.path): \(error.localizedDescription)")
}
let lineCount = countLines(text)
let peakAfterGenerating = peakMemoryBytes()
let path = url.path

// MARK: Running

/// What one run found, taken from its result after the clock stopped.
struct Outcome {
    var errors = 0
    var warnings = 0
    var firstDiagnostics: [String] = []
    var summary: [(String, String)] = []

    init(diagnostics: [Diagnostic]) {
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
        firstDiagnostics = diagnostics.prefix(5).map(\.rendered)
    }
}

func countLines(_ text: String) -> Int {
    var count = 0
    for byte in text.utf8 where byte == UInt8(ascii: "\n") { count += 1 }
    return count
}

/// Loads the agenda (or only reads its YAML); only the call itself is timed.
func runOnce(mode: String, url: URL, path: String) -> (Duration, Outcome) {
    if mode == "load" {
        let start = clock.now
        let result = AgendaLoader(registry: InstalledModules.registry).load(path: path)
        let elapsed = clock.now - start
        var outcome = Outcome(diagnostics: result.diagnostics)
        if let agenda = result.agenda {
            var budget = 0
            var cost = 0
            for source in agenda.funding { budget += source.budget.total }
            for action in agenda.actions { cost += action.cost.total }
            outcome.summary = [
                ("municipalities", "\(agenda.region.municipalities.count)"),
                ("actions", "\(agenda.actions.count)"),
                ("partners", "\(agenda.partners.count)"),
                ("funding sources", "\(agenda.funding.count)"),
                ("budget / action cost", cost > 0 ? format(100 * Double(budget) / Double(cost)) + " %" : "-"),
            ]
        } else {
            outcome.summary = [("agenda", "none (could not be decoded)")]
        }
        return (elapsed, outcome)
    } else {
        let start = clock.now
        let result = YAMLFileReader().read(url: url, displayPath: path)
        let elapsed = clock.now - start
        var outcome = Outcome(diagnostics: result.diagnostics)
        if let root = result.root {
            outcome.summary = [("top-level keys", "\(root.mapping?.count ?? 0)")]
        }
        return (elapsed, outcome)
    }
}

print("agenda-benchmarks \(mode)")
print("")
print(
    "  agenda      \(parameters.municipalities) municipalities, \(parameters.actions) actions, \(parameters.years) "
        + "years from \(parameters.firstYear), \(parameters.districtsPerMunicipality) districts each, seed "
        + "\(parameters.seed)"
)
print("  file        \(path)\(keepPath == nil ? " (temporary)" : "")")
print("  size        \(megabytes(bytes.count)) (\(bytes.count) bytes, \(lineCount) lines)")
print("  generated   \(format(milliseconds(generationTime))) ms")
print(
    "  timing      \(mode == "load" ? "AgendaLoader().load(path:)" : "YAMLFileReader().read(url:displayPath:)"), "
        + "\(runs) runs"
)
print("")
print("  run      wall time (ms)")
print("  -------  --------------")

var times: [Double] = []
var outcome = Outcome(diagnostics: [])
for run in 1...runs {
    let (duration, found) = runOnce(mode: mode, url: url, path: path)
    outcome = found
    let elapsed = milliseconds(duration)
    times.append(elapsed)
    let label = String(run).padding(toLength: 7, withPad: " ", startingAt: 0)
    let value = format(elapsed)
    print("  \(label)  \(String(repeating: " ", count: max(0, 14 - value.count)))\(value)")
}
let sorted = times.sorted()
let median =
    sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
let peak = peakMemoryBytes()

func row(_ name: String, _ value: String) {
    print("  \(name.padding(toLength: 22, withPad: " ", startingAt: 0))\(value)")
}

print("")
row("median", format(median) + " ms")
row("min", format(sorted[0]) + " ms")
row("max", format(sorted[sorted.count - 1]) + " ms")
row("throughput (median)", format(Double(bytes.count) / 1_048_576 / (median / 1000), decimals: 2) + " MB/s")
row("diagnostics", "\(outcome.errors) errors, \(outcome.warnings) warnings")
for (name, value) in outcome.summary { row(name, value) }
row("peak memory (VmHWM)", peak.map(megabytes).map { $0 + " (includes the generator and the text)" } ?? "n/a")
row("  after generating", peakAfterGenerating.map(megabytes) ?? "n/a")

// MARK: Reference

/// Runs a child process and returns the numbers it prints on its last line.
func childNumbers(_ executable: String, _ arguments: [String]) -> [Double]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let last = String(decoding: data, as: UTF8.self).split(separator: "\n").last ?? ""
    let numbers = last.split(separator: " ").compactMap { Double($0) }
    return numbers.isEmpty ? nil : numbers
}

if againstPython {
    let python =
        ["/usr/bin/python3", "/usr/local/bin/python3", "/root/.pyenv/shims/python3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/env"
    let script = """
        import resource, sys, time, yaml
        start = time.perf_counter()
        yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=yaml.CSafeLoader)
        elapsed = time.perf_counter() - start
        print(elapsed * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
        """
    let pythonArguments = (python == "/usr/bin/env" ? ["python3"] : []) + ["-c", script, path]
    let me = CommandLine.arguments[0]
    var ours: [(Double, Double)] = []
    var theirs: [(Double, Double)] = []
    print("")
    print("  reference: child processes, alternating; each reports its own load time and peak memory")
    print("  round    this loader (ms, MB)    PyYAML CSafeLoader, parse only (ms, MB)")
    for round in 1...runs {
        guard let mine = childNumbers(me, ["load-file", path]), mine.count >= 2 else {
            fail("the load-file child failed")
        }
        guard let reference = childNumbers(python, pythonArguments), reference.count >= 2 else {
            fail("python3 with PyYAML (yaml.CSafeLoader) is not available")
        }
        ours.append((mine[0], mine[1]))
        theirs.append((reference[0], reference[1]))
        print(
            "  \(String(round).padding(toLength: 7, withPad: " ", startingAt: 0))  \(format(mine[0])) ms, "
                + "\(megabytes(Int(mine[1])))      \(format(reference[0])) ms, \(megabytes(Int(reference[1])))"
        )
    }
    func middle(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
    let ourTime = middle(ours.map(\.0))
    let theirTime = middle(theirs.map(\.0))
    print("")
    row("median, this loader", "\(format(ourTime)) ms, peak \(megabytes(Int(middle(ours.map(\.1)))))")
    row("median, PyYAML", "\(format(theirTime)) ms, peak \(megabytes(Int(middle(theirs.map(\.1)))))")
    row("ratio (PyYAML / this)", format(theirTime / ourTime, decimals: 2) + "x")
}

if keepPath == nil {
    try? FileManager.default.removeItem(at: url)
}
if !outcome.firstDiagnostics.isEmpty {
    FileHandle.standardError.write(
        Data(("\nfirst diagnostics:\n" + outcome.firstDiagnostics.joined(separator: "\n") + "\n").utf8))
}
if outcome.errors > 0 {
    fail("the agenda has \(outcome.errors) errors", code: 1)
}
