import AgendaRules

/// Fall-risk screenings that bring an area closer to the GALA target of 14% a year score higher.
struct FallRiskScreeningRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "fall-risk-screening",
        name: "Fall-risk screening against the GALA target",
        summary:
            "Fall-risk assessments per year as a share of the GALA target: 14% of the home-dwelling residents 65+ "
            + "where the action works.",
        rationale: """
            The ketenaanpak valpreventie of the Gezond en Actief Leven Akkoord starts with finding \
            the people at risk: each year 14% of home-dwelling residents 65+ should get a fall-risk \
            assessment (valrisico-inschatting), so they can be referred to a fall-prevention course. \
            The rule counts the action's `screenings-per-year` against that target for the residents \
            65+ of its places, or the residents 75+ where there is no 65+ figure (the inputs say \
            which). Residents 75+ who do not live independently are taken off, as the target counts \
            home-dwelling residents only. Screenings beyond the target add nothing; screenings that \
            are not about falls (`fall-prevention: false`) do not count.
            """,
        sources: [
            "GALA (Gezond en Actief Leven Akkoord, VWS/VNG/ZN/GGD GHOR, 2023), valpreventie target: each year 14% of "
                + "thuiswonende 65+ get a valrisico-inschatting; VeiligheidNL, FAQ ketenaanpak valpreventie",
            "CBS via AD/zilverwonen.nl (c. 2019): share of 75+ living independently, e.g. Den Haag 89%, "
                + "Zoetermeer 96.1%",
        ],
        parameters: [
            RuleParameter(
                "target-share", default: 0.14, "Share of home-dwelling older residents to screen each year (GALA: 14%)."
            ),
            RuleParameter(
                "unknown", default: 0.5,
                "Value when the action screens but no place count of residents 65+ or 75+ is given (illustrative: "
                    + "neutral)."
            ),
        ],
        examples: [
            RuleExample(
                "700 screenings for 10,000 home-dwelling 65+ (10,400 minus the 400 of 4,000 75+ not living "
                    + "independently): half the target",
                action: "prevention: {screenings-per-year: 700}",
                place: "{residents-65plus: 10400, residents-75plus: 4000, living-independently-75plus: 0.9}",
                expected: 0.5),
            RuleExample(
                "only a 75+ figure: 420 screenings for 2,000 home-dwelling 75+ pass the target of 280",
                action: "prevention: {screenings-per-year: 420}",
                place: "{residents-75plus: 2500, living-independently-75plus: 0.8}",
                expected: 1),
            RuleExample(
                "loneliness signalling, not about falls",
                action: "prevention: {screenings-per-year: 1500, fall-prevention: false}",
                place: "{residents-65plus: 10000}",
                expected: 0),
            RuleExample(
                "screenings but no count of older residents", action: "prevention: {screenings-per-year: 700}",
                expected: 0.5),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        GALATargetCoverage.evaluate(
            action, field: PreventionFields.screenings, label: "screenings", parameters: parameters)
    }
}
