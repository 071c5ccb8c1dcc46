import AgendaCore
import AgendaStore
import ArgumentParser

/// `agenda adopt AGENDA RUN --by WHO`: the network adopted this run's plan.
struct AdoptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Record that the network adopted a run's plan: the baseline for monitoring.",
        discussion: """
            A later adoption supersedes this one as the baseline; both stay in the store's history. \
            See docs/store.md.

            Exit status: 0 recorded; 1 the store cannot be used; 2 no such run, or a bad date.

            Examples:
              agenda adopt agendas/haaglanden 3 --by regiegroep --on 2026-01-15
              agenda adopt agendas/haaglanden 4 --by "bestuurlijk overleg" --note "na bezuiniging Wmo"
            """)

    @OptionGroup var options: StoredAgendaOptions

    @Argument(help: ArgumentHelp("The run's id, as 'agenda runs' lists it.", valueName: "run"))
    var runID: Int64

    @Option(help: ArgumentHelp("Who adopted it, e.g. regiegroep.", valueName: "who"))
    var by: String

    @Option(help: ArgumentHelp("The day of the decision, YYYY-MM-DD; today (UTC) by default.", valueName: "date"))
    var on: String?

    @Option(help: ArgumentHelp("A note for the record, e.g. the decision's reference.", valueName: "text"))
    var note: String?

    func validate() throws {
        if let on, CalendarDate(on) == nil {
            throw ValidationError("--on takes a day as YYYY-MM-DD, found '\(on)'")
        }
        if by.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--by names who adopted the plan") }
    }

    func run() throws {
        let (root, store) = try options.open(.write)
        let now = StoreClock.now()
        let earlier = try StoreOptions.reporting { try store.adoptions().last }
        let adoption = try StoreOptions.reporting {
            try store.adopt(
                NewAdoption(runID: runID, adoptedBy: by, adoptedOn: on ?? now.day, note: note, recordedAt: now.instant))
        }
        let words = MemoryWords(language: options.header(root: root).language)
        var message = words.say(
            "adopted", "\(runID)", adoption.adoptedBy, adoption.adoptedOn, "\(adoption.id)")
        if let earlier { message += words.say("replaces", "\(earlier.runID)") }
        try StandardStreams().writeLine(message)
    }
}
