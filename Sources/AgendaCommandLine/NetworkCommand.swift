import AgendaCore
import ArgumentParser

extension NetworkFormat: ExpressibleByArgument {}

/// `agenda network AGENDA`: the netwerkkaart, who works with whom and where.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Draw the network map (netwerkkaart): which partners work together, and where.",
        discussion: """
            A band per kind of partner, each partner with the places it works in (from the actions \
            it leads or joins and the locations it runs), and a line between every two partners \
            that share actions, thicker as those actions cost more over the period. The partners \
            of each band are ordered so that few lines cross; the report gives the crossings in \
            the agenda's order and after ordering. Actions that have stopped, or that the \
            scenario drops, are left out. See docs/quickscan.md, "Network map".

            Formats: text, markdown, json, html (the map and the tables on one page), svg (the \
            map alone) and dot (Graphviz: dot -Tpdf).

            Exit status: 0 drawn; 1 the agenda is invalid, or the costs are too large to add up \
            exactly; 2 a path, scenario or place that does not exist.

            Examples:
              agenda network agendas/haaglanden --format html -o netwerkkaart.html
              agenda network agendas/haaglanden --municipality delft --format svg -o delft.svg
              agenda network agendas/haaglanden --format dot | dot -Tpdf -o netwerkkaart.pdf
              agenda network agendas/example.yaml --format json
            """)

    @OptionGroup var options: AgendaOptions

    @Option(
        help: ArgumentHelp(
            "Only the actions that touch this municipality (its id), the locations in it, and the partners "
                + "that work there or serve it.", valueName: "id"))
    var municipality: String?

    @Option(
        help: ArgumentHelp(
            "Only this district: municipality/district, or the district's id alone when only one "
                + "municipality has it.", valueName: "id"))
    var district: String?

    @Option(help: "text, markdown, json, html, svg or dot.")
    var format: NetworkFormat = .text

    @OptionGroup var file: OutputFileOption

    func validate() throws {
        if municipality != nil && district != nil {
            throw ValidationError("--municipality and --district each choose a place; give one of them")
        }
    }

    func run() throws {
        let loaded = try options.load()
        let agenda = loaded.agenda
        let streams = StandardStreams()
        let focus = try PlanFocus.chosen(municipality: municipality, district: district, in: agenda.region)
        let rendering: NetworkRendering
        do {
            rendering = try NetworkRendering(agenda: agenda, focus: focus)
        } catch {
            streams.note("\(agenda.files.first ?? options.agenda): error: \(error)")
            throw ExitCode(1)
        }
        try file.emit(rendering.rendered(format), protecting: loaded.inputs)
    }
}
