import AgendaCore
import ArgumentParser

/// `agenda validate PATH...`: check agendas and report every problem like a compiler.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check agendas and report every problem with its file, line and column.",
        discussion: """
            Each PATH is an agenda's root file, a declarative module file or a folder; in a folder \
            every YAML file with a top-level 'agenda:' key is checked together with the files it \
            includes and the module files it names, and every file with a top-level 'module:' key is \
            checked as a module, its examples included.

            Exit status: 0 valid (warnings allowed), 1 invalid, 2 a path that does not exist or \
            holds no agenda.

            Examples:
              agenda validate agendas/haaglanden/agenda.yaml
              agenda validate agendas/
              agenda validate --quiet agendas/example.yaml
              agenda validate agendas/partners/modules/mobiliteit.yaml
              agenda validate --module libDementieModule.so my-agenda.yaml
            """
    )

    @Argument(help: "Agenda files, module files or folders.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    @Flag(name: .shortAndLong, help: "Print only problems: errors, warnings, and the summary of each invalid file.")
    var quiet = false

    @OptionGroup(title: "Partner modules")
    var modules: ModuleOptions

    func run() throws {
        let report = ValidationRun(loader: AgendaLoader(registry: try modules.registry())).run(paths: paths)
        let output = StandardStreams()
        for line in quiet ? report.problemLines : report.lines {
            try output.writeLine(line)
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
