import AgendaCore
import ArgumentParser

/// `agenda explain AGENDA ACTION`: how one action's score is made up.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how an action's score is made up, rule by rule.",
        discussion: """
            Lists every rule that scored the action: its value, the value on a 0..1 scale, the \
            weight and the points, with the inputs the rule used. The points add up exactly to \
            the score 'agenda score' prints.

            Examples:
              agenda explain agendas/haaglanden ho-locatie-laak
              agenda explain agendas/example.yaml meeting-place-south --format json
            """
    )

    @OptionGroup var options: AgendaOptions

    @Argument(help: "The id of the action.")
    var action: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let loaded = try options.load()
        let agenda = loaded.agenda
        let report = ScoringEngine(registry: loaded.registry).score(agenda)
        let streams = StandardStreams()
        let rendering = ScoreRendering(agenda: agenda, report: report)
        guard let text = rendering.explanation(of: action, format: output.format, csv: output.csvOptions) else {
            streams.note(
                "error: unknown action '\(action)'\(Suggestions.didYouMean(action, in: agenda.actions.map(\.id)))")
            throw ExitCode(2)
        }
        report.diagnostics.filter { $0.message.contains("'\(action)'") }.map(\.rendered).forEach(streams.note)
        try output.emit(text, protecting: loaded.inputs)
    }
}
