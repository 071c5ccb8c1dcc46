import AgendaRules

/// Actions that support a larger share of the people with dementia living at home score higher.
struct DementiaCoverageRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "coverage",
        name: "People with dementia supported",
        summary:
            "People with dementia supported per year as a share of those living at home where the action works; full "
            + "value at the national 80% goal.",
        rationale: """
            The Nationale Dementiestrategie aims for 80% of people with dementia who live at home to \
            have a meeting centre (ontmoetingscentrum) nearby by 2030. This rule reads that goal as \
            a share to reach: the action's clients per year against the people with dementia living \
            at home in its places (68% of all, Vektis 2020). Supporting 80% of them gives the full \
            value. The figure is a reading of an access goal, not a measured need, so treat its \
            weight accordingly.
            """,
        sources: [
            "Alzheimer Nederland, dementierapporteur, thema ontmoeten: Nationale Dementiestrategie goal that by 2030 "
                + "80% of people with dementia living at home have access to an ontmoetingscentrum nearby",
            "Vektis, factsheet dementie (2020): 250,000 people 40+ with dementia, 68% living at home",
            DementiaEstimate.prevalenceSource,
        ],
        parameters: [
            DementiaEstimate.prevalenceParameter,
            RuleParameter("living-at-home", default: 0.68, "Share of people with dementia who live at home."),
            RuleParameter("full-at", default: 0.8, "Share of them supported per year that gives the full value."),
        ],
        examples: [
            RuleExample(
                "272 clients where about 680 people with dementia live at home: half of 80%",
                action: "dementie: {clients: 272}", place: "{residents-65plus: 12500}", expected: 0.5),
            RuleExample(
                "600 clients: beyond 80%, the full value",
                action: "dementie: {clients: 600}", place: "{residents-65plus: 12500}", expected: 1),
            RuleExample("no figure and no residents 65+", action: "dementie: {clients: 40}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let clients = action.fields.number(DementieModule.Fields.clients) ?? 0
        let estimate = DementiaEstimate(action, prevalence: parameters["prevalence-65plus"])
        let atHome = estimate.people * parameters["living-at-home"]
        guard estimate.known, atHome > 0 else {
            return RuleResult(
                0,
                inputs: [RuleInput("clients", clients)] + estimate.inputs
                    + [.missing(StandardIndicators.residents65Plus)])
        }
        let share = clients / atHome
        let fullAt = max(parameters["full-at"], 0.0001)
        return RuleResult(
            min(1, share / fullAt),
            inputs: [RuleInput("clients", clients)] + estimate.inputs + [
                RuleInput("living at home", atHome), RuleInput("share supported", share),
            ])
    }
}
