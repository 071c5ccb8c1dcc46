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
              agenda plan agendas/haaglanden --record
              agenda runs agendas/haaglanden
              agenda monitor agendas/haaglanden --year 2025
              agenda assess agendas/haaglanden --format html -o toetsing.html
              agenda quickscan agendas/haaglanden --format html -o quickscan.html
              agenda kickoff agendas/haaglanden --district den-haag/laak --format html -o kickoff-laak.html
              agenda network agendas/haaglanden --format html -o netwerkkaart.html
            """,
        version: "0.1.0",
        subcommands: [
            PlanCommand.self, CompareCommand.self, SweepCommand.self, SensitivityCommand.self, ValidateCommand.self,
            GenerateCommand.self, ScoreCommand.self, ExplainCommand.self, RulesCommand.self, SchemaCommand.self,
            RunsCommand.self, ShowCommand.self, DiffCommand.self, AdoptCommand.self, ActualsCommand.self,
            MonitorCommand.self, ReplanCommand.self, StoreCommand.self,
            AssessCommand.self, QuickscanCommand.self, NetworkCommand.self, KickoffCommand.self,
        ]
    )

    /// Runs the command and exits with its status.
    static func runMain() -> Never {
        // A closed pipe on standard output (`agenda plan … | head -1`) is a write error to report,
        // not a signal that ends the program without a word.
        signal(SIGPIPE, SIG_IGN)
        Foundation.exit(execute(Array(CommandLine.arguments.dropFirst())))
    }

    /// Parses `arguments`, runs the command and returns its exit status, printing what ArgumentParser
    /// would (help on standard output, errors on standard error). Usage errors exit with status 2,
    /// as documented, rather than ArgumentParser's 64.
    static func execute(_ arguments: [String]) -> Int32 {
        let streams = StandardStreams()
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .validationFailure {
                streams.note(message)
                return 2
            }
            if !message.isEmpty {
                if code == .success {
                    try? streams.write(message.hasSuffix("\n") ? message : message + "\n")
                } else {
                    streams.note(message)
                }
            }
            return code.rawValue
        }
    }
}
