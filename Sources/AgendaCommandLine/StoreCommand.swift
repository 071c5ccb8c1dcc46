import AgendaCore
import AgendaStore
import ArgumentParser

/// `agenda store check|backup`: the store's own care.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Check the agenda's store, or copy it while it is in use.",
        subcommands: [Check.self, Backup.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run SQLite's integrity check on the store.",
            discussion: """
                Exit status: 0 the store is sound; 1 it is damaged or cannot be used; 2 no agenda at the path.

                Example:
                  agenda store check agendas/haaglanden
                """)

        @OptionGroup var options: StoredAgendaOptions

        func run() throws {
            let (_, store) = try options.open(.read)
            let problems = try StoreOptions.reporting { try store.check() }
            let streams = StandardStreams()
            guard problems.isEmpty else {
                for problem in problems { streams.note("\(store.path): error: \(problem)") }
                throw ExitCode(1)
            }
            try streams.writeLine("\(store.path): ok (\(try StoreOptions.reporting { try store.runs() }.count) runs)")
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the store with SQLite's online backup, safe while other commands use it.",
            discussion: """
                The copy is written beside FILE and moved into place when whole; an existing FILE is \
                never written over.

                Exit status: 0 copied; 1 the store or FILE cannot be used; 2 no agenda at the path.

                Example:
                  agenda store backup agendas/haaglanden backups/agenda-2026-12-05.sqlite
                """)

        @OptionGroup var options: StoredAgendaOptions

        @Argument(help: "The new file to write.")
        var file: String

        func run() throws {
            let (_, store) = try options.open(.read)
            try StoreOptions.reporting { try store.backup(to: file) }
            try StandardStreams().writeLine("\(store.path): copied to \(file)")
        }
    }
}
