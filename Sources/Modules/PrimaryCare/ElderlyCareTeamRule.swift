import AgendaRules

/// Primary-care actions that bring care and welfare professionals into one elderly-care team score
/// higher.
struct ElderlyCareTeamRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "elderly-care-team",
        name: "Elderly-care team of care and welfare",
        summary:
            "1 when partners of kind care and of kind welfare both take part, a part when only one of them does, 0 "
            + "when neither.",
        rationale: """
            In Embrace the elderly-care team joins the GP and the district nurse (care) with a social \
            worker (welfare) as case managers, so that medical, nursing and social problems of frail \
            older people are handled together. The LESA 'Zorg voor kwetsbare ouderen' covers the care \
            side only: huisarts and wijkverpleegkundige. An action with both kinds of professionals at \
            the table gets the full value; one with only one side gets a part. Unlike the core \
            collaboration rule, which counts the domains partners name, this rule looks at what kind \
            of organisation each partner is.
            """,
        sources: [
            "Embrace / SamenOud (UMCG): Elderly Care Team of GP, wijkverpleegkundige and social worker as case "
                + "managers, with a specialist ouderengeneeskunde; RCT Spoorenberg et al., PLoS ONE 2018 (samenoud.nl)",
            "NHG / V&VN, LESA 'Zorg voor kwetsbare ouderen': collaboration between huisarts and wijkverpleegkundige "
                + "(henw.org)",
            "Haags Ontmoeten: every location pairs a welfare organisation with a care organisation (medicalfacts.nl "
                + "2020; transmuralezorg.nl)",
        ],
        parameters: [
            RuleParameter(
                "one-side", default: 0.5, "The value when only care or only welfare partners take part (illustrative).")
        ],
        examples: [
            RuleExample(
                "welfare lead with a GP organisation",
                action: "partners: [huisartsen]",
                partners: "[{id: huisartsen, name: Huisartsen, kind: care, domains: [primary-care]}]",
                expected: 1),
            RuleExample("welfare lead alone", expected: 0.5),
            RuleExample(
                "GP organisation alone, as in a LESA agreement",
                action: "lead: huisartsen",
                partners: "[{id: huisartsen, name: Huisartsen, kind: care, domains: [primary-care]}]",
                expected: 0.5),
            RuleExample(
                "neither care nor welfare",
                action: "lead: ros",
                partners: "[{id: ros, name: ROS, kind: knowledge, domains: [primary-care]}]",
                expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let partners = action.allPartners
        let care = partners.filter { $0.kind == "care" }.map(\.id)
        let welfare = partners.filter { $0.kind == "welfare" }.map(\.id)
        let value: Double
        switch (care.isEmpty, welfare.isEmpty) {
        case (false, false): value = 1
        case (true, true): value = 0
        default: value = parameters["one-side"]
        }
        return RuleResult(
            value,
            inputs: [
                RuleInput("care partners", care.isEmpty ? "none" : care.joined(separator: ", ")),
                RuleInput("welfare partners", welfare.isEmpty ? "none" : welfare.joined(separator: ", ")),
            ])
    }
}
