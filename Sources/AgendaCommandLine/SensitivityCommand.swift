import AgendaCore
import ArgumentParser
import Foundation

/// `agenda sensitivity AGENDA`: which actions the weights decide.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Perturb the weights and re-plan: which actions are robust, which are fragile.",
        discussion: """
            Each sample multiplies every weight (of each domain, pillar, rule and goal) by its own \
            factor between 1 − spread and 1 + spread, re-scores and re-plans. Reports each action's \
            probability of being funded; robust actions are funded, or left out, in at least 90% of \
            the samples. The same seed gives the same report, whichever core plans which sample. \
            Samples run on both cores.

            Exit status: 0 analysed; 1 the agenda is invalid; 2 a path, scenario or option that does \
            not exist; 3 the planner could not finish or its verifier found a broken rule.

            Examples:
              agenda sensitivity agendas/haaglanden
              agenda sensitivity agendas/haaglanden --samples 200 --spread 0.3 --format html -o gevoeligheid.html
            """
    )

    @OptionGroup var options: AgendaOptions

    @Option(help: "Perturbed plans to make.")
    var samples: Int = 1_000

    @Option(help: "How far each weight may move, as a fraction: 0.2 means ±20%.")
    var spread: Double = 0.2

    @Option(help: "The random seed; the same seed gives the same report.")
    var seed: UInt64 = 1

    @OptionGroup var output: OutputOptions

    @OptionGroup var search: SearchOptions

    func run() throws {
        let loaded = try options.load()
        let agenda = loaded.agenda
        let analysis = try search.analyse(usage: SensitivityAnalysis.Problem.self) { progress in
            try SensitivityAnalysis.run(
                agenda: agenda, samples: samples, spread: spread, seed: seed,
                planner: search.planner(loaded.registry), progress: progress)
        }
        try output.emit(
            SensitivityRendering(analysis).rendered(output.format, csv: output.csvOptions), protecting: loaded.inputs)
    }
}
