import AgendaCore
import ArgumentParser

/// `agenda score AGENDA`: the actions ranked by their priority score.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Rank an agenda's actions by their priority score.",
        discussion: """
            Every action is scored by the core rules and by the rules of its domain's module; \
            'agenda explain' shows how a score is made up. Problems go to standard error.

            Examples:
              agenda score agendas/haaglanden/agenda.yaml
              agenda score agendas/haaglanden --scenario preventie-eerst
              agenda score agendas/example.yaml --format json
            """
    )

    @OptionGroup var options: AgendaOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let loaded = try options.load()
        let agenda = loaded.agenda
        let report = ScoringEngine(registry: loaded.registry).score(agenda)
        let streams = StandardStreams()
        report.diagnostics.map(\.rendered).forEach(streams.note)
        let text = ScoreRendering(agenda: agenda, report: report).ranking(output.format, csv: output.csvOptions)
        try output.emit(text, protecting: loaded.inputs)
    }
}
