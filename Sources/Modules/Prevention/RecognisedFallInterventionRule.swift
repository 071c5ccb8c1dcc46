import AgendaRules

/// Fall-prevention courses that are a recognised intervention (erkende interventie) score higher;
/// unrecognised ones score lower than actions without courses.
struct RecognisedFallInterventionRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "recognised-fall-intervention",
        name: "Recognised fall-prevention intervention",
        summary:
            "For fall-prevention courses: 1 when the intervention is recognised at least 'goed onderbouwd', "
            + "otherwise 0; actions without such courses get a neutral value.",
        rationale: """
            GALA's 3% target counts only recognised fall-prevention exercise interventions (erkende \
            valpreventieve beweeginterventies), and since 2024 the basic health insurance pays, after \
            a referral, for recognised courses (In Balans among them) for residents 65+ at \
            high risk. A course below that bar does not count towards the target however many places \
            it offers, so this is a pass-or-fail test, not the sliding scale of the core `evidence` \
            rule: a course recognised 'goed onderbouwd' (theory-based) \
            or higher gets 1, any other gets 0. Screenings and actions without fall-prevention \
            courses are not interventions in this sense and get the neutral value, so they are \
            neither rewarded nor penalised.
            """,
        sources: [
            "GALA (2023): 3% of thuiswonende 65+ follow an erkende valpreventieve beweeginterventie; VeiligheidNL, "
                + "FAQ ketenaanpak valpreventie",
            "Erkenningscommissie Interventies, levels goed beschreven … effectief volgens sterke aanwijzingen; "
                + "loketgezondleven.nl/leefstijlinterventies/erkenningstraject/werkwijze-beoordeling",
            "In Balans (VeiligheidNL): Goed onderbouwd, 11-11-2016, Commissie 4 RIVM; "
                + "interventies.loketgezondleven.nl (1400740)",
            "Valpreventie in the basisverzekering since 2024 for 65+ at high fall risk, with referral; "
                + "just.nl/vergoedingen/valpreventie; Skipr, Oct 2023 (NZa/ZIN)",
        ],
        parameters: [
            RuleParameter(
                "minimum-level", default: 2,
                "Lowest recognition level that counts, on the core scale 0 (none) … 5 (effective-strong); 2 = goed "
                    + "onderbouwd."
            ),
            RuleParameter(
                "not-applicable", default: 0.5,
                "Value for actions without fall-prevention courses (illustrative: neutral)."),
        ],
        examples: [
            RuleExample(
                "In Balans, goed onderbouwd",
                action: "evidence: theory-based\nprevention: {course-places-per-year: 300}", expected: 1),
            RuleExample(
                "a course that is only goed beschreven",
                action: "evidence: described\nprevention: {course-places-per-year: 160}", expected: 0),
            RuleExample(
                "fall-risk screening only, no courses",
                action: "prevention: {screenings-per-year: 4000}", expected: 0.5),
            RuleExample(
                "a course that is not about falls",
                action: "prevention: {course-places-per-year: 120, fall-prevention: false}", expected: 0.5),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let places = action.fields.number(PreventionFields.coursePlaces) ?? 0
        guard PreventionFields.isFallPrevention(action), places > 0 else {
            return RuleResult(
                parameters["not-applicable"],
                inputs: [
                    RuleInput(
                        "fall-prevention courses",
                        PreventionFields.isFallPrevention(action) ? "none" : "no (fall-prevention: false)")
                ])
        }
        let minimum = parameters["minimum-level"]
        let level = action.evidence.level
        let recognised = Double(level) >= minimum
        return RuleResult(
            recognised ? 1 : 0,
            inputs: [
                RuleInput("course places per year", places),
                RuleInput("evidence", "\(action.evidence.rawValue) (level \(level) of 5)"),
                RuleInput("lowest level that counts", minimum),
                RuleInput("recognised", recognised ? "yes" : "no"),
            ])
    }
}
