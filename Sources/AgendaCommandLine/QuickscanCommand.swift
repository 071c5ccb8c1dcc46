import AgendaCore
import ArgumentParser

/// `agenda quickscan AGENDA`: where each municipality and district stands.
struct QuickscanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quickscan",
        abstract: "Show per municipality and district its figures, its offer and how far it is from each target.",
        discussion: """
            For every municipality and each of its districts: its indicators (with source and year), \
            its locations, the funded and the proposed actions that work there, the partners active \
            there, and for every goal with a target the value now, whether it is reached, the gap and \
            the value after the plan. Funded means funded in the plan 'agenda plan' makes for the \
            agenda, with the scenario applied. See docs/quickscan.md.

            Exit status: 0 shown; 1 the agenda is invalid or its commitments cannot be met (the \
            quickscan is still written, with no action funded); 2 a path, scenario, municipality or \
            option that does not exist; 3 the planner could not finish.

            Examples:
              agenda quickscan agendas/haaglanden
              agenda quickscan agendas/haaglanden --municipality den-haag --format markdown
              agenda quickscan agendas/haaglanden --format html -o quickscan.html
              agenda quickscan agendas/haaglanden --scenario bezuiniging-wmo --format json
              agenda quickscan agendas/haaglanden --format csv --dutch-excel -o quickscan.csv
            """
    )

    @OptionGroup var options: AgendaOptions

    @Option(
        help: ArgumentHelp(
            "Show only this municipality (its id) and its districts.", valueName: "id"))
    var municipality: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var search: SearchOptions

    func run() throws {
        let loaded = try options.load()
        let agenda = loaded.agenda
        let streams = StandardStreams()
        // An unknown municipality is refused before the search, which takes a while.
        if let municipality {
            do {
                _ = try PlanFocus.municipality(municipality, in: agenda.region)
            } catch {
                streams.note("error: \(error)")
                throw ExitCode(2)
            }
        }
        let result = try search.plan(agenda, with: loaded.registry)
        let quickscan: Quickscan
        do {
            quickscan = try Quickscan(
                agenda: agenda, plan: result.plan, registry: loaded.registry, municipality: municipality)
        } catch {
            streams.note("error: \(error)")
            throw ExitCode(2)
        }
        let rendering = QuickscanRendering(agenda: agenda, quickscan: quickscan)
        try output.emit(rendering.rendered(output.format, csv: output.csvOptions), protecting: loaded.inputs)
        try SearchOptions.failIfInfeasible(result.plan)
    }
}
