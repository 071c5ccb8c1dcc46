import AgendaRules

/// Welfare actions that reach a larger share of the older residents around them score higher.
struct WelfareReachRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "reach-75plus",
        name: "Reach among residents 75+",
        summary: "People reached per year as a share of the residents 75+ where the action works.",
        rationale: """
            The second goal of the Leidschendam-Voorburg network is to reach older people whose \
            self-reliance is declining, so that they use the offer. Reach is counted against the \
            residents 75+ of the action's places; reaching a tenth of them gives the full value.
            """,
        sources: ["Plan van aanpak Leidschendam-Voorburg: 'bereiken van ouderen die verminderd zelfredzaam zijn'"],
        parameters: [
            RuleParameter(
                "full-at", default: 0.1, "The share of residents 75+ reached per year that gives the full value.")
        ],
        examples: [
            RuleExample(
                "250 of 2,400 residents 75+", action: "reach: 250", place: "{residents-75plus: 2400}", expected: 1),
            RuleExample(
                "120 of 2,400 residents 75+", action: "reach: 120", place: "{residents-75plus: 2400}", expected: 0.5),
            RuleExample("reach not given", place: "{residents-75plus: 2400}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let reach = action.reach else { return RuleResult(0, inputs: [.missing("reach")]) }
        guard let population = action.area.value(StandardIndicators.residents75Plus), population > 0 else {
            return RuleResult(0, inputs: [RuleInput("reach", reach), .missing(StandardIndicators.residents75Plus)])
        }
        let share = Double(reach) / population
        return RuleResult(
            min(1, share / max(parameters["full-at"], 0.0001)),
            inputs: [
                RuleInput("reach", reach), RuleInput("residents 75+", population), RuleInput("share reached", share),
            ])
    }
}
