import AgendaCore
import AgendaStore
import ArgumentParser
import Foundation

/// A recorded run made again from the files stored with it: the agenda loaded with the run's
/// scenario, content hash and git commit, and planned again. The planner is deterministic, so the
/// plan is the recorded one; when a different planner version plans it differently, that is said.
enum ReplayedRun {
    static func replay(_ stored: StoredRun, modules: ModuleOptions) throws -> (LoadedAgenda, Planner.Result) {
        try StoredRunFiles(run: stored).withRestored { root in
            let loaded = try load(stored, root: root, modules: modules)
            let result = try loaded.planned()
            let json = PlanRendering(
                agenda: loaded.agenda, problem: result.problem, plan: result.plan, scores: result.scores,
                registry: loaded.registry
            ).rendered(.json)
            if json != String(decoding: stored.planJSON, as: UTF8.self) {
                StandardStreams().note(
                    "warning: planner \(AgendaCommand.configuration.version) plans run \(stored.summary.id)'s stored "
                        + "agenda differently from the plan recorded by planner \(stored.summary.plannerVersion); "
                        + "this shows today's plan of the stored files ('agenda show … --format json' prints the "
                        + "recorded plan)")
            }
            return (loaded, result)
        }
    }

    /// The run's stored agenda, restored at `root`, with its scenario, content hash and commit.
    private static func load(_ stored: StoredRun, root: String, modules: ModuleOptions) throws -> LoadedAgenda {
        // The commit is the stored one: the restored files are in no repository.
        var loaded = try AgendaOptions.load(
            root, scenario: stored.summary.scenario, modules: modules, revision: false)
        loaded.agenda.contentHash = stored.summary.contentHash
        loaded.agenda.revision = stored.summary.revision.map {
            Revision(commit: $0.commit, date: $0.date, modified: $0.modified)
        }
        return loaded
    }
}

extension LoadedAgenda {
    /// The agenda planned; a planner that cannot finish is reported and exits 3.
    func planned() throws -> Planner.Result {
        do {
            return try Planner(registry: registry).plan(agenda)
        } catch {
            StandardStreams().failure(error)
            throw ExitCode(3)
        }
    }
}

/// A run's stored files written into a new temporary folder, for as long as a body needs them.
struct StoredRunFiles {
    var run: StoredRun

    func withRestored<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agenda-run-\(run.summary.id)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            for file in run.files {
                guard !file.path.split(separator: "/").contains("..") else {
                    throw CocoaError(.fileWriteInvalidFileName)
                }
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.content.write(to: url)
            }
        } catch {
            StandardStreams().note("error: cannot restore run \(run.summary.id)'s files: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        return try body(folder.appendingPathComponent(run.root).path)
    }
}

extension ReplayedRun {
    /// The run's stored agenda loaded, with its recorded plan read back (no planning): for
    /// comparing it with another plan.
    static func recorded(_ stored: StoredRun, modules: ModuleOptions) throws -> (LoadedAgenda, PlannedVariant) {
        try StoredRunFiles(run: stored).withRestored { root in
            let loaded = try load(stored, root: root, modules: modules)
            do {
                return (
                    loaded,
                    try RecordedPlan.variant(json: stored.planJSON, agenda: loaded.agenda, registry: loaded.registry)
                )
            } catch {
                StandardStreams().note("error: run \(stored.summary.id): \(error)")
                throw ExitCode(1)
            }
        }
    }
}
