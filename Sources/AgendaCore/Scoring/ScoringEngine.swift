/// Scores every action of an agenda with the core rules and its domain's module.
///
/// For each rule the engine keeps the rule's own value, normalises it to 0…1 (rules in natural
/// units are divided by the largest value among the actions the rule scores), and multiplies it by
/// the weight parts (see `WeightParts`). An action's score is the sum of these contributions, each
/// rounded to ten-thousandths, so the sum shown always equals the score shown. The same agenda gives
/// the same scores: rules are pure functions of `ActionFacts`, and everything runs in agenda order.
///
/// A rule that throws or gives a value that is not finite or is negative is reported by module and
/// rule; its contribution counts as 0, and every other rule and action is scored as usual.
public struct ScoringEngine: Sendable {
    public let registry: ModuleRegistry
    /// Points of one group (core, or a domain) when every rule of it gives its full value.
    public static let groupScale = 5.0

    public init(registry: ModuleRegistry) {
        self.registry = registry
    }

    /// The scores of `agenda`'s actions (with any scenario already applied).
    public func score(_ agenda: Agenda) -> ScoreReport {
        let builder = FactsBuilder(agenda: agenda)
        return score(agenda, facts: agenda.actions.map(builder.facts(for:)), agendaWide: builder.agendaWide)
    }

    /// Scores copies of `agenda` that differ from it in their weights alone (`sensitivity`
    /// scores a thousand): the actions' facts are built once, and only the goals' weights in them
    /// change from copy to copy.
    func reweighting(_ agenda: Agenda) -> Reweighting {
        let builder = FactsBuilder(agenda: agenda)
        return Reweighting(engine: self, builder: builder, facts: agenda.actions.map(builder.facts(for:)))
    }

    /// Scores for copies of one agenda with other weights (`reweighting(_:)`).
    struct Reweighting: Sendable {
        let engine: ScoringEngine
        let builder: FactsBuilder
        let facts: [ActionFacts]

        /// `ScoringEngine.score(agenda)`, the same report, for `agenda`: the agenda this was made
        /// for with other `planning.weights` and nothing else changed.
        func score(_ agenda: Agenda) -> ScoreReport {
            let wide = FactsBuilder.agendaFacts(of: agenda)
            return engine.score(
                agenda, facts: facts.map { builder.reweighted($0, for: agenda, agendaWide: wide) }, agendaWide: wide)
        }
    }

    /// Scores `agenda`, whose actions' facts are `facts` (in the agenda's order).
    private func score(_ agenda: Agenda, facts: [ActionFacts], agendaWide: AgendaFacts) -> ScoreReport {
        let slots = RuleSlots(registry: registry, weights: agenda.planning.weights, agendaWide: agendaWide)
        var diagnostics = DiagnosticBag()
        let (evaluations, maxima) = evaluate(agenda, facts: facts, slots: slots, diagnostics: &diagnostics)
        var scores: [ActionScore] = []
        for (index, action) in facts.enumerated() {
            var contributions = evaluations[index].map { evaluation in
                contribution(evaluation, pillar: action.pillar, agenda: agenda, slots: slots, maxima: maxima)
            }
            let source = agenda.actions[index]
            if let penalty = NegativePilot.contribution(source.pilot, others: contributions, module: registry.core) {
                contributions.append(penalty)
            }
            scores.append(
                ActionScore(
                    id: source.id, title: source.title, domain: source.domain.value, pillar: source.pillar,
                    status: source.status, dropped: agenda.droppedActions.contains(source.id),
                    contributions: contributions))
        }
        var report = ScoreReport(
            actions: scores, diagnostics: diagnostics.sorted(fileOrder: agenda.files),
            scenarios: agenda.appliedScenarios)
        report.inputWords = InputWords.tables(for: registry, language: agenda.header.language)
        return report
    }

    /// One rule's own value for one action, or its failure.
    private struct Evaluation {
        var slot: RuleSlots.Slot
        var result: Result<RuleResult, RuleFailure>
    }

