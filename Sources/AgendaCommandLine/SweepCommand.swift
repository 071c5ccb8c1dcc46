import AgendaCore
import ArgumentParser
import Foundation

/// `agenda sweep AGENDA --source ID`: the value-for-money curve of one source.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Plan at a range of budget levels of one source: the value-for-money curve.",
        discussion: """
            Scales every yearly budget of the source by each factor from --from to --to in --steps \
            equal steps, plans each level, and reports total score against money, with the actions \
            that enter or leave the plan from one level to the next. Levels are planned on both \
            cores.

            Exit status: 0 swept; 1 the agenda is invalid; 2 a path, scenario, source or option that \
            does not exist; 3 the planner could not finish or its verifier found a broken rule.

            Examples:
              agenda sweep agendas/haaglanden --source gala
              agenda sweep agendas/haaglanden --source wmo-den-haag --from 0.5 --to 1.5 --format html -o curve.html
              agenda sweep agendas/haaglanden --source gala --scenario bezuiniging-wmo --format csv
            """
    )

    @OptionGroup var options: AgendaOptions

    @Option(help: ArgumentHelp("The funding source whose budget is swept.", valueName: "id"))
    var source: String

    @Option(help: "The lowest budget factor.")
    var from: Double = 0.5

    @Option(help: "The highest budget factor.")
    var to: Double = 1.5

    @Option(help: "Levels from --from to --to, both included.")
    var steps: Int = 11

    @OptionGroup var output: OutputOptions

    @OptionGroup var search: SearchOptions

    func run() throws {
        let loaded = try options.load()
        let agenda = loaded.agenda
        let factors: [Double]
        do {
            factors = try BudgetSweep.factors(from: from, to: to, steps: steps)
        } catch {
            StandardStreams().note("error: \(error)")
            throw ExitCode(2)
        }
        let sweep = try search.analyse(usage: BudgetSweep.Problem.self, prefix: "\(options.agenda): ") { progress in
            try BudgetSweep.run(
                agenda: agenda, source: source, factors: factors, planner: search.planner(loaded.registry),
                progress: progress)
        }
        try output.emit(
            SweepRendering(sweep, agenda: agenda).rendered(output.format, csv: output.csvOptions),
            protecting: loaded.inputs)
    }
}
