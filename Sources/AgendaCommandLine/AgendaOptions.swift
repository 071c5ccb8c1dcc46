import AgendaCore
import ArgumentParser
import Foundation

/// The agenda a command works on, and the scenario applied on top of it.
struct AgendaOptions: ParsableArguments {
    @Argument(help: "The agenda's root file, or a folder holding one agenda.", completion: .file(extensions: ["yaml", "yml"]))
    var agenda: String

    @Option(name: .shortAndLong, help: ArgumentHelp("A scenario to apply; stack scenarios with '+', e.g. a+b.", valueName: "id"))
    var scenario: String?

    @OptionGroup(title: "Partner modules")
    var modules: ModuleOptions

    /// Loads the agenda and applies the scenario. Prints the agenda's problems on standard error;
    /// exits 1 when it (or a module) is invalid and 2 when the path or scenario does not exist.
    func load() throws -> LoadedAgenda {
        try Self.load(agenda, scenario: scenario, modules: modules)
    }

    /// Loads the agenda at `path` with the modules of `modules` and those it names itself, and
    /// applies `scenario` (an id, a stack `a+b`, or nil).
    static func load(_ agenda: String, scenario: String?, modules: ModuleOptions) throws -> LoadedAgenda {
        let streams = StandardStreams()
        let found = AgendaDiscovery().find([agenda])
        guard found.problems.isEmpty, let root = found.roots.first else {
            found.problems.forEach(streams.note)
            throw ExitCode(2)
        }
        guard found.roots.count == 1 else {
            streams.note("\(agenda): error: this folder holds \(found.roots.count) agendas; name one: \(found.roots.joined(separator: ", "))")
            throw ExitCode(2)
        }
        let result = AgendaLoader(registry: try modules.registry()).load(path: root)
        result.diagnostics.map(\.rendered).forEach(streams.note)
        guard !result.hasErrors, let loaded = result.agenda else {
            streams.note("\(root): the agenda is invalid; run 'agenda validate \(root)' for the full report")
            throw ExitCode(1)
        }
        do {
            return LoadedAgenda(agenda: try ScenarioApplier.apply(ScenarioApplier.ids(scenario), to: loaded),
                                registry: result.registry)
        } catch {
            streams.note("\(root): error: \(error)")
            throw ExitCode(2)
        }
    }
}

/// An agenda, and the modules it was checked with: score and plan it with the same.
struct LoadedAgenda {
    var agenda: Agenda
    var registry: ModuleRegistry
}

extension ReportFormat: ExpressibleByArgument {}
extension AnalysisFormat: ExpressibleByArgument {}

/// Where and how an analysis report is written: `--format`, `-o` and `--dutch-excel`.
struct AnalysisOutputOptions: ParsableArguments {
    @Option(help: "text, markdown, json, csv or html.")
    var format: AnalysisFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "CSV for Dutch Excel: ';' between fields, a decimal comma, and a byte-order mark so Excel reads UTF-8.")
    var dutchExcel = false

    @Option(help: ArgumentHelp("Branch-and-bound nodes per plan before settling for the best plan found and its bound.", valueName: "n"))
    var maxNodes: Int = Planner.Limits().nodes

    var csvOptions: PlanCSV.Options { dutchExcel ? .dutchExcel : PlanCSV.Options() }

    /// The planner, scoring with the modules the agenda was loaded with.
    func planner(_ registry: ModuleRegistry) -> Planner {
        Planner(registry: registry, limits: Planner.Limits(nodes: max(1, maxNodes)))
    }

    func emit(_ text: String) throws {
        try ReportOutput.emit(text, to: output)
    }

    /// Runs an analysis with progress on standard error. A problem of type `Usage` (a scenario,
    /// source or parameter that does not exist) exits 2, prefixed with `prefix`; any other error
    /// (the planner could not finish, or its verifier found a broken rule) exits 3.
    func analyse<Analysis, Usage: Error>(usage: Usage.Type, prefix: String = "",
                                         _ body: (@escaping @Sendable (String) -> Void) throws -> Analysis) throws -> Analysis {
        let reporter = ProgressReporter(started: ContinuousClock.now)
        do {
            return try body { reporter.report($0) }
        } catch let problem as Usage {
            StandardStreams().note("\(prefix)error: \(problem)")
            throw ExitCode(2)
        } catch {
            StandardStreams().failure(error)
            throw ExitCode(3)
        }
    }
}

/// Writes a report to standard output or, atomically, to a file.
enum ReportOutput {
    static func emit(_ text: String, to path: String?) throws {
        guard let path else {
            StandardStreams().write(text)
            return
        }
        try write(text, to: path)
    }

    /// Replaces the file atomically; a path that cannot be written exits with status 2.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            StandardStreams().note("\(path): error: cannot write the file: \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}
