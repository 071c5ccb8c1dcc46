import AgendaModules
import TestSupport

@testable import AgendaCore

/// The Haaglanden example agenda, planned once for every suite that reads its plan: its search and
/// payments take about 20 seconds in a debug build, and the plan is the same every time.
enum ExamplePlans {
    /// The loaded agenda with its plan, as `agenda plan agendas/haaglanden` makes it.
    struct Planned: Sendable {
        let agenda: Agenda
        let result: Planner.Result

        /// The plan's rendering in every format.
        var rendering: PlanRendering {
            PlanRendering(
                agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
                registry: InstalledModules.registry)
        }
    }

    struct LoadFailure: Error, CustomStringConvertible {
        var description: String
    }

    static let haaglanden: Result<Planned, any Error> = Result {
        try planned(Repository.path("agendas/haaglanden/agenda.yaml"))
    }

    /// The agenda at `path`, loaded and planned by `planner` (by default the default planner).
    static func planned(_ path: String, planner: Planner? = nil) throws -> Planned {
        let loaded = AgendaLoader(registry: InstalledModules.registry).load(path: path)
        guard !loaded.hasErrors, let agenda = loaded.agenda else {
            throw LoadFailure(description: loaded.diagnostics.map(\.rendered).joined(separator: "\n"))
        }
        let planner = planner ?? Planner(registry: InstalledModules.registry)
        return Planned(agenda: agenda, result: try planner.plan(agenda))
    }
}
