import AgendaCore
import AgendaStore
import ArgumentParser

/// `agenda diff AGENDA RUN_A RUN_B`: what changed in the agenda, and what it did to the plan.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of the agenda, and what that did to the plan.",
        discussion: """
            Each side is a recorded run's id, or 'current' for the agenda's files as they are now \
            (with --scenario, if given). The agenda is compared field by field, every file as one: \
            actions, costs, sources, budgets, goals, weights and scenarios added, removed or changed, \
            items matched by id. The plan is compared as 'agenda compare' does: actions that enter \
            or leave, money moved per funder, municipality and year, and the score. A run's side is \
            its recorded plan and its stored files; 'current' is planned now. See docs/store.md.

            Exit status: 0 shown; 1 the store or an agenda cannot be used; 2 no such run, or no \
            agenda at the path; 3 the planner could not finish.

            Examples:
              agenda diff agendas/haaglanden 1 current
              agenda diff agendas/haaglanden 1 2 --format json
            """)

    @OptionGroup var options: StoredAgendaOptions

    @Argument(help: ArgumentHelp("The older side: a run's id, or 'current'.", valueName: "run-a"))
    var from: String

    @Argument(help: ArgumentHelp("The newer side: a run's id, or 'current'.", valueName: "run-b"))
    var to: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("For 'current': a scenario to apply; stack scenarios with '+'.", valueName: "id"))
    var scenario: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup(title: "Partner modules") var modules: ModuleOptions

    func validate() throws {
        for side in [from, to] where side != "current" && Int64(side) == nil {
            throw ValidationError("a side is a run's id or 'current', found '\(side)'")
        }
    }

    func run() throws {
        let (root, store) = try options.open(.read)
        let old = try side(from, root: root, store: store)
        let new = try side(to, root: root, store: store)
        let rendering = DiffRendering(
            old: old.side, new: new.side, agendaChanges: AgendaDifference(from: old.loaded.tree, to: new.loaded.tree))
        try output.emit(rendering.rendered(output.format, csv: output.csvOptions), protecting: [store.path])
    }

    private func side(_ spec: String, root: String, store: SQLiteStore) throws
        -> (side: DiffRendering.Side, loaded: LoadedAgenda)
    {
        if let id = Int64(spec) {
            let (loaded, variant) = try ReplayedRun.recorded(try StoreOptions.run(id, in: store), modules: modules)
            return (DiffRendering.Side(label: "run \(id)", variant: variant), loaded)
        }
        let loaded = try AgendaOptions.load(root, scenario: scenario, modules: modules)
        let result = try loaded.planned()
        let label = loaded.agenda.header.language == .nl ? "de huidige bestanden" : "the current files"
        let variant = PlannedVariant(agenda: loaded.agenda, result: result, registry: loaded.registry)
        return (DiffRendering.Side(label: label, variant: variant), loaded)
    }
}
