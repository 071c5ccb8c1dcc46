import AgendaCore
import ArgumentParser

/// `agenda assess AGENDA`: the areas' assessments against a framework ("toetsing aan kader"), the
/// gaps, and the actions of the plan that address them.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract:
            "Show the areas' assessments against a framework, the largest gaps and the actions that address them.",
        discussion: """
            Per assessed area and criterion: the level at the area's latest assessment against the \
            target, with its date, assessors and evidence, and the change since the assessment \
            before. Then the criteria furthest from target over all areas (the mean gap and the \
            worst area), the actions whose 'addresses' name them, funded or not in the plan (with \
            the scenario applied) and why not, and the gaps no action addresses: the network's \
            open questions. HTML adds a heat map of areas against criteria. See docs/frameworks.md.

            Without --framework every framework of the agenda is shown, one after the other; an \
            agenda without frameworks gets a message saying how to add one.

            Exit status: 0 shown (also for an agenda without frameworks); 1 the agenda is invalid \
            or its commitments cannot be met; 2 a path, scenario, framework or area that does not \
            exist; 3 the planner could not finish (see docs/planner.md).

            Examples:
              agenda assess agendas/haaglanden
              agenda assess agendas/haaglanden --framework sociale-wijkteams --area den-haag/laak
              agenda assess agendas/haaglanden --scenario bezuiniging-wmo --format html -o toetsing.html
              agenda assess agendas/haaglanden --format json
            """
    )

    @OptionGroup var options: AgendaOptions

    @Option(
        help: ArgumentHelp(
            "Only this framework (its id); by default every framework of the agenda.", valueName: "id"))
    var framework: String?

    @Option(
        help: ArgumentHelp(
            "Only this area: a municipality id, municipality/district, or a partner id.", valueName: "area"))
    var area: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var search: SearchOptions

    func run() throws {
        let loaded = try options.load()
        let agenda = loaded.agenda
        let streams = StandardStreams()
        let selection: AssessmentSelection
        do {
            selection = try AssessmentSelection(framework: framework, area: area, in: agenda)
        } catch {
            streams.note("\(agenda.files.first ?? options.agenda): error: \(error)")
            throw ExitCode(2)
        }
        // Without a framework there is nothing to relate the plan to: no need to plan.
        let planned = selection.frameworks.isEmpty ? nil : try search.plan(agenda, with: loaded.registry)
        let report = AssessmentReport(agenda: agenda, selection: selection, planned: planned, registry: loaded.registry)
        try output.emit(
            AssessmentRendering(report).rendered(output.format, csv: output.csvOptions), protecting: loaded.inputs)
        if let plan = planned?.plan { try SearchOptions.failIfInfeasible(plan) }
    }
}
