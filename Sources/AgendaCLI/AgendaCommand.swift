import AgendaCore
import ArgumentParser

/// `agenda`: plan a regional care and welfare agenda.
@main
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Plan the multi-year agenda of a regional care and welfare network.",
        discussion: """
            An agenda is a YAML file (or a folder of them) with the network's point on the horizon, \
            goals, actions per municipality and district, and funding sources. See docs/format.md.

            Examples:
              agenda validate agendas/example.yaml
              agenda validate agendas/
              agenda schema > docs/agenda.schema.json
            """,
        version: "0.1.0",
        subcommands: [ValidateCommand.self, SchemaCommand.self]
    )
}
