/// A domain module: the scoring rules of one field of work (prevention, primary care, welfare,
/// informal care, or one contributed by a partner), and the fields it reads from agendas.
///
/// A module is a value with an id, a name, a version and its rules. Its `id` is the `domain:`
/// value of the actions it scores, and the key of its block of fields on actions and districts:
///
/// ```yaml
/// actions:
///   - id: ontmoeting-laak
///     domain: welfare
///     welfare: {locations: 1}      # read and checked by the welfare module
/// ```
///
/// A module depends only on this library. It is added to the planner with one line in a registry
/// (see `ModuleRegistry`); nothing in the core changes.
public protocol DomainModule: Sendable {
    /// The domain id: a slug, the `domain:` value of the actions this module scores.
    var id: String { get }
    /// A human name, e.g. "Welfare (welzijn)".
    var name: String { get }
    /// The module's version (semantic versioning), recorded with every score it produces.
    var version: String { get }
    /// One paragraph on what the module scores and for whom.
    var summary: String { get }
    /// The module's rules, each a self-describing type.
    var rules: [any ScoringRule] { get }
    /// Fields an action of this domain may carry under the module's key.
    var actionFields: [ModuleField] { get }
    /// Fields a district (or municipality) may carry under the module's key.
    var districtFields: [ModuleField] { get }
    /// The words the module's rules write as inputs (names and text values, in English), per
    /// report language, so that `explain` speaks the agenda's language. Each English word → the
    /// report's; a word not listed is shown as written. `{}` in a key stands for a part that varies
    /// (`"residents {}"` → `"inwoners {}"`), and a key that starts with `(` is a phrase, replaced
    /// wherever it occurs in a value (`"(place figure)"` → `"(cijfer van de plaats)"`).
    var translations: [ReportLanguage: [String: String]] { get }
}

extension DomainModule {
    public var actionFields: [ModuleField] { [] }
    public var districtFields: [ModuleField] { [] }
    public var translations: [ReportLanguage: [String: String]] { [:] }

    /// The full id of one of the module's rules: `module.rule`.
    public func qualifiedID(of rule: any ScoringRule) -> String {
        "\(id).\(rule.ruleDescription.identifier)"
    }
}
