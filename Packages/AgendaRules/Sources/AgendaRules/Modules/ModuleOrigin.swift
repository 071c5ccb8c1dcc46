/// Where a module comes from: shipped with the planner, compiled into a partner's build of `agenda`,
/// declared in a YAML file, or loaded from a shared library at run time.
///
/// Reports (`agenda rules`, `explain`) show it next to the module's id and version, and a clash
/// between two modules names both origins.
public enum ModuleOrigin: Sendable, Hashable, CustomStringConvertible {
    /// Ships with the planner.
    case builtIn
    /// Compiled into this build of `agenda` by a partner package (`AgendaCommandLine.main(adding:)`).
    case linked
    /// A declarative module: the YAML file it was read from, as the user named it.
    case declarative(file: String)
    /// A compiled module loaded at run time: the shared library, as the user named it.
    case runtime(library: String)

    /// A short phrase for reports, e.g. "built in" or "YAML modules/mobiliteit.yaml".
    public var description: String {
        switch self {
        case .builtIn: return "built in"
        case .linked: return "linked into this build"
        case .declarative(let file): return "YAML \(file)"
        case .runtime(let library): return "library \(library)"
        }
    }

    /// A stable one-word kind for JSON: `built-in`, `linked`, `yaml` or `library`.
    public var kind: String {
        switch self {
        case .builtIn: return "built-in"
        case .linked: return "linked"
        case .declarative: return "yaml"
        case .runtime: return "library"
        }
    }

    /// The file or library, when the module came from one.
    public var path: String? {
        switch self {
        case .builtIn, .linked: return nil
        case .declarative(let file): return file
        case .runtime(let library): return library
        }
    }
}
