import AgendaCore
import AgendaModules
import Foundation

// libFuzzer's entry point for the agenda loader. Every input is read as an agenda (load, then score
// and, when small, plan it) and as a declarative module file. Diagnostics are the expected answer to
// hostile input; a crash, trap, sanitizer report or timeout is a finding.

/// The most actions an agenda may have to be planned too: the search is what makes inputs slow,
/// and small agendas reach every part of it.
private let maxPlannedActions = 12
/// Likewise for the planning horizon and the funding sources, which size the problem as much as the
/// actions do (a period may span up to 9000 years).
private let maxPlannedYears = 30
private let maxPlannedSources = 12
/// Scenarios applied per input, one at a time and stacked; each scores (and may plan) the agenda again.
private let maxScenarios = 4

/// A search of a few nodes, so one input stays well under a second. These are the same limits a
/// user sets with `agenda plan --max-nodes`, plus fewer nodes per part and bound steps.
private let searchLimits = Planner.Limits(nodes: 64, partNodes: 8, boundIterations: 200)

/// The module loader reads files, not text, so each input is written to this file first. One path
/// per process (libFuzzer runs inputs one at a time; parallel jobs are separate processes).
private let moduleFile = FileManager.default.temporaryDirectory
    .appendingPathComponent("agenda-loader-fuzzer-\(ProcessInfo.processInfo.processIdentifier).yaml")

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> CInt {
    // Build the registry before the first input, so its one-time cost is not taken for a slow input.
    _ = InstalledModules.registry
    atexit { try? FileManager.default.removeItem(at: moduleFile) }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    loadAgenda(String(decoding: bytes, as: UTF8.self))
    loadModule(Data(buffer: bytes))
    return 0
}

/// Loads the text as an agenda; a clean agenda is scored, and a small one planned: as it is, under
/// each of its first few scenarios, and under those stacked (`agenda plan --scenario a+b`).
private func loadAgenda(_ text: String) {
    let result = AgendaLoader(registry: InstalledModules.registry).load(text: text, displayPath: "fuzz.yaml")
    guard let agenda = result.agenda, !result.hasErrors else { return }
    // The registry the agenda was checked with, as the commands use it (docs/architecture.md).
    scoreAndPlan(agenda, registry: result.registry)
    let ids = agenda.scenarios.prefix(maxScenarios).map(\.id)
    for stack in ids.map({ [$0] }) + (ids.count > 1 ? [ids] : []) {
        // Through the same entry point as the commands, so a stack they refuse is refused here too.
        guard let applied = try? ScenarioApplier.apply(stack, to: agenda) else { continue }
        scoreAndPlan(applied, registry: result.registry)
    }
}

private func scoreAndPlan(_ agenda: Agenda, registry: ModuleRegistry) {
    _ = ScoringEngine(registry: registry).score(agenda)
    guard agenda.actions.count <= maxPlannedActions, agenda.funding.count <= maxPlannedSources,
        agenda.period.years.count <= maxPlannedYears
    else { return }
    do {
        _ = try Planner(registry: registry, limits: searchLimits).plan(agenda)
    } catch let failure as Planner.VerificationFailure {
        // The planner's own words: a plan that breaks the rules is a bug, never a plan to show.
        fatalError("\(failure)")
    } catch {
        // The search giving up on the allocation key's floors is a documented limit, not a bug.
    }
}

/// Loads the raw bytes as a declarative module file: the file reader's own checks of encoding and
/// size see exactly the input, not its lossy UTF-8 decoding.
private func loadModule(_ data: Data) {
    do {
        try data.write(to: moduleFile)
    } catch {
        fatalError("the fuzzer cannot write its scratch file \(moduleFile.path): \(error)")
    }
    _ = DeclarativeModuleLoader(base: InstalledModules.registry).load(url: moduleFile, displayPath: "fuzz.yaml")
}
