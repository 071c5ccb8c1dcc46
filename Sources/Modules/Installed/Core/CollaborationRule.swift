import AgendaRules

/// Partners from several domains working together score higher.
struct CollaborationRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "collaboration",
        name: "Collaboration across domains",
        summary: "How many domains the action's partners bring together, beyond its own.",
        rationale: """
            The regional agenda answers fragmentation ('versnippering') with coalitions across \
            prevention, primary care, welfare and informal care. An action that joins partners of \
            several domains builds the network the agenda is about.
            """,
        sources: [
            "ZonMw, eindverslag 'Duurzame Zorg en Ondersteuning in de Buurt' Haaglanden: 'veel versnippering … maar "
                + "ook veel coalitievorming'",
            "Haags Ontmoeten: zorg- en welzijnsorganisaties werken intensief samen",
        ],
        parameters: [RuleParameter("full-at", default: 2, "Other domains needed for the full value.")],
        examples: [
            RuleExample(
                "welfare lead with a public-health and a care partner",
                action: "partners: [ggd, huisartsen]",
                partners:
                    "[{id: ggd, name: GGD, kind: public-health, domains: [prevention]}, {id: huisartsen, name: "
                    + "Huisartsen, kind: care, domains: [primary-care]}]",
                expected: 1),
            RuleExample(
                "one partner from another domain",
                action: "partners: [ggd]",
                partners: "[{id: ggd, name: GGD, kind: public-health, domains: [prevention]}]",
                expected: 0.5),
            RuleExample("lead alone", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        var domains = Set<String>()
        for partner in action.allPartners { domains.formUnion(partner.domains) }
        domains.remove(action.domain)
        let others = domains.sorted()
        let fullAt = max(1, parameters["full-at"])
        return RuleResult(
            min(1, Double(others.count) / fullAt),
            inputs: [
                RuleInput("other domains", others.isEmpty ? "none" : others.joined(separator: ", "))
            ])
    }
}
