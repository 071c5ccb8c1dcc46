import AgendaCore
import AgendaModules
import AgendaRules
import ArgumentParser

/// `--modules` and `--module`: the partner modules a command uses besides those that ship with the
/// planner (and those a partner's build links in).
struct ModuleOptions: ParsableArguments {
    /// The modules a partner's build of `agenda` links in (`AgendaCommandLine.main(adding:)`).
    @TaskLocal static var linked: [any DomainModule] = []

    /// The modules that ship with the planner: the core rules and the four domains. Every run
    /// starts from these; the core library never names them itself.
    static var builtIn: ModuleRegistry { InstalledModules.registry }

    @Option(
        name: .customLong("modules"),
        help: ArgumentHelp(
            "A declarative module file (YAML), or a folder of them; repeat for more.", valueName: "path"),
        completion: .file(extensions: ["yaml", "yml"]))
    var moduleFiles: [String] = []

    @Option(
        name: .customLong("module"),
        help: ArgumentHelp(
            "A compiled module to load at run time (a shared library); repeat for more. Load only libraries you trust.",
            valueName: "library"),
        completion: .file(extensions: ["so", "dylib"]))
    var libraries: [String] = []

    /// The registry of this run. Prints the modules' problems on standard error; exits 1 when a
    /// module is refused.
    func registry() throws -> ModuleRegistry {
        let result = ModuleAssembly(linked: Self.linked, moduleFiles: moduleFiles, libraries: libraries)
            .assemble(on: Self.builtIn)
        let streams = StandardStreams()
        result.diagnostics.map(\.rendered).forEach(streams.note)
        guard let registry = result.registry else {
            streams.note("error: the modules above are refused; fix them, or leave them out of --modules and --module")
            throw ExitCode(1)
        }
        return registry
    }
}
