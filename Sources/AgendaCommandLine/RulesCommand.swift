import AgendaCore
import ArgumentParser
import Foundation

/// `agenda rules`: every installed module and rule, with its origin, grounds and parameters.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the domain modules, where each comes from, and their scoring rules.",
        discussion: """
            Lists the modules that ship with the planner, those linked into this build by a partner, \
            and the partner modules named with --modules (YAML) or --module (a compiled library).

            Examples:
              agenda rules
              agenda rules --modules agendas/partners/modules/mobiliteit.yaml
              agenda rules --format json
              agenda rules --format markdown > rules.md
              agenda rules --write-docs docs/rules
            """
    )

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Write one Markdown page per rule and an index into this folder.", valueName: "folder"))
    var writeDocs: String?

    @OptionGroup(title: "Partner modules")
    var modules: ModuleOptions

    func run() throws {
        let catalog = RuleCatalog(registry: try modules.registry())
        let streams = StandardStreams()
        guard let folder = writeDocs else {
            try output.emit(
                catalog.rendered(output.format, csv: output.csvOptions), protecting: catalog.registry.inputs)
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
