import AgendaRules

/// Welfare actions where more older residents are lonely score higher.
struct LonelinessNeedRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "loneliness-need",
        name: "Loneliness need",
        summary: "The share of lonely residents 65+ where the action works, against a reference share.",
        rationale: """
            Meeting places and welfare work exist first of all against loneliness. Where the GGD \
            monitor finds more lonely older residents, the same action helps more people. Places \
            without a figure get the neutral value, so a missing figure neither helps nor hurts.
            """,
        sources: [
            "GGD Haaglanden Gezondheidsmonitor 2016: 65+ matig tot (zeer) ernstig eenzaam, e.g. Rijswijk 52%, "
                + "Zoetermeer 48%, Leidschendam-Voorburg 43%"
        ],
        parameters: [
            RuleParameter("reference", default: 0.5, "The share of lonely 65+ that gives the full value."),
            RuleParameter("unknown", default: 0.5, "The value where no figure is given."),
        ],
        examples: [
            RuleExample("43% lonely (Leidschendam-Voorburg, 2016)", place: "{lonely-65plus: 0.43}", expected: 0.86),
            RuleExample("52% lonely: above the reference", place: "{lonely-65plus: 0.52}", expected: 1),
            RuleExample("no figure", expected: 0.5),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let share = action.area.value(StandardIndicators.lonely65Plus) else {
            return RuleResult(parameters["unknown"], inputs: [.missing(StandardIndicators.lonely65Plus)])
        }
        let reference = parameters["reference"]
        return RuleResult(
            reference > 0 ? min(1, share / reference) : 0,
            inputs: [
                RuleInput("lonely 65+", share), RuleInput("reference", reference),
            ])
    }
}
