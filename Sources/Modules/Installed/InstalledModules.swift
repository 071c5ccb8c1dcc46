import AgendaRules
import InformalCareModule
import PreventionModule
import PrimaryCareModule
import WelfareModule

/// The modules that ship with the planner. Adding a domain is one new target and one line here.
public enum InstalledModules {
    /// The domain modules, in the order reports list them.
    public static let modules: [any DomainModule] = [
        PreventionModule(),
        PrimaryCareModule(),
        WelfareModule(),
        InformalCareModule(),
    ]

    /// The core rules and the installed domain modules, checked for clashes.
    public static let registry: ModuleRegistry = {
        do {
            return try ModuleRegistry(core: CoreModule(), modules: modules)
        } catch {
            // The list above is fixed at build time; a clash is a programming error caught by the tests.
            preconditionFailure("the installed modules clash: \(error)")
        }
    }()
}
