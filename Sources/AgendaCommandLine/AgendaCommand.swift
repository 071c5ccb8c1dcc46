import AgendaCore
import ArgumentParser
import Foundation

/// `agenda`: plan a regional care and welfare agenda.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Plan the multi-year agenda of a regional care and welfare network.",
        discussion: """
            An agenda is a YAML file (or a folder of them) with the network's point on the horizon, \
            goals, actions per municipality and district, and funding sources. See docs/format.md.

            Examples:
              agenda plan agendas/haaglanden
              agenda compare agendas/haaglanden --all --format html -o vergelijking.html
              agenda sweep agendas/haaglanden --source gala
              agenda sensitivity agendas/haaglanden --samples 200
              agenda validate agendas/
              agenda score agendas/haaglanden
              agenda explain agendas/haaglanden ho-locatie-laak
              agenda rules
              agenda schema > docs/agenda.schema.json
            """,
        version: "0.1.0",
        subcommands: [PlanCommand.self, CompareCommand.self, SweepCommand.self, SensitivityCommand.self, ValidateCommand.self, GenerateCommand.self, ScoreCommand.self, ExplainCommand.self, RulesCommand.self, SchemaCommand.self]
    )

    /// Runs the command; usage errors exit with status 2, as documented, rather than
    /// ArgumentParser's 64.
    static func runMain() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = fullMessage(for: error)
                FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
