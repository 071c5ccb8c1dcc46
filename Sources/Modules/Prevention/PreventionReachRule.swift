import AgendaRules

/// Prevention actions that reach a larger share of the older residents around them score higher.
struct PreventionReachRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "reach-older-residents",
        name: "Reach among residents 65+ (or 75+)",
        summary:
            "People reached per year as a share of the residents 65+ where the action works (75+ where there is no "
            + "65+ figure).",
        rationale: """
            Prevention pays off only at scale: an offer that few older residents hear of prevents \
            little. Reach is counted against the residents 65+ of the action's places, the age group \
            GALA's prevention targets are set for, or against the residents 75+ where not every place \
            has a 65+ figure (the inputs say which). The full value is given at the 14% a year that \
            GALA asks of fall-risk screening, the broadest yearly prevention contact it sets. Unlike \
            the fall-prevention rules this counts every action's reach, also of actions about \
            loneliness or health in general.
            """,
        sources: [
            "GALA (2023), valpreventie: each year 14% of thuiswonende 65+ get a valrisico-inschatting; VeiligheidNL, "
                + "FAQ ketenaanpak valpreventie"
        ],
        parameters: [
            RuleParameter(
                "full-at", default: 0.14,
                "The share of older residents reached per year that gives the full value (GALA's 14% a year)."),
            RuleParameter(
                "unknown", default: 0.5,
                "Value when reach is given but no place count of residents 65+ or 75+ (illustrative: neutral)."),
        ],
        examples: [
            RuleExample(
                "700 of 10,000 residents 65+: half of 14%", action: "reach: 700",
                place: "{residents-65plus: 10000}", expected: 0.5),
            RuleExample(
                "only a 75+ figure: 175 of 2,500 residents 75+", action: "reach: 175",
                place: "{residents-75plus: 2500}", expected: 0.5),
            RuleExample("reach not given", place: "{residents-65plus: 10000}", expected: 0),
            RuleExample("no count of older residents", action: "reach: 700", expected: 0.5),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let reach = action.reach else { return RuleResult(0, inputs: [.missing("reach")]) }
        guard let older = OlderResidents.of(action), older.count > 0 else {
            return RuleResult(parameters["unknown"], inputs: [RuleInput("reach", reach)] + OlderResidents.missingInputs)
        }
        let share = Double(reach) / older.count
        let fullAt = parameters["full-at"]
        // A full-at of 0 or less would divide by zero; any reach then gets the full value.
        let value = fullAt > 0 ? min(1, share / fullAt) : (reach > 0 ? 1 : 0)
        return RuleResult(
            value,
            inputs: [
                RuleInput("reach", reach), older.sourceInput, RuleInput("residents \(older.ageGroup)", older.count),
                RuleInput("share reached", share), RuleInput("full at", fullAt),
            ])
    }
}
