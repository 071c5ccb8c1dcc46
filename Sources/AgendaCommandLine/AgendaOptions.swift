import AgendaCore
import ArgumentParser
import Foundation

/// The agenda a command works on, and the scenario applied on top of it.
struct AgendaOptions: ParsableArguments {
    @Argument(
        help: "The agenda's root file, or a folder holding one agenda.", completion: .file(extensions: ["yaml", "yml"]))
    var agenda: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("A scenario to apply; stack scenarios with '+', e.g. a+b.", valueName: "id"))
    var scenario: String?

    @OptionGroup(title: "Partner modules")
    var modules: ModuleOptions

    /// Loads the agenda and applies the scenario. Prints the agenda's problems on standard error;
    /// exits 1 when it (or a module) is invalid and 2 when the path or scenario does not exist.
    func load() throws -> LoadedAgenda {
        try Self.load(agenda, scenario: scenario, modules: modules)
    }

    /// Loads the agenda as `load()` does, without asking git for its commit: for commands whose
    /// reports carry no version line.
    func loadWithoutRevision() throws -> LoadedAgenda {
        try Self.load(agenda, scenario: scenario, modules: modules, revision: false)
    }

    /// The root file of the one agenda at `agenda` (a file, or a folder holding one agenda); a path
    /// that holds none, or several, is reported and exits 2.
    static func root(of agenda: String) throws -> String {
        let found = AgendaDiscovery().find([agenda])
        guard found.problems.isEmpty, let root = found.roots.first else {
            found.problems.forEach(StandardStreams().note)
            throw ExitCode(2)
        }
        guard found.roots.count == 1 else {
            StandardStreams().note(
                "\(agenda): error: this folder holds \(found.roots.count) agendas; name one: "
                    + "\(found.roots.joined(separator: ", "))"
            )
            throw ExitCode(2)
        }
        return root
    }

    /// Loads the agenda at `path` with the modules of `modules` and those it names itself, and
    /// applies `scenario` (an id, a stack `a+b`, or nil).
    static func load(_ agenda: String, scenario: String?, modules: ModuleOptions, revision: Bool = true) throws
        -> LoadedAgenda
    {
        let streams = StandardStreams()
        let root = try Self.root(of: agenda)
        let result = AgendaLoader(registry: try modules.registry()).load(path: root)
        result.diagnostics.map(\.rendered).forEach(streams.note)
        // A loaded agenda always has its tree: both come from the same sections.
        guard !result.hasErrors, var loaded = result.agenda, let tree = result.tree else {
            streams.note("\(root): the agenda is invalid; run 'agenda validate \(root)' for the full report")
            throw ExitCode(1)
        }
        if revision { loaded.revision = GitRevision.of(result.files) }
        do {
            return LoadedAgenda(
                agenda: try ScenarioApplier.apply(ScenarioApplier.ids(scenario), to: loaded),
                registry: result.registry, tree: tree)
        } catch {
            // A stack whose scenarios clash is an invalid agenda (1), like a clash inside one
            // scenario; a scenario that does not exist is a usage error (2).
            if let diagnostic = error.diagnostic {
                streams.note(diagnostic.rendered)
                throw ExitCode(1)
            }
            streams.note("\(root): error: \(error)")
            throw ExitCode(2)
        }
    }
}

/// An agenda, and the modules it was checked with: score and plan it with the same.
struct LoadedAgenda {
    var agenda: Agenda
    var registry: ModuleRegistry
    /// The agenda's sections as one tree, for `agenda diff`.
    var tree: YAMLValue

    /// Every file the agenda and its modules were read from: a report is never written over one.
    var inputs: [String] { agenda.files + registry.inputs }
}

extension ModuleRegistry {
    /// The module files and libraries of the run.
    var inputs: [String] { entries.compactMap(\.origin.path) }
}
