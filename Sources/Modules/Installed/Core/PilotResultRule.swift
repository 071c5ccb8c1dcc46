import AgendaRules

/// Keep what worked, drop what did not: pilot results move the score.
struct PilotResultRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "pilot-result",
        name: "Pilot result",
        summary: "1 after a positive pilot, less after a mixed one or none, 0 after a negative one.",
        rationale: """
            Networks run pilots (leercirkels) to learn. The regional agenda asks to keep the good, \
            working elements of pilots and roll them out, and to let go of what did not work. An \
            action without a pilot is neither rewarded nor written off.
            """,
        sources: [
            "ZonMw, eindverslag 'Duurzame Zorg en Ondersteuning in de Buurt' Haaglanden: 'de goede, werkzame "
                + "elementen van pilots behouden … de slechte, niet werkende elementen loslaten'",
            "Vereniging Transmurale Zorg, leercirkels Haags Ontmoeten (2018)",
        ],
        parameters: [
            RuleParameter("positive", default: 1, "Value after a positive pilot."),
            RuleParameter("mixed", default: 0.5, "Value after a mixed pilot."),
            RuleParameter("no-pilot", default: 0.4, "Value without a pilot."),
            RuleParameter("negative", default: 0, "Value after a negative pilot."),
        ],
        examples: [
            RuleExample("positive pilot", action: "pilot: {result: positive, year: 2018}", expected: 1),
            RuleExample("mixed pilot", action: "pilot: {result: mixed}", expected: 0.5),
            RuleExample("negative pilot", action: "pilot: {result: negative}", expected: 0),
            RuleExample("no pilot", expected: 0.4),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let key = action.pilot.map(\.rawValue) ?? "no-pilot"
        return RuleResult(parameters[key], inputs: [RuleInput("pilot", action.pilot?.rawValue ?? "none")])
    }
}
