import AgendaRules

/// A scoring rule read from a module file: its description is data, and its value is the weighted
/// mean of its terms, Σ wᵢ·tᵢ / Σ wᵢ (see docs/modules-yaml.md).
public struct DeclarativeRule: ScoringRule {
    /// `ScoringRule` requires a static description, but a declarative rule's description is read
    /// from its file, so it lives in `ruleDescription`. This neutral one is never shown: the engine,
    /// the registry and the reports all read `ruleDescription`.
    public static let description = RuleDescription(
        identifier: "declarative-rule",
        name: "Declarative rule",
        summary: "A rule read from a module file; its own description is in ruleDescription.",
        rationale: "Declarative rules carry their description as data.",
        sources: [],
        examples: []
    )

    public let ruleDescription: RuleDescription
    /// The terms whose weighted mean is the rule's value.
    public let terms: [RuleTerm]

    public init(description: RuleDescription, terms: [RuleTerm]) {
        self.ruleDescription = description
        self.terms = terms
    }

    public func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let defaults = Dictionary(
            ruleDescription.parameters.map { ($0.id, $0.defaultValue) }, uniquingKeysWith: { first, _ in first })
        let capped = ruleDescription.normalization == .unit
        var weighted = 0.0
        var totalWeight = 0.0
        var inputs: [RuleInput] = []
        for term in terms {
            let weight = term.weight.resolve(parameters, defaults: defaults)
            // A weight made negative or infinite by an override would make the mean meaningless.
            guard weight.isFinite, weight >= 0 else { continue }
            let (value, termInputs) = term.value(
                for: action, parameters: parameters, defaults: defaults, capped: capped)
            inputs.append(contentsOf: termInputs)
            if terms.count > 1 {
                inputs.append(RuleInput("\(term.label) (weight \(ValueReader.format(weight)))", value))
            }
            weighted += weight * value
            totalWeight += weight
        }
        guard totalWeight > 0 else {
            return RuleResult(0, inputs: inputs + [RuleInput("total weight", "0: the rule gives 0")])
        }
        let value = weighted / totalWeight
        return RuleResult(value.isFinite && value >= 0 ? value : 0, inputs: inputs)
    }
}
