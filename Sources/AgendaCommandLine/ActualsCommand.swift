import AgendaCore
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda actuals import AGENDA FILE.csv`: what was actually spent.
struct ActualsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actuals",
        abstract: "Record what was actually spent, per action, source and year.",
        subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a CSV of actual spending: columns action, source, year and amount.",
            discussion: """
                Reads the CSV that 'agenda plan --format csv' writes (with --dutch-excel: ';', decimal \
                comma and byte-order mark) and plain CSV with the same columns; title, funded, score, \
                reason and note are read and ignored. Every bad row is reported with its line and \
                column, and a file with any error changes nothing. The same file twice is stored \
                once; a later file that gives the same action, source and year replaces that figure \
                (the earlier stays in the store's history). See docs/store.md.

                Exit status: 0 imported (or imported before); 1 a bad row, or the store or agenda \
                cannot be used; 2 no agenda or file at the path.

                Examples:
                  agenda actuals import agendas/haaglanden agendas/haaglanden/actuals/uitgaven-2025.csv
                """)

        @OptionGroup var options: AgendaOptions

        @Argument(help: "The CSV file of actual spending.", completion: .file(extensions: ["csv"]))
        var file: String

        @OptionGroup(title: "Store") var store: StoreOptions

        func run() throws {
            let loaded = try options.loadWithoutRevision()
            let streams = StandardStreams()
            guard let data = FileManager.default.contents(atPath: file) else {
                streams.note("\(file): error: cannot read this file")
                throw ExitCode(2)
            }
            let actuals = ActualsFile.read(data, path: file, agenda: loaded.agenda)
            let words = MemoryWords(language: loaded.agenda.header.language)
            actuals.diagnostics.map(\.rendered).forEach(streams.note)
            guard !actuals.hasErrors else {
                streams.note(words.say("not-imported", file))
                throw ExitCode(1)
            }
            let rows = actuals.rows.map {
                ActualRow(line: $0.line, action: $0.action, source: $0.source, year: $0.year, cents: $0.cents)
            }
            let batch = ActualsImport(
                fileName: (file as NSString).lastPathComponent, content: data, rows: rows,
                importedAt: StoreClock.now().instant)
            let root = loaded.agenda.files.first ?? options.agenda
            let outcome = try StoreOptions.reporting {
                try store.open(forRoot: root, access: .write).importActuals(batch)
            }
            switch outcome {
            case .imported(let id, let count):
                try streams.writeLine(words.say("imported", file, words.rows(count), "\(id)"))
            case .alreadyImported(let id, let at):
                try streams.writeLine(words.say("imported-before", file, "\(id)", at))
            }
        }
    }
}
