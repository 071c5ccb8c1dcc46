import AgendaRules

/// Prevention actions in places where more of the residents are home-dwelling 75+ score higher.
struct AgeingPressureRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "ageing-pressure",
        name: "Ageing pressure",
        summary:
            "The share of residents who are 75+ and live independently where the action works, against a "
            + "reference share.",
        rationale: """
            Falls, frailty and the care they lead to rise steeply with age: one third of \
            home-dwelling residents 65+ fall each year, and 60% of those 85+. Falls of older people \
            led to 36,700 hospital and 13,300 nursing-home admissions in 2020. The same prevention \
            effort therefore prevents more where a larger share of the residents is old and still \
            living at home. The rule takes the residents 75+ (less those not living independently, \
            where a place gives that share) as a share of all residents, over the places that give \
            both figures; places without them get the neutral value.
            """,
        sources: [
            "VeiligheidNL 2021 (via Kenniscentrum Sport & Bewegen): one third of zelfstandig wonende 65+ fall each "
                + "year, 60% of 85+; 5,012 deaths, 36,700 hospital and 13,300 verpleeghuis admissions of older "
                + "people (2020)",
            "CBS via AD/zilverwonen.nl (c. 2019): share of 75+ living independently per municipality",
        ],
        parameters: [
            RuleParameter(
                "reference", default: 0.12,
                "The share of home-dwelling 75+ among residents that gives the full value (illustrative; the "
                    + "Haaglanden agenda's own estimates run from about 6% in Den Haag to 13% in Wassenaar)."
            ),
            RuleParameter(
                "unknown", default: 0.5,
                "Value where no place gives both residents and residents 75+ (illustrative: neutral)."),
        ],
        examples: [
            RuleExample(
                "9,000 residents 75+ of 100,000, 90% living independently: 8.1% against 12%",
                place: "{residents: 100000, residents-75plus: 9000, living-independently-75plus: 0.9}",
                expected: 0.081 / 0.12),
            RuleExample(
                "3,500 residents 75+ of 27,108 (Wassenaar-like): above the reference",
                place: "{residents: 27108, residents-75plus: 3500}", expected: 1),
            RuleExample(
                "a district with a 75+ figure but no residents figure",
                place: "{residents-75plus: 2600}", expected: 0.5),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let places = OlderResidents.readings(of: action)
        var homeDwelling = 0.0
        var residents = 0.0
        var counted = 0
        for place in places {
            guard let all = place.value(StandardIndicators.residents), all > 0,
                let old = place.value(StandardIndicators.residents75Plus)
            else { continue }
            // Without a share, every resident 75+ is counted as living at home.
            let independent = place.value(StandardIndicators.livingIndependently75Plus).map { min(1, max(0, $0)) } ?? 1
            homeDwelling += old * independent
            residents += all
            counted += 1
        }
        guard counted > 0 else {
            return RuleResult(
                parameters["unknown"],
                inputs: [
                    .missing("\(StandardIndicators.residents) and \(StandardIndicators.residents75Plus) (in any place)")
                ])
        }
        let share = homeDwelling / residents
        let reference = parameters["reference"]
        let value = reference > 0 ? min(1, share / reference) : 1
        return RuleResult(
            value,
            inputs: [
                RuleInput("places counted", "\(counted) of \(places.count)"),
                RuleInput("home-dwelling 75+", homeDwelling),
                RuleInput("residents", residents),
                RuleInput("share home-dwelling 75+", share),
                RuleInput("reference", reference),
            ])
    }
}
