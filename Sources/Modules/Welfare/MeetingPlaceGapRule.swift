import AgendaRules

/// Opening meeting places where the goal's target is not met yet scores higher.
struct MeetingPlaceGapRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "meeting-place-gap",
        name: "Meeting-place gap",
        summary:
            "The share of the gap between existing meeting places and the target per 1,000 residents 75+ that the "
            + "action fills.",
        rationale: """
            A 'dekkend aanbod van algemene voorzieningen' means enough meeting places near where older \
            people live. The target comes from the action's goal (`target: {indicator: meeting-places, \
            at-least: 1, per: residents-75plus, per-amount: 1000}`), or from the parameter when no goal \
            sets one. Places opened where the target is already met add nothing here.
            """,
        sources: [
            "Plan van aanpak Leidschendam-Voorburg: 'zorgen voor een dekkend aanbod van algemene voorzieningen voor "
                + "thuiswonende ouderen'",
            "Haags Ontmoeten: meer dan 40 locaties in buurthuizen, kringloopwinkels en zorgcentra",
        ],
        parameters: [
            RuleParameter(
                "places-per-1000", default: 1, "Target meeting places per 1,000 residents 75+ when no goal sets one.")
        ],
        examples: [
            RuleExample(
                "2,400 residents 75+, 1 place, target 1 per 1,000: a gap of 1.4; 1 new place fills 71%",
                action: "welfare: {locations: 1}",
                place: "{residents-75plus: 2400, meeting-places: 1}",
                expected: 1 / 1.4),
            RuleExample(
                "the goal's target of 1.5 per 1,000 sets the gap",
                action: "goals: [dekkend-aanbod]\nwelfare: {locations: 2}",
                place: "{residents-75plus: 2000, meeting-places: 1}",
                goals:
                    "[{id: dekkend-aanbod, pillar: content, title: Dekkend aanbod, target: {indicator: "
                    + "meeting-places, at-least: 1.5, per: residents-75plus, per-amount: 1000}}]",
                expected: 1),
            RuleExample(
                "target already met", action: "welfare: {locations: 1}",
                place: "{residents-75plus: 1000, meeting-places: 3}", expected: 0),
            RuleExample("no new places", place: "{residents-75plus: 2400, meeting-places: 1}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let added = action.fields.number("locations") ?? 0
        guard added > 0 else { return RuleResult(0, inputs: [RuleInput("new places", 0)]) }
        guard let population = action.area.value(StandardIndicators.residents75Plus) else {
            return RuleResult(
                0, inputs: [RuleInput("new places", added), .missing(StandardIndicators.residents75Plus)])
        }
        let existing = action.area.value(StandardIndicators.meetingPlaces) ?? 0
        // The goal's own target wins over the parameter.
        let target = action.goals.compactMap(\.target).first {
            $0.indicator == StandardIndicators.meetingPlaces && $0.atLeast
                && $0.per == StandardIndicators.residents75Plus
        }
        let perThousand = target.map { $0.value * 1000 / max($0.perAmount, 1) } ?? parameters["places-per-1000"]
        let required = perThousand * population / 1000
        let gap = max(0, required - existing)
        let value = gap > 0 ? min(1, added / gap) : 0
        return RuleResult(
            value,
            inputs: [
                RuleInput("new places", added),
                RuleInput("existing places", existing),
                RuleInput("residents 75+", population),
                RuleInput("target per 1,000 75+", perThousand),
                RuleInput("gap", gap),
            ])
    }
}
