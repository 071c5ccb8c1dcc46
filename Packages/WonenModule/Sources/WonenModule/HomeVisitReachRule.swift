import AgendaRules

/// Housing advice at home (woonadvies) that reaches a larger share of residents 75+ scores higher.
struct HomeVisitReachRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "home-visit-reach",
        name: "Housing advice at home",
        summary: "Home visits with housing advice per year as a share of residents 75+, full value at 10%.",
        rationale: """
            A visit at home (woonadvies, preventief huisbezoek) finds the loose rug, the steep stairs \
            and the bathroom that no longer works before a fall or a crisis forces a move, and points \
            to adaptations, a suitable home or support in the neighbourhood. It matters only if it \
            reaches enough people: visits are counted against the residents 75+ where the action \
            works, and a tenth of them per year gives the full value.
            """,
        sources: [
            "VeiligheidNL 2021 (via Kenniscentrum Sport & Bewegen): one third of zelfstandig wonende 65+ fall each "
                + "year, 60% of 85+; falls cost more than €1 bn a year and led to 13.300 verpleeghuis "
                + "admissions (2020)",
            "GALA valpreventie target (veiligheid.nl, FAQ ketenaanpak valpreventie): each year 14% of thuiswonende "
                + "65+ get a fall-risk assessment",
        ],
        parameters: [
            RuleParameter(
                "full-at", default: 0.1,
                "The share of residents 75+ visited per year that gives the full value (illustrative).")
        ],
        examples: [
            RuleExample(
                "300 visits for 6,000 residents 75+", action: "wonen: {home-visits: 300}",
                place: "{residents-75plus: 6000}", expected: 0.5),
            RuleExample(
                "800 visits for 6,000 residents 75+: above the full value", action: "wonen: {home-visits: 800}",
                place: "{residents-75plus: 6000}", expected: 1),
            RuleExample(
                "no home visits", action: "wonen: {homes-adapted: 10}", place: "{residents-75plus: 6000}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let visits = action.fields.number("home-visits") else {
            return RuleResult(0, inputs: [.missing("home-visits")])
        }
        guard let population = action.area.value(StandardIndicators.residents75Plus), population > 0 else {
            return RuleResult(
                0, inputs: [RuleInput("home visits", visits), .missing(StandardIndicators.residents75Plus)])
        }
        let share = visits / population
        let fullAt = parameters["full-at"]
        return RuleResult(
            fullAt > 0 ? min(1, share / fullAt) : 0,
            inputs: [
                RuleInput("home visits", visits), RuleInput("residents 75+", population),
                RuleInput("share visited", share),
            ])
    }
}
