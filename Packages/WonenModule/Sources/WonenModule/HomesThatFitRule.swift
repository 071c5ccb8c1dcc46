import AgendaRules

/// Housing actions that make more homes fit older residents, for the number of residents 75+
/// where they work, score higher.
struct HomesThatFitRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "homes-that-fit",
        name: "Homes that fit",
        summary: "Homes adapted or made suitable per year per 100 residents 75+, full value at 2.",
        rationale: """
            Older people stay at home longer, and fall less, in a home that fits them: no \
            thresholds, grab rails, a bedroom and bathroom on one floor. Adapting an existing home \
            (woningaanpassing) and building or converting geschikte, levensloopbestendige homes count \
            alike, per 100 residents 75+ of the places the action works in, so a small municipality \
            and a large city compare fairly. Without a figure for residents 75+ the rule gives 0.
            """,
        sources: [
            "VeiligheidNL 2021 (via Kenniscentrum Sport & Bewegen): one third of zelfstandig wonende 65+ fall each "
                + "year, 60% of 85+",
            "CBS via AD / zilverwonen.nl (c. 2019): 75+ living independently, Den Haag 89%, Rijswijk 91,9%, "
                + "Zoetermeer 96,1%, NL 92%",
            "Provincie Zuid-Holland, subsidieregeling Woonvormen Senioren: €2,25 mln (2021), €2,25 mln (2022), €0,8 "
                + "mln (2023) (seniorenjournaal.nl)",
        ],
        parameters: [
            RuleParameter(
                "full-at", default: 2,
                "Homes per year per 100 residents 75+ that give the full value (illustrative; set it from the "
                    + "gemeente's woonzorgvisie)."
            )
        ],
        examples: [
            RuleExample(
                "40 homes adapted for 4,000 residents 75+", action: "wonen: {homes-adapted: 40}",
                place: "{residents-75plus: 4000}", expected: 0.5),
            RuleExample(
                "60 adapted and 30 suitable homes for 3,000 residents 75+: above the full value",
                action: "wonen: {homes-adapted: 60, suitable-homes: 30}",
                place: "{residents-75plus: 3000}", expected: 1),
            RuleExample("no figure for residents 75+", action: "wonen: {homes-adapted: 40}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let homes = (action.fields.number("homes-adapted") ?? 0) + (action.fields.number("suitable-homes") ?? 0)
        guard let population = action.area.value(StandardIndicators.residents75Plus), population > 0 else {
            return RuleResult(
                0, inputs: [RuleInput("homes per year", homes), .missing(StandardIndicators.residents75Plus)])
        }
        let per100 = homes / population * 100
        let fullAt = parameters["full-at"]
        return RuleResult(
            fullAt > 0 ? min(1, per100 / fullAt) : 0,
            inputs: [
                RuleInput("homes per year", homes), RuleInput("residents 75+", population),
                RuleInput("homes per 100 residents 75+", per100),
            ])
    }
}
