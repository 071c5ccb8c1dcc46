/// The rules one scoring evaluates, each with what all actions' evaluations of it share: its
/// description, qualified id, default parameters and weight in the agenda. Worked out once per
/// scoring instead of once per action and rule: a rule's description is built anew each time it
/// is asked for, and a weight is looked up by id in the agenda's table (a sensitivity analysis
/// scores a thousand agendas).
struct RuleSlots {
    struct Slot {
        let module: any DomainModule
        let rule: any ScoringRule
        let description: RuleDescription
        /// `module.rule`.
        let qualified: String
        /// The rule's defaults, what every evaluation of it is given.
        let parameters: RuleParameters
        /// The rule's weight: the agenda's, else the rule's default.
        let weight: Double
    }

    private let weights: Weights
    private let agendaWide: AgendaFacts
    /// Module id → the slots of its rules that apply to the agenda, in the module's order.
    private var byModule: [String: [Slot]] = [:]

    /// Rules that do not apply to this agenda take no part, not even in their module's weight;
    /// whether one applies depends on the agenda alone, so it is decided once per module.
    init(registry: ModuleRegistry, weights: Weights, agendaWide: AgendaFacts) {
        self.weights = weights
        self.agendaWide = agendaWide
        for module in registry.allModules where byModule[module.id] == nil {
            byModule[module.id] = slots(making: module)
        }
    }

    /// The slots of `module`'s rules that apply to the agenda.
    func slots(of module: any DomainModule) -> [Slot] {
        byModule[module.id] ?? slots(making: module)
    }

    /// The sum of the weights of `module`'s rules that apply: the weight of its whole group.
    func groupTotal(of module: any DomainModule) -> Double {
        slots(of: module).reduce(0.0) { $0 + $1.weight }
    }

    private func slots(making module: any DomainModule) -> [Slot] {
        module.rules.filter { $0.applies(to: agendaWide) }.map { rule in
            let description = rule.ruleDescription
            let qualified = module.qualifiedID(of: rule)
            return Slot(
                module: module, rule: rule, description: description, qualified: qualified,
                parameters: RuleParameters(defaultsOf: description),
                weight: weights.rule(qualified) ?? description.defaultWeight)
        }
    }
}
