import AgendaCore
import ArgumentParser

/// `agenda kickoff AGENDA --municipality ID | --district ID`: one page for a kick-off meeting in
/// that area.
struct KickoffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kickoff",
        abstract: "Write one page for a kick-off meeting in a municipality or district.",
        discussion: """
            The page holds the agenda's point on the horizon; where the area stands (its quickscan: \
            figures with their sources, targets now and after the plan, locations); its assessment \
            against the agenda's frameworks, criterion by criterion, with the change since the \
            assessment before; the plan's actions there with what each source pays; the partners \
            working there with their contacts; and the open questions: actions there the plan does \
            not fund, with the reason, and gaps no funded action closes. The plan is the region's \
            (with --scenario applied); an action that also works elsewhere shows all it is paid. \
            See docs/quickscan.md and docs/frameworks.md.

            Exit status: 0 written; 1 the agenda is invalid or its commitments cannot be met; 2 no \
            agenda at the path, or an unknown municipality, district or scenario; 3 the planner \
            could not finish.

            Examples:
              agenda kickoff agendas/haaglanden --district den-haag/laak --format html -o kickoff-laak.html
              agenda kickoff agendas/leidschendam-voorburg --municipality leidschendam-voorburg
            """)

    /// The page's formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @OptionGroup var options: AgendaOptions

    @Option(help: ArgumentHelp("The municipality (its id), with its districts.", valueName: "id"))
    var municipality: String?

    @Option(
        help: ArgumentHelp(
            "The district: municipality/district, or its id when only one municipality has it.", valueName: "id"))
    var district: String?

    @Option(help: "markdown or html.")
    var format: Format = .markdown

    @OptionGroup var file: OutputFileOption

    @OptionGroup var search: SearchOptions

    func validate() throws {
        guard (municipality == nil) != (district == nil) else {
            throw ValidationError("name the area: give --municipality ID or --district ID (one of them)")
        }
    }

    func run() throws {
        let loaded = try options.load()
        let agenda = loaded.agenda
        let streams = StandardStreams()
        // validate() made sure exactly one of the two is given.
        guard let focus = try PlanFocus.chosen(municipality: municipality, district: district, in: agenda.region)
        else { throw ExitCode(2) }
        let planned = try search.plan(agenda, with: loaded.registry)
        let kickoff: Kickoff
        do {
            kickoff = try Kickoff(agenda: agenda, focus: focus, planned: planned, registry: loaded.registry)
        } catch {
            streams.note("error: \(error)")
            throw ExitCode(2)
        }
        let rendering = KickoffRendering(kickoff)
        try file.emit(format == .html ? rendering.html() : rendering.markdown(), protecting: loaded.inputs)
        try SearchOptions.failIfInfeasible(planned.plan)
    }
}
