import AgendaCore
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda show AGENDA RUN`: a recorded plan, in any plan format.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a recorded run's plan in any plan format, from the files stored with it.",
        discussion: """
            JSON is the plan exactly as it was recorded. The other formats are rendered from the \
            agenda's files as they were stored with the run, not from today's files: the stored \
            agenda is planned again (the planner is deterministic) and the result is checked \
            against the recorded plan; a difference is reported. See docs/store.md.

            Exit status: 0 shown; 1 the store cannot be used, or the stored agenda no longer loads; \
            2 no agenda at the path, or no such run; 3 the planner could not finish.

            Examples:
              agenda show agendas/haaglanden 3
              agenda show agendas/haaglanden 3 --format html -o plan-run3.html
            """)

    @OptionGroup var options: StoredAgendaOptions

    @Argument(help: ArgumentHelp("The run's id, as 'agenda runs' lists it.", valueName: "run"))
    var runID: Int64

    @OptionGroup var output: OutputOptions

    @OptionGroup(title: "Partner modules") var modules: ModuleOptions

    func run() throws {
        let (_, store) = try options.open(.read)
        let stored = try StoreOptions.run(runID, in: store)
        if output.format == .json {
            try output.emit(String(decoding: stored.planJSON, as: UTF8.self), protecting: [store.path])
            return
        }
        let (loaded, result) = try ReplayedRun.replay(stored, modules: modules)
        let rendering = PlanRendering(
            agenda: loaded.agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: loaded.registry)
        try output.emit(rendering.rendered(output.format, csv: output.csvOptions), protecting: [store.path])
    }
}
