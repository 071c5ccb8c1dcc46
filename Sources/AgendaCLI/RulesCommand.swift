import AgendaCore
import AgendaModules
import ArgumentParser
import Foundation

/// `agenda rules`: every installed module and rule, with its grounds and parameters.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the installed domain modules and their scoring rules.",
        discussion: """
            Examples:
              agenda rules
              agenda rules --format markdown > rules.md
              agenda rules --write-docs docs/rules
            """
    )

    @Option(help: "text, markdown or json.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write one Markdown page per rule and an index into this folder.", valueName: "folder"))
    var writeDocs: String?

    func run() throws {
        let catalog = RuleCatalog(registry: InstalledModules.registry)
        let streams = StandardStreams()
        guard let folder = writeDocs else {
            streams.write(catalog.rendered(format))
            return
        }
        do {
            let changed = try DocumentationWriter.write(catalog.documentationPages(), to: URL(fileURLWithPath: folder))
            streams.note("\(folder): \(changed.isEmpty ? "up to date" : "wrote \(changed.joined(separator: ", "))")")
        } catch {
            streams.note("\(folder): error: \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}
