import AgendaRules

/// Fall-prevention course places that bring an area closer to the GALA target of 3% a year score higher.
struct FallPreventionCoursesRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "fall-prevention-courses",
        name: "Fall-prevention courses against the GALA target",
        summary:
            "Course places per year as a share of the GALA target: 3% of the home-dwelling residents 65+ where the "
            + "action works.",
        rationale: """
            Finding people at risk helps only if there is a course to send them to. GALA asks that \
            each year 3% of home-dwelling residents 65+ follow a fall-prevention exercise intervention \
            (valpreventieve beweeginterventie), and that more than half of the valpreventie money goes \
            to those interventions. The rule counts the action's `course-places-per-year` against that \
            target, on the same residents as the screening rule (65+, or 75+ where there is no 65+ \
            figure; 75+ not living independently taken off). Whether the course is a recognised \
            intervention is scored apart, by `recognised-fall-intervention`, so a network can weigh \
            volume and recognition separately. Courses that are not about falls \
            (`fall-prevention: false`, e.g. GRIP&GLANS) do not count.
            """,
        sources: [
            "GALA (2023), valpreventie target: each year 3% of thuiswonende 65+ follow an erkende valpreventieve "
                + "beweeginterventie; more than half of the valpreventie budget goes to interventions. VeiligheidNL, "
                + "FAQ ketenaanpak valpreventie",
            "VeiligheidNL 2021 (via Kenniscentrum Sport & Bewegen): one third of home-dwelling 65+ fall each year; "
                + "falls of older people cost more than €1 bn a year (2020)",
        ],
        parameters: [
            RuleParameter(
                "target-share", default: 0.03,
                "Share of home-dwelling older residents to follow a fall-prevention course each year (GALA: 3%)."),
            RuleParameter(
                "unknown", default: 0.5,
                "Value when the action offers courses but no place count of residents 65+ or 75+ is given "
                    + "(illustrative: neutral)."
            ),
        ],
        examples: [
            RuleExample(
                "150 places for 10,000 home-dwelling 65+: half the target of 300",
                action: "prevention: {course-places-per-year: 150}",
                place: "{residents-65plus: 10000}",
                expected: 0.5),
            RuleExample(
                "only a 75+ figure: 300 places for 8,000 residents 75+ pass the target of 240",
                action: "prevention: {course-places-per-year: 300}",
                place: "{residents-75plus: 8000}",
                expected: 1),
            RuleExample(
                "a self-management course, not about falls",
                action: "prevention: {course-places-per-year: 120, fall-prevention: false}",
                place: "{residents-65plus: 10000}",
                expected: 0),
            RuleExample(
                "no course places", action: "prevention: {screenings-per-year: 700}",
                place: "{residents-65plus: 10000}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        GALATargetCoverage.evaluate(
            action, field: PreventionFields.coursePlaces, label: "course places", parameters: parameters)
    }
}
