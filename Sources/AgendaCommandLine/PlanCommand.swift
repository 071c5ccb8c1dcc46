import AgendaCore
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda plan AGENDA`: the best funding plan, proven and explained.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Find the best funding plan for an agenda across municipalities, years and funders.",
        discussion: """
            Chooses which actions are funded and which sources pay how much in which year, within \
            every budget and rule, maximising the sum of the actions' priority scores. Reports the \
            plan's status (optimal, feasible with a bound, or infeasible and why), what was left \
            out and why, and what one more euro per source and year is worth. Every plan is \
            checked by an independent verifier before it is shown.

            Ctrl-C stops the search and writes out the best plan found so far, marked as \
            interrupted (status feasible, with its bound); a second Ctrl-C quits at once.

            Exit status: 0 a plan; 1 the agenda is invalid or its commitments cannot be met; 2 a \
            path, scenario or option that does not exist; 3 the planner could not finish (a known \
            limit, see docs/planner.md) or its verifier found a broken rule; 130 the search was \
            interrupted (the plan found so far was written).

            Examples:
              agenda plan agendas/haaglanden
              agenda plan agendas/haaglanden --scenario bezuiniging-wmo --format json
              agenda plan agendas/haaglanden --what-it-takes
              agenda plan agendas/haaglanden --municipality delft --format html -o plan-delft.html
              agenda plan agendas/haaglanden --district den-haag/laak --format markdown --per-year
              agenda plan agendas/haaglanden --format csv --dutch-excel -o plan.csv
              agenda plan agendas/haaglanden --format html -o plan.html
              agenda plan agendas/haaglanden --format markdown --per-year -o jaarplan.md
              agenda plan agendas/example.yaml --export-mps example.mps
              agenda plan agendas/haaglanden --record
            """
    )

    @OptionGroup var options: AgendaOptions

    @OptionGroup var output: OutputOptions

    @Flag(
        help: "With --format markdown: the annual plan (jaarplan), the actions of each year grouped by theme and goal.")
    var perYear = false

    @Option(
        help: ArgumentHelp("Also write the optimisation problem in MPS format, for any MILP solver.", valueName: "file")
    )
    var exportMps: String?

    @Flag(
        help: """
            For each action, plan again with it forced in (unfunded) or left out (funded), and report \
            the points that costs and the actions that would leave or enter. Only when one proven \
            branch and bound found the plan; takes many times the plan's own time.
            """)
    var whatItTakes = false

    @Option(
        help: ArgumentHelp(
            "Show the part of the regional plan that touches this municipality (its id): its actions and the "
                + "sources that pay them.", valueName: "id"))
    var municipality: String?

    @Option(
        help: ArgumentHelp(
            "Show the part of the regional plan that touches this district: municipality/district, or the district's "
                + "id alone when only one municipality has it.", valueName: "id"))
    var district: String?

    @OptionGroup var search: SearchOptions

    @Flag(
        help: """
            Store this run in the network's memory (docs/store.md): the agenda's files, the scenario, the plan \
            and its scores; prints the run's id on standard error.
            """)
    var record = false

    @OptionGroup(title: "Store") var store: StoreOptions

    func validate() throws {
        if municipality != nil && district != nil {
            throw ValidationError("--municipality and --district each choose a place; give one of them")
        }
        if perYear && output.format != .markdown {
            throw ValidationError("--per-year writes the annual plan in Markdown; add --format markdown")
        }
    }

    func run() throws {
        let loaded = try options.load()
        let agenda = loaded.agenda
        let streams = StandardStreams()
        let focus = try PlanFocus.chosen(municipality: municipality, district: district, in: agenda.region)
        let started = ContinuousClock.now
        let reporter = ProgressReporter(started: started)
        var planner = search.planner(loaded.registry)
        let stop = Planner.SearchStop()
        planner.stop = stop
        // The problem is written before the search, so an analyst has it even when the search fails.
        if let path = exportMps {
            try ReportOutput.write(planner.mps(for: agenda), to: path, protecting: loaded.inputs)
        }
        let result: Planner.Result
        let watch = InterruptWatch(stop: stop)
        defer { watch.end() }
        do {
            result =
                whatItTakes
                ? try planner.planWithWhatItTakes(agenda, progress: { reporter.report($0) })
                : try planner.plan(agenda, progress: { reporter.report($0) })
        } catch {
            streams.failure(error)
            throw ExitCode(stop.isRequested ? 130 : 3)
        }
        result.scores.diagnostics.map(\.rendered).forEach(streams.note)
        let rendering = PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: loaded.registry, focus: focus)
        let text = perYear ? rendering.annualPlan() : rendering.rendered(output.format, csv: output.csvOptions)
        try output.emit(text, protecting: loaded.inputs)
        if record && !result.plan.search.interrupted {
            try self.record(result, of: loaded, streams: streams)
        }
        if result.plan.status == .infeasible {
            result.plan.diagnostics.map(\.rendered).forEach(streams.note)
            throw ExitCode(1)
        }
        if result.plan.search.interrupted {
            result.plan.diagnostics.map(\.rendered).forEach(streams.note)
            throw ExitCode(130)
        }
    }

    /// Stores the run, with the regional plan's JSON whatever the format and place shown.
    private func record(_ result: Planner.Result, of loaded: LoadedAgenda, streams: StandardStreams) throws {
        let root = loaded.agenda.files.first ?? options.agenda
        let recording = RunRecording(
            agenda: loaded.agenda, inputs: loaded.inputs, registry: loaded.registry, result: result,
            scenario: options.scenario)
        let run: NewRun
        do {
            run = try recording.run()
        } catch {
            streams.note(
                "error: the agenda's files could not be read again to record the run: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let id = try StoreOptions.reporting { try store.open(forRoot: root, access: .write).record(run) }
        streams.note(
            MemoryWords(language: loaded.agenda.header.language).say("recorded", "\(id)", store.path(forRoot: root)))
    }

}
