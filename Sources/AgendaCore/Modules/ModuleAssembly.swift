import AgendaRules
import Foundation

/// The modules of one run: those that ship with the planner, those a partner's build links in,
/// declarative module files (`--modules`) and compiled libraries (`--module`), checked together.
///
/// A module file or library that cannot be read, whose examples fail, or that claims a domain
/// already taken is a located diagnostic, never a crash or a silent skip.
public struct ModuleAssembly: Sendable {
    /// Modules compiled into this build of `agenda` by a partner package.
    public var linked: [any DomainModule]
    /// Declarative module files or folders of them, as the user named them.
    public var moduleFiles: [String]
    /// Shared libraries of compiled modules, as the user named them.
    public var libraries: [String]

    public init(linked: [any DomainModule] = [], moduleFiles: [String] = [], libraries: [String] = []) {
        self.linked = linked
        self.moduleFiles = moduleFiles
        self.libraries = libraries
    }

    /// What assembling produced: the registry when nothing was refused, and every problem.
    public struct Result: Sendable {
        public var registry: ModuleRegistry?
        public var diagnostics: [Diagnostic]
    }

    /// Installs the modules on top of `base` (the modules that ship with this build), in the order
    /// linked, files, libraries.
    public func assemble(on base: ModuleRegistry, limits: InputLimits = .default) -> Result {
        var diagnostics: [Diagnostic] = []
        var registry = base
        func install(_ module: any DomainModule, _ origin: ModuleOrigin, at location: SourceLocation) {
            registry.install(module, origin: origin, at: location, diagnostics: &diagnostics)
        }
        for module in linked {
            install(module, .linked, at: .file("agenda"))
        }
        let reader = DeclarativeModuleLoader(limits: limits, base: base)
        var read = Set<String>()
        for path in moduleFiles {
            // The same file or folder named twice is read once, not installed twice as a clash.
            guard read.insert(URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path).inserted
            else { continue }
            let result = reader.load(url: URL(fileURLWithPath: path), displayPath: path)
            diagnostics.append(contentsOf: result.diagnostics)
            for module in result.modules {
                install(module, .declarative(file: Self.file(of: module, default: path)), at: .file(path))
            }
        }
        for path in libraries {
            let loaded = RuntimeModuleLoader.load(path: path)
            diagnostics.append(contentsOf: loaded.diagnostics)
            if let module = loaded.module { install(module, .runtime(library: path), at: .file(path)) }
        }
        let failed = diagnostics.contains { $0.severity == .error }
        return Result(registry: failed ? nil : registry, diagnostics: diagnostics)
    }

    /// The file a declarative module was read from, when a folder was named.
    static func file(of module: any DomainModule, default path: String) -> String {
        (module as? any DeclaredModule)?.file ?? path
    }
}

extension ModuleRegistry {
    /// Installs `module` after the others; a clash (a domain already taken) is an error at
    /// `location` naming both origins, and leaves the registry as it was.
    mutating func install(
        _ module: any DomainModule, origin: ModuleOrigin, at location: SourceLocation,
        diagnostics: inout [Diagnostic]
    ) {
        do {
            self = try adding([(module, origin)])
        } catch {
            diagnostics.append(.error(DiagnosticCode.moduleClash, error.description, at: location))
        }
    }
}

/// A module read from a file, which knows that file (so a folder of modules names each one).
public protocol DeclaredModule: DomainModule {
    /// The module file, as the user named it (or the folder's name joined with the file's).
    var file: String { get }
}
