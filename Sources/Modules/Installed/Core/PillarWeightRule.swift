import AgendaRules

/// Actions in the pillar the network's goals weigh most in score higher.
struct PillarWeightRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "pillar-weight",
        name: "Pillar weight",
        summary: "The share of all goal weight that lies in the action's pillar.",
        rationale: """
            A regional agenda has three pillars: content, organisation and funding. How the network \
            spreads its goal weight over them says where it wants progress; an action in a pillar that \
            holds most of that weight serves the agenda's balance. (`planning.weights.pillars` \
            multiplies all of an action's contributions on top of this.)
            """,
        sources: [
            "Regional agenda 'Duurzame Zorg en Ondersteuning in de Buurt' Haaglanden: inhoud, organisatie en "
                + "financiering."
        ],
        examples: [
            RuleExample(
                "content holds 3 of 4 points of goal weight",
                goals:
                    "[{id: aanbod, pillar: content, title: Aanbod, weight: 3}, {id: netwerk, pillar: organisation, "
                    + "title: Netwerk}]",
                expected: 0.75),
            RuleExample("no goals in the agenda", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        // In the pillars' order: a dictionary's order differs from one copy to the next, and so
        // would the sum's last digit.
        let total = Pillar.allCases.reduce(0) { $0 + (action.agenda.goalWeightPerPillar[$1] ?? 0) }
        let own = action.agenda.goalWeightPerPillar[action.pillar] ?? 0
        guard total > 0 else {
            return RuleResult(
                0,
                inputs: [RuleInput("pillar", action.pillar.rawValue), RuleInput("goal weight in the agenda", "none")])
        }
        return RuleResult(
            own / total,
            inputs: [
                RuleInput("pillar", action.pillar.rawValue),
                RuleInput("goal weight in this pillar", own),
                RuleInput("goal weight in all pillars", total),
            ])
    }
}
