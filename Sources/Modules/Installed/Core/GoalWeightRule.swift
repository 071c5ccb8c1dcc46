import AgendaRules

/// Actions that serve more, and more important, goals of the network score higher.
struct GoalWeightRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "goal-weight",
        name: "Goal weight",
        summary: "The weights of the goals the action serves, added up.",
        rationale: """
            The agenda's goals are what the network agreed to work on, each with a weight for its \
            importance. An action that serves several heavy goals contributes more to the agenda than \
            one that serves a single light goal; an action that serves no goal gets nothing here.
            """,
        sources: ["The network's own agenda: `goals[].weight`, overridden by `planning.weights.goals` and scenarios."],
        normalization: .relativeToMaximum,
        examples: [
            RuleExample(
                "two goals, weights 3 and 1",
                action: "goals: [dekkend-aanbod, regie]",
                goals:
                    "[{id: dekkend-aanbod, pillar: content, title: Dekkend aanbod, weight: 3}, {id: regie, pillar: "
                    + "content, title: Regie}]",
                expected: 4),
            RuleExample("no goals", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let total = action.goals.reduce(0) { $0 + $1.weight }
        let list = action.goals.map { "\($0.id) (\(ValueReader.format($0.weight)))" }.joined(separator: ", ")
        return RuleResult(
            total, inputs: [RuleInput("goals", list.isEmpty ? "none" : list), RuleInput("total weight", total)])
    }
}
