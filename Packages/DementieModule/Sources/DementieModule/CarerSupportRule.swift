import AgendaRules

/// Actions that support the carers along with the people with dementia score higher.
struct CarerSupportRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "carer-support",
        name: "Carers supported alongside",
        summary: "Carers supported per person with dementia supported, full value at one carer each.",
        rationale: """
            Dementia is carried at home by carers. The recognised meeting-centre model supports people \
            with dementia and their carers together, and Haags Ontmoeten's meeting centres receive \
            people with (early) dementia and their carers. An action that reaches the carer too keeps \
            the person at home longer.
            """,
        sources: [
            "Movisie, Ontmoetingscentra voor mensen met dementie en hun verzorgers (Dröes, Amsterdam UMC): effectief "
                + "volgens sterke aanwijzingen (2021)",
            "Vereniging Transmurale Zorg, Haags Ontmoeten: ontmoetingscentra voor kwetsbare ouderen, mensen met "
                + "(beginnende) dementie en hun mantelzorgers",
        ],
        examples: [
            RuleExample("40 clients, 30 carers", action: "dementie: {clients: 40, carers: 30}", expected: 0.75),
            RuleExample("a carer for everyone", action: "dementie: {clients: 40, carers: 50}", expected: 1),
            RuleExample("carers not given", action: "dementie: {clients: 40}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let clients = action.fields.number(DementieModule.Fields.clients) ?? 0
        guard let carers = action.fields.number(DementieModule.Fields.carers) else {
            return RuleResult(0, inputs: [RuleInput("clients", clients), .missing(DementieModule.Fields.carers)])
        }
        guard clients > 0 else {
            return RuleResult(carers > 0 ? 1 : 0, inputs: [RuleInput("clients", 0), RuleInput("carers", carers)])
        }
        return RuleResult(
            min(1, carers / clients),
            inputs: [
                RuleInput("clients", clients), RuleInput("carers", carers),
                RuleInput("carers per client", carers / clients),
            ])
    }
}