    /// First pass: every action's rules in order (the core's, then its domain module's), each
    /// rule's own value or failure, and per rule normalised to its maximum that maximum.
    private func evaluate(
        _ agenda: Agenda, facts: [ActionFacts], slots: RuleSlots, diagnostics: inout DiagnosticBag
    ) -> (evaluations: [[Evaluation]], maxima: [String: Double]) {
        let planned = agenda.planning.modules.map { Set($0.map(\.value)) }
        var evaluations: [[Evaluation]] = []
        var maxima: [String: Double] = [:]
        for (index, action) in facts.enumerated() {
            var modules: [any DomainModule] = [registry.core]
            if let module = registry.module(action.domain), module.id != ModuleRegistry.coreID,
                planned?.contains(module.id) ?? true
            {
                modules.append(module)
            }
            var list: [Evaluation] = []
            for slot in modules.flatMap(slots.slots(of:)) {
                let result = Self.evaluate(slot.rule, on: action, parameters: slot.parameters)
                switch result {
                case .failure(let failure):
                    let module = slot.module
                    diagnostics.warning(
                        DiagnosticCode.ruleFailed,
                        "rule '\(module.id).\(slot.description.identifier)' of module '\(module.id)' "
                            + "\(module.version) failed for action '\(action.id)': \(failure.reason); its "
                            + "contribution counts as 0",
                        at: agenda.actions[index].location)
                case .success(let value) where slot.description.normalization == .relativeToMaximum:
                    maxima[slot.qualified] = max(maxima[slot.qualified] ?? 0, value.value)
                case .success: break
                }
                list.append(Evaluation(slot: slot, result: result))
            }
            evaluations.append(list)
        }
        return (evaluations, maxima)
    }

    /// Second pass, for one evaluation: normalised, weighed and rounded.
    private func contribution(
        _ evaluation: Evaluation, pillar: Pillar, agenda: Agenda, slots: RuleSlots, maxima: [String: Double]
    ) -> Contribution {
        let (slot, weights) = (evaluation.slot, agenda.planning.weights)
        let module = slot.module
        let parts = WeightParts(
            scale: Self.groupScale, pillar: weights.pillars[pillar] ?? 1,
            group: module.id == ModuleRegistry.coreID ? 1 : weights.domain(module.id) ?? 1,
            rule: slot.weight, groupTotal: slots.groupTotal(of: module))
        var contribution = Contribution(
            module: module.id, moduleVersion: module.version, rule: slot.description.identifier,
            ruleName: slot.description.name,
            raw: nil, normalised: 0, weight: parts, points: .zero, inputs: [], failure: nil)
        contribution.moduleOrigin = registry.origin(of: module.id) ?? .builtIn
        switch evaluation.result {
        case .failure(let failure):
            contribution.failure = failure.reason
        case .success(let result):
            contribution.raw = result.value
            contribution.inputs = result.inputs
            switch slot.description.normalization {
            case .unit:
                contribution.normalised = min(1, result.value)
                if result.value > 1 {
                    contribution.inputs.append(
                        RuleInput("capped at 1", "the rule gave \(ValueReader.format(result.value))"))
                }
            case .relativeToMaximum:
                let largest = maxima[slot.qualified] ?? 0
                contribution.normalised = largest > 0 ? result.value / largest : 0
                contribution.inputs.append(RuleInput("largest among actions", largest))
            }
            contribution.points = Points(rounding: contribution.normalised * parts.total)
        }
        return contribution
    }

    struct RuleFailure: Error {
        var reason: String
    }

    /// Runs one rule, containing whatever goes wrong in it.
    static func evaluate(_ rule: any ScoringRule, on action: ActionFacts) -> Result<RuleResult, RuleFailure> {
        evaluate(rule, on: action, parameters: RuleParameters(defaultsOf: rule.ruleDescription))
    }

    /// Runs one rule with `parameters` (its defaults), containing whatever goes wrong in it.
    static func evaluate(_ rule: any ScoringRule, on action: ActionFacts, parameters: RuleParameters)
        -> Result<RuleResult, RuleFailure>
    {
        do {
            let result = try rule.evaluate(action, parameters: parameters)
            if result.value.isNaN { return .failure(RuleFailure(reason: "it returned NaN")) }
            if !result.value.isFinite { return .failure(RuleFailure(reason: "it returned an infinite value")) }
            if result.value < 0 {
                return .failure(
                    RuleFailure(reason: "it returned a negative value (\(ValueReader.format(result.value)))"))
            }
            return .success(result)
        } catch {
            return .failure(RuleFailure(reason: "it threw an error: \(error)"))
        }
    }
}
