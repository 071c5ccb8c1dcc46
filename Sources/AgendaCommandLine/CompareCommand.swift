import AgendaCore
import ArgumentParser
import Foundation

/// `agenda compare AGENDA --scenario A --scenario B`: each scenario's plan beside the baseline.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the plans of scenarios with the plan of the agenda as written.",
        discussion: """
            Plans the agenda without scenario (the baseline) and with each scenario, then shows side \
            by side: total score and money, the actions that enter or leave the plan, the money moved \
            per funder, municipality and year, the goals and pillars whose coverage changes, and the \
            marginal values that change. Stack scenarios with '+'. The plans are made on both \
            cores.

            Exit status: 0 compared; 1 the agenda is invalid; 2 a path, scenario or option that does \
            not exist; 3 the planner could not finish the baseline or a scenario (the report still \
            shows the others) or its verifier found a broken rule.

            Examples:
              agenda compare agendas/haaglanden --scenario bezuiniging-wmo --scenario gala-verlengd
              agenda compare agendas/haaglanden -s bezuiniging-wmo+gala-verlengd --format html -o vergelijking.html
              agenda compare agendas/haaglanden --all --format csv --dutch-excel -o vergelijking.csv
            """
    )

    @Argument(
        help: "The agenda's root file, or a folder holding one agenda.", completion: .file(extensions: ["yaml", "yml"]))
    var agenda: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("A scenario to compare (repeat the option; stack with '+', e.g. a+b).", valueName: "id"))
    var scenario: [String] = []

    @Flag(help: "Compare every scenario of the agenda.")
    var all = false

    @OptionGroup var output: OutputOptions

    @OptionGroup var search: SearchOptions

    @OptionGroup(title: "Partner modules")
    var modules: ModuleOptions

    func validate() throws {
        guard all || !scenario.isEmpty else {
            throw ValidationError("name at least one scenario with --scenario, or use --all")
        }
    }

    func run() throws {
        let loaded = try AgendaOptions.load(agenda, scenario: nil, modules: modules)
        var scenarios = scenario
        if all { scenarios += loaded.agenda.scenarios.map(\.id).filter { !scenarios.contains($0) } }
        let comparison = try search.analyse(usage: ScenarioApplier.Problem.self, prefix: "\(agenda): ") { progress in
            try ScenarioComparison.run(
                agenda: loaded.agenda, scenarios: scenarios, planner: search.planner(loaded.registry),
                progress: progress)
        }
        try output.emit(
            ComparisonRendering(comparison).rendered(output.format, csv: output.csvOptions), protecting: loaded.inputs)
        // The report shows the other scenarios; the exit status says that not all were planned.
        guard comparison.failures.isEmpty else {
            for failure in comparison.failures {
                StandardStreams().note("error: scenario \(failure.scenario): \(failure.message)")
            }
            throw ExitCode(3)
        }
    }
}
