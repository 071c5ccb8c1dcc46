/// A domain module handed from a shared library to the `agenda` that loads it.
///
/// A module compiled on its own and loaded at run time (`agenda plan --module libX.so`) exports two
/// C functions, which `agenda` finds by name with `dlsym`. Swift cannot generate them from a
/// library, so the library writes them itself; they are two lines each, and must be exactly these
/// (only the module's type changes):
///
/// ```swift
/// import AgendaRules
///
/// @_cdecl("agenda_module_rule_api_version")
/// public func agendaModuleRuleAPIVersion() -> Int32 { RuleAPI.version }
///
/// @_cdecl("agenda_module_create")
/// public func agendaModuleCreate() -> UnsafeMutableRawPointer { ExportedModule.export(DementieModule()) }
/// ```
///
/// - Both functions must be `public`: an internal function is not visible outside the library.
/// - `agenda_module_rule_api_version` must return `RuleAPI.version`, which is compiled into the
///   library (see `RuleAPI`). `agenda` calls it first and refuses the library when the number differs
///   from its own, before it calls anything that returns a Swift value.
/// - `agenda_module_create` must return `ExportedModule.export(…)`: a retained pointer to an
///   `ExportedModule`. `agenda` takes over that reference and checks that the object is an
///   `ExportedModule` of the rule API it has loaded.
///
/// The library must depend on the `AgendaRules` package (its dynamic library product), never on a
/// copy of its sources: only then are `DomainModule` and `ExportedModule` in the library the same
/// types as in `agenda`. See docs/modules-runtime.md.
public final class ExportedModule: Sendable {
    /// The module the library provides.
    public let module: any DomainModule

    /// Wraps `module` for handing over; libraries call `export(_:)` instead.
    public init(_ module: any DomainModule) {
        self.module = module
    }

    /// A retained, opaque pointer to a new `ExportedModule` holding `module`: what
    /// `agenda_module_create` returns.
    ///
    /// The reference is retained once on behalf of the caller, so the box outlives this call while
    /// it crosses the C boundary; the loader balances it with `takeRetainedValue()`.
    public static func export(_ module: any DomainModule) -> UnsafeMutableRawPointer {
        Unmanaged.passRetained(ExportedModule(module)).toOpaque()
    }

    /// The names of the two C functions a module library exports, for loaders and messages.
    public enum Symbol {
        /// `() -> Int32`: the rule API version the library was compiled against.
        public static let ruleAPIVersion = "agenda_module_rule_api_version"
        /// `() -> UnsafeMutableRawPointer`: a retained pointer to an `ExportedModule`.
        public static let create = "agenda_module_create"
    }
}
