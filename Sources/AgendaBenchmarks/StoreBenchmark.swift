// `store`: what the network's memory (issue 16) costs. On the regional agenda: the time `--record`
// adds to `plan` (making the run, with the plan's JSON, and storing it), against the plan itself
// in the same run; then, on a store filled with 1,000 runs of the agenda (one adopted, a file of
// actual spending imported), `runs`, `monitor` and `diff` run in this process as the command line
// runs them, and the store's size per run.

import AgendaCommandLine
import AgendaCore
import AgendaModules
import AgendaStore
import Foundation

/// `agenda-benchmarks store [--runs N] [--stored N] [--agenda PATH]`.
func storeBenchmark(_ arguments: [String]) -> Int32 {
    var runs = 7
    var stored = 1_000
    var path = "agendas/haaglanden"
    let unknownOption: (String) -> String = { "unknown option '\($0)' for store\n\n\(usage)" }
    readOptions(arguments, unknown: unknownOption) { value in
        switch value.option {
        case "--runs": runs = value.wholeNumber(atLeast: 1)
        case "--stored": stored = value.wholeNumber(atLeast: 2)
        case "--agenda": path = value.text
        default: return false
        }
        return true
    }
    guard case .success(let root) = regionalCase(path).path else { fail("\(path) holds no single agenda") }
    let loaded = AgendaLoader(registry: InstalledModules.registry).load(path: root)
    guard let agenda = loaded.agenda, !loaded.hasErrors else { fail("\(path) does not load") }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-store-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("agenda.sqlite").path
    print("agenda-benchmarks store")
    print("")
    print("  machine     \(machineFacts())")
    print("  method      \(runs) rounds each in this process, medians; the store in a new temporary folder")
    do {
        let planned = try measureRecording(agenda, loaded: loaded, store: store, runs: runs)
        try fill(store, with: planned, agenda: agenda, loaded: loaded, count: stored)
        try measureCommands(root: root, store: store, runs: runs, stored: stored)
    } catch {
        print("  failed: \(error)")
        return 1
    }
    return 0
}

/// The plan's median time against the median time of recording it; returns the plan.
private func measureRecording(_ agenda: Agenda, loaded: AgendaLoader.Result, store: String, runs: Int) throws
    -> Planner.Result
{
    let planner = Planner(registry: loaded.registry)
    var planTimes: [Double] = []
    var recordTimes: [Double] = []
    var result: Planner.Result?
    for _ in 0..<runs {
        let start = ContinuousClock.now
        let planned = try planner.plan(agenda)
        planTimes.append(milliseconds(ContinuousClock.now - start))
        result = planned
        let recordStart = ContinuousClock.now
        let run = try RunRecording(
            agenda: agenda, inputs: loaded.files + loaded.registry.entries.compactMap(\.origin.path),
            registry: loaded.registry, result: planned, scenario: nil
        ).run()
        _ = try SQLiteStore(path: store, access: .write).record(run)
        recordTimes.append(milliseconds(ContinuousClock.now - recordStart))
    }
    guard let result else { fail("no plan") }
    print("")
    print("  plan (reference)              \(format(median(planTimes) ?? 0)) ms")
    print("  --record adds                 \(format(median(recordTimes) ?? 0)) ms   (aim: under 20 ms)")
    return result
}

/// Records the plan until the store holds `count` runs, adopts the first and imports actuals.
private func fill(_ store: String, with result: Planner.Result, agenda: Agenda, loaded: AgendaLoader.Result, count: Int)
    throws
{
    let opened = try SQLiteStore(path: store, access: .write)
    let run = try RunRecording(
        agenda: agenda, inputs: loaded.files + loaded.registry.entries.compactMap(\.origin.path),
        registry: loaded.registry, result: result, scenario: nil
    ).run()
    let start = ContinuousClock.now
    for _ in try opened.runs().count..<count { _ = try opened.record(run) }
    print("  filled to \(count) runs         \(format(milliseconds(ContinuousClock.now - start))) ms")
    // Recording into the full store: opening it inspects the whole file first.
    var times: [Double] = []
    for _ in 0..<5 {
        let recordStart = ContinuousClock.now
        _ = try SQLiteStore(path: store, access: .write).record(
            RunRecording(
                agenda: agenda, inputs: loaded.files + loaded.registry.entries.compactMap(\.origin.path),
                registry: loaded.registry, result: result, scenario: nil
            ).run())
        times.append(milliseconds(ContinuousClock.now - recordStart))
    }
    print("  --record on the full store    \(format(median(times) ?? 0)) ms   (aim: under 20 ms)")
    _ = try opened.adopt(
        NewAdoption(runID: 1, adoptedBy: "benchmark", adoptedOn: "2026-01-15", note: nil, recordedAt: run.recordedAt))
}

/// `runs`, `actuals import`, `monitor` and `diff` through the command line, and the size per run.
private func measureCommands(root: String, store: String, runs: Int, stored: Int) throws {
    let folder = PathText.folder(of: root)
    let actuals = folder + "/actuals/uitgaven-2025.csv"
    if FileManager.default.fileExists(atPath: actuals) {
        let imported = AgendaCommandLine.run(["actuals", "import", root, actuals, "--store", store])
        guard imported.status == 0 else { fail("actuals import: \(imported.errors)") }
    }
    let commands: [(name: String, arguments: [String], rounds: Int)] = [
        ("runs", ["runs", root, "--store", store, "--format", "json"], runs),
        ("monitor", ["monitor", root, "--store", store, "--format", "json"], runs),
        (
            "diff (two recorded runs)", ["diff", root, "1", "2", "--store", store, "--format", "json"],
            min(runs, 3)
        ),
    ]
    print("")
    print("  on a store of \(stored) runs")
    for command in commands {
        var times: [Double] = []
        for _ in 0..<command.rounds {
            let start = ContinuousClock.now
            let outcome = AgendaCommandLine.run(command.arguments)
            times.append(milliseconds(ContinuousClock.now - start))
            guard outcome.status == 0 else { fail("\(command.name): \(outcome.errors)") }
        }
        print("  \(padded(command.name, 32)) \(format(median(times) ?? 0)) ms   (aim: under 200 ms)")
    }
    let bytes = [store, store + "-wal"].compactMap {
        (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? nil
    }.reduce(0, +)
    print("  store size                    \(bytes / 1024) KiB, \(bytes / stored) bytes per run")
}
