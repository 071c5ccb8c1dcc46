import AgendaRules
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads compiled domain modules from shared libraries at run time (`agenda plan --module libX.so`).
///
/// A module library exports two C functions (see `ExportedModule` and docs/modules-runtime.md):
/// `agenda_module_rule_api_version`, the rule API version it was compiled against, and
/// `agenda_module_create`, a retained pointer to an `ExportedModule`. The loader opens the library,
/// checks the version *before* anything Swift crosses between the two, then takes the module.
///
/// Every problem is an error located at the library's path, never a crash: a missing file, a file
/// that is not a loadable library, a library that is not an agenda module, one built against another
/// rule API, or one whose `agenda_module_create` hands over nothing usable.
///
/// Libraries are never closed: a Swift library registers its types and conformances with the Swift
/// runtime when it is loaded, and unloading it would leave the runtime pointing into freed memory.
///
/// Loading the same library twice opens it once (the dynamic linker shares the handle) but calls
/// `agenda_module_create` again, so each call returns a module; `ModuleAssembly` then refuses the
/// second one as a clash ("two modules claim the domain …"), which names the library both times.
public enum RuntimeModuleLoader {
    /// The C signature of `agenda_module_rule_api_version`.
    private typealias VersionFunction = @convention(c) () -> Int32
    /// The C signature of `agenda_module_create`; optional, so a library returning NULL is caught.
    private typealias CreateFunction = @convention(c) () -> UnsafeMutableRawPointer?

    /// Loads the module of the shared library at `path`; problems are diagnostics at `path`.
    public static func load(path: String) -> (module: (any DomainModule)?, diagnostics: [Diagnostic]) {
        switch open(path: path) {
        case .success(let module): return (module, [])
        case .failure(let problem): return (nil, [.error(problem.code, problem.message, at: .file(path))])
        }
    }

    /// Why a library could not be loaded: a diagnostic code and message.
    struct Problem: Error {
        var code: String
        var message: String
    }

    private static func open(path: String) -> Result<any DomainModule, Problem> {
        switch FileKind.of(path) {
        case .regular:
            break
        case .missing:
            return .failure(
                Problem(code: DiagnosticCode.moduleLibraryMissing, message: "no module library at this path"))
        case .directory:
            return .failure(
                Problem(
                    code: DiagnosticCode.moduleLibraryUnloadable,
                    message: "this is a folder; --module takes the shared library itself (e.g. .build/release/libX.so)")
            )
        case let kind:
            return .failure(Problem(code: DiagnosticCode.notAFile, message: kind.refusal ?? "is not a file"))
        }
        // dlopen searches the library path for a bare name such as `libX.so`; the user meant the file.
        let filePath = path.contains("/") ? path : "./" + path
        // RTLD_NOW: every symbol is resolved now, so a library that needs a symbol this agenda's
        // rule API lacks (built against other sources) fails here, with the dynamic linker's
        // message, rather than crashing at the first call.
        // RTLD_LOCAL: the library's own symbols do not become visible to libraries loaded after it.
        guard let handle = dlopen(filePath, RTLD_NOW | RTLD_LOCAL) else {
            return .failure(unloadable(lastDynamicLinkerError()))
        }
        guard let versionSymbol = dlsym(handle, ExportedModule.Symbol.ruleAPIVersion) else {
            return .failure(notAModule(missing: ExportedModule.Symbol.ruleAPIVersion))
        }
        guard let createSymbol = dlsym(handle, ExportedModule.Symbol.create) else {
            return .failure(notAModule(missing: ExportedModule.Symbol.create))
        }
        // Only an Int32 crosses here, so a library built against another rule API is refused before
        // any of its Swift types meets ours.
        let version = unsafeBitCast(versionSymbol, to: VersionFunction.self)()
        guard version == RuleAPI.hostVersion else {
            return .failure(
                Problem(
                    code: DiagnosticCode.moduleLibraryVersion,
                    message: """
                        was built against rule API \(version); \
                        this agenda program uses rule API \(RuleAPI.hostVersion); \
                        rebuild it against Packages/AgendaRules of this version
                        """))
        }
        guard let pointer = unsafeBitCast(createSymbol, to: CreateFunction.self)() else {
            return .failure(
                Problem(
                    code: DiagnosticCode.moduleLibraryCreate,
                    message: "\(ExportedModule.Symbol.create) returned no module (a null pointer)"))
        }
        // Balances the retain of `ExportedModule.export`. The pointer must be a Swift object; the
        // version check above is what makes that a fair assumption (a plain C pointer here would
        // crash, and nothing can tell it apart from an object beforehand).
        let object = Unmanaged<AnyObject>.fromOpaque(pointer).takeRetainedValue()
        guard let exported = object as? ExportedModule else {
            return .failure(
                Problem(
                    code: DiagnosticCode.moduleLibraryCreate,
                    message: """
                        \(ExportedModule.Symbol.create) returned an object of type \(type(of: object)), not an \
                        ExportedModule of this agenda's rule API; return ExportedModule.export(YourModule()), and \
                        depend on the AgendaRules package's dynamic library rather than a copy of its sources
                        """))
        }
        return .success(exported.module)
    }

    private static func unloadable(_ reason: String) -> Problem {
        var message = "cannot load this module library: \(reason)"
        // A Swift symbol the library needs and this agenda's libraries lack: built against other
        // sources of the rule API, or with another Swift compiler.
        if reason.contains("undefined symbol") || reason.contains("symbol not found") {
            message +=
                "; it was probably built against another version of Packages/AgendaRules or with another Swift "
                + "toolchain: rebuild it with this agenda's"
        }
        return Problem(code: DiagnosticCode.moduleLibraryUnloadable, message: message)
    }

    private static func notAModule(missing symbol: String) -> Problem {
        Problem(
            code: DiagnosticCode.moduleLibraryNotAModule,
            message: """
                is not an agenda module: it does not export \(symbol) (see docs/modules-runtime.md \
                for the two functions a module library exports)
                """)
    }

    /// The dynamic linker's text for the last failure (`dlerror`), which names the cause.
    private static func lastDynamicLinkerError() -> String {
        guard let text = dlerror() else { return "unknown error" }
        return String(cString: text)
    }
}
