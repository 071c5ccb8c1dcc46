import AgendaRules

/// Actions where more people with dementia live score higher.
struct DementiaNeedRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "dementia-need",
        name: "People with dementia",
        summary: "The estimated number of people with dementia where the action works.",
        rationale: """
            The same meeting centre or casemanager helps more where more people with dementia live. \
            The Netherlands counts about 290,000 people with dementia, two thirds of them at home, a \
            number expected to double by 2050. No per-municipality estimate for Haaglanden was found, \
            so a place may give its own figure (`dementie: {people-with-dementia: N}`, e.g. from \
            Alzheimer Nederland's figures per municipality); otherwise the module estimates from its \
            residents 65+. Counted in people, so the action in the largest need gets the full value.
            """,
        sources: [
            "Volksgezondheid en Zorg (vzinfo.nl), dementie: 290,000 people with dementia in 2021 (Alzheimer "
                + "Nederland, ABF)",
            "Gerontijdschrift / Alzheimer Nederland: about 280,000 in 2020, expected 620,000 in 2050",
            DementiaEstimate.prevalenceSource,
        ],
        parameters: [DementiaEstimate.prevalenceParameter],
        normalization: .relativeToMaximum,
        examples: [
            RuleExample(
                "12,500 residents 65+: about 1,000 people with dementia",
                action: "dementie: {clients: 40}", place: "{residents-65plus: 12500}", expected: 1000),
            RuleExample("no figure and no residents 65+", action: "dementie: {clients: 40}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let estimate = DementiaEstimate(action, prevalence: parameters["prevalence-65plus"])
        guard estimate.known else {
            return RuleResult(0, inputs: estimate.inputs + [.missing(StandardIndicators.residents65Plus)])
        }
        return RuleResult(estimate.people, inputs: estimate.inputs)
    }
}
