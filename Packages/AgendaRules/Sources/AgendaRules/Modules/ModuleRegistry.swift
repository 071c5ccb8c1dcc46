/// The domain modules of one run, each with its origin, checked for clashes.
///
/// Module ids must be unique slugs (`core` is taken by the planner's own rules), and rule ids must be
/// unique slugs within their module. A registry that would hold a clash cannot be made; the problem
/// names the origin of both modules, so a partner sees which file or library to change.
public struct ModuleRegistry: Sendable {
    /// Why a set of modules cannot be installed together.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case invalidModuleID(String)
        case reservedModuleID(String)
        /// Two modules claim one domain id: where the one already installed and the new one come from.
        case duplicateModule(String, first: ModuleOrigin, second: ModuleOrigin)
        case invalidRuleID(module: String, rule: String)
        case duplicateRule(module: String, rule: String)
        case duplicateParameter(rule: String, parameter: String)

        public var description: String {
            switch self {
            case .invalidModuleID(let id): return "module id '\(id)' is not a slug ([a-z0-9][a-z0-9-]*)"
            case .reservedModuleID(let id): return "module id '\(id)' is reserved for the planner's core rules"
            case .duplicateModule(let id, let first, let second):
                return "two modules claim the domain '\(id)': one \(first), one \(second)"
            case .invalidRuleID(let module, let rule): return "rule id '\(rule)' of module '\(module)' is not a slug"
            case .duplicateRule(let module, let rule): return "module '\(module)' has two rules with the id '\(rule)'"
            case .duplicateParameter(let rule, let parameter):
                return "rule '\(rule)' declares parameter '\(parameter)' twice"
            }
        }
    }

    /// The id reserved for the rules that apply to every action.
    public static let coreID = "core"

    /// The rules that apply to every action, whatever its domain.
    public let core: any DomainModule
    /// The domain modules, in registration order.
    public let modules: [any DomainModule]
    /// Where each module of `modules` comes from, by module id (the core is built in).
    public let origins: [String: ModuleOrigin]

    /// Checks built-in `modules` (and the core rules) for clashes.
    public init(core: any DomainModule, modules: [any DomainModule]) throws(Problem) {
        try self.init(core: core, modules: modules.map { ($0, ModuleOrigin.builtIn) })
    }

    /// Checks `modules`, each with its origin, and the core rules for clashes.
    public init(core: any DomainModule, modules: [(module: any DomainModule, origin: ModuleOrigin)]) throws(Problem) {
        guard core.id == Self.coreID else { throw .invalidModuleID(core.id) }
        var origins: [String: ModuleOrigin] = [:]
        for (module, origin) in modules {
            guard ValueReader.isSlug(module.id) else { throw .invalidModuleID(module.id) }
            guard module.id != Self.coreID else { throw .reservedModuleID(module.id) }
            if let first = origins[module.id] { throw .duplicateModule(module.id, first: first, second: origin) }
            origins[module.id] = origin
        }
        for module in [core] + modules.map(\.module) {
            var rules = Set<String>()
            for rule in module.rules {
                let description = rule.ruleDescription
                guard ValueReader.isSlug(description.identifier) else {
                    throw .invalidRuleID(module: module.id, rule: description.identifier)
                }
                guard rules.insert(description.identifier).inserted else {
                    throw .duplicateRule(module: module.id, rule: description.identifier)
                }
                var parameters = Set<String>()
                for parameter in description.parameters where !parameters.insert(parameter.id).inserted {
                    throw .duplicateParameter(rule: "\(module.id).\(description.identifier)", parameter: parameter.id)
                }
            }
        }
        self.core = core
        self.modules = modules.map(\.module)
        self.origins = origins
    }

    /// This registry with `added` installed after its modules; refused, naming both origins, when
    /// one of them claims a domain already taken.
    public func adding(_ added: [(module: any DomainModule, origin: ModuleOrigin)]) throws(Problem) -> ModuleRegistry {
        try ModuleRegistry(core: core, modules: entries + added)
    }

    /// The domain modules with their origins, in registration order.
    public var entries: [(module: any DomainModule, origin: ModuleOrigin)] {
        modules.map { ($0, origins[$0.id] ?? .builtIn) }
    }

    /// Where the module with this id comes from (`builtIn` for the core rules).
    public func origin(of id: String) -> ModuleOrigin? {
        id == Self.coreID ? .builtIn : origins[id]
    }

    /// The domain ids agendas may use.
    public var domainIDs: [String] { modules.map(\.id) }

    public func module(_ id: String) -> (any DomainModule)? {
        id == Self.coreID ? core : modules.first { $0.id == id }
    }

    /// Every module, the core first.
    public var allModules: [any DomainModule] { [core] + modules }
}
